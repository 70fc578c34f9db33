"""The towns of one list lie near one another (helper lists, session 16).

"Rockets hit the towns of A and B", "clashes on the fronts of A, B and C": a news list names
neighbouring towns, the places of one front or one district. When the resolver read a member as a
namesake far from every other member of its list while a place of the same spelling lies near
them, the near place is the one the list means ("Nubl and Zahraa": the Zahraa beside Nubl, not an
Az Zahiriyah thirty kilometres off). The readings are the on-disk index's: the same name, or a
name spelt alike word by word (places/readings.py), in the countries of the other members.
"""

from __future__ import annotations

from dataclasses import replace

from frontlog.places.gazetteer import GazEntry, Gazetteer, distance_km
from frontlog.places.readings import _word_skeletons
from frontlog.places.resolve import PlaceMention, to_place

NEAR_KM = 25.0  # a member this near another member of its list is kept as the resolver read it
TOWN_PRECISIONS = ("city", "point")


def near_members(
    first: PlaceMention, listed: list[PlaceMention | None], gaz: Gazetteer
) -> list[PlaceMention | None]:
    """The listed places (beside `first`), each far namesake replaced by a near reading."""
    members = [first, *(p for p in listed if p is not None)]
    return [None if pm is None else nearer_member(pm, members, gaz) for pm in listed]


def nearer_member(pm: PlaceMention, members: list[PlaceMention], gaz: Gazetteer) -> PlaceMention:
    """`pm`, or its near reading when it lies farther than NEAR_KM from every other member and a
    place spelt alike lies within NEAR_KM of one, at most half as far."""
    points = [
        m.place.point for m in members
        if m is not pm and m.place.point is not None and m.place.precision in TOWN_PRECISIONS
    ]  # fmt: skip
    here = pm.place.point
    if not points or here is None or pm.place.precision not in TOWN_PRECISIONS:
        return pm
    now = min(distance_km(here, p) for p in points)
    if now <= NEAR_KM:
        return pm
    countries = {m.cc for m in members if m is not pm}  # ("A and B": B read abroad, a village of A's country)
    near = [(min(distance_km((e.lat, e.lon), p) for p in points), e) for e in _readings(pm.text, countries, gaz)]
    best = min(near, key=lambda x: x[0], default=None)
    if best is None or best[0] > NEAR_KM or 2 * best[0] > now:
        return pm
    return replace(pm, place=to_place(best[1], gaz), region=None)


def _readings(text: str, countries: set[str], gaz: Gazetteer) -> list[GazEntry]:
    """The index's towns of `countries` named `text`, exactly or word by word alike."""
    skel = _word_skeletons(text)
    hits = gaz.index_candidates(text, translit=True)
    hits += [x for x in gaz.index_candidates(text, loose=True) if _word_skeletons(x[1].name) == skel]
    return [e for e, h in hits if e.cc in countries and e.kind in TOWN_PRECISIONS]
