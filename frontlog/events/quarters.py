"""A quarter of a city coded at the city's point says so in the location's detail.

places/data/city_quarters.tsv gives the quarters, zones and townships of cities that no gazetteer
has (Bujumbura's Nyakabiga, Cape Town's Gugulethu, Cairo's Dokki) at their city's GeoNames point.
An event there keeps the quarter's name (two quarters stay two places: "grenade attacks in Musaga
and Ngagara" are two events) and its detail says whose quarter it is and whose coordinates it has
("a quarter of Bujumbura; the city's coordinates"), as issue 15 point 4 asks of a city's part.
"""

from __future__ import annotations

import functools
from dataclasses import replace
from importlib import resources

from frontlog.places.index import QUARTERS_FILE
from frontlog.places.normalize import name_key
from frontlog.records import Place


@functools.cache
def _quarters() -> dict[tuple[str, float, float], str]:
    """(name key, lat, lon) of every quarter and its other names -> its city's name."""
    text = (resources.files("frontlog.places") / "data" / QUARTERS_FILE).read_text("utf-8")
    rows = [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")][1:]
    out: dict[tuple[str, float, float], str] = {}
    for _kind, _gid, _wof, name, _cc, _a1, city, lat, lon, _pop, _fcode, names in rows:
        for n in (name, *filter(None, names.split("|"))):
            out[(name_key(n), round(float(lat), 3), round(float(lon), 3))] = city
    return out


def quarter_detail(place: Place) -> Place:
    """`place` with the detail "a quarter of <city>; the city's coordinates" when it is a quarter
    of city_quarters.tsv and has no detail of its own."""
    if place.geonameid is not None or place.detail is not None or place.lat is None or place.lon is None:
        return place
    city = _quarters().get((name_key(place.name), round(place.lat, 3), round(place.lon, 3)))
    return place if city is None else replace(place, detail=f"a quarter of {city}; the city's coordinates")
