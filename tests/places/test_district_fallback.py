"""A village no gazetteer places in the district its sentence names is coded at that district, its
name kept as the detail, not at a namesake elsewhere (places/district_fallback.py). Made-up
sentences."""

from __future__ import annotations

from frontlog.nlp import load_nlp
from frontlog.places.gazetteer import load_gazetteer
from frontlog.places.resolve import resolve_places
from tests.events.test_event_place import _place


def _read(text: str, *, all_spans: bool = False) -> dict[str, tuple[str, str | None]]:
    doc = load_nlp()(text)
    return {
        p.text: (p.place.name, p.place.detail)
        for p in resolve_places(doc, load_gazetteer(), all_spans=all_spans)
    }


def test_a_village_of_the_district_the_next_sentence_names_is_coded_there() -> None:
    p = _place("Jets struck Baran and Hamar on Monday. Both villages lie in Nihm district.")
    assert (p.name, p.country, p.detail) == ("Nihm", "Yemen", "Baran")


def test_a_village_beside_a_district_in_its_sentence_is_coded_there_and_a_city_stays() -> None:
    found = _read("Coalition jets struck a farm in Baran and a house in Sanaa city, Nihm district on Monday.")
    assert found["Baran"] == ("Nihm", "Baran")
    assert found["Sanaa city"][0] == "Sanaa"


def test_a_large_town_beside_a_district_is_itself() -> None:
    assert _read("Clashes erupted in Nihm district and in Sanaa on Monday.")["Sanaa"][0] == "Sanaa"


def test_gold_spans_of_a_benchmark_are_not_moved() -> None:
    found = _read(
        "Jets struck Baran and Hamar on Monday. Both villages lie in Nihm district.", all_spans=True
    )
    assert found["Baran"][0] != "Nihm"


def test_a_town_of_the_districts_country_keeps_its_reading_beside_the_next_sentences_district() -> None:
    found = _read(
        "Troops clashed with insurgents west of Mocimboa da Praia on Thursday. "
        "Insurgents beheaded two men in Macomia district on Wednesday."
    )
    assert found["Mocimboa da Praia"][0].startswith("Moc")
