"""Size limits of the ingest stage, and cutting an over-long text into parseable parts.

spaCy refuses a text over `nlp.max_length` (1,000,000 characters, error E088), and the work
per article grows with its length. No news article comes near `MAX_ARTICLE_CHARS`; a longer text
(a scraped book, a log, a page without line breaks) is cut into parts of at most that size, at
paragraph breaks, else after a sentence, else between words, and each part is read as its own
article. An input file over `MAX_INPUT_BYTES` is refused (E112) before it is read.
"""

from __future__ import annotations

MAX_ARTICLE_CHARS = 100_000
MAX_INPUT_BYTES = 256 * 1024 * 1024


def cut_text(text: str, limit: int = MAX_ARTICLE_CHARS) -> list[str]:
    """`text` in parts of at most `limit` characters, cut where a reader would: in linear time."""
    if len(text) <= limit:
        return [text]
    parts: list[str] = []
    pos, n = 0, len(text)
    while n - pos > limit:
        end = pos + limit
        half = pos + limit // 2
        cut = text.rfind("\n", half, end)
        if cut < 0:
            cut = max(text.rfind(". ", half, end), text.rfind("? ", half, end), text.rfind("! ", half, end))
            cut = cut + 1 if cut >= 0 else text.rfind(" ", half, end)
        if cut <= pos:
            cut = end
        part = text[pos:cut].strip()
        if part:
            parts.append(part)
        pos = cut
    last = text[pos:].strip()
    if last:
        parts.append(last)
    return parts
