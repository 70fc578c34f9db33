"""Later mentions of an event that one article tells twice: folded into the event before merging.

Merging blocks mentions by (sub-type, place, day), so a mention that names a village a few km
from the town where the article's event took place ("32 people were killed in Saturday's
fighting", the toll placed at the village the attack started from) would stay a second event.
Here, inside one article, an actorless mention of the same sub-type and day as a mention with a
named side a few km away is moved to that mention's place (its own place kept as the detail).
Working on one article's mentions keeps the store's re-merge by blocks deterministic: the moved
mention is stored in the block of the event it belongs to.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from frontlog.events.chemical import fold_chemical
from frontlog.events.lexicon import word_list
from frontlog.events.seat_twins import fold_seat_twins
from frontlog.places.gazetteer import distance_km
from frontlog.records import Mention, Place

GENERIC_BLAST = word_list("fold.yaml", "generic_blast_words")
TOLL_WORDS = word_list("fold.yaml", "toll_words")
_OPENERS = "|".join(
    re.escape(w) for w in sorted(word_list("links.yaml", "link_openers"), key=len, reverse=True)
)
# an opener (after a counter or an ellipsis) followed by a capitalised headline word
_LINK_LINE = re.compile(rf"^\W*(?:\.\.\.\s*)?(?:\d+\s+)?(?:{_OPENERS})\b[\s:|-]+[A-Z0-9\"“']")
REMOTE = "Explosions/Remote violence"
IED = "Remote explosive/landmine/IED"
SUICIDE = "Suicide bomb"
DAMAGE = "Looting/property destruction"
UNNAMED = (None, "Unidentified armed group")  # attackers no one named
DAMAGE_OF = frozenset({"Attack", "Mob violence"})  # the attacks on people whose damage is part of them
TOLL_OF = frozenset({"Attack", "Armed clash"})  # what a bare killing verb is typed as
VIOLENT_TYPES = frozenset({"Battles", REMOTE, "Violence against civilians"})
NEARBY_KM = 15.0  # a village on the edge of a town, a district next to it
_PRECISE = frozenset({"city", "point"})


def is_link_line(text: str) -> bool:
    """A sentence that opens with a related-stories or read-more link: other stories' headlines."""
    return _LINK_LINE.match(text) is not None


def fold_nearby(mentions: list[Mention]) -> list[Mention]:
    """Each actorless mention with a same-type, same-day mention with actors at another place
    within NEARBY_KM takes that (nearest) mention's place; the others are kept as they are."""
    anchors = [m for m in mentions if (m.actor1 or m.actor2) and m.date_precision == "day"]
    folded = fold_summaries(fold_tolls(fold_damage(fold_chemical(fold_blasts([_moved(m, anchors) for m in mentions])))))
    return fold_seat_twins(folded)  # "in Idlib province" and "in Idlib": one event (events/seat_twins.py)


def fold_summaries(mentions: list[Mention]) -> list[Mention]:
    """ "Air strikes killed 19 civilians across the region on Sunday" as the article's lead, then
    the strikes on each town: the lead's event, coded at a region or a country, sums up the body's
    events of its sub-type and day at towns inside it; it is dropped (ACLED codes the detailed
    events; those that name no side take the lead's). Only the first sentence that codes an event
    is read as a lead."""
    if not mentions:
        return mentions
    lead = min(m.source.start for m in mentions)
    leads = [
        m
        for m in mentions
        if m.source.start == lead and not m.background and any(_details(o, m) for o in mentions)
    ]
    out = []
    for o in mentions:
        if any(o is m for m in leads):
            continue
        sums = [m for m in leads if _details(o, m) and m.actor1]
        if sums and not o.actor1:
            o = replace(o, actor1=sums[0].actor1, actor2=o.actor2 or sums[0].actor2)
        out.append(o)
    return out


def _details(o: Mention, m: Mention) -> bool:
    """o tells, after the lead m, an event of m's sub-type and day at a town inside m's region."""
    if o.source.start <= m.source.start or o.background or o.place.precision not in _PRECISE:
        return False
    if (
        o.sub_event_type != m.sub_event_type
        or o.event_date != m.event_date
        or o.place.country != m.place.country
    ):
        return False
    if m.place.precision == "admin1":
        return m.place.admin1 is not None and o.place.admin1 == m.place.admin1
    return m.place.precision == "country"


def fold_tolls(mentions: list[Mention]) -> list[Mention]:
    """ "Warplanes struck the town on Monday, killing four. Two children were also killed there.":
    people killed with no killer named, at the place and on the day of a violent event of another
    sub-type the article codes (a strike, a shelling, a clash or an attack with its side named), is
    that event's toll told again, not an attack or a clash of its own: it is dropped, its figure
    going to that event when it has none."""
    out = list(mentions)
    for m in mentions:
        if not _bare_toll(m):
            continue
        anchor = next((o for o in out if o is not m and _toll_anchor(o, m)), None)
        if anchor is None:
            continue
        if anchor.fatalities is None and m.fatalities is not None:
            out[out.index(anchor)] = replace(anchor, fatalities=m.fatalities)
        out.remove(m)
    return out


