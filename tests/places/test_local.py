"""Villages of the on-disk index are readings only where the article gives reason for them
(made-up sentences; the places are real villages of the packaged WOF data)."""

from __future__ import annotations

import pytest
import spacy

from frontlog.eval.geoparse import doc_with_spans
from frontlog.places.gazetteer import load_gazetteer
from frontlog.places.resolve import resolve_places


@pytest.fixture(scope="module")
def gaz():  # type: ignore[no-untyped-def]
    g = load_gazetteer()
    if g.index() is None:
        pytest.skip("no place index")
    return g


def _resolve(gaz, text: str, *names: str) -> dict[str, tuple[str, str]]:  # type: ignore[no-untyped-def]
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    doc = doc_with_spans(spacy.blank("en"), text, spans)
    return {m.text: (m.cc, m.place.name) for m in resolve_places(doc, gaz, all_spans=True)}


def test_village_needs_its_country_in_the_article(gaz) -> None:  # type: ignore[no-untyped-def]
    got = _resolve(gaz, "Officials in Ohio said Hawarin was quiet.", "Ohio", "Hawarin")
    assert got.get("Hawarin", ("",))[0] != "SY"  # (a gold span: the ranker still answers something)
    got = _resolve(gaz, "Officials in Homs said Hawarin was quiet.", "Homs", "Hawarin")
    assert got["Hawarin"][0] == "SY"


def test_cue_is_evidence_enough(gaz) -> None:  # type: ignore[no-untyped-def]
    got = _resolve(gaz, "Officials in Ohio spoke of the village of Hawarin.", "Ohio", "Hawarin")
    assert got["Hawarin"][0] == "SY"


def test_homonym_abroad_loses_to_a_village_at_home(gaz) -> None:  # type: ignore[no-untyped-def]
    text = "Troops from Homs and Palmyra shelled Arak."
    assert _resolve(gaz, text, "Homs", "Palmyra", "Arak")["Arak"][0] == "SY"
    text = "Officials from Tehran and Qom visited Arak."  # the article says Iran: Iran's Arak
    assert _resolve(gaz, text, "Tehran", "Qom", "Arak")["Arak"][0] == "IR"


def test_scan_finds_a_village_the_tagger_misses_only_in_context() -> None:
    from frontlog.nlp import load_nlp
    from frontlog.places.gazetteer import load_gazetteer

    nlp, gaz = load_nlp(), load_gazetteer()
    if gaz.index() is None:
        pytest.skip("no place index")
    doc = nlp("Syrian government forces shelled Al-Shuhayl on Monday.")
    found = {m.text: m.cc for m in resolve_places(doc, gaz)}
    assert found.get("Al-Shuhayl") == "SY"
    assert "Al-Shuhayl" in {s.text for s in doc.spans["places"]}
    doc = nlp("Ohio police questioned Al-Shuhayl on Monday.")
    assert "Al-Shuhayl" not in {m.text for m in resolve_places(doc, gaz)}
