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

from spacy.tokens import Span, Token

from frontlog.doctext import span_text
from frontlog.events.arguments import REPORTING, context_type, is_passive, subject_of
from frontlog.events.codebook_cues import (
    KILLING_CLAUSES,
    MOB,
    PROTEST_TYPES,
    Cues,
    is_protest_sentence,
    is_word,
    load_cues,
    victim_type,
)
from frontlog.events.context import SentenceContext, Trigger, sentences
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
from frontlog.events.modality import is_asserted
from frontlog.events.numbers import find_fatalities
from frontlog.events.riots import crowd_riots
from frontlog.events.sides import by_sides, immolations, self_immolation
from frontlog.events.triggers import DEVICE_TYPES, present_perfect
from frontlog.events.withdrawal import forced_withdrawal

__all__ = ["Cues", "MOB", "has_cue", "is_protest_sentence", "load_cues", "protest_type", "refine", "typer_trigger",
           "unarmed_victims", "victim_type"]
TIME_PREPS = word_list("codebook.yaml", "killing_time_preps")
PLACE_OBJECTS = word_list("places.yaml", "territory_objects")


def protest_type(spans: list[Span], lex: EventLexicon, claimed: list[Span] | None = None) -> str:
    """The demonstration sub-type the words of these sentences call for (the crowd's violence not
    read from the `claimed` ones: the state forces' own account, see _forces_account)."""
    cues = load_cues()
    # "sat in the road for an hour before dispersing": demonstrators who left of their own accord
    own = {t.i for s in spans for t in s if lex.lemma(t) == "disperse" and t.dep_ != "xcomp" and not is_passive(t)
           and not any(c.dep_ in ("dobj", "obj") or c.dep_ == "nsubj" and is_word(c, cues.state_sides) for c in t.children)
           or lex.lemma(t) == "riot" and t.dep_ == "compound" and is_word(t.head, cues.state_sides)}  # fmt: skip  ("riot police")
    grievance = grievance_tokens(spans, cues.grievance_preps, cues.protester_nouns | cues.crowd_sides | cues.mob_subjects)
    skip = frozenset(grievance) | own | _force_names(spans) | immolations(spans)
    words = cue_words(spans, lex, skip=skip)
    told = cue_words([s for s in spans if s not in (claimed or [])], lex, skip=skip) if claimed else words
    if has_cue(told, cues.violent):
        return "Violent demonstration"
    if has_cue(words, cues.excessive):
        return "Excessive force against protesters"
    if has_cue(words, cues.intervention):
        return "Protest with intervention"
    return "Peaceful protest"


def _force_names(spans: list[Span]) -> frozenset[int]:
    """ "anti-riot police": a riot unit's name, no riot (the words after "anti-"); a "dead city"
    strike (a general strike, "ville morte"): no one dead (africa, session 11)."""
    return frozenset(
        t.i for s in spans for t in s
        if t.i >= 2 and t.doc[t.i - 1].text == "-" and t.doc[t.i - 2].lower_ == "anti"
        or t.lower_ == "dead" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lemma_.lower() == "city"
    )  # fmt: skip


def refine(triggers: list[Trigger], sc: SentenceContext) -> list[Trigger]:
    """The sentence's triggers typed by the codebook's sentence-level distinctions."""
    lex = sc.art.lex
    cues = load_cues()
    sents = sentences(sc)
    i = sc.index
    triggers = [self_immolation(t) for t in triggers]  # "set himself on fire": a protest
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
        nxt = None if nxt is not None and _elsewhere(nxt, sc) else nxt
        claimed = [nxt] if nxt is not None and _forces_account(nxt, cues) else []
        sub = protest_type([sc.sent] + ([nxt] if nxt is not None else []), lex, claimed)
        if sub == "Violent demonstration" and has_cue(cue_words([sc.sent], lex), cues.mob_first):
            sub = MOB  # "a rioting mob torched a car", "stoned to death by a mob during a protest"
        triggers = triggers or _participant_trigger(sc)
        part = [t for t in triggers if t.type in cues.absorbed]
        if _purpose_only(part, lex):  # "arrested the candidate as he set out to protest": no demonstration
            return [t for t in triggers if t.type not in PROTEST_TYPES]
        if part:
            told = [t for t in part if t.type in PROTEST_TYPES and is_asserted(t, lex)]  # (not "... to protest")
            acts = _done_in_protest(part, lex)  # "set ablaze the police station to protest ...": the burning
            lead = next(iter(told), None) or next(iter(acts), None) or next(
                (t for t in part if t.type in PROTEST_TYPES), part[0]
            )
            keep = [t for t in triggers if t not in part]
            if sub == "Peaceful protest" and lead.rule.type == "Protest with intervention":
                sub = lead.rule.type  # "police blocked hundreds of supporters": stopped by the state at least
            return sorted(keep + [Trigger(lead.token, lead.rule, sub, lead.is_verb)], key=lambda t: t.token.i)
        return triggers
    if has_cue(cue_words([sc.sent], lex), cues.mob):
        return [Trigger(t.token, t.rule, MOB, t.is_verb) if t.type in cues.mob_types else t for t in triggers]
    return crowd_riots([by_sides(t, sc) for t in triggers], sc)


