"""Compass words glued to a place, lists after a plural place noun (places/entity_parts.py).
Made-up sentences."""

from __future__ import annotations

from frontlog.nlp import load_nlp
from frontlog.places.entity_parts import compass_words


def _spans(text: str) -> list[tuple[str, str]]:
    doc = load_nlp()(text)
    return [(s.text, s.label_) for s in doc.spans["places"]]


def test_compass_words_are_lower_case() -> None:
    words = compass_words()
    assert {"southern", "north-east", "central"} <= words
    assert all(w == w.lower() for w in words)


def test_list_after_plural_place_noun() -> None:
    spans = [t for t, _ in _spans("Fighting spread to the villages of Dehiba, Remada and Tataouine on Sunday.")]
    assert {"Dehiba", "Remada", "Tataouine"} <= set(spans)


def test_list_stops_at_a_common_word() -> None:
    spans = [t for t, _ in _spans("Residents of the towns of Dehiba and Remada Saw the convoy pass.")]
    assert "Saw" not in spans


def test_country_after_a_compass_word_in_a_persons_name() -> None:
    """The tagger reads "Southern Tunisia" / "Northern Mali" as a person: the country is a place."""
    assert ("Tunisia", "GPE") in _spans("Southern Tunisia was hit by strikes of dock workers on Monday.")
    assert ("Mali", "GPE") in _spans("Northern Mali was calm on Sunday.")
