"""A protest by an organisation's workers is at the town the organisation is named after, even
when nothing in the report names the country: a well-known town of a focus country spelt another
way (issue 15, made-up sentences)."""

from __future__ import annotations

from tests.places.test_districts import _place


def test_a_municipality_named_after_a_town_spelt_otherwise() -> None:
    p = _place("Employees of Yasouj municipality gathered outside the town hall to demand their wages.")
    assert (p.name, p.country, p.precision) == ("Yasuj", "Iran", "city")


def test_a_company_named_after_a_town_spelt_otherwise() -> None:
    p = _place("Workers of the Oroumiyeh Tractor company protested on Sunday over unpaid wages.")
    assert (p.name, p.country) == ("Orūmīyeh", "Iran")


def test_a_town_of_no_focus_country_is_not_what_the_name_stands_for() -> None:
    # "Kian" is an old spelling of Ji'an, a Chinese city of half a million: not a town a report
    # that names no country means
    p = _place("More than 200 workers of Kian Cord company protested their unpaid wages.")
    assert p.country != "China"
