"""Places of Africa's and today's wars (session 14, geoafr; issue 15). Made-up one-sentence
articles."""

from __future__ import annotations

import pytest

from frontlog.places.normalize import ascii_fold
from frontlog.places.people_names import group_nouns
from tests.events.test_event_place import _place


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a people's name before a group noun is no town abroad (Kuki, Saitama): the town named
        ("Suspected Kuki militants burnt four houses near Churachandpur on Tuesday.", "Churachandpur"),
        ("Kuki fighters and police exchanged fire outside Moreh on Friday night.", "Moreh"),
    ],
)
def test_people_before_group_noun_is_no_place(text: str, name: str) -> None:
    p = _place(text)
    assert (ascii_fold(p.name), p.country) == (name, "India")


def test_group_nouns_are_lower_case_words() -> None:
    nouns = group_nouns()
    assert {"militants", "fighters", "groups"} <= nouns
    assert all(n == n.lower() and " " not in n for n in nouns)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # "the towns of A and B": each name of the list is a place, even a small town
        ("Police fired tear gas at protesters in the towns of Dehiba and Remada on Monday.", "Dehiba", "Tunisia"),
    ],
)  # fmt: skip
def test_names_the_tagger_hides(text: str, name: str, country: str) -> None:
    p = _place(text)
    assert (p.name, p.country) == (name, country)
