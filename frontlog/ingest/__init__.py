"""Ingest: read files, folders and stdin into clean, dated articles.

`read_articles()` is the stage's entry point: it reads a run's inputs (files, folders, stdin);
no other stage opens them.
"""

from __future__ import annotations

import contextlib
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import BinaryIO

from frontlog.errors import FrontlogError, OnError, Problem
from frontlog.ingest.dateline import article_datelines
from frontlog.ingest.dates import (
    DateHints,
    credit_date,
    find_full_date,
    foreign_date,
    head_date,
    impossible_dates,
    settle_dates,
    timed_date,
)
from frontlog.ingest.decode import Decoded, decode_bytes
from frontlog.ingest.html import extract_html, looks_like_html
from frontlog.ingest.language import detect_language, language_name
from frontlog.ingest.limits import MAX_INPUT_BYTES, cut_text
from frontlog.ingest.rules import load_rules
from frontlog.ingest.split import IMPOSSIBLE_SCAN, PageArticle, split_page, squash
from frontlog.ingest.tabular import Record, read_csv, read_json, settle_record_dates
from frontlog.ingest.walk import STDIN, InputFile, expand_inputs
from frontlog.records import Article, stable_id
from frontlog.settings import OnExtractError, load_settings

__all__ = ["IngestOptions", "IngestResult", "InputFile", "expand_inputs", "read_articles", "valid_day"]

PER_ROW_WARNINGS = 10  # a file's row warnings of one code after these are counted in one line


@dataclass(frozen=True, slots=True)
class IngestOptions:
    """How to read exports: explicit column names, the numeric date order, a date for undated text."""

    text_column: str | None = None
    title_column: str | None = None
    date_column: str | None = None
    outlet_column: str | None = None
    url_column: str | None = None
    id_column: str | None = None
    date_order: str = "auto"  # auto | mdy | dmy
    default_date: str | None = None  # YYYY-MM-DD for articles that give none (`run --date`)
    countries: tuple[str, ...] = ()  # ISO2 codes the user says the articles are about (`run --country`)

    def explicit(self) -> dict[str, str | None]:
        return {
            "text": self.text_column,
            "title": self.title_column,
            "date": self.date_column,
            "outlet": self.outlet_column,
            "url": self.url_column,
            "id": self.id_column,
        }


@dataclass(frozen=True, slots=True)
class IngestResult:
    articles: tuple[Article, ...]
    problems: tuple[Problem, ...]
    inputs_read: int
    inputs_failed: tuple[str, ...] = field(default=())


@dataclass(slots=True)
class _Unit:
    """One article-to-be: page articles wait for their page's date settling."""

    file: str
    page: PageArticle | None = None
    record: Record | None = None
    published: str | None = None
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    warnings: list[str] = field(default_factory=list)


def valid_day(value: str) -> bool:
    """True for a real calendar day written YYYY-MM-DD (the form `run --date` takes)."""
    try:
        return len(value) == 10 and date.fromisoformat(value).isoformat() == value
    except ValueError:
        return False


def read_articles(
    inputs: Sequence[str | Path],
    *,
    options: IngestOptions | None = None,
    stdin: BinaryIO | None = None,
    on_error: OnError = "skip",
    progress: Callable[[str], None] | None = None,
    on_reader_error: OnExtractError | None = None,
) -> IngestResult:
    """Read every input into articles; report unreadable inputs as problems and keep going.

    Each input is its own unit of failure: whatever goes wrong with one (a bad name, a link
    loop, its size, its bytes) is reported for it, and the others are read; `on_error="raise"`
    stops at the first unreadable input instead. A bug in a reader is reported (E113) too, or
    raised with `on_reader_error="raise"` (default: [pipeline] on_error of frontlog/settings.toml).
    """
    bugs = on_reader_error or load_settings().pipeline.on_error
    options = options or IngestOptions()
    problems: list[Problem] = []
    articles: list[Article] = []
    seen: dict[str, str] = {}
    failed: list[str] = []
    n_read = 0
    for item in expand_inputs(inputs):
        if progress:
            progress(item.name)
        units: list[_Unit] = []
        if item.problem is not None:
            probs = [item.problem]
        else:
            units, probs = _read_guarded(item.name, item.path, options, stdin, bugs)
        problems.extend(_capped(probs))
        if any(p.is_error for p in probs) and not units:
            failed.append(item.name)
            if on_error == "raise":
                raise FrontlogError(next(p for p in probs if p.is_error))
            continue
        n_read += 1
        articles.extend(_finish_page(units, problems, seen, options))
    return IngestResult(tuple(articles), tuple(problems), n_read, tuple(failed))


def _read_guarded(
    name: str, path: Path | None, options: IngestOptions, stdin: BinaryIO | None, bugs: OnExtractError
) -> tuple[list[_Unit], list[Problem]]:
    try:
        return _read_one(name, path, options, stdin)
    except Exception as exc:  # a bug in a reader must not stop the run: report the input, go on
        if bugs == "raise":
            raise
        return [], [Problem("E113", name, f"{type(exc).__name__}: {exc}")]