def _elsewhere(sent: Span, sc: SentenceContext) -> bool:
    """The sentence after a demonstration tells of a town the demonstration's sentence does not name
    ("In Nakuru, rioters looted shops"): its cues are another place's, not this demonstration's."""
    def towns(s: Span) -> set[str]:
        return {p.place.name for p in sc.art.places
                if s.start_char <= p.start < s.end_char and p.place.precision in ("city", "point")}  # fmt: skip

    there = towns(sent)
    return bool(there) and not there & towns(sc.sent)


def _forces_account(sent: Span, cues: Cues) -> bool:
    """ "The police said officers had been attacked with stones": the sentence after a demonstration
    is the state forces' own account of violence against them, which does not make the crowd a riot
    (ACLED's sub-type is what the sources tell happened; the force's justification for its fire is
    no such source). Its account of its own acts (tear gas, arrests) still counts."""
    root = sent.root
    speaker = subject_of(root)
    if root.lemma_.lower() not in REPORTING or not any(is_word(t, cues.state_sides) for t in speaker):
        return False
    told = [t for t in sent if t not in speaker and t.dep_ in ("nsubjpass", "dobj", "obj", "pobj")]
    return any(is_word(t, cues.state_sides) for t in told)  # the forces as the ones attacked


def _purpose_only(part: list[Trigger], lex: EventLexicon) -> bool:
    """The sentence's demonstration triggers are all intentions ("left home to protest", "planned to
    march"), and something else happened: the arrest or the clash is the event, not a part of a
    demonstration that did not take place. (africa helper, session 10)"""
    protests = [t for t in part if t.type in PROTEST_TYPES]
    return (
        bool(protests) and len(protests) < len(part) and not any(is_asserted(t, lex) for t in protests)
        and not _done_in_protest(part, lex)
    )  # fmt: skip


def _done_in_protest(part: list[Trigger], lex: EventLexicon) -> list[Trigger]:
    """The acts the sentence says were done to protest ("youths set ablaze the police station to
    protest the killing of a trader", "blocked the highway in protest"): a demonstration's own acts
    (the protest is their purpose), not a protest that did not take place; not an arrest."""
    purposes = {t.token.head.i for t in part if t.type in PROTEST_TYPES and not is_asserted(t, lex)}
    return [t for t in part if t.type not in PROTEST_TYPES and t.type != "Arrests" and t.token.i in purposes]


def _participant_trigger(sc: SentenceContext) -> list[Trigger]:
    """ "Police fired tear gas at demonstrators in X": a sentence with no trigger word whose
    demonstrators take part in what it tells; the demonstration is the event (typed by refine)."""
    table, during = participant_nouns(), word_map("codebook.yaml", "during_events")
    for tok in sc.sent:
        lemma = sc.art.lex.lemma(tok)
        if tok.pos_ == "NOUN" and lemma in table and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "obj", "pobj"):
            return [Trigger(tok, TriggerRule(type=table[lemma]), table[lemma], False)]
        if tok.pos_ == "NOUN" and lemma in during and tok.dep_ == "pobj" and tok.head.lower_ == "during":
            return [Trigger(tok, TriggerRule(type=during[lemma]), during[lemma], False)]  # "killed ... during a demonstration"
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
    withdraw = frozenset(p[0] for p in cues.withdrawal if len(p) == 1)
    fought = has_cue(words, cues.fighting) or forced_withdrawal(sc.sent, withdraw) or any(
        EVENT_TYPE.get(t.type) in ("Battles", "Explosions/Remote violence", "Violence against civilians")
        for t in triggers
    )
    denied = has_cue(words, cues.no_fight) or (_denied_after(sc.sent, sc.art.lex, cues) and not fought)
    if not (denied or (has_cue(words, cues.withdrawal) and not fought)):
        return triggers
    nvt = "Non-violent transfer of territory"
    return [Trigger(t.token, t.rule, nvt, t.is_verb) if t.type == "TERRITORY" else t for t in triggers]


