"""Places of conjoined prepositions (events/place_lists.prep_conjuncts): made-up sentences."""

from __future__ import annotations

from typing import Any

from frontlog.extract import extract_all
from frontlog.records import Article


def _events(text: str) -> list[dict[str, Any]]:
    art = Article(doc_id="preps", file="preps.txt", text=text, title=None, published="2024-03-05",
                  outlet="Test Wire", dateline=None, dateline_end=None)  # fmt: skip
    events, _ = extract_all([art])
    return [e.to_json() for e in events]


def test_each_place_with_a_day_of_its_own_is_no_list() -> None:
    # "in A on Monday and in B on Tuesday": B's event is not told on A's day
    got = _events("Clashes erupted in Marib on Monday and in Taiz on Tuesday.")
    assert not [e for e in got if e["location"]["name"] == "Taiz" and e["event_date"] == "2024-03-04"]


def test_a_day_said_once_after_the_list_is_the_day_of_each_place() -> None:
    got = _events("Coalition jets struck Houthi positions in Saada and in Hodeidah on Monday.")
    assert sorted(e["event_date"] for e in got) == ["2024-03-04", "2024-03-04"]


def test_a_preposition_of_another_verb_is_no_list() -> None:
    # "trained in A and in B": the places of another clause than the attack's
    got = _events("Fighters who had trained in Marib and in Shabwa attacked Taiz on Monday.")
    assert {e["location"]["name"] for e in got} == {"Taiz"}
