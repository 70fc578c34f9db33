"""The store: an embedded DuckDB database that grows run by run. It keeps rows.

It writes and reads documents, sentences, mentions, claims, events and control records, by
document, by (place, day) block or by place; it knows nothing of how mentions merge into events
or events into control records: `frontlog.update` does that, inside one of the store's
transactions, so a run killed half-way leaves whole documents or none.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from frontlog.records import (
    Article,
    ControlRecord,
    DocumentResult,
    Event,
    Mention,
    ShareClaim,
    Source,
    stable_id,
)
from frontlog.store.reviews import events_view
from frontlog.store.rows import (
    claim_from,
    claim_row,
    control_from,
    control_row,
    doc_row,
    event_from,
    event_row,
    mention_from,
    mention_row,
)
from frontlog.store.schema import DATA_TABLES, MIGRATIONS, SCHEMA_VERSION

DEFAULT_DB = "frontlog.duckdb"
# A mention's or claim's source: its document's fields and its own sentence, cut from the stored
# text by the database (not the whole text per row: 12,000 mentions of one 100,000-character
# article would be 1.2 GB of copies).
_SOURCE_COLS = (
    'd.url, d.outlet, CAST(d.published AS VARCHAR) AS published, '
    'substring(d.text, {t}.start + 1, {t}."end" - {t}.start) AS sentence'
)


class StoreError(Exception):
    """A store that cannot be opened or written, with the reason in one line."""


class StoreInUse(StoreError):
    pass


def _connect(path: str, *, read_only: bool, wait: float) -> duckdb.DuckDBPyConnection:
    """A DuckDB connection; while another process holds the file, retry for `wait` seconds (a
    `serve` copying its snapshot holds it for a moment), then StoreInUse."""
    deadline = time.monotonic() + wait
    while True:
        try:
            return duckdb.connect(path, read_only=read_only)
        except duckdb.IOException as exc:
            if "lock" not in str(exc).lower():
                raise StoreError(f"{path}: cannot open the store ({exc})") from exc
            if time.monotonic() >= deadline:
                raise StoreInUse(
                    f"{path}: the store is in use by another frontlog process; try again when it ends"
                ) from exc
            time.sleep(0.1)
        except duckdb.Error as exc:
            raise StoreError(f"{path}: not a frontlog store ({exc})") from exc


class Store:
    """A frontlog DuckDB store (`path`, or ":memory:")."""

    def __init__(self, path: str | Path = DEFAULT_DB, *, read_only: bool = False, wait: float = 0.0) -> None:
        """Open (and migrate) the store; `wait` seconds to retry while another process holds it."""
        self.path = str(path)
        if read_only and self.path != ":memory:" and not Path(self.path).exists():
            raise StoreError(f"{self.path}: no such store")
        if not read_only and self.path != ":memory:":
            try:
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"{self.path}: cannot create its folder ({exc.strerror or exc})") from exc
        self.con = _connect(self.path, read_only=read_only, wait=wait)
        if not read_only:
            self.migrate()
        elif self.schema_version() != SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: schema version {self.schema_version()}, this frontlog needs {SCHEMA_VERSION}"
            )

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- schema -------------------------------------------------------------------------------
    def schema_version(self) -> int:
        has_meta = self.con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'meta'"
        ).fetchone()
        if not has_meta or not has_meta[0]:
            return 0
        row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        return int(row[0]) if row else 0

    def migrate(self) -> None:
        """Apply the migrations this store has not seen yet, each in its own transaction."""
        current = self.schema_version()
        for number, sql in enumerate(MIGRATIONS[current:], start=current + 1):
            self.con.begin()
            try:
                self.con.execute(sql)
                self.con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(number)])
                self.con.commit()
            except Exception:
                self.con.rollback()
                raise

    # -- writing ------------------------------------------------------------------------------
    def known_doc_ids(self, doc_ids: Iterable[str], *, extractor: str | None = None) -> set[str]:
        """The ids already stored (and, with `extractor`, extracted by that version of the rules)."""
        ids = list(dict.fromkeys(doc_ids))
        if not ids:
            return set()
        sql = "SELECT doc_id FROM documents WHERE doc_id IN (SELECT unnest(?))"
        args: list[Any] = [ids]
        if extractor is not None:
            sql += " AND extractor = ?"
            args.append(extractor)
        return {r[0] for r in self.con.execute(sql, args).fetchall()}

    def _insert(self, table: str, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        arrow = pa.Table.from_pylist(rows)
        cols = ", ".join(f'"{c}"' for c in arrow.column_names)
        self.con.register("_batch", arrow)
        try:
            self.con.execute(f"INSERT OR IGNORE INTO {table} ({cols}) SELECT {cols} FROM _batch")
        finally:
            self.con.unregister("_batch")

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One transaction: everything written inside is stored, or nothing (on any exception)."""
        self.con.begin()
        try:
            yield
            self.con.commit()
        except BaseException:
            self.con.rollback()
            raise

    def blocks_of(self, doc_ids: Sequence[str]) -> tuple[set[tuple[str, str]], set[str]]:
        """The (place_key, event_date) blocks of these documents' mentions, and their claims' places."""
        if not doc_ids:
            return set(), set()
        blocks = {(k, d) for k, d in self.con.execute(
            "SELECT DISTINCT place_key, event_date FROM mentions WHERE doc_id IN (SELECT unnest(?))", [list(doc_ids)]
        ).fetchall()}  # fmt: skip
        places = {k for (k,) in self.con.execute(
            "SELECT DISTINCT place_key FROM claims WHERE doc_id IN (SELECT unnest(?))", [list(doc_ids)]
        ).fetchall()}  # fmt: skip
        return blocks, places

    def delete_documents(self, doc_ids: Sequence[str]) -> None:
        """Delete documents with their sentences, mentions and claims (not the events they fed)."""
        if not doc_ids:
            return
        for table in ("mentions", "claims", "sentences", "documents"):
            self.con.execute(f"DELETE FROM {table} WHERE doc_id IN (SELECT unnest(?))", [list(doc_ids)])

    def insert_documents(
        self, results: Sequence[DocumentResult], *, run_id: str, extractor: str = ""
    ) -> None:
        """Insert documents with their sentences, mentions and claims."""
        self._insert("documents", [doc_row(r.article, run_id, extractor) for r in results])
        self._insert("sentences", [
            {"doc_id": r.article.doc_id, "start": s, "end": e, "text": r.article.text[s:e]}
            for r in results for s, e in r.sentences
        ])  # fmt: skip
        self._insert("mentions", [mention_row(m) for r in results for m in r.mentions])
        self._insert("claims", [claim_row(c) for r in results for c in r.claims])

    def mentions_in(self, blocks: set[tuple[str, str]]) -> list[Mention]:
        """Every stored mention in these (place_key, event_date) blocks, by mention id."""
        if not blocks:
            return []
        with self._blocks(blocks):
            rows = self._rows(
                f"""SELECT m.*, {_SOURCE_COLS.format(t="m")}
                   FROM mentions m JOIN _blocks b USING (place_key, event_date) JOIN documents d USING (doc_id)
                   ORDER BY m.mention_id"""
            )
        return [mention_from(r) for r in rows]

    def replace_events(self, blocks: set[tuple[str, str]], events: Sequence[Event]) -> None:
        """Replace the events of these blocks (and their sources) by `events`."""
        if not blocks:
            return
        with self._blocks(blocks):
            old = [r[0] for r in self.con.execute(
                "SELECT event_id FROM events JOIN _blocks USING (place_key, event_date)"
            ).fetchall()]  # fmt: skip
        self._replace("events", "event_id", old, [(e.event_id, event_row(e), e.sources) for e in events])

    @contextmanager
    def _blocks(self, blocks: set[tuple[str, str]]) -> Iterator[None]:
        keys = pa.Table.from_pylist([{"place_key": k, "event_date": d} for k, d in sorted(blocks)])
        self.con.register("_blocks", keys)
        try:
            yield
        finally:
            self.con.unregister("_blocks")

    def claims_at(self, place_keys: Sequence[str]) -> list[ShareClaim]:
        """Every stored claim about these places, by claim id."""
        rows = self._rows(
            f"""SELECT c.*, {_SOURCE_COLS.format(t="c")}
               FROM claims c JOIN documents d USING (doc_id) WHERE c.place_key IN (SELECT unnest(?))
               ORDER BY c.claim_id""",
            [list(place_keys)],
        )
        return [claim_from(r) for r in rows]

    def replace_control(self, place_keys: Sequence[str], records: Sequence[ControlRecord]) -> None:
        """Replace the control records of these places (and their sources) by `records`."""
        if not place_keys:
            return
        old = [r[0] for r in self.con.execute(
            "SELECT control_id FROM control WHERE place_key IN (SELECT unnest(?))", [list(place_keys)]
        ).fetchall()]  # fmt: skip
        self._replace(
            "control", "control_id", old, [(c.control_id, control_row(c), c.sources) for c in records]
        )

    def _replace(
        self, table: str, id_col: str, old: list[str], rows: list[tuple[str, dict[str, Any], Any]]
    ) -> None:
        """Delete the `old` records of `table` (events, control) with their sources, then insert
        `rows` ((id, row, sources)) and their `{table}_sources` rows."""
        sources = "event_sources" if table == "events" else f"{table}_sources"
        if old:
            self.con.execute(f"DELETE FROM {sources} WHERE {id_col} IN (SELECT unnest(?))", [old])
            self.con.execute(f"DELETE FROM {table} WHERE {id_col} IN (SELECT unnest(?))", [old])
        self._insert(table, [row for _, row, _ in rows])
        self._insert(sources, [
            {id_col: rid, "doc_id": s.doc_id, "start": s.start, "end": s.end, "attributed_to": s.attributed_to}
            for rid, _, srcs in rows for s in srcs
        ])  # fmt: skip

    def record_run(self, run_id: str, *, started: datetime, inputs: Sequence[str], version: str,
                   documents_new: int, documents_seen: int, events: int, control: int, problems: list[str]) -> None:  # fmt: skip
        self.con.execute(
            "INSERT OR REPLACE INTO runs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [run_id, started, datetime.now(), version, json.dumps(list(inputs)), documents_new, documents_seen,
             events, control, json.dumps(problems)],
        )  # fmt: skip

    # -- reading ------------------------------------------------------------------------------
    def _rows(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        cur = self.con.execute(sql, params or [])
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]

    def events(self, *, place_keys: Sequence[str] | None = None, doc_ids: Sequence[str] | None = None,
               where: str = "", params: Sequence[Any] = ()) -> list[Event]:  # fmt: skip
        """Events with their sources (each source's sentence read from the stored text)."""
        clauses, args = [where] if where else [], list(params)
        if place_keys is not None:
            clauses.append("e.place_key IN (SELECT unnest(?))")
            args.append(list(place_keys))
        rows = self._select("events", "e", "event_id", clauses, args, doc_ids,
                            "e.event_date, e.location_name, e.sub_event_type, e.event_id")  # fmt: skip
        sources = self._sources("event_sources", "event_id", [r["event_id"] for r in rows])
        return [event_from(r, sources.get(r["event_id"], ())) for r in rows]

    def _select(self, table: str, alias: str, key: str, clauses: list[str], args: list[Any],
                doc_ids: Sequence[str] | None, order: str) -> list[dict[str, Any]]:  # fmt: skip
        """Rows of events/control matching the clauses, and with a source in `doc_ids` if given."""
        sources = {"events": "event_sources", "control": "control_sources"}[table]
        if doc_ids is not None:
            clauses.append(
                f"{alias}.{key} IN (SELECT {key} FROM {sources} WHERE doc_id IN (SELECT unnest(?)))"
            )
            args.append(list(doc_ids))
        source = events_view() if table == "events" else table  # events with their reviews applied
        sql = f"SELECT {alias}.* FROM {source} {alias}" + (
            " WHERE " + " AND ".join(clauses) if clauses else ""
        )
        return self._rows(f"{sql} ORDER BY {order}", args)

    def _sources(self, table: str, key: str, ids: list[str]) -> dict[str, tuple[Source, ...]]:
        if not ids:
            return {}
        rows = self._rows(
            f"""SELECT s.{key} AS owner, s.doc_id, s.start, s."end", s.attributed_to, d.url, d.outlet,
                       CAST(d.published AS VARCHAR) AS published,
                       substring(d.text, s.start + 1, s."end" - s.start) AS sentence
                FROM {table} s JOIN documents d USING (doc_id) WHERE s.{key} IN (SELECT unnest(?))
                ORDER BY owner, published, s.doc_id, s.start""",
            [ids],
        )
        out: dict[str, list[Source]] = {}
        for r in rows:
            out.setdefault(r["owner"], []).append(
                Source(
                    r["doc_id"],
                    r["url"],
                    r["outlet"],
                    r["published"],
                    r["sentence"],
                    r["start"],
                    r["end"],
                    r["attributed_to"],
                )
            )
        return {k: tuple(v) for k, v in out.items()}

    def control(
        self, *, doc_ids: Sequence[str] | None = None, where: str = "", params: Sequence[Any] = ()
    ) -> list[ControlRecord]:
        """Control records with their sources."""
        rows = self._select("control", "c", "control_id", [where] if where else [], list(params), doc_ids,
                            "c.location_name, c.date, c.status, c.control_id")  # fmt: skip
        sources = self._sources("control_sources", "control_id", [r["control_id"] for r in rows])
        return [control_from(r, sources.get(r["control_id"], ())) for r in rows]

    def event_places(self) -> list[tuple[str, float, float, str | None, int]]:
        """(place name, latitude, longitude, country, number of events) of every place with events."""
        rows = self.con.execute(
            "SELECT location_name, any_value(latitude), any_value(longitude), any_value(country), count(*) "
            "FROM events GROUP BY location_name ORDER BY location_name"
        ).fetchall()
        return [(r[0], r[1], r[2], r[3], r[4]) for r in rows]

    def documents(self, doc_ids: Sequence[str] | None = None) -> list[Article]:
        sql = "SELECT *, CAST(published AS VARCHAR) AS published_iso FROM documents"
        args: list[Any] = []
        if doc_ids is not None:
            sql += " WHERE doc_id IN (SELECT unnest(?))"
            args.append(list(doc_ids))
        rows = {r["doc_id"]: r for r in self._rows(sql, args)}
        order = list(doc_ids) if doc_ids is not None else sorted(rows)
        return [
            Article(
                r["doc_id"],
                r["file"],
                r["text"],
                r["title"],
                r["published_iso"],
                r["outlet"],
                r["dateline"],
                r["url"],
                tuple(json.loads(r["warnings"] or "[]")),
            )  # fmt: skip
            for d in order
            if (r := rows.get(d)) is not None
        ]

    def counts(self) -> dict[str, int]:
        out = {}
        for table in (*DATA_TABLES, "runs"):
            row = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()
            out[table] = int(row[0]) if row else 0
        return out


def new_run_id(started: datetime) -> str:
    return stable_id("run", started.isoformat())
