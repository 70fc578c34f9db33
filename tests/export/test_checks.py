"""Export and query options (issue 16): the format from the file's extension, checked filters,
queries that say when nothing matched, and a --sql that cannot write or reach outside the store."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from frontlog.cli import app
from frontlog.cli.output import natural_width
from frontlog.export import ACLED_COLUMNS, EventFilter
from frontlog.export.checks import OptionError, check_date, check_filter, check_type, export_format
from frontlog.pipeline import run
from tests.store.conftest import make_articles

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("checks")
    make_articles(root / "news", 4)
    path = root / "s.duckdb"
    run([root / "news"], db=path)
    return path


@pytest.mark.parametrize(("name", "fmt"), [("e.csv", "acled-csv"), ("e.geojson", "geojson"),
                                           ("e.PARQUET", "parquet"), ("e.jsonl", "jsonl")])  # fmt: skip
def test_checks_format_follows_the_extension(name: str, fmt: str) -> None:
    assert export_format(Path(name), None) == fmt
    assert export_format(Path(name), fmt) == fmt


def test_checks_format_mismatch_and_unknown_extension() -> None:
    with pytest.raises(OptionError, match=r"ends in \.csv"):
        export_format(Path("e.csv"), "parquet")
    with pytest.raises(OptionError, match="cannot tell the format"):
        export_format(Path("events.txt"), None)
    assert export_format(Path("events.txt"), "jsonl") == "jsonl"  # a name without a known extension


@pytest.mark.parametrize("value", ["2017-13", "2017-02-30", "2017-1", "17", "last week", "2017-00"])
def test_checks_impossible_dates(value: str) -> None:
    with pytest.raises(OptionError):
        check_date("--since", value)


def test_checks_types_and_order() -> None:
    assert check_type("air/drone STRIKE") == "Air/drone strike" and check_type("battles") == "Battles"
    with pytest.raises(OptionError, match="did you mean 'Air/drone strike'.*Armed clash"):
        check_type("airstrike")
    with pytest.raises(OptionError, match="after --until"):
        check_filter(EventFilter(since="2018-05", until="2018-04-30"))
    assert check_filter(EventFilter(since="2018-04", until="2018-04")).since == "2018-04"


def test_checks_export_cli_writes_csv_for_csv(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    result = runner.invoke(app, ["export", "--db", str(db), "--out", str(out)])
    assert result.exit_code == 0, result.output
    with out.open(newline="", encoding="utf-8") as f:
        assert csv.DictReader(f).fieldnames[: len(ACLED_COLUMNS)] == ACLED_COLUMNS
    bad = runner.invoke(
        app, ["export", "--db", str(db), "--out", str(tmp_path / "x.csv"), "--format", "parquet"]
    )
    assert bad.exit_code == 2 and "ends in .csv" in bad.output and not (tmp_path / "x.csv").exists()


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--since", "2017-13"], "'2017-13' is not a date"),
        (["--until", "2018-02-30"], "is not a date"),
        (["--type", "airstrike"], "Air/drone strike"),
    ],
)
def test_checks_export_cli_bad_filters(db: Path, tmp_path: Path, args: list[str], says: str) -> None:
    out = tmp_path / "e.jsonl"
    result = runner.invoke(app, ["export", "--db", str(db), "--out", str(out), *args])
    assert result.exit_code == 2 and says in " ".join(result.output.split()) and not out.exists()


def test_checks_export_cli_names_the_values_the_store_has(db: Path, tmp_path: Path) -> None:
    narnia = runner.invoke(
        app, ["export", "--db", str(db), "--out", str(tmp_path / "e.jsonl"), "--country", "Narnia"]
    )
    assert (
        narnia.exit_code == 0
        and "no event has country 'Narnia'" in narnia.output
        and "Syria (" in narnia.output
    )
    actor = runner.invoke(app, ["export", "--db", str(db), "--out", str(tmp_path / "f.jsonl"), "--actor", "Russian forces"])  # fmt: skip
    assert "no event has actor" in actor.output and "did you mean 'Russian armed forces'" in actor.output


def test_checks_query_says_when_nothing_matched(db: Path) -> None:
    t = runner.invoke(app, ["query", "timeline", "Raqqa", "--db", str(db)])
    assert t.exit_code == 0
    assert "no control records for Raqqa; places with control records:" in t.output and "Tabqa" in t.output
    c = runner.invoke(app, ["query", "claims", "Atlantis", "--db", str(db)])
    assert c.exit_code == 0 and "no control records for Atlantis" in c.output
    e = runner.invoke(app, ["query", "events", "--db", str(db), "--country", "Narnia"])
    assert e.exit_code == 0 and "no event has country 'Narnia'" in e.output
    s = runner.invoke(app, ["query", "--db", str(db), "--sql", "SELECT 1 WHERE false"])
    assert s.exit_code == 0 and "no rows" in s.output


@pytest.mark.parametrize(
    "sql",
    [
        "COPY events TO '{out}/x.csv'",
        "EXPORT DATABASE '{out}/dump'",
        "ATTACH '{out}/other.duckdb' AS o",
        "SELECT * FROM read_csv('{out}/../secret.txt')",
        "INSTALL httpfs",
        "LOAD httpfs",
        "SET enable_external_access = true",
        "DELETE FROM events",
        "CREATE TABLE t (a INT)",
    ],
)
def test_checks_sql_is_read_only_and_sandboxed(db: Path, tmp_path: Path, sql: str) -> None:
    (tmp_path / "secret.txt").write_text("a\nsecret\n")
    out = tmp_path / "w"
    out.mkdir()
    result = runner.invoke(app, ["query", "--db", str(db), "--sql", sql.format(out=out)])
    assert result.exit_code == 2 and "refused" in result.output
    assert list(out.iterdir()) == [] and "secret" not in result.output.replace("secret.txt", "")


def test_checks_sql_formats(db: Path) -> None:
    sql = "SELECT event_id, location_name, sub_event_type FROM events ORDER BY event_id"
    as_csv = runner.invoke(app, ["query", "--db", str(db), "--sql", sql, "--format", "csv"])
    rows = list(csv.reader(as_csv.output.splitlines()))
    assert rows[0] == ["event_id", "location_name", "sub_event_type"] and len(rows) > 2
    as_json = runner.invoke(app, ["query", "--db", str(db), "--sql", sql, "--format", "json"])
    data = json.loads(as_json.output)
    assert [[r["event_id"], r["location_name"], r["sub_event_type"]] for r in data] == rows[1:]
    bad = runner.invoke(app, ["query", "--db", str(db), "--sql", sql, "--format", "xml"])
    assert bad.exit_code == 2


def test_checks_wide_table_is_not_squashed(db: Path) -> None:
    result = runner.invoke(app, ["query", "--db", str(db), "--sql", "SELECT * FROM events LIMIT 2"],
                           env={"COLUMNS": "80"})  # fmt: skip
    assert result.exit_code == 0
    assert (
        "…" not in result.output and "sub_event_type: " in result.output and "--format csv" in result.output
    )
    assert natural_width(["a", "b"], [("x" * 10, None)]) == 10 + 1 + 3 * 2 + 1


def test_checks_run_help_shows_the_dask_extra() -> None:
    result = runner.invoke(app, ["run", "--help"], env={"COLUMNS": "200"})
    assert "pip install 'frontlog[dask]'" in result.output
