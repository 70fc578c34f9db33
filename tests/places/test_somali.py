"""Somali place names however a report spells them (places/somali.py, data/somali_spelling.yaml),
and a Somali armed group as a reason for Somalia's villages. Made-up sentences."""

from __future__ import annotations

import pytest

from frontlog.places.gazetteer import distance_km
from frontlog.places.somali import somali_key
from tests.places.test_districts import _place

# Xuddur (Hudur), Bakool: GeoNames' point
XUDDUR = (4.1213, 43.8895)


@pytest.mark.parametrize(
    ("official", "english"),
    [
        ("Xuddur", "Hudur"),  # x is a pharyngeal h
        ("Ceel Cadde", "El Adde"),  # c is the ayn, written not at all
        ("Beled Weyne", "Belet Weyne"),
        ("Gaalkacyo", "Galkayo"),  # long vowels written single
        ("Baardheere", "Bardhere"),
        ("Buur Xakaba", "Buur-Hakaba"),  # words joined, split or hyphenated at will
        ("Rab Dhuure", "Rabdhure"),
        ("Ceel Waaq", "El-Wak"),
    ],
)
def test_official_and_english_spellings_share_the_key(official: str, english: str) -> None:
    assert somali_key(official) == somali_key(english) != ""


def test_other_names_keep_apart_and_short_keys_are_none() -> None:
    assert somali_key("Baidoa") != somali_key("Bardhere")
    assert somali_key("Bur") == ""  # too short to match safely


def test_a_town_spelt_the_english_way_is_the_somali_town() -> None:
    p = _place("Gunmen shot dead a shopkeeper in Belet Weyne on Monday.")
    assert (p.name, p.country, p.precision) == ("Beledweyne", "Somalia", "city")


def test_a_town_spelt_the_english_way_with_no_country_in_the_text() -> None:
    p = _place("Police fired in the air to disperse protesters in Galkayo on Tuesday.")
    assert (p.country, p.precision) == ("Somalia", "city")
    assert p.point is not None and distance_km(p.point, (6.7697, 47.4308)) < 10


def test_a_village_placed_by_distance_from_a_town_spelt_the_english_way() -> None:
    p = _place("Militants ambushed a police convoy near Yaaqle village (20 km E of Hudur) on Sunday.")
    assert p.country == "Somalia" and p.point is not None
    assert 12 < distance_km(p.point, XUDDUR) < 28  # at the point the text gives, not at Xuddur


def test_a_somali_armed_group_is_a_reason_for_a_somali_village() -> None:
    p = _place("Al-Shabaab fighters overran an army outpost in Bardaale on Friday.")
    assert (p.country, p.precision) == ("Somalia", "city")
