"""A quarter of a city coded at the city's point says so in the location's detail.

places/data/city_quarters.tsv gives the quarters, zones and townships of cities that no gazetteer
has (Bujumbura's Nyakabiga, Cape Town's Gugulethu, Cairo's Dokki) at their city's GeoNames point.
An event there keeps the quarter's name (two quarters stay two places: "grenade attacks in Musaga
and Ngagara" are two events) and its detail says whose quarter it is and whose coordinates it has
("a quarter of Bujumbura; the city's coordinates"), as issue 15 point 4 asks of a city's part.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from importlib import resources

from frontlog.doctext import doc_text
from frontlog.events.context import Discourse, SentenceContext
from frontlog.events.lexicon import word_list
from frontlog.places.gazetteer import distance_km
from frontlog.places.index import QUARTERS_FILE
from frontlog.places.kept import candidates
from frontlog.places.normalize import name_key
from frontlog.places.resolve import PlaceMention
from frontlog.records import Place

CITY_PART_NOUNS = word_list("places.yaml", "city_part_nouns")
COMPASS_WORDS = word_list("places.yaml", "compass_words")
CITY_POP = 20_000  # a town with quarters of its own the text may name
PART_KM = 15.0  # a part of a city the gazetteer places this near the city is coded at its own point (the one
# figure: events/location.py, province_district.py read it; session 17, mend)


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


_ART = r"(?:(?:a[lnrsdtz]|el|ad|ar|as|ash|at|az)-\s?)?"
_NAME = rf"{_ART}[A-Z][\w'’`-]*(?:\s+{_ART}[A-Z][\w'’`-]*){{0,2}}"


@functools.cache
def _named_part() -> re.Pattern[str]:
    """ "the district of X in the eastern suburb of [Y]", "X area in [Y] city", "X neighbourhood of
    [Y]": the name of a part of Y right before Y's mention (group 1, the kind noun group 2 or 3)."""
    parts = "|".join(CITY_PART_NOUNS)
    places = "|".join(CITY_PART_NOUNS | {"village", "town", "camp"})
    compass = "|".join(sorted(COMPASS_WORDS | {"rural"}, key=len, reverse=True))
    around = r"(?:(?:suburbs?|outskirts|countryside)\s+of\s+(?:the\s+)?)?(?:city\s+of\s+)?"
    return re.compile(  # (a town "of" Y is an apposition: "the Daesh-held town of [Y]")
        rf"(?:\bthe\s+({places})s?\s+of\s+)?({_NAME})(?:\s+({parts})s?,?\s+(?:in|of)|\s+({places})s?,?\s+in|,?\s+in)"
        rf"\s+(?:the\s+)?(?:(?:{compass})[\s-]+)*{around}$"
    )


def named_part(pm: PlaceMention, sc: SentenceContext) -> str | None:
    """The part of a town the text names right before the town's mention when no gazetteer
    reading of the part is kept ("the district of Kabun in the eastern suburb of Damascus" ->
    "district of Kabun": places/located.py vetoes Kabun's namesake far away), so the event coded
    at the town keeps the part as its detail (a place mention of its own is no part). Session 16,
    helper nplaces."""
    text = doc_text(sc.sent.doc)
    found = _named_part().search(text[max(0, pm.start - 120) : pm.start])
    kind = found.group(3) or found.group(4) if found is not None else None
    if found is None or not (found.group(1) or kind):
        return None  # (a kind noun says it is a place: not "the Free Syrian Army in Aleppo")
    at, to = max(0, pm.start - 120) + found.start(2), max(0, pm.start - 120) + found.end(2)
    if any(p.start < to and at < p.end for p in sc.places if p is not pm):
        return None
    return " ".join(filter(None, (found.group(1) and f"{found.group(1)} of", found.group(2), kind)))


_QUARTER = r"(neighbou?rhoods?|quarters?)"


def quarter_city(pm: PlaceMention, sc: SentenceContext, state: Discourse) -> tuple[PlaceMention, str] | None:
    """ "rockets fell on the X neighbourhood" in a story about a city (named in the sentence or in
    the ones just before): a reading of X away from that city is a village of the same name
    elsewhere, and the event is coded at the city, "X neighbourhood" its detail (a reading
    within PART_KM of the city is the quarter itself, kept). Session 16, helper nplaces."""
    if pm.place.precision not in ("city", "point") or pm.place.point is None:
        return None
    text = doc_text(sc.sent.doc)
    after = re.match(rf"\s+{_QUARTER}\b", text[pm.end : pm.end + 20])
    before = re.search(r"\bthe\s+(neighbou?rhood|quarter)\s+of\s+$", text[max(0, pm.start - 30) : pm.start])
    if after is None and before is None:
        return None
    recent = state.recent_place(sc.index)
    cities = [q for q in sc.places if q is not pm and not q.context_only and q.place.precision == "city"]
    cities += [recent] if recent is not None and recent.place.precision == "city" else []
    cities = [q for q in cities if q.cc == pm.cc and q.place.point is not None and _pop(q, sc) >= CITY_POP]
    if not cities or any(q.place.name == pm.place.name or mention_km(pm, q) <= PART_KM for q in cities):
        return None  # (not "the neighbourhoods of [Aleppo]": a city's own name; nor a town's quarter)
    detail = f"{pm.text} {after.group(1)}" if after is not None else f"{before.group(1)} of {pm.text}"  # type: ignore[union-attr]
    return max(cities, key=lambda q: _pop(q, sc)), detail


def _pop(q: PlaceMention, sc: SentenceContext) -> int:
    """The people of a town mention's reading (0 when the core gazetteer does not have it)."""
    entries, _ = candidates(sc.art.gaz, q.place.name)
    return max((e.pop for e in entries if e.gid == q.place.geonameid), default=0)


def mention_km(a: PlaceMention, b: PlaceMention) -> float:
    """The distance between two mentions' readings (infinite when one has no point)."""
    pa, pb = a.place.point, b.place.point
    return distance_km(pa, pb) if pa is not None and pb is not None else float("inf")
