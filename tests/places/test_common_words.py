"""Capitalised common words are no place's name (places/common_words.py): one-line reports write
their target categories with capitals ("hit Farms in X"); such words are never kept as the
event's unplaced place, nor do they count as a finer place than the region the sentence names.
Made-up sentences; Zembulitto is in no gazetteer."""

from __future__ import annotations

import pytest

from frontlog.extract import extract_all
from frontlog.places.common_words import common_words_only, is_common_word
from frontlog.places.gazetteer import Gazetteer, load_gazetteer
from frontlog.records import UNRESOLVED, Article, Event


def _events(text: str) -> list[Event]:
    art = Article(doc_id="t", file="t.txt", text=text, title=None, published="2021-03-04", outlet="Test Wire",
                  dateline=None)  # fmt: skip
    events, _ = extract_all([art])
    return list(events)


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


@pytest.mark.parametrize("word", ["Forces", "Checkpoints", "Unknown", "Military", "Facilities"])
def test_english_words_and_their_plurals_are_common(word: str, gaz: Gazetteer) -> None:
    assert is_common_word(word, gaz)


@pytest.mark.parametrize("word", ["Zembulitto", "Ras", "Khan", "Wadi", "Ans", "Al", "Aleppo", "Gaza"])
def test_names_and_the_words_that_open_arabic_names_are_not(word: str, gaz: Gazetteer) -> None:
    # (WordNet lists "aleppo" and "gaza": a word the gazetteer knows as a place is never common)
    assert not is_common_word(word, gaz)


def test_a_name_is_common_only_when_every_word_is(gaz: Gazetteer) -> None:
    assert common_words_only(["Moving", "Target"], gaz)
    assert common_words_only(["Unknown", "-", "NON", "-"], gaz)
    assert not common_words_only(["Ras", "Khan"], gaz)
    assert not common_words_only(["Green", "Zembulitto"], gaz)
    assert not common_words_only(["-"], gaz)


def test_a_capitalised_target_does_not_hide_the_regions_seat() -> None:
    # before: the event stayed at the region's middle with "Checkpoints" as a finer unknown place
    events = _events("Warplanes bombed Checkpoints in Al Jawf on Sunday.")
    loc = events[0].location
    assert (loc.name, loc.precision) == ("Al Jawf", "admin1")
    assert loc.seat is not None  # (its seat kept beside the region's point: places/seat.py)


def test_a_capitalised_target_is_not_kept_as_the_unplaced_place() -> None:
    for e in _events("Jets hit Unknown - NON-frontline area in Zembulitto on Monday."):
        assert not e.location.name.startswith("Unknown")
    assert [e.location.name for e in _events("Rebels shelled Ras Khan on Monday.")] == ["Ras Khan"]
    assert _events("Rebels shelled Ras Khan on Monday.")[0].location.precision == UNRESOLVED


def test_a_place_name_made_of_english_words_is_still_a_place() -> None:
    # the rule is for the words a trigger takes, not for the place names the tagger finds
    text = "Police said a man was arrested on Tuesday while trying to carry a bomb into the West Bank's main court building. Nobody was hurt."
    assert [e.location.name for e in _events(text)] == ["West Bank"]


def test_a_name_after_pro_or_anti_is_a_side_not_a_place() -> None:
    # before: "Hadi" read as a town abroad (Hardy, Arkansas), "anti Houthi" kept as an unplaced place
    text = "Rebel gunners shelled army posts in Zembulitto on Sunday, killing two men on the pro Hadi side."
    assert [e.location.name for e in _events(text)] == ["Zembulitto"]
    assert all("Houthi" not in e.location.name for e in _events("Houthi fighters shelled anti Houthi sites on Monday."))
