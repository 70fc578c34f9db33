"""Districts as the news spells them: a compound district named by one of its parts, short names,
and the event coded at the district the text names (issue 15, made-up sentences)."""

from __future__ import annotations

from frontlog.places.district_names import compound_key, districts_named
from frontlog.places.gazetteer import distance_km
from tests.places.test_districts import _place, _resolved  # an event's place; the resolver's places

# the points of Yemen's Kitaf wa Al Boqe'e and Razih districts (Sa'dah)
KITAF_DISTRICT = (17.25, 44.35)
RAZIH_DISTRICT = (16.93, 43.26)


def test_compound_key_spells_alike() -> None:
    assert compound_key("Khab wa Ashaf") == compound_key("Khabb wa ash Sha'af") == compound_key("Khub-washaaf")
    assert compound_key("Razeh") == compound_key("Razih")
    assert compound_key("Kutaf") == compound_key("Kitaf")
    assert compound_key("Kutaf") != compound_key("Qataba")


def test_districts_named_by_a_part_or_a_short_name(gaz) -> None:  # type: ignore[no-untyped-def]
    assert [e.name for e in districts_named("Kotaf", gaz)] == ["Kitaf wa Al Boqe'e"]
    assert [e.name for e in districts_named("Razeh", gaz)] == ["Razih"]
    assert all(e.kind == "admin2" for e in districts_named("Ans", gaz))
    assert districts_named("Qwertyuiop", gaz) == []


def test_a_compound_district_named_by_its_first_part_is_the_district(gaz) -> None:  # type: ignore[no-untyped-def]
    # not the village of Kitaf, 30 km west of the district's point
    p = _resolved("Warplanes bombed a bridge in Kotaf district on Friday.")["Kotaf"]
    assert (p.name, p.precision) == ("Kitaf wa Al Boqe'e", "admin1")


def test_a_short_district_name_spelt_otherwise(gaz) -> None:  # type: ignore[no-untyped-def]
    p = _resolved("Artillery shells landed in Razeh district on Friday.")["Razeh"]
    assert (p.name, p.country) == ("Razih", "Yemen")


def test_a_district_in_its_province_is_the_event_place_not_the_province_town(gaz) -> None:  # type: ignore[no-untyped-def]
    # "X district in Saada": the district, not the town of Saada 60 km away, nor a quarter of it
    p = _place("Jets struck a fuel depot in the Wadi Nur area of Kotaf district in Saada on Friday.")
    # (the district, written among its villages: places/district_centre.py, 30 km from its polygon's centre)
    assert (p.name, p.precision) == ("Kitaf wa Al Boqe'e", "admin1")
    assert distance_km((p.lat, p.lon), KITAF_DISTRICT) < 35
    p = _place("Jets struck a fuel depot in the Bani Nur area of Razeh district in Saada province on Friday.")
    assert distance_km((p.lat, p.lon), RAZIH_DISTRICT) < 25  # (in the district: a village of it, or its point)


def test_a_district_of_a_focus_country_in_a_report_that_names_no_country(gaz) -> None:  # type: ignore[no-untyped-def]
    # no country anywhere in the report: a district of the focus countries named after "in" is read
    # (abroad.focus_district), as a town of them is; the NER may tag the name or leave it alone
    p = _place("Warplanes struck a fuel depot in Nihm on Friday.")
    assert (p.name, p.country, p.precision) == ("Nihm", "Yemen", "admin1")
    p = _place("Warplanes struck a fuel depot in Bani Al-Harith on Friday.")
    assert (p.country, p.precision) == ("Yemen", "admin1")


def test_a_focus_district_needs_a_report_with_no_country(gaz) -> None:  # type: ignore[no-untyped-def]
    # the report names another country: the district abroad is not read
    got = _resolved("Police in Kenya said a fuel depot burned in Nihm on Friday.")
    assert "Nihm" not in got or got["Nihm"].country != "Yemen"


def test_each_name_of_a_list_lies_in_the_district_after_it(gaz) -> None:  # type: ignore[no-untyped-def]
    # "A and B areas of Y district", "A (B) area of Y district": A too lies in Y (a village of the
    # name 300 km away is another place), so the event is not coded there
    dhubab = (12.94, 43.41)
    for text in ("Warplanes hit the Umari and Zaydi areas of Dhubab district on Friday.",
                 "Warplanes hit the Umari (Omari) area of Dhubab district on Friday."):  # fmt: skip
        got = _resolved(text)
        assert "Umari" not in got or distance_km((got["Umari"].lat, got["Umari"].lon), dhubab) < 45
        p = _place(text)
        assert p.lat is None or distance_km((p.lat, p.lon), dhubab) < 45


def test_dh_and_th_spell_one_letter(gaz) -> None:  # type: ignore[no-untyped-def]
    # Arabic dhal written "th" ("Thubab") or "dh" (the index's "Dhubab"): the district, not a village named alike
    p = _resolved("Warplanes bombed a bridge in Thubab district on Friday.")["Thubab"]
    assert (p.name, p.country, p.precision) == ("Dhubab", "Yemen", "admin1")


def test_a_district_named_before_its_province_town(gaz) -> None:  # type: ignore[no-untyped-def]
    # "X district, of Y", "X directorate, east of the capital Y": the district, not the town naming its
    # province (events/district_of.district_before)
    p = _place("Gunmen shelled army posts in Maqbanah district, of Taiz, on Friday.")
    assert p.name == "Maqbanah"  # (its town or its district), not Taiz
    p = _place("Jets struck rebel positions in Arhab directorate, north of the capital Sanaa, on Friday.")
    assert (p.name, p.precision) == ("Arhab", "admin1")


def test_a_district_named_in_the_province_of_the_sentence(gaz) -> None:  # type: ignore[no-untyped-def]
    # "In Y province, ... in X district": the district, not the province (events/province_district.py)
    p = _place("In Saada province, jets killed five people in a raid on a farm in Razeh district on Friday.")
    assert distance_km((p.lat, p.lon), RAZIH_DISTRICT) < 25
    p = _place("In Marib province, a rocket fired by the rebels killed two soldiers in Nehm district on Friday.")
    assert (p.name, p.precision) == ("Nihm", "admin1")


def test_a_town_abroad_with_no_evidence_does_not_hide_the_district(gaz) -> None:  # type: ignore[no-untyped-def]
    # "X district" spelt as a town of a country outside the focus countries that nothing in the report
    # points to: the district of the focus countries spelt alike (places/districts.district_readings)
    p = _resolved("Two air strikes hit a farm in the Wadi Nur area of Manbah district on Friday.")["Manbah"]
    assert (p.name, p.country, p.precision) == ("Monabbih", "Yemen", "admin1")
