"""The core gazetteer as flat arrays in one memory-mapped file (issues 14/15: a whole run in 1.5 GB).

As Python objects the core's 242,181 entries and 772,935 name keys took about 270 MB in the
process that resolves places and 2 s to unpickle. Saved here as flat arrays (about 25 MB), they
are mapped into memory instead: loading reads only a small header, and a process holds only the
pages its lookups touch (clean file pages, which the kernel shares between processes and can
drop). The views below read the arrays with the same interface as the dicts and lists the build
fills (frontlog/places/build.py), so the resolver sees the same entries in the same order.

File layout: MAGIC, the header's length (8 bytes, little-endian), the header (a pickle: the data
fingerprint, the machine's byte order and item sizes, the gazetteer's small fields, a pool of the
strings entries share (country codes, regions, kinds), and each array's typecode, offset and
length), then the arrays, each at a multiple of 8 bytes.
"""

from __future__ import annotations

import mmap
import pickle
import sys
import zlib
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping, Sequence, Set
from pathlib import Path
from typing import Any, BinaryIO

MAGIC = b"FRONTLOG-GAZ\x00\x01"
# the typecodes used, with their sizes when written: a file from another machine type is rebuilt
_ITEMSIZES = {code: array(code).itemsize for code in "BiIqd"}
# Gazetteer fields kept as Python objects in the header (a few thousand items in all)
SMALL_FIELDS = (
    "max_words", "demonyms", "country_entry", "admin1_entry", "continent_entry", "capitals", "unreviewed",
)  # fmt: skip


def _key_bytes(key: str) -> bytes:
    return key.encode("utf-8", "surrogatepass")


class Strings(Sequence[str]):
    """Strings stored end to end in one UTF-8 blob, with the offset of each."""

    def __init__(self, offsets: Any, blob: Any) -> None:
        self.offsets, self.blob = offsets, blob

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def raw(self, i: int) -> bytes:
        return bytes(self.blob[self.offsets[i] : self.offsets[i + 1]])

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        return self.raw(i).decode("utf-8", "surrogatepass")


class KeyMap(Mapping[str, list[int]]):
    """A read-only dict from name key to entry indices: keys sorted by their CRC-32, found by
    bisection (in C) and compared byte for byte; each key's indices in the build's order."""

    def __init__(self, hashes: Any, keys: Strings, starts: Any, postings: Any) -> None:
        self.hashes, self.keys_, self.starts, self.postings = hashes, keys, starts, postings

    def index_of(self, key: str) -> int:
        """The position of `key` among the stored keys, or -1."""
        raw = _key_bytes(key)
        h = zlib.crc32(raw)
        i = bisect_left(self.hashes, h)
        while i < len(self.hashes) and self.hashes[i] == h:
            if self.keys_.raw(i) == raw:
                return i
            i += 1
        return -1

    def __getitem__(self, key: str) -> list[int]:
        i = self.index_of(key) if isinstance(key, str) else -1
        if i < 0:
            raise KeyError(key)
        return list(self.postings[self.starts[i] : self.starts[i + 1]])

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.index_of(key) >= 0

    def __iter__(self) -> Iterator[str]:
        return iter(self.keys_)

    def __len__(self) -> int:
        return len(self.hashes)


class FlaggedKeys(Set[str]):
    """The keys of a KeyMap whose flag is set (the names matched in running text)."""

    def __init__(self, keymap: KeyMap, flags: Any) -> None:
        self.keymap, self.flags = keymap, flags
        self.n: int = flags.tobytes().count(1)

    def __contains__(self, key: object) -> bool:
        i = self.keymap.index_of(key) if isinstance(key, str) else -1
        return i >= 0 and bool(self.flags[i])

    def __iter__(self) -> Iterator[str]:
        return (k for k, f in zip(self.keymap.keys_, self.flags, strict=True) if f)

    def __len__(self) -> int:
        return self.n


class Entries(Sequence[tuple[object, ...]]):
    """The entries as columns; entry i is the tuple (gid, name, lat, lon, cc, admin1, pop, kind,
    curated) the build stored (GazEntry's fields), gid and admin1 None where they were."""

    def __init__(self, cols: dict[str, Any], names: Strings, pool: list[str]) -> None:
        self.cols, self.names, self.pool = cols, names, pool
        self.gid, self.lat, self.lon = cols["gid"], cols["lat"], cols["lon"]
        self.cc, self.admin1, self.pop, self.kind = cols["cc"], cols["admin1"], cols["pop"], cols["kind"]
        self.curated = cols["curated"]

    def __len__(self) -> int:
        return len(self.gid)

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        gid, admin1 = self.gid[i], self.admin1[i]
        return (
            None if gid < 0 else gid, self.names[i], self.lat[i], self.lon[i], self.pool[self.cc[i]],
            None if admin1 < 0 else self.pool[admin1], self.pop[i], self.pool[self.kind[i]], bool(self.curated[i]),
        )  # fmt: skip

    def has_gid(self, gid: int) -> bool:
        ids = self.cols["sorted_gids"]
        i = bisect_left(ids, gid)
        return i < len(ids) and ids[i] == gid


def _strings(values: Iterable[str]) -> tuple[array[int], bytes]:
    offsets, parts, at = array("q", [0]), [], 0
    for v in values:
        raw = _key_bytes(v)
        parts.append(raw)
        at += len(raw)
        offsets.append(at)
    return offsets, b"".join(parts)


