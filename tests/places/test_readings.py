"""A mention's readings before the ranker: demonyms, other names of countries, region words."""

from __future__ import annotations

from tests.places.test_gazetteer import _resolve_spans


def test_demonyms_of_small_countries_and_of_us_states_without_an_abbreviation() -> None:
    text = "Maltese divers and a Serb engineer joined Ohioans and Sinhalese monks at the fair."
    got = _resolve_spans(text, ["Maltese", "Serb", "Ohioans", "Sinhalese"])
    assert got["Maltese"][2:] == ("MT", "country")
    assert got["Serb"][2:] == ("RS", "country")
    assert got["Ohioans"][0] == "Ohio" and got["Ohioans"][3] == "admin1"
    assert got["Sinhalese"][2] == "LK"


def test_old_and_short_names_of_countries_and_regions() -> None:
    text = "Pilots from the Soviet Union flew to Korea; Latin America watched the Middle East."
    got = _resolve_spans(text, ["Soviet Union", "Korea", "Latin America", "Middle East"])
    assert got["Soviet Union"][2:] == ("RU", "country")
    assert got["Korea"][2:] == ("KR", "country")
    assert got["Latin America"][1] == 6255150  # South America
    assert got["Middle East"][1] == 6269133  # the region, not a hamlet called so


def test_a_region_word_chooses_the_region_of_the_same_name() -> None:
    got = _resolve_spans("Farmers in Iran's Kermanshah province lost their crops.", ["Iran", "Kermanshah"])
    assert got["Kermanshah"][2:] == ("IR", "admin1")
    got = _resolve_spans("Farmers near Kermanshah lost their crops.", ["Kermanshah"])
    assert got["Kermanshah"][2:] == ("IR", "city")
    # the word chooses between a town and its region, not between countries
    got = _resolve_spans("Jobs grew in the Charlotte region of North Carolina.", ["Charlotte", "North Carolina"])
    assert got["Charlotte"][2:] == ("US", "city")


def test_an_abbreviation_spells_a_country_or_region_of_the_articles_countries() -> None:
    text = "South Africans own the mines, and SA exports platinum; Perth says WA is dry."
    got = _resolve_spans(text, ["South Africans", "SA", "Perth", "WA"])
    assert got["SA"][2:] == ("ZA", "country")
    assert got["WA"][0] == "Western Australia" and got["WA"][3] == "admin1"
    got = _resolve_spans("Deputies in Horry County, SC, found the dog.", ["Horry County", "SC"])
    assert got["SC"][0] == "South Carolina"
    from frontlog.places.gazetteer import load_gazetteer
    from frontlog.places.readings import _initials

    assert not _initials("IS", load_gazetteer())  # one word's letters are no initials ("Is-Siġġiewi")


def test_a_regions_governor_names_the_region() -> None:
    got = _resolve_spans("The Kermanshah governor visited farms in Iran.", ["Kermanshah", "Iran"])
    assert got["Kermanshah"][2:] == ("IR", "admin1")
    got = _resolve_spans("The governor of Kermanshah visited farms in Iran.", ["Kermanshah", "Iran"])
    assert got["Kermanshah"][2:] == ("IR", "admin1")


def test_a_datelines_first_place_is_a_town() -> None:
    import spacy

    from frontlog.eval.geoparse import _dateline_end, doc_with_spans
    from frontlog.places.gazetteer import load_gazetteer
    from frontlog.places.resolve import resolve_places

    text = "WASHINGTON (AP) - Senators from Oregon voted on the farm bill on Tuesday."
    head = _dateline_end(text)
    assert 0 < head <= text.index("Senators")
    doc = doc_with_spans(spacy.blank("en"), text, [(0, 10), (text.index("Oregon"), text.index("Oregon") + 6)])
    got = {m.text: m for m in resolve_places(doc, load_gazetteer(), all_spans=True, dateline_end=head)}
    assert got["WASHINGTON"].place.geonameid == 4140963  # the capital, not the state
    assert "rule: a dateline names a town" in got["WASHINGTON"].features
    assert _dateline_end("Senators voted on the farm bill in Washington.") == 0
