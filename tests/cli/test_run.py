import json
from pathlib import Path

from typer.testing import CliRunner

from frontlog.cli import app

runner = CliRunner()
GOOD = "2019-04-01\n\nGovernment forces recaptured the town of Qalat on Monday after heavy fighting, officials said.\n"


def test_run_writes_the_three_outputs(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["run", str(tmp_path / "in"), "--out", str(out), "--no-events"])
    assert result.exit_code == 0, result.output
    docs = [json.loads(line) for line in (out / "documents.jsonl").read_text().splitlines()]
    assert len(docs) == 1
    assert set(docs[0]) >= {
        "doc_id",
        "file",
        "url",
        "title",
        "published",
        "outlet",
        "dateline",
        "text",
        "warnings",
    }
    assert docs[0]["file"] == "a.txt" and docs[0]["published"] == "2019-04-01"
    assert (out / "events.jsonl").exists() and (out / "control.jsonl").exists()


def test_run_missing_input_exits_nonzero_after_writing(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(
        app, ["run", str(tmp_path / "a.txt"), str(tmp_path / "nope.txt"), "--out", str(out), "--no-events"]
    )
    assert result.exit_code == 1
    assert "nope.txt" in result.output and "E101" in result.output
    assert len((out / "documents.jsonl").read_text().splitlines()) == 1


def test_run_reads_stdin(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(app, ["run", "-", "--out", str(out), "--no-events", "-q"], input=GOOD)
    assert result.exit_code == 0, result.output
    docs = [json.loads(line) for line in (out / "documents.jsonl").read_text().splitlines()]
    assert docs[0]["file"] == "<stdin>"


def test_run_rejects_bad_date_order(tmp_path: Path) -> None:
    result = runner.invoke(app, ["run", str(tmp_path), "--date-order", "ymd"])
    assert result.exit_code != 0


def test_every_command_has_help() -> None:
    for command in app.registered_commands:
        assert command.callback is not None and command.callback.__doc__, command.name


def test_run_survives_an_extraction_error(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A bug in the rules for one article becomes a W208 warning; the article and the run are kept."""
    import frontlog.extract

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("boom")

    monkeypatch.setattr(frontlog.extract, "extract_article", broken)
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out"
    args = ["run", str(tmp_path / "a.txt"), "--out", str(out), "--db", ":memory:"]
    result = runner.invoke(app, [*args, "--on-error", "warn"])  # the suite's settings say raise
    assert result.exit_code == 0, result.output
    assert "W208" in result.output and "boom" in result.output
    assert len((out / "documents.jsonl").read_text().splitlines()) == 1
    stopped = runner.invoke(app, [*args, "--on-error", "raise"])
    assert stopped.exit_code != 0 and "boom" in stopped.output
