"""The codebook's distinctions that one trigger word cannot make, read from the whole sentence
(lexicon/codebook.yaml):

- a demonstration's sub-type: Violent demonstration when the demonstrators are violent, else
  Excessive force against protesters when they are killed or gravely hurt, else Protest with
  intervention when the state disperses or arrests them, else Peaceful protest (cues from the
  sentence and the next); the arrests, burning and shooting told with it are part of it, not
  events of their own;
- a mob's killing or burning is Mob violence;
- a killing with no other trigger in its sentence ("gunmen shot dead a teacher") is an Attack on
  civilians, an Armed clash when the victims are armed, Mob violence when a crowd did it;
- a sentence with no trigger at all may still be coded by the sentence typer (events/typer.py).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Span, Token

from frontlog.events.arguments import agent_of, is_passive, prep_objects, subject_of
from frontlog.events.context import SentenceContext, Trigger
from frontlog.events.headlines import grievance_tokens, headline_participle, lede_report
from frontlog.events.lexicon import (
    EVENT_TYPE,
    EventLexicon,
    TriggerRule,
    cue_words,
    entry,
    has_cue,
    word_list,
    word_map,
)
from frontlog.events.numbers import find_fatalities
from frontlog.events.triggers import present_perfect

PROTEST_TYPES = ("Peaceful protest", "Protest with intervention", "Excessive force against protesters",
                 "Violent demonstration")  # fmt: skip
MOB = "Mob violence"
PLACE_NOUNS = word_list("places.yaml", "territory_objects")  # "residents of X, Y district clashed": not a side
GROUP_NOUNS = frozenset({"group", "hundred", "dozen", "thousand", "number", "band", "gang", "crowd", "score"})
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
    crowd_clash_words: frozenset[str]
    grievance_preps: frozenset[str] = frozenset()
    killing_absorbs: frozenset[str] = frozenset()


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
        crowd_clash_words=word_list("codebook.yaml", "crowd_clash_words"),
        grievance_preps=word_list("codebook.yaml", "grievance_prepositions"),
        killing_absorbs=word_list("codebook.yaml", "killing_absorbs"),
    )


def protest_type(spans: list[Span], lex: EventLexicon) -> str:
    """The demonstration sub-type the words of these sentences call for."""
    cues = load_cues()
    words = cue_words(spans, lex, skip=grievance_tokens(spans, cues.grievance_preps, cues.protester_nouns | cues.crowd_sides))
    if has_cue(words, cues.violent):
        return "Violent demonstration"
    if has_cue(words, cues.excessive):
        return "Excessive force against protesters"
    if has_cue(words, cues.intervention):
        return "Protest with intervention"
    return "Peaceful protest"


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


def refine(triggers: list[Trigger], sc: SentenceContext) -> list[Trigger]:
    """The sentence's triggers typed by the codebook's sentence-level distinctions."""
    lex = sc.art.lex
    cues = load_cues()
    sents = list(sc.sent.doc.sents)
    i = sc.index
    follow = i > 0 and _has_protest_trigger(sents[i - 1], lex) and not _has_protest_trigger(sc.sent, lex)
    if not triggers or (
        all(t.type in cues.companions for t in triggers)
        and not follow
        and not is_protest_sentence(sc.sent, lex, triggers)
    ):  # "the army killed 11 militants and arrested two": the killing beside the arrests
        killing = _killing_trigger(sc, skip={t.token.i for t in triggers})
        if killing is not None:  # "killed five villagers and burned their homes": the burning is part of the attack
            triggers = [t for t in triggers if t.type not in cues.killing_absorbs]
        triggers = sorted(triggers + ([killing] if killing is not None else []), key=lambda t: t.token.i)
    if follow:
        # "Police dispersed them and arrested ten": told with the demonstration before (whose
        # sub-type read this sentence too)
        return [t for t in triggers if t.type not in cues.followup]
    triggers = _nonviolent_transfer(triggers, sc)
    if is_protest_sentence(sc.sent, lex, triggers):
        nxt = sents[i + 1] if i + 1 < len(sents) and not _has_protest_trigger(sents[i + 1], lex) else None
        sub = protest_type([sc.sent] + ([nxt] if nxt is not None else []), lex)
        triggers = triggers or _participant_trigger(sc)
        part = [t for t in triggers if t.type in cues.absorbed]
        if part:
            lead = next((t for t in part if t.type in PROTEST_TYPES), part[0])
            keep = [t for t in triggers if t not in part]
            return sorted(keep + [Trigger(lead.token, lead.rule, sub, lead.is_verb)], key=lambda t: t.token.i)
        return triggers
    if has_cue(cue_words([sc.sent], lex), cues.mob):
        return [Trigger(t.token, t.rule, MOB, t.is_verb) if t.type in cues.mob_types else t for t in triggers]
    return [_by_sides(t, sc) for t in triggers]


def _by_sides(trig: Trigger, sc: SentenceContext) -> Trigger:
    """An attack or a clash typed by who took part: a crowd on both sides (supporters, residents,
    youths) is Mob violence, a crowd against the police a Violent demonstration; an attack on
    civilians (a woman, a village, a bus) an Attack on civilians (ACLED's definitions)."""
    cues = load_cues()
    lemma = sc.art.lex.lemma(trig.token)
    if trig.type != "Armed clash" or trig.rule.type != "Armed clash" or lemma not in cues.retyped:
        return trig
    tok = trig.token
    armed = {i for m in sc.actors if sc.art.actors.is_armed(m.actor) for i in range(m.start, m.end)}
    if trig.is_verb and lemma in cues.attack_verbs:
        objs = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
        targets = _heads([t for o in objs for t in o.subtree])
        doers = _heads(agent_of(tok) if is_passive(tok) else subject_of(tok))
    else:
        targets, doers = [], _heads(_sides(tok))
    doers = [t for t in doers if t.i not in sc.place_tokens and t.lemma_.lower() not in PLACE_NOUNS]
    armed_words = cues.armed_victims | cues.armed_targets | {"militia", "armed"}
    armed |= {t.i for d in doers for t in d.subtree if _is(t, armed_words)}  # "two militia groups"
    if doers and all(_crowd(t, cues, armed, people=False) for t in doers):
        if targets and any(_is(t, cues.state_sides) for t in targets):
            return Trigger(tok, trig.rule, "Violent demonstration", trig.is_verb)
        return Trigger(tok, trig.rule, MOB, trig.is_verb)
    if any(_is(t, cues.state_sides) for t in doers) and any(_crowd(t, cues, armed) for t in doers):
        return Trigger(tok, trig.rule, "Violent demonstration", trig.is_verb)  # "residents clashed with police"
    if sc.country in cues.unarmed_clash_countries and lemma in cues.crowd_clash_words and not _nonstate_named(sc):
        return Trigger(tok, trig.rule, "Violent demonstration", trig.is_verb)  # "clashes erupted in <West Bank village>"
    state = {i for m in sc.actors if sc.art.actors.is_state(m.actor) for i in range(m.start, m.end)}
    wanted = cues.civilian_targets - cues.settlements if any(t.i in state for t in doers) else cues.civilian_targets
    if (
        targets
        and not any(t.i in armed or _is(t, cues.armed_victims | cues.armed_targets) for t in targets)
        and any(_is(t, wanted) for t in targets)
    ):
        return Trigger(tok, trig.rule, "Attack", trig.is_verb)
    armed_target = any(t.i in armed or _is(t, cues.armed_victims | cues.armed_targets) for t in targets)
    if lemma in cues.attack_verbs and not armed_target and _by_nonstate(tok, sc) and _civilians_killed(sc):
        return Trigger(tok, trig.rule, "Attack", trig.is_verb)  # "an attack on the town killed three teachers"
    return trig


def _crowd(t: Token, cues: Cues, armed: set[int], *, people: bool = True) -> bool:
    """A side that is a crowd: residents, youths, settlers, and no armed actor; facing the security
    forces, also a people ("Palestinians clashed with troops": a plural nationality noun)."""
    nation = people and t.ent_type_ == "NORP" and t.tag_ in ("NNS", "NNPS")
    return t.i not in armed and (nation or _is(t, cues.crowd_sides | cues.mob_subjects))


def _nonstate_named(sc: SentenceContext) -> bool:
    actors = sc.art.actors
    return any(actors.is_armed(m.actor) and actors.kinds.get(m.actor) not in ("state", "external") for m in sc.actors)


def _by_nonstate(tok: Token, sc: SentenceContext) -> bool:
    """The attack is told as done by a non-state armed actor (its subject, "by" object,
    possessor or modifier: "al-Shabaab attacked", "an attack by gunmen", "a Boko Haram attack")."""
    if tok.pos_ in ("VERB", "AUX"):
        doers = agent_of(tok) if is_passive(tok) else subject_of(tok)
    else:
        doers = prep_objects(tok, ["by"]) + [t for c in tok.children if c.dep_ in ("poss", "compound", "amod")
                                             for t in c.subtree]  # fmt: skip
        if not doers and tok.dep_ in ("dobj", "obj") and tok.head.pos_ in ("VERB", "AUX"):
            doers = subject_of(tok.head)
    at = {t.i for t in doers}
    found = [m.actor for m in sc.actors if any(i in at for i in range(m.start, m.end))]
    actors = sc.art.actors
    return bool(found) and all(actors.is_armed(a) and not actors.is_state(a) for a in found)


def _civilians_killed(sc: SentenceContext) -> bool:
    """The sentence's killings and woundings all have civilian victims (people it names as such:
    teachers, a woman, villagers), none armed."""
    cues = load_cues()
    people = cues.civilian_targets - cues.settlements
    kinds = set()
    for tok in sc.sent:
        if tok.pos_ != "VERB" or sc.art.lex.lemma(tok) not in cues.killing_verbs:
            continue
        deps = ("nsubjpass",) if is_passive(tok) else ("dobj", "obj")
        victims = [t for c in tok.children if c.dep_ in deps for t in c.subtree]
        if victims:
            named = any(_is(t, people) for t in victims)
            kinds.add(victim_type(tok, sc) if named else "unknown")
    return kinds == {"Attack"}


def _is(t: Token, words: frozenset[str]) -> bool:
    return t.lemma_.lower() in words or t.lower_ in words


def _heads(tokens: list[Token]) -> list[Token]:
    """The nouns naming the sides in these tokens: the top nouns and their conjuncts; for a
    quantity or group word, the noun after its "of" ("hundreds of residents", "a group of youths")."""
    top = [t for t in tokens if t.head not in tokens or t.head.i == t.i]
    heads = [t for t in top if t.pos_ in ("NOUN", "PROPN", "PRON")]
    heads += [c for h in heads for c in h.conjuncts if c in tokens]
    out = []
    for h in heads:
        of = [gc for c in h.children if c.dep_ == "prep" and c.lower_ == "of" for gc in c.children if gc.dep_ == "pobj"]
        out.append(of[0] if of and h.lemma_.lower() in GROUP_NOUNS else h)
    return out


def _sides(tok: Token) -> list[Token]:
    """The sides of a clash: its subject and "with" object (verbs), or "between"/"among" objects
    and "with" objects (nouns)."""
    if tok.pos_ in ("VERB", "AUX"):
        return subject_of(tok) + prep_objects(tok, ["with"])
    sides = prep_objects(tok, ["between", "among", "with"])
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok.head
    if not sides and tok.dep_ in ("dobj", "obj", "pobj") and verb.pos_ in ("VERB", "AUX"):
        sides = subject_of(verb)  # "supporters exchanged blows", "hawkers engaged in running battles"
    return sides


def _participant_trigger(sc: SentenceContext) -> list[Trigger]:
    """ "Police fired tear gas at demonstrators in X": a sentence with no trigger word whose
    demonstrators take part in what it tells; the demonstration is the event (typed by refine)."""
    table = participant_nouns()
    for tok in sc.sent:
        lemma = sc.art.lex.lemma(tok)
        if tok.pos_ == "NOUN" and lemma in table and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "obj", "pobj"):
            return [Trigger(tok, TriggerRule(type=table[lemma]), table[lemma], False)]
    return []


