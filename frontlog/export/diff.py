"""`frontlog diff --since DATE [--until DATE]` (issue 18): what the store learnt in a period.

"Learnt" is when a run stored the documents (runs.started) or when a reviewer reviewed:
- new events: every source document arrived in the period; updated events: some did, some were
  there before (new corroboration);
- control: records with a source document from the period; places whose controller changed
  (the place's latest record has a new source and names another controller than the record
  before it); conflicting claims (records of the same place and day from the period's documents
  that name different controllers or shares);
- reviews made in the period.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from typing import Any

from frontlog.calendar import first_day
from frontlog.export import STATUS_ORDER
from frontlog.records import ControlRecord, Event
from frontlog.store import Store


def _bounds(since: str, until: str | None) -> tuple[str, str]:
    """Inclusive YYYY[-MM[-DD]] bounds as [start, end) timestamps."""

    def after(value: str) -> date:
        d = first_day(value)
        n = value.count("-")
        if n == 2:
            return d + timedelta(days=1)
        if n == 1:
            return date(d.year + d.month // 12, d.month % 12 + 1, 1)
        return date(d.year + 1, 1, 1)

    return first_day(since).isoformat(), (after(until) if until else date(9999, 1, 1)).isoformat()


def _doc_times(store: Store) -> dict[str, str]:
    """doc_id -> when its run started (ISO); documents of an unrecorded (killed) run are left out."""
    rows = store.con.execute(
        "SELECT d.doc_id, strftime(r.started, '%Y-%m-%dT%H:%M:%S') FROM documents d JOIN runs r USING (run_id)"
    ).fetchall()
    return {d: t for d, t in rows}


def _brief_event(e: Event) -> dict[str, Any]:
    return {"event_id": e.event_id, "event_date": e.event_date, "sub_event_type": e.sub_event_type,
            "actor1": e.actor1, "actor2": e.actor2, "place": e.location.name, "country": e.location.country,
            "fatalities": e.fatalities, "n_sources": e.n_sources, "review": e.review}  # fmt: skip


def _brief_control(c: ControlRecord) -> dict[str, Any]:
    return {"control_id": c.control_id, "place": c.place.name, "date": c.date, "status": c.status,
            "controller": c.controller, "previous": c.previous, "share": c.share, "claimed_by": c.claimed_by}  # fmt: skip


def store_diff(store: Store, since: str, until: str | None = None) -> dict[str, Any]:
    """What the store learnt from `since` to `until` (inclusive dates)."""
    start, end = _bounds(since, until)
    times = _doc_times(store)

    def fresh(doc_id: str) -> bool:
        return start <= times.get(doc_id, "") < end

    def older(doc_id: str) -> bool:
        return "" < times.get(doc_id, "") < start

    new: list[dict[str, Any]] = []
    updated: list[dict[str, Any]] = []
    for e in store.events():
        docs = {s.doc_id for s in e.sources}
        if any(fresh(d) for d in docs):
            (updated if any(older(d) for d in docs) else new).append(_brief_event(e))
    records = store.control()
    by_place: dict[str, list[ControlRecord]] = defaultdict(list)
    for r in records:
        by_place[r.place.name].append(r)
    claims, changed, conflicts = [], [], []
    for place, recs in sorted(by_place.items()):
        recs.sort(key=lambda r: (r.date, STATUS_ORDER.get(r.status, 9)))
        new_recs = [r for r in recs if any(fresh(s.doc_id) for s in r.sources)]
        claims += [_brief_control(r) for r in new_recs]
        held = [r for r in recs if r.controller and r.status in ("captured", "siege_broken")]
        if len(held) >= 2 and held[-1] in new_recs and held[-1].controller != held[-2].controller:
            changed.append({"place": place, "from": held[-2].controller, "to": held[-1].controller,
                            "date": held[-1].date, "control_id": held[-1].control_id})  # fmt: skip
        by_day: dict[str, list[ControlRecord]] = defaultdict(list)
        for r in new_recs:
            by_day[r.date].append(r)
        for day, same in sorted(by_day.items()):
            if len({(r.controller, r.share) for r in same}) > 1:
                conflicts.append({"place": place, "date": day, "claims": [_brief_control(r) for r in same]})
    reviews = store.con.execute(
        """SELECT event_id, status, who, strftime(reviewed_at, '%Y-%m-%dT%H:%M:%SZ'), note, changes FROM reviews
           WHERE reviewed_at >= CAST(? AS TIMESTAMP) AND reviewed_at < CAST(? AS TIMESTAMP)
           ORDER BY reviewed_at, review_id""",
        [start, end],
    ).fetchall()
    return {
        "since": since, "until": until,
        "new_events": new, "updated_events": updated,
        "control_claims": claims, "controller_changed": changed, "conflicting_claims": conflicts,
        "reviews": [{"event_id": r[0], "status": r[1], "who": r[2], "when": r[3], "note": r[4], "changes": r[5]}
                    for r in reviews],
    }  # fmt: skip
