"""Apply an analyst's merges and splits (issue 18) to the stored events, after every re-merge.

A run re-merges events from their mentions, which undoes a merge or a split in the blocks it
touches; `apply_reviews` lays them over again, oldest first, finding each event by its source
sentences (its id may have changed), then moves the verdicts to the events' new ids
(`reconcile_reviews`). Applying twice changes nothing. A merge keeps the coding of the event kept
(a missing fatality count is taken from the other) and the union of the sources; a split sentence
becomes an event of its own, coded from that sentence's mentions, and the event it left keeps its
coding from its remaining sentences' mentions. One line per merge or split whose events vanished (said once), like reviewed events.
An undo re-merges the blocks of both sides' documents from their mentions, as a run would, and
applies the merges and splits still in force.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from frontlog.merge import merge_events
from frontlog.records import Event, stable_id
from frontlog.store import Store
from frontlog.store.pending import taking_pending
from frontlog.store.reviews import ReviewError, add_review, reconcile_reviews, source_keys
from frontlog.store.structure import (
    Regroup,
    add_merge,
    add_split,
    add_split_event,
    add_undo,
    detach,
    fold_event,
    holder,
    holds,
    machine_type,
    mark_gone,
    mentions_at,
    recode_event,
    regroup_rows,
)


def apply_reviews(store: Store) -> list[str]:
    """Apply every merge and split, then move reviews to re-merged events; the notes to report."""
    notes: list[str] = []
    for row in regroup_rows(store.con):
        if row.new_event:
            continue
        ok = _apply_merge(store, row) if row.status == "merged" else _apply_split(store, row)
        if not ok and row.seen != "gone":
            what = "merge" if row.status == "merged" else "split"
            notes.append(
                f"{what} of event {row.event_id}: no event holds its source sentences any more (review kept)"
            )
            mark_gone(store.con, row.review_id)
    return notes + reconcile_reviews(store.con)


def undo_regroup(store: Store, review_id: str, *, note: str | None = None, who: str | None = None,
                 when: datetime | None = None, undo_id: str | None = None) -> list[str]:  # fmt: skip
    """Undo a merge or split: store the undo, re-merge the events of its documents, apply the rest."""
    from frontlog.update import rebuild_control

    with store.transaction():
        _, docs = add_undo(store.con, review_id, note=note, who=who, when=when, undo_id=undo_id)
        blocks, places = store.blocks_of(docs)
        store.replace_events(blocks, merge_events(store.mentions_in(blocks)))
        rebuild_control(store, {k for k, _ in blocks} | places)
        return apply_reviews(store)


def _apply_merge(store: Store, row: Regroup) -> bool:
    """Fold the other event into the kept one; False when the kept event's sentences are gone."""
    keep = holder(store.con, row.sources)
    if keep is None:
        return False
    other = holder(store.con, row.other, exclude=[keep])
    if other is not None:
        fold_event(store.con, keep, other)
    return True


def _apply_split(store: Store, row: Regroup) -> bool:
    """Take the sentence out of the event and make it an event of its own; False when gone."""
    key = row.other[0]
    origin = holder(store.con, row.sources)
    if origin is None:
        return False
    if not holds(store.con, origin, key):
        return True  # split already (or the sentence left with a re-merge)
    event = split_event(store, key, machine_type(store.con, origin))
    if event is None:
        return False
    sub_type = machine_type(store.con, origin)
    detach(store.con, origin, key)
    rest = [m for d, s in source_keys(store.con, origin) for m in mentions_at(store.con, (d, s))]
    recoded = merge_events([m for m in rest if m.sub_event_type == sub_type] or rest)
    if recoded:  # the event told by most of the remaining sentences
        recode_event(store.con, origin, max(recoded, key=lambda e: (len(e.sources), e.event_id)))
    add_split_event(store.con, event, row)
    return True


def split_event(store: Store, key: tuple[str, int], sub_event_type: str | None) -> Event | None:
    """The event one sentence tells alone: its mentions of the same sub-type (else all) merged."""
    mentions = mentions_at(store.con, key)
    same = [m for m in mentions if m.sub_event_type == sub_event_type] or mentions
    events = merge_events(same)
    if not events:
        return None
    event = next((e for e in events if e.sub_event_type == sub_event_type), events[0])
    return replace(event, event_id=stable_id("split", key[0], str(key[1]), event.sub_event_type))


def fold_pending(store: Store) -> list[str]:
    """Store the reviews queued while a run held the store (frontlog.store.pending) and apply
    them; one note per queued review that could not be stored (its event vanished, say)."""
    notes: list[str] = []
    with taking_pending(store.path) as entries:
        if not entries:
            return []
        for entry in entries:
            try:
                notes += _store_queued(store, entry)
            except Exception as exc:  # noqa: BLE001 - a queued review must never block the store; it is reported
                notes.append(
                    f"review queued at {entry.get('when')} for event {entry.get('event_id')} not stored: {exc}"
                )
        notes += apply_reviews(store)
    return notes


def _found(store: Store, event_id: str, keys: Any) -> str:
    """The event a queued review named: itself, or the event that holds its sentences now."""
    if store.con.execute("SELECT 1 FROM events WHERE event_id = ?", [event_id]).fetchone():
        return event_id
    found = holder(store.con, [(str(d), int(s)) for d, s in keys or []])
    if found is None:
        raise ReviewError(f"no event {event_id} and no event holds its source sentences")
    return found


def _store_queued(store: Store, entry: dict[str, Any]) -> list[str]:
    """Store one queued review; a merge or split is applied at once (as the web does), so that the
    reviews queued after it see the events it made."""
    from frontlog.places.lookup import place_for

    if store.con.execute("SELECT 1 FROM reviews WHERE review_id = ?", [entry["id"]]).fetchone():
        return []  # stored by a fold that was cut short
    when = datetime.fromisoformat(entry["when"]).replace(tzinfo=None)
    if entry["kind"] == "undo":  # a merge or split is named by its review id
        return undo_regroup(store, str(entry["undo"]), note=entry.get("note"), who=entry.get("who"), when=when,
                            undo_id=entry["id"])  # fmt: skip
    event_id = _found(store, entry["event_id"], entry.get("sources"))
    common = {"note": entry.get("note"), "who": entry.get("who"), "when": when, "review_id": entry["id"]}
    if entry["kind"] == "review":
        add_review(store.con, event_id, status=entry["status"], changes=entry.get("changes") or {},
                   resolve_place=place_for, **common)  # fmt: skip
        return []
    if entry["kind"] == "merge":
        other = _found(store, entry["other"], entry.get("other_sources"))
        add_merge(store.con, event_id, other, **common)
    elif entry["kind"] == "split":
        add_split(store.con, event_id, str(entry["doc_id"]), int(entry["start"]), **common)
    else:
        raise ReviewError(f"unknown kind {entry['kind']!r}")
    return apply_reviews(store)
