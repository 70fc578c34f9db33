"""Timeline entries: paragraphs that open with their own day ("2 August - Rebels attacked ...",
"March 3 - ...", "On 12 May: ...").

An explainer or a weekly review often tells its events as a dated list. Each entry's events take
the entry's day, whatever the entry's later sentences say without a date of their own ("Residents
said the fighting lasted most of the day"), and an entry up to CHRONICLE_DAYS before the article
is one of the events it reports, not background history (a wire story's window is a week,
[events] background_days). Only a page with at least MIN_ENTRIES such paragraphs is read as a
timeline: one paragraph opening with a date is an ordinary lead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from frontlog.calendar import MONTHS
from frontlog.events.dates import find_date_expressions, resolve_date

CHRONICLE_DAYS = 31  # how far back a timeline's entries are the article's own events
MIN_ENTRIES = 2
_MONTHS = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_OPENER = re.compile(
    rf"(?:On\s+)?(?:{_DAY}\s+(?:{_MONTHS})|(?:{_MONTHS})\.?\s+{_DAY})(?:,?\s+\d{{4}})?\s*(?:[-–—:]|,\s)\s*",
    re.I,
)
_PARAGRAPH = re.compile(r"[^\n]+")


@dataclass(frozen=True, slots=True)
class Entry:
    """One timeline entry: where its paragraph starts and ends, where its opening date ends, and
    the day it names."""

    start: int
    opener_end: int
    end: int
    day: date


def timeline_entries(text: str, pub: date) -> tuple[Entry, ...]:
    """The article's timeline entries (none unless it has at least MIN_ENTRIES of them)."""
    found = []
    for para in _PARAGRAPH.finditer(text):
        m = _OPENER.match(para.group())
        if m is None:
            continue
        day = _opener_day(m.group(), pub)
        if day is not None:
            found.append(Entry(para.start(), para.start() + m.end(), para.end(), day))
    return tuple(found) if len(found) >= MIN_ENTRIES else ()


def _opener_day(opener: str, pub: date) -> date | None:
    exprs = find_date_expressions(opener)
    r = resolve_date(exprs[0], pub) if exprs else None
    if r is None or r.precision != "day" or r.durative:
        return None
    d = date.fromisoformat(r.value)
    return d if 0 <= (pub - d).days <= CHRONICLE_DAYS else None


def entry_at(entries: tuple[Entry, ...], offset: int) -> Entry | None:
    """The timeline entry whose paragraph holds the text offset."""
    return next((e for e in entries if e.start <= offset < e.end), None)
