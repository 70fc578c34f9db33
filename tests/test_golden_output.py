"""The pipeline's whole output on the bundled sample and the seed pages equals the committed golden
files (tests/golden_output/), so a refactoring that changes any output fails here (issue 17).

An intended change of output: `python tools/golden.py --update` and commit the files with it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import load_tool, shared_path

golden = load_tool("golden")


def test_golden_output_sample() -> None:
    message = golden.check("sample", golden.run_case(golden.CASES["sample"]))
    assert message is None, message


def test_golden_output_seeds(seed_run: Path) -> None:
    seeds = shared_path("data", "seeds")
    message = golden.check("seeds", golden.canonical_lines(seed_run, seeds))
    assert message is None, message


def test_golden_output_diff_names_the_changed_field() -> None:
    old = ['{"event_id": "e1", "fatalities": 3, "kind": "events"}', '{"doc_id": "d1", "kind": "documents"}']
    new = ['{"event_id": "e1", "fatalities": 4, "kind": "events"}', '{"event_id": "e2", "kind": "events"}']
    report = golden.diff_lines(old, new)
    assert report.splitlines()[0] == "1 removed, 1 added, 1 changed"
    assert "fatalities: 3 -> 4" in report and "removed documents d1" in report and "added events e2" in report


def test_golden_output_scrubs_texts_and_paths(tmp_path: Path) -> None:
    (tmp_path / "events.jsonl").write_text(
        '{"event_id": "e", "sources": [{"sentence": "Made-up words.", "start": 0}]}\n', encoding="utf-8"
    )
    (tmp_path / "problems.jsonl").write_text(f'{{"source": "{tmp_path}/a.txt"}}\n', encoding="utf-8")
    for kind in ("documents", "control"):
        (tmp_path / f"{kind}.jsonl").write_text("", encoding="utf-8")
    lines = golden.canonical_lines(tmp_path, tmp_path)
    assert "Made-up" not in "".join(lines) and '"sentence": "sha1:' in lines[0]
    assert '"source": "<in>/a.txt"' in lines[1]


@pytest.mark.parametrize("case", ["sample"])
def test_golden_output_file_is_sorted_and_committed(case: str) -> None:
    lines = golden.golden_path(case).read_text(encoding="utf-8").splitlines()
    assert lines and lines == sorted(lines)
