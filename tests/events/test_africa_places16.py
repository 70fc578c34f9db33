"""Places of Africa and Kenya (session 16, geoafr; issue 15). Made-up one-sentence articles."""

from __future__ import annotations

import pytest

from frontlog.places.bare_towns import lone_country_towns
from frontlog.places.gazetteer import load_gazetteer
from tests.events.test_event_place import _place


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a report that names no country: a name after "in" that is a town of one country only,
        # though the tagger reads it as a person's or an organisation's
        ("Jobless graduates staged a sit-in in Redeyef on Monday to demand work.", "Ar Rudayyif", "Tunisia"),
        ("Protests over water cuts continued for a third day in Jozini.", "Jozini", "South Africa"),
        ("Police beat and detained a radio reporter in Usengi.", "Usenge", "Kenya"),
    ],
)  # fmt: skip
def test_a_town_after_a_place_word_in_a_report_that_names_no_country(
    text: str, name: str, country: str
) -> None:
    p = _place(text)
    assert (p.name, p.country) == (name, country)


def test_only_names_of_one_country_s_towns() -> None:
    gaz = load_gazetteer()
    assert {e.cc for e in lone_country_towns(gaz, "Redeyef")} == {"TN"}
    assert lone_country_towns(gaz, "Ali") == []  # towns of many countries: maybe a person's name
    assert lone_country_towns(gaz, "Twitter") == []
    assert lone_country_towns(gaz, "Kenya") == []  # a country, not a town


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a name the tagger calls a place that the core does not spell (only towns spelt like it),
        # in a report that names no country: a town or district of the index's one country
        ("Three men were found dead in Kisauni on the morning of 12/03.", "Kisauni", "Kenya"),
        ("Rioters in Tumaini, Bomorenda, burnt a tractor after the results.", "Bomorenda", "Kenya"),
        ("Five are killed in clashes in Eleme LGA on 02/02.", "Eleme", "Nigeria"),
    ],
)  # fmt: skip
def test_a_tagged_name_of_one_country_s_index_towns_in_a_report_that_names_no_country(
    text: str, name: str, country: str
) -> None:
    p = _place(text)
    assert (p.name, p.country) == (name, country)


def test_trans_is_no_lost_apostrophe_possessive() -> None:
    # "Trans Mara" is one name (a Kenyan district), not "Tran's Mara" (Mara, a region of Tanzania)
    from frontlog.nlp import load_nlp

    doc = load_nlp()("Armed men burnt six huts in Trans Mara on Monday.")
    assert [s.text for s in doc.spans["places"]] == ["Trans Mara"]
    p = _place("Armed men burnt six huts in Trans Mara on Monday.")
    assert p.country == "Kenya"


@pytest.mark.parametrize(
    ("text", "town", "country"),
    [
        # a report that names no town: the building or institution named after one is at that town
        ("Lecturers of the University of Lagos protested over unpaid salaries.", "Lagos", "Nigeria"),
        ("Machakos University students protested over high fees on Tuesday.", "Machakos", "Kenya"),
        ("Students and staff from the University of Koudougou marched to demand new classrooms.", "Koudougou",
         "Burkina Faso"),
    ],
)  # fmt: skip
def test_an_institution_named_after_a_town_in_a_report_that_names_no_town(
    text: str, town: str, country: str
) -> None:
    p = _place(text)
    assert (p.name, p.country, p.precision) == (town, country, "city")


def test_an_institution_named_with_a_country_s_name_is_no_town_s() -> None:
    # "Kenya" of "Kenya Medical Training College" is the country, not a village of Mali named so
    p = _place("Police fired teargas at students of Kenya Medical Training College who were protesting.")
    assert p.country != "Mali"
