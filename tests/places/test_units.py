"""Nigeria's local government areas named as such ("X Local Government Area of Y State", "X LGA")
are the area, coded at the town it is named after (places/units.py). Made-up sentences."""

from __future__ import annotations

from frontlog.places.gazetteer import distance_km
from frontlog.places.units import unit_after, without_unit
from tests.places.test_districts import _place

# GeoNames' points of the towns of Gwoza (Borno) and Madagali (Adamawa)
GWOZA = (11.0831, 13.6960)
MADAGALI = (10.8894, 13.6283)


def test_the_phrase_in_any_case_and_short_form() -> None:
    text = "in Gwoza Local Government Area of Borno State and in Madagali LGA."
    assert unit_after(text, text.index("Gwoza") + len("Gwoza"))
    assert unit_after(text, text.index("Madagali") + len("Madagali"))
    assert not unit_after(text, text.index("Borno") + len("Borno"))
    assert without_unit("Chibok local government area") == "Chibok"
    assert without_unit("Madagali LGA") == "Madagali"
    assert without_unit("Lagos") == "Lagos"


def test_an_area_named_in_full_is_coded_at_its_town_not_at_the_state() -> None:
    p = _place("Gunmen killed four farmers in a village in Gwoza Local Government Area of Borno State on Monday.")
    assert p.country == "Nigeria" and p.point is not None
    assert distance_km(p.point, GWOZA) < 10  # (the state's point lies 90 km away)


def test_an_area_named_by_its_abbreviation() -> None:
    p = _place("Suspected insurgents burnt down a market in Madagali LGA on Tuesday.")
    assert p.country == "Nigeria" and p.point is not None
    assert distance_km(p.point, MADAGALI) < 10


# GeoNames' point of the town of Maru (Zamfara)
MARU = (12.3336, 6.4037)


def test_a_village_of_an_area_the_tagger_reads_with_its_phrase() -> None:
    # the tagger's span is "Maru LGA": the area's own name, not a name inside a longer one (dropped
    # in running text); the village no gazetteer has lies in it
    p = _place("Boko Haram fighters killed five farmers in Tudun Zorqa village of Maru LGA on Sunday.")
    assert p.country == "Nigeria" and p.point is not None
    assert distance_km(p.point, MARU) < 10
