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


def test_a_region_named_after_its_million_city_is_the_city_unless_a_word_says_the_region() -> None:
    got = _resolve_spans("She grew up in New York and moved to Lyon in France.", ["New York", "Lyon", "France"])
    assert got["New York"][0] == "New York City" and got["New York"][3] == "city"
    got = _resolve_spans("Lawmakers in upstate New York voted on the bill.", ["New York"])
    assert got["New York"][3] == "admin1"
    got = _resolve_spans("Troopers closed the road at the New York border on Monday.", ["New York"])
    assert got["New York"][3] == "admin1"
    got = _resolve_spans("New York's attorney general sued the bank.", ["New York"])
    assert got["New York"][3] == "admin1"
    got = _resolve_spans("The senator flew to Washington to testify before Congress.", ["Washington"])
    assert got["Washington"][2:] == ("US", "city")  # the capital, not the state
    got = _resolve_spans("Cadillac showed the car at the New York Auto Show.", ["New York Auto Show"])
    assert got["New York Auto Show"][0] == "New York City"


def test_a_name_listed_with_regions_is_a_region_and_a_region_after_a_town_qualifies_it() -> None:
    got = _resolve_spans("Delegates came from Missouri, New York, North Carolina and Virginia.",
                         ["Missouri", "New York", "North Carolina", "Virginia"])  # fmt: skip
    assert got["New York"][3] == "admin1"
    got = _resolve_spans("Fires burned in Oregon, Idaho and Washington this week.", ["Oregon", "Idaho", "Washington"])
    assert got["Washington"][0] == "Washington" and got["Washington"][3] == "admin1"
    got = _resolve_spans("The team flew home to Buffalo, New York, on Monday.", ["Buffalo", "New York"])
    assert got["New York"][3] == "admin1"
    # a town in the list says nothing: the state stays the state
    got = _resolve_spans("He has lived in Atlanta and Florida, police said.", ["Atlanta", "Florida"])
    assert got["Florida"][3] == "admin1"


def test_county_abbreviation_short_town_names_and_places_inside_names() -> None:
    got = _resolve_spans("Deputies in Platte Co. found the stolen truck.", ["Platte Co."])
    assert got["Platte Co."][0].endswith("County")
    got = _resolve_spans("Fans of Burton cheered in Staffordshire, England.", ["Burton", "England"])
    assert got["Burton"][0] == "Burton upon Trent"
    got = _resolve_spans("The US Federal Reserve raised its rate.", ["US Federal Reserve"])
    assert got["US Federal Reserve"][2:] == ("US", "country")
    got = _resolve_spans("She spoke to the Manitoba Chambers of Commerce.", ["Manitoba Chambers of Commerce"])
    assert got["Manitoba Chambers of Commerce"][0] == "Manitoba"
    got = _resolve_spans("He studied at Robinson College Cambridge.", ["Robinson College Cambridge"])
    assert got["Robinson College Cambridge"][0] == "Cambridge"  # the larger place, not Robinson, Texas


def test_a_town_before_governorate_names_its_region_and_small_towns_named_after_a_state_yield() -> None:
    got = _resolve_spans("Troops patrolled Kasserine governorate in Tunisia.", ["Kasserine", "Tunisia"])
    assert got["Kasserine"][2:] == ("TN", "admin1")
    got = _resolve_spans("A federal judge in Wyoming halted the rule.", ["Wyoming"])
    assert got["Wyoming"][3] == "admin1"  # the state, not the town of Wyoming, Michigan
    got = _resolve_spans("The plant in Wyoming, Michigan, closed.", ["Wyoming", "Michigan"])
    assert got["Wyoming"][3] == "city"
