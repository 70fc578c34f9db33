"""Publication dates of articles: explicit date lines, datelines without a year, weekday hints.

A page rarely says "published 2017-09-20" plainly. We collect hints per article (`DateHints`)
and settle them for a whole run at once (`settle_dates`): explicit dates first, then datelines
with a month and day but no year (the year chosen jointly for a page so that the weekdays the
articles name fall on the right days), then articles with only a weekday or a date mentioned in
the text, anchored on their dated neighbours.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta

from frontlog.calendar import MONTHS, WEEKDAYS

_MON = r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_WD = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?"
_ISO = re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b")
_MDY = re.compile(rf"\b{_MON}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b", re.I)
_DMY = re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MON},?\s+(?P<y>(?:19|20)\d\d)\b", re.I)
_MD = re.compile(
    rf"\b{_MON}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s*(?:19|20)\d\d)(?!\s*(?:percent|%|km|kilomet))",
    re.I,
)
# a stamp whose space between day and year was lost in the scrape ("Last updated at Feb 022015")
_MDY_GLUED = re.compile(rf"\b{_MON}\s+(?P<d>\d\d)(?P<y>(?:19|20)\d\d)\b", re.I)
_DM = re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MON}\b(?!,?\s*(?:19|20)\d\d)", re.I)
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
_WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_TIME = re.compile(r"\b\d{1,2}[:.]\d\d\s*(?:am|pm|a\.m\.|p\.m\.)?\s*(?:GMT|UTC|[A-Z]{2,4}T)?", re.I)


def _mk(y: str | int, m: str | int, d: str | int) -> date | None:
    try:
        return date(int(y), int(m), int(d))
    except ValueError:
        return None


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def find_full_date(text: str) -> date | None:
    """The first complete date (with a year) written in `text`, or None."""
    best: tuple[int, date] | None = None
    for rx in (_ISO, _MDY, _DMY):
        m = rx.search(text)
        if not m:
            continue
        mon = m.group("mon") if "mon" in rx.groupindex else m.group("m")
        month = _month(mon) if not str(mon).isdigit() else int(mon)
        d = _mk(m.group("y"), month, m.group("d"))
        if d and (best is None or m.start() < best[0]):
            best = (m.start(), d)
    return best[1] if best else None


_STAMP_PREFIX = re.compile(
    rf"^\W*(?:(?:date of publication|published|posted|(?:last )?updated)(?:\s+(?:on|at))?\W*)?(?:{_WD}\W*)?$",
    re.I,
)


def head_date(text: str) -> date | None:
    """A full date stamped at the head of an article ("Published October 3 2016 ...", "Tue Oct 7
    2014 ..."): only a label (published, updated) and a weekday may come before it. A stamp whose
    day and year lost the space between them ("Feb 022015") is read too."""
    head = text[:80]
    for rx in (_ISO, _MDY, _DMY):
        m = rx.search(head)
        if m and _STAMP_PREFIX.match(head[: m.start()]):
            return find_full_date(m.group(0))
    m = _MDY_GLUED.search(head)
    if m and _STAMP_PREFIX.match(head[: m.start()]):
        return _mk(m.group("y"), _month(m.group("mon")), m.group("d"))
    return None


def find_month_days(text: str) -> list[tuple[int, int]]:
    """Month-day mentions without a year ("on June 19", "30 June"), in order."""
    found: list[tuple[int, tuple[int, int]]] = []
    for rx in (_MD, _DM):
        for m in rx.finditer(text):
            mon = m.group("mon")
            if mon.lower() == "may" and not re.match(r"May\s+\d", m.group(0)):
                continue
            if mon.lower().rstrip(".") in ("mar", "march") and rx is _DM:
                continue
            day = int(m.group("d"))
            if 1 <= day <= 31:
                found.append((m.start(), (_month(mon), day)))
    return [md for _, md in sorted(found)]


def years_mentioned(text: str) -> list[int]:
    return [int(y) for y in _YEAR.findall(text)]


def first_weekday(text: str) -> int | None:
    m = _WEEKDAY.search(text)
    return WEEKDAYS[m.group(1).lower()] if m else None


def is_date_paragraph(par: str) -> bool:
    """True when the paragraph is only a date (with optional weekday, time, 'date' label)."""
    if len(par) > 90 or not find_full_date(par):
        return False
    rest = _ISO.sub(" ", par)
    rest = _MDY.sub(" ", rest)
    rest = _DMY.sub(" ", rest)
    rest = _TIME.sub(" ", rest)
    rest = re.sub(rf"\b{_WD}", " ", rest, flags=re.I)
    rest = re.sub(r"\b(date|published|posted|updated|on|at|gmt|utc)\b", " ", rest, flags=re.I)
    return len(re.sub(r"[^A-Za-z]", "", rest)) <= 2


@dataclass(frozen=True, slots=True)
class DateHints:
    """What one article's page says about its date."""

    explicit: date | None = None  # a full date in a date line, dateline or PUBLISHED line
    explicit_from: str | None = None
    month_day: tuple[int, int] | None = None  # a dateline date without a year ("AMMAN, July 4")
    lead_weekday: int | None = None  # the first weekday named in the lead ("said Wednesday")
    anchors: tuple[tuple[int, int], ...] = ()  # other month-day mentions in the article and captions
    max_year: int | None = None  # the latest year written anywhere in the article
    extra: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class SettledDate:
    published: str | None
    note: str


def _weekday_gap(named: int | None, d: date) -> int:
    """Days from the named weekday back to d (0 when d is that weekday); 0 when none is named."""
    if named is None:
        return 0
    return (d.weekday() - named) % 7


def _year_window(prior: int, floor: int | None) -> range:
    lo = prior - 2 if floor is None else max(prior - 2, floor)
    return range(lo, max(lo, prior + 3) + 1)


def settle_dates(pages: list[list[DateHints]], *, run_prior: int | None = None) -> list[list[SettledDate]]:
    """Settle the publication date of every article of every page of one run.

    `pages` holds, per input page, the hints of its articles in page order. The year prior for
    articles that give no year is the most common explicit year in the run (`run_prior` when the
    run has none).
    """
    out: list[list[SettledDate | None]] = [[None] * len(p) for p in pages]
    explicit_years: Counter[int] = Counter()
    for pi, page in enumerate(pages):
        for ai, h in enumerate(page):
            if h.explicit:
                out[pi][ai] = SettledDate(h.explicit.isoformat(), f"explicit ({h.explicit_from})")
                explicit_years[h.explicit.year] += 1
    prior = explicit_years.most_common(1)[0][0] if explicit_years else run_prior

    for pi, page in enumerate(pages):
        # 1. datelines with month and day but no year: one year for the page, chosen so the
        # weekdays named in the leads fall on (or just before) the dateline days.
        partial = [ai for ai, h in enumerate(page) if out[pi][ai] is None and h.month_day]
        if partial:
            page_prior = _nearest_year(out[pi], partial[0]) or prior
            floor = max((page[ai].max_year or 0) for ai in partial) or None
            if page_prior is None:
                page_prior = floor or date.today().year
            best: tuple[int, int] | None = None
            for y in _year_window(page_prior, floor):
                cost = 2 * abs(y - page_prior)
                for ai in partial:
                    m, d = page[ai].month_day  # type: ignore[misc]
                    day = _mk(y, m, d)
                    cost += 7 if day is None else _weekday_gap(page[ai].lead_weekday, day)
                if best is None or cost < best[0]:
                    best = (cost, y)
            assert best is not None
            for ai in partial:
                m, d = page[ai].month_day  # type: ignore[misc]
                day = _mk(best[1], m, d)
                if day:
                    out[pi][ai] = SettledDate(day.isoformat(), f"dateline month-day, year {best[1]} inferred")
        # 2. only a weekday in the lead: the day with that weekday nearest a dated neighbouring
        # article, when the dates the article mentions fit (none after it, the latest within
        # two months); repeated while it dates more articles.
        changed = True
        while changed:
            changed = False
            for ai, h in enumerate(page):
                if out[pi][ai] is None and h.lead_weekday is not None:
                    day = _near_neighbour(out[pi], ai, h, check_anchors=True)
                    if day:
                        out[pi][ai] = SettledDate(
                            day.isoformat(), "weekday near a dated neighbouring article"
                        )
                        changed = True
        # 3. a month-day mentioned in the text (a caption, "on September 19") and the lead's
        # weekday just after it; the year from the run's prior.
        for ai, h in enumerate(page):
            if out[pi][ai] is not None or not h.anchors or h.lead_weekday is None:
                continue
            p = prior or h.max_year
            if p is None:
                continue
            best_d: tuple[int, date] | None = None
            for y in _year_window(p, h.max_year):
                for m, d in h.anchors[-3:]:
                    a = _mk(y, m, d)
                    if a is None:
                        continue
                    k = (h.lead_weekday - a.weekday()) % 7
                    if k > 2:
                        continue
                    cost = k + 2 * abs(y - p)
                    if best_d is None or cost < best_d[0]:
                        best_d = (cost, a + timedelta(days=k))
            if best_d:
                out[pi][ai] = SettledDate(
                    best_d[1].isoformat(), "weekday after a date in the text, year inferred"
                )
        # 4. what is left with a weekday: the nearest dated neighbour, whatever the text mentions.
        for ai, h in enumerate(page):
            if out[pi][ai] is None and h.lead_weekday is not None:
                day = _near_neighbour(out[pi], ai, h, check_anchors=False)
                if day:
                    out[pi][ai] = SettledDate(day.isoformat(), "weekday near a dated neighbouring article")
    return [[s or SettledDate(None, "no date found") for s in page] for page in out]


def _nearest_year(settled: list[SettledDate | None], index: int) -> int | None:
    for dist in range(1, len(settled) + 1):
        for j in (index - dist, index + dist):
            if 0 <= j < len(settled) and (s := settled[j]) is not None and s.published:
                return int(s.published[:4])
    return None


def _near_neighbour(
    settled: list[SettledDate | None], ai: int, h: DateHints, *, check_anchors: bool
) -> date | None:
    neighbours = [
        date.fromisoformat(s.published)
        for j in (ai - 1, ai + 1)
        if 0 <= j < len(settled) and (s := settled[j]) is not None and s.published
    ]
    for ref in neighbours:
        cands = [ref + timedelta(days=k) for k in range(-3, 4)]
        day = next(c for c in cands if c.weekday() == h.lead_weekday)
        if check_anchors and h.anchors:
            gaps = [(day - a).days for md in h.anchors if (a := _mk(day.year, *md)) is not None]
            # every date the article mentions lies before it, the latest within two months
            if not gaps or min(gaps) < -1 or min(gaps) > 62:
                continue
        return day
    return None
