"""Add extraction results to a store: new rows in, then the events and control records they
touch merged again, all in one store transaction (the store keeps rows; this module merges)."""

from __future__ import annotations

from collections.abc import Sequence

from frontlog.control import build_control
from frontlog.merge import merge_events
from frontlog.places.normalize import place_key
from frontlog.records import DocumentResult
from frontlog.store import Store
from frontlog.timing import Timings


def add_documents(
    store: Store,
    results: Sequence[DocumentResult],
    *,
    run_id: str,
    extractor: str = "",
    timings: Timings | None = None,
) -> int:
    """Store new documents with their mentions and claims, and re-merge what they touch.

    A document stored by another version of the rules (`extractor`) is replaced. One
    transaction: all of it is stored, or none of it. Returns the number of documents written.
    """
    current = store.known_doc_ids((r.article.doc_id for r in results), extractor=extractor)
    fresh = [r for r in results if r.article.doc_id not in current]
    if not fresh:
        return 0
    stale = sorted(store.known_doc_ids(r.article.doc_id for r in fresh))
    clock = timings or Timings()
    with store.transaction():
        old_blocks, old_places = store.blocks_of(stale)
        store.delete_documents(stale)
        store.insert_documents(fresh, run_id=run_id, extractor=extractor)
        blocks = {(place_key(m.place), m.event_date) for r in fresh for m in r.mentions} | old_blocks
        places = {k for k, _ in blocks} | {place_key(c.place) for r in fresh for c in r.claims} | old_places
        with clock.stage("merge"):
            store.replace_events(blocks, merge_events(store.mentions_in(blocks)))
        with clock.stage("control"):
            rebuild_control(store, places)
    return len(fresh)


def rebuild_control(store: Store, places: set[str]) -> None:
    """Rebuild the control records of these places from their stored events and claims."""
    if not places:
        return
    keys = sorted(places)
    events = [e for e in store.events(place_keys=keys) if e.review != "rejected"]  # a reviewer's rejection holds
    records = build_control(events, store.claims_at(keys))
    store.replace_control(keys, records)
