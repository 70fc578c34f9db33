"""Cut a scraped page into articles and drop its boilerplate.

A page is read line by line (scraped pages put one paragraph on a line). Each line is classified
(end marker, footer, boilerplate, by-line, date line, standalone dateline, prose or a short
non-prose line such as a title, caption or section name). An article starts at the first prose
line after a header and ends at an end marker ("Continue Reading", "Source: ...") or when a new
header (a date line, a by-line, a standalone dateline) follows prose.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from frontlog.ingest.dateline import Dateline, parse_dateline
from frontlog.ingest.dates import (
    DateHints,
    find_full_date,
    find_month_days,
    first_weekday,
    impossible_dates,
    is_date_paragraph,
    stamp_date,
    years_mentioned,
)
from frontlog.ingest.rules import PageRules, load_rules

IMPOSSIBLE_SCAN = 20_000  # characters of an article searched for impossible dates
HINT_SCAN = 300_000  # characters of a page's lines searched for month-day mentions
_TERMINAL = re.compile(r"(?:[.!?…:;]|[.!?,…][\"”’')\]]+|\.\s*\(\w+\))\s*$")
_CREDIT = re.compile(r"[-–—|]\s*(?P<agency>[A-Z][A-Za-z ]{1,30})\s*$")


@dataclass(slots=True)
class _Segment:
    header: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    footer_outlet: str | None = None
    footer_date: str | None = None  # a print-edition line after the body ("Published in X, DATE")
    report_outlet: str | None = None
    closed: bool = False


@dataclass(frozen=True, slots=True)
class PageArticle:
    """One article cut from a page: clean text plus what the page said about it."""

    text: str
    title: str | None
    outlet: str | None
    dateline: str | None
    hints: DateHints
    repeats_dropped: int = 0  # paragraphs dropped as copies of later ones
    impossible: tuple[str, ...] = ()  # dates no calendar has, in the article or its header


def squash(text: str) -> str:
    return re.sub(r"\W+", " ", unicodedata.normalize("NFKC", text)).strip().lower()


def _is_prose(line: str) -> bool:
    words = line.split()
    if len(line) >= 200:
        return True
    return len(words) >= 6 and bool(_TERMINAL.search(line))


def _kind(line: str, rules: PageRules) -> str:
    if any(p.search(line) for p in rules.end_markers):
        return "end"
    if rules.source_footer.match(line) or rules.link_footer.match(line):
        return "footer"
    pf = rules.print_footer.match(line)
    if pf and stamp_date(pf.group("rest")):
        return "print"
    if any(p.search(line) for p in rules.boilerplate):
        return "boiler"
    if rules.updated_line.match(line):
        return "header"
    pub = rules.published_line.match(line)
    if pub and len(line) <= 120 and stamp_date(pub.group("rest")[:60]):
        return "date"
    if is_date_paragraph(line):
        return "date"
    if rules.byline.match(line) and len(line) < 120:
        return "byline"
    dl = parse_dateline(line)
    if dl is not None and dl.standalone:
        return "dateline"
    if _is_prose(line):
        return "prose"
    return "short"


def split_page(page: str) -> list[PageArticle]:
    """Split the text of one scraped page into articles (in page order)."""
    rules = load_rules()
    segments: list[_Segment] = []
    cur: _Segment | None = None
    pending: list[str] = []
    for raw_line in page.splitlines():
        line = raw_line.strip()
        if not line:
            continue
        kind = _kind(line, rules)
        if kind == "end":
            if cur is not None:
                cur.closed = True
                m = re.match(r"^(\S+) report$", line, re.I)
                if m and rules.agency(m.group(1)):
                    cur.report_outlet = rules.agency(m.group(1))
            continue
        if kind == "footer":
            if cur is not None:
                cur.closed = True
                fm = rules.source_footer.match(line)
                if fm and cur.footer_outlet is None:
                    cur.footer_outlet = fm.group("outlet").strip().rstrip(".")
            continue
        if kind == "print" and cur is not None and cur.body and not cur.closed:
            _close_in_print(cur, line, rules)
            continue
        if kind == "boiler":
            if cur is not None and not cur.closed:
                cur.dropped.append(line)
            continue
        if kind in ("date", "byline", "dateline", "header", "print"):
            if cur is not None and cur.body:
                cur.closed = True
            pending.append(line)
            continue
        if kind == "prose":
            if cur is not None and not cur.closed and _next_story(cur, line):
                cur.closed = True  # a digest: each datelined item is its own story, dated by the page
                pending = [h for h in cur.header if _kind(h, rules) == "date"]
            if cur is None or cur.closed:
                cur = _Segment(header=pending)
                pending = []
                segments.append(cur)
            cur.body.append(line)
            continue
        # a short non-prose line: a title or caption before an article, a cross-link inside one
        if cur is not None and not cur.closed:
            cur.dropped.append(line)
        else:
            pending.append(line)
    return [a for seg in segments if (a := _finish(seg, rules)) is not None]


def _close_in_print(cur: _Segment, line: str, rules: PageRules) -> None:
    """A print-edition line closes the article above it, dates it and names its outlet."""
    m = rules.print_footer.match(line)
    assert m is not None
    cur.closed = True
    found = stamp_date(m.group("rest"))
    cur.footer_date = found.isoformat() if found else None
    cur.footer_outlet = cur.footer_outlet or m.group("outlet").strip()


def _next_story(cur: _Segment, line: str) -> bool:
    """A paragraph opening with a wire dateline after a story that opened with one: the next item
    of a digest ("BOGOTA (Wire) - ..." after "PORT-AU-PRINCE (Wire) - ..."), also when the digest's
    short introduction stands before its first item."""
    if not cur.body or not _opens_with_dateline(cur.body):
        return False
    dl = parse_dateline(line)
    return dl is not None and not dl.standalone and dl.end < len(line)


INTRO_PARAGRAPHS = 3  # a digest's introduction: at most this many short paragraphs ...
INTRO_CHARS = 400  # ... each shorter than this, before its first datelined item


def _opens_with_dateline(body: list[str]) -> bool:
    """The story's first paragraph, or the first after a short introduction, opens with a wire
    dateline (the paragraphs `_lead_from_dateline` moves to the header)."""
    for p in body[: INTRO_PARAGRAPHS + 1]:
        dl = parse_dateline(p)
        if dl is not None and not dl.standalone:
            return True
        if len(p) >= INTRO_CHARS:
            return False
    return False


TEASER_ZONE = 3  # a teaser quoted whole inside a later paragraph is one of the first few
TEASER_REACH = 1000  # ... and quoted within the next this many paragraphs


def _dedupe(body: list[str]) -> tuple[list[str], list[str]]:
    """Drop a paragraph that is repeated later in the article (the later copy is kept), and a
    teaser among the first paragraphs that a later paragraph quotes whole. Linear in the text:
    paragraphs are compared by hash, and only the first few are searched for inside the rest."""
    squashed = [squash(p) for p in body]
    last = {s: i for i, s in enumerate(squashed)}
    keep: list[str] = []
    dropped: list[str] = []
    for i, p in enumerate(body):
        s = squashed[i]
        later = squashed[i + 1 : i + 1 + TEASER_REACH] if i < TEASER_ZONE else []
        repeated = len(s) >= 40 and (last[s] > i or s in "\x00".join(later))
        (dropped if repeated else keep).append(p)
    return keep, dropped


def _lead_from_dateline(seg: _Segment, body: list[str]) -> list[str]:
    """A dateline opens the story: short prose before it (a headline ending in a quote, a teaser)
    moves to the segment's header."""
    if parse_dateline(body[0]) is not None:  # a digest's first item is a story, not a teaser
        return body
    for k in range(1, min(INTRO_PARAGRAPHS + 1, len(body))):
        dl = parse_dateline(body[k])
        if dl is not None and not dl.standalone and all(len(p) < INTRO_CHARS for p in body[:k]):
            seg.header.extend(body[:k])
            return body[k:]
    return body


