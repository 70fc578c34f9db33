"""A people's name before a group noun is no place: "suspected Kuki militants" (not Kuki, a town
in Japan), "Meitei and Kuki groups". The named-entity tagger reads such a name as a person or a
people (PERSON, NORP); when the whole gazetteer match is that entity and a group noun follows
(data/group_nouns.txt), the match names the group's people. Demonyms the gazetteer knows
("Somali militants") are not concerned: the tagger's own demonym spans are kept apart."""

from __future__ import annotations

import functools
from importlib import resources
from typing import Any

__all__ = ["group_nouns", "people_before_group"]

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
