"""Build an out-of-date gazetteer in a child process, before a run loads it.

`load_gazetteer()` builds a missing or out-of-date gazetteer in the process that asks for it (about
a minute, several hundred MB of working memory). In `frontlog run` that process is the one that
then forks the parsing processes and codes the events: the build's heap stayed in it, and in its
forked children, for the whole run (session 14: 300 FA-KES articles with 2 parsing processes peaked
at 1,437 MB whole-run PSS after building it, 788 MB with it built; docs/speed.md). Built in a child
process, that memory goes back to the system when the child exits, and the run maps the saved file.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

log = logging.getLogger(__name__)
_CURRENT: set[Path] = set()  # gazetteer files found current in this process (asked once per run)

# What the child process runs (tests replace it): load_gazetteer builds, saves and indexes.
CHILD = (
    "import logging, sys; from pathlib import Path; from frontlog.places.gazetteer import load_gazetteer; "
    "logging.disable(logging.WARNING); load_gazetteer(Path(sys.argv[1]))"
)


def gazetteer_current(path: Path | None = None) -> bool:
    """Whether the gazetteer file at `path` (default: where runs look) is built from the present data."""
    from frontlog.places.gazetteer import _map, default_path

    return _map(path or default_path()) is not None


def build_apart(path: Path | None = None) -> bool:
    """Build the gazetteer at `path` in a child process when it is out of date; True when it is current
    afterwards. A folder this user cannot write, or a failed child, leaves the build to the caller's
    `load_gazetteer()` (in its own process, as before)."""
    from frontlog.places.gazetteer import default_path

    path = path or default_path()
    if path in _CURRENT or gazetteer_current(path):
        _CURRENT.add(path)
        return True
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent  # the first folder that exists: the build makes the others
    if not os.access(folder, os.W_OK):
        return False
    log.warning("building the place gazetteer at %s (once after an install or upgrade; under a minute)", path)
    root = str(Path(__file__).resolve().parents[2])  # the child imports this same frontlog
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in (root, os.environ.get("PYTHONPATH")) if p))
    try:
        subprocess.run([sys.executable, "-c", CHILD, str(path)], env=env, stdout=subprocess.DEVNULL, check=False)
    except OSError:
        return False
    if gazetteer_current(path):
        _CURRENT.add(path)
        return True
    return False
