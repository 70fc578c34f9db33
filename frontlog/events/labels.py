"""Category labels that open a coder's note ("Defusal: ...", "Movement of forces: ...",
lexicon/labels.yaml): the label names the strategic development its paragraph tells, so every
trigger of the paragraph takes the label's sub-type, and a label sentence with no trigger is
coded at its first verb (or noun) after the colon."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from frontlog.doctext import doc_text
from frontlog.events.carried import carried_types
from frontlog.events.context import SentenceContext, Trigger
from frontlog.events.lexicon import TriggerRule, word_map

LABELS = {k.casefold(): v for k, v in word_map("labels.yaml", "labels").items()}
_LABEL = re.compile(r"\s*([A-Za-z][A-Za-z /-]{1,40}?)\s*:\s")


def paragraph_label(sent: Span) -> tuple[str, int] | None:
    """(sub-event type, offset just after the colon) of the label opening the sentence's paragraph."""
    text = doc_text(sent.doc)
    start = text.rfind("\n", 0, sent.start_char) + 1
    m = _LABEL.match(text, start)
    if m is None:
        return None
    sub = LABELS.get(" ".join(m.group(1).split()).casefold())
    return (sub, m.end()) if sub else None


def labelled(triggers: list[Trigger], sc: SentenceContext) -> list[Trigger]:
    """The sentence's triggers typed by its paragraph's label (without one, an open attack by the
    strikes told just before: events/carried.py)."""
    found = paragraph_label(sc.sent)
    if found is None:
        return carried_types(triggers, sc)
    sub, after = found
    if triggers:
        return [Trigger(t.token, t.rule, sub, t.is_verb) for t in triggers]
    if not sc.sent.start_char <= after <= sc.sent.end_char:
        return []  # a later sentence with no trigger of its own: part of the labelled event
    anchor = _anchor(sc.sent, after)
    if anchor is None:
        return []
    return [Trigger(anchor, TriggerRule(type=sub), sub, anchor.pos_ == "VERB")]


def _anchor(sent: Span, after: int) -> Token | None:
    """The first verb after the label, else the first noun."""
    rest = [t for t in sent if t.idx >= after]
    return next((t for t in rest if t.pos_ == "VERB"), None) or next(
        (t for t in rest if t.pos_ in ("NOUN", "PROPN")), None
    )
