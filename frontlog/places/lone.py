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
  village); none when two towns are of a size ("Bondo": Congo's and Kenya's).
The resolver's own choices (and so the geoparsing benchmarks) are untouched: this runs only for
a name the events stage would otherwise keep with no coordinates.
"""

from __future__ import annotations

from frontlog.places.gazetteer import GazEntry, Gazetteer, distance_km
from frontlog.places.normalize import name_key, translit_key

__all__ = ["LONE_MIN_POP", "LONE_RATIO", "lone_reading"]

# a town named with no country in the text is taken only with this many people or more
LONE_MIN_POP = 5_000
# ... and this many times as many as the name's next reading
LONE_RATIO = 3.0
# readings this close are one place named twice (a town and the ward of the same name)
SAME_KM = 30.0
_TOWN_KINDS = ("city", "point")
_AREA_KINDS = ("admin2", "admin1")


def _readings(name: str, gaz: Gazetteer) -> list[GazEntry]:
    """The exact-key readings of the name in the core and the index (one per GeoNames id)."""
    core, exact = gaz.candidates(name)
    found = list(core) if exact else []
    found += [e for e, _ in gaz.index_candidates(name)]
    seen: set[tuple[object, ...]] = set()
    out = []
    for e in found:
        key = (e.gid, e.name, e.cc, round(e.lat, 3), round(e.lon, 3))
        if key not in seen and e.kind in _TOWN_KINDS + _AREA_KINDS:
            seen.add(key)
            out.append(e)
    return out


def lone_reading(name: str, cc: str | None, gaz: Gazetteer) -> GazEntry | None:
    """The gazetteer's reading of a place name an event is coded at, or None (module doc)."""
    if not name or not name_key(name) or not name[:1].isupper():
        return None
    readings = _readings(name, gaz)
    if cc:
        home = [e for e in readings if e.cc == cc]
        towns = [e for e in home if e.kind in _TOWN_KINDS] or home
        return max(towns, key=lambda e: (e.kind in _TOWN_KINDS, e.pop), default=None)
    towns = [e for e in readings if e.kind in _TOWN_KINDS] or readings
    top = max(towns, key=lambda e: e.pop, default=None)
    if top is None or top.pop < LONE_MIN_POP or translit_key(top.name) != translit_key(name):
        return None  # (with no country, a town known by another name is no reading: "Moi" is no Moe)
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
