"""Wire datelines inside an article's text: "... in the Damascus suburbs, media reported. BEIRUT
(Sputnik) Clashes between ..." (a page that prints a summary, a related headline or a photo
credit before the story's own dateline). Ingest finds them with its own dateline parser
(ingest/dateline.inner_datelines, Article.filed) and extract hands them on in doc.user_data
(events/dates.mark_dateline); the town is where the story was filed, no place of the sentence's
events (days, sessions 15 and 16)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

if TYPE_CHECKING:
    from frontlog.places.resolve import PlaceMention

FILED = "frontlog.filed"  # doc.user_data key: Article.filed, the (start, end) offsets of the datelines


def filed_spans(doc: Doc) -> tuple[tuple[int, int], ...]:
    """The (start, end) character offsets of the datelines inside the doc's text (Article.filed)."""
    spans: tuple[tuple[int, int], ...] = doc.user_data.get(FILED, ())
    return spans


def not_filed(places: Sequence[PlaceMention], sent: Span) -> list[PlaceMention]:
    """The places without those a dateline inside the sentence names (`filed_spans`)."""
    filed = [(a, b) for a, b in filed_spans(sent.doc) if a < sent.end_char and b > sent.start_char]
    return [p for p in places if not any(a <= p.start < b for a, b in filed)] if filed else list(places)
