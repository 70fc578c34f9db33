"""The sides of a clash no side is told to start, and their order (lexicon/order.yaml):

    "clashes between rebels and the army"    -> army / rebels   (neither acts: state forces first)
    "the army took the town after clashes with the rebels" -> army / rebels (the "with" side, and
                                                 the sentence's other armed side)
    "rebels clashed with the army"           -> rebels / army   (the subject acts)
"""

from __future__ import annotations

from frontlog.actors import ActorLexicon
from frontlog.events.arguments import ActorMention, actor_in, is_reporter, prep_objects, subject_of
from frontlog.events.context import SentenceContext, Trigger
from frontlog.events.lexicon import word_list

SYMMETRIC = word_list("order.yaml", "symmetric_clash_words")
CLASH = "Armed clash"


def is_symmetric(trig: Trigger, sc: SentenceContext) -> bool:
    return trig.type == CLASH and sc.art.lex.lemma(trig.token) in SYMMETRIC


def clash_sides(trig: Trigger, sc: SentenceContext, a1: str | None, a2: str | None) -> tuple[str | None, str | None]:
    """The sides a clash word names that the roles missed: its "with" object, the second of a
    coordinated subject ("A and B clashed")."""
    if not is_symmetric(trig, sc):
        return a1, a2
    am = list(sc.actors)
    tok = trig.token
    if a1 is None and a2 is None and trig.is_verb:  # "Fighting between A and B continued" (a gerund)
        between = {t.i for t in prep_objects(tok, ["between"])}
        found = [m.actor for m in sorted(am, key=lambda m: m.start) if m.start in between]
        a1, a2 = (found[0], found[1]) if len(set(found)) > 1 and found[0] != found[1] else (a1, a2)
    if a2 is None:
        a2 = actor_in(prep_objects(tok, ["with"]), am)
        a2 = None if a2 == a1 else a2
    if a2 is None and a1 is not None and trig.is_verb:
        conj = [t for h in subject_of(tok) if h.dep_ in ("nsubj", "nsubjpass") for c in h.conjuncts for t in c.subtree]
        a2 = actor_in(conj, am)
        a2 = None if a2 == a1 else a2
    return a1, a2


def sentence_side(trig: Trigger, sc: SentenceContext, other: str | None, *, beside: bool = True) -> str | None:
    """The sentence's armed side facing `other` (not its ally, not the source of the report, not
    named with it, when `beside`: "after clashes with A, B and C, the army advanced")."""
    actors = sc.art.actors
    doc = sc.sent.doc
    tok = trig.token
    near = {t.i for t in (prep_objects(tok, ["with", "between"]) if trig.is_verb else tok.subtree)} if beside else set()
    for m in sorted(sc.actors, key=lambda m: m.start):
        if m.start in near or m.actor == other or actors.are_allies(other, m.actor) or is_reporter(doc, m):
            continue
        if actors.is_armed(m.actor):
            return m.actor
    return None


def neither_acts(trig: Trigger, sc: SentenceContext) -> bool:
    """A clash told with no side acting: a noun with no doer, told between its sides or as what
    happened ("clashes between A and B", "clashes broke out in X"), a verb whose subject is both
    sides ("A and B clashed"). ("Rebels took the town after clashes with the army": the rebels
    act; "Rebels clashed with the army": so do they.)"""
    if not is_symmetric(trig, sc):
        return False
    tok = trig.token
    if trig.is_verb and prep_objects(tok, ["between"]):
        return True  # "Fighting between A and B continued" (session 14)
    if trig.is_verb:
        ids = {t.i for t in subject_of(tok)}
        return len({m.actor for m in sc.actors if m.start in ids}) >= 2
    if prep_objects(tok, ["by", "with"]) or any(c.dep_ == "poss" for c in tok.children):
        return False
    return tok.dep_ in ("nsubj", "nsubjpass", "ROOT") or bool(prep_objects(tok, ["between"]))


def both_sides(trig: Trigger, sc: SentenceContext) -> tuple[str | None, str | None]:
    """The two sides of a clash no side started, when its sentence names them both ("Clashes
    continued between the A and B militias", parsed with no "between" on the noun)."""
    if not neither_acts(trig, sc):
        return None, None
    a1 = sentence_side(trig, sc, None, beside=False)
    a2 = sentence_side(trig, sc, a1, beside=False) if a1 else None
    return (a1, a2) if a2 else (None, None)


def state_first(a1: str | None, a2: str | None, actors: ActorLexicon) -> tuple[str | None, str | None]:
    """ACLED's order of a clash no side started: the state's forces first."""
    if a1 is not None and a2 is not None and actors.is_state(a2) and not actors.is_state(a1):
        return a2, a1
    return a1, a2


__all__ = ["ActorMention", "both_sides", "clash_sides", "is_symmetric", "neither_acts", "sentence_side", "state_first"]
