"""A place name glued to its neighbours where a page lost the spaces around a link is looked up by
its words ("inGazaCity" -> "Gaza City": places/glued.py), and a division word glued after a name
is split off ("inJubandistrict": nlp/data/glue.yaml name_tails). Made-up sentences."""

from __future__ import annotations

from frontlog.nlp import load_nlp
from frontlog.places.glued import spaced
from tests.events.test_event_place import _place


def test_a_glued_name_is_looked_up_by_its_words() -> None:
    p = _place("Hundreds of people marched inGazaCity on Friday against the blockade.")
    assert (p.name, p.country) == ("Gaza", "Palestinian Territory")


def test_a_glued_region_is_read_too() -> None:
    p = _place("Israeli tanks shelled a farm intheGazaStrip on Friday.")
    assert p.country == "Palestinian Territory"


def test_a_division_word_glued_after_a_name_is_split_off() -> None:
    doc = load_nlp()("Gunmen shot dead two soldiers inJubandistrict on Friday.")
    assert "Juban" in [s.text for s in doc.spans.get("places", [])]
    assert "district" in [t.text for t in doc]


def test_a_name_with_its_spaces_or_hyphens_is_unchanged() -> None:
    doc = load_nlp()("Shells fell on al-Bab and Kafr Nabl on Friday.")
    spans = doc.spans.get("places", [])
    assert spans and [spaced(s) for s in spans] == [s.text for s in spans]
