"""Hostile input never crashes frontlog: generated cases (tools/fuzz.py) and hypothesis."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from frontlog.cli import app
from frontlog.ingest import read_articles
from tests.conftest import load_tool

ROOT = Path(__file__).resolve().parents[2]


def _fuzz_module():  # type: ignore[no-untyped-def]
    return load_tool("fuzz")


def test_fuzz_quick_run_has_no_crash() -> None:
    report = _fuzz_module().run_fuzz(48, quick=True, seed=1, full_every=16)
    assert report["crashes"] == 0, report["examples_of_crashes"]
    assert report["cases"] == 48 and report["kept"] > 0 and report["rejected"] > 0
    assert report["full_runs"] == 3


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    data=st.binary(max_size=3000),
    suffix=st.sampled_from([".txt", ".html", ".csv", ".jsonl", ".json", ".bin"]),
)
def test_fuzz_any_bytes_any_reader(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"case{suffix}"
    path.write_bytes(data)
    result = read_articles([path])
    # either something was kept, or the input is reported with a reason: never silence, never a crash
    assert result.articles or result.problems
    for p in result.problems:
        assert str(p).startswith(p.code) and p.source


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=2000))
def test_fuzz_any_text(tmp_path: Path, text: str) -> None:
    path = tmp_path / "case.txt"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    result = read_articles([path])
    assert result.articles or result.problems


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write into a read-only folder")
def test_read_only_output_folder_is_a_clear_error(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text("2019-04-01\n\nGovernment forces recaptured Tabqa on Monday.\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    out.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        result = CliRunner().invoke(
            app, ["run", str(src), "--out", str(out), "--db", ":memory:", "--no-events"]
        )
    finally:
        out.chmod(stat.S_IRWXU)
    assert result.exit_code == 2 and "cannot write" in result.output


def test_output_path_that_is_a_file_is_a_clear_error(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text("2019-04-01\n\nGovernment forces recaptured Tabqa on Monday.\n", encoding="utf-8")
    blocker = tmp_path / "out"
    blocker.write_text("not a folder")
    result = CliRunner().invoke(
        app, ["run", str(src), "--out", str(blocker), "--db", ":memory:", "--no-events"]
    )
    assert result.exit_code == 2 and "cannot write" in result.output
