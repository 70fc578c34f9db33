"""A place name the resolver left alone, which the events stage nonetheless reads as an event's
place ("clashes in X", "residents of X", "the village of X"): its reading in the gazetteer.

The resolver keeps a small town only where the article gives reason for it (issue 15 point 2),
so a one-sentence report with no country ("Police dispersed protesters in Siaya.") leaves the
name unresolved. The events stage has a reason of its own: the text's words make the name the
place of an event it codes. Then the name's reading is taken when the gazetteer (the core or the
place index) leaves no doubt:
- the event's country is known (the sentence, the article's places, the run's --country hint,
  the armed sides' home: events/unplaced.py's country_code): the most populous town of that
  name in that country (a first-level region or district only when no town has the name);
- no country: the name's one town of LONE_MIN_POP people or more, called so itself (not by an
  alternate name: "Umoja" is an estate of Nairobi, not Lanet, also called Umoja), that is
  LONE_RATIO times as populous as every other reading ("Sidi Bouzid" is Tunisia's town of 47,000, not Morocco's
  village); none when two towns are of a size ("Bondo": Congo's and Kenya's); or, with no
  known population, a village of a country at war that is the name's only place in the world
  ("Siidimo": a village of Gedo), with a name of LONE_VILLAGE_LETTERS letters or more.
A name of several words is also looked up as one word ("Laas Caanood" = Laascaanood).
The resolver's own choices (and so the geoparsing benchmarks) are untouched: this runs only for
a name the events stage would otherwise keep with no coordinates.
"""

from __future__ import annotations

import re

from frontlog.places.gazetteer import GazEntry, Gazetteer, distance_km
from frontlog.places.kept import candidates
from frontlog.places.normalize import name_key, translit_key
from frontlog.places.somali import countries as somali_countries
from frontlog.places.somali import somali_key
from frontlog.settings import load_settings

__all__ = ["LONE_MIN_POP", "LONE_RATIO", "lone_reading", "part_of_reading"]

# a town named with no country in the text is taken only with this many people or more
LONE_MIN_POP = 5_000
# ... and this many times as many as the name's next reading
LONE_RATIO = 3.0
# readings this close are one place named twice (a town and the ward of the same name)
SAME_KM = 30.0
# a small place is read only this near the places its sentence names, if it names any
NEAR_KM = 60.0
# a village of no known population is read with no country only with a name this long
LONE_VILLAGE_LETTERS = 5
_TOWN_KINDS = ("city", "point")
_AREA_KINDS = ("admin2", "admin1")


def _spellings(name: str) -> tuple[str, ...]:
    """The name, and as one word when it has several ("Laas Caanood" = Laascaanood, "Buur-Hakaba"
    = Buurhakaba: Somali names are written joined or split alike)."""
    words = re.split(r"[\s-]+", name.strip())
    return (name, "".join(words)) if len(words) > 1 else (name,)


def _readings(name: str, gaz: Gazetteer) -> list[GazEntry]:
    """The exact-key readings of the name in the core and the index (one per GeoNames id)."""
    found: list[GazEntry] = []
    for spelling in _spellings(name):
        core, exact = candidates(gaz, spelling)  # ("Galkayo" = Gaalkacyo: places/somali.py)
        found += list(core) if exact else []
        found += [e for e, _ in gaz.index_candidates(spelling)]
    seen: set[tuple[object, ...]] = set()
    out = []
    for e in found:
        key = (e.gid, e.name, e.cc, round(e.lat, 3), round(e.lon, 3))
        if key not in seen and e.kind in _TOWN_KINDS + _AREA_KINDS:
            seen.add(key)
            out.append(e)
    return out


def lone_reading(
    name: str, cc: str | None, gaz: Gazetteer, near: tuple[tuple[float, float], ...] = ()
) -> GazEntry | None:
    """The gazetteer's reading of a place name an event is coded at, or None (module doc). `near`:
    the points of the places the same sentence names ("Horseed neighbourhood (Jowhar)"): a
    small place farther than NEAR_KM from all of them is a namesake, not the place."""
    if not name or not name_key(name) or not name[:1].isupper():
        return None
    readings = _readings(name, gaz)
    if near:
        readings = [
            e
            for e in readings
            if e.pop >= LONE_MIN_POP or any(distance_km((e.lat, e.lon), p) <= NEAR_KM for p in near)
        ]
    if cc:
        home = [e for e in readings if e.cc == cc]
        towns = [e for e in home if e.kind in _TOWN_KINDS] or home
        return max(towns, key=lambda e: (e.kind in _TOWN_KINDS, e.pop), default=None)
    towns = [e for e in readings if e.kind in _TOWN_KINDS] or readings
    top = max(towns, key=lambda e: e.pop, default=None)
    if top is None or not _called_so(top, name):
        return None  # (with no country, a town known by another name is no reading: "Moi" is no Moe)
    if top.pop < LONE_MIN_POP:
        return top if _one_village(top, readings, name) else None
    # every other reading but those of the same place (within SAME_KM, or in the same first-level
    # region: Witu town and Witu ward of Lamu) and the regions of the same
    # name around it (Kidal town and Kidal region; a Nairobi ward and the estate it is named after)
    rest = [
        e.pop for e in readings
        if e is not top and distance_km((e.lat, e.lon), (top.lat, top.lon)) > SAME_KM
        and not (e.cc == top.cc and e.admin1 and e.admin1 == top.admin1)
        and not (e.kind in _AREA_KINDS and e.cc == top.cc)
    ]  # fmt: skip
    return top if all(top.pop >= LONE_RATIO * p for p in rest) else None


