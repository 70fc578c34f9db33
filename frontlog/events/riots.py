"""A crowd's storming or burning: a riot against the state, or a mob's (ACLED's definitions).

The codebook's Violent demonstration is a demonstration whose participants are violent or
destroy property, most often the state's ("irate youths set ablaze the police station to protest
the killing of a motorcyclist", "rowdy youths stormed the county offices" while demonstrations
went on in other towns); its Mob violence is a crowd's violence with no demonstration, most often
against people or their property ("villagers burned the houses of a suspected witch"). So a
crowd's destruction typed Mob violence by who did it (events/sides.py) is a Violent demonstration
when it is aimed at a building of the state (lexicon/codebook.yaml `state_buildings`) or when a
demonstration is told in its sentence or the ones beside it; its storming of a building is one when
told with such destruction or beside a demonstration ("riders stormed the district offices" alone
stays a mob's). A mob's killing or lynching stays Mob violence.
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from frontlog.events.codebook_cues import MOB, is_protest_sentence
from frontlog.events.context import SentenceContext, Trigger, sentences
from frontlog.events.lexicon import word_list

LOOTING = "Looting/property destruction"
RIOT = "Violent demonstration"


@functools.cache
def state_buildings() -> frozenset[str]:
    return frozenset(word_list("codebook.yaml", "state_buildings"))


def crowd_riots(triggers: list[Trigger], sc: SentenceContext) -> list[Trigger]:
    """The triggers with a crowd's destruction typed Mob violence retyped Violent demonstration when
    it is aimed at a building of the state or a demonstration is told beside it; a crowd's storming
    too when a demonstration is told beside it or the destruction it goes with is retyped ("stormed
    the county offices and set fire to two cars"; storming the offices alone stays a mob's)."""
    mob = [t for t in triggers if t.type == MOB and t.is_verb and t.rule.type in (LOOTING, "Armed clash")]
    if not mob:
        return triggers
    near = _demonstration_near(sc)
    riot = {t.token.i for t in mob if t.rule.type == LOOTING and (near or _aimed_at_state(t.token))}
    if riot or near:
        riot |= {t.token.i for t in mob}
    return [Trigger(t.token, t.rule, RIOT, t.is_verb) if t.token.i in riot else t for t in triggers]


def _aimed_at_state(verb: Token) -> bool:
    """The verb's object (or the one it shares with the verb it is joined to: "stormed the offices
    and set them ablaze") names a building of the state ("the police station", "the county offices")."""
    verbs = [verb, *verb.conjuncts]
    objs = [c for v in verbs for c in v.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    words = state_buildings()
    return any(t.lemma_.lower() in words or t.lower_ in words for o in objs for t in o.subtree)


def _demonstration_near(sc: SentenceContext) -> bool:
    sents = sentences(sc)
    near = sents[max(sc.index - 1, 0) : sc.index + 2]
    return any(is_protest_sentence(s, sc.art.lex) for s in near)
