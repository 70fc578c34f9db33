"""Placeholder wiring for the extraction stages (events and control)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from frontlog.records import Article, ControlRecord, Event


def extract_all(
    articles: Sequence[Article], *, progress: Callable[[str], None] | None = None
) -> tuple[tuple[Event, ...], tuple[ControlRecord, ...]]:
    """Extract merged events and control records from articles."""
    return (), ()
