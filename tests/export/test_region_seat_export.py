"""A region-level event through the store and the exports (session 14, helper geoiq): events.jsonl,
GeoJSON, Parquet and the store hold the region's GeoNames point (spec section 4); the ACLED-style
CSV and eval-acled use the region's seat, as ACLED codes such an event (geo_precision 3); an edited
place clears the seat. Made-up article."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from frontlog.eval.acled import AcledNote, CodedNote, judge
from frontlog.export import EventFilter, export, select_events
from frontlog.pipeline import run
from frontlog.places.gazetteer import distance_km
from frontlog.records import Event, Place
from frontlog.store import Store
from frontlog.store.reviews import add_review

TEXT = "2018-03-12\n\nRegime helicopters dropped barrel bombs on rebel positions in Hama province on Monday, a monitor said.\n"
HAMA_REGION = (35.22, 37.21)  # GeoNames' point of Hama Governorate
HAMA_TOWN = (35.13, 36.76)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("seat")
    (root / "news").mkdir()
    (root / "news" / "a.txt").write_text(TEXT, encoding="utf-8")
    path = root / "s.duckdb"
    run([root / "news"], db=path)
    return path


def _event(db: Path) -> Event:
    with Store(db, read_only=True) as store:
        (e,) = select_events(store)
    return e


def test_the_store_keeps_the_region_point_and_the_seat(db: Path) -> None:
    loc = _event(db).location
    assert (loc.name, loc.precision) == ("Hama Governorate", "admin1")
    assert loc.point is not None and distance_km(loc.point, HAMA_REGION) < 2
    assert loc.seat is not None and loc.seat.name == "Hama" and distance_km(loc.acled_point, HAMA_TOWN) < 2  # type: ignore[arg-type]


def test_exports(db: Path, tmp_path: Path) -> None:
    with Store(db, read_only=True) as store:
        export(store, "acled-csv", tmp_path / "e.csv")
        export(store, "geojson", tmp_path / "e.geojson")
        export(store, "jsonl", tmp_path / "e.jsonl")
    with (tmp_path / "e.csv").open(newline="", encoding="utf-8") as f:
        (row,) = list(csv.DictReader(f))
    assert (
        distance_km((float(row["latitude"]), float(row["longitude"])), HAMA_TOWN) < 2
        and row["geo_precision"] == "3"
    )
    (feat,) = json.loads((tmp_path / "e.geojson").read_text())["features"]
    lon, lat = feat["geometry"]["coordinates"]
    assert distance_km((lat, lon), HAMA_REGION) < 2 and feat["properties"]["location_seat_name"] == "Hama"
    (rec,) = [json.loads(line) for line in (tmp_path / "e.jsonl").read_text().splitlines()]
    assert distance_km((rec["location"]["lat"], rec["location"]["lon"]), HAMA_REGION) < 2
    assert rec["location"]["seat"]["name"] == "Hama"


def test_eval_acled_measures_at_the_seat(db: Path) -> None:
    e = _event(db)
    note = AcledNote(event_id="X1", event_date=e.event_date, time_precision="1", event_types=(e.event_type,),
                     sub_event_type=e.sub_event_type, prefer_sub_type=e.sub_event_type, actor1="", actor2="",
                     country="Syria", point=HAMA_TOWN, fatalities=None, notes=TEXT)  # fmt: skip
    assert judge(CodedNote(note, (e,))).place_ok


def test_an_edited_place_clears_the_seat(tmp_path: Path, db: Path) -> None:
    copy = tmp_path / "s.duckdb"
    copy.write_bytes(db.read_bytes())
    town = Place("Kafr Zita", 1, 35.37, 36.6, "Syria", "Hama Governorate", "city")
    event_id = _event(copy).event_id
    with Store(copy) as store:
        add_review(store.con, event_id, status="edited", changes={"place": "Kafr Zita"},
                   resolve_place=lambda _name: town)  # fmt: skip
        (e,) = select_events(store, EventFilter())
    assert e.location.name == "Kafr Zita" and e.location.seat is None and e.location.acled_point == town.point
