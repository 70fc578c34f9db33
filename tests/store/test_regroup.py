"""Merge and split reviews (issue 18): rows in the store, applied after every re-merge, kept
across re-runs of the same input, in the exports, said when their events vanish; reviews queued
while a run holds the store are folded in by the next writer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from frontlog.export import export
from frontlog.pipeline import run
from frontlog.records import Event
from frontlog.regroup import apply_reviews, fold_pending, undo_regroup
from frontlog.store import Store
from frontlog.store.pending import pending_path, pending_reviews, queue_review
from frontlog.store.reviews import ReviewError, add_review, reviews_of
from frontlog.store.structure import add_merge, add_split
from tests.store.conftest import make_articles
from tests.store.test_reviews import MORE, STRIKE


def _events(db: Path) -> dict[str, Event]:
    with Store(db, read_only=True) as store:
        return {e.event_id: e for e in store.events()}


def _keys(e: Event) -> set[tuple[str, int]]:
    return {(s.doc_id, s.start) for s in e.sources}


def _merge(db: Path, keep: str, other: str, **kw: str) -> list[str]:
    with Store(db) as store:
        add_merge(store.con, keep, other, **kw)
        return apply_reviews(store)


def test_merge_survives_reruns_and_is_exported(tmp_path: Path) -> None:
    news = tmp_path / "news"
    make_articles(news, 4)
    db = tmp_path / "s.duckdb"
    first = run([news], db=db).events
    keep, other = first[0], first[3]
    assert _keys(keep).isdisjoint(_keys(other))
    _merge(db, keep.event_id, other.event_id, note="one battle, two reports", who="ana")
    for again in ([news], [news, tmp_path / "more"]):  # the same input, then new input too
        make_articles(tmp_path / "more", 2, start=40)
        result = run(again, db=db)
        events = _events(db)
        assert other.event_id not in events
        merged = events[keep.event_id]
        assert _keys(merged) == _keys(keep) | _keys(other)
        assert merged.n_sources == len({d for d, _ in _keys(keep) | _keys(other)})
        assert merged.review == "merged" and merged.sub_event_type == keep.sub_event_type
        assert not [p for p in result.problems if p.code == "W301"]
    with Store(db, read_only=True) as store:
        export(store, "jsonl", tmp_path / "e.jsonl")
        (row,) = [r for r in reviews_of(store.con, keep.event_id) if r.status == "merged"]
    assert row.note == "one battle, two reports" and row.changes["merge"] == other.event_id
    lines = {x["event_id"]: x for x in map(json.loads, (tmp_path / "e.jsonl").read_text().splitlines())}
    assert other.event_id not in lines
    assert {(s["doc_id"], s["start"]) for s in lines[keep.event_id]["sources"]} == _keys(keep) | _keys(other)
    assert lines[keep.event_id]["review"] == "merged"


def test_split_makes_an_event_of_its_own_and_survives_a_rerun(tmp_path: Path) -> None:
    news = tmp_path / "news"
    news.mkdir()
    (news / "one.txt").write_text(STRIKE, encoding="utf-8")
    (news / "two.txt").write_text(MORE, encoding="utf-8")
    db = tmp_path / "s.duckdb"
    (both,) = run([news], db=db).events  # one strike told by two articles
    assert both.n_sources == 2
    off = next(s for s in both.sources if "killed" in s.sentence)
    with Store(db) as store:
        add_split(store.con, both.event_id, off.doc_id, off.start, note="another strike")
        apply_reviews(store)
    for _ in range(2):
        events = _events(db)
        assert len(events) == 2
        rest, alone = events[both.event_id], next(e for i, e in events.items() if i != both.event_id)
        assert _keys(alone) == {(off.doc_id, off.start)} and (off.doc_id, off.start) not in _keys(rest)
        assert rest.n_sources == 1 and alone.n_sources == 1
        assert alone.actor2 == "Civilians" and alone.review == "split" and rest.review == "split"
        assert rest.fatalities is None and rest.actor2 != "Civilians"  # coded again from its own sentence
        assert alone.fatalities == 4
        run([news], db=db)  # the same input again: re-merged, split again
    with Store(db, read_only=True) as store:
        assert reviews_of(store.con, alone.event_id)[0].changes["split_from"] == both.event_id


def test_merge_and_split_checked_and_vanished_events_said_once(tmp_path: Path) -> None:
    news = tmp_path / "news"
    make_articles(news, 2)
    db = tmp_path / "s.duckdb"
    events = run([news], db=db).events
    a, b = events[0], events[1]
    with Store(db) as store:
        with pytest.raises(ReviewError, match="itself"):
            add_merge(store.con, a.event_id, a.event_id)
        with pytest.raises(ReviewError, match="no event"):
            add_merge(store.con, a.event_id, "0123456789abcdef")
        with pytest.raises(ReviewError, match="no source sentence"):
            add_split(store.con, a.event_id, "nodoc", 0)
        lone = next(e for e in events if len(e.sources) == 1)
        with pytest.raises(ReviewError, match="one source sentence"):
            add_split(store.con, lone.event_id, lone.sources[0].doc_id, lone.sources[0].start)
        with pytest.raises(ReviewError, match="at most"):
            add_merge(store.con, a.event_id, b.event_id, note="x" * 5000)
    _merge(db, a.event_id, b.event_id)
    with Store(db) as store:  # the kept event's sentences leave the store (its article re-coded, say)
        for table in ("event_sources", "mentions"):
            store.con.execute(f"DELETE FROM {table} WHERE doc_id IN (SELECT unnest(?))",
                              [[s.doc_id for s in a.sources]])  # fmt: skip
    said = [str(p) for p in run([news], db=db).problems if p.code == "W301"]
    assert any("merge of event" in n and "no event holds" in n for n in said)
    again = [str(p) for p in run([news], db=db).problems if p.code == "W301"]
    assert not any("merge of event" in n for n in again), [n[-200:] for n in again]  # said once


def test_reviews_queued_during_a_run_are_folded_in(tmp_path: Path) -> None:
    news = tmp_path / "news"
    make_articles(news, 3)
    db = tmp_path / "s.duckdb"
    events = run([news], db=db).events
    a, b = events[0], events[1]
    keys = [[s.doc_id, s.start] for s in a.sources]
    queue_review(db, {"kind": "review", "id": "q1", "when": "2026-12-01T10:00:00", "event_id": a.event_id,
                      "sources": keys, "status": "edited", "changes": {"fatalities": 9}, "note": "queued"})  # fmt: skip
    queue_review(db, {"kind": "merge", "id": "q2", "when": "2026-12-01T10:01:00", "event_id": a.event_id,
                      "sources": keys, "other": b.event_id})  # fmt: skip
    queue_review(db, {"kind": "review", "id": "q3", "when": "2026-12-01T10:02:00", "event_id": "0123456789abcdef",
                      "sources": [], "status": "confirmed"})  # fmt: skip
    queue_review(db, {"kind": "bogus", "id": "q4", "when": "2026-12-01T10:03:00", "event_id": a.event_id})
    queue_review(db, {"kind": "review", "id": "q5"})  # no time, no event: reported, not a crash
    with pending_path(db).open("a", encoding="utf-8") as f:
        f.write("not json\n")
    assert len(pending_reviews(db)) == 5
    result = run([news], db=db)  # the next run folds them in
    said = [str(p) for p in result.problems if p.code == "W301"]
    assert any("0123456789abcdef" in n and "not stored" in n for n in said)
    assert any("unknown kind 'bogus'" in n for n in said) and any("q5" not in n and "None" in n for n in said)
    assert pending_reviews(db) == []
    now = _events(db)
    assert now[a.event_id].fatalities == 9 and now[a.event_id].review == "edited" and b.event_id not in now
    with Store(db) as store:  # folding again stores nothing twice
        queue_review(db, {"kind": "review", "id": "q1", "when": "2026-12-01T10:00:00", "event_id": a.event_id,
                          "sources": keys, "status": "edited", "changes": {"fatalities": 9}})  # fmt: skip
        assert fold_pending(store) == []
        assert len([r for r in reviews_of(store.con, a.event_id) if r.status == "edited"]) == 1
        add_review(store.con, a.event_id, status="confirmed")


def test_undo_a_merge_and_a_split_and_rerun(tmp_path: Path) -> None:
    news = tmp_path / "news"
    make_articles(news, 3)
    (news / "one.txt").write_text(STRIKE, encoding="utf-8")
    (news / "two.txt").write_text(MORE, encoding="utf-8")
    db = tmp_path / "s.duckdb"
    first = {e.event_id: e for e in run([news], db=db).events}
    both = next(e for e in first.values() if e.n_sources == 2)
    a, b = [e for e in first.values() if e.event_id != both.event_id][:2]
    off = both.sources[1]
    with Store(db) as store:
        merge_id = add_merge(store.con, a.event_id, b.event_id)
        split_id = add_split(store.con, both.event_id, off.doc_id, off.start)
        apply_reviews(store)
    assert len(_events(db)) == len(first)  # one fewer by the merge, one more by the split
    with Store(db) as store:
        undo_regroup(store, merge_id, note="two events after all")
        with pytest.raises(ReviewError, match="in force"):
            undo_regroup(store, merge_id)
    now = _events(db)
    assert {a.event_id, b.event_id} <= set(now) and _keys(now[a.event_id]) == _keys(a)
    assert len(now) == len(first) + 1 and now[a.event_id].review is None
    with Store(db) as store:
        undo_regroup(store, split_id)
    run([news], db=db)  # the same input again: nothing re-applied
    again = _events(db)
    assert set(again) == set(first) and _keys(again[both.event_id]) == _keys(both)
    assert again[both.event_id].review is None  # the split-off event's own row went with the split
    with Store(db, read_only=True) as store:
        statuses = [r.status for r in reviews_of(store.con, a.event_id)]
    assert statuses == ["undone", "merged"]


def test_applying_merges_and_splits_twice_changes_nothing(tmp_path: Path) -> None:
    news = tmp_path / "news"
    make_articles(news, 4)
    (news / "one.txt").write_text(STRIKE, encoding="utf-8")
    (news / "two.txt").write_text(MORE, encoding="utf-8")
    db = tmp_path / "s.duckdb"
    events = run([news], db=db).events
    both = next(e for e in events if e.n_sources == 2)
    a, b, c = [e for e in events if e.event_id != both.event_id][:3]
    with Store(db) as store:
        add_merge(store.con, a.event_id, b.event_id)
        add_merge(store.con, a.event_id, c.event_id)  # a second merge into the same event
        add_split(store.con, both.event_id, both.sources[0].doc_id, both.sources[0].start)
        apply_reviews(store)

        def dump() -> list[tuple[object, ...]]:
            return store.con.execute(
                "SELECT e.*, s.doc_id, s.start FROM events e JOIN event_sources s USING (event_id) ORDER BY ALL"
            ).fetchall()

        once = dump()
        assert apply_reviews(store) == [] and dump() == once
    assert _keys(_events(db)[a.event_id]) == _keys(a) | _keys(b) | _keys(c)
    run([news], db=db)
    with Store(db) as store:
        assert dump() == once  # a re-run of the same input lands on the same rows


def test_a_review_queued_after_a_merge_sees_the_merged_event(tmp_path: Path) -> None:
    news = tmp_path / "news"
    make_articles(news, 2)
    db = tmp_path / "s.duckdb"
    a, b = run([news], db=db).events[:2]
    keys = [[s.doc_id, s.start] for s in a.sources]
    queue_review(db, {"kind": "merge", "id": "m1", "when": "2026-12-01T10:00:00", "event_id": a.event_id,
                      "sources": keys, "other": b.event_id})  # fmt: skip
    queue_review(db, {"kind": "review", "id": "r1", "when": "2026-12-01T10:01:00", "event_id": a.event_id,
                      "sources": keys, "status": "confirmed"})  # fmt: skip
    with Store(db) as store:
        assert fold_pending(store) == []  # no "evidence changed": the confirmation came after the merge
    merged = _events(db)[a.event_id]
    assert merged.review == "confirmed" and _keys(merged) == _keys(a) | _keys(b)