def _capped(problems: list[Problem]) -> list[Problem]:
    """At most PER_ROW_WARNINGS warnings of one code per input; the rest counted in one more."""
    counts: Counter[tuple[str, str]] = Counter()
    out: list[Problem] = []
    for p in problems:
        key = (p.code, p.source)
        counts[key] += 1
        if p.is_error or counts[key] <= PER_ROW_WARNINGS:
            out.append(p)
    for (code, source), n in counts.items():
        if not code.startswith("E") and n > PER_ROW_WARNINGS:
            out.append(Problem(code, source, f"{n - PER_ROW_WARNINGS:,} more rows like these ({n:,} in all)"))
    return out


def _load(name: str, path: Path | None, stdin: BinaryIO | None) -> Decoded | Problem:
    """The decoded text of one input, or the problem that stops it being read."""
    limit = MAX_INPUT_BYTES
    try:
        if path is None:
            data = (stdin or sys.stdin.buffer).read(limit + 1)
            size = len(data)
        else:
            size = path.stat().st_size
            data = path.read_bytes() if size <= limit else b""
    except OSError as exc:
        return Problem("E102", name, exc.strerror or str(exc))
    if size > limit:
        return Problem("E112", name, f"more than {limit // 2**20} MB; cut it into smaller files")
    return decode_bytes(data)


def _read_one(
    name: str, path: Path | None, options: IngestOptions, stdin: BinaryIO | None
) -> tuple[list[_Unit], list[Problem]]:
    base = STDIN if path is None else path.name
    dec = _load(name, path, stdin)
    if isinstance(dec, Problem):
        return [], [dec]
    if dec.text is None:
        return [], [Problem(dec.code or "E105", name, dec.detail)]
    problems: list[Problem] = []
    if dec.code:
        problems.append(Problem(dec.code, name, dec.detail))
    suffix = "" if path is None else path.suffix.lower()
    units, probs = _reader_for(suffix, dec.text)(dec.text, name, base, options)
    return units, problems + probs


Reader = Callable[[str, str, str, "IngestOptions"], tuple[list["_Unit"], list[Problem]]]
# Input readers by name: each claims file suffixes, and optionally sniffs a text with no suffix
# of its own (HTML saved as .txt); registration order is the sniffing order, "text" is last.
READERS: dict[str, tuple[frozenset[str], Callable[[str], bool] | None, Reader]] = {}


def register_reader(
    name: str, *suffixes: str, sniff: Callable[[str], bool] | None = None
) -> Callable[[Reader], Reader]:
    """Register `reader(text, input name, file name, options) -> (units, problems)` under `name`."""

    def register(reader: Reader) -> Reader:
        READERS[name] = (frozenset(suffixes), sniff, reader)
        return reader

    return register


def _reader_for(suffix: str, text: str) -> Reader:
    for suffixes, _, reader in READERS.values():
        if suffix in suffixes:
            return reader
    for _, sniff, reader in READERS.values():
        if sniff is not None and sniff(text):
            return reader
    return READERS["text"][2]


def _read_records(records: list[Record], probs: list[Problem], name: str, base: str,
                  options: IngestOptions) -> tuple[list[_Unit], list[Problem]]:  # fmt: skip
    problems = list(probs)
    if not records:
        if not any(p.is_error for p in problems):
            problems.append(Problem("E108", name, "no rows with text"))
        return [], problems
    records, probs = settle_record_dates(records, name, options.date_order)
    problems.extend(probs)
    units = [_record_unit(base, r) for r in records]
    restamped = [u for u in units if u.warnings and u.warnings[-1].startswith("date column says")]
    problems.extend(
        Problem("W230", name, u.warnings[-1], u.record.line if u.record else None) for u in restamped
    )
    return units, problems


@register_reader("csv", ".csv", ".tsv")
def _read_csv(text: str, name: str, base: str, options: IngestOptions) -> tuple[list[_Unit], list[Problem]]:
    return _read_records(*read_csv(text, name, options.explicit()), name, base, options)


@register_reader("json", ".jsonl", ".ndjson", ".json")
def _read_json(text: str, name: str, base: str, options: IngestOptions) -> tuple[list[_Unit], list[Problem]]:
    return _read_records(*read_json(text, name, options.explicit()), name, base, options)


@register_reader("html", ".html", ".htm", ".xhtml", sniff=looks_like_html)
def _read_html(text: str, name: str, base: str, options: IngestOptions) -> tuple[list[_Unit], list[Problem]]:
    page = extract_html(text)
    if not page.text or len(page.text.split()) < 5:
        return [], [Problem("E106", name)]
    arts = split_page(page.text) or [_whole(page.text)]
    units = [_Unit(file=base, page=a, url=page.url, outlet=page.sitename) for a in arts]
    if len(units) == 1:
        units[0].title = page.title
        if page.date:
            units[0].published = page.date[:10]
    return units, _repeats(arts, name)


