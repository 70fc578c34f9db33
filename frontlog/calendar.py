"""Month and weekday names (data/calendar.yaml), shared by ingest and events."""

from __future__ import annotations

from datetime import date
from importlib import resources
from typing import Any

import yaml


def _load() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(
        (resources.files("frontlog") / "data" / "calendar.yaml").read_text("utf-8")
    )
    return data


_DATA = _load()
# name or abbreviation (lower case) -> month number 1-12 / weekday number 0 (Monday)-6
MONTHS: dict[str, int] = {w: int(n) for n, words in _DATA["months"].items() for w in words}
WEEKDAYS: dict[str, int] = {w: int(n) for n, words in _DATA["weekdays"].items() for w in words}
MONTH_NAMES: tuple[str, ...] = tuple(words[0] for _, words in sorted(_DATA["months"].items()))
WEEKDAY_NAMES: tuple[str, ...] = tuple(words[0] for _, words in sorted(_DATA["weekdays"].items()))
# what a page prints before the date stamp at the head of an article ("Published", "Last updated at")
STAMP_LABELS: tuple[str, ...] = tuple(_DATA["stamp_labels"])


def month_pattern() -> str:
    """An alternation of the month names and abbreviations, capitalised, longest first
    ("September|...|Sept|...|Jan"): the caller adds the group, a final dot and the flags."""
    return "|".join(w.capitalize() for w in sorted(MONTHS, key=lambda w: (-len(w), w)))


def weekday_pattern() -> str:
    """An alternation of the full weekday names, capitalised ("Monday|Tuesday|...")."""
    return "|".join(w.capitalize() for w in WEEKDAY_NAMES)


def first_day(value: str) -> date:
    """The first day of a date written YYYY, YYYY-MM or YYYY-MM-DD (ValueError otherwise)."""
    parts = [int(p) for p in value.split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
