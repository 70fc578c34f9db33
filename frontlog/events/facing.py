"""The forces a crowd faced, told in a sentence beside the crowd's event (ACLED codes the
intervening force as the actor2 of a protest or a riot, and as actor1 of excessive force):

    "Students staged a violent protest over fees in X. Police dispersed them with tear gas."
    -> Violent demonstration, Rioters / the country's police.

A crowd event (Protests, Riots; not a peaceful protest, nor a mob's killing, whose victims are its
other side) that names no one else gets the state
forces that its own sentence, the one before it or the two after it name beside a word of
intervention (lexicon/facing.yaml: disperse, tear gas, arrest, clash, ...).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from frontlog.events.context import SentenceContext
from frontlog.events.lexicon import EVENT_TYPE, word_list
from frontlog.records import Mention

INTERVENTION = word_list("facing.yaml", "intervention_lemmas")
CROWD_TYPES = frozenset({"Protests", "Riots"})
NO_FORCE = frozenset({"Peaceful protest"})
MOB = "Mob violence"
BEFORE, AFTER = 1, 2  # sentences looked at around the crowd's own


@dataclass(frozen=True, slots=True)
class SentenceForce:
    start: int  # character offsets of the sentence
    end: int
    force: str | None  # the state forces it names acting on a crowd


def sentence_force(sc: SentenceContext) -> SentenceForce:
    """The state forces the sentence names beside a word of intervention, if any."""
    actors = sc.art.actors
    force = next((m.actor for m in sc.actors if actors.kinds.get(m.actor) == "state"), None)
    if force is not None and not any(sc.art.lex.lemma(t) in INTERVENTION for t in sc.sent):
        force = None
    return SentenceForce(sc.sent.start_char, sc.sent.end_char, force)


def facing_forces(mentions: list[Mention], forces: list[SentenceForce], crowds: frozenset[str]) -> list[Mention]:
    """Crowd events with no other side get the forces named acting in the sentences beside them.
    `crowds`: the crowd actors (Protesters, Rioters), which are no other side."""
    out = []
    for m in mentions:
        lynching = m.sub_event_type == MOB and (m.fatalities or 0) > 0  # (its victims are actor2: civilians)
        if EVENT_TYPE.get(m.sub_event_type) not in CROWD_TYPES or m.sub_event_type in NO_FORCE or lynching:
            out.append(m)
            continue
        others = [a for a in (m.actor1, m.actor2) if a and a not in crowds]
        at = next((i for i, f in enumerate(forces) if f.start <= m.source.start < f.end), None)
        if others or at is None:
            out.append(m)
            continue
        near = forces[max(at - BEFORE, 0) : at + AFTER + 1]
        force = forces[at].force or next((f.force for f in near if f.force), None)
        out.append(m if force is None else replace(m, actor2=force))
    return out