@dataclass(frozen=True, slots=True)
class _Header:
    """What the lines above an article's body say: its date (and where it was read), title,
    credited agency and a dateline standing on its own line."""

    explicit: str | None
    explicit_from: str | None
    title: str | None
    credit: str | None
    dateline: Dateline | None


def _read_header(header: list[str], rules: PageRules) -> _Header:
    explicit = None
    explicit_from = None
    credit = None
    header_dateline: Dateline | None = None
    title_candidates: list[tuple[int, int, str]] = []
    seen_date = False
    for line in header:
        pub = rules.published_line.match(line)
        d = None
        if pub or is_date_paragraph(line):
            rest = pub.group("rest") if pub else line
            d = stamp_date(rest) if pub else find_full_date(rest)
            if pub and d:
                remainder = re.sub(r"^\s*(?:\d{4}-\d{1,2}-\d{1,2}|\S+\s+\d{1,2},?\s+\d{4})\s*", "", rest)
                if len(remainder.split()) >= 3 and not find_full_date(remainder):
                    title_candidates.append((1, len(remainder), remainder.strip()))
        dl = parse_dateline(line)
        if dl is not None and dl.standalone:
            header_dateline = dl
            if dl.full_date:
                explicit = explicit or dl.full_date
                explicit_from = explicit_from or "dateline"
        stamp_at = None
        if d is None and len(line) <= 200:
            d, stamp_at = _stamp_in_line(line, rules)
        if d is not None:
            if explicit is None:
                explicit = d.isoformat()
                explicit_from = "date line"
            before = line[:stamp_at] if stamp_at is not None else ""
            if len(before.split()) >= 4 and "|" not in before:  # a report's title dated "as of"
                title_candidates.append(((0 if seen_date else 1) + 1, len(line), line))
            seen_date = True
            continue
        cm = _CREDIT.search(line)
        if cm and rules.agency(cm.group("agency")):
            credit = rules.agency(cm.group("agency"))
        if dl is None and not rules.byline.match(line) and len(line.split()) >= 4:
            score = (0 if seen_date else 1) + (1 if line[:1].isupper() else -2)
            title_candidates.append((score, len(line), line))
    title = max(title_candidates)[2] if title_candidates else None
    return _Header(explicit, explicit_from, title, credit, header_dateline)