@functools.cache
def participant_nouns() -> dict[str, str]:
    return word_map("codebook.yaml", "participant_nouns")


def _nonviolent_transfer(triggers: list[Trigger], sc: SentenceContext) -> list[Trigger]:
    """A place taken "without a fight", or told with a withdrawal and no fighting ("IS withdrew
    from the town", "the army took control of the village after the rebels withdrew"): the
    codebook's Non-violent transfer of territory, not a battle."""
    if not any(t.type == "TERRITORY" for t in triggers):
        return triggers
    cues = load_cues()
    words = cue_words([sc.sent], sc.art.lex)
    fought = has_cue(words, cues.fighting) or any(
        EVENT_TYPE.get(t.type) in ("Battles", "Explosions/Remote violence", "Violence against civilians")
        for t in triggers
    )
    if not (has_cue(words, cues.no_fight) or (has_cue(words, cues.withdrawal) and not fought)):
        return triggers
    nvt = "Non-violent transfer of territory"
    return [Trigger(t.token, t.rule, nvt, t.is_verb) if t.type == "TERRITORY" else t for t in triggers]


def _has_protest_trigger(sent: Span, lex: EventLexicon) -> bool:
    for t in sent:
        lemma = lex.lemma(t)
        rule = (
            lex.verbs.get(lemma) if t.pos_ == "VERB" else lex.nouns.get(lemma) if t.pos_ == "NOUN" else None
        )
        if rule is None or rule.type not in PROTEST_TYPES or rule.type == "Protest with intervention":
            continue  # (an intervention opens none; "cut" needs demonstrators: not "cutting supply lines")
        if not rule.requires_subject_type or {x.lemma_.lower() for x in subject_of(t)} & dict(rule.subject_types).keys():
            return True
    return False


