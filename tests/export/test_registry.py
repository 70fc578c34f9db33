"""Export formats register by name: a new format is one decorated function."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from frontlog.export import FORMATS, WRITERS, ExportResult, export, export_format
from frontlog.records import Event
from frontlog.store import Store


def test_export_registry_lists_the_built_in_formats() -> None:
    assert list(FORMATS) == ["jsonl", "acled-csv", "geojson", "parquet"]


def test_export_registry_a_new_format_is_one_function(tmp_path: Path) -> None:
    @export_format("count")
    def _count(store: Store, events: Sequence[Event], out: Path) -> ExportResult:
        out.write_text(str(len(events)), encoding="utf-8")
        return ExportResult(out, "count", len(events))

    try:
        assert "count" in FORMATS
        with Store(":memory:") as store:
            result = export(store, "count", tmp_path / "n.txt")
        assert result.format == "count" and (tmp_path / "n.txt").read_text() == "0"
        with pytest.raises(ValueError, match="registered twice"):
            export_format("count")(_count)
    finally:
        WRITERS.pop("count", None)
