"""Review routes (issue 18): read and write an event's review, merge two events, split a source
off an event, look places up in the gazetteer.

Reviews are written to the store itself (a short read-write connection); everything else is read
from the server's snapshot. While a run writes the store, a review is checked against the
snapshot and queued beside the store (frontlog.store.pending): 202 with `"queued": true`; the
server stores it at its first read after the run (or the next run does). Notes are untrusted
text like articles: the page renders them as text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, Literal

from fastapi import FastAPI, HTTPException, Query
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from frontlog.records import stable_id
from frontlog.regroup import apply_reviews, undo_regroup
from frontlog.store import Store, StoreError, StoreInUse
from frontlog.store.pending import pending_reviews, queue_review
from frontlog.store.reviews import (
    MAX_TEXT,
    ReviewError,
    add_review,
    check_review,
    machine_values,
    reviews_of,
    source_keys,
    verdict,
)
from frontlog.store.structure import add_merge, add_split, check_merge, check_split, check_undo
from frontlog.web.snapshot import StoreSnapshot

QUEUED = "a run is writing the store: the review is queued and will be saved when the run ends"


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


class MergeIn(BaseModel):
    """Fold another event into this one: its sources join this event's, this event's coding stays."""

    other: str = Field(
        ..., pattern=r"^[0-9a-f]{4,64}$", description="The id of the event merged into this one"
    )
    note: str | None = Field(None, max_length=MAX_TEXT)
    who: str | None = Field(None, max_length=200)


class SplitIn(BaseModel):
    """Split one source sentence off this event: it becomes an event of its own."""

    doc_id: str = Field(..., pattern=r"^[0-9a-f]{4,64}$")
    start: int = Field(
        ..., ge=0, description="The sentence's start offset in its document (a source's `start`)"
    )
    note: str | None = Field(None, max_length=MAX_TEXT)
    who: str | None = Field(None, max_length=200)


class UndoIn(BaseModel):
    """Undo a merge or split of this event (named by its review id, from the event's history)."""

    review_id: str = Field(..., pattern=r"^[0-9a-f]{4,64}$")
    note: str | None = Field(None, max_length=MAX_TEXT)
    who: str | None = Field(None, max_length=200)


class Queued(BaseModel):
    queued: Literal[True]
    detail: str
    review: dict[str, Any]


def check_id(value: str) -> None:
    if not re.fullmatch(r"[0-9a-f]{4,64}", value):
        raise HTTPException(400, detail="ids are hexadecimal")


def _entry(kind: str, event_id: str, s: Store, **fields: Any) -> dict[str, Any]:
    """A review to queue: its own id and time, and the event's source sentences (to find it again)."""
    when = datetime.now(UTC).replace(tzinfo=None).isoformat()
    return {"kind": kind, "event_id": event_id, "when": when, "id": stable_id("queued", kind, event_id, when),
            "sources": source_keys(s.con, event_id), **fields}  # fmt: skip


def _error(exc: ReviewError) -> HTTPException:
    return HTTPException(404 if str(exc).startswith("no event") else 400, detail=str(exc))


def _writer(snapshot: StoreSnapshot, store: Callable[[], Store]) -> Callable[..., Any]:
    def write_or_queue(
        write: Callable[[Store], dict[str, Any]], queue: Callable[[Store], dict[str, Any]]
    ) -> Any:
        """Write to the store; while a run holds it, check against the snapshot and queue (202)."""
        try:
            try:
                with snapshot.write(wait=1.0) as s:
                    return write(s)
            except StoreInUse:
                with store() as s:
                    entry = queue(s)
                queue_review(snapshot.db, entry)
                return JSONResponse({"queued": True, "detail": QUEUED, "review": entry}, status_code=202)
        except ReviewError as exc:
            raise _error(exc) from exc
        except StoreError as exc:
            raise HTTPException(503, detail=f"{exc}; the review was not saved") from exc

    return write_or_queue


def _event_json(s: Store, event_id: str) -> dict[str, Any] | None:
    found = s.events(where="e.event_id = ?", params=[event_id])
    return found[0].to_json() if found else None


def add_review_routes(app: FastAPI, snapshot: StoreSnapshot, store: Callable[[], Store]) -> None:
    write_or_queue = _writer(snapshot, store)
    add_regroup_routes(app, snapshot, write_or_queue)

    @app.get(
        "/api/events/{event_id}/review",
        summary="An event's review, its history (merges and splits too), the machine's values, queued reviews",
    )
    def get_review(event_id: str) -> dict[str, Any]:
        check_id(event_id)
        with store() as s:
            machine = machine_values(s.con, event_id)
            if not machine:
                raise HTTPException(404, detail=f"no event {event_id}")
            history = reviews_of(s.con, event_id)
        current = verdict(history)
        pending = [p for p in pending_reviews(snapshot.db) if event_id in (p.get("event_id"), p.get("other"))]
        return {"event_id": event_id, "review": current.to_json() if current else None,
                "history": [r.to_json() for r in history], "machine": machine, "pending": pending}  # fmt: skip

    @app.post(
        "/api/events/{event_id}/review",
        summary="Confirm, reject or edit an event",
        responses={202: {"model": Queued, "description": QUEUED}},
    )
    def post_review(event_id: str, body: ReviewIn) -> Any:
        check_id(event_id)
        from frontlog.places.lookup import place_for

        args: dict[str, Any] = {"status": body.status, "changes": body.changes, "note": body.note}

        def write(s: Store) -> dict[str, Any]:
            review = add_review(s.con, event_id, **args, who=body.who or "web", resolve_place=place_for)
            return {"review": review.to_json(), "event": _event_json(s, event_id)}

        def queue(s: Store) -> dict[str, Any]:
            check_review(s.con, event_id, **args, resolve_place=place_for)
            return _entry("review", event_id, s, **args, who=body.who or "web")

        return write_or_queue(write, queue)

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


def add_regroup_routes(app: FastAPI, snapshot: StoreSnapshot, write_or_queue: Callable[..., Any]) -> None:
    @app.post(
        "/api/events/{event_id}/merge",
        summary="Merge another event into this one (the union of their sources; this event's coding)",
        responses={202: {"model": Queued, "description": QUEUED}},
    )
    def post_merge(event_id: str, body: MergeIn) -> Any:
        check_id(event_id)

        def write(s: Store) -> dict[str, Any]:
            review_id = add_merge(s.con, event_id, body.other, note=body.note, who=body.who or "web")
            notes = apply_reviews(s)
            review = next(r for r in reviews_of(s.con, event_id) if r.review_id == review_id)
            return {"review": review.to_json(), "event": _event_json(s, event_id), "removed": body.other,
                    "notes": notes}  # fmt: skip

        def queue(s: Store) -> dict[str, Any]:
            check_merge(s.con, event_id, body.other, note=body.note)
            return _entry("merge", event_id, s, other=body.other, other_sources=source_keys(s.con, body.other),
                          note=body.note, who=body.who or "web")  # fmt: skip

        return write_or_queue(write, queue)

    @app.post(
        "/api/events/{event_id}/split",
        summary="Split a source sentence off this event: it becomes an event of its own",
        responses={202: {"model": Queued, "description": QUEUED}},
    )
    def post_split(event_id: str, body: SplitIn) -> Any:
        check_id(event_id)

        def write(s: Store) -> dict[str, Any]:
            review_id = add_split(
                s.con, event_id, body.doc_id, body.start, note=body.note, who=body.who or "web"
            )
            notes = apply_reviews(s)
            review = next(r for r in reviews_of(s.con, event_id) if r.review_id == review_id)
            row = s.con.execute("SELECT event_id FROM reviews WHERE review_id = ?",
                                [stable_id("split-new", review_id)]).fetchone()  # fmt: skip
            new_id = row[0] if row else None
            return {"review": review.to_json(), "event": _event_json(s, event_id),
                    "new_event": _event_json(s, new_id) if new_id else None, "notes": notes}  # fmt: skip

        def queue(s: Store) -> dict[str, Any]:
            check_split(s.con, event_id, body.doc_id, body.start, note=body.note)
            return _entry("split", event_id, s, doc_id=body.doc_id, start=body.start, note=body.note,
                          who=body.who or "web")  # fmt: skip

        return write_or_queue(write, queue)

    @app.post(
        "/api/events/{event_id}/undo",
        summary="Undo a merge or split: the events are re-merged from their mentions, the rest re-applied",
        responses={202: {"model": Queued, "description": QUEUED}},
    )
    def post_undo(event_id: str, body: UndoIn) -> Any:
        check_id(event_id)

        def write(s: Store) -> dict[str, Any]:
            notes = undo_regroup(s, body.review_id, note=body.note, who=body.who or "web")
            return {"undone": body.review_id, "event": _event_json(s, event_id), "notes": notes}

        def queue(s: Store) -> dict[str, Any]:
            check_undo(s.con, body.review_id, note=body.note)
            return _entry("undo", event_id, s, undo=body.review_id, note=body.note, who=body.who or "web")

        return write_or_queue(write, queue)

    @app.get("/api/pending", summary="Reviews queued while a run writes the store (saved when it ends)")
    def pending() -> list[dict[str, Any]]:
        return pending_reviews(snapshot.db)