@register_reader("text")
def _read_text(text: str, name: str, base: str, options: IngestOptions) -> tuple[list[_Unit], list[Problem]]:
    arts = split_page(text)
    if not arts:
        if len(text.split(None, 5)) >= 5:
            arts = [_whole(text)]
        else:
            return [], [Problem("E108", name, "fewer than five words")]
    return [_Unit(file=base, page=a) for a in arts], _repeats(arts, name)


def _repeats(arts: list[PageArticle], name: str) -> list[Problem]:
    n = sum(a.repeats_dropped for a in arts)
    return [Problem("W210", name, f"{n:,}")] if n else []


def _whole(text: str) -> PageArticle:
    text = text.strip()
    return PageArticle(
        text=text, title=None, outlet=None, dateline=None, hints=DateHints(),
        impossible=tuple(impossible_dates(text[:IMPOSSIBLE_SCAN])),
    )  # fmt: skip


def _record_unit(base: str, r: Record) -> _Unit:
    text = r.text.replace("\r\n", "\n").strip()
    published = r.published
    warnings = []
    stamped = head_date(text) or credit_date(text, frozenset(load_rules().agencies)) or timed_date(text)
    if published is None:
        in_text = stamped or find_full_date(text[:200])
        if in_text:
            published = in_text.isoformat()
            warnings.append("date taken from the article text")
    elif stamped and stamped.isoformat() != published:
        # the page's own date stamp is the article's; an export's date column is often the scrape's
        warnings.append(
            f"date column says {published}, the article is stamped {stamped.isoformat()}: stamp used"
        )
        published = stamped.isoformat()
    return _Unit(
        file=base,
        record=Record(r.line, text, r.title, r.date_raw, r.outlet, r.url, r.id, published),
        published=published,
        url=r.url,
        title=r.title,
        outlet=r.outlet,
        warnings=warnings,
    )


def _finish_page(
    units: list[_Unit], problems: list[Problem], seen: dict[str, str], options: IngestOptions
) -> list[Article]:
    """The articles of one input: dates settled on the page alone (never from other inputs)."""
    hints = [u.page.hints if u.page else DateHints() for u in units]
    # Dates already known (export columns, HTML metadata) count as explicit for the page's prior.
    for ai, u in enumerate(units):
        if u.published and u.page is not None and hints[ai].explicit is None:
            with contextlib.suppress(ValueError):
                hints[ai] = DateHints(explicit=date.fromisoformat(u.published), explicit_from="metadata")
    settled = settle_dates([hints])[0]
    articles: list[Article] = []
    for ai, u in enumerate(units):
        if u.record is not None:
            text, title, outlet, dateline = u.record.text, u.title, u.outlet, None
            published, source_id = u.published, u.record.id
            line: int | None = u.record.line
        else:
            assert u.page is not None
            text, dateline = u.page.text, u.page.dateline
            title = u.title or u.page.title
            outlet = u.page.outlet or u.outlet
            published = u.published or settled[ai].published
            source_id, line = None, None
            if published and not (u.page.hints.explicit or u.published):
                u.warnings.append(f"date inferred: {settled[ai].note}")
        bad_dates = u.page.impossible if u.page is not None else impossible_dates(text[:IMPOSSIBLE_SCAN])
        if bad_dates:
            problems.append(Problem("W212", u.file, ", ".join(repr(d) for d in bad_dates), line))
        language = detect_language(text)
        if language != "en":
            u.warnings.append(f"language: {language_name(language)} (not coded)")
            published = published or foreign_date(text, language)
        if not published and options.default_date:
            published = options.default_date
            u.warnings.append("date given with --date")
        if not published:
            u.warnings.append("no date found")
            if language == "en":
                problems.append(Problem("W201", u.file, f"article starting {text[:40]!r}", line))
        if language != "en":
            problems.append(Problem("W211", u.file, language_name(language), line))
        parts = cut_text(text)
        if len(parts) > 1:
            problems.append(Problem("W209", u.file, f"{len(text):,} characters in {len(parts)} parts", line))
        for k, part in enumerate(parts):
            doc_id = stable_id(squash(part))
            if doc_id in seen:
                problems.append(Problem("W207", u.file, f"same text as an article of {seen[doc_id]}", line))
                continue
            seen[doc_id] = u.file
            warnings = [*u.warnings, f"part {k + 1} of {len(parts)}"] if len(parts) > 1 else u.warnings
            opening_end, filed = article_datelines(part)
            articles.append(
                Article(
                    doc_id=doc_id, file=u.file, text=part, title=title, published=published, outlet=outlet,
                    dateline=dateline if k == 0 else None, url=u.url, warnings=tuple(warnings),
                    source_id=source_id, language=language, dateline_end=opening_end,
                    filed=filed, countries=options.countries,
                )
            )  # fmt: skip
    return articles
