"""The Dask backend gives the same store and outputs as the local one (small input)."""

from __future__ import annotations

from pathlib import Path

import pytest

from frontlog.pipeline import run
from tests.store.conftest import make_articles
from tests.store.test_store import snapshot

pytest.importorskip("dask")


def test_dask_backend_equals_local(tmp_path: Path) -> None:
    make_articles(tmp_path / "news", 10)
    local = run([tmp_path / "news"], db=tmp_path / "local.duckdb")
    dask = run([tmp_path / "news"], db=tmp_path / "dask.duckdb", backend="dask", n_process=2)
    assert [e.to_json() for e in dask.events] == [e.to_json() for e in local.events]
    assert [c.to_json() for c in dask.control] == [c.to_json() for c in local.control]
    assert snapshot(tmp_path / "dask.duckdb") == snapshot(tmp_path / "local.duckdb")
