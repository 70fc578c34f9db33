"""A generic verb of attack said of a strike, a shelling or a bombing: "the raids targeted the
town", "the bombardment targeted a market", "a district targeted by a barrel bomb". The verb
tells what the event the noun names did; it is that event (coded by the noun, or folded into the
one told before), not an armed clash beside it. (session 15, helper precision: one event coded
twice at one place and day, a strike and a clash.)
"""

from __future__ import annotations

from frontlog.events.context import Trigger
from frontlog.events.lexicon import EVENT_TYPE

CLASH = "Armed clash"
REMOTE = "Explosions/Remote violence"
RELATIVES = frozenset({"that", "which"})


def said_of_remote_event(trig: Trigger, found: list[Trigger]) -> bool:
    """Is trig a generic attack verb whose subject (or passive agent, or the noun its relative
    clause is said of) is a remote-violence noun the sentence codes?"""
    # (not a verb its subject already typed: "artillery targeted YPG positions" is the shelling)
    if not trig.is_verb or trig.rule.type != CLASH or trig.type != CLASH:
        return False
    tok = trig.token
    doers = {c.i for c in tok.children if c.dep_ == "nsubj"}
    doers |= {g.i for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"}
    if tok.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in RELATIVES for c in tok.children):
        doers.add(tok.head.i)  # "a suicide bombing that targeted the group"
    return any(
        o is not trig and not o.is_verb and o.token.i in doers and EVENT_TYPE.get(o.type) == REMOTE
        for o in found
    )
