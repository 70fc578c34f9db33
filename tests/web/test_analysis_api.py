"""Trends, downloads, changes and the offline docs page (issue 18): /api/series, /api/export,
/api/diff, /api/labels, /docs."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from frontlog.export.series import event_series, period_of
from frontlog.web import create_app
from tests.web.conftest import LOCAL, build_web_store


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    return TestClient(create_app(build_web_store(tmp_path_factory.mktemp("analysis"), 10)), base_url=LOCAL)


def test_analysis_series_counts_every_event_once(client: TestClient) -> None:
    events = client.get("/api/events", params={"limit": 1000}).json()
    for by in ("day", "week", "month"):
        data = client.get("/api/series", params={"by": by}).json()
        assert sum(sum(s["values"]) for s in data["series"]) == events["total"]
        assert data["periods"] == sorted(data["periods"]) and len(data["periods"]) == len(
            data["series"][0]["values"]
        )
    deaths = client.get("/api/series", params={"measure": "fatalities", "group": "none"}).json()
    assert sum(deaths["series"][0]["values"]) == sum(e["fatalities"] or 0 for e in events["events"])
    strikes = client.get("/api/series", params={"type": "Air/drone strike", "group": "sub_event_type"}).json()
    assert [s["key"] for s in strikes["series"]] == ["Air/drone strike"]
    assert strikes["places"] and strikes["actors"][0]["total"] >= strikes["actors"][-1]["total"]
    assert client.get("/api/series", params={"by": "year"}).status_code == 400


def test_analysis_series_periods() -> None:
    assert period_of("2018-03-08", "week") == "2018-03-05"  # the Monday
    assert period_of("2018-03", "day") == "2018-03-01" and period_of("2018-03-08", "month") == "2018-03"
    assert event_series([], by="week")["periods"] == []


@pytest.mark.parametrize("fmt", ["acled-csv", "geojson", "jsonl"])
def test_analysis_download_is_what_the_filters_show(client: TestClient, fmt: str) -> None:
    params = {"type": "Air/drone strike", "since": "2018-03-12"}
    shown = {e["event_id"] for e in client.get("/api/events", params=params).json()["events"]}
    res = client.get("/api/export", params={**params, "format": fmt})
    assert res.status_code == 200 and "attachment" in res.headers["content-disposition"]
    if fmt == "acled-csv":
        got = {r["event_id_cnty"].split("-", 1)[1] for r in csv.DictReader(io.StringIO(res.text))}
    elif fmt == "geojson":
        got = {f["id"] for f in res.json()["features"]}
    else:
        got = {json.loads(line)["event_id"] for line in res.text.splitlines()}
    assert shown and got == shown
    assert client.get("/api/export", params={"format": "xlsx"}).status_code == 400


def test_analysis_diff_labels_and_docs(client: TestClient) -> None:
    assert client.get("/api/diff", params={"since": "2000-01"}).json()["new_events"]
    assert client.get("/api/diff", params={"since": "2017-13"}).status_code == 400
    labels = client.get("/api/labels").json()
    assert any(c["name"] == "Damascus" for c in labels)
    page = client.get("/docs")
    assert page.status_code == 200 and "/static/vendor/swagger-ui-bundle.js" in page.text
    assert "<script>" not in page.text.replace("<script src", "")  # no inline script: the CSP holds
    assert client.get("/redoc").status_code == 404
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/series", "/api/export", "/api/diff", "/api/events/{event_id}/review"} <= set(paths)


def test_analysis_vendor_script_has_no_cdn(tmp_path: Path) -> None:
    html = (Path(__file__).resolve().parents[2] / "frontlog" / "web" / "static" / "docs.html").read_text()
    assert "http" not in html
