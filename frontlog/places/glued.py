"""A place's name as its words, where a web page lost the space around a link ("inGazaCity"):
the tokenizer's glue step (nlp/glue.py) splits "GazaCity" into the words "Gaza" and "City" but
leaves the text unchanged, so the span's text is still "GazaCity", which no gazetteer spells.
The name is looked up by its words joined with a space instead."""

from __future__ import annotations

from typing import Any

__all__ = ["span_name", "spaced"]


def spaced(span: Any) -> str:
    """The span's text, with a space between two word tokens that nothing separates in the text
    (a glued name split by the tokenizer: "GazaCity" -> "Gaza City"); else `span.text` itself."""
    toks = list(span)
    pairs = list(zip(toks, toks[1:], strict=False))
    if all(t.whitespace_ or not t.is_alpha or not n.is_alpha for t, n in pairs):
        return str(span.text)
    out: list[str] = []
    for t, n in pairs:
        glued = not t.whitespace_ and t.is_alpha and n.is_alpha
        out.append(t.text + (" " if glued else t.whitespace_))
    return "".join(out) + str(toks[-1].text)


def span_name(span: Any) -> str:
    """The name a place span is looked up by: its words (`spaced`), without a leading "the"."""
    t = spaced(span).strip()
    return t[4:] if t.lower().startswith("the ") else t
