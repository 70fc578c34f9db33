"""A region word after the name of a first-level region of a country at war chooses that region
over a homonym abroad (places/regions.py); Somalia's regions spelt the English way are found
(places/somali.py). Made-up sentences."""

from __future__ import annotations

from tests.places.test_districts import _place


def test_a_war_country_region_wins_over_a_city_abroad() -> None:
    p = _place("Gunmen killed five herders in Bari region on Monday.")
    assert (p.country, p.precision) == ("Somalia", "admin1")  # not the region around Bari, Italy


def test_a_somali_region_spelt_the_english_way() -> None:
    p = _place("Gunmen killed five herders in Hiraan region on Monday.")
    assert (p.country, p.precision) == ("Somalia", "admin1")  # Hiiraan, not Haryana


def test_a_region_word_after_a_city_elsewhere_keeps_the_city() -> None:
    p = _place("Gunmen killed five people in the Charlotte region on Monday.")
    assert p.country == "United States"
