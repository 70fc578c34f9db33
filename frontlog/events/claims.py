"""Statements of extent ("90 percent of the city", "more than half", "near complete control").

They are claims, not events (spec section 6): each becomes a `partial` control record with its
share and who made it. Vague shares take a bound: "more than half" 0.5, "just under 60 percent"
0.6, "most of" 0.5, "a third" 0.33, "near complete" 0.95.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from frontlog.doctext import span_text

# fmt: off
_FRACTIONS = {"half": 0.5, "a half": 0.5, "a third": 0.33, "one third": 0.33, "third": 0.33, "two thirds": 0.67,
              "two-thirds": 0.67, "a quarter": 0.25, "one quarter": 0.25, "three quarters": 0.75, "most": 0.5,
              "the bulk": 0.5, "much": 0.5, "the majority": 0.5, "majority": 0.5}
# fmt: on
_PCT = re.compile(
    r"\b(?P<a>\d{1,3}(?:\.\d+)?)(?:\s*(?:-|–|to)\s*(?P<b>\d{1,3}))?\s*(?:percent|per cent|%)\s+of\b", re.I
)
_FRAC = re.compile(
    r"\b(?P<f>half|a half|a third|one third|two thirds|two-thirds|a quarter|one quarter|three quarters|most|the bulk|the majority)\s+of\b",
    re.I,
)
_HELD_FRAC = re.compile(r"-held\s+(?P<f>third|half|quarter)\s+of\b", re.I)
_NEAR = re.compile(r"\b(?:near|nearly|almost|virtually)[- ](?:complete|total|full)\s+control\b", re.I)
_CONTROL = re.compile(
    r"\b(control|controls|controlled|seized?|captured?|took|taken|takes|held|holds|hold|lost|loses|lose|"
    r"retaken|recaptured|hands|liberated|freed|cleared|in control)\b",
    re.I,
)
_PART_AFTER = re.compile(
    r"^\s*(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}(district|neighbou?rhood|quarter|area|section|part)\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Share:
    value: float
    start: int  # offsets in the sentence text
    end: int


def find_share(sentence: str) -> Share | None:
    """The first statement of extent in a sentence that also speaks of control, or None."""
    if not _CONTROL.search(sentence):
        return None
    found: list[Share] = []
    for m in _PCT.finditer(sentence):
        if _PART_AFTER.match(sentence[m.end() :]):
            continue
        found.append(Share(min(float(m.group("a")) / 100, 1.0), m.start(), m.end()))
    for m in _FRAC.finditer(sentence):
        if _PART_AFTER.match(sentence[m.end() :]):
            continue
        found.append(Share(_FRACTIONS[m.group("f").lower()], m.start(), m.end()))
    for m in _HELD_FRAC.finditer(sentence):
        found.append(Share(_FRACTIONS[m.group("f").lower()], m.start(), m.end()))
    for m in _NEAR.finditer(sentence):
        found.append(Share(0.95, m.start(), m.end()))
    return min(found, key=lambda s: s.start) if found else None


_MAJORITY = re.compile(r"^(?:most|the bulk|the majority|much)\b", re.I)


def captured_majority(sent: Span, share: Share, verb: Token) -> bool:
    """ "took control of most of the city", "seized the bulk of X": a capture verb whose own object
    is a vague majority is the capture of the place (ACLED codes it), besides the claim of extent; a
    figure ("captured 60 percent of the city") stays a claim only, and so does a majority told of
    another verb ("the YPG, which controls most of X, captured ...") (notes, session 12)."""
    if not _MAJORITY.match(span_text(sent)[share.start : share.end]):
        return False
    return share_verb(share_token(sent, share)).i == verb.i


def share_token(sent: Span, share: Share) -> Token:
    """The token of the sentence where the share phrase starts."""
    char = sent.start_char + share.start
    for tok in sent:
        if tok.idx >= char:
            return tok
    return sent.root


def share_verb(tok: Token) -> Token:
    node = tok
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            return node
        node = node.head
    return node
