"""The web view reads a private copy of the store, so it never blocks a run (issue 16).

DuckDB lets one process write a file, or any number read it, not both. Were the server to open
the store for each request, a `frontlog run` starting during a page load would find it in use.
Instead the server copies the store to a temporary folder when the store has changed and no run
holds it (a read-only connection is held only for the copy; runs wait up to
`[store] write_wait_s` of frontlog/settings.toml for it), and answers every request from the copy. While a run
writes the store, the server answers from the last copy and says so (`stale`). Reviews posted
during a run are queued beside the store (frontlog.store.pending); the first refresh after the
run stores them before it copies.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import tempfile
import threading
import weakref
from collections.abc import Iterator
from pathlib import Path

import duckdb

from frontlog.store import Store, StoreError, StoreInUse
from frontlog.store.pending import pending_path

log = logging.getLogger(__name__)

Stamp = tuple[tuple[int, int] | None, ...]


def _stat(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size


class StoreSnapshot:
    """Read access to the store at `db` through a copy refreshed when the store changes."""

    def __init__(self, db: str | Path) -> None:
        self.db = Path(db)
        self.wal = self.db.with_name(self.db.name + ".wal")
        self.stale = False
        self._dir = Path(tempfile.mkdtemp(prefix="frontlog-serve-"))
        self._current: Path | None = None
        self._stamp: Stamp = ()
        self._count = 0
        self._lock = threading.RLock()
        self._cleanup = weakref.finalize(self, shutil.rmtree, self._dir, ignore_errors=True)

    def _stamp_now(self) -> Stamp:
        return (_stat(self.db), _stat(self.wal))

    def refresh(self) -> None:
        """Copy the store if it changed since the last copy and no run is writing it."""
        with self._lock:
            self._fold_queued()
            if self._current is not None and self._stamp_now() == self._stamp:
                self.stale = False
                return
            if not self.db.exists():
                raise StoreError(f"{self.db}: no such store")
            try:
                # A read-only connection holds the file's shared lock: no run writes during the copy.
                con = duckdb.connect(str(self.db), read_only=True)
            except duckdb.IOException as exc:
                if "lock" not in str(exc).lower():
                    raise StoreError(f"{self.db}: cannot open the store ({exc})") from exc
                self.stale = True
                if self._current is None:
                    raise StoreInUse(
                        f"{self.db}: a frontlog run is writing the store; reload when it ends"
                    ) from exc
                return
            except duckdb.Error as exc:
                raise StoreError(f"{self.db}: not a frontlog store ({exc})") from exc
            try:
                stamp = self._stamp_now()
                self._count += 1
                target = self._dir / f"snapshot-{self._count}.duckdb"
                shutil.copyfile(self.db, target)
                if self.wal.exists():  # changes a killed run committed but did not checkpoint
                    shutil.copyfile(self.wal, target.with_name(target.name + ".wal"))
            finally:
                con.close()
            old, self._current, self._stamp, self.stale = self._current, target, stamp, False
            if old is not None:  # readers that still have it open keep their file (POSIX unlink)
                old.unlink(missing_ok=True)
                old.with_name(old.name + ".wal").unlink(missing_ok=True)

    def _fold_queued(self) -> None:
        """Store the reviews queued during a run, once no run holds the store."""
        queued = pending_path(self.db)
        if not queued.exists() or queued.stat().st_size == 0:
            return
        from frontlog.regroup import fold_pending

        try:
            with Store(self.db) as store:
                notes = fold_pending(store)
        except StoreInUse:
            return
        except Exception:  # noqa: BLE001 - reads go on from the last copy; the queue is kept for the next try
            log.exception("%s: the queued reviews could not be stored now", self.db)
            return
        for note in notes:
            log.warning("W301 %s: %s", self.db, note)

    def open(self) -> Store:
        """A read-only Store on the freshest copy (refreshed first when possible)."""
        with self._lock:  # not unlinked between the refresh and the open
            self.refresh()
            assert self._current is not None
            return Store(self._current, read_only=True)

    @contextlib.contextmanager
    def write(self, *, wait: float = 5.0) -> Iterator[Store]:
        """The store itself, read-write, for a moment (a review); StoreInUse while a run writes it."""
        # The lock: no snapshot copy holds a read-only connection meanwhile.
        with self._lock, Store(self.db, wait=wait) as store:
            yield store

    def close(self) -> None:
        self._cleanup()
