"""The event filters every list, chart and download of the web view takes (one FastAPI dependency)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, HTTPException, Query

from frontlog.export import EventFilter, parse_bbox
from frontlog.export.checks import OptionError, check_filter

DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"


def event_filter(
    since: str | None = Query(None, pattern=DATE, description="YYYY[-MM[-DD]]"),
    until: str | None = Query(None, pattern=DATE, description="YYYY[-MM[-DD]]"),
    country: str | None = Query(None, max_length=100),
    type: str | None = Query(None, max_length=100, description="event_type or sub_event_type"),  # noqa: A002
    actor: str | None = Query(None, max_length=200),
    bbox: str | None = Query(None, description="min_lon,min_lat,max_lon,max_lat"),
    include_rejected: bool = Query(False, description="keep events a reviewer rejected"),
    single_source: bool | None = Query(None, description="true: one document only; false: corroborated"),
    placed: bool | None = Query(None, description="true: events on the map; false: unplaced (no gazetteer has the place)"),
) -> EventFilter:
    """The checked filter (400 with the reason for a bad value)."""
    try:
        box = parse_bbox(bbox) if bbox else None
    except ValueError as exc:
        raise HTTPException(400, detail=f"bbox: {exc}") from exc
    try:
        return check_filter(
            EventFilter(since, until, country, type, actor, box, include_rejected, single_source, placed)
        )
    except OptionError as exc:
        raise HTTPException(400, detail=f"{exc.option.lstrip('-')}: {exc}") from exc


Filter = Annotated[EventFilter, Depends(event_filter)]  # a route parameter: the checked filter
