"""Free SQL over a store, truly read-only (issue 16: `COPY events TO 'x.csv'` used to write a file).

The connection is read-only and has no access outside the store: DuckDB's
`enable_external_access=false` refuses COPY ... TO, EXPORT DATABASE, ATTACH, file readers and
extensions, and `lock_configuration` stops a query from switching that back on.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb

from frontlog.store import Store, StoreError

SAFE = {
    "enable_external_access": False,
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
    "lock_configuration": True,
}


def query_sql(path: str | Path, sql: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Run one query on a read-only, sandboxed connection: (column names, rows)."""
    Store(path, read_only=True).close()  # the store exists, is a frontlog store, and is not being written
    try:
        con = duckdb.connect(str(path), read_only=True, config=dict(SAFE))
    except duckdb.Error as exc:
        raise StoreError(f"{path}: cannot open the store ({exc})") from exc
    try:
        cur = con.execute(sql)
        if cur.description is None:
            return [], []
        return [d[0] for d in cur.description], cur.fetchall()
    except duckdb.Error as exc:
        raise StoreError(f"query failed or refused (read-only, no file access): {str(exc).splitlines()[0]}") from exc
    finally:
        con.close()
