"""Capitals named as sides and towns abroad are not the event's place (events/told_place.py,
events/arguments.is_metonymic); made-up sentences. Session 15, helper nplaces."""

from __future__ import annotations

import pytest

from frontlog.extract import extract_all
from frontlog.records import Article


def _places(text: str) -> list[str]:
    art = Article(doc_id="t", file="t.txt", text=text, title=None, published="2018-02-07", outlet="Test Wire",
                  dateline=None)  # fmt: skip
    events, _ = extract_all([art])
    return [e.location.name for e in events]


@pytest.mark.parametrize(
    ("text", "kept", "not_there"),
    [
        # capitals listed with a capital that speaks, or with a government: sides, not places
        ("Jets bombed a market in Saraqib on Monday. Ankara and Tehran say their pause in bombing the city "
         "will end on Tuesday.", "Saraqib", ("Ankara", "Tehran")),
        ("Jets bombed a bakery in Binnish on Monday. The Syrian government, Ankara and the coalition can keep "
         "bombing the group, he said.", "Binnish", ("Ankara",)),
        # the trigger names the country it happened in: a city of another country is not its place
        ("A cargo plane was shot down over Syria on Monday, the heaviest loss for Tehran since it sent advisers.",
         None, ("Tehran",)),
    ],
)  # fmt: skip
def test_sides_and_towns_abroad_are_not_the_place(text: str, kept: str | None, not_there: tuple[str, ...]) -> None:
    got = _places(text)
    assert not set(got) & set(not_there), got
    if kept is not None:
        assert kept in got, got


def test_a_listed_town_stays_a_place() -> None:
    assert {"Saraqib", "Binnish"} <= set(_places("Government forces shelled Saraqib and Binnish on Monday."))
