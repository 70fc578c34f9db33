"""Merge and split through the API (issue 18), and reviews posted while a run holds the store:
queued (202), listed, then stored at the first read after the run."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from frontlog.pipeline import run
from frontlog.web import create_app
from tests.store.test_reviews import MORE, STRIKE
from tests.web.conftest import LOCAL, XSS, build_web_store


@pytest.fixture
def client(tmp_path: Path) -> TestClient:
    db = build_web_store(tmp_path, 4)
    return TestClient(create_app(db), base_url=LOCAL)


def _keys(e: dict) -> set[tuple[str, int]]:  # type: ignore[type-arg]
    return {(s["doc_id"], s["start"]) for s in e["sources"]}


def test_merge_api_folds_the_other_event_and_a_rerun_keeps_it(client: TestClient, tmp_path: Path) -> None:
    events = client.get("/api/events").json()["events"]
    keep, other = events[0], events[-1]
    res = client.post(f"/api/events/{keep['event_id']}/merge", json={"other": other["event_id"], "note": XSS})
    assert res.status_code == 200, res.text
    body = res.json()
    assert body["removed"] == other["event_id"] and _keys(body["event"]) == _keys(keep) | _keys(other)
    assert body["review"]["status"] == "merged" and body["review"]["note"] == XSS
    shown = {e["event_id"]: e for e in client.get("/api/events").json()["events"]}
    assert other["event_id"] not in shown and shown[keep["event_id"]]["review"] == "merged"
    assert client.get(f"/api/events/{other['event_id']}").status_code == 404
    run([tmp_path / "news"], db=tmp_path / "s.duckdb")  # the same input again
    again = client.get(f"/api/events/{keep['event_id']}").json()
    assert _keys(again) == _keys(keep) | _keys(other)
    history = client.get(f"/api/events/{keep['event_id']}/review").json()["history"]
    assert [h["status"] for h in history] == ["merged"]
    for bad, code in [
        ({"other": keep["event_id"]}, 400),
        ({"other": "0123456789abcdef"}, 404),
        ({"other": "x y"}, 400),
    ]:
        assert client.post(f"/api/events/{keep['event_id']}/merge", json=bad).status_code == code
    merge_id = history[0]["review_id"]
    undo = client.post(f"/api/events/{keep['event_id']}/undo", json={"review_id": merge_id, "note": "two after all"})
    assert undo.status_code == 200, undo.text
    assert _keys(undo.json()["event"]) == _keys(keep)
    assert client.get(f"/api/events/{other['event_id']}").status_code == 200  # back from its mentions
    again = client.post(f"/api/events/{keep['event_id']}/undo", json={"review_id": merge_id})
    assert again.status_code == 400 and "in force" in again.json()["detail"]


def test_split_api_makes_an_event_of_the_sentence(tmp_path: Path) -> None:
    news = tmp_path / "news"
    news.mkdir()
    (news / "one.txt").write_text(STRIKE, encoding="utf-8")
    (news / "two.txt").write_text(MORE, encoding="utf-8")
    db = tmp_path / "s.duckdb"
    run([news], db=db)
    client = TestClient(create_app(db), base_url=LOCAL)
    (both,) = client.get("/api/events").json()["events"]
    src = next(s for s in both["sources"] if "killed" in s["sentence"])
    res = client.post(
        f"/api/events/{both['event_id']}/split", json={"doc_id": src["doc_id"], "start": src["start"]}
    )
    assert res.status_code == 200, res.text
    body = res.json()
    assert _keys(body["new_event"]) == {(src["doc_id"], src["start"])}
    assert (src["doc_id"], src["start"]) not in _keys(body["event"])
    assert len(client.get("/api/events").json()["events"]) == 2
    lone = client.post(
        f"/api/events/{both['event_id']}/split", json={"doc_id": src["doc_id"], "start": src["start"]}
    )
    assert lone.status_code == 400  # the sentence has left it (and one sentence is left)


@contextmanager
def _run_holding(db: Path) -> Iterator[None]:
    """Another process holds the store read-write, as `frontlog run` does while it writes."""
    code = "import duckdb, sys; c = duckdb.connect(sys.argv[1]); print('held', flush=True); sys.stdin.read()"
    proc = subprocess.Popen(
        [sys.executable, "-c", code, str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
        yield
    finally:
        assert proc.stdin is not None
        proc.stdin.close()
        proc.wait(timeout=30)


def test_review_during_a_run_is_queued_then_stored(client: TestClient, tmp_path: Path) -> None:
    events = client.get("/api/events").json()["events"]
    first, second, third = (e["event_id"] for e in events[:3])
    with _run_holding(tmp_path / "s.duckdb"):
        res = client.post(
            f"/api/events/{first}/review",
            json={"status": "edited", "changes": {"fatalities": 31}, "note": XSS},
        )
        assert res.status_code == 202, res.text
        assert res.json()["queued"] is True and "queued" in res.json()["detail"]
        assert client.post(f"/api/events/{second}/merge", json={"other": third}).status_code == 202
        assert client.post(f"/api/events/{second}/undo", json={"review_id": "abcdef12"}).status_code == 400
        bad = client.post(
            f"/api/events/{first}/review", json={"status": "edited", "changes": {"fatalities": -3}}
        )
        assert bad.status_code == 400  # checked against the snapshot before it is queued
        assert len(client.get("/api/pending").json()) == 2
        assert client.get(f"/api/events/{first}/review").json()["pending"][0]["note"] == XSS
        assert client.get(f"/api/events/{first}").json()["fatalities"] != 31  # not stored yet
    shown = {e["event_id"]: e for e in client.get("/api/events").json()["events"]}  # the first read after it
    assert shown[first]["fatalities"] == 31 and shown[first]["review"] == "edited"
    assert third not in shown and shown[second]["review"] == "merged"
    assert client.get("/api/pending").json() == []
    assert client.get(f"/api/events/{first}/review").json()["review"]["note"] == XSS


def test_openapi_lists_review_merge_split_series_and_download(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/events/{event_id}/review", "/api/events/{event_id}/merge", "/api/events/{event_id}/split",
        "/api/events/{event_id}/undo",
                 "/api/pending", "/api/series", "/api/export", "/api/diff"):  # fmt: skip
        assert path in paths, path
    assert "202" in paths["/api/events/{event_id}/merge"]["post"]["responses"]
