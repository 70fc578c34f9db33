"""Triggers a sentence names without telling an event (non-events of news copy).

- "It did not say where the missiles had struck": a negated report of where or whether something
  happened tells no place or event of its own (the event, if any, was told before);
- "marked the anniversary of the 1988 chemical attack on the town": an event remembered
  (anniversary, commemoration) is not one of the article's day;
- "reported 174 combat clashes along the front line", "launched 48 air strikes": a tally of
  events counted by the dozen, with no place finer than a country in the sentence, is no event of
  one place (a bulletin's totals);
- "at least 22 people have been killed since the protests started": a toll counted since something
  began (a clause of "since" with no date of its own) is a running total, not one day's event, and
  what began there is told as the total's start, not as an event;
- "had stopped bombing the city", "a moratorium on air strikes": what a pause stops (events/ceased.py);
- "have been battling the army for six years": a fight told with its length is the war, not a day's event.
Words in lexicon/modality.yaml (`unsaid_verbs`, `unsaid_words`, `remembrance_nouns`); the tally
count in TALLY_MIN.
"""

from __future__ import annotations

from spacy.tokens import Token

from frontlog.events.ceased import ceased
from frontlog.events.context import SentenceContext, Trigger
from frontlog.events.lexicon import word_list
from frontlog.events.numbers import parse_number

UNSAID_VERBS = frozenset(word_list("modality.yaml", "unsaid_verbs"))
UNSAID_WORDS = frozenset(word_list("modality.yaml", "unsaid_words"))
REMEMBRANCE = frozenset(word_list("modality.yaml", "remembrance_nouns"))
DURATION_UNITS = frozenset(word_list("modality.yaml", "duration_units"))
TALLY_MIN = 10  # "48 air strikes": counted by the dozen


def untold(trig: Trigger, sc: SentenceContext) -> bool:
    """The trigger tells no event (see the module's text)."""
    tok = trig.token
    return (
        _unsaid(tok)
        or _remembered(tok)
        or _tally(trig, sc)
        or _since_begun(tok)
        or ceased(tok)
        or _lasting(tok)
    )


def _lasting(tok: Token) -> bool:
    """A fight told as going on, with its length: "have been battling the army for six years", "are
    fighting for months": the war's duration, no event of one day."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    going_on = verb.tag_ == "VBG" and any(c.dep_ == "aux" for c in verb.children)
    return going_on and any(
        c.dep_ == "prep" and c.lower_ == "for" and any(g.lemma_.lower() in DURATION_UNITS for g in c.children)
        for c in verb.children
    )


def _since_begun(tok: Token) -> bool:
    """The trigger's clause, with no date of its own, counts since an undated beginning ("killed ...
    since the protests started"), or the trigger tells that beginning."""

    def since_clause(t: Token) -> bool:
        return (
            t.dep_ == "advcl"
            and any(c.dep_ == "mark" and c.lower_ == "since" for c in t.children)
            and not any(d.ent_type_ in ("DATE", "TIME") for d in t.subtree)
        )

    verb = tok
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if since_clause(verb):
        return (
            True  # "since the protests started", "since the army launched its offensive": the undated start
        )
    clause = [t for v in (verb, *verb.conjuncts) for t in v.subtree]
    if any(t.ent_type_ in ("DATE", "TIME") for t in clause):
        return (
            False  # "shot down near X on Monday, ... the biggest loss since they started": dated, one event
        )
    return any(since_clause(t) for t in clause if t.i != verb.i)


def _unsaid(tok: Token) -> bool:
    """Under a negated "say", "specify", "know" whose clause asks where, whether or if."""
    node = tok
    for _ in range(4):
        if node.head.i == node.i:
            return False
        head = node.head
        if (
            node.dep_ == "ccomp"
            and head.lemma_.lower() in UNSAID_VERBS
            and any(c.dep_ == "neg" for c in head.children)
        ):
            return any(t.lower_ in UNSAID_WORDS and t.dep_ in ("advmod", "mark") for t in node.children)
        node = head
    return False


def _remembered(tok: Token) -> bool:
    """ "the anniversary of the attack", "a commemoration of the massacre"."""
    node = tok
    for _ in range(3):
        if node.head.i == node.i:
            return False
        if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lemma_.lower() in REMEMBRANCE:
            return True
        if node.dep_ not in ("compound", "amod", "pobj", "prep"):
            return False
        node = node.head
    return False


def _tally(trig: Trigger, sc: SentenceContext) -> bool:
    if trig.is_verb or any(p.place.precision != "country" for p in sc.places):
        return False
    tok = trig.token
    counted = [tok, *tok.conjuncts]
    return any(
        c.dep_ == "nummod" and (n := parse_number(c.text)) is not None and n >= TALLY_MIN
        for t in counted for c in t.children
    )  # fmt: skip
