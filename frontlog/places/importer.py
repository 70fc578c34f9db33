"""`frontlog gazetteer import`: a user's GeoNames downloads added to the on-disk place index.

Each places file (allCountries, a country's XX, citiesN) becomes one source of the index
(`geonames:<file stem>`, replaced when imported again); an alternate-names file
(alternateNamesV2) becomes the source `geonames:alternateNames`, one row per place it names that
the gazetteer already holds (from the core or another source), carrying those extra names. Admin
code files (admin1CodesASCII, admin2Codes) name the regions and districts of the imported rows.
Everything streams: memory stays bounded whatever the file size (allCountries: 13 million rows).
"""

from __future__ import annotations

import sqlite3
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from frontlog.places import geonames_dump as gd
from frontlog.places import index as ix
from frontlog.places.gazetteer import Gazetteer

GEONAMES_LICENCE = "CC BY 4.0"
GEONAMES_CREDIT = "GeoNames (geonames.org)"
ALT_SOURCE = "geonames:alternateNames"
MAX_NAMES = 40  # other names kept per place (GeoNames lists hundreds for capitals)
# GeoNames feature codes -> index kinds; other codes of class A are districts below admin2
SEA_CODES = frozenset({"SEA", "OCN", "GULF", "BAY", "STRT", "CHN", "SD", "COVE"})
ADMIN_KINDS = {"ADM1": "admin1", "ADM1H": "admin1", "ADM2": "admin2", "ADM2H": "admin2", "ADM3": "admin2"}
SKIPPED_CODES = frozenset({"PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "PCL", "TERR", "CONT"})  # in the core

StartFile = Callable[[str, int], None]  # a file's name and byte size, before it is read
Advance = Callable[[int], None]  # bytes read since the last call


@dataclass(frozen=True, slots=True)
class FileReport:
    file: str
    kind: str
    source: str | None  # the index source it became
    rows: int
    error: str | None = None


def import_files(
    paths: Iterable[Path], gaz: Gazetteer, *, start: StartFile | None = None, advance: Advance | None = None
) -> list[FileReport]:
    """Import GeoNames dump files into the index of `gaz`; one report per file (a file that is
    not a GeoNames dump gets its reason and the others are imported)."""
    if not gaz.index_file:
        raise RuntimeError("the gazetteer has no on-disk index to import into")
    sniffed: list[tuple[Path, str]] = []
    reports: list[FileReport] = []
    for path in paths:
        try:
            sniffed.append((path, gd.sniff(path)))
        except (OSError, gd.DumpError) as exc:
            reports.append(FileReport(path.name, "?", None, 0, str(exc)))
    order = {"admin_codes": 0, "places": 1, "alternate_names": 2, "hierarchy": 3}
    names = _core_admin_names(gaz)
    conn = ix.connect(Path(gaz.index_file))
    try:
        for path, kind in sorted(sniffed, key=lambda pk: order[pk[1]]):
            reports.append(_import_one(conn, gaz, path, kind, names, start, advance))
        ids = {int(e[0]): i for i, e in enumerate(gaz.entries) if e[0] is not None}  # type: ignore[call-overload]
        core_fp = conn.execute("SELECT value FROM meta WHERE key='core'").fetchone()
        ix.link_core(conn, ids, core_fp[0] if core_fp else "")
    finally:
        conn.close()
    _forget_lookups()
    return reports


def _import_one(
    conn: sqlite3.Connection,
    gaz: Gazetteer,
    path: Path,
    kind: str,
    names: dict[str, str],
    start: StartFile | None,
    advance: Advance | None,
) -> FileReport:
    with gd.open_dump(path) as (stream, size, member):
        if start:
            start(path.name, size)
        if kind == "admin_codes":
            codes = list(gd.iter_admin_codes(stream, advance))
            names.update({c.code: names.get(c.code, c.name) for c in codes})
            return FileReport(path.name, kind, None, len(codes))
        if kind == "hierarchy":
            return FileReport(
                path.name, kind, None, 0, "not needed: each GeoNames place row carries its admin codes"
            )
        if kind == "places":
            source = f"geonames:{Path(member).stem}"
            rows = _index_rows(gd.iter_places(stream, advance), names)
            n = ix.add_source(conn, _source(source, f"GeoNames places from {path.name}"), rows)
            return FileReport(path.name, kind, source, n)
        n = _import_alternates(conn, gaz, gd.iter_alternate_names(stream, advance), path.name)
        return FileReport(path.name, kind, ALT_SOURCE, n)


def _source(name: str, description: str) -> ix.Source:
    return ix.Source(name, description, GEONAMES_LICENCE, GEONAMES_CREDIT, fingerprint="user import")


def _core_admin_names(gaz: Gazetteer) -> dict[str, str]:
    """Admin1 codes ("SY.13") -> the core's name of the region, so imported rows name their
    region as the rest of the gazetteer does."""
    from frontlog.places.sources import admin1_codes

    by_gid = {gaz.entry(i).gid: name for (_, name), i in gaz.admin1_entry.items()}
    return {f"{a.cc}.{a.code}": by_gid.get(a.geonameid, a.name) for a in admin1_codes()}


def place_kind(fclass: str, fcode: str) -> str | None:
    """The index kind of a GeoNames feature (None: not imported, the core has it)."""
    if fcode in SKIPPED_CODES:
        return None
    if fclass == "P":
        return "city"
    if fcode == "AIRP":
        return "airport"
    if fclass == "H" and fcode in SEA_CODES:
        return "sea"
    if fclass == "A":
        return ADMIN_KINDS.get(fcode, "admin2")
    return "feature"


def _index_rows(places: Iterator[gd.DumpPlace], names: dict[str, str]) -> Iterator[ix.IndexRow]:
    for p in places:
        kind = place_kind(p.fclass, p.fcode)
        if kind is None:
            continue
        region = names.get(f"{p.cc}.{p.admin1}")
        district = names.get(f"{p.cc}.{p.admin1}.{p.admin2}")
        others = tuple(
            n for n in dict.fromkeys((p.ascii_name, *p.alternates)) if _readable(n) and n != p.name
        )
        yield ix.IndexRow(
            p.gid, p.name, p.cc, region, district, p.lat, p.lon, p.pop, kind, p.fcode, others[:MAX_NAMES]
        )


def _readable(name: str) -> bool:
    """Names English text can hold: Latin or Arabic script (GeoNames lists every script)."""
    if not name or len(name) > 80:
        return False
    scripts = {unicodedata.name(ch, "").split(" ")[0] for ch in name if ch.isalpha()}
    return bool(scripts) and scripts <= {"LATIN", "ARABIC"}


def _import_alternates(
    conn: sqlite3.Connection, gaz: Gazetteer, alternates: Iterator[gd.AlternateName], file: str
) -> int:
    """Extra names for places the gazetteer holds: staged on disk, then one index row per place."""
    with conn:
        conn.execute("DROP TABLE IF EXISTS alt_stage")
        conn.execute("CREATE TEMP TABLE alt_stage(gid INTEGER, name TEXT)")
    batch: list[tuple[int, str]] = []
    for a in alternates:
        if _readable(a.name):
            batch.append((a.gid, a.name))
        if len(batch) >= 50_000:
            _stage(conn, batch)
    _stage(conn, batch)
    with conn:
        conn.execute("CREATE INDEX alt_stage_gid ON alt_stage(gid)")
    core = {int(e[0]): i for i, e in enumerate(gaz.entries) if e[0] is not None}  # type: ignore[call-overload]
    source = _source(ALT_SOURCE, f"GeoNames alternate names from {file}")
    n = ix.add_source(conn, source, _alternate_rows(conn, gaz, core))
    with conn:
        conn.execute("DROP TABLE alt_stage")
    return n


def _stage(conn: sqlite3.Connection, batch: list[tuple[int, str]]) -> None:
    with conn:
        conn.executemany("INSERT INTO alt_stage VALUES (?, ?)", batch)
    batch.clear()


def _alternate_rows(conn: sqlite3.Connection, gaz: Gazetteer, core: dict[int, int]) -> Iterator[ix.IndexRow]:
    """One row per staged place id that the gazetteer holds, a page of ids at a time."""
    last = -1
    while True:
        page = conn.execute(
            "SELECT gid, group_concat(name, char(31)) FROM alt_stage WHERE gid > ? GROUP BY gid ORDER BY gid LIMIT 5000",
            (last,),
        ).fetchall()
        if not page:
            return
        last = page[-1][0]
        for gid, joined in page:
            row = _held_row(conn, gaz, core, gid, tuple(dict.fromkeys(joined.split("\x1f")))[:MAX_NAMES])
            if row:
                yield row


def _held_row(
    conn: sqlite3.Connection, gaz: Gazetteer, core: dict[int, int], gid: int, extra: tuple[str, ...]
) -> ix.IndexRow | None:
    held = conn.execute(
        "SELECT name, cc, admin1, admin2, lat, lon, pop, kind, fcode FROM place"
        " WHERE gid=? AND source NOT IN (SELECT id FROM source WHERE name=?) LIMIT 1",
        (gid, ALT_SOURCE),
    ).fetchone()
    if held:
        name, cc, a1, a2, lat, lon, pop, kind, fcode = held
        return ix.IndexRow(gid, name, cc, a1, a2, lat, lon, pop, kind, fcode, extra)
    if gid not in core:
        return None
    e = gaz.entry(core[gid])
    kind = {"point": "feature", "country": None, "continent": None}.get(e.kind, e.kind)
    return (
        ix.IndexRow(gid, e.name, e.cc, e.admin1, None, e.lat, e.lon, e.pop, kind, "", extra) if kind else None
    )


def _forget_lookups() -> None:
    ix.PlaceIndex.lookup.cache_clear()


def index_info(gaz: Gazetteer) -> list[dict[str, object]]:
    """The index's sources (name, description, licence, credit, rows, added)."""
    index = gaz.index()
    return index.sources() if index else []
