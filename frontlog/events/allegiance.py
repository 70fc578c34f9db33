"""A place after a word of allegiance names a side, not a place: "troops loyal to Damascus",
"militias allied to Tehran", "rebels backed by Ankara" (words in lexicon/arguments.yaml). Used by
events/arguments.py (no event at that place) and events/location.py (no place a sentence names
where a fallback is checked). Session 14, helper news."""

from __future__ import annotations

from spacy.tokens import Span

from frontlog.events.lexicon import word_list

ALLEGIANCE_WORDS = word_list("arguments.yaml", "allegiance_words")


def side_named(span: Span) -> bool:
    """The place is the object of "loyal to", "allied to", "backed by"..."""
    prep = span.root.head
    return span.root.dep_ == "pobj" and prep.lower_ in ("to", "by") and prep.head.lower_ in ALLEGIANCE_WORDS
