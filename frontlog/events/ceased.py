"""A strike, a shelling or a battle told as stopped: "the air force had stopped bombing the city",
"suspended their shelling of X", "the bombing was halted", "a halt to the aerial bombing", "a
moratorium on air strikes", "their pause in bombing the city". What a pause stops was not done on
the day the sentence tells (spec section 1: cessations are no events). Words in
lexicon/modality.yaml (`ceasing_verbs`, `ceasing_object_verbs`, `pause_nouns`, `pause_preps`).
(session 15, helper precision; FA-KES dev2-5 background class "cessations")
"""

from __future__ import annotations

from spacy.tokens import Token

from frontlog.events.lexicon import word_list

CEASING_VERBS = frozenset(word_list("modality.yaml", "ceasing_verbs"))
CEASING_OBJECT_VERBS = frozenset(word_list("modality.yaml", "ceasing_object_verbs"))
PAUSE_NOUNS = frozenset(word_list("modality.yaml", "pause_nouns"))
PAUSE_PREPS = frozenset(word_list("modality.yaml", "pause_preps"))


def ceased(tok: Token) -> bool:
    """Is the trigger what a verb or a noun of pausing stops?"""
    head = tok.head
    if head.i == tok.i:
        return False
    lemma = head.lemma_.lower()
    if head.pos_ in ("VERB", "AUX"):
        if tok.tag_ == "VBG" and tok.dep_ in ("xcomp", "dobj", "ccomp") and lemma in CEASING_VERBS:
            return True  # "stopped bombing", "ceased shelling"
        return tok.dep_ in ("dobj", "nsubjpass") and tok.pos_ == "NOUN" and lemma in CEASING_OBJECT_VERBS
    if tok.dep_ in ("pobj", "pcomp") and head.lower_ in PAUSE_PREPS:
        return head.head.lemma_.lower() in PAUSE_NOUNS and head.head.pos_ == "NOUN"
    return False
