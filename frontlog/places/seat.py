"""The seat of a region: the town whose coordinates an event known only by its region gets.

ACLED codes an event that a report places only in a region (its geo_precision 3) at the region's
main town, as a coder who knows only "in Mandera County" would; GeoNames' point for a region is
near its middle (Mandera County's is 109 km from Mandera town). frontlog keeps the region as the
event's place (name, GeoNames id, precision, and GeoNames' point: places/region_point.py, as the
spec's gold codes it) and keeps the seat beside it (`Place.seat`: the ACLED-style CSV's
coordinates and eval-acled's point; session 14; until then the seat's coordinates replaced the
region's, said in `detail`), only when the seat is known with confidence:

1. a town of the same region that GeoNames codes as the region's seat (feature code PPLA, seat of
   a first-order administrative division; PPLA2 for a district: the "district" field of the
   index's row names it), from any source of the place index (Who's On First's GeoNames records
   carry the code for a few regions; a user's GeoNames import for every region);
2. else the town of the same country and region whose own name is the region's name, each
   without a kind word ("Idlib Governorate" -> Idlib, "Najran Region" -> Najran, "Karak City" ->
   Karak; not a town that merely has the region's name among its alternate names: Idiomo, not
   Abeokuta, is also called "Ogun"), the most populous one; a district's namesake must also lie in the
   district (the index's row says so) or within DISTRICT_KM of its point.

Before these, a governorate of Iraq or Syria gets the seat data/governorate_seats.tsv lists
(places/gov_seats.py: Muthanna -> As Samawah, Diyala -> Baqubah, which neither rule finds).

Otherwise None: the region keeps its own point.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace

from frontlog.places.gazetteer import GazEntry, Gazetteer, distance_km
from frontlog.places.gov_seats import listed_seat
from frontlog.places.kept import candidates
from frontlog.places.local import kind_words
from frontlog.places.normalize import name_key
from frontlog.places.region_point import at_region_point
from frontlog.records import Place, Seat

DISTRICT_KM = 50.0
REGION_KINDS = ("admin1", "admin2")
# the GeoNames feature codes of a first- and a second-level region's seat
SEAT_CODES = {"admin1": "PPLA", "admin2": "PPLA2"}

_Key = tuple[str, str, str]  # (country, region, district key or "")
_SEATS: dict[str, dict[_Key, list[GazEntry]]] = {}  # index path -> coded seats


def region_entry(place: Place, gaz: Gazetteer) -> tuple[GazEntry, str | None] | None:
    """The region or district a place is (with the district's name key, None for a region), or
    None when the place is no region of the gazetteer."""
    if place.precision != "admin1":
        return None
    entries, _ = candidates(gaz, place.name)
    for e in entries:
        if e.kind == "admin1" and e.gid == place.geonameid:
            return e, None
    for e, hit in gaz.index_candidates(place.name):
        if hit.kind in REGION_KINDS and e.gid == place.geonameid and e.admin1 == place.admin1 and (
            place.geonameid is not None or name_key(e.name) == name_key(place.name)
        ):  # (a district with no GeoNames id is known by its name: not the region's first such district)
            return e, (name_key(e.name) if hit.kind == "admin2" else None)
    return None


def region_seat(place: Place, gaz: Gazetteer) -> GazEntry | None:
    """The seat of the region `place` names (see the module's docstring), or None."""
    found = region_entry(place, gaz)
    if found is None:
        return None
    region, district = found
    if district is None and (listed := listed_seat(region, gaz)) is not None:
        return listed  # Iraq's and Syria's governorates (places/gov_seats.py)
    coded = _coded_seats(gaz).get((region.cc, region.admin1 or "", district or ""), [])
    if coded:
        return max(coded, key=lambda e: (name_key(e.name) == name_key(region.name), e.pop))
    return _namesake(region, district, gaz)


def seat_of_region(region: GazEntry, gaz: Gazetteer) -> GazEntry | None:
    """The seat of a first-level region of the gazetteer (region_seat's rules), or None."""
    if (listed := listed_seat(region, gaz)) is not None:
        return listed
    coded = _coded_seats(gaz).get((region.cc, region.admin1 or "", ""), [])
    if coded:
        return max(coded, key=lambda e: (name_key(e.name) == name_key(region.name), e.pop))
    return _namesake(region, None, gaz)


def at_seat(place: Place, gaz: Gazetteer) -> Place:
    """The region at its GeoNames point with its seat kept beside it (ACLED's point); without the
    seat when it is not known with confidence."""
    seat = region_seat(place, gaz)
    own = at_region_point(place)
    if seat is None:
        return own
    return replace(own, seat=Seat(seat.name, seat.gid, seat.lat, seat.lon))


def seated(place: Place) -> bool:
    """Is the place a region-level event's with its seat known (at_seat found it)?"""
    return place.seat is not None


def _bare(name: str) -> str:
    """The region's name without a trailing kind word ("Idlib Governorate" -> "Idlib")."""
    words = name.split()
    _, after = kind_words()
    if len(words) > 1 and words[-1].lower() in after:
        return " ".join(words[:-1])
    return name


def _namesake(region: GazEntry, district: str | None, gaz: Gazetteer) -> GazEntry | None:
    """The most populous town of the region whose own name (not an alternate name: Idiomo is
    also called Ogun) is the region's name."""
    name = _bare(region.name)
    key = name_key(name)
    towns: list[GazEntry] = []
    core, exact = candidates(gaz, name)
    for e in core if exact else []:
        near = district is None or distance_km((e.lat, e.lon), (region.lat, region.lon)) <= DISTRICT_KM
        if e.kind == "city" and e.cc == region.cc and e.admin1 == region.admin1 and near:
            towns.append(e)
    for e, hit in gaz.index_candidates(name):
        if hit.kind != "city" or hit.translit or e.cc != region.cc or e.admin1 != region.admin1:
            continue
        if district is not None and not _in_district(e, hit.admin2, district, region):
            continue
        towns.append(e)
    towns = [e for e in towns if name_key(_bare(e.name)) == key]
    return max(towns, key=lambda e: e.pop) if towns else None


def _in_district(e: GazEntry, admin2: str | None, district: str, region: GazEntry) -> bool:
    if admin2:
        return name_key(admin2) == district
    return distance_km((e.lat, e.lon), (region.lat, region.lon)) <= DISTRICT_KM


def _coded_seats(gaz: Gazetteer) -> dict[_Key, list[GazEntry]]:
    """The towns the index's sources code as seats (PPLA, PPLA2), by (country, region, district
    key): about a thousand rows, read once per process and index."""
    index = gaz.index()
    if index is None:
        return {}
    path = str(index.path)
    if path not in _SEATS:
        _SEATS[path] = _read_seats(index.conn)
    return _SEATS[path]


def _read_seats(conn: sqlite3.Connection) -> dict[_Key, list[GazEntry]]:
    out: dict[_Key, list[GazEntry]] = {}
    rows = conn.execute(
        "SELECT gid, name, lat, lon, cc, admin1, admin2, pop, fcode FROM place WHERE fcode IN (?, ?)",
        (SEAT_CODES["admin1"], SEAT_CODES["admin2"]),
    )
    for gid, name, lat, lon, cc, admin1, admin2, pop, fcode in rows:
        if not admin1 or (fcode == SEAT_CODES["admin2"] and not admin2):
            continue
        district = name_key(admin2) if fcode == SEAT_CODES["admin2"] else ""
        out.setdefault((cc, admin1, district), []).append(
            GazEntry(gid, name, lat, lon, cc, admin1, int(pop or 0), "city")
        )
    return out