def _joined(key: str) -> str:
    return key.replace(" ", "")


def _called_so(e: GazEntry, name: str) -> bool:
    """Is the place called by the name itself (its transliteration, or a Somali town its Somali
    spelling: "Galkayo" is Gaalkacyo)?"""
    if _joined(translit_key(e.name)) == _joined(translit_key(name)):
        return True
    key = somali_key(name)
    return bool(key) and e.cc in somali_countries() and somali_key(e.name) == key


def _one_village(top: GazEntry, readings: list[GazEntry], name: str) -> bool:
    """A small place with no country in the text is read only when it is a village of a country at
    war ([places] war_countries and focus_countries: the countries conflict reports are about),
    called so itself, and the name's only place in the world (every reading within SAME_KM of it),
    with a name of LONE_VILLAGE_LETTERS letters or more ("Siidimo", not "Bur")."""
    places = load_settings().places
    if top.cc not in set(places.war_countries) | set(places.focus_countries):
        return False
    if len(_joined(name_key(name))) < LONE_VILLAGE_LETTERS:
        return False
    return all(distance_km((e.lat, e.lon), (top.lat, top.lon)) <= SAME_KM for e in readings)


# "X neighbourhood (Y)", "X junction (Y District)", "X (Y town)": X is a part of the town or district Y
_PART_OF = re.compile(
    r"(?:\s+(?i:neighbou?rhood|junction|area|market|quarter|square|section|estate|camp))?\s*\(\s*"
    r"([A-Z][\w'’-]*(?:[\s-][A-Z][\w'’-]*){0,2}?)(?:\s+(?:[Dd]istrict|[Tt]own|[Cc]ity))?\s*\)"
)


def part_of_reading(
    name: str, full_text: str, start: int, end: int, gaz: Gazetteer, cc: str | None
) -> GazEntry | None:
    """A name followed by the town or district it is part of in brackets ("Horseed neighbourhood
    (Jowhar)", "Siinaay Junction (Yaaqshiid District)"), between `start` and `end` of the text: the
    name's own reading within SAME_KM of that town, else the town itself (a neighbourhood is coded
    at its town); None when the brackets name no place the gazetteer has."""
    at = full_text.find(name, start, end)
    found = _PART_OF.match(full_text, at + len(name)) if at >= 0 else None
    if found is None:
        return None
    region = _bracket_region(found.group(1), gaz, cc)
    if region is not None:  # "Bokkos (Plateau)": the region the name lies in, not Plateau, Alabama
        return region
    kinds = (*_TOWN_KINDS, "admin2")
    towns = [e for e in _readings(found.group(1), gaz) if e.kind in kinds and (cc is None or e.cc == cc)]
    if not towns:
        return None
    town = max(towns, key=lambda e: (e.kind in _TOWN_KINDS, e.pop))
    own = [
        e for e in _readings(name, gaz)
        if e.kind in _TOWN_KINDS and distance_km((e.lat, e.lon), (town.lat, town.lon)) <= SAME_KM
    ]  # fmt: skip
    return min(own, key=lambda e: distance_km((e.lat, e.lon), (town.lat, town.lon))) if own else town


def _bracket_region(name: str, gaz: Gazetteer, cc: str | None) -> GazEntry | None:
    """The first-level region a name in brackets after a place names ("Bokkos (Plateau)", "a village
    near X (Al Jazirah)"), when it names one region (of the event's country if known; of a country at
    war when regions of several countries bear the name) and no town of that region bears the name
    (then the brackets name the town: "Nyala (Nyala)"); else None."""
    readings = _readings(name, gaz)
    regions = [e for e in readings if e.kind == "admin1" and (cc is None or e.cc == cc)]
    if len(regions) > 1:
        places = load_settings().places
        regions = [e for e in regions if e.cc in set(places.war_countries) | set(places.focus_countries)]
    if len(regions) != 1:
        return None
    region = regions[0]
    towns = [e for e in readings if e.kind in _TOWN_KINDS and e.cc == region.cc and e.admin1 == region.admin1]
    return None if towns else region

