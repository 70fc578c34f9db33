"""A name the text calls a district is the district, and a place said to lie in a district lies
there (issue 15, made-up sentences)."""

from __future__ import annotations

from frontlog.extract import extract_all
from frontlog.nlp import load_nlp
from frontlog.places.gazetteer import distance_km, load_gazetteer
from frontlog.places.resolve import resolve_places
from frontlog.records import Article, Place


def _place(text: str) -> Place:
    art = Article(doc_id="t", file="t.txt", text=text, title=None, published="2018-03-05", outlet=None,
                  dateline=None)  # fmt: skip
    events, _ = extract_all([art])
    assert events, f"no event in {text!r}"
    return events[0].location


def _resolved(text: str) -> dict[str, Place]:
    doc = load_nlp()(text)
    return {m.text: m.place for m in resolve_places(doc, load_gazetteer())}


# the point of Yemen's Haydan district (Sa'dah); the villages called Haydan lie in Ta'izz, Ibb...
HAYDAN = (16.72, 43.43)


def test_a_name_called_a_district_is_the_district_not_a_village_of_that_name() -> None:
    p = _resolved("Houthi fighters shelled positions in Haidan district on Sunday.")["Haidan"]
    assert (p.country, p.precision) == ("Yemen", "admin1")
    assert distance_km((p.lat, p.lon), HAYDAN) < 15


def test_a_district_spelt_otherwise_and_the_district_of_x() -> None:
    # "Ghamer" is Ghamr district (each word spelt alike), "the district of Shada" Shada'a
    p = _resolved("Houthi fighters shelled positions in Ghamer district on Sunday.")["Ghamer"]
    assert (p.name, p.precision) == ("Ghamr", "admin1")
    p = _resolved("Houthi fighters shelled positions in the border district of Shada on Sunday.")["Shada"]
    assert (p.name, p.country) == ("Shada'a", "Yemen")


def test_a_place_in_a_district_lies_there() -> None:
    # Al Ma'ran is a village of Ibb, 300 km away: the "Maran area of Haidan district" is a place the
    # gazetteer lacks, and its event is coded at the district
    p = _place("Houthi fighters shelled the Maran area of Haidan district on Sunday, killing two civilians.")
    assert p.country == "Yemen"
    assert distance_km((p.lat, p.lon), HAYDAN) < 25


def test_a_district_the_index_lacks_keeps_the_name_readings() -> None:
    # no district of that name anywhere in the index: the town's readings stay
    got = _resolved("Police patrolled the streets of Kupwara district on Sunday.")
    assert got["Kupwara"].country == "India"


def test_a_part_of_a_town_lies_in_the_town() -> None:
    # Milan is a city of a million people, but "the Milano area of Malindi" is a part of the
    # Kenyan town; the event is coded at the town
    p = _place("Residents of the Milano area of Malindi town staged a protest over land on Friday.")
    assert (p.name, p.country) == ("Malindi", "Kenya")
    # a part of a town that lies there keeps its reading
    got = _resolved("Police raided the Kadhimiya area of Baghdad on Friday.")
    assert got["Kadhimiya"].country == "Iraq"
    assert distance_km((got["Kadhimiya"].lat, got["Kadhimiya"].lon), (got["Baghdad"].lat, got["Baghdad"].lon)) < 40


def test_a_part_of_a_town_whose_point_lies_far_keeps_its_namesake_in_the_same_state() -> None:
    # the gazetteer's only Crown Heights is a namesake 110 km up the Hudson, in the same state as
    # Brooklyn: it is kept (not dropped as a homonym abroad)
    got = _resolved("Two men were arrested in the Crown Heights neighborhood of Brooklyn on Tuesday.")
    assert "Crown Heights" in got and got["Crown Heights"].country == "United States"
