"""Nigeria's local government areas named as such: "Gwoza Local Government Area of Borno State",
"in Madagali LGA", "Chibok local government area".

The named-entity tagger reads "Gwoza Local Government" as an organisation and "Madagali LGA" as
a group of people, so the name before the phrase gets no place span and the event falls back to
the state (90 km off) or to no place at all. The phrase (data/unit_words.txt) says what the name
is: a run of one to four capitalised words right before it, which the place index has as a
district (second-level division; "Kolokuma/Opokuma", "Isiala-Ngwa North"), becomes a place span
whose readings are those districts and the towns of the same name. districts.district_readings
then keeps the district, or the town named after it that lies inside it (the area's headquarters:
"Gwoza LGA" is coded at Gwoza town, as ACLED codes it)."""

from __future__ import annotations

import functools
import re
from importlib import resources
from typing import Any

from frontlog.places.gazetteer import GazEntry, Gazetteer
from frontlog.places.normalize import name_key

__all__ = ["unit_after", "unit_mentions", "unit_words", "without_unit"]

# the words of the name before the phrase: capitalised, "/" or "-" joining two ("Kolokuma/Opokuma")
_WORD = r"[A-Z][\w'’]*(?:[/-][A-Z]?[\w'’]+)*"
_MAX_WORDS = 4


@functools.cache
def unit_words() -> tuple[str, ...]:
    """data/unit_words.txt, longest first."""
    text = (resources.files("frontlog.places") / "data" / "unit_words.txt").read_text("utf-8")
    words = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return tuple(sorted(words, key=len, reverse=True))


@functools.cache
def _phrase() -> str:
    """The phrases as a pattern, in any letter case."""
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in unit_words())
    return rf"(?i:{alt})(?!\w)"


@functools.cache
def _after() -> re.Pattern[str]:
    return re.compile(rf"\s+{_phrase()}")


@functools.cache
def _named() -> re.Pattern[str]:
    return re.compile(rf"\b({_WORD}(?:\s+{_WORD}){{0,{_MAX_WORDS - 1}}})\s+(?={_phrase()})")


def unit_after(full_text: str, end: int) -> bool:
    """Does the phrase follow the name that ends at `end` ("Gwoza| Local Government Area")?"""
    return _after().match(full_text, end) is not None


def without_unit(text: str) -> str:
    """The name without the phrase at its end ("Madagali LGA" -> "Madagali"), else the text."""
    found = _ending().search(text)
    return text[: found.start()] if found and found.start() > 0 else text


@functools.cache
def _ending() -> re.Pattern[str]:
    return re.compile(rf"\s+{_phrase()}$")


def _readings(name: str, gaz: Gazetteer) -> list[tuple[GazEntry, Any]]:
    """The districts of the index named so, and the towns of the name (the headquarters)."""
    found = gaz.index_candidates(name, translit=True)
    if not any(h.kind == "admin2" for _, h in found):
        return []
    return [(e, h) for e, h in found if h.kind in ("admin2", "city") and not h.translit]


def unit_mentions(doc: Any, gaz: Gazetteer, mentions: list[Any], context_from: int) -> list[Any]:
    """Mentions for the names before the phrase that no place span covers (module docstring);
    their spans join doc.spans["places"]."""
    from spacy.tokens import Span

    from frontlog.doctext import doc_text
    from frontlog.places.resolve import _Mention

    if gaz.index() is None:
        return []
    text = doc_text(doc)
    taken = {t.i for s in doc.spans.get("places", []) for t in s} | {t.i for m in mentions for t in m.span}
    out: list[Any] = []
    for found in _named().finditer(text):
        span = _span(doc, found.start(1), found.end(1))
        while span is not None and len(span) > 1 and not _readings(span.text, gaz):
            span = doc[span.start + 1 : span.end]  # "Boko Haram attacked Chibok LGA": the last words
        if span is None or any(t.i in taken for t in span):
            continue
        hits = _readings(span.text, gaz)
        if not hits:
            continue
        # the span holds the phrase too: the event's place is the area the phrase names
        phrase = _after().match(text, span.end_char)
        whole = doc.char_span(span.start_char, phrase.end(), alignment_mode="expand") if phrase else None
        if whole is not None and not any(t.i in taken for t in whole):
            span = whole
        span = Span(doc, span.start, span.end, label="GPE")
        m = _Mention(span, span.text, name_key(span.text), [], False, span.start_char >= context_from)
        m.index, m.cued = hits, True
        taken |= {t.i for t in span}
        out.append(m)
    if out:
        doc.spans["places"] = sorted([*doc.spans.get("places", []), *(m.span for m in out)], key=lambda s: s.start)
    return out


def _span(doc: Any, start: int, end: int) -> Any:
    """The tokens from character `start` to `end`, or None when they do not fall on token edges."""
    return doc.char_span(start, end)