def _keymap_arrays(prefix: str, index: Mapping[str, list[int]]) -> dict[str, Any]:
    order = sorted(index, key=lambda k: (zlib.crc32(_key_bytes(k)), _key_bytes(k)))
    offsets, blob = _strings(order)
    starts, postings = array("q", [0]), array("i")
    for k in order:
        postings.extend(index[k])
        starts.append(len(postings))
    hashes = array("I", (zlib.crc32(_key_bytes(k)) for k in order))
    return {
        f"{prefix}_hash": hashes, f"{prefix}_off": offsets, f"{prefix}_blob": blob,
        f"{prefix}_start": starts, f"{prefix}_post": postings,
    }  # fmt: skip


def _entry_arrays(entries: Sequence[tuple[object, ...]], pool: dict[str, int]) -> dict[str, Any]:
    def code(s: object) -> int:
        return -1 if s is None else pool.setdefault(str(s), len(pool))

    rows = list(entries)
    offsets, blob = _strings(str(e[1]) for e in rows)
    gids = [-1 if e[0] is None else int(e[0]) for e in rows]  # type: ignore[call-overload]
    return {
        "gid": array("q", gids), "name_off": offsets, "name_blob": blob,
        "lat": array("d", (float(e[2]) for e in rows)), "lon": array("d", (float(e[3]) for e in rows)),  # type: ignore[arg-type]
        "cc": array("i", (code(e[4]) for e in rows)), "admin1": array("i", (code(e[5]) for e in rows)),
        "pop": array("q", (int(e[6]) for e in rows)), "kind": array("i", (code(e[7]) for e in rows)),  # type: ignore[call-overload]
        "curated": array("B", (bool(e[8]) for e in rows)), "sorted_gids": array("q", sorted(g for g in gids if g >= 0)),
    }  # fmt: skip


def write(gaz: Any, fingerprint: str, f: BinaryIO) -> None:
    """Write the gazetteer `gaz` (built dicts or loaded views) in the compact format."""
    pool: dict[str, int] = {}
    arrays = _entry_arrays(gaz.entries, pool) | _keymap_arrays("exact", gaz.exact) | _keymap_arrays("loose", gaz.loose)
    order = sorted(gaz.exact, key=lambda k: (zlib.crc32(_key_bytes(k)), _key_bytes(k)))
    text_keys = gaz.text_keys
    arrays["text_flag"] = array("B", (k in text_keys for k in order))
    extra = frozenset(k for k in text_keys if k not in gaz.exact)  # (the build's text keys are all in exact)
    layout, at, chunks = {}, 0, []
    for name, arr in arrays.items():
        raw = arr.tobytes() if isinstance(arr, array) else arr
        code = arr.typecode if isinstance(arr, array) else "B"
        layout[name] = (code, at, len(raw))
        pad = -len(raw) % 8
        chunks.append(raw + b"\0" * pad)
        at += len(raw) + pad
    header = pickle.dumps(
        {
            "fingerprint": fingerprint, "byteorder": sys.byteorder, "itemsizes": _ITEMSIZES,
            "small": {k: getattr(gaz, k) for k in SMALL_FIELDS}, "pool": list(pool), "layout": layout,
            "extra_text_keys": extra,
        },
        protocol=pickle.HIGHEST_PROTOCOL,
    )  # fmt: skip
    head = MAGIC + len(header).to_bytes(8, "little") + header
    head += b"\0" * (-len(head) % 8)
    f.write(head)
    for chunk in chunks:
        f.write(chunk)


def read_header(path: Path) -> tuple[dict[str, Any], int] | None:
    """The header of a compact file and where its arrays start; None for another format."""
    with path.open("rb") as f:
        head = f.read(len(MAGIC) + 8)
        if len(head) < len(MAGIC) + 8 or head[: len(MAGIC)] != MAGIC:
            return None
        return _header(head + f.read(int.from_bytes(head[len(MAGIC) :], "little")))


def read_header_bytes(data: bytes) -> tuple[dict[str, Any], int]:
    """The header of a compact file held in memory, and where its arrays start."""
    found = _header(data) if data.startswith(MAGIC) else None
    if found is None:
        raise ValueError("not a compact gazetteer")
    return found


def _header(data: bytes) -> tuple[dict[str, Any], int] | None:
    size = int.from_bytes(data[len(MAGIC) : len(MAGIC) + 8], "little")
    start = len(MAGIC) + 8 + size
    header = pickle.loads(data[len(MAGIC) + 8 : start])
    if header.get("byteorder") != sys.byteorder or header.get("itemsizes") != _ITEMSIZES:
        return None
    return header, start + (-start % 8)


def views(buffer: Any, header: dict[str, Any], start: int) -> dict[str, Any]:
    """The Gazetteer fields over `buffer` (a mapped file, or bytes)."""
    mv = memoryview(buffer)
    cols = {
        name: mv[start + at : start + at + size].cast(code) for name, (code, at, size) in header["layout"].items()
    }
    exact = KeyMap(cols["exact_hash"], Strings(cols["exact_off"], cols["exact_blob"]), cols["exact_start"], cols["exact_post"])
    loose = KeyMap(cols["loose_hash"], Strings(cols["loose_off"], cols["loose_blob"]), cols["loose_start"], cols["loose_post"])
    text_keys: Any = FlaggedKeys(exact, cols["text_flag"])
    if header["extra_text_keys"]:
        text_keys = frozenset(text_keys) | header["extra_text_keys"]
    entries = Entries(cols, Strings(cols["name_off"], cols["name_blob"]), header["pool"])
    return {"entries": entries, "exact": exact, "loose": loose, "text_keys": text_keys, **header["small"]}


def map_file(path: Path) -> tuple[str, dict[str, Any]] | None:
    """(fingerprint, Gazetteer fields) of a compact file, its arrays mapped, not read; None when
    the file is in another format."""
    found = read_header(path)
    if found is None:
        return None
    header, start = found
    with path.open("rb") as f:
        mapped = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    return header["fingerprint"], views(mapped, header, start)
