"""Hyphenated place names the named-entity tagger cut in two.

spaCy splits a word at its hyphen, and the tagger may take only the first part as the place:
"Hawl" of "a grenade attack at a junction in Hawl-Wadaag District" (one of Mogadishu's districts)
is then read as Syria's Al-Hol, "Af-" of "near Af-barwaaqo village" as nothing. A place span right
before the rest of a hyphenated word ("-Wadaag", or a span that ends with the hyphen itself and
a word right after it) is widened over that rest when the whole name is a place the gazetteer
knows by its own name (the core's exact name, or the place index's exact or transliteration
key); otherwise the span is left as it is ("Syria-Turkey border", "Kano-based" are no places)."""

from __future__ import annotations

import re
from typing import Any

from frontlog.places.gazetteer import Gazetteer
from frontlog.places.kept import candidates

__all__ = ["join_cut_names"]

# the rest of the hyphenated word after the span: "-Wadaag" (or "barwaaqo" after a span "Af-")
_REST = re.compile(r"-?[A-Za-z][\w'’]*")


def _known(name: str, gaz: Gazetteer) -> bool:
    """Does the gazetteer know a place by exactly this name (or its transliteration key)?"""
    core, exact = candidates(gaz, name)
    if core and exact:
        return True
    return bool(gaz.index_candidates(name, translit=True))


def join_cut_names(doc: Any, gaz: Gazetteer) -> None:
    """Widen the place spans of doc.spans["places"] over the rest of a hyphenated name (module
    docstring), in place."""
    from spacy.tokens import Span

    from frontlog.doctext import doc_text

    spans = list(doc.spans.get("places", []))
    text = doc_text(doc)
    changed = False
    for n, span in enumerate(spans):
        end = span.end_char
        cut = span.text.endswith("-")
        if not cut and text[end : end + 1] != "-":
            continue
        rest = _REST.match(text, end)
        if rest is None or (not cut and not rest.group(0).startswith("-")):
            continue
        whole = doc.char_span(span.start_char, rest.end())
        taken = any(s is not span and s.start < whole.end and whole.start < s.end for s in spans) if whole else True
        if whole is None or taken or not _known(whole.text, gaz):
            continue
        spans[n] = Span(doc, whole.start, whole.end, label=span.label_)
        changed = True
    if changed:
        doc.spans["places"] = spans
