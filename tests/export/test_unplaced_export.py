"""Events at places no gazetteer has (kept by name, no coordinates) through the store, the
exports, the filters, the web API and eval-acled (made-up articles and place names)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from frontlog.cli import app
from frontlog.eval.acled import AcledNote, CodedNote, judge
from frontlog.export import EventFilter, acled_row, event_feature, export, geo_precision, select_events
from frontlog.pipeline import run
from frontlog.records import UNRESOLVED, Event
from frontlog.store import Store

PLACED = "2018-03-12\n\nRussian air strikes killed at least five civilians in Saraqib on Monday, a monitor said.\n"
UNPLACED = "2018-03-12\n\nPolice shot dead two men in Oruvanga on Monday, residents said.\n"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("unplaced")
    (root / "news").mkdir()
    (root / "news" / "a.txt").write_text(PLACED, encoding="utf-8")
    (root / "news" / "b.txt").write_text(UNPLACED, encoding="utf-8")
    path = root / "s.duckdb"
    result = run([root / "news"], db=path)
    assert any(p.code == "W216" and "Oruvanga" in str(p) for p in result.problems)
    return path


def _split(db: Path) -> tuple[list[Event], list[Event]]:
    with Store(db, read_only=True) as store:
        events = select_events(store)
    return [e for e in events if e.location.point], [e for e in events if not e.location.point]


def test_the_store_keeps_an_unplaced_event_with_null_coordinates(db: Path) -> None:
    placed, unplaced = _split(db)
    assert placed and [e.location.name for e in unplaced] == ["Oruvanga"]
    loc = unplaced[0].location
    assert (loc.lat, loc.lon, loc.geonameid, loc.precision) == (None, None, None, UNRESOLVED)


def test_filters_placed_and_unplaced_and_bbox(db: Path) -> None:
    with Store(db, read_only=True) as store:
        every = select_events(store)
        on_map = select_events(store, EventFilter(placed=True))
        off_map = select_events(store, EventFilter(placed=False))
        box = select_events(store, EventFilter(bbox=(-180.0, -90.0, 180.0, 90.0)))
    assert len(on_map) + len(off_map) == len(every) and [e.location.name for e in off_map] == ["Oruvanga"]
    assert {e.event_id for e in box} == {e.event_id for e in on_map}  # a box holds no unplaced event


def test_acled_csv_leaves_coordinates_and_geo_precision_empty(db: Path, tmp_path: Path) -> None:
    with Store(db, read_only=True) as store:
        export(store, "acled-csv", tmp_path / "e.csv")
    with (tmp_path / "e.csv").open(newline="", encoding="utf-8") as f:
        rows = {r["location"]: r for r in csv.DictReader(f)}
    assert (rows["Oruvanga"]["latitude"], rows["Oruvanga"]["longitude"], rows["Oruvanga"]["geo_precision"]) == ("", "", "")
    assert rows["Saraqib"]["latitude"] and rows["Saraqib"]["geo_precision"] == "1"


def test_geojson_gives_an_unplaced_event_a_null_geometry(db: Path, tmp_path: Path) -> None:
    with Store(db, read_only=True) as store:
        res = export(store, "geojson", tmp_path / "e.geojson")
    feats = json.loads(res.path.read_text())["features"]
    nulls = [f for f in feats if f["geometry"] is None]
    assert [f["properties"]["location_name"] for f in nulls] == ["Oruvanga"]
    assert nulls[0]["properties"]["location_precision"] == UNRESOLVED and nulls[0]["properties"]["geo_precision"] is None
    assert all(f["geometry"]["type"] == "Point" for f in feats if f not in nulls)


def test_parquet_holds_nulls(db: Path, tmp_path: Path) -> None:
    with Store(db, read_only=True) as store:
        res = export(store, "parquet", tmp_path / "e.parquet")
    rows = {r["location"]: r for r in pq.read_table(res.path).to_pylist()}
    assert rows["Oruvanga"]["latitude"] is None and rows["Oruvanga"]["geo_precision"] is None
    assert rows["Saraqib"]["latitude"] is not None


def test_export_cli_unplaced_only(db: Path, tmp_path: Path) -> None:
    res = CliRunner().invoke(app, ["export", "--db", str(db), "--out", str(tmp_path / "u.jsonl"), "--unplaced"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in (tmp_path / "u.jsonl").read_text().splitlines()]
    assert [r["location"]["name"] for r in rows] == ["Oruvanga"] and rows[0]["location"]["lat"] is None


def test_one_event_functions_take_null_coordinates(db: Path) -> None:
    _, (e,) = _split(db)
    assert geo_precision(e.location) is None
    assert acled_row(e)["latitude"] == ""
    assert event_feature(e)["geometry"] is None


def test_eval_acled_counts_an_unplaced_event_as_the_wrong_place_but_the_right_type(db: Path) -> None:
    _, (e,) = _split(db)
    note = AcledNote(event_id="X1", event_date=e.event_date, time_precision="1", event_types=(e.event_type,),
                     sub_event_type=e.sub_event_type, prefer_sub_type=e.sub_event_type, actor1="", actor2="",
                     country="Kenya", point=(-1.0, 37.0), fatalities=None, notes=UNPLACED)  # fmt: skip
    score = judge(CodedNote(note, (e,)))
    assert score.type_ok and score.sub_type_ok and not score.place_ok


def test_web_api_lists_unplaced_events_and_no_map_point(db: Path) -> None:
    from fastapi.testclient import TestClient

    from frontlog.web import create_app

    client = TestClient(create_app(str(db)), base_url="http://127.0.0.1")
    events = client.get("/api/events", params={"placed": "false"}).json()["events"]
    assert [e["location"]["name"] for e in events] == ["Oruvanga"] and events[0]["location"]["lat"] is None
    one = client.get(f"/api/events/{events[0]['event_id']}").json()
    assert one["geo_precision"] is None
    places = {p["name"]: p for p in client.get("/api/places").json()}
    assert places["Oruvanga"]["lat"] is None and places["Saraqib"]["lat"] is not None
