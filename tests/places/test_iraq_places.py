"""Iraqi towns of the war that GeoNames cities500 spells otherwise or lacks, and places of the war
from UCDP GED (places/data/supplement.tsv, session 12 rows). Made-up sentences."""

from __future__ import annotations

import pytest

from frontlog.places.gazetteer import distance_km
from tests.events.test_event_place import _place


@pytest.mark.parametrize(
    ("text", "name", "near"),
    [
        ("Mortar rounds fell on a market in Tuz Khurmato on Tuesday, wounding five people.", "Tuz Khurmatu",
         (34.89, 44.63)),
        ("A roadside bomb struck an army patrol near Tooz Khurmato on Friday.", "Tuz Khurmatu", (34.89, 44.63)),
        ("Gunmen attacked a checkpoint in Qara Tapa overnight.", "Qara Tapa", (34.43, 44.93)),
        ("Militants attacked a police post in Udhaim on Sunday, killing two policemen.", "Adhaim", (34.28, 44.54)),
        ("A sniper killed a policeman in Amirli on Monday.", "Amerli", (34.73, 44.59)),
        ("A bomb went off near a mosque in Duluiya on Thursday.", "Dhuluiya", (34.03, 44.22)),
        ("Two farmers were kidnapped in Mashahda on Wednesday.", "Mushahada", (33.65, 44.26)),
        ("Security forces clashed with militants in Amiriyat al-Fallujah on Saturday.", "Amiriyat al-Fallujah",
         (33.17, 43.86)),
        ("Rockets struck the Ain al-Asad air base on Wednesday, wounding two soldiers.", "Al-Asad airbase", (33.80, 42.44)),
        ("Iraqi jets bombed militant hideouts in the Makhoul mountains on Monday, killing five fighters.", "Makhoul mountains",
         (35.14, 43.41)),
    ],
)  # fmt: skip
def test_an_iraqi_place_of_the_war(text: str, name: str, near: tuple[float, float]) -> None:
    place = _place(text)
    assert place.name == name and place.country == "Iraq"
    assert place.lat is not None and place.lon is not None
    assert distance_km((place.lat, place.lon), near) < 5


@pytest.mark.parametrize(
    ("text", "town", "detail"),
    [
        ("Gunmen shot dead a shop owner in west Mosul on Monday.", "Mosul", "west Mosul"),
        ("A car bomb went off in East Mosul on Friday, wounding six people.", "Mosul", "East Mosul"),
        ("Gunmen shot dead a shop owner in the Right Coast of Mosul on Monday.", "Mosul", "Right Coast of Mosul"),
        ("Gunmen shot dead a shop owner in east Aleppo on Monday.", "Aleppo", "east Aleppo"),
    ],
)  # fmt: skip
def test_a_side_of_a_town_is_coded_at_the_town(text: str, town: str, detail: str) -> None:
    place = _place(text)
    assert place.name == town and place.precision == "city"
    assert place.detail == detail


def test_town_of_side() -> None:
    from frontlog.places.city_sides import town_of_side

    assert town_of_side("west Mosul") == "Mosul"
    assert town_of_side("the left coast of Mosul") == "Mosul"
    assert town_of_side("Mosul's right bank") == "Mosul"
    assert town_of_side("west bank") is None  # no town after the compass word
    assert town_of_side("Mosul") is None


@pytest.mark.parametrize(
    ("text", "name", "near"),
    [
        # the area's name reads as a namesake far away: the district the text names
        ("A roadside bomb wounded two farmers in the Jazira area, central Hit district, on Tuesday.", "Hīt",
         (33.64, 42.83)),
        ("Police said gunmen shot dead a trader in the Jazira area (Adhamiya district) on Sunday.", "Adhamiya",
         (33.37, 44.36)),
        ("Gunmen shot dead a teacher in the Salam area, district of Mahawil, on Monday.", "Al Maḩāwīl",
         (32.66, 44.41)),
        # a village of the district the gazetteer has stays, and so does a reading by the city named
        ("A bomb wounded two boys in the Nour area (Muthanna district) of Mosul on Friday.", "Mosul", (36.34, 43.12)),
        ("Militants attacked a checkpoint in Saqlawiya, Fallujah district, on Monday.", "As Saqlawiyah",
         (33.40, 43.68)),
    ],
)  # fmt: skip
def test_a_place_named_with_its_district(text: str, name: str, near: tuple[float, float]) -> None:
    place = _place(text)
    assert place.name == name and place.country == "Iraq"
    assert place.lat is not None and place.lon is not None
    assert distance_km((place.lat, place.lon), near) < 5


def test_a_big_city_abroad_by_another_name_loses_to_a_home_town_of_that_own_name() -> None:
    # "Riyad" is an other name of Riyadh and the own name of a town in Kirkuk (session 13, geoiq)
    place = _place("Gunmen killed two Iraqi soldiers at a checkpoint south of Riyad on Tuesday.")
    assert place.country == "Iraq" and place.admin1 == "Kirkuk Governorate"
    place = _place("Gunmen killed two Iraqi soldiers in Riyadh on Tuesday, Saudi police said.")
    assert place.country == "Saudi Arabia"
