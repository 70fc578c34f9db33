"""A name written with an Arabic article ("Ad Dali", "Al Hudaydah", "Ash Shihr"; the tagger may leave
a spelt-apart article out of the span, so the word before it counts too) is a place whose
own name carries the article in transliteration, not a place elsewhere named like its bare word:
"north of Ad Dali" is Yemen's Ad Dali', not Dali of China (the index keys drop the article, so
both are readings of the name). Where some of the readings' own names begin with an article, the
others are dropped, unless the text's reading may be one written without it: a capital, a city of
KEEP_POP people, a curated entry (whose aliases are reviewed), or a country.
"""

from __future__ import annotations

import re
import unicodedata

from frontlog.places.gazetteer import GazEntry, Gazetteer
from frontlog.places.normalize import arabic_articles

__all__ = ["ARTICLES", "article_readings", "written_with_article"]

# Arabic articles as transliterations spell them before a name ("Adh Dhahab", "Ath Thawrah")
ARTICLES = arabic_articles()
KEEP_POP = 1_000_000


def _words(name: str) -> list[str]:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return [w for w in re.split(r"[\s\-‐‑’'`]+", plain) if w]


def _with_article(name: str) -> bool:
    words = _words(name)
    return len(words) > 1 and words[0] in ARTICLES


# a capitalised article spelt apart right before a name the tagger took without it ("Ad Dali"):
# not "As", "At", "An" (English words that open sentences) nor "El" (Spanish too)
_BEFORE = re.compile(r"(?:^|[\s(,;])(Al|Ad|Adh|Ar|Ash|Ath|Az)\s+$")


def written_with_article(text: str, full_text: str, start: int) -> bool:
    """Is the name (at `start` in full_text) written with an Arabic article, in its span or right
    before it?"""
    return _with_article(text) or _BEFORE.search(full_text[max(0, start - 6) : start]) is not None


def article_readings(
    text: str, entries: list[GazEntry], gaz: Gazetteer, full_text: str = "", start: int = 0
) -> list[GazEntry]:
    """The readings of a name the text writes with an Arabic article (see the module docstring)."""
    if len(entries) < 2 or not written_with_article(text, full_text, start):
        return entries
    if not any(e.kind not in ("country", "continent") and _with_article(e.name) for e in entries):
        return entries
    return [
        e for e in entries
        if _with_article(e.name) or e.curated or e.pop >= KEEP_POP or e.kind in ("country", "continent")
        or (e.gid is not None and e.gid in gaz.capitals)
    ]  # fmt: skip
