"""A list of places shares where the words after its last name put it (session 14, lead).

"The villages of A, B and C west of Y", "A and B near the town of Y": the words after C (or B)
place every name of the list, not the last one alone. Without this, the earlier names of the list
keep every reading the gazetteer has (a namesake 300 km off, or one abroad) while the last is
kept near Y.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

__all__ = ["share_located"]

# what may stand between two names of one list: a comma, "and", "or", "&" (", and")
_JOINER = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)\s*")


def joined(full_text: str, end: int, start: int) -> bool:
    """Is the text between one name (ending at `end`) and the next (starting at `start`) only a
    list's joiner?"""
    return start > end and _JOINER.fullmatch(full_text, end, start) is not None


def share_located(mentions: Sequence[Any], full_text: str) -> None:
    """Give each name of a list with no `located` of its own the one of the name after it
    ("A, B and C west of Y": A and B get C's). Mentions have `.span` (start_char, end_char),
    `.located` and `.offset`; changed in place."""
    ordered = sorted(mentions, key=lambda m: m.span.start_char)
    for m, nxt in zip(reversed(ordered[:-1]), reversed(ordered[1:]), strict=True):
        bare = m.located is None and m.offset is None
        if bare and nxt.located is not None and nxt.offset is None and joined(full_text, m.span.end_char, nxt.span.start_char):
            m.located = nxt.located
