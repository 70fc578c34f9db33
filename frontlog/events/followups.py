"""A toll told after the event: "More than 20 other people were injured, he said." is no new event.

Wire copy tells an event, then its victims in a sentence of their own: "Fourteen soldiers were
wounded and evacuated to Niamey.", "At least six people were killed, including four soldiers,
according to the district commissioner." A killing or wounding told in the passive with no one
named as its doer, no date of its own and no place of its own other than the violent event's
coded in the sentences just before is that event's toll (its figure goes to it), not an attack or
a clash beside it. A place the victims or the attackers were taken or fled to ("evacuated to
Niamey", "fled towards the Bakool region") is where they went, not where anything happened
(lexicon/fold.yaml `movement_verbs`).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from frontlog.events.arguments import agent_of, is_passive
from frontlog.events.context import Discourse, SentenceContext, Trigger
from frontlog.events.lexicon import word_list
from frontlog.events.triggers import has_date_expression
from frontlog.records import Mention

TOLL_WORDS = frozenset(word_list("fold.yaml", "toll_words"))
TOLL_TYPES = frozenset({"Attack", "Armed clash"})
MOVEMENT_VERBS = frozenset(word_list("fold.yaml", "movement_verbs"))
FREQUENCY_WORDS = frozenset(word_list("modality.yaml", "frequency_words"))  # "often", "usually": a habit, no one attack
GOAL_PREPS = frozenset({"to", "towards", "toward", "into"})
WITHIN = 4  # sentences after the event (as "the attack" refers back)
VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"})


def own_places(sc: SentenceContext) -> set[str]:
    """The names of the sentence's places finer than a country, but those someone went to."""
    return {
        p.place.name for p in sc.places
        if p.place.precision != "country" and not _destination(sc.sent.doc[p.token_start])
    }  # fmt: skip


def _destination(tok: Token) -> bool:
    """The place is (in) the object of "to"/"towards" after a verb of movement ("evacuated to X",
    "fled towards the X region", "were taken to a hospital in X")."""
    node = tok
    for _ in range(6):
        if node.dep_ == "pobj" and node.head.lower_ in GOAL_PREPS:
            verb = node.head.head
            return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in MOVEMENT_VERBS
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def later_toll(trig: Trigger, sc: SentenceContext, state: Discourse, mentions: list[Mention]) -> bool:
    """The trigger is the toll of the violent event coded just before (see the module's text); not
    when that event is background history ("The town was captured in May. The LCC said 27 people
    were killed": the dead are not the capture's)."""
    last = next((m for m in reversed(mentions) if m.event_type in VIOLENT_TYPES), None)
    if last is None or last.background:
        return False
    tok = trig.token
    if not (trig.is_verb and trig.type in TOLL_TYPES and trig.rule.type == trig.type):
        return False  # (only the killings the codebook found with no other trigger)
    if tok.lower_ not in TOLL_WORDS or not is_passive(tok) or agent_of(tok) or state.last_violent is None:
        return False
    index, place = state.last_violent
    if sc.index - index > WITHIN or has_date_expression(sc.sent):
        return False
    own = own_places(sc)
    return not own or place in own


SUICIDE = "Suicide bomb"
BOMBING = "Remote explosive/landmine/IED"
ANSWERED = frozenset(word_list("fold.yaml", "answered_events"))
RETOLD_NOUNS = word_list("fold.yaml", "retold_event_nouns")
DEFINITE = frozenset(word_list("cues.yaml", "definite_determiners"))
TOLD_AFTER = 2  # sentences after the bombing in which its bomber is told


def suicide_told_after(
    triggers: list[Trigger], sent_mentions: list[Mention], mentions: list[Mention], sc: SentenceContext,
    state: Discourse,
) -> None:  # fmt: skip
    """ "A car bomb attack killed 20 people in X. A source said a suicide bomber carried out the
    attack." / "An explosion hit a market in X. The attack was conducted by three suicide bombers.":
    a sentence just after a bombing that tells its suicide attacker (its own "the attack" done by
    the bomber, or no event of its own) makes that bombing a Suicide bomb (ACLED's codebook types a
    bombing by who set it off; the first sentence often tells only the device). In place: the
    bombing's mentions in `mentions` are retyped. (ntypes, session 16)"""
    bombers = [t for t in triggers if t.type == SUICIDE]
    if not bombers or state.last_violent is None or has_date_expression(sc.sent):
        return
    index, place = state.last_violent
    if sc.index - index > TOLD_AFTER or not (_retells(triggers, bombers) or (not sent_mentions and _told_as_fact(bombers))):
        return
    start = sc.art.sents[index].start_char if sc.art.sents else 0
    for i, m in enumerate(mentions):
        if m.sub_event_type == BOMBING and m.source.start >= start and m.place.name == place:
            mentions[i] = m if m.background else replace(m, sub_event_type=SUICIDE)


def _retells(triggers: list[Trigger], bombers: list[Trigger]) -> bool:
    """ "carried out the attack", "the attack was conducted by suicide bombers": a definite noun of
    the event told before, done by the suicide attacker of the sentence."""
    for t in triggers:
        tok = t.token
        if t.is_verb or tok.lemma_.lower() not in RETOLD_NOUNS:
            continue
        if not any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE for c in tok.children):
            continue
        if any(_done_by(b.token, tok) for b in bombers):
            return True
    return False


def _done_by(bomber: Token, event: Token) -> bool:
    """The bomber is the subject of the verb whose object is the event ("a suicide bomber carried
    out the attack"), or its agent when the event is the subject ("the attack was conducted by")."""
    verb = event.head
    if event.dep_ in ("dobj", "obj"):
        return bomber.dep_ == "nsubj" and bomber.head.i == verb.i
    return event.dep_ == "nsubjpass" and bomber.head.dep_ == "agent" and bomber.head.head.i == verb.i


def _told_as_fact(bombers: list[Trigger]) -> bool:
    """A bomber told in the past, with no modal or habit word in the sentence ("The Taliban often use
    suicide bombers", "a suicide bomber might strike again" tell no attacker of the bombing; review, session 16)."""
    for b in bombers:
        sent = b.token.sent
        if any(t.tag_ == "MD" or t.lower_ in FREQUENCY_WORDS for t in sent):
            continue
        chain = [b.token, *b.token.ancestors]
        if any(t.tag_ in ("VBD", "VBN") for t in chain if t.pos_ in ("VERB", "AUX")) or any(
            c.tag_ == "VBD" for t in chain for c in t.children if c.dep_ in ("aux", "auxpass")
        ):
            return True
    return False
