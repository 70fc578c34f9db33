"""The local web view: a FastAPI app over the store's read functions, and one static page.

Routes call the same read functions as the exports (frontlog.export); no SQL here. Article text
is untrusted: the page renders every field as text, never as HTML.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from frontlog import __version__
from frontlog.export import (
    latest_control,
    place_claims,
    place_timeline,
    select_events,
    stats,
)
from frontlog.settings import load_settings
from frontlog.store import Store, StoreError
from frontlog.web.analysis_api import add_analysis_routes
from frontlog.web.filters import DATE as _DATE
from frontlog.web.filters import Filter
from frontlog.web.review_api import add_review_routes
from frontlog.web.security import GuardMiddleware, allowed_hosts
from frontlog.web.snapshot import StoreSnapshot

STATIC = Path(str(resources.files("frontlog.web") / "static"))


def create_app(db: str | Path, *, bind: str = "127.0.0.1", allow_hosts: Iterable[str] = ()) -> FastAPI:
    """The web view over the store at `db`, read through a snapshot (frontlog.web.snapshot).

    `bind` is the address served: requests whose Host header names another are refused
    (frontlog.web.security); `allow_hosts` adds names (a reverse proxy's, a wildcard bind's).
    """
    app = FastAPI(
        title="frontlog",
        version=__version__,
        description="Events, places and the front-line timeline of a frontlog store.",
        docs_url=None,  # /docs is served below from the vendored swagger-ui-dist (no CDN)
        redoc_url=None,
    )
    app.add_middleware(GuardMiddleware, hosts=allowed_hosts(bind, allow_hosts), extra=allow_hosts)
    snapshot = StoreSnapshot(db)
    app.state.snapshot = snapshot

    def store() -> Store:
        try:
            return snapshot.open()
        except StoreError as exc:
            raise HTTPException(503, detail=str(exc)) from exc

    @app.exception_handler(RequestValidationError)
    async def bad_request(_: Request, exc: RequestValidationError) -> JSONResponse:
        parts = [f"{'.'.join(str(x) for x in e['loc'][1:])}: {e['msg']}" for e in exc.errors()]
        return JSONResponse({"detail": "; ".join(parts) or "bad request"}, status_code=400)

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

    add_review_routes(app, snapshot, store)
    add_analysis_routes(app, store)

    @app.get("/docs", include_in_schema=False)
    def docs() -> FileResponse:
        return FileResponse(STATIC / "docs.html", media_type="text/html")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html")

    # follow_symlink: a development checkout may link vendor/ to another checkout's (paths are
    # still normalised and kept inside static/: no "..").
    app.mount("/static", StaticFiles(directory=STATIC, follow_symlink=True), name="static")
    return app


def _check_id(value: str) -> None:
    if not re.fullmatch(r"[0-9a-f]{4,64}", value):
        raise HTTPException(400, detail="ids are hexadecimal")


def _place(name: str, lat: float, lon: float, country: str | None, n: int, last: Any) -> dict[str, Any]:
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
