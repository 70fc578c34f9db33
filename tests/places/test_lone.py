"""A place name the resolver left alone but an event is coded at takes the gazetteer's reading
when the gazetteer leaves no doubt (places/lone.py), and Kenya's wards and constituencies are in
the place index (tools/build_kenya.py). Made-up sentences."""

from __future__ import annotations

from importlib import resources

from frontlog.places import index as ix
from frontlog.places.gazetteer import distance_km, load_gazetteer
from frontlog.places.lone import lone_reading
from tests.places.test_districts import _place

NAIROBI = (-1.283, 36.817)


def test_a_town_much_larger_than_its_namesakes_is_read_without_a_country() -> None:
    e = lone_reading("Sidi Bouzid", None, load_gazetteer())  # Tunisia's town of 47,000, not Morocco's
    assert e is not None and e.cc == "TN"


def test_two_towns_of_a_size_need_the_country() -> None:
    gaz = load_gazetteer()
    assert lone_reading("Bondo", None, gaz) is None  # Congo's and Kenya's
    e = lone_reading("Bondo", "KE", gaz)
    assert e is not None and e.cc == "KE"
    assert lone_reading("bondo", "KE", gaz) is None  # (a lower-case word is no name)


def test_an_event_at_a_small_town_of_a_one_sentence_report_has_its_point() -> None:
    p = _place("Police beat up market traders in Marondera on Wednesday.")
    assert (p.name, p.country, p.precision) == ("Marondera", "Zimbabwe", "city")


def test_a_nairobi_ward_is_placed_in_nairobi() -> None:
    p = _place("Youths hurled stones at police officers in Kayole on Saturday night.")
    assert p.country == "Kenya" and p.point is not None
    assert distance_km(p.point, NAIROBI) < 25
    p = _place("Police used tear gas to disperse hawkers in Embakasi East on Tuesday.")
    assert p.country == "Kenya" and p.point is not None and distance_km(p.point, NAIROBI) < 25


def test_packaged_kenya_file_credits_its_source_and_holds_every_unit() -> None:
    head = (resources.files("frontlog.places") / "data" / ix.KENYA_FILE).read_text("utf-8")[:1500]
    assert "kenya-data" in head and "MIT" in head
    rows = [r for r in ix.wof_rows({}) if r.cc == "KE"]
    # the 1,450 wards and 290 constituencies, less ordinary words and the names of the core's towns
    assert len([r for r in rows if r.fcode == "PPLX"]) > 1_300
    assert len([r for r in rows if r.fcode == "ADM2"]) > 200
    assert len([r for r in rows if r.fcode == "PPLA"]) == 47  # every county's capital
    assert not [r for r in rows if r.name.lower() in ("township", "airport", "hospital")]


def test_an_event_known_only_by_its_kenyan_county_is_at_the_county_capital() -> None:
    # GeoNames' point for Baringo County lies 25 km from Kabarnet, its capital (kenya-data's
    # `capital`, coded as the seat: places/seat.py)
    p = _place("Bandits shot dead two herders in Baringo County on Sunday.")
    assert p.country == "Kenya" and p.precision == "admin1" and p.acled_point is not None
    assert distance_km(p.acled_point, (0.4919, 35.7430)) < 5  # (the seat: ACLED's point; session 14)


def test_a_part_of_a_town_in_brackets_is_coded_at_the_town() -> None:
    # (made-up neighbourhood name; Jowhar is a town of Middle Shabelle)
    p = _place("A soldier shot dead a civilian man in Qoryaweyn neighbourhood (Jowhar) on Monday morning.")
    assert p.country == "Somalia" and p.point is not None and distance_km(p.point, (2.78, 45.50)) < 10
    assert p.detail is not None and "Qoryaweyn" in p.detail


def test_a_somali_name_written_in_two_words_is_found_written_as_one() -> None:
    e = lone_reading("Laas Caanood", None, load_gazetteer())  # GeoNames' Laascaanood
    assert e is not None and e.cc == "SO"


def test_a_village_of_a_country_at_war_that_is_the_names_only_place_is_read_without_a_country() -> None:
    gaz = load_gazetteer()
    e = lone_reading("Siidimo", None, gaz)  # a village of Gedo, no known population
    assert e is not None and e.cc == "SO"
    assert lone_reading("Siidimo", None, gaz, near=((9.56, 44.06),)) is None  # a sentence about Hargeisa
