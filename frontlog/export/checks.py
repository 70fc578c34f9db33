"""Checks of export and query options (issue 16): the format follows the file's extension, dates
are real dates, types are ACLED types, and a country or actor that matches nothing is answered
with the values the store has."""

from __future__ import annotations

import dataclasses
import difflib
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from frontlog.events.lexicon import EVENT_TYPE
from frontlog.export import FORMATS, EventFilter
from frontlog.store import Store

EXTENSIONS = {".csv": "acled-csv", ".geojson": "geojson", ".parquet": "parquet", ".jsonl": "jsonl",
              ".ndjson": "jsonl"}  # fmt: skip
EVENT_TYPES = tuple(sorted(set(EVENT_TYPE.values())))
SUB_EVENT_TYPES = tuple(sorted(EVENT_TYPE))
KNOWN_TYPES = EVENT_TYPES + SUB_EVENT_TYPES
SHOWN = 15  # values listed in a message


class OptionError(ValueError):
    """A bad export or query option; `option` names it (--since, --type, ...)."""

    def __init__(self, option: str, message: str) -> None:
        super().__init__(message)
        self.option = option


def export_format(path: Path, fmt: str | None) -> str:
    """The format to write `path` in: `fmt`, else the one its extension names; a mismatch is an error."""
    implied = EXTENSIONS.get(path.suffix.lower())
    if fmt is None:
        if implied is None:
            known = ", ".join(f"{ext} ({f})" for ext, f in EXTENSIONS.items())
            raise OptionError("--format", f"cannot tell the format from {path.name!r}; name it with --format "
                                          f"or end the file in {known}")  # fmt: skip
        return implied
    if fmt not in FORMATS:
        raise OptionError("--format", f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    if implied is not None and implied != fmt:
        raise OptionError("--format", f"--format {fmt} but {path.name!r} ends in {path.suffix} ({implied}); "
                                      "change one of them")  # fmt: skip
    return fmt


def check_date(option: str, value: str) -> str:
    """YYYY, YYYY-MM or YYYY-MM-DD naming a real day or month (2017-13 and 2017-02-30 are errors)."""
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value)
    try:
        if m is None:
            raise ValueError("use YYYY, YYYY-MM or YYYY-MM-DD")
        date(int(m[1]), int(m[2] or 1), int(m[3] or 1))
    except ValueError as exc:
        raise OptionError(option, f"{value!r} is not a date ({exc})") from exc
    return value


def check_type(value: str) -> str:
    """An ACLED event_type or sub_event_type (any case), returned as ACLED spells it."""
    for known in KNOWN_TYPES:
        if known.lower() == value.strip().lower():
            return known
    close = difflib.get_close_matches(value, KNOWN_TYPES, n=1, cutoff=0.5)
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    raise OptionError("--type", f"unknown type {value!r}{hint}; event types: {', '.join(EVENT_TYPES)}; "
                                f"sub-event types: {', '.join(SUB_EVENT_TYPES)}")  # fmt: skip


def check_filter(filt: EventFilter) -> EventFilter:
    """The filter with its dates and type checked (OptionError names the first bad option)."""
    for option, value in (("--since", filt.since), ("--until", filt.until)):
        if value is not None:
            check_date(option, value)
    if filt.since and filt.until and filt.since[: len(filt.until)] > filt.until:
        raise OptionError("--since", f"--since {filt.since} is after --until {filt.until}")
    if filt.type is None:
        return filt
    return dataclasses.replace(filt, type=check_type(filt.type))


@dataclass(frozen=True, slots=True)
class StoreValues:
    """The values a column of the store holds, most frequent first, with counts."""

    label: str
    values: tuple[tuple[str, int], ...]

    def listing(self, limit: int = SHOWN) -> str:
        shown = ", ".join(f"{v} ({n})" for v, n in self.values[:limit])
        more = f" and {len(self.values) - limit} more" if len(self.values) > limit else ""
        return (shown + more) or "none"


def store_values(store: Store, column: str) -> StoreValues:
    sql = {
        "country": "SELECT country, count(*) FROM events WHERE country IS NOT NULL GROUP BY 1",
        "actor": "SELECT a, count(*) FROM (SELECT actor1 AS a FROM events UNION ALL SELECT actor2 FROM events) "
                 "WHERE a IS NOT NULL GROUP BY 1",
        "place": "SELECT location_name, count(*) FROM control GROUP BY 1",
    }[column]  # fmt: skip
    rows = store.con.execute(sql + " ORDER BY 2 DESC, 1").fetchall()
    return StoreValues(column, tuple((str(v), int(n)) for v, n in rows))


def unmatched(store: Store, filt: EventFilter) -> list[str]:
    """For each country or actor of the filter that no event has: a message naming the store's values."""
    notes = []
    for label, value in (("country", filt.country), ("actor", filt.actor)):
        if not value:
            continue
        have = store_values(store, label)
        if any(v.lower() == value.lower() for v, _ in have.values):
            continue
        close = difflib.get_close_matches(value, [v for v, _ in have.values], n=1, cutoff=0.6)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        plural = "countries" if label == "country" else "actors"
        notes.append(f"no event has {label} {value!r}{hint}; {plural} in the store: {have.listing()}")
    return notes