def _denied_after(sent: Span, lex: EventLexicon, cues: Cues) -> bool:
    """The next sentence denies any fighting, tells none and names no other place ("... captured the
    town. No violence was reported."; review, session 16: not "No violence was reported in <another town>")."""
    doc = sent.doc
    if sent.end >= len(doc):
        return False
    nxt = doc[sent.end].sent
    after = cue_words([nxt], lex)
    here = {s.text for s in doc.spans.get("places", []) if sent.start <= s.start < sent.end}
    other = any(nxt.start <= s.start < nxt.end and s.text not in here for s in doc.spans.get("places", []))
    return has_cue(after, cues.no_fight) and not has_cue(after, cues.fighting) and not other  # (not "... in another town")


def _has_protest_trigger(sent: Span, lex: EventLexicon) -> bool:
    for t in sent:
        lemma = lex.lemma(t)
        rule = (
            lex.verbs.get(lemma) if t.pos_ == "VERB" else lex.nouns.get(lemma) if t.pos_ == "NOUN" else None
        )
        if rule is None or rule.type not in PROTEST_TYPES or rule.type == "Protest with intervention":
            continue  # (an intervention opens none; "cut" needs demonstrators: not "cutting supply lines")
        if rule.requires_context and context_type(t, rule) is None:
            continue  # "200 people gathered during rush hour": no demand, no protest told
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
        (_operation_verb(lex, t, cues, skip or set()) and not _people_taken(lex, t, sc)
         if t.pos_ == "VERB" and lex.lemma(t) in lex.verbs else t.pos_ == "NOUN" and _event_noun(lex, t))
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
        timed = tok.dep_ == "pcomp" and tok.head.lower_ in TIME_PREPS  # "... before shooting him dead"
        if (tok.dep_ not in KILLING_CLAUSES and not headline and not timed) or (present_perfect(tok) and not lede_report(tok)):
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


def _people_taken(lex: EventLexicon, tok: Token, sc: SentenceContext) -> bool:
    """ "killed six militiamen and captured another", "seized 12 fighters": a capture verb whose
    object is people or things, not ground, takes no territory; the killing told beside it is an
    event of its own (afrtype, session 14)."""
    if lex.verbs[lex.lemma(tok)].type != "TERRITORY":
        return False
    objs = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    return bool(objs) and not any(
        t.i in sc.place_tokens or t.lemma_.lower() in PLACE_OBJECTS for o in objs for t in o.subtree
    )


def _event_noun(lex: EventLexicon, tok: Token) -> bool:
    """A noun that is a violent event by itself ("the recent fighting", "a bomb planted by X"), not
    one that counts only with a verb or a preposition ("operations against X", "weapons seized")."""
    rule = lex.nouns.get(lex.lemma(tok))
    # (nor one that is an event only with a modifier: a "raid" is an air strike only as an "air raid";
    # but a device is one by itself: "a bomb planted by X killed two soldiers" is the bombing, not a
    # clash (session 9: the modifier exception had made Afghan IED notes clashes); nor a
    # demonstration: people shot dead "at a march" were protesters, session 8)
    bare = rule is not None and rule.requires_modifier and rule.type not in DEVICE_TYPES
    return rule is not None and rule.type not in PROTEST_TYPES and not (rule.governors or rule.prep or bare)


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


TERRITORY_TYPES = frozenset({"Government regains territory", "Non-state actor overtakes territory"})


def typer_trigger(sc: SentenceContext) -> list[Trigger]:
    """A trigger for a sentence with none (at its main verb), typed by the sentence typer when it
    is confident, the sentence names a town and tells of people killed or hurt or of
    demonstrators; the event still needs its date and place the usual way."""
    from frontlog.events.typer import NONE, best, type_scores

    if not any(p.place.precision != "country" for p in sc.places) or not _violence_told(sc):
        return []
    label, p = best(type_scores(span_text(sc.sent)))
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
    if find_fatalities(span_text(sc.sent)) is not None:
        return True
    return any(
        (t.pos_ == "VERB" and lex.lemma(t) in cues.killing_verbs and t.dep_ in KILLING_CLAUSES)
        or (t.pos_ == "NOUN" and lex.lemma(t) in cues.protester_nouns)
        for t in sc.sent
    )
