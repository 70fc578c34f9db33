"""Where a shot came from is not where it struck: "rockets were fired from X into Y", "a mortar
shell fired from the rebel-held region of X landed in Y", "shelling from X at Y". When a sentence
names a place after "from" and another after a word of arrival ("into", "to", "at", "on", "in"),
the first is where the fire came from and the second the event's place (ACLED codes a cross-border
rocket where it lands: "rockets fired from Gaza into Israel" is an event in Israel).

The preposition a place name hangs on is read from the words before it, back over the words of its
own noun phrase ("from the PKK/PYD held region of X", "into the Y neighbourhood of the Z province's
W district"), not from the parse tree, whose attachments of such long phrases vary.
Session 14 (geome)."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Token

__all__ = ["ARRIVAL_PREPS", "fire_origins", "origin_places", "preposition_before"]

# the words before a place that say the fire arrived there
ARRIVAL_PREPS = frozenset({"into", "to", "at", "on", "in", "inside", "onto", "toward", "towards"})
# the words of a place's own noun phrase between it and its preposition ("the rebel-held region of X")
_PHRASE_WORDS = frozenset({"of", "the", "held", "controlled", "occupied", "'s", "’s", "/", "-"})
_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})
_MAX_BACK = 10  # words of the phrase at most


def preposition_before(doc: Doc, start: int) -> str | None:
    """The preposition (lower case) that opens the noun phrase of the place starting at token
    `start`, within its sentence, or None (a verb, a comma, a clause between)."""
    sent_start = doc[start].sent.start
    i = start - 1
    while i >= sent_start and start - i <= _MAX_BACK:
        tok = doc[i]
        low = tok.lower_
        if tok.pos_ == "ADP" and low not in ("of",) or low in ("from", *ARRIVAL_PREPS):
            return low
        if low in _PHRASE_WORDS or (tok.pos_ in _PHRASE_POS and tok.text not in (",", ";", ":")):
            i -= 1
            continue
        return None
    return None


def origin_places(doc: Doc, spans: list[tuple[int, int]]) -> set[int]:
    """Of the places (token start, token end) of one sentence, the indexes of those named after
    "from" when another of them is named after a word of arrival (none otherwise)."""
    preps = [preposition_before(doc, s) for s, _ in spans]
    if not any(p in ARRIVAL_PREPS for p in preps):
        return set()
    froms = {i for i, p in enumerate(preps) if p == "from"}
    return froms if len(froms) < len(spans) else set()


# a withdrawal's place is the one it left ("withdrew from X to Y": X)
_LEAVING = frozenset({"withdraw", "drive", "expel", "oust", "flee", "retreat"})


def fire_origins(trigger: Token, places: list[Any]) -> set[int]:
    """ids of the place mentions (PlaceMention) of the trigger's sentence named as where the fire
    came from (origin_places); none for a withdrawal."""
    if trigger.lemma_ in _LEAVING:
        return set()
    sent = trigger.sent
    own = [pm for pm in places if sent.start <= pm.token_start < sent.end]
    found = origin_places(trigger.doc, [(pm.token_start, pm.token_end) for pm in own])
    return {id(own[i]) for i in found}
