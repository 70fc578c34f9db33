"""Homonyms abroad in running text (issue 15, made-up sentences): the article's own country, the
territory linked to it, a big city abroad that the text calls a small place, a loose spelling of a
country's name, and an article that names no country at all."""

from __future__ import annotations

import spacy

from frontlog.eval.geoparse import doc_with_spans
from frontlog.extract import extract_all
from frontlog.nlp import load_nlp
from frontlog.places.gazetteer import load_gazetteer
from frontlog.places.resolve import resolve_places
from frontlog.records import Article, Place


def _resolve(text: str) -> dict[str, tuple[str, str, str]]:
    doc = load_nlp()(text)
    return {m.text: (m.place.name, m.cc, m.place.precision) for m in resolve_places(doc, load_gazetteer())}


def _place(text: str) -> Place:
    art = Article(doc_id="t", file="t.txt", text=text, title=None, published="2019-03-05", outlet=None,
                  dateline=None)  # fmt: skip
    events, _ = extract_all([art])
    assert events, f"no event in {text!r}"
    return events[0].location


def test_a_village_abroad_loses_to_the_country_the_article_names() -> None:
    # Al Hazm is a Yemeni town the index holds; "district" admits a village of any country, but
    # Helmand says the article is about Afghanistan: no Yemeni town for it
    got = _resolve(
        "Taliban fighters attacked a checkpoint in Al Hazm district of Helmand province on Monday."
    )
    assert "Al Hazm" not in got and got["Helmand"][1] == "AF"
    got = _resolve("Houthi fighters attacked a checkpoint in Al Hazm district on Monday.")
    assert got["Al Hazm"][1] == "YE"


def test_a_demonym_is_no_place_of_the_article() -> None:
    # "Turkish helicopters" does not make Afrin a town abroad
    assert (
        _resolve("Turkish helicopters carried out raids across the Afrin district on Friday.")["Afrin"][1]
        == "SY"
    )


def test_a_big_city_abroad_called_a_small_place_loses_to_a_village_at_home() -> None:
    # Hyderabad (Pakistan) has two million people, but "the Haidarabad area" in a story about
    # Helmand is the Afghan village
    p = _place("Police said two children were wounded when a mortar shell hit the Haidarabad area in "
               "Helmand province on Sunday.")  # fmt: skip
    assert (p.name, p.country) == ("Haidarabad", "Afghanistan")


def test_the_territory_linked_to_the_article_country() -> None:
    # GeoNames spells the West Bank city Janīn ("Jenin" is also a Polish hamlet's own name)
    p = _place("Israeli troops arrested three men during a raid in Jenin on Tuesday.")
    assert (p.name, p.country) == ("Janīn", "Palestinian Territory")


def test_a_region_by_its_short_name() -> None:
    p = _place("Saudi air defences intercepted a drone over Asir on Monday.")
    assert (p.name, p.country, p.precision) == ("'Asir Region", "Saudi Arabia", "admin1")


def test_no_country_at_all_keeps_a_town_of_the_focus_countries() -> None:
    # nothing says which country: a town of the countries frontlog is set up for is kept ...
    p = _place("Coalition jets struck a fuel depot in Harad on Friday.")
    assert p.country == "Yemen"
    # ... and a small town elsewhere still needs a reason (Bondo: Kenya, Congo, Italy)
    assert "Bondo" not in _resolve("Police fired tear gas at traders in Bondo on Friday.")


def test_a_loose_spelling_of_a_country_is_no_country() -> None:
    text = "Gunmen attacked a market in Mongalu on Monday."
    start = text.index("Mongalu")
    doc = doc_with_spans(spacy.blank("en"), text, [(start, start + len("Mongalu"))])
    gaz = load_gazetteer()
    # a benchmark's given span may still be read as the country it is spelt like ...
    given = resolve_places(doc, gaz, all_spans=True)
    assert [m.place.precision for m in given] == ["country"]
    # ... but in running text a name spelt like a country is another place the gazetteer lacks
    doc = doc_with_spans(spacy.blank("en"), text, [(start, start + len("Mongalu"))])
    assert resolve_places(doc, gaz) == []
