"""Inputs to files: folders walked without recursion, symbolic link loops and bad names reported.

A folder is walked with an explicit stack (a folder 1,000 levels deep is no deeper than any
other), each folder's entries in name order, so files come out in the order `sorted(rglob())`
would give. A symbolic link that leads back to one of its own parent folders, or to itself, is
reported once (E111) instead of being followed or skipped without a word; a name that is not
valid UTF-8 (bytes a Linux file system allows) is reported (E110) under a printable form of its
bytes, since such a name cannot be stored or written to JSON as it is.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from frontlog.errors import Problem

SKIP_NAMES = {".DS_Store", "Thumbs.db"}
SKIP_PREFIXES = ("license", "licence", "readme", "notice", "attribution")
STDIN = "<stdin>"


@dataclass(frozen=True, slots=True)
class InputFile:
    """One file to read (path None: standard input), or a problem that stops it being read."""

    name: str  # printable, valid UTF-8: used in messages and stored as the file's name
    path: Path | None
    problem: Problem | None = None


def printable(name: str) -> str:
    """`name` as valid UTF-8: undecodable bytes (surrogate escapes) written as \\xNN."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        return os.fsencode(name).decode("utf-8", "backslashreplace")


def _loop_or_error(name: str, path: Path, exc: OSError) -> InputFile:
    if exc.errno == errno.ELOOP:
        return InputFile(name, path, Problem("E111", name, "the link leads back to itself"))
    if exc.errno == errno.ENOENT:
        return InputFile(name, path, Problem("E101", name))
    return InputFile(name, path, Problem("E102", name, exc.strerror or str(exc)))


def _check(path: Path) -> InputFile | None:
    """A problem InputFile for a path that cannot be read, else None."""
    name = printable(str(path))
    if name != str(path):
        return InputFile(name, path, Problem("E110", name))
    try:
        os.stat(path)
    except OSError as exc:
        return _loop_or_error(name, path, exc)
    return None


def expand_inputs(inputs: Iterable[str | Path]) -> Iterator[InputFile]:
    """Each file of the inputs: folders walked in sorted order, '-' as standard input."""
    for item in inputs:
        if str(item) == "-":
            yield InputFile(STDIN, None)
            continue
        path = Path(item)
        bad = _check(path)
        if bad is not None:
            yield bad
        elif path.is_dir():
            yield from walk_folder(path)
        else:
            yield InputFile(str(path), path)


def _skipped(rel_parts: tuple[str, ...]) -> bool:
    name = rel_parts[-1]
    if name in SKIP_NAMES or any(part.startswith(".") for part in rel_parts):
        return True
    return name.lower().startswith(SKIP_PREFIXES)


def _entries(folder: Path) -> list[os.DirEntry[str]]:
    with os.scandir(folder) as it:
        return sorted(it, key=lambda e: e.name)


def walk_folder(root: Path) -> Iterator[InputFile]:
    """The files under `root`, depth first in name order (as sorted(rglob()) gives), without recursion."""
    root_stat = os.stat(root)
    root_key = (root_stat.st_dev, root_stat.st_ino)
    seen: set[tuple[int, int]] = {root_key}
    # one frame per open folder: its remaining entries, its parts relative to root, and the
    # (device, inode) of it and its parents (a folder among them is a loop)
    frames: list[tuple[Iterator[os.DirEntry[str]], tuple[str, ...], tuple[tuple[int, int], ...]]] = []
    try:
        frames.append((iter(_entries(root)), (), (root_key,)))
    except OSError as exc:
        yield _loop_or_error(printable(str(root)), root, exc)
    while frames:
        entries, rel, chain = frames[-1]
        entry = next(entries, None)
        if entry is None:
            frames.pop()
            continue
        parts = (*rel, entry.name)
        if _skipped(parts):
            continue
        path = Path(entry.path)
        name = printable(entry.path)
        if name != entry.path:
            yield InputFile(name, path, Problem("E110", name))
            continue
        try:
            st = entry.stat()  # follows symbolic links
        except OSError as exc:
            yield _loop_or_error(name, path, exc)
            continue
        if stat.S_ISREG(st.st_mode):
            yield InputFile(name, path)
            continue
        key = (st.st_dev, st.st_ino)
        if not stat.S_ISDIR(st.st_mode) or (key in seen and key not in chain):
            continue  # a device or pipe; or a second link to a folder already read
        if key in chain:
            yield InputFile(
                name,
                path,
                Problem("E111", name, f"the link leads back to {printable(str(Path(entry.path).parent))}"),
            )
            continue
        seen.add(key)
        try:
            frames.append((iter(_entries(path)), parts, (*chain, key)))
        except OSError as exc:
            yield _loop_or_error(name, path, exc)
