"""Read routes of the web view: events, documents, places, a place's timeline and claims, counts.

Each calls the same read functions as the exports (frontlog.export) on the server's snapshot.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from fastapi import FastAPI, HTTPException, Query

from frontlog.export import (
    latest_control,
    place_claims,
    place_timeline,
    select_events,
    stats,
)
from frontlog.settings import load_settings
from frontlog.store import Store
from frontlog.web.filters import DATE as _DATE
from frontlog.web.filters import Filter
from frontlog.web.snapshot import StoreSnapshot


def add_read_routes(app: FastAPI, snapshot: StoreSnapshot, store: Callable[[], Store]) -> None:
    """GET /api/events, /api/events/{id}, /api/documents/{id}, /api/places, /api/places/{name}/timeline
    and /claims, /api/stats."""

    @app.get("/api/events", summary="Events, filtered and paged")
    def events(
        filt: Filter,
        limit: int = Query(200, ge=1, le=load_settings().web.max_page),
        offset: int = Query(0, ge=0),
    ) -> dict[str, Any]:
        with store() as s:
            found = select_events(s, filt)
        page = found[offset : offset + limit]
        return {"total": len(found), "offset": offset, "limit": limit, "events": [e.to_json() for e in page]}

    @app.get("/api/events/{event_id}", summary="One event with its sources")
    def event(event_id: str) -> dict[str, Any]:
        _check_id(event_id)
        with store() as s:
            found = s.events(where="e.event_id = ?", params=[event_id])
        if not found:
            raise HTTPException(404, detail=f"no event {event_id}")
        from frontlog.export import geo_precision

        return {**found[0].to_json(), "geo_precision": geo_precision(found[0].location)}

    @app.get("/api/documents/{doc_id}", summary="One stored article")
    def document(doc_id: str) -> dict[str, Any]:
        _check_id(doc_id)
        with store() as s:
            docs = s.documents([doc_id])
        if not docs:
            raise HTTPException(404, detail=f"no document {doc_id}")
        return docs[0].to_json()

    @app.get("/api/places", summary="Places with events or control records, and who held them")
    def places(
        date: str | None = Query(None, pattern=_DATE, description="last known controller on this date"),
    ) -> list[dict[str, Any]]:
        with store() as s:
            records = [r for r in s.control() if date is None or r.date[: len(date)] <= date]
            rows = s.event_places()
        latest = {r.place.name: r for r in latest_control(records)}
        out = []
        for name, lat, lon, country, n in rows:
            last = latest.pop(name, None)
            out.append(_place(name, lat, lon, country, n, last))
        for name, last in latest.items():
            out.append(_place(name, last.place.lat, last.place.lon, last.place.country, 0, last))
        return sorted(out, key=lambda p: p["name"])

    @app.get("/api/places/{name}/timeline", summary="A place's control records by date")
    def timeline(name: str) -> list[dict[str, Any]]:
        with store() as s:
            records = place_timeline(s, name)
        if not records:
            raise HTTPException(404, detail=f"no control records for {name!r}")
        return [r.to_json() for r in records]

    @app.get("/api/places/{name}/claims", summary="Claims about a place's control, side by side")
    def claims(name: str) -> list[dict[str, Any]]:
        with store() as s:
            records = place_claims(s, name)
            if not records and not place_timeline(s, name):
                raise HTTPException(404, detail=f"no control records for {name!r}")
        return [r.to_json() for r in records]

    @app.get("/api/stats", summary="Counts of the store")
    def store_stats() -> dict[str, Any]:
        with store() as s:
            return {**stats(s), "stale": snapshot.stale}


def _check_id(value: str) -> None:
    if not re.fullmatch(r"[0-9a-f]{4,64}", value):
        raise HTTPException(400, detail="ids are hexadecimal")


def _place(name: str, lat: float | None, lon: float | None, country: str | None, n: int, last: Any) -> dict[str, Any]:
    return {
        "name": name,
        "lat": lat,
        "lon": lon,
        "country": country,
        "events": n,
        "controller": last.controller if last else None,
        "status": last.status if last else None,
        "since": last.date if last else None,
    }