def _companion_word(lex: EventLexicon, t: Token, cues: Cues) -> bool:
    """An arrest or a seizure told beside a killing ("killed 11 and arrested two")."""
    rule = lex.verbs.get(lex.lemma(t)) if t.pos_ == "VERB" else lex.nouns.get(lex.lemma(t))
    return rule is not None and rule.type in cues.companions


def _killing_trigger(sc: SentenceContext, skip: set[int] | None = None) -> Trigger | None:
    """ "Gunmen shot dead a teacher": a killing told with no other trigger, typed by its victims
    (not a word already a trigger: "burned houses")."""
    cues = load_cues()
    lex = sc.art.lex
    if any(
        (_operation_verb(lex, t, cues, skip or set()) if t.pos_ == "VERB" and lex.lemma(t) in lex.verbs
         else t.pos_ == "NOUN" and _event_noun(lex, t))
        and lex.lemma(t) not in cues.killing_verbs
        and not _companion_word(lex, t, cues)
        for t in sc.sent
        if t.pos_ in ("VERB", "NOUN")
    ):
        return None  # a trigger word the lexicon did not take ("the recent fighting"): the killing is part of it
    for tok in sc.sent:
        if tok.pos_ != "VERB" or lex.lemma(tok) not in cues.killing_verbs or tok.i in (skip or ()):
            continue
        headline = headline_participle(tok)
        if (tok.dep_ not in KILLING_CLAUSES and not headline) or (present_perfect(tok) and not lede_report(tok)):
            continue  # "wounded civilians", "reported killed", "the war has killed": no one event
        dead = any(c.lower_ == "dead" for c in tok.children) or tok.nbor(1).lower_ == "dead"
        if lex.lemma(tok) == "shoot" and not (is_passive(tok) or dead or _shot_person(tok, sc)):
            continue  # "shot at", "shot a video": not a killing
        if not headline and not any(c.dep_ in ("dobj", "obj", "nsubjpass") for c in tok.children):
            continue  # "reported killed", "some wounded": no victim named in the clause
        if any(t.lower_ in cues.no_victims for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass") for t in c.subtree):
            continue  # "no one was injured"
        typ = victim_type(tok, sc)
        return Trigger(tok, TriggerRule(type=typ), typ, True)
    return None


def _operation_verb(lex: EventLexicon, tok: Token, cues: Cues, skip: set[int]) -> bool:
    """An event verb by itself, or one of a kind a killing absorbs not taken as a trigger ("destroyed
    their vehicles, killing ten": the killing is that operation's, no attack of its own)."""
    rule = lex.verbs[lex.lemma(tok)]
    return not rule.needs_arguments or (tok.i not in skip and rule.type in cues.killing_absorbs)


def _event_noun(lex: EventLexicon, tok: Token) -> bool:
    """A noun that is a violent event by itself ("the recent fighting", "a bomb planted by X"), not
    one that counts only with a verb or a preposition ("operations against X", "weapons seized")."""
    rule = lex.nouns.get(lex.lemma(tok))
    return rule is not None and not (rule.governors or rule.prep)


def _shot_person(tok: Token, sc: SentenceContext) -> bool:
    """ "gunmen shot a commander": a person (or an armed side) as the object of "shot"."""
    cues = load_cues()
    armed = {i for m in sc.actors for i in range(m.start, m.end)}
    objs = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    return any(
        o.i in armed or o.lemma_.lower() in cues.armed_victims or o.lemma_.lower() in cues.person_nouns for o in objs
    )


def unarmed_victims(sc: SentenceContext) -> bool:
    """The sentence tells of people killed or hurt ("killing a woman", "two children were
    wounded") and none of them is armed: the victims of remote violence are civilians."""
    cues = load_cues()
    lex = sc.art.lex
    hurt = [
        t for t in sc.sent
        if t.pos_ == "VERB" and lex.lemma(t) in cues.killing_verbs
        and any(c.dep_ in ("dobj", "obj", "nsubjpass") for c in t.children)
    ]  # fmt: skip
    if not hurt:
        return False
    victims = [t for v in hurt for c in v.children if c.dep_ in ("dobj", "obj", "nsubjpass") for t in c.subtree]
    if any(t.lower_ in cues.no_victims for t in victims):
        return False
    return all(victim_type(v, sc) == "Attack" for v in hurt)


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
    if any(
        t.lemma_.lower() in cues.mob_subjects for t in doers if t.dep_ in ("nsubj", "pobj", "nsubjpass")
    ) or any(t.lemma_.lower() in ("mob", "vigilante") for t in doers):
        return MOB
    armed = {i for m in sc.actors if actors.is_armed(m.actor) for i in range(m.start, m.end)}
    if any(
        t.i in armed or t.lemma_.lower() in cues.armed_victims or t.lower_ in cues.armed_victims
        for t in victims
    ):
        return "Armed clash"
    state = {i for m in sc.actors if actors.is_state(m.actor) for i in range(m.start, m.end)}
    if any(t.i in state or _is(t, cues.state_sides) for t in doers) and any(_is(t, cues.suspects) for t in victims):
        return "Armed clash"  # "police shot dead two suspected robbers": a clash with criminals (ACLED)
    return "Attack"


TERRITORY_TYPES = frozenset({"Government regains territory", "Non-state actor overtakes territory"})


def typer_trigger(sc: SentenceContext) -> list[Trigger]:
    """A trigger for a sentence with none (at its main verb), typed by the sentence typer when it
    is confident, the sentence names a town and tells of people killed or hurt or of
    demonstrators; the event still needs its date and place the usual way."""
    from frontlog.events.typer import NONE, best, type_scores

    if not any(p.place.precision != "country" for p in sc.places) or not _violence_told(sc):
        return []
    label, p = best(type_scores(sc.sent.text))
    if label == NONE or p < float(entry("codebook.yaml", "typer_add_min")):
        return []
    code = "TERRITORY" if label in TERRITORY_TYPES else label
    root = sc.sent.root
    return [Trigger(root, TriggerRule(type=code), code, root.pos_ in ("VERB", "AUX"))]


def _violence_told(sc: SentenceContext) -> bool:
    """The sentence tells of people killed or hurt, or of demonstrators: what a sentence with no
    trigger must show before the typer may code it (news is full of confident non-events)."""
    cues = load_cues()
    lex = sc.art.lex
    if find_fatalities(sc.sent.text) is not None:
        return True
    return any(
        (t.pos_ == "VERB" and lex.lemma(t) in cues.killing_verbs and t.dep_ in KILLING_CLAUSES)
        or (t.pos_ == "NOUN" and lex.lemma(t) in cues.protester_nouns)
        for t in sc.sent
    )
