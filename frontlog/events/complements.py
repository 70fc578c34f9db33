"""Words around a trigger that its lexicon rule reads beside its compounds and its object: the
modifiers a tokenizer or a preposition splits off ("air-strike", "an exchange of fire"), and the
preposition a verb takes instead of an object ("fired on a car")."""

from __future__ import annotations

from spacy.tokens import Token

from frontlog.events.lexicon import word_list

TELLING_PARTICIPLES = frozenset(word_list("cues.yaml", "telling_participles"))


def split_modifiers(tok: Token, of_phrase: bool) -> set[str]:
    """ "air-strike" split by the tokenizer ("air"); with `of_phrase`, the noun of an "of" phrase
    ("an exchange of fire", "an exchange of prisoners": afrtype, session 14); the weapons of its
    "with" phrase; as lemmas."""
    mods = {tok.doc[tok.i - 2].lemma_.lower()} if tok.i >= 2 and tok.doc[tok.i - 1].text == "-" else set()
    if of_phrase:
        mods |= {g.lemma_.lower() for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"}  # fmt: skip
    return mods | _means(tok)


def _means(tok: Token) -> set[str]:
    """What an attack was made with, as its modifiers ("attacks with shells and rockets": a shelling,
    "an attack with a car bomb"; ntypes, session 15): the nouns of its "with" phrase."""
    by = [g for c in tok.children if c.dep_ in ("prep", "agent") and c.lower_ == "by" for g in c.children]
    objs = [g for h in (tok, *by) for c in h.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
            if g.dep_ == "pobj"]  # (also "attacks by rebels with shells", the parser's attachment)
    return {t.lemma_.lower() for o in objs for t in (o, *o.conjuncts)}


def aimed_without_object(tok: Token, objs: list[Token], preps: frozenset[str]) -> bool:
    """A verb with no direct object and one of these prepositions ("gunmen fired on a bus",
    "fired at the patrol"): what it was aimed at stands for the object (afrtype, session 14)."""
    return bool(preps) and not objs and any(c.dep_ == "prep" and c.lower_ in preps for c in tok.children)


def participle_told(tok: Token) -> bool:
    """A noun that needs a verb, told by a participle of making it ("a ceasefire announced by Russia
    on Thursday"; ntypes, session 15)."""
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in TELLING_PARTICIPLES for c in tok.children)
