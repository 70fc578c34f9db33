"""A place after a word of allegiance names a side, not a place: "troops loyal to Damascus",
"militias allied to Tehran", "rebels backed by Ankara" (words in lexicon/arguments.yaml). Used by
events/arguments.py (no event at that place) and events/location.py (no place a sentence names
where a fallback is checked). Session 14, helper news. And a place listed with a government or
with a place that speaks (listed_with_side; session 15, helper nplaces)."""

from __future__ import annotations

from spacy.tokens import Span

from frontlog.events.lexicon import word_list

ALLEGIANCE_WORDS = word_list("arguments.yaml", "allegiance_words")


def side_named(span: Span) -> bool:
    """The place is the object of "loyal to", "allied to", "backed by"..."""
    prep = span.root.head
    return span.root.dep_ == "pobj" and prep.lower_ in ("to", "by") and prep.head.lower_ in ALLEGIANCE_WORDS


# the nouns and verbs that make a place a government (lexicon/arguments.yaml, as events/arguments.py)
_GOVERNMENT_NOUNS = word_list("arguments.yaml", "metonymy_heads")
_SPEECH_VERBS = word_list("arguments.yaml", "speech_verbs")


def listed_with_side(span: Span) -> bool:
    """A place listed with (or in apposition to) a government or a place that speaks stands for
    its government too: "Moscow and Damascus say ...", "the Syrian government, Moscow and the
    coalition can keep bombing" (not "A and B hosted a rally": towns). Session 15, helper nplaces."""
    root = span.root
    if root.dep_ not in ("conj", "appos") or root.head.i == root.i:
        return False
    first = root.head
    if first.dep_ != "nsubj":
        return False
    return first.lemma_.lower() in _GOVERNMENT_NOUNS or first.head.lemma_.lower() in _SPEECH_VERBS
