"""The town a building or institution is named after, when the event is coded at the building.

"Students rioted at Machakos University", "Nurses protested outside the University of Goma",
"Workers marched to the Kitwe Magistrate's Court", "Taxi drivers marched in the Johannesburg
CBD": the tagger takes the whole name as one place that no gazetteer has, and the event would be
kept with no coordinates. A university, hospital, court, police station, market or city centre
named after a town is in that town (a coder's first reading; ACLED codes such events at the
town), so the event is coded at the town, the building's name kept as the location's detail.

The town is read as events/unplaced.py reads a lone name (places/lone.py: the article's country
when known, else the name's one town of some size); the building's name must end in (or begin
with) one of the `facility_words` of `events/lexicon/places.yaml`, and the town is the name's
first capitalised words before a descriptor ("Harare Central Hospital": Harare) or the words
after its "of" ("Technical University of Mombasa": Mombasa).
"""

from __future__ import annotations

import re
from typing import Any

from frontlog.events.lexicon import word_list
from frontlog.places.gazetteer import GazEntry, Gazetteer
from frontlog.places.lone import lone_reading

FACILITY_WORDS = word_list("places.yaml", "facility_words")
# words of a building's name that are no part of its town's name ("Kisumu Girls' High School")
FACILITY_DESCRIPTORS = word_list("places.yaml", "facility_descriptors")
MAX_TOWN_WORDS = 3
_WORD = re.compile(r"[\w'’.-]+")


def facility_town(
    name: str, cc: str | None, gaz: Gazetteer, near: tuple[tuple[float, float], ...] = ()
) -> GazEntry | None:
    """The town the building `name` is named after, or None when `name` names no building or
    no town the gazetteer reads without doubt."""
    words = _WORD.findall(name)
    lower = [_bare(w) for w in words]
    if len(words) < 2 or not any(w in FACILITY_WORDS for w in lower):
        return None
    for town in _town_words(words, lower):
        entry = lone_reading(town, cc, gaz, near)
        if entry is not None and entry.kind in ("city", "point"):
            return entry
    return None


def _bare(word: str) -> str:
    return word.lower().rstrip(".").removesuffix("'s").removesuffix("’s").rstrip("'’")


def _town_words(words: list[str], lower: list[str]) -> list[str]:
    """The names the building may be named after: its first capitalised words before a
    descriptor or facility word (longest first), and the words after its last "of"."""
    out: list[str] = []
    lead: list[str] = []
    for w, low in zip(words, lower, strict=True):
        if low in FACILITY_WORDS or low in FACILITY_DESCRIPTORS or not w[:1].isupper():
            break
        lead.append(w)
    lead = lead[:MAX_TOWN_WORDS]
    out += [" ".join(lead[:n]) for n in range(len(lead), 0, -1)]
    if "of" in lower:
        tail = words[len(lower) - lower[::-1].index("of") :]
        if tail and len(tail) <= MAX_TOWN_WORDS and all(w[:1].isupper() for w in tail):
            out.append(" ".join(tail))
    return [t for t in out if t and _bare(t) not in FACILITY_WORDS]


def institution_name(sent: Any, gaz: Gazetteer) -> str | None:
    """In a report that names no town: the first organisation or building the sentence names that
    is named after a town ("members of the University of X protested", "X University lecturers
    marched"), else None; not one named with a country's name. Session 16, helper geoafr."""
    for ent in sent.ents:
        if ent.label_ not in ("ORG", "FAC") or any(_country(t.text, gaz) for t in ent):
            continue  # ("Kenya Medical Training College" is no college of Kenya, a village of Mali)
        if facility_town(ent.text, None, gaz) is not None:
            return str(ent.text)
    return None


def _country(word: str, gaz: Gazetteer) -> bool:
    """A capitalised word that is a country's name or demonym."""
    from frontlog.places.country_words import country_word

    return word[:1].isupper() and country_word(word, gaz)
