"""The event's own place (issue 15 point 4) and its ACLED geo_precision (point 5), on made-up
one-sentence articles."""

from __future__ import annotations

import pytest

from frontlog.export import geo_precision
from frontlog.extract import extract_all
from frontlog.records import Article, Place


def _place(text: str) -> Place:
    art = Article(doc_id="t", file="t.txt", text=text, title=None, published="2018-02-07", outlet="Test Wire",
                  dateline=None)  # fmt: skip
    events, _ = extract_all([art])
    assert events, f"no event in {text!r}"
    return events[0].location


@pytest.mark.parametrize(
    ("text", "name", "precision", "detail", "geo"),
    [
        # a region-level event: at the region's point, its seat kept beside it (tests/places/test_seat.py)
        ("Syrian government forces shelled the countryside of Aleppo on Monday.", "Aleppo Governorate", "admin1",
         "countryside", 3),
        ("Regime forces shelled Hama province on Monday.", "Hama Governorate", "admin1", None, 3),
        ("Government forces retook the town of Maskanah on Monday.", "Maskanah", "city", None, 1),
        ("Government forces shelled positions near Palmyra on Monday.", "Palmyra", "city", "near", 2),
        ("Clashes erupted in the Jobar neighbourhood of Damascus on Monday.", "Damascus", "city",
         "Jobar neighbourhood", 1),
        # a town in the region the sentence names is the event's place (not the region, not the
        # region's main town named with a compass word)
        ("Jets dropped barrel bombs on Maskanah village in eastern Aleppo on Monday.", "Maskanah", "city", None, 1),
        ("Rebels attacked army posts in Hajin town in eastern Deir ez-Zor on Monday.", "Hajin", "city", None, 1),
        ("Warplanes struck the town of Khan Tuman in the Aleppo countryside on Monday.", "Khan Tuman", "city", None, 1),
        ("Jets struck Kafr Nubl in northern Idlib, Syria on Monday.", "Kafranbel", "city", None, 1),
        # a place told by its bearing from a town: near the town (events/bearing_of.py, session 14)
        ("Gunmen attacked a checkpoint in Qaryat Zorbat, southwest of Kirkuk, on Monday.", "Kirkuk", "city",
         "southwest of Kirkuk", 2),
        ("Militants killed a shepherd in a village south of Tikrit on Monday.", "Tikrīt", "city", "south of Tikrit", 2),
        # ... a reading of the place far from the town is a namesake (Egypt's Alexandria): the town
        ("Gunmen shot dead a policeman in Alexandria, south of Baghdad, on Monday.", "Baghdad", "city",
         "Alexandria (south of Baghdad)", 2),
        ("Clashes broke out in the south of Mosul on Monday.", "Mosul", "city", None, 1),  # a part of the city
    ],
)  # fmt: skip
def test_event_place(text: str, name: str, precision: str, detail: str | None, geo: int) -> None:
    p = _place(text)
    assert (p.name, p.precision, p.detail) == (name, precision, detail)
    assert geo_precision(p) == geo


def test_geo_precision_of_places() -> None:
    town = Place("Hajin", 174506, 34.69, 40.83, "Syria", "Deir ez-Zor Governorate", "city")
    assert geo_precision(town) == 1
    outskirts = Place(
        "Hajin", 174506, 34.69, 40.83, "Syria", "Deir ez-Zor Governorate", "city", "western outskirts"
    )
    assert geo_precision(outskirts) == 2
    assert geo_precision(Place("Syria", 163843, 35.0, 38.0, "Syria", None, "country")) == 3


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        # a village that several regions have: the one in the region the words after it name
        ("Gunmen attacked a checkpoint in Umm Miyal village in northern Hama on Monday.", "Hama Governorate"),
        ("Gunmen attacked a checkpoint in Umm Miyal village in southern Idlib on Monday.", "Idlib Governorate"),
        ("Jets struck Ramliyah village in the countryside of Latakia on Tuesday.", "Latakia Governorate"),
        ("Jets struck Ramliyah village in the Idlib countryside on Tuesday.", "Idlib Governorate"),
        # (not the town of 30,000 of the same name in Homs)
        ("Jets struck Al-Qusayr village in eastern Deir ez-Zor on Monday.", "Deir ez-Zor Governorate"),
    ],
)  # fmt: skip
def test_a_village_is_read_in_the_region_the_text_puts_it(text: str, admin1: str) -> None:
    p = _place(text)
    assert p.precision == "city" and p.admin1 == admin1


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the event is at the village, not at the town or region that says where the village lies
        ("Artillery shelled the outskirts of Umm Miyal village in northern Hama on Monday.", "Umm Miyal"),
        ("Militants clashed with soldiers near Wuraydah town in western Homs on Monday.", "Wuraydah"),
        ("Militants clashed with soldiers in the vicinity of Khuraybah village in the countryside of Tartus on "
         "Monday.", "Khuraybah"),
    ],
)  # fmt: skip
def test_the_event_is_at_the_place_the_text_locates(text: str, name: str) -> None:
    assert _place(text).name == name


@pytest.mark.parametrize(
    ("text", "name", "detail"),
    [
        # a named part of a city is coded at the city (not at a village of the same name elsewhere)
        ("Mortar rounds landed on the Al-Shaghour neighbourhood in Damascus city on Tuesday.", "Damascus",
         "Al-Shaghour neighbourhood"),
        # a town's district in a region is the town's area, not a part of the region's main city
        ("Turkish jets struck the Jandairis district of northern Aleppo on Monday.", "Jindayris",
         "Jandairis district"),
        # "the X area of Y": a village X far from Y is a homonym, the area is Y's
        ("Government shells hit the Salhiyeh area of Damascus on Monday.", "Damascus", "Salhiyeh area"),
    ],
)  # fmt: skip
def test_a_part_of_a_city_is_coded_at_the_city(text: str, name: str, detail: str) -> None:
    p = _place(text)
    assert (p.name, p.detail) == (name, detail)


def test_a_village_spelt_another_way_is_found_in_the_region_the_text_names() -> None:
    # (loosely spelt, and a city of Brazil by the same loose key)
    p = _place("Israeli jets struck army posts near Betima village in western Rural Damascus on Monday.")
    assert (p.name, p.admin1) == ("Baytima", "Rif Dimashq Governorate")


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed a farmer in Raffa village in southern Idlib on Monday.",  # not Raffa in Italy
        "Gunmen killed a farmer in Shatib village in the Hama countryside on Monday.",  # nor Shatib in Sudan
    ],
)
def test_a_homonym_abroad_is_not_the_village_the_text_places_in_a_region(text: str) -> None:
    assert _place(text).country == "Syria"
