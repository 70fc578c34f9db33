"""Old gazetteer files after an upgrade: each format version builds its own files beside the
install (`gazetteer-vN.pickle`, `.keys.pickle`, `.index.sqlite`), about 100 MB a version. When a
new version has been built, the files of other versions are removed, and so are the half-written
files of builds that were interrupted (`*.tmpPID` of a process that is gone). An old index that
holds a user's own imports (`frontlog gazetteer import`) is kept, with a warning naming them, since
the new index starts without them and only the user has the files to import again."""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from pathlib import Path

log = logging.getLogger(__name__)

_VERSIONED = re.compile(r"^gazetteer-v(\d+)\.(?:pickle|keys\.pickle|index\.sqlite|keys\.tmp)$")
_TMP = re.compile(r"^gazetteer-v\d+\..*\.?tmp(\d+)$")


def retire_old_versions(current: Path) -> list[Path]:
    """Remove other versions' files beside `current` (a `gazetteer-vN.pickle`); returns them.
    Does nothing for a gazetteer file the user named otherwise (FRONTLOG_GAZETTEER=my.pickle)."""
    m = re.match(r"^gazetteer-v(\d+)\.pickle$", current.name)
    if not m:
        return []
    removed: list[Path] = []
    for f in sorted(current.parent.iterdir()):
        if _stale(f, m.group(1)) and not _holds_imports(f):
            try:
                f.unlink()
                removed.append(f)
            except OSError as exc:  # a read-only install: leave it
                log.debug("could not remove %s: %s", f, exc)
    if removed:
        log.warning("removed %d file(s) of other gazetteer versions from %s", len(removed), current.parent)
    return removed


def _stale(f: Path, version: str) -> bool:
    tmp = _TMP.match(f.name)
    if tmp:
        return not _alive(int(tmp.group(1)))
    v = _VERSIONED.match(f.name)
    return v is not None and v.group(1) != version


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _holds_imports(f: Path) -> bool:
    """An old index with sources a user imported: kept, and named in a warning."""
    if not f.name.endswith(".index.sqlite"):
        return False
    try:
        conn = sqlite3.connect(f"file:{f}?mode=ro", uri=True)
        try:
            rows = conn.execute(
                "SELECT name, description, rows FROM source WHERE fingerprint = 'user import'"
            ).fetchall()
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    if rows:
        listing = "; ".join(f"{name} ({desc}, {n} rows)" for name, desc, n in rows)
        log.warning(
            "the old place index %s holds sources you imported: %s. This version's index starts without "
            "them: run `frontlog gazetteer import` with the same files again, then delete the old file",
            f, listing,
        )  # fmt: skip
    return bool(rows)
