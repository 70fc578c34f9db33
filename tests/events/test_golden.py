"""Golden cases for the events stage: one made-up sentence per rule (events/golden_events.jsonl).

Each case names what it checks (and may list sub-types that must be `absent`); the expected fields are compared to the merged events of a run
over the one-sentence article.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from frontlog.extract import extract_all
from frontlog.ingest.dateline import article_datelines
from frontlog.places.normalize import loose_key
from frontlog.records import Article

CASES = [
    json.loads(line)
    for path in sorted(Path(__file__).parent.glob("golden_events*.jsonl"))  # golden_events.jsonl and topic files
    for line in path.read_text("utf-8").splitlines()
    if line.strip()
]


def _events(case: dict[str, Any]) -> list[dict[str, Any]]:
    opening_end, filed = article_datelines(case["text"])  # as ingest reads the text
    art = Article(doc_id=case["id"], file=f"{case['id']}.txt", text=case["text"], title=None,
                  published=case["published"], outlet="Test Wire", dateline=None,
                  dateline_end=opening_end, filed=filed)  # fmt: skip
    events, _ = extract_all([art])
    return [e.to_json() for e in events]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_golden_event(case: dict[str, Any]) -> None:
    got = _events(case)
    if "count" in case:  # how many events the text gives
        assert len(got) == case["count"], f"{case['checks']}: {len(got)} events"
    for banned in case.get("absent", []):  # sub-types the sentence must not give
        assert banned not in [e["sub_event_type"] for e in got], f"{case['checks']}: {banned} coded"
    if not case["expect"]:
        assert got == [], (
            f"{case['checks']}: expected no event, got {[(e['sub_event_type'], e['location']['name']) for e in got]}"
        )
        return
    for want in case["expect"]:
        candidates = [e for e in got if e["sub_event_type"] == want["sub_event_type"]]
        assert candidates, (
            f"{case['checks']}: no {want['sub_event_type']} in {[(e['sub_event_type'], e['location']['name']) for e in got]}"
        )

        def agree(ev: dict[str, Any], want: dict[str, Any] = want) -> int:
            return sum(ev.get(k) == v for k, v in want.items() if k != "place")

        if "place" in want:  # one event per place: the case's place picks it
            candidates = [
                c for c in candidates if loose_key(c["location"]["name"]) == loose_key(want["place"])
            ] or candidates
        e = max(candidates, key=agree)  # the event the case describes, when one sentence gives several
        for key, value in want.items():
            if key == "place":
                actual = e["location"]["name"]
                assert loose_key(actual) == loose_key(value), (
                    f"{case['checks']}: place is {actual!r}, expected {value!r}"
                )
                continue
            actual = e["location"]["precision"] if key == "precision" else e.get(key)
            assert actual == value, f"{case['checks']}: {key} is {actual!r}, expected {value!r}"
