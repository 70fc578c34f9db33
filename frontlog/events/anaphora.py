"""An event noun that refers back to a violent event coded in the sentences just before.

"The attack ...", "the blast ...", "its assault ..." told again after the event was coded is the
same event (its toll is folded into it, events/tolls.py `add_toll`), not a new clash; so is a verb
of attack said of it ("the attack targeted a crowded market"). An event noun that is the time or
cause of what a later sentence tells ("aid was suspended after the convoy attack", "the gas used
during Tuesday's massacre", "in the wake of the strikes") refers back however far, when the
sentence names no other place. Cue words in lexicon/cues.yaml (determiners) and
lexicon/fold.yaml (framing, acknowledging and answering verbs, reference prepositions).
"""

from __future__ import annotations

from spacy.tokens import Token

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
REFERENCE_PREPS = frozenset(word_list("fold.yaml", "reference_preps"))
REFERENCE_HEADS = frozenset(word_list("fold.yaml", "reference_heads"))
REFERENCE_VERBS = frozenset(word_list("fold.yaml", "reference_verbs"))
RETOLD_SUBJECTS = word_list("fold.yaml", "retold_event_nouns")
GENERIC_TYPES = ("Armed clash", "Attack")


def told_before(trig: Trigger, sc: SentenceContext, state: Discourse) -> bool:
    """ "The attack ...", "the blast ...", "its assault ..." after a violent event was coded in the
    sentences just before: the same event told again (folded into it, not a new clash)."""
    if state.last_violent is None:
        return False
    tok = _event_noun(trig)
    if tok is None:
        return False
    if not trig.is_verb and _reference(tok) and _determined(tok):
        return _same_place(sc, state.last_violent[1])  # "after the convoy attack", "during Tuesday's massacre"
    if not trig.is_verb and trig.type != trig.rule.type and trig.type not in SIDE_TYPES:
        return False  # (not "the attack" typed by its victims)
    definite = any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE for c in tok.children)
    if definite and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in FRAMING_VERBS:
        return True  # "The strikes came two days after ...", "the attacks come as talks open in X"
    if definite and tok.dep_ == "dobj" and tok.head.lemma_.lower() in ACKNOWLEDGING_VERBS:
        return True  # "police confirmed the attacks", "the group claimed the bombing"
    index, place = state.last_violent
    if sc.index - index > ANAPHORA_SENTENCES or has_date_expression(sc.sent):
        return False
    if not _same_place(sc, place):
        return False  # "in Damascus, the offensive ...": another place, another event
    return definite and not any(c.dep_ in ("amod", "compound", "nummod") for c in tok.children)


def _event_noun(trig: Trigger) -> Token | None:
    """The event noun the trigger tells of: itself (a noun); the definite object of a verb of
    answering ("repulsed the attack"); the definite event-noun subject of a generic verb of attack
    ("the attack targeted a market", "the strike killed four")."""
    tok = trig.token
    if not trig.is_verb:
        return tok
    # "repulsed the attack", "fought back and repelled the attack"
    obj = next((c for v in (tok, *tok.conjuncts) for c in v.children if c.dep_ == "dobj"), None)
    if obj is not None and obj.lemma_.lower() in ANSWERED_EVENTS:
        return obj
    if trig.type not in GENERIC_TYPES:
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.lower() not in RETOLD_SUBJECTS:
        return None
    return subj if any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE for c in subj.children) else None


def _reference(tok: Token) -> bool:
    """The noun is the time or cause of what the sentence tells: the object of "after",
    "following", "during" ..., of "in the wake of", "leading up to" (not the subject of a clause
    "since the fighting began in 2011": the start of a running total, events/untold.py)."""
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ in REFERENCE_PREPS:
        return True
    above = [prep.head, prep.head.head]
    return (prep.lower_ == "of" and prep.head.lemma_.lower() in REFERENCE_HEADS) or (
        prep.lower_ == "to" and any(a.lemma_.lower() in REFERENCE_VERBS for a in above)
    )


def _determined(tok: Token) -> bool:
    """ "the attack", "its assault", "Tuesday's massacre", "the group's offensive": one event
    already known, not "an attack" or "attacks"."""
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE) for c in tok.children)


def _same_place(sc: SentenceContext, place: str) -> bool:
    """The sentence names no place of its own but the event's (not a place someone went to:
    "fled towards X")."""
    own = own_places(sc)
    return not own or place in own
