"""A place the tagger glued to the region in brackets after it ("Zorqa (Mombasa county" as one
organisation or facility) is two places: the name before the bracket, and the region inside it,
where the event is coded when the name is one no gazetteer has (nlp/components.py). Made-up
sentences."""

from __future__ import annotations

from frontlog.nlp import load_nlp
from tests.events.test_event_place import _place


def test_the_name_before_the_bracket_is_a_place_span_of_its_own() -> None:
    doc = load_nlp()("Police shot dead two suspected robbers at Zorqa (Mombasa county) on Sunday.")
    spans = {s.text: s.label_ for s in doc.spans["places"]}
    assert "Mombasa" in spans and spans["Mombasa"] != "NESTED"
    assert not any("(" in text for text in spans)


def test_an_unknown_village_is_coded_at_the_county_in_brackets() -> None:
    p = _place("Police shot dead two suspected robbers at Zorqa (Mombasa county) on Sunday.")
    assert (p.name, p.country) == ("Mombasa", "Kenya")
