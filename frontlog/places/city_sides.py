"""A side of a town named with a compass word in front ("west Mosul", "East Aleppo", "the
Right Coast of Mosul"), which the tagger takes as one name that no gazetteer has.

The events stage keeps such a name with no coordinates (events/unplaced.py). A coder codes the
event at the town ("clashes in west Mosul" at Mosul, the side as the detail): the town is read
as events/lone.py reads a name the resolver left (the event's country, or a town with no doubt
about it), without the compass word. Mosul's "Right Coast" (its western half, on the right bank
of the Tigris) and "Left Coast" are Iraqi usage for the same.
"""

from __future__ import annotations

import re

from frontlog.places.gazetteer import GazEntry, Gazetteer
from frontlog.places.located import _words as located_words
from frontlog.places.lone import lone_reading

# "the right coast of Mosul", "Mosul's left coast", "the right bank of Mosul"
_BANK = re.compile(
    r"^(?:the\s+)?(?:right|left)\s+(?:coast|bank|side)\s+of\s+(?:the\s+)?(?P<town>\w.*)$"
    r"|^(?P<town2>\w.*?)['’]s\s+(?:right|left)\s+(?:coast|bank|side)$",
    re.IGNORECASE,
)


def _compass_words() -> frozenset[str]:
    words: frozenset[str] = located_words()["compass"]
    return words - {"rural"}


def town_of_side(name: str) -> str | None:
    """The town's name in a side's name ("west Mosul" -> "Mosul", "the Right Coast of Mosul" ->
    "Mosul"), or None when the name names no side of a town."""
    name = name.strip()
    bank = _BANK.match(name)
    if bank is not None:
        return (bank.group("town") or bank.group("town2")).strip()
    words = name.split()
    if len(words) < 2 or words[0].lower() not in _compass_words():
        return None
    rest = " ".join(words[1:])
    return rest if rest[:1].isupper() else None


def side_reading(
    name: str, cc: str | None, gaz: Gazetteer, near: tuple[tuple[float, float], ...] = ()
) -> GazEntry | None:
    """The town a side's name names, read as events/lone.py reads a name (town kinds first), or
    None."""
    town = town_of_side(name)
    if town is None:
        return None
    found = lone_reading(town, cc, gaz, near)
    return found if found is not None and found.kind in ("city", "point") else None
