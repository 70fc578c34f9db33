"""The store's rows and the records they hold: one function each way per table."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from frontlog.places.normalize import place_key
from frontlog.records import (
    Article,
    ControlRecord,
    Event,
    Mention,
    Place,
    Seat,
    ShareClaim,
    Source,
    stable_id,
)


def place_cols(p: Place) -> dict[str, Any]:
    return {
        "location_name": p.name, "geonameid": p.geonameid, "latitude": p.lat, "longitude": p.lon,
        "country": p.country, "admin1": p.admin1, "geo_precision": p.precision, "detail": p.detail,
        **seat_cols(p.seat),
    }  # fmt: skip


def seat_cols(s: Seat | None) -> dict[str, Any]:
    """A region-level event's seat (migration 4): ACLED's point, beside the region's own."""
    return {
        "seat_name": s.name if s else None, "seat_geonameid": s.geonameid if s else None,
        "seat_latitude": s.lat if s else None, "seat_longitude": s.lon if s else None,
    }  # fmt: skip


def place_from(row: dict[str, Any]) -> Place:
    return Place(
        row["location_name"], row["geonameid"], row["latitude"], row["longitude"], row["country"],
        row["admin1"], row["geo_precision"], row["detail"], _seat_from(row),
    )  # fmt: skip


def _seat_from(row: dict[str, Any]) -> Seat | None:
    lat, lon = row.get("seat_latitude"), row.get("seat_longitude")
    if lat is None or lon is None:
        return None
    return Seat(row.get("seat_name") or "", row.get("seat_geonameid"), lat, lon)


def doc_row(a: Article, run_id: str, extractor: str) -> dict[str, Any]:
    return {
        "doc_id": a.doc_id, "file": a.file, "url": a.url, "title": a.title,
        "published": date.fromisoformat(a.published) if a.published else None, "outlet": a.outlet,
        "dateline": a.dateline, "text": a.text, "warnings": json.dumps(list(a.warnings)), "run_id": run_id,
        "extractor": extractor,
    }  # fmt: skip


def mention_row(m: Mention) -> dict[str, Any]:
    key = (
        m.source.doc_id,
        m.source.start,
        m.trigger,
        m.sub_event_type,
        m.event_date,
        place_key(m.place),
        m.actor1,
        m.actor2,
    )
    return {
        "mention_id": stable_id(*key), "doc_id": m.source.doc_id, "place_key": place_key(m.place),
        "event_date": m.event_date, "date_precision": m.date_precision, "event_type": m.event_type,
        "sub_event_type": m.sub_event_type, "actor1": m.actor1, "actor2": m.actor2, **place_cols(m.place),
        "fatalities": m.fatalities, "background": m.background, "siege": m.siege, "siege_broken": m.siege_broken,
        "trigger": m.trigger, "confidence": m.confidence, "start": m.source.start, "end": m.source.end,
        "attributed_to": m.source.attributed_to,
    }  # fmt: skip


def source_from(r: dict[str, Any]) -> Source:
    """The source of a mention or claim row (its sentence cut by the query: store._SOURCE_COLS)."""
    return Source(
        r["doc_id"],
        r.get("url"),
        r.get("outlet"),
        r.get("published"),
        r.get("sentence") or "",
        r["start"],
        r["end"],
        r.get("attributed_to"),
    )


def mention_from(r: dict[str, Any]) -> Mention:
    return Mention(
        r["event_type"], r["sub_event_type"], r["event_date"], r["date_precision"], r["actor1"], r["actor2"],
        place_from(r), r["fatalities"], r["background"], r["siege"], source_from(r), r["trigger"], r["confidence"],
        r["siege_broken"],
    )  # fmt: skip


def claim_row(c: ShareClaim) -> dict[str, Any]:
    key = (c.source.doc_id, c.source.start, c.status, place_key(c.place), c.date, c.controller, c.share)
    return {
        "claim_id": stable_id(*key), "doc_id": c.source.doc_id, "place_key": place_key(c.place), "status": c.status,
        **place_cols(c.place), "date": c.date, "date_precision": c.date_precision, "controller": c.controller,
        "previous": c.previous, "share": c.share, "claimed_by": c.claimed_by, "background": c.background,
        "start": c.source.start, "end": c.source.end, "attributed_to": c.source.attributed_to,
    }  # fmt: skip


def claim_from(r: dict[str, Any]) -> ShareClaim:
    return ShareClaim(
        r["status"], place_from(r), r["date"], r["date_precision"], r["controller"], r["previous"], r["share"],
        r["claimed_by"], source_from(r), r["background"],
    )  # fmt: skip


def event_row(e: Event) -> dict[str, Any]:
    return {
        "event_id": e.event_id, "place_key": place_key(e.location), "event_date": e.event_date,
        "date_precision": e.date_precision, "event_type": e.event_type, "sub_event_type": e.sub_event_type,
        "actor1": e.actor1, "actor2": e.actor2, **place_cols(e.location), "fatalities": e.fatalities,
        "background": e.background, "siege": e.siege, "siege_broken": e.siege_broken, "confidence": e.confidence,
        "triggers": json.dumps(list(e.triggers)), "n_sources": e.n_sources, "actor1_acled": e.actor1_acled,
        "actor2_acled": e.actor2_acled, "inter1": e.inter1, "inter2": e.inter2, "interaction": e.interaction,
    }  # fmt: skip


def event_from(r: dict[str, Any], sources: tuple[Source, ...]) -> Event:
    return Event(
        r["event_id"], r["event_date"], r["date_precision"], r["event_type"], r["sub_event_type"], r["actor1"],
        r["actor2"], place_from(r), r["fatalities"], r["background"], r["siege"], sources, r["confidence"],
        r["siege_broken"], tuple(json.loads(r["triggers"] or "[]")), r["actor1_acled"], r["actor2_acled"],
        r["inter1"], r["inter2"], r["interaction"], r.get("review_status"),
    )  # fmt: skip


def control_row(c: ControlRecord) -> dict[str, Any]:
    return {
        "control_id": c.control_id, "place_key": place_key(c.place), **place_cols(c.place), "date": c.date,
        "date_precision": c.date_precision, "controller": c.controller, "previous": c.previous, "status": c.status,
        "share": c.share, "claimed_by": c.claimed_by, "besieger": c.besieger, "background": c.background,
        "event_ids": json.dumps(list(c.event_ids)),
    }  # fmt: skip


def control_from(r: dict[str, Any], sources: tuple[Source, ...]) -> ControlRecord:
    return ControlRecord(
        r["control_id"], place_from(r), r["date"], r["date_precision"], r["controller"], r["previous"], r["status"],
        r["share"], r["claimed_by"], tuple(json.loads(r["event_ids"] or "[]")), sources, r["besieger"], r["background"],
    )  # fmt: skip
