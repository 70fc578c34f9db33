"""The store: idempotent reruns, batches equal one run, killed runs leave whole documents."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from frontlog.pipeline import run
from frontlog.store import Store, StoreError, StoreInUse
from frontlog.store.schema import DATA_TABLES, SCHEMA_VERSION
from tests.store.conftest import make_articles


def snapshot(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every data row of the store (the runs log aside), sorted: the store's content."""
    with Store(db, read_only=True) as store:
        out = {}
        for table in DATA_TABLES:
            cols = [r[0] for r in store.con.execute(f"DESCRIBE {table}").fetchall() if r[0] != "run_id"]
            rows = store.con.execute(
                f"SELECT {', '.join(repr(c).replace(chr(39), chr(34)) for c in cols)} FROM {table}"
            ).fetchall()
            out[table] = sorted(rows, key=repr)
        return out


def test_store_schema_and_migrations(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        assert store.schema_version() == SCHEMA_VERSION
    with Store(tmp_path / "s.duckdb") as store:  # reopening applies nothing twice
        assert store.schema_version() == SCHEMA_VERSION
        assert store.counts()["documents"] == 0


def test_store_rerun_changes_nothing(news: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    first = run([news], db=db, out_dir=tmp_path / "out1")
    assert first.documents_new == 6 and first.events
    before = snapshot(db)
    second = run([news], db=db, out_dir=tmp_path / "out2")
    assert second.documents_new == 0
    assert snapshot(db) == before
    for name in ("documents.jsonl", "events.jsonl", "control.jsonl"):
        assert (tmp_path / "out1" / name).read_text() == (tmp_path / "out2" / name).read_text(), name


def test_store_same_article_from_another_file_adds_nothing(news: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    run([news], db=db)
    copy = tmp_path / "copy"
    copy.mkdir()
    (copy / "renamed.txt").write_text((news / "article_000.txt").read_text(), encoding="utf-8")
    again = run([copy], db=db)
    assert again.documents_new == 0
    with Store(db, read_only=True) as store:
        assert store.counts()["documents"] == 6


def test_store_two_batches_equal_one(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    make_articles(a, 4)
    make_articles(b, 4, start=4)
    run([a], db=tmp_path / "two.duckdb")
    run([b], db=tmp_path / "two.duckdb")
    run([a, b], db=tmp_path / "one.duckdb")
    assert snapshot(tmp_path / "two.duckdb") == snapshot(tmp_path / "one.duckdb")


def test_store_events_merge_across_documents(tmp_path: Path) -> None:
    folder = tmp_path / "n"
    folder.mkdir()
    text = "2018-03-14\n\nGovernment forces recaptured the town of Tabqa from Islamic State fighters on Monday, {}.\n"
    (folder / "a.txt").write_text(text.format("state media said"), encoding="utf-8")
    (folder / "b.txt").write_text(text.format("a monitor said"), encoding="utf-8")
    result = run([folder], db=tmp_path / "s.duckdb")
    captures = [e for e in result.events if e.sub_event_type == "Government regains territory"]
    assert len(captures) == 1 and len(captures[0].sources) == 2


def test_store_in_use_is_a_clear_error(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    Store(db).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import duckdb,time; c=duckdb.connect({str(db)!r}); print('ok', flush=True); time.sleep(30)",
        ],
        stdout=subprocess.PIPE,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == b"ok"
        with pytest.raises(StoreInUse, match="in use"):
            Store(db)
        # the same through the command line: one clear line, exit status 2
        from typer.testing import CliRunner

        from frontlog.cli import app

        src = tmp_path / "a.txt"
        src.write_text("2019-04-01\n\nGovernment forces recaptured Tabqa on Monday.\n", encoding="utf-8")
        result = CliRunner().invoke(app, ["run", str(src), "--db", str(db), "--no-events", "-q", "--wait", "0.5"])
        assert result.exit_code == 2 and "in use by another frontlog process" in result.output
    finally:
        holder.kill()
        holder.wait()


def test_store_read_only_missing_file(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such store"):
        Store(tmp_path / "none.duckdb", read_only=True)


def _consistent(db: Path) -> None:
    with Store(db, read_only=True) as store:
        q = store.con.execute
        assert q(
            "SELECT count(*) FROM mentions WHERE doc_id NOT IN (SELECT doc_id FROM documents)"
        ).fetchone() == (0,)
        assert q(
            "SELECT count(*) FROM event_sources WHERE doc_id NOT IN (SELECT doc_id FROM documents)"
        ).fetchone() == (0,)
        assert q(
            "SELECT count(*) FROM events WHERE event_id NOT IN (SELECT event_id FROM event_sources)"
        ).fetchone() == (0,)
        # whole documents only: every stored document has its sentences
        assert q(
            "SELECT count(*) FROM documents WHERE doc_id NOT IN (SELECT doc_id FROM sentences)"
        ).fetchone() == (0,)


@pytest.mark.parametrize("delay", [0.0, 0.7])
def test_store_killed_run_then_rerun_completes(tmp_path: Path, delay: float) -> None:
    """SIGKILL a run part-way (right after its first commit, or a little later): the store opens,
    is consistent, and a re-run equals an uninterrupted run."""
    news = tmp_path / "news"
    make_articles(news, 120)
    db = tmp_path / "killed.duckdb"
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    proc = subprocess.Popen(
        [sys.executable, "-m", "frontlog", "run", str(news), "--db", str(db), "-q", "--out", str(tmp_path / "o")],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    # wait until the first batch is committed (a write-ahead log appears), then kill; the wait is
    # long because a loaded 2-core machine can take minutes to import and parse the first batch
    deadline = time.time() + 600
    wal = db.with_name(db.name + ".wal")
    while time.time() < deadline and proc.poll() is None:
        if wal.exists() and wal.stat().st_size > 50_000:  # the schema alone writes about 7 kB
            break
        time.sleep(0.02)
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    partial = 0
    if db.exists():  # a kill before the store's first write leaves no file, which is consistent too
        _consistent(db)
        with Store(db, read_only=True) as store:
            partial = store.counts()["documents"]
    print(f"documents stored when killed: {partial} of 120")
    assert partial <= 120
    run([news], db=db)
    _consistent(db)
    run([news], db=tmp_path / "clean.duckdb")
    assert snapshot(db) == snapshot(tmp_path / "clean.duckdb")
