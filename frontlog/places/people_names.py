"""A people's name before a group noun is no place: "suspected Kuki militants" (not Kuki, a town
in Japan), "Meitei and Kuki groups". The named-entity tagger reads such a name as a person or a
people (PERSON, NORP); when the whole gazetteer match is that entity and a group noun follows
(data/group_nouns.txt), the match names the group's people. Demonyms the gazetteer knows
("Somali militants") are not concerned: the tagger's own demonym spans are kept apart."""

from __future__ import annotations

import functools
from importlib import resources
from typing import Any

__all__ = ["group_nouns", "named_person", "people_before_group"]

PEOPLE_LABELS = frozenset({"PERSON", "NORP"})


@functools.cache
def group_nouns() -> frozenset[str]:
    """data/group_nouns.txt."""
    text = (resources.files("frontlog.places") / "data" / "group_nouns.txt").read_text("utf-8")
    return frozenset(ln.strip().lower() for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))


def people_before_group(doc: Any, start: int, end: int) -> bool:
    """Is doc[start:end] exactly a PERSON/NORP entity right before a group noun?"""
    if end >= len(doc) or doc[end].lower_ not in group_nouns():
        return False
    return any(e.label_ in PEOPLE_LABELS and e.start == start and e.end == end for e in doc.ents)


# the nouns before "named"/"called" that make the name a place's ("a village called X")
_PLACE_KINDS = frozenset({"village", "town", "city", "area", "district", "place", "region", "neighbourhood",
                          "neighborhood", "quarter", "camp", "hamlet", "locality", "settlement", "suburb"})  # fmt: skip


def named_person(doc: Any, start: int, end: int) -> bool:
    """ "A witness named Ahmad", "a boy called Omar": a name the tagger calls a person right after
    "named"/"called" is that person's, not a place ("a village called X" is a place). Session 16,
    helper nplaces."""
    if start < 2 or doc[start - 1].lower_ not in ("named", "called", "nicknamed"):
        return False
    if doc[start - 2].lower_ in _PLACE_KINDS or doc[start - 2].lemma_.lower() in _PLACE_KINDS:
        return False
    return any(e.label_ == "PERSON" and e.start == start and e.end == end for e in doc.ents)
