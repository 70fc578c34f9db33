"""The places of a sentence that may be the event's place: not a town named only to say where
another lies ("12 km north of X", "in X, north of Y": events/reference.py), nor a town of another
country than the one the trigger names as where it happened ("a helicopter was shot down over
Syria ..., the deadliest incident for Moscow"). Session 15, helper nplaces."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from frontlog.events.reference import bearing_reference, distance_reference
from frontlog.places.resolve import PlaceMention

# prepositions that name the country an event happened in, attached to its trigger ("over Syria")
TOLD_COUNTRY_PREPS = frozenset({"in", "over", "across", "inside"})


def candidate_places(trigger: Token, places: Sequence[PlaceMention], doc: Doc) -> list[PlaceMention]:
    """The sentence's places that may be where the trigger's event happened."""
    found = [p for p in places if not distance_reference(p, doc) and not bearing_reference(p, doc, places)]
    return in_told_country(trigger, found, doc)


def in_told_country(trigger: Token, places: list[PlaceMention], doc: Doc) -> list[PlaceMention]:
    """When the trigger itself says in which country it happened ("shot down over Syria",
    "killed in Iraq"), the places of other countries are not its place (a capital named as a
    side, a city a victim came from)."""
    told = {
        p.cc for p in places
        if p.place.precision == "country" and p.cc
        and (root := doc[p.token_start : p.token_end].root).dep_ == "pobj"
        and root.head.lower_ in TOLD_COUNTRY_PREPS and root.head.head.i == trigger.i
    }  # fmt: skip
    if len(told) != 1:
        return places
    return [p for p in places if p.cc in told or not p.cc]
