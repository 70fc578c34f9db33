"""The town the next sentence names for an event told at its region (events/next_town.py), a region
and its namesake town as one event (events/seat_twins.py), a person's name after "named"
(places/people_names.named_person). Made-up sentences. Session 16,
helper nplaces."""

from __future__ import annotations

from frontlog.extract import extract_all
from frontlog.records import Article


def _places(text: str) -> list[str]:
    art = Article(doc_id="t", file="t.txt", text=text, title=None, published="2018-02-07", outlet="Test Wire",
                  dateline=None)  # fmt: skip
    events, _ = extract_all([art])
    return [e.location.name for e in events]


def test_the_raids_on_the_village_of_x_place_the_event_told_at_the_province() -> None:
    got = _places("Air strikes killed 14 people in the rebel-held province of Idlib on Wednesday, activists said. "
                  "Rescuers said 14 people were killed in the raids on the village of Kafr Nabl.")  # fmt: skip
    assert got == ["Kafranbel"], got


def test_a_village_of_another_story_does_not_take_the_event() -> None:
    got = _places("Jets bombed rebel positions in Hama province on Monday. In the village of Kafr Zita, activists "
                  "held a rally.")  # fmt: skip
    assert "Hama Governorate" in got and "Kafr Zaytā" in got, got


def test_a_witness_named_so_is_no_place() -> None:
    got = _places("A witness named Ahmad said a car bomb exploded at a market in Saraqib on Monday, killing seven.")
    assert got == ["Saraqib"], got
    got = _places("A witness named Ahmad said a car bomb exploded at a market on Monday, killing seven.")
    assert not any("Ahmad" in g or "Aḩmad" in g for g in got), got  # (no town named Ahmad or Al Ahmadi)
    got = _places("Jets bombed a village called Kafr Nabl on Monday, killing seven.")
    assert got == ["Kafranbel"], got


def test_a_province_and_its_namesake_town_are_one_event() -> None:
    # (published on a Wednesday: the headline's day is the body's)
    got = _places("Suicide attack in Idlib kills 15 people. A suicide bomber detonated an explosive vest on a bus in "
                  "Idlib province near the Zqwerb border crossing on Wednesday, killing 15 people.")  # fmt: skip
    assert got == ["Idlib"], got  # (not a second event at Idlib Governorate: events/seat_twins.py)
