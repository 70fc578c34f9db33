"""Readings decided by the rest of the article (places/discourse.py, readings._named_county) and
seas counted as places of some size (settings [places] sea_pop). Made-up sentences."""

from __future__ import annotations

from typing import Any


def _resolve_all(text: str, phrases: list[str]) -> list[Any]:
    """Every given phrase (each occurrence, in order) as a gold span, resolved."""
    import re

    import spacy

    from frontlog.eval.geoparse import doc_with_spans
    from frontlog.places.gazetteer import load_gazetteer
    from frontlog.places.resolve import resolve_places

    spans = sorted({(m.start(), m.end()) for p in phrases for m in re.finditer(rf"(?<!\w){re.escape(p)}(?!\w)", text)})
    doc = doc_with_spans(spacy.blank("en"), text, spans)
    return sorted(resolve_places(doc, load_gazetteer(), all_spans=True), key=lambda m: m.start)


def test_the_gulf_is_the_sea_not_a_small_region_of_the_same_name() -> None:
    got = _resolve_all("Qatar and its neighbours in the Gulf signed the pact.", ["Qatar", "Gulf"])
    assert got[1].place.name == "Persian Gulf" and got[1].place.precision == "country"
    # a sea never outweighs a large town that bears one of its other names
    got = _resolve_all("Flights from Atlanta were cancelled on Monday.", ["Atlanta"])
    assert got[0].place.name == "Atlanta" and got[0].cc == "US"


def test_a_bare_name_the_article_also_writes_as_a_county_is_the_county() -> None:
    text = "Suffolk County detectives searched the marsh, the Suffolk Times reported."
    got = _resolve_all(text, ["Suffolk County", "Suffolk"])
    assert [m.text for m in got] == ["Suffolk County", "Suffolk"]
    assert got[1].place.geonameid == got[0].place.geonameid  # not Suffolk, Virginia
    assert got[1].place.name == "Suffolk County"
    # without the county in the text, the town
    got = _resolve_all("Detectives searched a marsh near Suffolk, the Times reported.", ["Suffolk"])
    assert got[0].place.name == "Suffolk"


def test_a_bare_name_stays_the_town_when_the_county_lies_in_the_towns_state() -> None:
    text = "Lancaster County farmers sold hay in Lancaster, Pennsylvania, on Friday."
    got = _resolve_all(text, ["Lancaster County", "Lancaster"])
    bare = next(m for m in got if m.text == "Lancaster")
    assert bare.place.precision == "city" and "rule: the article names it 'X County'" not in bare.features


def test_a_county_many_states_bear_is_the_one_near_the_articles_towns() -> None:
    text = "The Montgomery County fair in Red Oak draws buyers from Chicago and Omaha, Iowa officials said."
    got = {m.text: m for m in _resolve_all(text, ["Montgomery County", "Red Oak", "Chicago", "Omaha", "Iowa"])}
    assert got["Red Oak"].place.admin1 == "Iowa"
    assert got["Montgomery County"].place.admin1 == "Iowa"  # not Maryland's county of a million people
    assert "rule: the county near the article's towns" in got["Montgomery County"].features
    got = {m.text: m for m in _resolve_all("The Montgomery County fair opens in June.", ["Montgomery County"])}
    assert "rule: the county near the article's towns" not in got["Montgomery County"].features


def test_a_name_read_as_a_region_by_its_neighbours_is_the_region_in_the_whole_article() -> None:
    text = "Crews from Oregon, Idaho and Washington fought the fires. Washington sent 40 more engines."
    got = [m for m in _resolve_all(text, ["Oregon", "Idaho", "Washington"]) if m.text == "Washington"]
    assert len(got) == 2
    assert all(m.place.precision == "admin1" and m.place.name == "Washington" for m in got)
    # the region qualifies a town of the article ("OLYMPIA, Wash."): the bare name is the state too
    text = "OLYMPIA, Wash. - The rescue team trains at home in Washington and flies to Guam."
    got = {m.text: m for m in _resolve_all(text, ["OLYMPIA", "Wash.", "Washington", "Guam"])}
    assert got["Wash."].place.precision == "admin1"
    assert got["Washington"].place.precision == "admin1" and got["Washington"].place.name == "Washington"
    # no region reading elsewhere: the capital
    got = _resolve_all("Crews fought the fires. Washington sent 40 more engines.", ["Washington"])
    assert got[0].place.precision == "city"
