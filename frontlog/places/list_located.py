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

__all__ = ["locate", "share_located"]

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


def locate(mentions: Sequence[Any], full_text: str, gaz: Any, ctx: dict[str, int]) -> None:
    """Where the words after each name put it: an offset ("X (31km NW of Y)", places/offset.py),
    else a region or a town ("X village in southern Idleb", "X, near Y", places/located.py), the
    town read in the article's countries (`ctx`); then a list shares its last name's."""
    from frontlog.places import offset
    from frontlog.places.located import located_after

    for m in mentions:
        m.offset = offset.offset_after(full_text, m.span.end_char, gaz, ctx)
        m.located = m.offset.located if m.offset else located_after(full_text, m.span.end_char, gaz, ctx)
    share_located(mentions, full_text)
