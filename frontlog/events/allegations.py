"""Abuses that armed men are accused of ("soldiers have been accused of raping a girl", "rebels
accuse the army of torturing and killing eight men"): ACLED codes such reported allegations
against armed or state forces as the violence against civilians they tell (its sources are
often the victims' or a rival's word); frontlog codes them too, typed by the act, the accused as
the doers. Accusations against people with no arms ("a man accused of killing his wife") stay
charges, not events. (africa helper, session 11, from ACLED's Violence against civilians
definitions; words in lexicon/codebook.yaml)"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from frontlog.events.codebook_cues import is_word, load_cues
from frontlog.events.context import SentenceContext, Trigger
from frontlog.events.lexicon import TriggerRule, word_list, word_map

CIVILIANS = "Civilians"  # (roles.CIVILIANS: the actor lexicon's name for unarmed people)


@functools.cache
def _acts() -> dict[str, str]:
    return word_map("codebook.yaml", "alleged_abuses")


@functools.cache
def _accusing() -> frozenset[str]:
    return word_list("codebook.yaml", "accusing_verbs")


def allegation_triggers(sc: SentenceContext) -> list[Trigger]:
    """The abuses the sentence accuses armed men of, one trigger per act named (at the accusing
    verb, which carries the sentence's tense and modality), typed by the act."""
    lex = sc.art.lex
    out: list[Trigger] = []
    for tok in sc.sent:
        if tok.pos_ != "VERB" or lex.lemma(tok) not in _accusing():
            continue
        acts = [a for a in _accused_acts(tok) if _act_type(a, sc) is not None]
        if not acts or not _armed(_accused(tok), sc):
            continue
        typ = _act_type(acts[0], sc)
        assert typ is not None
        out.append(Trigger(tok, TriggerRule(type=typ, alleged=True), typ, True))
    return out


def _accused_acts(verb: Token) -> list[Token]:
    """ "accused of raping and killing": the gerunds after its "of" (and their conjuncts)."""
    acts = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
            if g.dep_ in ("pcomp", "pobj")]  # fmt: skip
    return acts + [c for a in acts for c in a.conjuncts]


def _act_type(act: Token, sc: SentenceContext) -> str | None:
    lemma = sc.art.lex.lemma(act)
    if lemma in ("abuse", "exploit", "assault") and not any(c.lower_ == "sexually" for c in act.subtree):
        return None  # only sexual abuse, exploitation or assault
    return _acts().get(lemma)


def _accused(verb: Token) -> list[Token]:
    """Who is accused: the passive subject ("soldiers were accused of"), else the object
    ("accuse the army of"); a headline's bare participle ("Militia accused of ...") its head noun."""
    for deps in (("nsubjpass",), ("dobj", "obj")):
        found = [t for c in verb.children if c.dep_ in deps for t in c.subtree]
        if found:
            return found
    if verb.tag_ == "VBN" and verb.dep_ == "acl":
        return list(verb.head.subtree)
    if verb.tag_ in ("VBN", "VBD") and verb.dep_ == "ROOT" and not any(c.dep_ == "aux" for c in verb.children):
        return [t for c in verb.children if c.dep_ == "nsubj" for t in c.subtree]  # ("Militia accused of ...")
    return []


def _armed(tokens: list[Token], sc: SentenceContext) -> bool:
    """An armed or state actor, or a word for armed men (soldiers, peacekeepers, police)."""
    at = {t.i for t in tokens}
    actors = sc.art.actors
    if any(actors.is_armed(m.actor) for m in sc.actors if any(i in at for i in range(m.start, m.end))):
        return True
    cues = load_cues()
    words = cues.armed_victims | cues.state_sides | word_list("codebook.yaml", "accused_forces")
    return any(is_word(t, words) for t in tokens)


def alleged_sides(trig: Trigger, sc: SentenceContext) -> tuple[str | None, str | None]:
    """The accused as actor1; the victims the act names as actor2 (an actor, else Civilians when
    they are people: "raping a woman", "killing eight men")."""
    accused = {t.i for t in _accused(trig.token)}
    victims = [t for a in _accused_acts(trig.token) for c in a.children if c.dep_ in ("dobj", "obj") for t in c.subtree]
    at = {t.i for t in victims}

    def named(where: set[int]) -> str | None:
        return next((m.actor for m in sc.actors if any(i in where for i in range(m.start, m.end))), None)

    cues = load_cues()
    a2 = named(at) or (CIVILIANS if any(is_word(t, cues.civilian_targets | cues.person_nouns) for t in victims) else None)
    return named(accused), a2
