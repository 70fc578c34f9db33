"""Publication dates of articles: explicit date lines, datelines without a year, weekday hints.

A page rarely says "published 2017-09-20" plainly. We collect hints per article (`DateHints`)
and settle them page by page (`settle_dates`; never across the inputs of a run): explicit dates first, then datelines
with a month and day but no year (the year chosen jointly for a page so that the weekdays the
articles name fall on the right days), then articles with only a weekday or a date mentioned in
the text, anchored on their dated neighbours.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta

from frontlog.calendar import MONTHS, STAMP_LABELS, WEEKDAYS

_MON = r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_WD = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?"
_ISO = re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b")
_MDY = re.compile(rf"\b{_MON}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b", re.I)
_DMY = re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MON},?\s+(?P<y>(?:19|20)\d\d)\b", re.I)
_MD = re.compile(
    rf"\b{_MON}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s*(?:19|20)\d\d)(?!\s*(?:percent|%|km|kilomet))",
    re.I,
)
# a stamp whose space between day and year was lost in the scrape ("Last updated at Mar 052019")
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


# numeric stamps: "12.06.2025" and "15-09-2013" (dots and dashes: day first, as in every country
# that writes them, unless the second part is above 12), and "21/04/2025" or "04/21/2025" only where
# a part above 12 says which is the day; the year may be glued to the next word ("21.08.2013Get")
_NUMERIC_STAMP = re.compile(r"\b(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d\d)(?!\d)")


def _numeric_stamp(m: re.Match[str]) -> date | None:
    a, b = int(m.group("a")), int(m.group("b"))
    if a > 12 >= b or (a <= 12 and b <= 12 and m.group("sep") != "/"):
        return _mk(m.group("y"), b, a)
    if b > 12 >= a:
        return _mk(m.group("y"), a, b)
    return None


def stamp_date(text: str) -> date | None:
    """The first date of a page's date stamp ("Published: 21/04/2025", "as of 08:00 on 12.06.2025"):
    a written date, else a numeric one whose order is certain (dots and dashes are day first;
    slashes need a part above 12). Only for header lines: running text keeps `find_full_date`."""
    found = find_full_date(text)
    if found:
        return found
    m = _NUMERIC_STAMP.search(text)
    return _numeric_stamp(m) if m else None


_LABELS = "|".join(re.escape(w) for w in sorted(STAMP_LABELS, key=len, reverse=True))
_STAMP_PREFIX = re.compile(rf"^\W*(?:(?:{_LABELS})\W*)?(?:{_WD}\W*)?$", re.I)


def head_date(text: str) -> date | None:
    """A full date stamped at the head of an article ("Published June 4 2019 ...", "Wed Mar 6
    2019 ...", "15-09-2013 ..."): only a label (published, updated) and a weekday may come before it.
    A stamp whose day and year lost the space between them ("Mar 052019") is read too."""
    head = text[:80]
    for rx in (_ISO, _MDY, _DMY):
        m = rx.search(head)
        if m and _STAMP_PREFIX.match(head[: m.start()]):
            return find_full_date(m.group(0))
    m = _MDY_GLUED.search(head)
    if m and _STAMP_PREFIX.match(head[: m.start()]):
        return _mk(m.group("y"), _month(m.group("mon")), m.group("d"))
    m = _NUMERIC_STAMP.search(head)
    if m and _STAMP_PREFIX.match(head[: m.start()]):
        return _numeric_stamp(m)
    return None


def credit_date(text: str, agencies: frozenset[str], *, limit: int = 300) -> date | None:
    """A full date credited near the head of an article, right after a news agency's name and a
    weekday ("... suicide blast AFP Sunday 4 May 2014 ...", after a headline and subtitle): the
    wire's stamp of that story. An event's date in a sentence has no agency before its weekday."""
    if not agencies:
        return None
    for m in _credit_rx(agencies).finditer(text[:limit]):
        rest = text[m.end() : m.end() + 30]
        for rx in (_DMY, _MDY):
            hit = rx.match(rest)
            if hit:
                return find_full_date(hit.group(0))
    return None


@functools.cache
def _credit_rx(agencies: frozenset[str]) -> re.Pattern[str]:
    names = "|".join(re.escape(a) for a in sorted(agencies, key=len, reverse=True))
    return re.compile(rf"\b(?:{names})\s+{_WD}\W*")


# a clock time right after a date: "18:05", "0742 PM", "102138" (hhmmss run together by a scrape)
_CLOCK = re.compile(r"\s*(?:\d{1,2}:\d\d(?::\d\d)?(?:\s*[AP]\.?M\.?)?|\d{4}\s*[AP]\.?M\.?|[0-2]\d[0-5]\d[0-5]\d)(?!\w)", re.I)


def timed_date(text: str, *, limit: int = 200) -> date | None:
    """A full date followed at once by a clock time near the head of an article, after its headline
    ("... Killing 50 Fighters Fri Sep 30 2016 102138 ...", "... Security 31-08-2014 0742 PM ..."):
    a page's time stamp. Prose gives an event's hour with "at" ("on 3 May 2016 at 10:30")."""
    head = text[:limit]
    found: list[tuple[int, date]] = []
    for rx in (_MDY, _DMY, _NUMERIC_STAMP):
        for m in rx.finditer(head):
            day = find_full_date(m.group(0)) if rx is not _NUMERIC_STAMP else _numeric_stamp(m)
            if day and _CLOCK.match(text, m.end()):
                found.append((m.start(), day))
    return min(found)[1] if found else None


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


_DAYS_IN_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)  # February 29 exists in leap years


def impossible_dates(text: str, *, limit: int = 3) -> list[str]:
    """Dates written in `text` that no calendar has ("31 February", "April 31", "2019-02-29")."""
    found: list[str] = []
    for rx in (_ISO, _MDY, _DMY, _MD, _DM):
        for m in rx.finditer(text):
            mon = m.group("mon") if "mon" in rx.groupindex else m.group("m")
            month = _month(mon) if not str(mon).isdigit() else int(mon)
            if not 1 <= month <= 12:
                continue
            day = int(m.group("d"))
            year = int(m.group("y")) if "y" in rx.groupindex else None
            too_big = day > _DAYS_IN_MONTH[month - 1] and day <= 31
            no_leap = year is not None and month == 2 and day == 29 and _mk(year, 2, 29) is None
            if (too_big or no_leap) and m.group(0).strip() not in found:
                found.append(m.group(0).strip())
                if len(found) >= limit:
                    return found
    return found


def foreign_date(text: str, language: str) -> str | None:
    """The first full date (with a year) in the opening of an article in another language
    ("12 février 2024"), read by dateparser where it knows the language."""
    import dateparser.search

    head = text[:400]
    try:
        found = dateparser.search.search_dates(
            head,
            languages=[language],
            settings={"RETURN_AS_TIMEZONE_AWARE": False, "REQUIRE_PARTS": ["day", "month", "year"]},
        )
    except Exception:  # an unknown language or an odd string: no date read
        return None
    for said, when in found or []:
        if _YEAR.search(said) and not said.strip().isdigit():
            return str(when.date().isoformat())
    return None


# a year named as a deadline or a plan ("eliminated by March 2026", "by 2030", "until 2027") is a
# target, not a year the article has seen: it sets no floor under the publication year
_TARGET_YEAR = re.compile(rf"\b(?:by|until|till|before)\s+(?:(?:the\s+)?(?:end|middle|start|beginning)\s+of\s+)?(?:{_MON}\s+)?((?:19|20)\d\d)\b", re.I)


def years_mentioned(text: str) -> list[int]:
    targets = {m.start(m.lastindex or 0) for m in _TARGET_YEAR.finditer(text)}
    return [int(m.group(1)) for m in _YEAR.finditer(text) if m.start(1) not in targets]


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


def _year_window(prior: int | None, floor: int | None) -> range:
    """The years to try; never one after the current year (a page is not published in the
    future), unless the page leaves no other."""
    if prior is None:
        assert floor is not None
        return _not_future(range(floor, floor + 6))
    lo = prior - 2 if floor is None else max(prior - 2, floor)
    return _not_future(range(lo, max(lo, prior + 3) + 1))


def _not_future(years: range) -> range:
    last = min(years.stop - 1, date.today().year)
    return range(years.start, last + 1) if last >= years.start else years


def _year_cost(y: int, prior: int | None, floor: int | None) -> float:
    """How unlikely year y is: far from the page's own explicit year, or (without one) before the
    latest year the article mentions (impossible) and a little more for each year after it."""
    if prior is not None:
        return 2 * abs(y - prior)
    assert floor is not None
    return float("inf") if y < floor else 0.5 * (y - floor)


def settle_dates(pages: list[list[DateHints]]) -> list[list[SettledDate]]:
    """Settle the publication date of every article of every page, each page on its own.

    `pages` holds, per input page, the hints of its articles in page order. An article's date
    depends only on its page (its file): never on which other inputs are in the run. The year
    prior for articles that give no year is the most common explicit year on the page; without
    one, no earlier than the latest year the article mentions.
    """
    out: list[list[SettledDate | None]] = [[None] * len(p) for p in pages]
    for pi, page in enumerate(pages):
        explicit_years: Counter[int] = Counter()
        for ai, h in enumerate(page):
            if h.explicit:
                out[pi][ai] = SettledDate(h.explicit.isoformat(), f"explicit ({h.explicit_from})")
                explicit_years[h.explicit.year] += 1
        prior = explicit_years.most_common(1)[0][0] if explicit_years else None
        _settle_page(page, out[pi], prior)
    return [[s or SettledDate(None, "no date found") for s in page] for page in out]


def _settle_page(page: list[DateHints], out: list[SettledDate | None], prior: int | None) -> None:
    _settle_month_days(page, out, prior)
    # 2. only a weekday in the lead: the day with that weekday nearest a dated neighbouring
    # article, when the dates the article mentions fit (none after it, the latest within two
    # months); repeated while it dates more articles.
    changed = True
    while changed:
        changed = False
        for ai, h in enumerate(page):
            if out[ai] is None and h.lead_weekday is not None:
                day = _near_neighbour(out, ai, h, check_anchors=True)
                if day:
                    out[ai] = SettledDate(day.isoformat(), "weekday near a dated neighbouring article")
                    changed = True
    _settle_anchors(page, out, prior)
    # 4. what is left with a weekday: the nearest dated neighbour, whatever the text mentions.
    for ai, h in enumerate(page):
        if out[ai] is None and h.lead_weekday is not None:
            day = _near_neighbour(out, ai, h, check_anchors=False)
            if day:
                out[ai] = SettledDate(day.isoformat(), "weekday near a dated neighbouring article")


def _settle_month_days(page: list[DateHints], out: list[SettledDate | None], prior: int | None) -> None:
    """1. Datelines with month and day but no year: one year for the page, chosen so the weekdays
    named in the leads fall on (or just before) the dateline days."""
    partial = [ai for ai, h in enumerate(page) if out[ai] is None and h.month_day]
    if not partial:
        return
    page_prior = _nearest_year(out, partial[0]) or prior
    floor = max((page[ai].max_year or 0) for ai in partial) or None
    # no year anywhere: this year is only a guess, so a weekday named in the lead that falls on the
    # dateline's day a year or two back outweighs it ("Sep 12 (PTI) ... on Friday")
    weight = 1.0
    if page_prior is None and floor is None:
        page_prior, weight = date.today().year, 0.2
    best: tuple[float, int] | None = None
    for y in _year_window(page_prior, floor):
        cost = weight * _year_cost(y, page_prior, floor)
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
            out[ai] = SettledDate(day.isoformat(), f"dateline month-day, year {best[1]} inferred")


def _settle_anchors(page: list[DateHints], out: list[SettledDate | None], prior: int | None) -> None:
    """3. A month-day mentioned in the text (a caption, "on September 19") and the lead's weekday
    just after it; the year from the page's explicit dates, else the article's latest year."""
    for ai, h in enumerate(page):
        if out[ai] is not None or not h.anchors or h.lead_weekday is None:
            continue
        if prior is None and h.max_year is None:
            continue
        best_d: tuple[float, date] | None = None
        for y in _year_window(prior, h.max_year):
            for m, d in h.anchors[-3:]:
                a = _mk(y, m, d)
                if a is None:
                    continue
                k = (h.lead_weekday - a.weekday()) % 7
                if k > 2:
                    continue
                cost = k + _year_cost(y, prior, h.max_year)
                if best_d is None or cost < best_d[0]:
                    best_d = (cost, a + timedelta(days=k))
        if best_d:
            out[ai] = SettledDate(best_d[1].isoformat(), "weekday after a date in the text, year inferred")


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
