"""The towns of one list lie near one another (events/list_near.py): made-up sentences."""

from __future__ import annotations

from typing import Any

from frontlog.extract import extract_all
from frontlog.records import Article


def _events(text: str) -> list[dict[str, Any]]:
    art = Article(doc_id="near", file="near.txt", text=text, title=None, published="2017-03-07",
                  outlet="Test Wire", dateline=None, dateline_end=None)  # fmt: skip
    events, _ = extract_all([art])
    return [e.to_json() for e in events]


def test_far_namesake_in_a_list_gives_way_to_the_near_one() -> None:
    # "Souran" alone reads as the Hama village; beside Akhtarin (north of Aleppo) it is the one there
    got = _events("Turkish-backed rebels shelled the villages of Akhtarin and Souran on Monday.")
    souran = [e["location"] for e in got if e["location"]["name"] == "Şūrān"]
    assert len(got) == 2 and len(souran) == 1
    assert souran[0]["lat"] > 36.4  # (the Hama namesake lies at 35.3)


def test_near_members_are_kept() -> None:
    got = _events("Rebels shelled the villages of Morek and Souran on Monday.")
    souran = [e["location"] for e in got if e["location"]["name"] == "Şūrān"]
    assert len(souran) == 1 and souran[0]["lat"] < 35.5  # (beside Morek, in Hama)
