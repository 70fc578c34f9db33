"""An article's documents, dates and events never depend on the other inputs of a run (issue 16):
each seed page run alone gives what it gives when run with the other seeds.

What each article says (its document, date, event mentions and control claims) must be the same.
Merged events may legitimately differ where another page reports the same event (merging two
reports can complete a missing actor), so events are compared where all their sources are in
the page itself."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

from frontlog.pipeline import run
from tests.conftest import shared_path

MENTION = "doc_id, start, event_date, sub_event_type, actor1, actor2, location_name, fatalities, background"
CLAIM = "doc_id, start, date, status, location_name, controller, share, claimed_by"


def _load(path: Path) -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _rows(db: Path, table: str, cols: str, doc_ids: set[str]) -> set[tuple]:  # type: ignore[type-arg]
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute(f"SELECT {cols} FROM {table}").fetchall()
    return {r for r in rows if r[0] in doc_ids}


def _own_events(events: list[dict], doc_ids: set[str]) -> set[tuple]:  # type: ignore[type-arg]
    return {
        (e["event_id"], e["event_date"], e["sub_event_type"], e["location"]["name"], e["actor1"], e["actor2"])
        for e in events
        if all(s["doc_id"] in doc_ids for s in e["sources"])
    }


@pytest.mark.slow
def test_each_seed_page_alone_gives_what_it_gives_with_the_others(tmp_path: Path) -> None:
    folder = shared_path("data", "seeds")
    seeds = sorted(p for p in folder.iterdir() if p.is_file())
    run([folder], out_dir=tmp_path / "all", db=tmp_path / "all.duckdb")
    together = {d["doc_id"]: d for d in _load(tmp_path / "all" / "documents.jsonl")}
    together_events = _load(tmp_path / "all" / "events.jsonl")
    for seed in seeds:
        out, db = tmp_path / seed.stem, tmp_path / f"{seed.stem}.duckdb"
        run([seed], out_dir=out, db=db)
        docs = _load(out / "documents.jsonl")
        ids = {d["doc_id"] for d in docs}
        assert ids and ids == {i for i, d in together.items() if d["file"] == seed.name}, seed.name
        for d in docs:
            assert d["published"] == together[d["doc_id"]]["published"], (seed.name, d["title"])
        for table, cols in (("mentions", MENTION), ("claims", CLAIM)):
            alone_rows = _rows(db, table, cols, ids)
            assert alone_rows == _rows(tmp_path / "all.duckdb", table, cols, ids), (seed.name, table)
        own = _own_events(together_events, ids)
        assert own and own <= _own_events(_load(out / "events.jsonl"), ids), seed.name
