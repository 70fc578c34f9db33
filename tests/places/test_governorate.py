"""'X governorate' is the governorate of a country whose regions are called so (places/namesake.py
governorate_region), on made-up one-sentence articles."""

from __future__ import annotations

import pytest

from tests.events.test_event_place import _place


@pytest.mark.parametrize(
    "text",
    [
        "Protesters blocked roads in Beja governorate on Monday.",
        "Unemployed youths staged a sit-in in the governorate of Beja on Monday.",
    ],
)
def test_governorate_is_the_arab_countrys(text: str) -> None:
    p = _place(text)
    assert (p.country, p.precision) == ("Tunisia", "admin1")


def test_a_governorate_of_syria_is_unchanged() -> None:
    p = _place("Police clashed with protesters in Idlib governorate on Monday.")
    assert (p.name, p.country) == ("Idlib Governorate", "Syria")


def test_a_district_of_portugal_stays_without_the_word() -> None:
    p = _place("Farmers protested in Beja district, southern Portugal, on Monday.")
    assert p.country == "Portugal"
