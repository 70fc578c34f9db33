"""Events of an article without a publication date: only those whose own sentence writes the
date in full ("On 4 May 2020", "in May 2020"). Every other mention would be dated from the
article's date, which is unknown, so it is dropped, and the caller says how many were."""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from typing import Any

from frontlog.events.dates import find_date_expressions, resolve_date
from frontlog.records import Article

ABSOLUTE = frozenset({"month_day_year", "day_month_year", "month_year"})
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")


def reference_date(text: str) -> date:
    """The latest date written in full in the text, else the end of the latest year it names,
    else today: the date the extraction resolves against (only absolute dates are kept)."""
    ref = date(1900, 1, 1)
    best = None
    for e in find_date_expressions(text[:200_000]):
        r = resolve_date(e, ref) if e.kind in ABSOLUTE else None
        if r is not None and r.precision == "day":
            d = date.fromisoformat(r.value)
            best = d if best is None or d > best else best
    if best is not None:
        return best
    years = [int(y) for y in _YEAR.findall(text)]
    return date(max(years), 12, 31) if years else date.today()


def written_dates(sentence: str, ref: date) -> set[str]:
    """The dates (day or month) a sentence writes with their year."""
    out = set()
    for e in find_date_expressions(sentence):
        if e.kind in ABSOLUTE and (r := resolve_date(e, ref)) is not None:
            out.add(r.value)
    return out


def keep_written(items: tuple[Any, ...], date_field: str, ref: date) -> tuple[tuple[Any, ...], int]:
    """The mentions or claims whose date is written in their own sentence (with the source's
    publication date cleared again), and how many others were dropped."""
    kept = []
    for item in items:
        if getattr(item, date_field) in written_dates(item.source.sentence, ref):
            kept.append(dataclasses.replace(item, source=dataclasses.replace(item.source, published=None)))
    return tuple(kept), len(items) - len(kept)


def dated_copy(article: Article) -> tuple[Article, date]:
    """The article with its reference date as a stand-in publication date."""
    ref = reference_date(article.text)
    return dataclasses.replace(article, published=ref.isoformat()), ref
