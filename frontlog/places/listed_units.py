"""Names listed before one plural district word: "Razeh, Munabeh and Ghamer border districts",
"the Baqim and Kitaf districts". English puts the kind word once, after the last name, in the
plural; each name of the list is then called a district, not only the one right before the word
(places/districts.called_district). Words: data/district_words.txt, each with an "s".
"""

from __future__ import annotations

import functools
import re

__all__ = ["listed_before_districts"]

# a name of the list: capitalised words, an Arabic article or "wa" ("and") joining them
_NAME = r"[A-Z][\w'’-]*(?:\s+(?:(?:al|el|wa|ash|as|ad|an|ar|at|az)[\s-])?[A-Z][\w'’-]*){0,3}"


@functools.cache
def _pattern() -> re.Pattern[str]:
    from frontlog.places.districts import district_words

    plural = "|".join(sorted((re.escape(w) + "s" for w in district_words()), key=len, reverse=True))
    return re.compile(
        rf"(?:\s*,\s*{_NAME})*\s*,?\s+(?:and|or)\s+{_NAME}\s+(?:border\s+|frontline\s+)?(?:{plural})\b"
    )


def listed_before_districts(full_text: str, end: int) -> bool:
    """Does the name ending at `end` open or continue a list that ends in a plural district word?"""
    return _pattern().match(full_text, end, min(len(full_text), end + 240)) is not None