def _bare_toll(m: Mention) -> bool:
    return (
        m.sub_event_type in TOLL_OF and m.actor1 is None and m.trigger.lower() in TOLL_WORDS
        and m.date_precision == "day" and not m.background
    )  # fmt: skip


def _toll_anchor(o: Mention, m: Mention) -> bool:
    # (a clash's dead of either side, named or not, are its toll: a clash anchors a clash too)
    same = o.sub_event_type == m.sub_event_type and m.sub_event_type != "Armed clash"
    if o.event_type not in VIOLENT_TYPES or same or o.event_date != m.event_date:
        return False
    if o.actor1 is None and o.event_type != REMOTE or _bare_toll(o):
        return False
    if o.place.name == m.place.name:
        return True
    here, there = m.place.point, o.place.point
    return here is not None and there is not None and distance_km(here, there) <= NEARBY_KM


def fold_damage(mentions: list[Mention]) -> list[Mention]:
    """ "Troops killed 12 villagers in X. They set fire to several houses before leaving.": the
    property destroyed by the attackers, at the place and on the day of their attack on people,
    is part of that attack (ACLED codes the attack), not an event of its own. (snippets, session 7)
    So is what was destroyed, by no one named, where a strike or a shelling hit that day ("nine
    buildings were also destroyed"), and what unnamed gunmen burned where gunmen attacked."""
    out = []
    for m in mentions:
        if m.sub_event_type == DAMAGE and m.date_precision == "day":
            attack = next(
                (
                    o for o in mentions
                    if o.event_date == m.event_date
                    and (o.sub_event_type in DAMAGE_OF or o.event_type == REMOTE and m.actor1 is None)
                    and (o.place.name == m.place.name and (m.actor1 in (None, o.actor1) or o.actor1 in UNNAMED)
                         or m.actor1 is not None and m.actor1 == o.actor1)
                ),
                None,
            )  # fmt: skip
            if attack is not None:  # (the same attackers that day: where their attack was)
                m = replace(m, event_type=attack.event_type, sub_event_type=attack.sub_event_type,
                            actor1=attack.actor1, actor2=attack.actor2, place=attack.place)  # fmt: skip
        out.append(m)
    return out


def fold_blasts(mentions: list[Mention]) -> list[Mention]:
    """ "The car exploded at the gate", "explosions shook the city": an explosion that names no
    device, at the place and on the day of a bombing, shelling or strike the article codes, is
    that event told again: it takes its sub-type (and its sides where it has none). Where the article
    names no device and tells a suicide bombing within a day of it, the blast is that bombing, told
    at its own place ("a suicide bomber detonated an explosive belt ... The blast struck the border
    crossing"; ntypes, session 15)."""
    out = []
    devices = any(m.sub_event_type == IED and m.trigger.lower() not in GENERIC_BLAST for m in mentions)
    suicides = [o for o in mentions if o.sub_event_type == SUICIDE and o.date_precision == "day"] if not devices else []
    for m in mentions:
        if m.sub_event_type == IED and m.trigger.lower() in GENERIC_BLAST and m.date_precision == "day":
            other = next(
                (
                    o for o in mentions
                    if o.event_type == REMOTE and o.sub_event_type != IED
                    and o.event_date == m.event_date and o.place.name == m.place.name
                ),
                None,
            ) or next((o for o in suicides if _days_apart(o.event_date, m.event_date) <= 1), None)  # fmt: skip
            if other is not None:
                m = replace(
                    m, sub_event_type=other.sub_event_type,
                    actor1=m.actor1 or other.actor1, actor2=m.actor2 or other.actor2,
                )  # fmt: skip
        out.append(m)
    return out


def _days_apart(a: str, b: str) -> int:
    return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)


def _moved(m: Mention, anchors: list[Mention]) -> Mention:
    here = m.place.point
    if m.actor1 or m.actor2 or m.date_precision != "day" or m.place.precision not in _PRECISE or here is None:
        return m
    near = [
        (distance_km(here, there), a.place.name, a.place)
        for a in anchors
        if (there := a.place.point) is not None
        and a.sub_event_type == m.sub_event_type
        and a.event_date == m.event_date
        and a.place.precision == "city"  # a town, not an area ("Eastern Ghouta") or a region
        and a.place.name != m.place.name
    ]  # fmt: skip
    near = [n for n in near if n[0] <= NEARBY_KM]
    if not near:
        return m
    place: Place = min(near, key=lambda n: (n[0], n[1]))[2]
    if place.detail is None:
        place = replace(place, detail=m.place.detail or m.place.name)
    return replace(m, place=place)
