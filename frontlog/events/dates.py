"""Date expressions in a sentence, resolved against the article's date (spec section 5).

Each expression found gives (date, precision, kind): "on Monday" in an article dated Wednesday
2017-09-20 is 2017-09-18/day; "last December" in a 2017-03-02 article is 2016-12/month;
"earlier this month" is the article's month; "in May 2015" is 2015-05/month; "two days later"
and "hours later" count from the date of the previous event in the article.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from frontlog.calendar import MONTHS, WEEKDAYS, month_pattern, weekday_pattern
from frontlog.events.filed import FILED

_NUMWORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
             "eight": 8, "nine": 9, "ten": 10, "several": 3, "few": 3}  # fmt: skip
_MON = rf"({month_pattern()})\.?"
_WD = rf"({weekday_pattern()})"
_NUM = r"(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few)"
# "demand 16 months of backpay": months of money owed, no duration (africa helper, session 10)
_OWED = r"\s+(?:unpaid\s+|salary\s+|scholarship\s+)?(?:arrears|backpay|back pay|salary|salaries|wages|pay|allowances|stipends?|grants?)\b"

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # "killed 20 over the past two days" (not "for the past two days", a state; not "the past 48
    # hours", a period toll, tests/events/test_dates.py): news of the report, coded on the report's
    # day as "over the past 24 hours" is (the FA-KES gold's convention, tests/data/fakes_dev5/README.md;
    # days, session 16)
    (
        "past_days",
        re.compile(
            r"\b(?:over|in|during) the (?:past|last) (?:two|2) days\b",
            re.I,
        ),
    ),
    (
        "vague",
        re.compile(
            r"\b(?:in|over|during|for) (?:the )?(?:recent|past|last|coming|next) (?:few |several |two |three )?(?:weeks|months|years)\b|\bin recent (?:days|weeks|months|years)\b|\bfor (?:weeks|months|years)\b|\bfor (?:two|three|four|five|several|many|\d+) (?:weeks|months|years)\b|\bin the space of\b|\bsince the (?:end|start|beginning|middle) of\b|\b(?:in|over|during|for) the (?:past|last) (?:few |several |(?:\d+|two|three|four|five|six|seven|eight|nine|ten) )?days\b|\b(?:in|over|during) the (?:past|last) (?:48|72|forty-eight|seventy-two) hours\b|\bin (?:\d+|two|three|four|five|six|seven|eight|nine|ten) days\b(?!\s+(?:time|from now))|\ba few (?:weeks|months|years)\b|\b(?:weeks|months|years) of\b(?!" + _OWED + ")",
            re.I,
        ),
    ),
    ("since_year", re.compile(rf"\b(?i:since)\s+(?:(?:early|mid|late)[- ])?(?:{_MON}\s+)?((?:19|20)\d\d)\b")),
    # "have killed 66 civilians since Tuesday", "since March 3": a running total over days, not an
    # event of that day; "since Friday night" in Saturday's article: the day stated (session 14, fixes)
    (
        "since_day",
        re.compile(
            rf"\b(?i:since)\s+(?:(?i:late|early)\s+)?(?:{_WD}|{_MON}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b|(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MON})"
        ),
    ),
    ("month_day_year", re.compile(rf"\b{_MON}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b")),
    (
        "day_month_year",
        re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON},?\s+((?:19|20)\d\d)\b"),
    ),
    ("month_year", re.compile(rf"\b(?:(early|mid|late)[- ])?{_MON},?\s+((?:19|20)\d\d)\b")),
    (
        "month_day",
        re.compile(rf"\b{_MON}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*(?:percent|%|km|kilomet|miles|people))"),
    ),
    ("day_month", re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MON}\b")),
    ("year", re.compile(r"\b(?i:in|early|late|mid|mid-|since|of|by|until)\s+((?:19|20)\d\d)\b")),
    ("that_year", re.compile(rf"\b(?:in\s+)?{_MON}\s+(that|this|last)\s+year\b")),
    ("last_month_name", re.compile(rf"\b(?:last|this past)\s+{_MON}(?!\s+\d)\b")),
    (
        "in_month",
        re.compile(rf"\b(?i:in|since|until|by|from|during)\s+(?:(?:early|mid|late)[- ])?{_MON}(?!\s+\d)\b"),
    ),
    # "overnight Wednesday" (that night: Wednesday), "overnight into Thursday" (the night began Wednesday)
    ("overnight_day", re.compile(rf"\b(?i:overnight)\s+(?:(on|into|to)\s+)?{_WD}\b")),
    (
        "weekday",
        re.compile(
            rf"\b((?:(?:late|early)\s+)?(?:on\s+)?(?:(?:late|early)\s+)?){_WD}(?:'s|’s)?(?:\s+(night|morning|evening|afternoon))?"
        ),
    ),
    ("yesterday", re.compile(r"\byesterday\b", re.I)),
    ("today", re.compile(r"\b(today|this morning|this afternoon|this evening|tonight)\b", re.I)),
    ("last_night", re.compile(r"\b(last night|overnight)\b", re.I)),
    ("this_month", re.compile(r"\b(?:(?:earlier|later|early)\s+)?this month\b", re.I)),
    ("last_month", re.compile(r"\blast month\b", re.I)),
    ("last_week", re.compile(r"\blast week\b", re.I)),
    ("this_week", re.compile(r"\b(?:earlier|early) this week\b", re.I)),  # (a week, as "earlier this month")
    ("weekend", re.compile(r"\b(?:over|at|during) the weekend\b", re.I)),
    ("past_day", re.compile(r"\b(?:over|in|during) the (?:past|last) (?:(?:24|twenty-four) hours|day)\b", re.I)),
    ("ago", re.compile(rf"\b{_NUM}\s+(day|week|month|year)s?\s+ago\b", re.I)),
    # "had been killed the previous day", "the day before", "on the eve" (not "the day before the
    # vote", "on the eve of talks"): the day before the previous event's (session 12, news)
    (
        "day_before",
        re.compile(
            r"\b(?:the previous day|the preceding day|a day earlier|the day before(?!\s+(?:the|a|an|his|her|their|its|yesterday|\w+day)\b)|on the eve(?!\s+of)\b)",
            re.I,
        ),
    ),
    ("day_after", re.compile(r"\bthe (?:next|following) day\b", re.I)),
    # "The same day, ...", "later that day": the previous event's day
    (
        "same_day",
        re.compile(r"\b(?:(?:later|earlier)\s+)?(?:that|the)\s+same\s+(?:day|night)\b|\b(?:later|earlier)\s+that\s+(?:day|night)\b", re.I),
    ),
    ("later", re.compile(rf"\b(?:{_NUM}\s+(day|week)s?|hours|minutes|moments)\s+later\b", re.I)),
    ("last_year", re.compile(r"\blast year\b", re.I)),
    ("this_year", re.compile(r"\b(?:earlier|early)\s+this year\b", re.I)),
]


@dataclass(frozen=True, slots=True)
class DateExpr:
    kind: str
    start: int  # offsets within the sentence text
    end: int
    groups: tuple[str | None, ...]


@dataclass(frozen=True, slots=True)
class ResolvedDate:
    value: str  # YYYY-MM-DD | YYYY-MM | YYYY
    precision: str  # day | month | year
    relative_to_previous: bool = False
    durative: bool = False  # "since 2014": a state, not an event on a date
    explicit: bool = True  # False when no expression dated it (the article's date was taken)
    chronicle: bool = False  # dated by a timeline entry (events/chronicle.py): a longer window


def find_date_expressions(text: str) -> list[DateExpr]:
    """All date expressions in a sentence, longest first where they overlap."""
    return list(_find_date_expressions(text))


@functools.lru_cache(maxsize=8192)  # the same sentence is asked about once per trigger
def _find_date_expressions(text: str) -> tuple[DateExpr, ...]:
    found: list[DateExpr] = []
    taken: list[tuple[int, int]] = []
    for kind, rx in PATTERNS:
        for m in rx.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            if kind == "weekday" and not m.group(2):
                continue
            if kind in ("month_day", "in_month", "last_month_name") and _is_may_verb(text, m):
                continue
            found.append(DateExpr(kind, m.start(), m.end(), m.groups()))
            taken.append((m.start(), m.end()))
    return tuple(e for e in sorted(found, key=lambda d: d.start) if not _named_with_date(e, found, text))


_DAY_DATES = frozenset({"month_day", "day_month", "month_day_year", "day_month_year"})


def _named_with_date(e: DateExpr, found: list[DateExpr], text: str) -> bool:
    """A weekday followed by its date ("on Monday November 13", "Tuesday, 14 November"): the date
    says the day (it wins where the two disagree), so the weekday is no expression of its own
    (days, session 16)."""
    return e.kind == "weekday" and any(
        d.kind in _DAY_DATES and 0 <= d.start - e.end <= 2 and not text[e.end : d.start].strip(" ,") for d in found
    )


def _is_may_verb(text: str, m: re.Match[str]) -> bool:
    word = text[m.start() : m.end()]
    return (
        "May" not in word
        and "may" in word.lower()
        or bool(re.search(r"\bmay\b", word) and not re.search(r"\bMay\b", word))
    )


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _ym(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _shift_month(d: date, months: int) -> tuple[int, int]:
    idx = d.year * 12 + (d.month - 1) + months
    return idx // 12, idx % 12 + 1


def _num(word: str) -> int:
    return int(word) if word.isdigit() else _NUMWORDS.get(word.lower(), 1)


def resolve_date(expr: DateExpr, pub: date, previous: date | None = None) -> ResolvedDate | None:
    """Resolve one expression against the article date (and the previous event's date)."""
    g = expr.groups
    k = expr.kind
    if k == "vague":
        return ResolvedDate("", "day", durative=True)
    if k == "since_year":
        return ResolvedDate(g[-1] or "", "year", durative=True)
    if k == "since_day":
        return _since_day(g, pub)
    if k == "month_day_year":
        try:
            return ResolvedDate(date(int(g[2] or 0), _month(g[0] or ""), int(g[1] or 0)).isoformat(), "day")
        except ValueError:
            return None
    if k == "day_month_year":
        try:
            return ResolvedDate(date(int(g[2] or 0), _month(g[1] or ""), int(g[0] or 0)).isoformat(), "day")
        except ValueError:
            return None
    if k == "month_year":
        return ResolvedDate(_ym(int(g[2] or 0), _month(g[1] or "")), "month")
    if k in ("month_day", "day_month"):
        mon, day = (g[0], g[1]) if k == "month_day" else (g[1], g[0])
        try:
            d = date(pub.year, _month(mon or ""), int(day or 0))
        except ValueError:
            return None
        if d > pub + timedelta(days=1):
            try:
                d = date(pub.year - 1, d.month, d.day)
            except ValueError:
                return None
        return ResolvedDate(d.isoformat(), "day")
    if k == "year":
        return ResolvedDate(g[0] or "", "year")
    if k == "that_year":
        return None
    if k in ("last_month_name", "in_month"):
        m = _month(g[-1] or "")
        y = pub.year if m < pub.month or (k == "in_month" and m == pub.month) else pub.year - 1
        return ResolvedDate(_ym(y, m), "month")
    if k in ("weekday", "overnight_day"):
        wd = WEEKDAYS[(g[1] or "").lower()]
        d = pub - timedelta(days=(pub.weekday() - wd) % 7)
        if k == "overnight_day" and (g[0] or "").lower() in ("into", "to"):
            d -= timedelta(days=1)  # the night into Thursday began on Wednesday
        return ResolvedDate(d.isoformat(), "day")
    if k == "yesterday":
        return ResolvedDate((pub - timedelta(days=1)).isoformat(), "day")
    if k in ("today", "past_day", "past_days", "last_night"):  # "overnight", "last night": the report's day (days, session 15)
        return ResolvedDate(pub.isoformat(), "day")
    if k == "this_month":
        return ResolvedDate(_ym(pub.year, pub.month), "month")
    if k == "last_month":
        return ResolvedDate(_ym(*_shift_month(pub, -1)), "month")
    if k == "this_week":  # a week, not a day: its month ("earlier this week")
        return ResolvedDate(_ym(pub.year, pub.month), "month")
    if k == "last_week":  # a week, not a day: its month ("retook the town last week")
        return ResolvedDate(_ym(*_shift_month(pub - timedelta(days=7), 0)), "month")
    if k == "weekend":
        d = pub - timedelta(days=(pub.weekday() - 6) % 7 or 7)
        return ResolvedDate(d.isoformat(), "day")
    if k in ("ago", "later", "day_before", "day_after", "same_day"):
        return _counted(k, g, pub, previous)
    if k == "last_year":
        return ResolvedDate(str(pub.year - 1), "year")
    if k == "this_year":
        return ResolvedDate(str(pub.year), "year")
    return None


SINCE_EVENT_DAYS = 2  # "since Friday night" of Saturday's article tells the events begun then


def _since_day(g: tuple[str | None, ...], pub: date) -> ResolvedDate:
    """ "since Tuesday", "since March 3": the stated day when it is at most SINCE_EVENT_DAYS before
    the article (the night's or the day's events, coded at their start), else a running total over
    days (durative: no event of that day)."""
    wd, mon, day, day2, mon2 = g
    if wd:
        r = resolve_date(DateExpr("weekday", 0, 0, (None, wd, None)), pub)
    else:
        r = resolve_date(DateExpr("month_day", 0, 0, (mon or mon2, day or day2)), pub)
    if r is not None and r.precision == "day" and (pub - date.fromisoformat(r.value)).days <= SINCE_EVENT_DAYS:
        return r
    return ResolvedDate("", "day", durative=True)


def _counted(k: str, g: tuple[str | None, ...], pub: date, previous: date | None) -> ResolvedDate:
    """ "two days ago" (from the article's date); "two days later", "the previous day", "the next
    day", "the same day" (from the previous event's date, else the article's)."""
    if k == "ago":
        n, unit = _num(g[0] or "1"), (g[1] or "day").lower()
        if unit == "day":
            return ResolvedDate((pub - timedelta(days=n)).isoformat(), "day")
        if unit == "week":  # "a week ago": about then, so its month
            return ResolvedDate(_ym(*_shift_month(pub - timedelta(days=7 * n), 0)), "month")
        if unit == "month":
            return ResolvedDate(_ym(*_shift_month(pub, -n)), "month")
        return ResolvedDate(str(pub.year - n), "year")
    base = previous or pub
    if k == "later":
        days = _num(g[0]) * (7 if (g[1] or "").lower() == "week" else 1) if g[0] else 0
    elif k == "same_day":
        days = 0
    else:
        days = -1 if k == "day_before" else 1
    return ResolvedDate((base + timedelta(days=days)).isoformat(), "day", relative_to_previous=True)


_UNIT_DAYS = {"day": 1, "days": 1, "week": 7, "weeks": 7}


def duration_days(number: str | None, unit: str) -> int | None:
    """The days of a measured interval ("a week", "two days", "10 days"); None for any other
    (a month, or "days" with no number)."""
    unit = unit.lower()
    if unit not in _UNIT_DAYS or (number is None and unit.endswith("s")):
        return None
    if number is not None and number.lower() not in _NUMWORDS and not number.isdigit():
        return None
    return (_num(number) if number else 1) * _UNIT_DAYS[unit]


_DATELINE_END = "frontlog.dateline_end"  # doc.user_data key (frontlog/doctext.py keeps the text there too)


def mark_dateline(doc: Doc, end: int, filed: tuple[tuple[int, int], ...] = ()) -> None:
    """Remember where the article's wire dateline ends (ingest's parse, Article.dateline_end): its
    date ("GOMA, Feb 11, 2020 (Wire) -") is the report's, not one a sentence gives its event. And
    the datelines inside the text (Article.filed: their towns are no event's place, events/filed.py)."""
    doc.user_data[_DATELINE_END] = end
    doc.user_data[FILED] = filed


def dated_phrase(span: Span) -> bool:
    """A phrase that carries a date expression of its own ("which rebels captured on Monday"; not
    the date of the wire dateline that opens the article)."""
    after = span.doc.user_data.get(_DATELINE_END, -1)
    return any(span.start_char + e.start >= after
               and not (resolve_date(e, date(2000, 1, 1)) or ResolvedDate("", "day", durative=True)).durative
               for e in find_date_expressions(span.text))  # fmt: skip


def undated_clause(tok: Token) -> bool:
    """A relative clause or a past participle told of a noun ("oil fields captured by IS", "the east,
    which fell to the army") with no date of its own: a state of that noun, not a dated event (not
    a headline's root, "Town captured by rebels"; not a present participle, "advanced, seizing X")."""
    told_of = tok.dep_ == "relcl" or (tok.dep_ == "acl" and tok.tag_ == "VBN")
    return told_of and tok.head.dep_ != "ROOT" and not dated_phrase(tok.doc[tok.left_edge.i : tok.right_edge.i + 1])
