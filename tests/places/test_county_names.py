"""A name read with the kind word after it ("Yei County", RULE_KIND) is its reading's own name, not
an alternate one: South Sudan's Yei, not Bursa in Turkey, which GeoNames also calls "Yei"
(places/resolve._primary, readings.kind_bare). Made-up sentences."""

from __future__ import annotations

from frontlog.places.readings import kind_bare
from tests.events.test_event_place import _place


def test_the_bare_name() -> None:
    assert kind_bare("Yei County") == "Yei"
    assert kind_bare("Maru LGA") == "Maru"
    assert kind_bare("Enugu State") == "Enugu"
    assert kind_bare("Juba") == "Juba"


def test_a_village_of_a_county_is_coded_at_the_county_town() -> None:
    p = _place("SPLA soldiers killed three civilians in Zorqa village, Yei County on Monday.")
    assert (p.name, p.country) == ("Yei", "South Sudan")
