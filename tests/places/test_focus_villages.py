"""Reports that name no country at all (places/focus.py, places/local.py): a village of the focus
countries named exactly as the text spells it is read, a place word ("the area of X") admits a
village the tagger left alone in the article's own country (or a focus country); Iraq's Nineveh
governorate by its bare name. Made-up sentences; the places are real villages and regions of the
packaged data."""

from __future__ import annotations

import pytest

from tests.places.test_home_sounding import _found


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    from frontlog.nlp import load_nlp

    return load_nlp()


def test_a_village_of_a_focus_country_in_a_report_that_names_no_country(nlp, gaz) -> None:  # type: ignore[no-untyped-def]
    # the index's Jalawlah (Diyala) is named so; nothing in the sentence gives a country
    assert _found(nlp, gaz, "Gunmen killed two shepherds near Jalawla on Tuesday.").get("Jalawla") == (
        "IQ",
        "Jalawlah",
    )


def test_the_focus_village_spelt_exactly_beats_a_loose_homonym(nlp, gaz) -> None:  # type: ignore[no-untyped-def]
    # Iran's Bohrāz matches "Buhriz" only loosely; the Iraqi village bears the name
    got = _found(nlp, gaz, "A roadside bomb went off in Buhriz on Sunday morning.")
    assert got.get("Buhriz") == ("IQ", "Buhriz")


def test_the_area_of_a_village_the_tagger_calls_a_person(nlp, gaz) -> None:  # type: ignore[no-untyped-def]
    got = _found(nlp, gaz, "Two farmers were wounded by a bomb in the area of Jalawla.")
    assert got.get("Jalawla") == ("IQ", "Jalawlah")


def test_in_a_story_about_iraq_the_iraqi_village_of_the_name(nlp, gaz) -> None:  # type: ignore[no-untyped-def]
    # Kirkuk makes the story Iraqi: of the villages named Gaida, the Iraqi one (Nigeria has two)
    got = _found(nlp, gaz, "A bomb exploded in the village of Gaida on Monday, police in Kirkuk said.")
    assert got.get("Gaida", ("", ""))[0] == "IQ"


def test_nineveh_is_the_governorate(nlp, gaz) -> None:  # type: ignore[no-untyped-def]
    # not the American towns that GeoNames also calls Nineveh
    got = _found(nlp, gaz, "Militants attacked an army checkpoint in Nineveh overnight.")
    assert got.get("Nineveh") == ("IQ", "Nineveh Governorate")


def test_a_place_word_admits_villages_by_the_articles_country(gaz) -> None:  # type: ignore[no-untyped-def]
    from types import SimpleNamespace

    from frontlog.places.focus import cue_admits
    from frontlog.places.gazetteer import GazEntry

    mali = GazEntry(1, "Banankoni", 11.0, -6.0, "ML", None, 0, "city")
    iraq = GazEntry(2, "Bunkaynah", 33.9, 44.9, "IQ", None, 0, "city")
    tagged = SimpleNamespace(scanned=False, exact=False)
    # a name the tagger calls a place in a story about Iraq, whose villages the index holds: not
    # a village of Mali; in a story about the United States (no villages in the index) it may be
    assert not cue_admits(tagged, mali, "IQ", gaz) and cue_admits(tagged, iraq, "IQ", gaz)
    assert cue_admits(tagged, mali, "US", gaz) and cue_admits(tagged, mali, None, gaz)
    # a name the core holds exactly keeps to the article's country
    core = SimpleNamespace(scanned=False, exact=True)
    assert not cue_admits(core, iraq, "US", gaz) and cue_admits(core, mali, None, gaz)
    # a name the tagger left alone (the running-text scan): the article's own country's, else a
    # focus country's
    scanned = SimpleNamespace(scanned=True, exact=False)
    assert not cue_admits(scanned, mali, "IQ", gaz) and cue_admits(scanned, iraq, "IQ", gaz)
    assert not cue_admits(scanned, mali, None, gaz) and cue_admits(scanned, iraq, None, gaz)
