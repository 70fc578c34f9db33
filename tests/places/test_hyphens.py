"""A hyphenated place name the tagger cut in two is read whole when the gazetteer knows the whole
name (places/hyphens.py). Made-up sentences."""

from __future__ import annotations

from frontlog.nlp import load_nlp
from frontlog.places.gazetteer import load_gazetteer
from frontlog.places.hyphens import _known, join_cut_names
from tests.events.test_event_place import _place


def _spans(text: str) -> list[str]:
    doc = load_nlp()(text)
    join_cut_names(doc, load_gazetteer())
    return [s.text for s in doc.spans.get("places", [])]


def test_a_district_of_mogadishu_is_not_the_syrian_town_its_first_half_spells() -> None:
    p = _place("Unidentified attackers hurled a hand grenade at a police outpost in Zorqa Junction "
               "(Hawl-Wadaag District) on Monday night.")  # fmt: skip
    assert (p.name, p.country) == ("Hawl Wadaag", "Somalia")


def test_the_span_is_widened_only_over_a_known_whole_name() -> None:
    assert "Hawl-Wadaag" in _spans("A grenade hit a police outpost in Zorqa Junction (Hawl-Wadaag District).")
    gaz = load_gazetteer()
    assert _known("Hawl-Wadaag", gaz)
    assert not _known("Kano-based", gaz) and not _known("Syria-Turkey", gaz)
