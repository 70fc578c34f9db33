"""A region-level event and the region's seat (issue 15): the region keeps its name, id, precision
and GeoNames point (session 14: the spec's gold codes the region's point); the seat is kept beside
it (`Place.seat`), the ACLED-style CSV's point and eval-acled's. Made-up sentences."""

from __future__ import annotations

from dataclasses import replace

import pytest

from frontlog.export import geo_precision
from frontlog.extract import extract_all
from frontlog.places.gazetteer import distance_km, load_gazetteer
from frontlog.places.region_point import at_region_point
from frontlog.places.resolve import to_place
from frontlog.places.seat import at_seat, region_seat, seated
from frontlog.records import Article, Place


def _events(text: str) -> list[Place]:
    art = Article(doc_id="t", file="t.txt", text=text, title=None, published="2019-03-05", outlet="Test Wire",
                  dateline=None)  # fmt: skip
    events, _ = extract_all([art])
    assert events, f"no event in {text!r}"
    return [e.location for e in events]


def _region(cc: str, name: str) -> Place:
    gaz = load_gazetteer()
    entry = gaz.admin1(cc, name)
    assert entry is not None, (cc, name)
    return to_place(entry, gaz)


@pytest.mark.parametrize(
    ("cc", "region", "seat"),
    [
        ("KE", "Mandera", "Mandera"),  # the county's point is 109 km from its town
        ("SY", "Idlib Governorate", "Idlib"),  # the kind word is not part of the town's name
        ("SA", "Najran Region", "Najrān"),
        ("YE", "Al Jawf", "Al Hazm"),  # GeoNames' seat code (PPLA): no town bears the region's name
    ],
)
def test_region_seat(cc: str, region: str, seat: str) -> None:
    gaz = load_gazetteer()
    place = _region(cc, region)
    found = region_seat(place, gaz)
    assert found is not None and found.name == seat and found.cc == cc
    assert found.admin1 == place.admin1


@pytest.mark.parametrize(
    ("cc", "region"),
    [
        # (session 13: South Africa's Western Cape and Nigeria's Ogun now have listed seats,
        # data/region_seats.tsv: Cape Town, Abeokuta)
        ("AO", "Moxico"),  # no town is called so: the region's own point
        ("UG", "Northern Region"),  # a region of the country's four, with no seat of its own
    ],
)
def test_no_seat_without_confidence(cc: str, region: str) -> None:
    gaz = load_gazetteer()
    place = _region(cc, region)
    assert region_seat(place, gaz) is None
    assert at_seat(place, gaz) == place


def test_a_town_has_no_seat() -> None:
    gaz = load_gazetteer()
    town = to_place(next(e for e in gaz.candidates("Garissa")[0] if e.kind == "city"), gaz)
    assert at_seat(town, gaz) == town


def test_at_seat_keeps_the_region_and_its_seat() -> None:
    gaz = load_gazetteer()
    county = _region("KE", "Mandera")
    moved = at_seat(county, gaz)
    assert (moved.name, moved.geonameid, moved.admin1, moved.country, moved.precision) == (
        county.name, county.geonameid, county.admin1, county.country, county.precision,
    )  # fmt: skip
    assert (moved.lat, moved.lon, moved.detail) == (county.lat, county.lon, county.detail)  # the county's own point
    assert moved.seat is not None and moved.seat.name == "Mandera"
    assert moved.acled_point is not None and distance_km(moved.acled_point, (county.lat, county.lon)) > 50
    assert seated(moved) and not seated(county)
    assert geo_precision(moved) == 3
    assert moved.to_json()["seat"]["name"] == "Mandera" and "seat" not in county.to_json()
    # a detail the event already has is kept as it is
    tagged = at_seat(Place(**{**county.to_json(), "detail": "countryside"}), gaz)
    assert tagged.detail == "countryside" and seated(tagged)


def test_a_governorate_at_its_geonames_point() -> None:
    """Syria's and Iraq's governorates: GeoNames' point (data/region_points.tsv), not admin1.tsv's
    approximate centroid; the seat beside it."""
    gaz = load_gazetteer()
    homs = _region("SY", "Homs Governorate")
    moved = at_seat(homs, gaz)
    assert moved.point is not None and distance_km(moved.point, (34.48, 38.36)) < 2
    assert moved.seat is not None and moved.seat.name == "Homs"
    rif = at_seat(_region("SY", "Rif Dimashq Governorate"), gaz)  # no seat listed: the point alone
    assert rif.seat is None and rif.point is not None and distance_km(rif.point, (33.49, 37.39)) < 2
    assert at_region_point(homs) == replace(moved, seat=None)


@pytest.mark.parametrize(
    ("text", "region", "seat"),
    [
        ("Gunmen attacked a police post in Mandera County on Monday.", "Mandera", "Mandera"),
        ("Farmers and herders clashed in Narok County on Sunday, leaving two dead.", "Narok", "Narok"),
        ("Regime forces shelled the northern countryside of Homs on Monday.", "Homs Governorate", "Homs"),
    ],
)
def test_region_level_event_at_its_seat(text: str, region: str, seat: str) -> None:
    gaz = load_gazetteer()
    (place,) = _events(text)[:1]
    assert (place.name, place.precision) == (region, "admin1")
    town = region_seat(place, gaz)
    assert town is not None and town.name == seat
    assert place.seat is not None and (place.seat.lat, place.seat.lon) == (town.lat, town.lon)
    assert seated(place) and place.point != place.acled_point


def test_an_unknown_village_of_the_region_keeps_the_region_point() -> None:
    """The sentence names a village no gazetteer has: the event happened there, not at the
    region's seat, so the region's own point is kept."""
    place = _events("Regime forces shelled the village of Qurtubayn Zaghir in Idlib province on Monday.")[0]
    assert (place.name, place.precision) == ("Idlib Governorate", "admin1")
    assert not seated(place)
    region = _region("SY", "Idlib Governorate")  # (the index's point: events/location.py says why)
    assert (place.lat, place.lon) == (region.lat, region.lon)


def test_an_unknown_village_of_a_part_of_the_region_is_in_that_part() -> None:
    """... and in the part of the region the text names, the middle of that part
    (places/region_part.py; tests/places/test_region_part.py), never the seat."""
    text = "Warplanes struck Qurtubayn Zaghir village in the southern countryside of Idlib on Monday."
    place = _events(text)[0]
    assert (place.name, place.precision) == ("Idlib Governorate", "admin1")
    assert not seated(place)
    region = _region("SY", "Idlib Governorate")
    assert place.lat is not None and place.lat < region.lat - 0.1


@pytest.mark.parametrize(
    "text",
    [
        # another town of the same country: the region stands for the rest of it, not its seat
        "Government warplanes carried out strikes on Idlib province on Monday, including a raid that killed"
        " five people in Saraqib.",
        # a name no gazetteer has: perhaps the place itself
        "Police dispersed protesters in Kajiado on Tuesday, near the office of Governor Mwangi Kipkorir.",
    ],
)
def test_a_region_with_other_names_keeps_its_point(text: str) -> None:
    place = _events(text)[0]
    assert place.precision == "admin1" and not seated(place)
