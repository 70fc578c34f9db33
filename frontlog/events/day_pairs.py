"""Two days in one list: "air strikes on Saturday and Sunday", "one was killed on Friday and one on
Saturday", "struck on Monday night and again on Tuesday" (session 15, helper lists).

One event is one place and one day (../shared/spec/events.md section 1: "42 air strikes on Monday
and 30 on Tuesday" is two events), so a trigger dated by the first day of such a pair gives a second
mention on the other day. The pair is two weekday expressions joined by "and" with at most one word
between ("one", "again", "another"...); "between Saturday and Sunday" (one night) is no pair, nor
"killed on Friday and buried on Saturday" (a verb between: another event).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Any, TypeVar

from frontlog.events.context import SentenceContext
from frontlog.events.dates import find_date_expressions, resolve_date
from frontlog.events.dating import caption_end

__all__ = ["second_days"]

C = TypeVar("C")

_JOINED = re.compile(r"\s*,?\s*and\s+(?:(?:one|another|again|also|then|more|later)\s+)?", re.IGNORECASE)
_BETWEEN = re.compile(r"\b(?:between|overnight|night of|from)\s*$", re.IGNORECASE)
MAX_DAYS_APART = 6  # a pair of weekdays within one week


def second_days(coded: list[C], sc: SentenceContext) -> list[C]:
    """The trigger's mentions, each with a copy on the second day of a pair of days the sentence
    names, when its own day is the first (`coded`: events/extract.py's _Coded, with .mention and
    .explicit)."""
    days = [c for c in coded if _get(c, "explicit") and _get(c, "mention").date_precision == "day"]
    if not days:
        return coded
    second = _second_day(sc, date.fromisoformat(_get(days[0], "mention").event_date))
    if second is None:
        return coded
    extra = [replace(c, mention=replace(_get(c, "mention"), event_date=second)) for c in days]  # type: ignore[type-var]
    return coded + extra


def _get(c: Any, name: str) -> Any:
    return getattr(c, name)


def _second_day(sc: SentenceContext, first: date) -> str | None:
    """The other day of a pair "on <first> and (one) on <second>" in the sentence, ISO; else None."""
    sent = sc.sent
    text = sent.text
    start = max(0, caption_end(sent) - sent.start_char)
    exprs = [e for e in find_date_expressions(text) if e.kind == "weekday" and e.start >= start]
    for a, b in zip(exprs, exprs[1:], strict=False):
        if not _JOINED.fullmatch(text[a.end : b.start]) or _BETWEEN.search(text[: a.start]):
            continue
        ra, rb = resolve_date(a, sc.art.pub), resolve_date(b, sc.art.pub)
        if ra is None or rb is None or ra.value != first.isoformat() or rb.precision != "day":
            continue
        apart = abs((date.fromisoformat(rb.value) - first).days)
        if 0 < apart <= MAX_DAYS_APART:
            return rb.value
    return None
