"""A village no gazetteer has, named beside the district it lies in, is coded at that district,
not at a namesake elsewhere: "Airstrikes hit Kafr Dumm and Bayt Zuhur areas in Wadi Qamar
district" names villages the place index lacks; their readings (a town of the same name 300 km
away, or abroad) are not where the strikes fell, the district is.

The rule, in running text only (not on a benchmark's gold spans):
- the sentence names one district with a district word ("X district", "the district of X":
  districts.called_district), read as a district of the place index or its seat; or it names
  none and the next sentence names only that district ("... All three villages lie in X
  district."), which then takes only a place with no reading in the district's country (the next
  sentence may tell another event: "clashed west of Mocimboa da Praia. ... in Macomia district"
  keeps Mocimboa da Praia; lead, session 15);
- a place of the sentence that is not called a district, a region or a city itself ("Lahj
  province", "X city", "the town of X"), has no reading that is a region, a capital or a town of
  TOWN_POP people in the district's country (Sanaa beside Nihm district stays Sanaa), nor of
  CITY_POP people abroad (a city abroad is a real place the article may name), and that the text
  does not otherwise locate ("X village in Y province", "X (31km NW of Y)");
- such a place keeps only its readings inside the district (within `km` of its point, or put
  in it by the place index); with none there, it takes the district's readings, and its own
  name is kept as the detail (RULE_IN_DISTRICT: `resolve_places` puts it in Place.detail).
"""

from __future__ import annotations

import re
from typing import Any

from frontlog.places.districts import called_district
from frontlog.places.gazetteer import GazEntry, Gazetteer, distance_km
from frontlog.places.normalize import translit_key

__all__ = ["RULE_IN_DISTRICT", "fall_to_districts"]

RULE_IN_DISTRICT = "a village of the district the sentence names"
TOWN_POP = 50_000  # a town of the district's country this large is a place of its own
CITY_POP = 200_000  # a city abroad this large too
_REGIONS = frozenset({"country", "continent", "sea", "admin1", "admin2"})
# a name the text calls a region or a city ("Lahj province", "the governorate of X", "X city")
_KINDS = r"(?:province|governorate|region|state|county|city|town)"
_REGION_AFTER = re.compile(rf"\s+{_KINDS}\b", re.I)
_REGION_BEFORE = re.compile(rf"\b{_KINDS}\s+of\s+(?:the\s+)?$", re.I)


def fall_to_districts(
    mentions: list[Any], full_text: str, gaz: Gazetteer, km: float, *, running: bool
) -> list[Any]:
    """Give the places the module docstring describes their district's readings (in place; the
    same list is returned); only in `running` text (not on a benchmark's gold spans)."""
    districts = [m for m in mentions if _district(m, full_text)] if running else []
    if not districts:
        return mentions
    sents = {id(m): m.span.sent for m in mentions}
    for m in mentions:
        d = _its_district(m, mentions, districts, sents, full_text)
        if d is None or not _loose(m, d, full_text, gaz):
            continue
        if sents[id(d)].start != sents[id(m)].start and any(e.cc == d.entries[0].cc for e in m.entries):
            continue  # a district the next sentence names takes only names read abroad (that sentence may tell another event)
        inside = [e for e in m.entries if _inside(e, m, d.entries, km)]
        if inside:  # (a village of that name in the district: that one)
            m.entries = inside
        else:
            m.entries, m.rule, m.cued = list(d.entries), RULE_IN_DISTRICT, True
            m.from_index = set(m.entries)
    return mentions


def _district(m: Any, full_text: str) -> bool:
    """A mention the text calls a district, read in one country (the district or its seat)."""
    return (
        bool(m.entries)
        and len({e.cc for e in m.entries}) == 1
        and all(e.kind in ("admin2", "city", "point") for e in m.entries)
        and (m.cued or any(e.kind == "admin2" for e in m.entries))
        and called_district(full_text, m.span.start_char, m.span.end_char, m.text)
    )


def _its_district(
    m: Any, mentions: list[Any], districts: list[Any], sents: dict[int, Any], full_text: str
) -> Any:
    """The one district the sentence of `m` names, else the district the next sentence names as
    its only place; None."""
    if m in districts:
        return None
    sent = sents[id(m)]
    here = _one([d for d in districts if sents[id(d)].start == sent.start])
    if here is not False:
        return here
    after = [x for x in mentions if sents[id(x)].start == sent.end]
    nxt = _one([d for d in districts if d in after])
    return nxt if nxt and all(x.key == nxt.key for x in after) else None


def _one(ds: list[Any]) -> Any:
    """The district when `ds` names one (by its key); None when it names several; False for none."""
    if not ds:
        return False
    return ds[0] if len({d.key for d in ds}) == 1 else None


def _loose(m: Any, d: Any, full_text: str, gaz: Gazetteer) -> bool:
    """Is `m` a place that the district `d` may hold: no region, capital or large town, not
    called a district, region or town, not located otherwise (see the module docstring)?"""
    if not m.entries or m.key == d.key or m.span.label_ not in ("GPE", "LOC", "FAC"):
        return False
    if m.located is not None or m.offset is not None or m.qualifier:
        return False
    if called_district(full_text, m.span.start_char, m.span.end_char, m.text) or _region_named(m, full_text):
        return False
    cc = d.entries[0].cc
    return not any(_own_place(e, cc, gaz) for e in m.entries)


def _inside(e: GazEntry, m: Any, ds: list[GazEntry], km: float) -> bool:
    """Does reading e lie in one of the districts: within `km` of its point, or put in it by the
    place index (a district's point may lie far from its villages: Kitaf wa Al Boqe'e is 100 km
    across)?"""
    if any(distance_km((e.lat, e.lon), (d.lat, d.lon)) <= km for d in ds):
        return True
    names = {translit_key(d.name) for d in ds if d.kind == "admin2"}
    return any(h.admin2 and translit_key(h.admin2) in names for x, h in m.index + m.index_loose if x == e)


def _region_named(m: Any, full_text: str) -> bool:
    start, end = m.span.start_char, m.span.end_char
    return bool(
        _REGION_AFTER.match(full_text, end) or _REGION_BEFORE.search(full_text[max(0, start - 30) : start])
    )


def _own_place(e: GazEntry, cc: str, gaz: Gazetteer) -> bool:
    """A region, a capital, or a town large enough to be named for itself (module docstring)."""
    return (
        e.kind in _REGIONS
        or (e.gid is not None and e.gid in gaz.capitals)
        or e.pop >= (TOWN_POP if e.cc == cc else CITY_POP)
    )
