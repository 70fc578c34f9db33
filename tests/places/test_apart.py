"""An out-of-date gazetteer is built in a child process (frontlog/places/apart.py), so the build's
working memory does not stay in the run's process nor in the parsing processes it forks."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from frontlog.places import apart, build
from frontlog.places.gazetteer import Gazetteer, _map, save_gazetteer
from tests.places.test_compact import _small


def _no_build_here() -> Gazetteer:
    raise AssertionError("the gazetteer was built in the running process")


def test_a_missing_gazetteer_is_built_and_saved_by_a_child_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(build, "build_gazetteer", _no_build_here)
    child = "import sys; from pathlib import Path; from frontlog.places.gazetteer import save_gazetteer; "
    child += "from tests.places.test_compact import _small; save_gazetteer(_small(), Path(sys.argv[1]))"
    monkeypatch.setattr(apart, "CHILD", child)
    path = tmp_path / "new" / "gaz.pickle"
    assert apart.build_apart(path)
    mapped = _map(path)
    assert mapped is not None and list(mapped.entries) == _small().entries


def test_a_current_gazetteer_starts_no_child(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "gaz.pickle"
    save_gazetteer(_small(), path)

    def no_child(*args: object, **kwargs: object) -> None:
        raise AssertionError("a child process was started")

    monkeypatch.setattr(subprocess, "run", no_child)
    assert apart.build_apart(path)


def test_a_failed_child_leaves_the_build_to_the_caller(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(apart, "CHILD", "raise SystemExit(3)")
    assert not apart.build_apart(tmp_path / "gaz.pickle")
