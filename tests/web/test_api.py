"""The web view's JSON API, with FastAPI's TestClient: every endpoint, bad parameters, unknown ids."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from frontlog.web import create_app
from tests.web.conftest import LOCAL, build_web_store


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    return TestClient(create_app(build_web_store(tmp_path_factory.mktemp("web"), 6)), base_url=LOCAL)


def test_api_events_paged_and_filtered(client: TestClient) -> None:
    every = client.get("/api/events").json()
    assert every["total"] == len(every["events"]) > 0
    page = client.get("/api/events", params={"limit": 2, "offset": 1}).json()
    assert page["total"] == every["total"] and [e["event_id"] for e in page["events"]] == [
        e["event_id"] for e in every["events"][1:3]
    ]
    strikes = client.get("/api/events", params={"type": "Air/drone strike"}).json()
    assert strikes["events"] and all(e["sub_event_type"] == "Air/drone strike" for e in strikes["events"])
    assert client.get("/api/events", params={"bbox": "0,0,1,1"}).json()["total"] == 0


@pytest.mark.parametrize(
    "params",
    [
        {"limit": 0},
        {"limit": 1_000_000},
        {"offset": -1},
        {"since": "last week"},
        {"since": "2017-13"},
        {"type": "airstrike"},
        {"bbox": "1,2,3"},
        {"bbox": "a,b,c,d"},
    ],
)
def test_api_bad_parameters_are_400(client: TestClient, params: dict[str, object]) -> None:
    res = client.get("/api/events", params=params)
    assert res.status_code == 400
    assert res.json()["detail"]


def test_api_event_and_document(client: TestClient) -> None:
    ev = client.get("/api/events").json()["events"][0]
    one = client.get(f"/api/events/{ev['event_id']}").json()
    assert one["event_id"] == ev["event_id"] and one["sources"]
    src = one["sources"][0]
    doc = client.get(f"/api/documents/{src['doc_id']}").json()
    assert doc["text"][src["start"] : src["end"]] == src["sentence"]


def test_api_unknown_ids(client: TestClient) -> None:
    assert client.get("/api/events/0123456789abcdef").status_code == 404
    assert client.get("/api/documents/0123456789abcdef").status_code == 404
    assert client.get("/api/events/not-an-id").status_code == 400
    assert client.get("/api/places/Atlantis/timeline").status_code == 404
    assert client.get("/api/places/Atlantis/claims").status_code == 404


def test_api_places_timeline_claims(client: TestClient) -> None:
    places = client.get("/api/places").json()
    names = {p["name"] for p in places}
    assert {"Tabqa", "Manbij"} <= names
    tabqa = client.get("/api/places/Tabqa/timeline").json()
    assert any(r["status"] == "captured" for r in tabqa)
    claims = client.get("/api/places/Tabqa/claims").json()
    assert any(r["share"] == 0.8 for r in claims)
    early = client.get("/api/places", params={"date": "2000-01-01"}).json()
    assert all(p["controller"] is None for p in early)
    assert client.get("/api/places", params={"date": "yesterday"}).status_code == 400


def test_api_stats_openapi_and_page(client: TestClient) -> None:
    assert client.get("/api/stats").json()["counts"]["events"] > 0
    spec = client.get("/openapi.json").json()
    assert {"/api/events", "/api/events/{event_id}", "/api/places", "/api/documents/{doc_id}"} <= set(
        spec["paths"]
    )
    page = client.get("/")
    assert page.status_code == 200 and "frontlog" in page.text


def test_api_no_path_traversal(client: TestClient) -> None:
    for url in (
        "/static/../../store/__init__.py",
        "/static/%2e%2e/%2e%2e/pyproject.toml",
        "/api/documents/..%2F..%2Fetc",
    ):
        res = client.get(url)
        assert res.status_code in (400, 404), url


def test_api_hostile_text_is_returned_as_data(client: TestClient) -> None:
    hits = [
        d
        for d in client.get("/api/events").json()["events"]
        for s in d["sources"]
        if "<script>" in s["sentence"]
    ]
    assert hits  # stored verbatim: the page must escape it (tests/web/test_browser.py)
