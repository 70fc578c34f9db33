"""The front-line timeline: who controlled which place when, as claimed (spec section 8).

Records come from territorial events (captured; partial when only part of a place was taken),
sieges laid and broken, and statements of extent ("90 percent of Raqa", "more than half",
"near complete control"), each with who made the claim. Disagreeing claims are all kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from frontlog.records import ControlRecord, Event, ShareClaim, stable_id

# TODO(#17): frontlog/events imports ShareClaim from here; it lives in records.py now.
__all__ = ["ShareClaim", "build_control"]

TERRITORY = frozenset({"Government regains territory", "Non-state actor overtakes territory"})
PART_WORDS = re.compile(
    r"\b(district|neighbou?rhoods?|quarter|part|parts|section|centre|center|outskirts|suburbs?|stretch|bank|"
    r"hill|hilltops?|base|airport|citadel|area|villages)\b",
    re.I,
)


def _claimant(e: Event) -> str | None:
    for s in e.sources:
        if s.attributed_to:
            return s.attributed_to
    return e.sources[0].outlet if e.sources else None


def build_control(events: Iterable[Event], claims: Iterable[ShareClaim] = ()) -> list[ControlRecord]:
    """Control records from merged events and share claims, sorted by place and date."""
    # Records of one id are joined once, at the end (joining them one by one was quadratic: 12,000
    # claims of one place and day took minutes).
    groups: dict[str, list[ControlRecord]] = {}

    def add(rec: ControlRecord) -> None:
        groups.setdefault(rec.control_id, []).append(rec)

    for e in events:
        status = None
        controller, previous, besieger = e.actor1, e.actor2, None
        if e.siege_broken:
            status = "siege_broken"
        elif e.sub_event_type in TERRITORY:
            detail = e.location.detail or ""
            status = "partial" if PART_WORDS.search(detail) else "captured"
        elif e.siege:
            status, controller, previous, besieger = "besieged", e.actor2, None, e.actor1
        if status is None:
            continue
        claimed = _claimant(e)
        cid = stable_id("control", e.event_id, status)
        add(ControlRecord(cid, e.location, e.event_date, e.date_precision, controller, previous, status, None,
                          claimed, (e.event_id,), e.sources, besieger, e.background))  # fmt: skip
    for c in claims:
        cid = stable_id(
            "claim", c.status, c.place.geonameid or c.place.name, c.date, c.controller, c.share, c.claimed_by
        )
        add(ControlRecord(cid, c.place, c.date, c.date_precision, c.controller, c.previous, c.status, c.share,
                          c.claimed_by, (), (c.source,), None, c.background))  # fmt: skip
    records = [_join(group) for group in groups.values()]
    return sorted(records, key=lambda r: (r.place.name, r.date, r.status, r.control_id))


def _join(group: list[ControlRecord]) -> ControlRecord:
    """One record of the first one's fields, every event id and every distinct source of the group."""
    first = group[0]
    if len(group) == 1:
        return first
    srcs = {(s.doc_id, s.start): s for rec in group for s in rec.sources}
    return ControlRecord(
        first.control_id, first.place, first.date, first.date_precision, first.controller, first.previous,
        first.status, first.share, first.claimed_by, tuple(sorted({i for rec in group for i in rec.event_ids})),
        tuple(srcs.values()), first.besieger, all(rec.background for rec in group),
    )  # fmt: skip
