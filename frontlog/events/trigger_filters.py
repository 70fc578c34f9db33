"""Triggers of a sentence that are part of another trigger's event (events/extract.py
`sentence_triggers` drops them): a participle that elaborates an event told just before, a clash
told by the strikes it was done with, a generic attack noun after the word that says its kind.
Cue words in lexicon/fold.yaml (means_preps).
"""

from __future__ import annotations

from spacy.tokens import Token

from frontlog.events.context import SentenceContext, Trigger
from frontlog.events.lexicon import EVENT_TYPE, word_list

MEANS_PREPS = word_list("fold.yaml", "means_preps")


def precise_place_tokens(sc: SentenceContext) -> frozenset[int]:
    """The tokens of the sentence's places finer than a country."""
    return frozenset(
        i for p in sc.places if p.place.precision != "country" for i in range(p.token_start, p.token_end)
    )


def done_by_remote(trig: Trigger, found: list[Trigger]) -> bool:
    """ "neutralised dozens of fighters in air strikes", "repelled the attack with artillery": a
    clash told by the strikes or shells it was done with is that remote violence (coded by the
    noun), not a clash beside it."""
    if trig.type != "Armed clash" or not trig.is_verb:
        return False
    verb = trig.token
    preps = [c for c in verb.subtree if c.dep_ == "prep" and c.lower_ in MEANS_PREPS and _same_clause(c, verb)]
    means = {t.i for c in preps for t in c.subtree}
    return any(
        o.token.i in means and o.type in EVENT_TYPE and EVENT_TYPE[o.type] == "Explosions/Remote violence"
        for o in found
        if o is not trig
    )


def kind_before(trig: Trigger, found: list[Trigger]) -> bool:
    """ "shelling attacks", "bombing raids": a generic attack noun right after a trigger that says
    what kind of attack it was is that one event (the parser may read "shelling" as a verb
    taking "attacks" as its object)."""
    if trig.is_verb or trig.rule.type != "Armed clash":
        return False
    return any(
        o.token.i == trig.token.i - 1 and o.type not in ("Armed clash", trig.type) for o in found if o is not trig
    )  # (one typed by its modifier, "rocket attacks", is the same sub-type: kept, it merges)


def _same_clause(tok: Token, verb: Token) -> bool:
    """No other verb between the token and the verb above it ("in strikes" of "neutralised dozens of
    fighters in strikes", not of a clause below)."""
    node = tok.head
    while node.i != verb.i:
        if node.pos_ in ("VERB", "AUX"):
            return False
        node = node.head
    return True


def elaborates(trig: Trigger, found: list[Trigger]) -> bool:
    """ "launched an assault on the town, attacking from three sides": a participle clause that
    tells more of an event of the same type coded just before is that event; so is a participle
    read as a clash ("targeting", "hitting") that says what an event noun before it did ("air
    strikes targeting a school")."""
    tok = trig.token
    if not trig.is_verb or tok.dep_ not in ("advcl", "xcomp", "acl"):
        return False
    return any(
        other.token.i < tok.i
        and (
            other.type == trig.type and tok.head.i in (other.token.i, other.token.head.i)
            # "air strikes targeting a school": a generic verb of attack said of the strike noun
            or trig.type == "Armed clash" and tok.dep_ == "acl" and tok.head.i == other.token.i and not other.is_verb
        )
        for other in found
        if other is not trig
    )
