"""The review endpoints (issue 18): GET/POST /api/events/{id}/review, the gazetteer lookup, and
the corroboration and review fields of /api/events."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from frontlog.pipeline import run
from frontlog.web import create_app
from tests.store.conftest import make_articles
from tests.web.conftest import LOCAL, XSS, build_web_store


@pytest.fixture
def store_and_client(tmp_path: Path) -> tuple[Path, TestClient]:
    db = build_web_store(tmp_path, 4)
    return db, TestClient(create_app(db), base_url=LOCAL)


def test_review_api_post_get_and_rerun(store_and_client: tuple[Path, TestClient], tmp_path: Path) -> None:
    db, client = store_and_client
    events = client.get("/api/events").json()["events"]
    first, second = events[0]["event_id"], events[1]["event_id"]
    assert client.get(f"/api/events/{first}/review").json()["review"] is None
    res = client.post(f"/api/events/{first}/review",
                      json={"status": "edited", "changes": {"place": "Aleppo", "fatalities": 5}, "note": XSS})  # fmt: skip
    assert res.status_code == 200, res.text
    body = res.json()
    assert body["event"]["location"]["name"] == "Aleppo" and body["event"]["fatalities"] == 5
    assert body["review"]["note"] == XSS and body["review"]["who"] == "web"  # stored verbatim, shown as text
    assert client.post(f"/api/events/{second}/review", json={"status": "rejected"}).status_code == 200
    shown = {e["event_id"]: e for e in client.get("/api/events").json()["events"]}
    assert second not in shown and shown[first]["review"] == "edited"
    every = client.get("/api/events", params={"include_rejected": "true"}).json()["events"]
    assert any(e["event_id"] == second and e["review"] == "rejected" for e in every)
    make_articles(tmp_path / "more", 2, start=30)
    run([db.parent / "news", tmp_path / "more"], db=db)  # a re-run over the same and new input
    got = client.get(f"/api/events/{first}/review").json()
    assert got["review"]["status"] == "edited" and got["machine"]["location_name"] != "Aleppo"
    assert client.get(f"/api/events/{first}").json()["location"]["name"] == "Aleppo"


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({"status": "approved"}, 400),
        ({"status": "edited", "changes": {}}, 400),
        ({"status": "edited", "changes": {"place": "Nowhere-on-earth-xyz"}}, 400),
        ({"status": "confirmed", "note": "x" * 3000}, 400),
    ],
)
def test_review_api_bad_reviews(
    store_and_client: tuple[Path, TestClient], body: dict[str, object], status: int
) -> None:
    _, client = store_and_client
    event_id = client.get("/api/events").json()["events"][0]["event_id"]
    res = client.post(f"/api/events/{event_id}/review", json=body)
    assert res.status_code == status and res.json()["detail"]


def test_review_api_refuses_foreign_writes(store_and_client: tuple[Path, TestClient]) -> None:
    _, client = store_and_client
    event_id = client.get("/api/events").json()["events"][0]["event_id"]
    url = f"/api/events/{event_id}/review"
    assert client.post("/api/events/0123456789abcdef/review", json={"status": "confirmed"}).status_code == 404
    assert client.post("/api/events/nothex/review", json={"status": "confirmed"}).status_code == 400
    # a cross-site form can send text/plain without a preflight: not parsed as a review
    plain = client.post(url, content=b'{"status": "rejected"}', headers={"Content-Type": "text/plain"})
    assert plain.status_code == 400
    foreign = client.post(url, json={"status": "rejected"}, headers={"Origin": "http://evil.example"})
    assert foreign.status_code == 403
    assert client.get(url).json()["review"] is None


def test_review_api_gazetteer_types_and_openapi(store_and_client: tuple[Path, TestClient]) -> None:
    _, client = store_and_client
    found = client.get("/api/gazetteer", params={"q": "Aleppo"}).json()
    assert found and found[0]["name"] == "Aleppo" and found[0]["country"] == "Syria"
    assert client.get("/api/gazetteer", params={"q": "a"}).status_code == 400
    assert client.get("/api/types").json()["Air/drone strike"] == "Explosions/Remote violence"
    paths = client.get("/openapi.json").json()["paths"]
    assert {"get", "post"} <= set(paths["/api/events/{event_id}/review"])


def test_review_api_corroboration_fields(store_and_client: tuple[Path, TestClient]) -> None:
    _, client = store_and_client
    events = client.get("/api/events").json()["events"]
    assert all({"n_sources", "n_outlets", "party_attributed"} <= set(e) for e in events)
    single = client.get("/api/events", params={"single_source": "true"}).json()["events"]
    assert single and all(e["n_sources"] == 1 for e in single)
