"""Demonstrations told with no demonstration word (ACLED's Protests: a public gathering of people
demonstrating against or for something), read from what the people did and why:

- an act of people done "to demand", "to denounce", "to press for" something, or "in protest":
  "traders camped outside the council offices to demand their stalls back", "workers set up tents
  outside the headquarters to demand their dues", "students stormed the ministry in protest";
- people who "camped" or "pitched camp" at a seat of authority ("residents pitched camp at the
  police station over the arrest of two agents");
- the police stopping or blocking a crowd of people ("police blocked hundreds of opposition
  supporters on the road to X"), or firing what only crowds are fired at (tear gas, rubber
  bullets, water cannon: "police fired tear gas in the town centre"): a protest with intervention.

The trigger is the people's act (the state's, for a crowd stopped), typed later by the
codebook's sentence cues (events/codebook.py). Words in lexicon/codebook.yaml (africa helper,
session 11, from ACLED's protest definitions)."""

from __future__ import annotations

import functools

from spacy.tokens import Token

from frontlog.events.arguments import subject_of
from frontlog.events.codebook_cues import PROTEST_TYPES, is_word, load_cues
from frontlog.events.context import SentenceContext, Trigger
from frontlog.events.lexicon import TriggerRule, word_list

PEACEFUL = "Peaceful protest"
INTERVENTION = "Protest with intervention"


@functools.cache
def _words(key: str) -> frozenset[str]:
    return word_list("codebook.yaml", key)


def crowd_triggers(sc: SentenceContext, found: list[Trigger]) -> list[Trigger]:
    """The demonstrations the sentence tells without a demonstration word (none when one of its
    triggers already is one, or is what the people did; tear gas fired only where the sentence tells
    nothing else: "to break up a scuffle" is the scuffle's)."""
    if any(t.type in PROTEST_TYPES for t in found):
        return []
    taken = {t.token.i for t in found}
    lex = sc.art.lex
    out: list[Trigger] = []
    for tok in sc.sent:
        if tok.pos_ != "VERB" or tok.i in taken:
            continue
        lemma = lex.lemma(tok)
        if lemma in _words("crowd_stopping_verbs") and _stops_crowd(tok, sc) or not found and _crowd_weapons(tok, sc):
            out.append(Trigger(tok, TriggerRule(type=INTERVENTION), INTERVENTION, True))
        elif _people(subject_of(tok)) and (_for_demand(tok, sc) or _camped(tok, lemma)):
            out.append(Trigger(tok, TriggerRule(type=PEACEFUL), PEACEFUL, True))
    return out[:1]


def _people(subject: list[Token]) -> bool:
    """The subject names unarmed people (residents, supporters, workers, members of a group)."""
    cues = load_cues()
    people = _words("demonstrating_people") | cues.crowd_sides | cues.mob_subjects
    armed = cues.armed_victims | cues.state_sides
    # any noun of the subject ("hundreds of traders", "Forum for Democratic Change (FDC) supporters" misparsed
    # with "supporters" under "for"), and no armed word in it
    return any(t.pos_ == "NOUN" and is_word(t, people) for t in subject) and not any(is_word(t, armed) for t in subject)


def _for_demand(tok: Token, sc: SentenceContext) -> bool:
    """ "... to demand X", "... to press for X", "... in protest (at X)": the act's purpose is a demand."""
    lex = sc.art.lex
    for c in tok.children:
        if c.dep_ in ("xcomp", "advcl") and lex.lemma(c) in _words("demand_verbs") and any(
            a.dep_ == "aux" and a.tag_ == "TO" for a in c.children
        ):
            return tok.lemma_.lower() not in _words("not_demonstrating_verbs")
        if c.dep_ == "prep" and c.lower_ == "in" and any(
            g.dep_ == "pobj" and g.lemma_.lower() == "protest" for g in c.children
        ):
            return True
    return False


def _camped(tok: Token, lemma: str) -> bool:
    """ "camped at the police station", "pitched camp outside the offices": a sit-in (not people
    who camp in a school or a forest: displaced families, fighters)."""
    if lemma == "pitch" and not any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in ("camp", "tent") for c in tok.children):
        return False
    if lemma not in ("camp", "pitch"):
        return False
    where = [g for c in tok.subtree if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(is_word(t, _words("seats_of_authority")) for g in where for t in g.subtree)


def _stops_crowd(tok: Token, sc: SentenceContext) -> bool:
    """ "Police blocked hundreds of supporters": the state's forces stopping a crowd of people."""
    cues = load_cues()
    state = {i for m in sc.actors if sc.art.actors.is_state(m.actor) for i in range(m.start, m.end)}
    subj = subject_of(tok)
    if not any(t.i in state or is_word(t, cues.state_sides) for t in subj):
        return False
    objs = [t for c in tok.children if c.dep_ in ("dobj", "obj") for t in c.subtree]
    return _people(objs) or any(is_word(t, cues.protester_nouns | {"crowd", "procession"}) for t in objs)


def _crowd_weapons(tok: Token, sc: SentenceContext) -> bool:
    """ "Police fired tear gas", "used water cannon": the state's forces firing what is fired only at
    crowds (ACLED codes the gathering they dispersed as a protest with intervention)."""
    if tok.lemma_.lower() not in _words("firing_verbs"):
        return False
    cues = load_cues()
    state = {i for m in sc.actors if sc.art.actors.is_state(m.actor) for i in range(m.start, m.end)}
    if not any(t.i in state or is_word(t, cues.state_sides) for t in subject_of(tok)):
        return False
    objs = [t for c in tok.children if c.dep_ in ("dobj", "obj") for t in c.subtree]
    return any(is_word(t, _words("crowd_weapons")) for t in objs)
