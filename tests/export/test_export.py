"""Each export format read back with its own ecosystem's reader."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from frontlog.cli import app
from frontlog.export import (
    ACLED_COLUMNS,
    EventFilter,
    export,
    latest_control,
    parse_bbox,
    place_claims,
    select_events,
)
from frontlog.pipeline import run
from frontlog.store import Store
from tests.store.conftest import make_articles

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("export")
    make_articles(root / "news", 8)
    path = root / "s.duckdb"
    run([root / "news"], db=path)
    return path


def test_export_jsonl_is_the_spec_record(db: Path, tmp_path: Path) -> None:
    with Store(db, read_only=True) as store:
        res = export(store, "jsonl", tmp_path / "e.jsonl")
    rows = [json.loads(line) for line in (tmp_path / "e.jsonl").read_text().splitlines()]
    assert len(rows) == res.events > 0
    required = {"event_id", "event_date", "date_precision", "event_type", "sub_event_type", "actor1", "actor2",
                "location", "fatalities", "background", "siege", "sources", "confidence"}  # fmt: skip
    assert required <= set(rows[0])
    src = rows[0]["sources"][0]
    assert src["sentence"] and src["end"] > src["start"]


def test_export_acled_csv_header_and_values(db: Path, tmp_path: Path) -> None:
    with Store(db, read_only=True) as store:
        export(store, "acled-csv", tmp_path / "e.csv")
    with (tmp_path / "e.csv").open(newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        assert reader.fieldnames[: len(ACLED_COLUMNS)] == ACLED_COLUMNS
        rows = list(reader)
    assert rows
    for r in rows:
        assert r["event_id_cnty"].startswith("SYR-")
        assert r["iso"] == "760" and r["country"] == "Syria"
        assert -90 <= float(r["latitude"]) <= 90 and -180 <= float(r["longitude"]) <= 180
        assert int(r["fatalities"]) >= 0 and r["time_precision"] in ("1", "2", "3")
    strikes = [r for r in rows if r["sub_event_type"] == "Air/drone strike"]
    assert strikes and strikes[0]["inter1"] == "8" and strikes[0]["interaction"] == "78"


def test_export_geojson_is_rfc7946(db: Path, tmp_path: Path) -> None:
    with Store(db, read_only=True) as store:
        res = export(store, "geojson", tmp_path / "e.geojson")
    for path in (res.path, res.control_path):
        assert path is not None
        data = json.loads(path.read_text())
        assert data["type"] == "FeatureCollection" and data["features"]
        for f in data["features"]:
            assert f["type"] == "Feature" and f["geometry"]["type"] == "Point"
            lon, lat = f["geometry"]["coordinates"]
            assert -180 <= lon <= 180 and -90 <= lat <= 90
            assert isinstance(f["properties"], dict)


def test_export_parquet_types(db: Path, tmp_path: Path) -> None:
    with Store(db, read_only=True) as store:
        res = export(store, "parquet", tmp_path / "e.parquet")
    table = pq.read_table(res.path)
    assert str(table.schema.field("event_date").type) == "date32[day]"
    assert str(table.schema.field("latitude").type) == "double"
    assert table.num_rows == res.events
    types = dict(
        duckdb.sql(f"DESCRIBE SELECT * FROM '{res.path}'").fetchall()[i][:2] for i in range(table.num_columns)
    )
    assert types["event_date"] == "DATE" and types["longitude"] == "DOUBLE"


def test_export_filters(db: Path) -> None:
    with Store(db, read_only=True) as store:
        every = select_events(store)
        strikes = select_events(store, EventFilter(type="Air/drone strike"))
        russia = select_events(store, EventFilter(actor="Russian armed forces"))
        nowhere = select_events(store, EventFilter(bbox=(0.0, 0.0, 1.0, 1.0)))
        syria = select_events(store, EventFilter(bbox=(35.0, 32.0, 43.0, 38.0)))
        later = select_events(store, EventFilter(since="2018-03-20"))
    assert strikes and all(e.sub_event_type == "Air/drone strike" for e in strikes)
    assert {e.event_id for e in russia} == {e.event_id for e in strikes}
    assert nowhere == [] and len(syria) == len(every)
    assert all(e.event_date >= "2018-03-20" for e in later) and len(later) < len(every)
    with pytest.raises(ValueError):
        parse_bbox("1,2,3")


def test_export_claims_side_by_side(db: Path) -> None:
    with Store(db, read_only=True) as store:
        claims = place_claims(store, "Tabqa")
        latest = latest_control(store.control())
    assert any(c.share == 0.8 and c.claimed_by == "Syrian Observatory for Human Rights" for c in claims)
    assert len({c.place.name for c in latest}) == len(latest)


def test_export_cli_and_query(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.csv"
    result = runner.invoke(
        app, ["export", "--db", str(db), "--format", "acled-csv", "--out", str(out), "--country", "Syria"]
    )
    assert result.exit_code == 0, result.output
    assert out.exists()
    bad = runner.invoke(app, ["export", "--db", str(db), "--format", "xml", "--out", str(out)])
    assert bad.exit_code != 0
    q = runner.invoke(app, ["query", "--db", str(db), "--sql", "SELECT count(*) AS n FROM events"])
    assert q.exit_code == 0 and "n" in q.output
    ro = runner.invoke(app, ["query", "--db", str(db), "--sql", "DELETE FROM events"])
    assert ro.exit_code == 2 and "query failed" in ro.output
    t = runner.invoke(app, ["query", "timeline", "Tabqa", "--db", str(db)])
    assert t.exit_code == 0 and "captured" in t.output
    missing = runner.invoke(app, ["query", "stats", "--db", str(tmp_path / "nope.duckdb")])
    assert missing.exit_code == 2 and "no such store" in missing.output
