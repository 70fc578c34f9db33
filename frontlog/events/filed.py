"""Wire datelines inside an article's text: "... in the Damascus suburbs, media reported. BEIRUT
(Sputnik) Clashes between ..." (a page that prints a summary, a related headline or a photo
credit before the story's own dateline; ingest reads only the dateline that opens the article,
Article.dateline_end). The town in capitals before the bracketed name of an agency is where the
story was filed: it is no place of the sentence's events (days, session 15)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Span

from frontlog.places.resolve import PlaceMention

# a town in capitals ("BEIRUT", "DEIR EZZOR"), a bracketed capitalised name ("(Sputnik)", "(AFP)"),
# then the story's first word in capitals or a quote
_INNER = re.compile(
    r"(?<![\w'’-])[A-Z][A-Z'’.-]{2,}(?:\s[A-Z][A-Z'’.-]{2,}){0,2}"
    r"(?=,?\s*\([A-Z][\w.&'’ -]{1,30}\)\s*(?:[–—-]+\s*)?[A-Z\"“])"
)


def filed_spans(sent: Span) -> list[tuple[int, int]]:
    """The (start, end) character offsets in the doc of the towns a sentence names as datelines."""
    return [(sent.start_char + m.start(), sent.start_char + m.end()) for m in _INNER.finditer(sent.text)]


def not_filed(places: Sequence[PlaceMention], sent: Span) -> list[PlaceMention]:
    """The places without those the sentence names as datelines (`filed_spans`)."""
    filed = filed_spans(sent)
    return [p for p in places if not any(a <= p.start < b for a, b in filed)] if filed else list(places)
