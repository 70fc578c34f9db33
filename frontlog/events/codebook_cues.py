"""The sentence cues of the codebook's sub-type distinctions (lexicon/codebook.yaml), read once,
and the tests events/codebook.py and events/sides.py share: is a sentence about a
demonstration, and who a killing's victims are."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Span, Token

from frontlog.events.arguments import REPORTING, agent_of, is_passive, subject_of
from frontlog.events.context import SentenceContext, Trigger
from frontlog.events.headlines import headline_participle
from frontlog.events.lexicon import EventLexicon, word_list

PROTEST_TYPES = ("Peaceful protest", "Protest with intervention", "Excessive force against protesters",
                 "Violent demonstration")  # fmt: skip
MOB = "Mob violence"
CLAIM_VERBS = REPORTING | {"allege"}  # "who they said were criminals", "claiming he was"
# a killing told as a clause of its own ("claimed to have shot dead two soldiers": xcomp, whose
# modality events/modality.py judges)
KILLING_CLAUSES = frozenset({"ROOT", "conj", "ccomp", "advcl", "xcomp"})


@dataclass(frozen=True, slots=True)
class Cues:
    protester_nouns: frozenset[str]
    violent: tuple[tuple[str, ...], ...]
    excessive: tuple[tuple[str, ...], ...]
    intervention: tuple[tuple[str, ...], ...]
    absorbed: frozenset[str]
    followup: frozenset[str]
    mob: tuple[tuple[str, ...], ...]
    mob_subjects: frozenset[str]
    mob_types: frozenset[str]
    killing_verbs: frozenset[str]
    armed_victims: frozenset[str]
    person_nouns: frozenset[str]
    no_victims: frozenset[str]
    no_fight: tuple[tuple[str, ...], ...]
    withdrawal: tuple[tuple[str, ...], ...]
    fighting: tuple[tuple[str, ...], ...]
    civilian_targets: frozenset[str]
    crowd_sides: frozenset[str]
    state_sides: frozenset[str]
    retyped: frozenset[str]
    attack_verbs: frozenset[str]
    armed_targets: frozenset[str]
    settlements: frozenset[str]
    suspects: frozenset[str]
    companions: frozenset[str]
    unarmed_clash_countries: frozenset[str]
    unarmed_clash_forces: frozenset[str]
    crowd_clash_words: frozenset[str]
    grievance_preps: frozenset[str] = frozenset()
    killing_absorbs: frozenset[str] = frozenset()
    aim_preps: frozenset[str] = frozenset()
    mob_first: tuple[tuple[str, ...], ...] = ()
    crowd_modifiers: frozenset[str] = frozenset()
    owned_targets: frozenset[str] = frozenset()
    unnamed_attackers: frozenset[str] = frozenset()
    party_actors: frozenset[str] = frozenset()


@functools.cache
def load_cues() -> Cues:
    def phrases(key: str) -> tuple[tuple[str, ...], ...]:
        return tuple(tuple(p.split()) for p in sorted(word_list("codebook.yaml", key)))

    return Cues(
        protester_nouns=word_list("codebook.yaml", "protester_nouns"),
        violent=phrases("violent_cues"),
        excessive=phrases("excessive_cues"),
        intervention=phrases("intervention_cues"),
        absorbed=word_list("codebook.yaml", "absorbed_types"),
        followup=word_list("codebook.yaml", "followup_types"),
        mob=phrases("mob_cues"),
        mob_subjects=word_list("codebook.yaml", "mob_subjects"),
        mob_types=word_list("codebook.yaml", "mob_types"),
        killing_verbs=word_list("codebook.yaml", "killing_verbs"),
        armed_victims=word_list("codebook.yaml", "armed_victims"),
        person_nouns=word_list("codebook.yaml", "person_nouns"),
        no_victims=word_list("codebook.yaml", "no_victims"),
        no_fight=phrases("no_fight_cues"),
        withdrawal=phrases("withdrawal_cues"),
        fighting=phrases("fighting_cues"),
        civilian_targets=word_list("codebook.yaml", "civilian_targets"),
        crowd_sides=word_list("codebook.yaml", "crowd_sides"),
        state_sides=word_list("codebook.yaml", "state_sides"),
        retyped=word_list("codebook.yaml", "retyped_clash_words"),
        attack_verbs=word_list("codebook.yaml", "attack_verbs"),
        armed_targets=word_list("codebook.yaml", "armed_targets"),
        settlements=word_list("codebook.yaml", "settlement_targets"),
        suspects=word_list("codebook.yaml", "suspect_victims"),
        companions=word_list("codebook.yaml", "killing_companions"),
        unarmed_clash_countries=word_list("codebook.yaml", "unarmed_clash_countries"),
        unarmed_clash_forces=word_list("codebook.yaml", "unarmed_clash_forces"),
        crowd_clash_words=word_list("codebook.yaml", "crowd_clash_words"),
        grievance_preps=word_list("codebook.yaml", "grievance_prepositions"),
        killing_absorbs=word_list("codebook.yaml", "killing_absorbs"),
        aim_preps=word_list("codebook.yaml", "aim_prepositions"),
        mob_first=phrases("mob_first_cues"),
        crowd_modifiers=word_list("codebook.yaml", "crowd_modifiers"),
        owned_targets=word_list("codebook.yaml", "owned_targets"),
        unnamed_attackers=word_list("codebook.yaml", "unnamed_attackers"),
        party_actors=word_list("codebook.yaml", "party_actors"),
    )


def is_protest_sentence(sent: Span, lex: EventLexicon, triggers: list[Trigger] | None = None) -> bool:
    """The sentence names demonstrators or a demonstration, or one of its triggers (all its
    demonstration verbs when `triggers` is not given) is a demonstration ("stoned a car" is one,
    "stoned to death" by villagers is not)."""
    cues = load_cues()
    if any(
        (lex.lemma(t) in cues.protester_nouns or t.lower_ in cues.protester_nouns)
        and t.pos_ == "NOUN"
        and not (t.is_title and t.lower_ == "march")  # the month
        for t in sent
    ):
        return True
    if triggers is not None:
        return any(t.type in PROTEST_TYPES for t in triggers)
    return any(
        lex.lemma(t) in lex.verbs and lex.verbs[lex.lemma(t)].type in PROTEST_TYPES and t.pos_ == "VERB"
        for t in sent
    )


def victim_type(tok: Token, sc: SentenceContext) -> str:
    """Attack (civilian victims), Armed clash (armed victims) or Mob violence (a crowd did it)."""
    cues = load_cues()
    actors = sc.art.actors
    if headline_participle(tok):  # "Soldier killed in X.": the noun the participle tells of
        victims = [t for t in tok.head.subtree if t.i < tok.i]
        doers = agent_of(tok)
    elif is_passive(tok):
        victims = [t for c in tok.children if c.dep_ == "nsubjpass" for t in c.subtree]
        doers = agent_of(tok)
    else:
        victims = [t for c in tok.children if c.dep_ in ("dobj", "obj") for t in c.subtree]
        doers = subject_of(tok)
    # a party's people that ACLED codes as its militia: as doers no crowd, as victims civilians
    party = {i for m in sc.actors if m.actor in cues.party_actors for i in range(m.start, m.end)}
    by_party = any(t.i in party for d in doers for t in d.subtree)
    if not by_party and (any(
        t.lemma_.lower() in cues.mob_subjects for t in doers if t.dep_ in ("nsubj", "pobj", "nsubjpass")
    ) or any(t.lemma_.lower() in ("mob", "vigilante") for t in doers)):
        return MOB
    if any(t.lower_ == "unarmed" for t in victims):
        return "Attack"  # "four unarmed herders were killed": civilians, whatever group they belong to
    if any(t.lower_ == "armed" and t.dep_ == "amod" for t in victims):
        return "Armed clash"  # "troops killed an armed man": a fight with an armed person (lead, session 15)
    armed = {i for m in sc.actors if actors.is_armed(m.actor) for i in range(m.start, m.end)} - party
    if any(
        t.i in armed or t.lemma_.lower() in cues.armed_victims or t.lower_ in cues.armed_victims
        for t in victims
    ):
        return "Armed clash"
    state = {i for m in sc.actors if actors.is_state(m.actor) for i in range(m.start, m.end)}
    if any(t.i in state or is_word(t, cues.state_sides) for t in doers) and any(
        is_word(t, cues.suspects) and not _claimed(t, tok) for t in victims
    ):
        return "Armed clash"  # "police shot dead two suspected robbers": a clash with criminals (ACLED)
    if _unnamed_enemies(victims, doers, state, sc):
        return "Armed clash"  # "troops cleared the rebels from X, killing five": the rebels' fighters
    return "Attack"


def _unnamed_enemies(victims: list[Token], doers: list[Token], state: set[int], sc: SentenceContext) -> bool:
    """State forces killed people the clause names only by a number or a pronoun ("killing five",
    "killed one and captured two", "killed 40 of them") in a sentence that names a non-state armed
    group: the dead are that group's fighters, a battle (ACLED codes a state operation against a
    named armed group that kills people of no stated kind as Battles; afrtype, session 14)."""
    cues = load_cues()
    actors = sc.art.actors
    if not victims or not any(t.i in state or is_word(t, cues.state_sides) for t in doers):
        return False
    if any(t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() not in ("other", "member") for t in victims):
        return False  # a person named ("a farmer", "two women", "villagers"): typed as before
    return any(actors.is_armed(m.actor) and not actors.is_state(m.actor) for m in sc.actors)


def _claimed(t: Token, verb: Token) -> bool:
    """ "police killed three youths who they said were criminals", "claiming he was a gang member":
    the victims are suspects only in the killers' own words (a saying verb between the word and
    the killing), not a clash with criminals."""
    for a in t.ancestors:
        if a.i == verb.i:
            return False
        if a.pos_ == "VERB" and a.lemma_.lower() in CLAIM_VERBS:
            return True
    return False


def is_word(t: Token, words: frozenset[str]) -> bool:
    return t.lemma_.lower() in words or t.lower_ in words
