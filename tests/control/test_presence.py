"""Control records from statements of presence: made-up sentences, one rule per case."""

from __future__ import annotations

from typing import Any

import pytest

from frontlog.extract import extract_all
from frontlog.places.normalize import loose_key
from frontlog.records import Article


def _control(text: str, published: str = "2019-04-12") -> list[dict[str, Any]]:
    art = Article(doc_id="c", file="c.txt", text=text, title=None, published=published,
                  outlet="Test Wire", dateline=None)  # fmt: skip
    _, control = extract_all([art])
    return [c.to_json() for c in control]


def _one(records: list[dict[str, Any]], status: str) -> dict[str, Any]:
    found = [r for r in records if r["status"] == status]
    assert len(found) == 1, [(r["status"], r["place"]["name"]) for r in records]
    return found[0]


def test_besieged_town_on_the_day_of_the_sentence() -> None:
    rec = _one(
        _control("Warplanes struck the besieged town of Douma on Monday, the monitor said."), "besieged"
    )
    assert loose_key(rec["place"]["name"]) == loose_key("Duma")
    assert rec["date"] == "2019-04-08"


def test_besieged_in_apposition_with_its_holder() -> None:
    rec = _one(
        _control("Rockets hit Harasta, the besieged rebel-held town north of the capital, on Tuesday."),
        "besieged",
    )
    assert loose_key(rec["place"]["name"]) == loose_key("Harasta")
    assert rec["controller"] == "Syrian rebels"  # the besieged side holds the town
    assert rec["date"] == "2019-04-09"


def test_held_part_of_a_place_is_partial() -> None:
    rec = _one(_control("Rockets hit the government-held west of Deraa on Monday."), "partial")
    assert loose_key(rec["place"]["name"]) == loose_key("Daraa")
    assert rec["controller"] == "Syrian government forces"
    assert rec["share"] is None


def test_last_held_area_means_the_rest_is_the_other_side() -> None:
    rec = _one(
        _control("Air strikes killed nine people in the last rebel-held area of Deraa on Monday."), "partial"
    )
    assert rec["controller"] == "Syrian government forces"


@pytest.mark.parametrize(
    "text",
    [
        "Warplanes struck rebel-held Douma on Monday.",  # a whole town held: no change of hands to record
        "The siege of the town could begin soon, a commander said.",
        "Aid reached the town on Monday.",
    ],
)
def test_no_presence_record(text: str) -> None:
    assert [r for r in _control(text) if r["status"] in ("besieged", "partial")] == []


def test_besieged_district_named_in_the_city_of() -> None:
    rec = _one(
        _control("Artillery pounded the besieged Bab Sbaa neighborhood in the city of Homs on Sunday."),
        "besieged",
    )
    assert loose_key(rec["place"]["name"]) == loose_key("Homs")
    assert rec["date"] == "2019-04-07"


def test_holding_a_part_now_is_partial() -> None:
    rec = _one(
        _control("Kurdish fighters now control an area stretching 14 kilometres south of Tal Abyad."),
        "partial",
    )
    assert loose_key(rec["place"]["name"]) == loose_key("Tall Abyad")
    assert rec["controller"] == "Syrian Democratic Forces"


@pytest.mark.parametrize(
    "text", ["The rebels will control the area of Deraa.", "Rebels controlled an area near Deraa for years."]
)
def test_holding_not_now_is_no_record(text: str) -> None:
    assert [r for r in _control(text) if r["status"] == "partial"] == []


def test_entered_without_an_object_is_the_town_the_sentence_names() -> None:
    rec = _one(
        _control("Government forces hold about a third of Tal Afar since they entered in March, a commander said."),
        "contested",
    )
    assert loose_key(rec["place"]["name"]) == loose_key("Tall 'Afar")
    assert rec["date"] == "2019-03"
    assert rec["controller"] == "Iraqi government forces"


def test_entering_it_is_the_side_of_the_clause_above() -> None:
    rec = _one(
        _control("The rebels spent weeks encircling the town of Maarat al-Numan before entering it on Tuesday."),
        "contested",
    )
    assert rec["controller"] == "Syrian rebels"
    assert rec["date"] == "2019-04-09"


def test_share_of_the_city_the_sentence_named_first() -> None:
    rec = _one(
        _control("Tal Afar is close to falling, with commanders in Baghdad saying 70 percent of the city is now "
                 "under government control."),
        "partial",
    )
    assert loose_key(rec["place"]["name"]) == loose_key("Tall 'Afar")
    assert rec["share"] == 0.7


def test_share_of_something_not_ground_is_no_claim() -> None:
    records = _control("In Homs, the army kept up its offensive on a valley that gives the city the majority of its water.")
    assert [r for r in records if r["status"] == "partial"] == []
