"""`frontlog diff` (issue 18): what the store learnt in a period, as a table and as JSON."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from typer.testing import CliRunner

from frontlog.cli import app
from frontlog.export.diff import store_diff
from frontlog.pipeline import run
from frontlog.store import Store
from frontlog.store.reviews import add_review

runner = CliRunner()
OLD = {
    "strike.txt": "2018-03-13\n\nRussian warplanes struck the town of Douma on Monday, residents said.\n",
    "tabqa.txt": "2018-03-13\n\nGovernment forces recaptured the town of Tabqa from Islamic State fighters on Monday, "
    "state media said.\n",
}
NEW = {
    "more.txt": "2018-03-13\n\nRussian air strikes killed at least four civilians in Douma on Monday, the Syrian "
    "Observatory for Human Rights said.\n",
    "lost.txt": "2018-03-20\n\nIslamic State fighters captured the town of Tabqa from government forces on Monday, "
    "the group's Amaq agency said.\n",
    "share1.txt": "2018-03-21\n\nThe Observatory said Islamic State now controls 80 percent of Tabqa.\n",
    "share2.txt": "2018-03-21\n\nGovernment officials said Islamic State controls 40 percent of Tabqa.\n",
    "hajin.txt": "2018-03-21\n\nCoalition air strikes killed five people in Hajin on Tuesday, activists said.\n",
}


def _write(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _store(tmp_path: Path) -> Path:
    db = tmp_path / "s.duckdb"
    run([_write(tmp_path / "old", OLD)], db=db)
    with Store(db) as store:  # the first run was long ago
        store.con.execute("UPDATE runs SET started = TIMESTAMP '2020-01-06 10:00:00'")
    run([_write(tmp_path / "new", NEW)], db=db)
    return db


def test_diff_new_updated_control_and_reviews(tmp_path: Path) -> None:
    db = _store(tmp_path)
    today = date.today().isoformat()
    with Store(db) as store:
        event_id = store.events()[0].event_id
        add_review(store.con, event_id, status="confirmed", note="seen")
    with Store(db, read_only=True) as store:
        report = store_diff(store, today)
        old = store_diff(store, "2020-01-06", "2020-01-06")
        nothing = store_diff(store, "2019-01", "2019-12")
    new_places = {e["place"] for e in report["new_events"]}
    assert "Hajin" in new_places
    assert [
        e["n_sources"] for e in report["updated_events"] if e["sub_event_type"] == "Air/drone strike"
    ] == [2]
    changed = {c["place"]: c for c in report["controller_changed"]}
    assert (
        changed["Tabqa"]["from"] == "Syrian government forces" and changed["Tabqa"]["to"] == "Islamic State"
    )
    assert report["control_claims"] and all(c["place"] for c in report["control_claims"])
    conflict = next(c for c in report["conflicting_claims"] if c["place"] == "Tabqa")
    assert sorted(x["share"] for x in conflict["claims"]) == [0.4, 0.8]
    assert [r["event_id"] for r in report["reviews"]] == [event_id]
    assert {e["place"] for e in old["new_events"]} >= {"Tabqa"} and not old["reviews"]
    assert not any(nothing[k] for k in ("new_events", "updated_events", "control_claims", "reviews"))


def test_diff_cli_table_and_json(tmp_path: Path) -> None:
    db = _store(tmp_path)
    table = runner.invoke(
        app, ["diff", "--since", date.today().isoformat(), "--db", str(db)], env={"COLUMNS": "160"}
    )
    assert table.exit_code == 0, table.output
    assert (
        "new events" in table.output
        and "places whose controller changed" in table.output
        and "Hajin" in table.output
    )
    as_json = runner.invoke(
        app, ["diff", "--since", "2020-01", "--until", "2020-01", "--db", str(db), "--json"]
    )
    data = json.loads(as_json.output)
    assert data["since"] == "2020-01" and data["new_events"] and not data["reviews"]
    bad = runner.invoke(app, ["diff", "--since", "2020-13", "--db", str(db)])
    assert bad.exit_code == 2 and "not a date" in bad.output
