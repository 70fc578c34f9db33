"""Old gazetteer versions' files are removed after an upgrade, a user's imports are not."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest

from frontlog.places import index as ix
from frontlog.places.retire import retire_old_versions


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def _touch(folder: Path, *names: str) -> None:
    for name in names:
        (folder / name).write_bytes(b"x")


def test_other_versions_and_dead_builds_go(tmp_path: Path) -> None:
    _touch(tmp_path, "gazetteer-v7.pickle", "gazetteer-v7.keys.pickle", "gazetteer-v7.index.sqlite")
    _touch(tmp_path, "gazetteer-v5.pickle", "gazetteer-v5.keys.pickle", "gazetteer-v6.index.sqlite")
    dead = _dead_pid()
    _touch(tmp_path, f"gazetteer-v7.index.tmp{dead}", f"gazetteer-v7.tmp{dead}")
    _touch(tmp_path, "notes.txt")
    removed = retire_old_versions(tmp_path / "gazetteer-v7.pickle")
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left == [
        "gazetteer-v7.index.sqlite",
        "gazetteer-v7.keys.pickle",
        "gazetteer-v7.pickle",
        "notes.txt",
    ]
    assert len(removed) == 5


def test_a_build_in_progress_is_left_alone(tmp_path: Path) -> None:
    import os

    _touch(tmp_path, "gazetteer-v7.pickle", f"gazetteer-v7.index.tmp{os.getpid()}")
    assert retire_old_versions(tmp_path / "gazetteer-v7.pickle") == []


def test_an_old_index_with_user_imports_is_kept_and_named(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    _touch(tmp_path, "gazetteer-v7.pickle")
    conn = ix.connect(tmp_path / "gazetteer-v6.index.sqlite")
    conn.execute(
        "INSERT INTO source(name, description, licence, credit, fingerprint, rows, added) "
        "VALUES ('geonames:KE', 'GeoNames places from KE.zip', 'CC BY 4.0', 'GeoNames', 'user import', 12, '')"
    )
    conn.commit()
    conn.close()
    with caplog.at_level(logging.WARNING):
        removed = retire_old_versions(tmp_path / "gazetteer-v7.pickle")
    assert removed == [] and (tmp_path / "gazetteer-v6.index.sqlite").exists()
    assert "geonames:KE" in caplog.text and "frontlog gazetteer import" in caplog.text


def test_a_gazetteer_file_named_by_the_user_removes_nothing(tmp_path: Path) -> None:
    _touch(tmp_path, "mine.pickle", "gazetteer-v5.pickle")
    assert retire_old_versions(tmp_path / "mine.pickle") == []
    assert (tmp_path / "gazetteer-v5.pickle").exists()
