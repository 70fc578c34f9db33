"""The part of a region the text names: "X village in southern Idleb", "the northern countryside of
Aleppo", "Hama's eastern countryside", "Idleb south eastern countryside".

An event at a village no gazetteer has is coded at the region the text places it in. When the text
also names the part of the region (a compass word before the region's name, or before its
"countryside" / "province" word), the event is coded at the middle of that part rather than at
the region's own point: the median latitude and longitude of the region's villages (the place
index's) that lie in that direction from the median point of all its villages, within
BEARING_SLACK degrees of it, as places/located.in_part reads "in southern Idleb". The place stays
the region (its name, id and precision); `detail` keeps the village's name, or says which part.

A town the region is named after stands for the region in "X village in southern Idlib" (not in
"eastern Aleppo" alone, nor in a city of CITY_PARTS_POP people, whose parts the compass names).
A region named alone ("clashes in southeast Idleb") is not moved: an event the text places only in
a region is coded at its seat (places/seat.py), as ACLED does.
"""

from __future__ import annotations

import functools
import re
import statistics
from dataclasses import replace
from typing import Any

from frontlog.places.gazetteer import Gazetteer
from frontlog.places.kept import candidates
from frontlog.places.located import BEARING_SLACK, _bearing, compass_bearing
from frontlog.places.normalize import loose_key, name_key
from frontlog.records import Place

# a part's middle is only taken from at least this many villages of the index
MIN_VILLAGES = 10
_COMPASS = r"(?:north|south|east|west)(?:ern)?(?:[\s-]*(?:north|south|east|west)(?:ern)?)?"
# a city this large has parts the news names by the compass ("eastern Aleppo", "west Mosul"): its
# name after a compass word is the city's part, not its region's
CITY_PARTS_POP = 1_000_000
# "southern Idleb", "the southern countryside of Idleb", "the north-eastern rural areas of Hama"
# (not "the northwestern province of Idlib": where the province lies in the country)
_BEFORE = re.compile(
    rf"\b({_COMPASS})\s+((?:countryside|rural\s+areas?)\s+of\s+(?:the\s+)?)?$", re.IGNORECASE
)
# "Syria's northern Idlib", "the northwestern Latakia province", "in northern Idlib province":
# where the region lies in its country (but "the northern Hama countryside" is the region's part)
_DESCRIBED = re.compile(r"(?:\bthe|['’]s)\s+$", re.IGNORECASE)
_PROVINCE = re.compile(
    r"\s(?:province|governorate)\b", re.IGNORECASE
)  # "Idlib province" (in the name or after it)
_COUNTRYSIDE = re.compile(r"^\s+(?:countryside|rural\s+areas?)\b", re.IGNORECASE)
# a name placed in the part: "X village in southern Idlib", "X in the northern countryside of"
_PLACED = re.compile(r"[A-Z][\w'’-]*(?:\s+[a-z-]+)?\s+in\s+(?:the\s+)?$")
# "Idleb western countryside", "Hama's eastern countryside", "Idleb south eastern countryside"
_AFTER = re.compile(
    rf"^(?:'s|’s)?\s+({_COMPASS})\s+(?:countryside|province|governorate|region)\b", re.IGNORECASE
)


def part_words(text: str, start: int, end: int, *, placed: bool = False) -> str | None:
    """The compass words the text puts before or after a region's name (at start:end), or None.
    With `placed`, only in a phrase that places a name before it ("X village in southern Idlib")."""
    before = text[max(0, start - 45) : start]
    found = _BEFORE.search(before)
    if found is None:
        found = _AFTER.match(text[end : end + 45])
        phrase_start = start
    else:
        phrase_start = max(0, start - 45) + found.start()
        if (
            not found.group(2)
            and (_DESCRIBED.search(before[: found.start()]) or _PROVINCE.search(text[start : end + 14]))
            and not _COUNTRYSIDE.match(text[end:])
        ):
            return None
    if found is None or (placed and not _PLACED.search(text[max(0, phrase_start - 40) : phrase_start])):
        return None
    return found.group(1)


@functools.lru_cache(maxsize=256)
def _part_middle(path: str, cc: str, admin1: str, bearing: float) -> tuple[float, float] | None:
    """The median point of the index's villages of the region that lie in the direction `bearing`
    from the median point of all its villages (a desert governorate's own point may lie far
    from where its people live), or None when fewer than MIN_VILLAGES lie there."""
    from frontlog.places.gazetteer import _open_index

    index = _open_index(path)
    if index is None:
        return None
    rows = index.conn.execute(
        "SELECT lat, lon FROM place WHERE cc = ? AND admin1 = ? AND kind = 'city'", (cc, admin1)
    ).fetchall()
    if not rows:
        return None
    centre = (statistics.median(p[0] for p in rows), statistics.median(p[1] for p in rows))
    part = [
        (lat, lon)
        for lat, lon in rows
        if abs((_bearing(centre, (lat, lon)) - bearing + 180) % 360 - 180) <= BEARING_SLACK
    ]
    if len(part) < MIN_VILLAGES:
        return None
    return (round(statistics.median(p[0] for p in part), 4), round(statistics.median(p[1] for p in part), 4))


def in_region_part(place: Place, region: Place | None, pm: Any, text: str, gaz: Gazetteer) -> Place | None:
    """The region the event's place `place` names (mention `pm`), or the region of a town it heads
    ("in southern Idlib": the governorate, `region`), moved to the middle of the part of it that
    the compass words beside the name give; None when they give none (or the index cannot say)."""
    town = place.precision != "admin1"
    if town:
        if region is None or region.precision != "admin1" or not _small_seat(place, region, gaz):
            return None
        place = replace(region, detail=place.detail)
    if not place.admin1 or gaz.index_file is None:
        return None
    words = part_words(text, pm.start, pm.end, placed=town)
    bearing = compass_bearing(words) if words else None
    if bearing is None:
        return None
    middle = _part_middle(gaz.index_file, pm.cc, place.admin1, bearing)
    if middle is None:
        return None
    detail = place.detail or f"{words.lower()} part"  # type: ignore[union-attr]
    return replace(place, lat=middle[0], lon=middle[1], detail=detail)


def _small_seat(town: Place, region: Place, gaz: Gazetteer) -> bool:
    """Is the town the one its region is named after, and smaller than CITY_PARTS_POP?"""
    if not name_key(region.name).startswith(name_key(town.name)):
        return False
    entries, _ = candidates(gaz, town.name)
    return max((e.pop for e in entries if e.gid == town.geonameid), default=0) < CITY_PARTS_POP


def heads_region(pm: Any) -> bool:
    """Is the town of mention `pm` the one its first-level region is named after (loose keys:
    "Idleb" and Idlib Governorate, "Quneitra" and Al Qunaytirah)? "The countryside of Idleb" is the
    governorate, but "the Houla region", "the western countryside of Jisr al-Shughur" are the town's
    surroundings, coded at the town (as ACLED codes them). A county word ("Mandera county") is
    decided before (events/location._names_region)."""
    if pm.region is None:
        return False
    return loose_key(pm.region.name).startswith(loose_key(pm.place.name))
