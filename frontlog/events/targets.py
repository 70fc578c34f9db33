"""The side an attack is aimed at when the parse gives no actor as its object (lexicon/roles.yaml):

    "a roadside bomb planted by IS hit an Iraqi army patrol" -> the patrol's forces (the verb's
                                                  object, the weapon noun being its subject)
    "US warplanes struck Houthi targets"        -> Houthis (a target noun a side's word modifies)
    "Three soldiers were killed when their vehicle hit a mine" -> the soldiers' forces (the people
                                                  hurt in the clause the trigger's "when" clause hangs on)
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from frontlog.events.arguments import actor_in, is_passive, prep_objects
from frontlog.events.context import SentenceContext, Trigger
from frontlog.events.lexicon import word_list
from frontlog.events.triggers import governing_verb

HITTING = frozenset(word_list("roles.yaml", "hitting_verbs"))
HELD = frozenset(word_list("roles.yaml", "held_target_nouns"))
AIMED_PREPS = ["on", "against", "at", "targeting"]
HURT = frozenset(word_list("roles.yaml", "hurt_verbs"))


def aimed_side(trig: Trigger, sc: SentenceContext) -> str | None:
    """The side hit: the object of the verb (or of the verb whose subject the weapon noun is),
    by an actor it names or by the side's word before a target noun ("Houthi targets")."""
    tok = trig.token
    if trig.is_verb:
        verb = tok
    elif tok.dep_ == "nsubj" and tok.head.lemma_.lower() in HITTING:
        verb = tok.head  # "an IED struck an army patrol"
    else:
        return held_side(tok.subtree, sc) if tok.dep_ in ("dobj", "obj") else None
    objs = [t for c in verb.children if c.dep_ in ("dobj", "obj") for t in c.subtree]
    aimed = objs + list(prep_objects(verb, AIMED_PREPS))
    found = None if trig.is_verb else actor_in(objs, list(sc.actors))
    return found or held_side(aimed, sc)


def held_side(tokens: Iterable[Token], sc: SentenceContext) -> str | None:
    """ "Houthi targets", "Kurdish positions": a target noun whose modifier names a side (the
    actor lexicon's `modifiers`, by the article's country and date)."""
    lex = sc.art.actors
    for t in tokens:
        if t.lemma_.lower() not in HELD:
            continue
        for c in t.children:
            if c.dep_ in ("amod", "compound", "nmod") and c.i < t.i:
                side = lex.modifier(c.text, country=sc.country, when=sc.art.pub)
                if side:
                    return side
    return None


def hurt_before(trig: Trigger, sc: SentenceContext) -> str | None:
    """ "Three soldiers were killed when their vehicle hit a landmine": the side of the people the
    main clause tells hurt, the trigger being in its "when" clause (not the clause's own subject)."""
    verb = trig.token if trig.is_verb else governing_verb(trig.token)
    if verb is None or verb.dep_ != "advcl" or not is_passive(verb.head):
        return None
    main = verb.head
    if main.lemma_.lower() not in HURT or not any(c.lower_ in ("when", "as", "after") for c in verb.children):
        return None
    hurt = [t for c in main.children if c.dep_ == "nsubjpass" for t in c.subtree]
    return actor_in(hurt, list(sc.actors))


__all__ = ["aimed_side", "held_side", "hurt_before"]
