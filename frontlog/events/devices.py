"""Devices typed by who set them off or fired them (ACLED's codebook): a vehicle bomb is a suicide
bomb only when the sentence tells a suicide attacker ("a car bomb driven by a suicide attacker"),
else a remote explosive (a car bomb parked or set off from afar); missiles or rockets that
aircraft fire are an air strike ("jets fired missiles at the market"), not shelling."""

from __future__ import annotations

from dataclasses import replace

from frontlog.events.context import Trigger
from frontlog.events.lexicon import word_list

VEHICLES = frozenset(word_list("cues.yaml", "vehicle_bomb_modifiers"))
SUICIDE_WORDS = frozenset(word_list("cues.yaml", "suicide_words"))
AIRCRAFT = frozenset(word_list("cues.yaml", "aircraft_words"))
FIRING = frozenset(word_list("cues.yaml", "firing_verbs"))
HEARD = frozenset(word_list("cues.yaml", "hearing_words"))
HOLDERS = frozenset(word_list("cues.yaml", "weapon_holder_nouns"))
SHELLING = "Shelling/artillery/missile attack"
AIR_STRIKE = "Air/drone strike"
IED = "Remote explosive/landmine/IED"
SUICIDE = "Suicide bomb"
CLASH = "Armed clash"


def device_types(triggers: list[Trigger]) -> list[Trigger]:
    """The sentence's vehicle bombs typed as suicide bombs where the sentence names a suicide
    attacker, missiles fired by aircraft as air strikes, explosions heard where no bomb is told as a
    battle; a weapon's name that describes a launcher or a tube dropped; the other triggers unchanged."""
    out = []
    bombs = [t for t in triggers if t.type in (IED, SUICIDE) and not (not t.is_verb and _heard(t))]
    for t in triggers:
        if _names_a_holder(t):
            continue  # "seized a grenade launcher": arms, no grenade attack
        if _weapon_of(t, triggers):
            continue  # "a missile strike": the strike's weapon, typed with it (ntypes, session 16)
        if t.type == IED and not t.is_verb and _vehicle(t) and _suicide_told(t):
            t = replace(t, type=SUICIDE)
        elif t.type == SHELLING and _fired_by_aircraft(t):
            t = replace(t, type=AIR_STRIKE)
        elif t.type == IED and not t.is_verb and _heard(t) and not bombs:
            t = replace(t, type=CLASH)  # "the sound of gunfire and explosions": a battle's noise
        out.append(t)
    return out


def _names_a_holder(t: Trigger) -> bool:
    """A weapon's name that only describes another noun ("a grenade launcher", "mortar tubes")."""
    tok = t.token
    return not t.is_verb and tok.dep_ in ("compound", "nmod", "amod") and tok.head.lemma_.lower() in HOLDERS


def _weapon_of(t: Trigger, triggers: list[Trigger]) -> bool:
    """A weapon noun that modifies another trigger noun ("missile strike", "rocket attack", "mortar
    shelling"): that noun's weapon, which its modifiers already type; one event, not two."""
    tok = t.token
    return not t.is_verb and tok.dep_ == "compound" and any(
        o.token.i == tok.head.i and not o.is_verb and o.type == t.type for o in triggers
    )


def _vehicle(t: Trigger) -> bool:
    return any(
        c.lemma_.lower() in VEHICLES for c in t.token.children if c.dep_ in ("compound", "amod", "nmod")
    )


def _suicide_told(t: Trigger) -> bool:
    return any(tok.lemma_.lower() in SUICIDE_WORDS for tok in t.token.sent)


def _fired_by_aircraft(t: Trigger) -> bool:
    """ "jets fired missiles": the verb (the trigger, or the verb whose object the noun is) has an
    aircraft as its subject, or as its agent or source ("missiles fired by / from jets"; ntypes,
    session 15)."""
    tok = t.token
    verb = tok if t.is_verb else tok.head if tok.dep_ in ("dobj", "obj", "nsubjpass") else None
    if verb is None or verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in FIRING:
        return False
    by = [g for c in verb.children if c.dep_ == "agent" or c.lower_ == "from" for g in c.children]
    return any(c.lemma_.lower() in AIRCRAFT for c in by + [c for c in verb.children if c.dep_ == "nsubj"])


def _heard(t: Trigger) -> bool:
    """ "the sound of fighting including explosions", "explosions were heard": a plural noun of
    explosion under a word of hearing (up to four heads above it, not past another verb); not
    "they heard the blast", one bomb's told before."""
    node = t.token
    if node.tag_ != "NNS":
        return False
    for _ in range(4):
        node = node.head
        if node.lemma_.lower() in HEARD or node.lower_ in HEARD:
            return True
        if node.pos_ in ("VERB", "AUX") and node.dep_ != "prep" or node.head.i == node.i:  # (not "including")
            return False
    return False
