"""Ingest: read files, folders and stdin into clean, dated articles.

`read_articles()` is the stage's entry point: it reads a run's inputs (files, folders, stdin);
no other stage opens them.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import BinaryIO

from frontlog.errors import FrontlogError, OnError, Problem
from frontlog.ingest.dateline import parse_dateline
from frontlog.ingest.dates import DateHints, find_full_date, head_date, settle_dates
from frontlog.ingest.decode import decode_bytes
from frontlog.ingest.html import extract_html, looks_like_html
from frontlog.ingest.split import PageArticle, split_page, squash
from frontlog.ingest.tabular import Record, read_csv, read_json, settle_record_dates
from frontlog.records import Article, stable_id

TABULAR_CSV = {".csv", ".tsv"}
TABULAR_JSON = {".jsonl", ".ndjson", ".json"}
HTML = {".html", ".htm", ".xhtml"}
SKIP_NAMES = {".DS_Store", "Thumbs.db"}


@dataclass(frozen=True, slots=True)
class IngestOptions:
    """How to read exports: explicit column names and the numeric date order."""

    text_column: str | None = None
    title_column: str | None = None
    date_column: str | None = None
    outlet_column: str | None = None
    url_column: str | None = None
    id_column: str | None = None
    date_order: str = "auto"  # auto | mdy | dmy

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
    """One article-to-be: page articles wait for the run-wide date settling."""

    file: str
    page: PageArticle | None = None
    record: Record | None = None
    published: str | None = None
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    warnings: list[str] = field(default_factory=list)


def expand_inputs(inputs: Iterable[str | Path]) -> Iterator[tuple[str, Path | None]]:
    """Yield (name, path) for each file: folders recursively in sorted order, '-' as (stdin, None)."""
    for item in inputs:
        if str(item) == "-":
            yield "<stdin>", None
            continue
        path = Path(item)
        if path.is_dir():
            for sub in sorted(p for p in path.rglob("*") if p.is_file()):
                rel = sub.relative_to(path)
                if sub.name in SKIP_NAMES or any(part.startswith(".") for part in rel.parts):
                    continue
                if sub.name.lower().startswith(("license", "licence", "readme", "notice", "attribution")):
                    continue
                yield str(sub), sub
        else:
            yield str(path), path


def read_articles(
    inputs: Sequence[str | Path],
    *,
    options: IngestOptions | None = None,
    stdin: BinaryIO | None = None,
    on_error: OnError = "skip",
    progress: Callable[[str], None] | None = None,
) -> IngestResult:
    """Read every input into articles; report unreadable inputs as problems and keep going."""
    options = options or IngestOptions()
    problems: list[Problem] = []
    units_by_page: list[list[_Unit]] = []
    failed: list[str] = []
    n_read = 0
    for name, path in expand_inputs(inputs):
        if progress:
            progress(name)
        units, probs = _read_one(name, path, options, stdin)
        problems.extend(probs)
        if any(p.is_error for p in probs) and not units:
            failed.append(name)
            if on_error == "raise":
                raise FrontlogError(next(p for p in probs if p.is_error))
            continue
        n_read += 1
        units_by_page.append(units)
    articles = _finish_units(units_by_page, problems)
    return IngestResult(tuple(articles), tuple(problems), n_read, tuple(failed))


def _read_one(
    name: str, path: Path | None, options: IngestOptions, stdin: BinaryIO | None
) -> tuple[list[_Unit], list[Problem]]:
    base = "<stdin>" if path is None else path.name
    try:
        if path is None:
            data = (stdin or sys.stdin.buffer).read()
        elif not path.exists():
            return [], [Problem("E101", name)]
        else:
            data = path.read_bytes()
    except OSError as exc:
        return [], [Problem("E102", name, exc.strerror or str(exc))]
    dec = decode_bytes(data)
    if dec.text is None:
        return [], [Problem(dec.code or "E105", name, dec.detail)]
    problems: list[Problem] = []
    if dec.code:
        problems.append(Problem(dec.code, name, dec.detail))
    text = dec.text
    suffix = "" if path is None else path.suffix.lower()
    if suffix in TABULAR_CSV or suffix in TABULAR_JSON:
        reader = read_csv if suffix in TABULAR_CSV else read_json
        records, probs = reader(text, name, options.explicit())
        problems.extend(probs)
        if not records:
            if not any(p.is_error for p in problems):
                problems.append(Problem("E108", name, "no rows with text"))
            return [], problems
        records, probs = settle_record_dates(records, name, options.date_order)
        problems.extend(probs)
        units = [_record_unit(base, r) for r in records]
        restamped = [u for u in units if u.warnings and u.warnings[-1].startswith("date column says")]
        problems.extend(Problem("W230", name, u.warnings[-1], u.record.line if u.record else None) for u in restamped)
        return units, problems
    if suffix in HTML or looks_like_html(text):
        page = extract_html(text)
        if not page.text or len(page.text.split()) < 5:
            return [], problems + [Problem("E106", name)]
        arts = split_page(page.text) or [_whole(page.text)]
        units = [_Unit(file=base, page=a, url=page.url, outlet=page.sitename) for a in arts]
        if len(units) == 1:
            units[0].title = page.title
            if page.date:
                units[0].published = page.date[:10]
        return units, problems
    arts = split_page(text)
    if not arts:
        if len(text.split()) >= 5:
            arts = [_whole(text)]
        else:
            return [], problems + [Problem("E108", name, "fewer than five words")]
    return [_Unit(file=base, page=a) for a in arts], problems


def _whole(text: str) -> PageArticle:
    return PageArticle(text=text.strip(), title=None, outlet=None, dateline=None, hints=DateHints())


def _record_unit(base: str, r: Record) -> _Unit:
    text = r.text.replace("\r\n", "\n").strip()
    published = r.published
    warnings = []
    stamped = head_date(text)
    if published is None:
        in_text = stamped or find_full_date(text[:200])
        if in_text:
            published = in_text.isoformat()
            warnings.append("date taken from the article text")
    elif stamped and stamped.isoformat() != published:
        # the page's own date stamp is the article's; an export's date column is often the scrape's
        warnings.append(f"date column says {published}, the article is stamped {stamped.isoformat()}: stamp used")
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


def _finish_units(units_by_page: list[list[_Unit]], problems: list[Problem]) -> list[Article]:
    hints = [[u.page.hints if u.page else DateHints() for u in page] for page in units_by_page]
    # Dates already known (export columns, HTML metadata) count as explicit for the run's prior.
    for pi, page in enumerate(units_by_page):
        for ai, u in enumerate(page):
            if u.published and u.page is not None and hints[pi][ai].explicit is None:
                with contextlib.suppress(ValueError):
                    hints[pi][ai] = DateHints(
                        explicit=date.fromisoformat(u.published), explicit_from="metadata"
                    )
    settled = settle_dates(hints)
    articles: list[Article] = []
    seen: dict[str, str] = {}
    for pi, page in enumerate(units_by_page):
        for ai, u in enumerate(page):
            if u.record is not None:
                text, title, outlet, dateline = u.record.text, u.title, u.outlet, None
                published, source_id = u.published, u.record.id
                line: int | None = u.record.line
            else:
                assert u.page is not None
                text, dateline = u.page.text, u.page.dateline
                title = u.title or u.page.title
                outlet = u.page.outlet or u.outlet
                published = u.published or settled[pi][ai].published
                source_id, line = None, None
                if published and not (u.page.hints.explicit or u.published):
                    u.warnings.append(f"date inferred: {settled[pi][ai].note}")
            if not published:
                u.warnings.append("no date found")
                problems.append(Problem("W201", u.file, f"article starting {text[:40]!r}", line))
            doc_id = stable_id(squash(text))
            if doc_id in seen:
                problems.append(Problem("W207", u.file, f"same text as an article of {seen[doc_id]}", line))
                continue
            seen[doc_id] = u.file
            opening = parse_dateline(text.split("\n", 1)[0])
            articles.append(
                Article(
                    doc_id=doc_id,
                    file=u.file,
                    text=text,
                    title=title,
                    published=published,
                    outlet=outlet,
                    dateline=dateline,
                    url=u.url,
                    warnings=tuple(u.warnings),
                    source_id=source_id,
                    dateline_end=opening.end if opening else None,
                )
            )
    return articles