def _stamp_in_line(line: str, rules: PageRules):  # type: ignore[no-untyped-def]
    """A date stamp inside a header line that says more ("Our Correspondent | Published April 8,
    2025", "Flash Update No. 3 (as of 3 July 2025)"): the page rules' `header_stamps`; the date
    and where the stamp starts (None, None when there is none)."""
    for rx in rules.header_stamps:
        m = rx.search(line)
        if m:
            d = stamp_date(m.group("rest")[:40])
            if d is not None:
                return d, m.start()
    return None, None


def _finish(seg: _Segment, rules: PageRules) -> PageArticle | None:
    body, teasers = _dedupe(seg.body)
    if not body:
        return None
    body = _lead_from_dateline(seg, body)
    dateline: Dateline | None = parse_dateline(body[0])
    head = _read_header(seg.header, rules)
    explicit, explicit_from = head.explicit, head.explicit_from
    title, credit, header_dateline = head.title, head.credit, head.dateline
    lead_dl = dateline or header_dateline
    outlet = (
        (dateline.agency if dateline else None)
        or (header_dateline.agency if header_dateline else None)
        or seg.report_outlet
        or credit
        or seg.footer_outlet
    )
    if dateline and dateline.full_date and explicit is None:
        explicit, explicit_from = dateline.full_date, "dateline"
    if explicit is None and seg.footer_date:
        explicit, explicit_from = seg.footer_date, "print-edition line"
    lead_pub = rules.published_line.match(body[0])
    if explicit is None and lead_pub:
        d = find_full_date(lead_pub.group("rest")[:40])
        if d:
            explicit, explicit_from = d.isoformat(), "published line in the lead"
    text = "\n\n".join(body)
    lead = body[0][dateline.end :] if dateline else body[0]
    everything = "\n".join(_head(seg.header + seg.body + seg.dropped + teasers, HINT_SCAN))
    month_day = (dateline.month_day if dateline else None) or (
        header_dateline.month_day if header_dateline else None
    )
    years = years_mentioned(text)
    hints = DateHints(
        explicit=_iso(explicit),
        explicit_from=explicit_from,
        month_day=month_day,
        lead_weekday=first_weekday(lead),
        anchors=tuple(find_month_days(everything)),
        max_year=max(years) if years else None,
    )
    return PageArticle(
        text=text,
        title=title,
        outlet=outlet,
        dateline=lead_dl.place if lead_dl else None,
        hints=hints,
        repeats_dropped=len(teasers),
        impossible=tuple(impossible_dates("\n".join(seg.header) + "\n" + text[:IMPOSSIBLE_SCAN])),
    )


def _head(lines: list[str], limit: int) -> list[str]:
    """The first lines, up to about `limit` characters (date hints of a huge text come from its start)."""
    out, size = [], 0
    for line in lines:
        if size > limit:
            break
        out.append(line)
        size += len(line) + 1
    return out


def _iso(value: str | None):  # type: ignore[no-untyped-def]
    from datetime import date

    return date.fromisoformat(value) if value else None
