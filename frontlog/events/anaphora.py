"""An event noun that refers back to a violent event coded in the sentences just before.

"The attack ...", "the blast ...", "its assault ..." told again after the event was coded is the
same event (its toll is folded into it, events/tolls.py `add_toll`), not a new clash. Cue words in
lexicon/cues.yaml (determiners) and lexicon/fold.yaml (framing, acknowledging and answering verbs).
"""

from __future__ import annotations

from frontlog.events.context import Discourse, SentenceContext, Trigger
from frontlog.events.followups import own_places
from frontlog.events.lexicon import word_list
from frontlog.events.sides import SIDE_TYPES
from frontlog.events.triggers import has_date_expression

DEFINITE = word_list("cues.yaml", "definite_determiners")
ANAPHORA_SENTENCES = 4  # "the attack" refers back this far
FRAMING_VERBS = word_list("fold.yaml", "framing_verbs")
ACKNOWLEDGING_VERBS = word_list("fold.yaml", "acknowledging_verbs")
ANSWERED_EVENTS = word_list("fold.yaml", "answered_events")


def told_before(trig: Trigger, sc: SentenceContext, state: Discourse) -> bool:
    """ "The attack ...", "the blast ...", "its assault ..." after a violent event was coded in the
    sentences just before: the same event told again (folded into it, not a new clash)."""
    tok = trig.token
    retyped = trig.type != trig.rule.type and trig.type not in SIDE_TYPES  # (not "the attack" typed by its victims)
    if trig.is_verb:
        # "repulsed the attack", "fought back and repelled the attack"
        obj = next((c for v in (tok, *tok.conjuncts) for c in v.children if c.dep_ == "dobj"), None)
        if obj is None or obj.lemma_.lower() not in ANSWERED_EVENTS or state.last_violent is None:
            return False
        tok = obj
    elif retyped or state.last_violent is None:
        return False
    definite = any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE for c in tok.children)
    if definite and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in FRAMING_VERBS:
        return True  # "The strikes came two days after ...", "the attacks come as talks open in X"
    if definite and tok.dep_ == "dobj" and tok.head.lemma_.lower() in ACKNOWLEDGING_VERBS:
        return True  # "police confirmed the attacks", "the group claimed the bombing"
    index, place = state.last_violent
    if sc.index - index > ANAPHORA_SENTENCES or has_date_expression(sc.sent):
        return False
    own = own_places(sc)  # (not a place someone went to: "fled towards X")
    if own and place not in own:
        return False  # "in Damascus, the offensive ...": another place, another event
    return definite and not any(c.dep_ in ("amod", "compound", "nummod") for c in tok.children)
