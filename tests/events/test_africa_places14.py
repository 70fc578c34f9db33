"""Places of Africa's and today's wars (session 14, geoafr; issue 15). Made-up one-sentence
articles."""

from __future__ import annotations

import pytest

from frontlog.places.gazetteer import distance_km
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


@pytest.mark.parametrize(
    ("text", "name", "country", "near"),
    [
        # towns of eastern DR Congo and South Sudan that GeoNames cities500 lacks (data/africa_towns.tsv)
        ("Militiamen looted shops in Walikale on Sunday, wounding three traders.", "Walikale", "Democratic Republic of the Congo",
         (-1.42, 28.05)),
        ("Armed youths burnt a school in Kajo-Keji on Friday.", "Kajo Keji", "South Sudan", (3.87, 31.65)),
        ("Clashes broke out between two cattle camps near Akobo on Tuesday, killing five.", "Akobo", "South Sudan",
         (7.78, 33.00)),
    ],
)  # fmt: skip
def test_a_town_of_eastern_congo_or_south_sudan(text: str, name: str, country: str, near: tuple[float, float]) -> None:
    p = _place(text)
    assert (p.name, p.country) == (name, country)
    assert p.lat is not None and p.lon is not None
    assert distance_km((p.lat, p.lon), near) < 5


def test_a_listed_town_is_matched_by_its_own_spellings_only() -> None:
    """Kisauni (Mombasa) shares a loose key with Kasenyi (Ituri): no reading of it."""
    p = _place("Police arrested ten youths in Kisauni after a night of looting.")
    assert p.country != "Democratic Republic of the Congo"
