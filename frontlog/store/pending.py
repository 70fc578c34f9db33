"""Reviews queued while a run writes the store (issue 18).

DuckDB lets one process write a file at a time, and a run holds the store for minutes. A review
posted meanwhile is not refused: it is appended, checked, to a side file beside the store
(`STORE.pending-reviews.jsonl`, one JSON object a line) and folded into the store by whoever next
writes it: the web view at its next read after the run, or the next run
(`frontlog.regroup.fold_pending`). An exclusive `flock` on the side file orders the appends and
the fold between processes; a fold empties the file only after the store took the rows, and
each row has its own id, so a fold cut short and done again stores nothing twice.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

SUFFIX = ".pending-reviews.jsonl"


def pending_path(db: str | Path) -> Path:
    return Path(str(db) + SUFFIX)


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[int]:
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield fd
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def queue_review(db: str | Path, entry: dict[str, Any]) -> None:
    """Append one review (a JSON object with at least `kind`, `event_id`, `id`, `when`)."""
    line = (json.dumps(entry, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8")
    with _locked(pending_path(db)) as fd:
        os.write(fd, line)


def pending_reviews(db: str | Path) -> list[dict[str, Any]]:
    """The queued reviews, oldest first (a line that is not JSON is skipped)."""
    path = pending_path(db)
    if not path.exists() or path.stat().st_size == 0:
        return []
    with _locked(path) as fd:
        return _read(fd)


def _read(fd: int) -> list[dict[str, Any]]:
    os.lseek(fd, 0, os.SEEK_SET)
    chunks = []
    while chunk := os.read(fd, 1 << 16):
        chunks.append(chunk)
    out = []
    for line in b"".join(chunks).decode("utf-8", "replace").splitlines():
        with contextlib.suppress(ValueError):
            item = json.loads(line)
            if isinstance(item, dict):
                out.append(item)
    return out


@contextlib.contextmanager
def taking_pending(db: str | Path) -> Iterator[list[dict[str, Any]]]:
    """The queued reviews, under the lock; emptied when the block ends without an exception."""
    path = pending_path(db)
    if str(db) == ":memory:" or not path.exists() or path.stat().st_size == 0:
        yield []
        return
    with _locked(path) as fd:
        entries = _read(fd)
        yield entries
        os.ftruncate(fd, 0)
