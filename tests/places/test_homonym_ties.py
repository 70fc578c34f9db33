"""Homonyms the ranker scores alike (places/homonyms.py) and readings a name has only as a
town abroad that the text rules out: "the village X" is no city of 100,000 people nor a province
(places/located.py keep_towns), "X, Y district" no small town abroad that X also names
(keep_located). Made-up sentences; the places are real towns and villages of the packaged data."""

from __future__ import annotations

import pytest

from frontlog.places.gazetteer import GazEntry
from frontlog.places.homonyms import best_reading
from frontlog.places.resolve import resolve_places
from tests.events.test_event_place import _place
from tests.places.test_home_sounding import _found


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    from frontlog.nlp import load_nlp

    return load_nlp()


def _pick(scored: list[tuple[GazEntry, float]]) -> GazEntry:
    return best_reading(scored, lambda x: x[0], lambda x: x[1])[0]


def test_of_two_villages_of_one_name_scored_alike_the_older_record() -> None:
    later = GazEntry(7_000_001, "Dar Kalam", 33.0, 44.0, "IQ", "A", 0, "city")
    older = GazEntry(90_001, "Dar Kalam", 34.0, 45.0, "IQ", "B", 0, "city")
    assert _pick([(later, 4.0), (older, 4.0)]) is older
    # a better score or a larger population still decides first
    assert _pick([(later, 4.5), (older, 4.0)]) is later
    bigger = GazEntry(7_000_002, "Dar Kalam", 35.0, 45.0, "IQ", "C", 500, "city")
    assert _pick([(older, 4.0), (bigger, 4.0)]) is bigger
    # a record with no id comes after one with an id
    no_id = GazEntry(None, "Dar Kalam", 35.0, 46.0, "IQ", "D", 0, "city")
    assert _pick([(no_id, 4.0), (later, 4.0)]) is later
    # a district and a village of one name are no twins: the first best reading (the district the
    # text names) keeps the place, though the village has a GeoNames id and the district none
    district = GazEntry(None, "Dar Kalam", 35.0, 46.0, "IQ", "D", 0, "admin2")
    assert _pick([(district, 4.0), (later, 4.0)]) is district


def test_a_tie_between_other_names_keeps_the_order_of_the_match() -> None:
    # the readings come best match first (exact key before transliteration and loose keys): a
    # tie between two different names is not the ids' to decide
    exact = GazEntry(7_000_001, "Dar Kalam", 33.0, 44.0, "IQ", "A", 0, "city")
    alike = GazEntry(90_001, "Dar Kalama", 34.0, 45.0, "IQ", "B", 0, "city")
    assert _pick([(exact, 4.0), (alike, 4.0)]) is exact
    abroad = GazEntry(90_002, "Dar Kalam", 34.0, 45.0, "IR", "B", 0, "city")
    assert _pick([(exact, 4.0), (abroad, 4.0)]) is exact


def test_the_town_north_of_baghdad_not_its_namesake_in_diyala(nlp, gaz) -> None:  # type: ignore[no-untyped-def]
    # the index has two At Taji in Iraq, neither with a population; the Baghdad one (GeoNames
    # 98414) is GeoNames' original record, the Diyala one a later addition
    got = {
        m.text: m
        for m in resolve_places(nlp("A car bomb went off near a bus station in Taji on Thursday."), gaz)
    }
    assert got["Taji"].cc == "IQ" and got["Taji"].place.geonameid == 98414


def test_the_village_x_is_no_city_abroad(nlp, gaz) -> None:  # type: ignore[no-untyped-def]
    # "Khamil" is also a name of Hami, a Chinese city of 246,000 people: no village
    got = _found(nlp, gaz, "Gunmen set fire to a farm on the edge of the village Khamil on Friday.")
    assert got.get("Khamil", ("", ""))[0] != "CN"


def test_the_villages_of_x_are_no_province(nlp, gaz) -> None:  # type: ignore[no-untyped-def]
    got = _found(nlp, gaz, "Militants stormed the villages of Kanus and Hajjaj before dawn on Monday.")
    assert got.get("Kanus", ("", ""))[0] != "US"


def test_a_village_of_a_district_is_coded_at_the_district_town() -> None:
    # "Khamil, Mandali district": no Chinese city, the event at Mandali
    place = _place(
        "A roadside bomb hit an army patrol on the outskirts of the village Khamil, Mandali district, on Monday."
    )
    assert place.country == "Iraq" and place.name == "Mandalī"
    # "Wardi" is also a name of Fardis, a small Iranian town: not a reading near Madain
    place = _place("Gunmen shot dead a shopkeeper in the area of Wardi, Madain district, on Friday.")
    assert place.country == "Iraq" and place.name == "Al-Mada'in"


def test_the_area_of_a_focus_village_in_a_report_naming_no_country(nlp, gaz) -> None:  # type: ignore[no-untyped-def]
    # GeoNames also gives "Nada" to a Chinese city of 256,000 people; the report names no country
    # and calls Nada an area: the Iraqi village (places/focus.py prefer_focus)
    got = _found(nlp, gaz, "A bomb hidden in a cart wounded two farmers in the Nada area on Sunday.")
    assert got.get("Nada") == ("IQ", "An Nada")
    # a report that names the country keeps the city
    got = _found(nlp, gaz, "A bomb wounded two farmers in the Nada area of Hainan, China on Sunday.")
    assert got.get("Nada", ("", ""))[0] == "CN"
