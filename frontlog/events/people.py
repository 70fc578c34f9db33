"""People in a trigger's phrase (lexicon/cues.yaml): a person seized is an abduction or an arrest,
not a capture of ground ("gunmen seized a priest"); one who blew oneself up is a suicide bomber;
an event someone is charged with or blamed for is a reference, not a new event ("men suspected
of kidnapping", "four accused over the attack"); the side a capture verb drove from a place is no
person seized ("expelled the rebels from X")."""

from __future__ import annotations

from spacy.tokens import Token

from frontlog.events.context import Trigger
from frontlog.events.lexicon import TriggerRule, word_list

ABDUCTION = "Abduction/forced disappearance"
SUICIDE = "Suicide bomb"
REFLEXIVES = word_list("cues.yaml", "reflexives")
CAPTIVE_VERBS = word_list("cues.yaml", "captive_verbs")
CAPTIVE_NOUNS = word_list("cues.yaml", "captive_nouns")
OVERRUN_VERBS = word_list("cues.yaml", "overrun_verbs")
OVERRUN_POSTS = word_list("cues.yaml", "overrun_posts")
CHARGE_PHRASES = word_list("cues.yaml", "charge_phrases")
TERRITORY_OBJECTS = word_list("places.yaml", "territory_objects")


def captive_trigger(tok: Token, rule: TriggerRule, lemma: str, direct: list[Token]) -> Trigger | None:
    """ "seized a Catholic priest", "captured three soldiers": the capture verb's object is a person,
    so the event is an abduction (roles.resolve_type makes a state's an arrest); "overran a police
    station" (a post, no territory held) an armed clash; None otherwise."""
    if lemma in OVERRUN_VERBS and any(o.lemma_.lower() in OVERRUN_POSTS for o in direct):
        return Trigger(tok, rule, "Armed clash", True)  # "gunmen overran a police station": an attack on a post
    if lemma not in CAPTIVE_VERBS:
        return None
    if not any(o.lemma_.lower() in CAPTIVE_NOUNS for o in direct):  # (not a name: "captured Rumana")
        return None
    return Trigger(tok, rule, ABDUCTION, True)


def self_blown(tok: Token, rule: TriggerRule, lemma: str, objects: list[Token]) -> Trigger | None:
    """ "a teenage girl blew herself up at a market": one who blew oneself up is a suicide bomber
    (with "suicide bomber" named too, the two mentions are one event); None otherwise."""
    if lemma == "blow" and any(o.lower_ in REFLEXIVES for o in objects):
        return Trigger(tok, rule, SUICIDE, True)
    return None


def charged_with(tok: Token) -> bool:
    """Is the noun (or gerund) what someone is charged with, suspected of or blamed for ("suspected of child
    kidnapping", "accused over the mall attack", "arrested in connection with the bombing")?"""
    words: list[str] = []
    node = tok
    for _ in range(4):  # up through "in connection with": pobj -> prep -> noun -> prep -> verb
        if node.dep_ not in ("pobj", "pcomp") or node.head.dep_ not in ("prep", "agent"):
            break
        prep = node.head
        words.insert(0, prep.lower_)
        node = prep.head
        if node.pos_ in ("VERB", "AUX", "ADJ"):
            return " ".join([node.lemma_.lower(), *words]) in CHARGE_PHRASES
        words.insert(0, node.lower_)
    return False



def driven_from_place(
    tok: Token, direct: list[Token], place_tokens: set[int] | frozenset[int], actor_tokens: set[int] | frozenset[int]
) -> bool:  # fmt: skip
    """ "expelled the rebels from X": the object is the side that lost the place named after "from"."""
    if not any(o.i in actor_tokens for o in direct):
        return False
    froms = [c for h in (tok, *direct) for c in h.children if c.dep_ == "prep" and c.lower_ == "from"]
    # (a place the gazetteer lacks still counts when the text calls it one: "from the village of X")
    return any(g.i in place_tokens or g.lemma_.lower() in TERRITORY_OBJECTS for c in froms for g in c.subtree)
