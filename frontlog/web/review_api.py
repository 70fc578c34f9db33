"""Review routes (issue 18): read and write an event's review, look places up in the gazetteer.

Reviews are written to the store itself (a short read-write connection); everything else is read
from the server's snapshot. Notes are untrusted text like articles: the page renders them as text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, Literal

from fastapi import FastAPI, HTTPException, Query
from pydantic import BaseModel, Field

from frontlog.store import Store, StoreError
from frontlog.store.reviews import MAX_TEXT, ReviewError, add_review, machine_values, reviews_of
from frontlog.web.snapshot import StoreSnapshot


class ReviewIn(BaseModel):
    """A verdict on an event: confirm it, reject it, or edit fields (`changes`), with a note."""

    status: Literal["confirmed", "rejected", "edited"]
    changes: dict[str, Any] = Field(
        default_factory=dict,
        description="Fields to change: event_type, sub_event_type, actor1, actor2, event_date (YYYY[-MM[-DD]]), "
        "fatalities, place (a GeoNames id or a name from the gazetteer)",
    )
    note: str | None = Field(None, max_length=MAX_TEXT)
    who: str | None = Field(None, max_length=200, description="The reviewer (default: web)")


def check_id(value: str) -> None:
    if not re.fullmatch(r"[0-9a-f]{4,64}", value):
        raise HTTPException(400, detail="ids are hexadecimal")


def add_review_routes(app: FastAPI, snapshot: StoreSnapshot, store: Callable[[], Store]) -> None:
    @app.get(
        "/api/events/{event_id}/review", summary="An event's review, its history and the machine's values"
    )
    def get_review(event_id: str) -> dict[str, Any]:
        check_id(event_id)
        with store() as s:
            machine = machine_values(s.con, event_id)
            if not machine:
                raise HTTPException(404, detail=f"no event {event_id}")
            history = [r.to_json() for r in reviews_of(s.con, event_id)]
        return {"event_id": event_id, "review": history[0] if history else None, "history": history,
                "machine": machine}  # fmt: skip

    @app.post("/api/events/{event_id}/review", summary="Confirm, reject or edit an event")
    def post_review(event_id: str, body: ReviewIn) -> dict[str, Any]:
        check_id(event_id)
        from frontlog.places.lookup import place_for

        try:
            with snapshot.write() as s:
                review = add_review(s.con, event_id, status=body.status, changes=body.changes, note=body.note,
                                    who=body.who or "web", resolve_place=place_for)  # fmt: skip
                event = s.events(where="e.event_id = ?", params=[event_id])[0].to_json()
        except ReviewError as exc:
            raise HTTPException(404 if str(exc).startswith("no event") else 400, detail=str(exc)) from exc
        except StoreError as exc:
            raise HTTPException(503, detail=f"{exc}; the review was not saved") from exc
        return {"review": review.to_json(), "event": event}

    @app.get("/api/types", summary="ACLED event types by sub-event type (the values a review may set)")
    def types() -> dict[str, str]:
        from frontlog.events.lexicon import EVENT_TYPE

        return dict(sorted(EVENT_TYPE.items()))

    @app.get("/api/labels", summary="Capitals to label on the map (from the gazetteer)")
    def labels() -> list[dict[str, Any]]:
        from frontlog.places.lookup import capitals

        return list(capitals())

    @app.get("/api/gazetteer", summary="Places of the gazetteer with this name, most populous first")
    def gazetteer(q: str = Query(..., min_length=2, max_length=200), limit: int = Query(10, ge=1, le=50)) -> list[dict[str, Any]]:  # fmt: skip
        from frontlog.places.lookup import search_places

        return search_places(q, limit=limit)
