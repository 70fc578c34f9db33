"""One bad input never sinks a run (issue 16): the whole pipeline, through the CLI."""

from __future__ import annotations

import json
import os
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from frontlog.cli import app

runner = CliRunner()

GOOD = {
    "a.txt": "2019-04-01\n\nGovernment forces recaptured the town of Tabqa from Islamic State fighters on Monday, officials said.\n",
    "b.txt": "2019-05-02\n\nRussian warplanes bombed the town of Maarat al-Numan in Idlib province on Thursday, killing 12 civilians, a monitor said.\n",
    "c.txt": "2017-06-20\n\nIslamic State militants attacked an army checkpoint near Deir Ezzor on Monday, killing five soldiers, state media said.\n",
    "d.txt": "2018-02-05\n\nGovernment forces shelled the town of Saraqeb in Idlib province on Sunday, killing three civilians, a monitor said.\n",
}


def _lines(path: Path) -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.slow
def test_folder_with_a_2mb_line_and_a_bad_name(tmp_path: Path) -> None:
    """The issue's case: a 2 MB one-line text, a non-UTF-8 file name and four good articles."""
    src = tmp_path / "in"
    src.mkdir()
    for name, text in GOOD.items():
        (src / name).write_text(text, encoding="utf-8")
    # 2 MB on one line; long words keep the parse of it quick (the point is its length)
    words = " ".join(f"{'x' * 195}{i:05d}" for i in range(10_500))
    (src / "long.txt").write_text("2019-04-01\n" + words, encoding="utf-8")
    bad = os.path.join(os.fsencode(src), b"r\xe9sum\xe9.txt")
    with open(bad, "w", encoding="utf-8") as f:
        f.write(GOOD["a.txt"].replace("Tabqa", "Manbij"))
    out, db = tmp_path / "out", tmp_path / "store.duckdb"
    result = runner.invoke(app, ["run", str(src), "--out", str(out), "--db", str(db), "-q"])
    assert result.exit_code == 1, result.output
    messages = [line for line in result.output.splitlines() if line[:1] in "EW" and line[1:4].isdigit()]
    assert len(messages) == 2, messages  # one per bad input
    assert any(m.startswith("E110") and "r\\xe9sum\\xe9.txt" in m for m in messages)
    assert any(m.startswith("W209") and "long.txt" in m for m in messages)
    docs = _lines(out / "documents.jsonl")
    assert {d["file"] for d in docs} == {*GOOD, "long.txt"}
    events = _lines(out / "events.jsonl")
    good_ids = {d["doc_id"] for d in docs if d["file"] in GOOD}
    with_events = {s["doc_id"] for e in events for s in e["sources"]} & good_ids
    assert len(with_events) == 4
    with duckdb.connect(str(db), read_only=True) as con:
        stored = {r[0] for r in con.execute("SELECT file FROM documents").fetchall()}
        n_events = con.execute("SELECT count(*) FROM events").fetchone()
    assert stored == {*GOOD, "long.txt"} and n_events is not None and n_events[0] == len(events)


def test_date_option_dates_undated_stdin(tmp_path: Path) -> None:
    text = "Government forces recaptured the town of Tabqa from Islamic State fighters on Monday, officials said.\n"
    out = tmp_path / "out"
    result = runner.invoke(
        app, ["run", "-", "--out", str(out), "--db", ":memory:", "-q", "--date", "2019-04-03"], input=text
    )
    assert result.exit_code == 0, result.output
    assert "W201" not in result.output
    (doc,) = _lines(out / "documents.jsonl")
    assert doc["published"] == "2019-04-03" and "date given with --date" in doc["warnings"]
    (event,) = _lines(out / "events.jsonl")
    assert event["event_date"] == "2019-04-01"  # "on Monday" before 3 April 2019


def test_date_option_must_be_a_day(tmp_path: Path) -> None:
    result = runner.invoke(app, ["run", "-", "--out", str(tmp_path), "--date", "2019-02-30"], input="x")
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output


def test_undated_article_keeps_events_with_a_full_date(tmp_path: Path) -> None:
    (tmp_path / "undated.txt").write_text(
        "On 4 May 2020, government forces shelled the town of Kafr Nabl in Idlib province, a monitor said. "
        "Rebels later attacked an army post near Saraqeb, the monitor added.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = runner.invoke(
        app, ["run", str(tmp_path / "undated.txt"), "--out", str(out), "--db", ":memory:", "-q"]
    )
    assert result.exit_code == 0, result.output
    (event,) = _lines(out / "events.jsonl")
    assert event["event_date"] == "2020-05-04" and event["sources"][0]["published"] is None
    assert "W213" in result.output and "1 of 2 event mentions" in result.output and "--date" in result.output


def test_column_messages_name_the_columns_and_the_flag(tmp_path: Path) -> None:
    (tmp_path / "when.csv").write_text(
        'story,when\n"Government forces recaptured Tabqa on Monday, officials said.",2019-04-01\n',
        encoding="utf-8",
    )
    (tmp_path / "nodate.csv").write_text(
        'text,moment\n"Government forces recaptured Manbij on Monday, officials said.",2019-04-01\n',
        encoding="utf-8",
    )
    (tmp_path / "notext.csv").write_text("headline,when\nA,2019-04-01\n", encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(
        app, ["run", str(tmp_path), "--out", str(out), "--db", ":memory:", "--no-events", "-q"]
    )
    docs = {d["file"]: d for d in _lines(out / "documents.jsonl")}
    assert docs["when.csv"]["published"] == "2019-04-01"  # a date column named `when` is found
    assert "W215" in result.output and "text, moment" in result.output and "--date-column" in result.output
    assert "E107" in result.output and "headline, when" in result.output and "--text-column" in result.output
