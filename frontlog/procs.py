"""Worker processes that die with their parent (issue 16: a killed `-j 2` run left its parsing
processes running for minutes).

spaCy's `nlp.pipe(n_process=N)` forks its workers itself and has no initializer hook, so a fork
hook does it: while `parsing_processes()` is active, every process forked from this one asks the
kernel for SIGKILL when its parent dies (Linux `prctl(PR_SET_PDEATHSIG)`), then checks that the
parent did not die before it asked. Dask's process pool calls `die_with_parent` as its
initializer. Elsewhere (no prctl) the parent-pid check still stops a worker whose parent was
already gone when it started.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import sys
from collections.abc import Iterator

PR_SET_PDEATHSIG = 1  # <linux/prctl.h>
_PARENT: int | None = None  # set while this process starts workers that must die with it
_HOOKED = False


def die_with_parent(parent: int) -> None:
    """Ask the kernel to SIGKILL this process when its parent exits; exit now if it already has."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):  # no libc prctl: the pid check below still applies
            pass
    # The parent may have died between fork and prctl: then this process was re-parented.
    if os.getppid() != parent:
        os._exit(1)


def _after_fork_in_child() -> None:
    if _PARENT is not None:
        die_with_parent(_PARENT)


@contextlib.contextmanager
def parsing_processes() -> Iterator[None]:
    """Within this block, processes forked from this one die with it."""
    global _PARENT, _HOOKED
    if not _HOOKED and hasattr(os, "register_at_fork"):
        os.register_at_fork(after_in_child=_after_fork_in_child)
        _HOOKED = True
    previous, _PARENT = _PARENT, os.getpid()
    try:
        yield
    finally:
        _PARENT = previous
