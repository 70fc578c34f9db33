"""CSV, JSONL and JSON exports: find the article fields by common column names, read every row.

Numeric dates such as 4/5/17 are ambiguous: the day/month order of a column is inferred from all
its values (a first number above 12 means day-first, a second above 12 month-first) and, when the
column never says, from full dates written in the article texts; the choice is reported.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from importlib import resources
from typing import Any

import yaml

from frontlog.errors import Problem
from frontlog.ingest.dates import find_full_date, impossible_dates

FIELDS = ("text", "title", "date", "outlet", "url", "id")
_NUMERIC = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})\b")


@dataclass(frozen=True, slots=True)
class Record:
    """One article row of an export, with the fields found for it."""

    line: int
    text: str
    title: str | None
    date_raw: str | None
    outlet: str | None
    url: str | None
    id: str | None
    published: str | None = None


@functools.cache
def column_aliases() -> dict[str, tuple[str, ...]]:
    raw = yaml.safe_load((resources.files("frontlog.ingest") / "data" / "columns.yaml").read_text("utf-8"))
    missing = [f for f in FIELDS if f not in raw]
    if missing:
        raise ValueError(f"columns.yaml: missing fields {missing}")
    return {f: tuple(str(a) for a in raw[f]) for f in FIELDS}


def _key(name: str) -> str:
    return re.sub(r"[\s_\-.]", "", name).lower()


def find_columns(names: list[str], explicit: dict[str, str | None]) -> dict[str, str | None]:
    """Map each article field to a column name: explicit choices first, then the alias lists."""
    by_key = {_key(n): n for n in names}
    out: dict[str, str | None] = {}
    for f in FIELDS:
        if explicit.get(f):
            out[f] = explicit[f]
            continue
        out[f] = next((by_key[a] for a in column_aliases()[f] if a in by_key), None)
    return out


def _s(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, (dict, list)):
        return None
    text = str(value).strip()
    return text or None


def read_csv(text: str, source: str, explicit: dict[str, str | None]) -> tuple[list[Record], list[Problem]]:
    csv.field_size_limit(1 << 30)
    sample = text[:8192]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    try:
        header = next(reader)
    except (StopIteration, csv.Error):
        return [], [Problem("E108", source, "no header row")]
    cols = find_columns(header, explicit)
    if cols["text"] is None or cols["text"] not in header:
        return [], [Problem("E107", source, f"columns are {_names(header)}; name one with --text-column")]
    idx = {f: (header.index(c) if c in header else None) for f, c in cols.items()}
    records: list[Record] = []
    problems = _date_column_problems(cols, header, source, "columns")
    wide: list[int] = []
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.append(Problem("W202", source, str(exc), reader.line_num))
            continue
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(header) and any(cell.strip() for cell in row[len(header) :]):
            wide.append(line)

        def get(field: str, row: list[str] = row) -> str | None:
            i = idx[field]
            return _s(row[i]) if i is not None and i < len(row) else None

        body = get("text")
        if not body:
            problems.append(Problem("W203", source, "empty text cell", line))
            continue
        records.append(Record(line, body, get("title"), get("date"), get("outlet"), get("url"), get("id")))
    if wide:
        first = ", ".join(str(n) for n in wide[:5])
        problems.append(
            Problem(
                "W214",
                source,
                f"{len(wide):,} rows, first at lines {first}; the header has {len(header)} columns",
            )
        )
    return records, problems


def _names(names: list[str]) -> str:
    shown = ", ".join(names[:20])
    return shown + (f" and {len(names) - 20} more" if len(names) > 20 else "")


def _date_column_problems(
    cols: dict[str, str | None], names: list[str], source: str, what: str
) -> list[Problem]:
    """W215 when no date column was found (or the one named is absent): say what there is."""
    if cols["date"] is not None and cols["date"] in names:
        return []
    named = (
        f"--date-column {cols['date']!r} is not among them" if cols["date"] else "none is a known date name"
    )
    return [
        Problem(
            "W215",
            source,
            f"{what} are {_names(names)}; {named}: name one with --date-column, or give --date YYYY-MM-DD",
        )
    ]


def read_json(text: str, source: str, explicit: dict[str, str | None]) -> tuple[list[Record], list[Problem]]:
    """JSON Lines (one object a line), or a JSON array / an object holding an array of articles."""
    problems: list[Problem] = []
    objects: list[tuple[int, dict[str, Any]]] = []
    stripped = text.lstrip()
    whole: Any = None
    if stripped.startswith("["):
        try:
            whole = json.loads(text)
        except json.JSONDecodeError:
            whole = None
    elif stripped.startswith("{"):
        try:
            whole = json.loads(text)
        except json.JSONDecodeError:
            whole = None  # JSON Lines
    if isinstance(whole, dict):
        lists = [v for v in whole.values() if isinstance(v, list) and v and isinstance(v[0], dict)]
        whole = lists[0] if lists else [whole]
    if isinstance(whole, list):
        objects = [(i + 1, o) for i, o in enumerate(whole) if isinstance(o, dict)]
        if len(objects) < len(whole):
            problems.append(
                Problem("W202", source, f"{len(whole) - len(objects)} array items are not objects")
            )
    else:
        for n, raw in enumerate(text.splitlines(), 1):
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw)
            except json.JSONDecodeError as exc:
                problems.append(Problem("W202", source, f"not JSON ({exc.msg})", n))
                continue
            if not isinstance(obj, dict):
                problems.append(Problem("W202", source, "not a JSON object", n))
                continue
            objects.append((n, obj))
    if not objects:
        return [], problems + [Problem("E109", source, "no JSON objects found")]
    names = list(dict.fromkeys(k for _, o in objects for k in o))
    cols = find_columns(names, explicit)
    if cols["text"] is None or cols["text"] not in names:
        return [], problems + [
            Problem("E107", source, f"keys are {_names(names)}; name one with --text-column")
        ]
    problems += _date_column_problems(cols, names, source, "keys")
    records = []
    for n, obj in objects:
        body = _s(obj.get(cols["text"] or ""))
        if not body:
            problems.append(Problem("W203", source, "no text", n))
            continue

        def get(field: str, obj: dict[str, Any] = obj) -> str | None:
            c = cols[field]
            return _s(obj.get(c)) if c else None

        records.append(Record(n, body, get("title"), get("date"), get("outlet"), get("url"), get("id")))
    return records, problems


def settle_record_dates(
    records: list[Record], source: str, order: str = "auto"
) -> tuple[list[Record], list[Problem]]:
    """Parse each record's date; infer day/month order for numeric dates over the whole column."""
    problems: list[Problem] = []
    pairs = [
        (int(m.group(1)), int(m.group(2)))
        for r in records
        if r.date_raw and (m := _NUMERIC.match(r.date_raw))
    ]
    chosen = order
    why = "as asked"
    if order == "auto" and pairs:
        day_first = any(a > 12 for a, _ in pairs)
        month_first = any(b > 12 for _, b in pairs)
        if day_first and not month_first:
            chosen, why = "dmy", "a first number above 12 in the column"
        elif month_first and not day_first:
            chosen, why = "mdy", "a second number above 12 in the column"
        else:
            votes: Counter[str] = Counter()
            for r in records:
                m = _NUMERIC.match(r.date_raw or "")
                in_text = find_full_date(r.text[:300])
                if not m or not in_text:
                    continue
                for o in ("mdy", "dmy"):
                    if _numeric(m, o) == in_text:
                        votes[o] += 1
            if votes:
                chosen, why = votes.most_common(1)[0][0], "dates written in the article texts"
            else:
                chosen, why = "mdy", "no evidence either way; month-first assumed"
        if day_first and month_first:
            why = "the column mixes both orders; " + why
        problems.append(
            Problem(
                "W204",
                source,
                f"read as {'day/month' if chosen == 'dmy' else 'month/day'}/year ({why})",
            )
        )
    elif order == "auto":
        chosen = "mdy"
    out = []
    bad = 0
    impossible: list[str] = []
    for r in records:
        published = None
        if r.date_raw:
            m = _NUMERIC.match(r.date_raw)
            d = _numeric(m, chosen) if m else find_full_date(r.date_raw)
            if d is None and not m:
                d = _dateparser(r.date_raw)
            if d is None and impossible_dates(r.date_raw):
                impossible.append(r.date_raw[:40])
            elif d is None:
                bad += 1
            published = d.isoformat() if d else None
        out.append(Record(r.line, r.text, r.title, r.date_raw, r.outlet, r.url, r.id, published))
    if bad:
        problems.append(Problem("W205", source, f"{bad} date values not understood"))
    if impossible:
        shown = ", ".join(repr(v) for v in impossible[:3])
        problems.append(Problem("W212", source, f"{len(impossible):,} date values, such as {shown}"))
    return out, problems


def _numeric(m: re.Match[str], order: str) -> date | None:
    a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if y < 100:
        y += 2000 if y < 70 else 1900
    month, day = (a, b) if order == "mdy" else (b, a)
    try:
        return date(y, month, day)
    except ValueError:
        return None


def _dateparser(value: str) -> date | None:
    import dateparser

    try:
        dt = dateparser.parse(
            value[:80], settings={"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False}
        )
    except Exception:  # dateparser raises many types on odd strings; any failure means "not a date"
        return None
    return dt.date() if dt else None
