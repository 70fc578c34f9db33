"""Golden cases for actors (golden_actors.jsonl): made-up sentences from today's wars, each checking
the canonical actors and their ACLED names and codes on the merged event."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from frontlog.extract import extract_all
from frontlog.records import Article

CASES = [
    json.loads(line)
    for line in (Path(__file__).parent / "golden_actors.jsonl").read_text("utf-8").splitlines()
    if line.strip()
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_golden_actors(case: dict[str, Any]) -> None:
    art = Article(doc_id=case["id"], file=f"{case['id']}.txt", text=case["text"], title=None,
                  published=case["published"], outlet="Test Wire", dateline=None)  # fmt: skip
    events, _ = extract_all([art])
    got = [e.to_json() for e in events]
    for want in case["expect"]:
        candidates = [e for e in got if e["sub_event_type"] == want["sub_event_type"]]
        assert candidates, (
            f"{case['checks']}: no {want['sub_event_type']} in {[e['sub_event_type'] for e in got]}"
        )
        e = max(candidates, key=lambda ev: sum(ev.get(k) == v for k, v in want.items()))
        for key, value in want.items():
            assert e.get(key) == value, f"{case['checks']}: {key} is {e.get(key)!r}, expected {value!r}"
