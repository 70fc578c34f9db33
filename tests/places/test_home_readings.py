"""Villages of a war's own country against homonyms abroad, and Arabic names kept whole (issue
15, session 7), on made-up sentences."""

from __future__ import annotations

import pytest

from frontlog.nlp import load_nlp
from frontlog.places.gazetteer import load_gazetteer
from frontlog.places.resolve import resolve_places
from frontlog.records import Place
from tests.events.test_event_place import _place  # the event's place of a one-sentence article


def _resolved(text: str) -> dict[str, Place]:
    doc = load_nlp()(text)
    return {m.text: m.place for m in resolve_places(doc, load_gazetteer())}


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # an Arabic article inside a name does not cut it: the whole name is one place span
        ("Jets bombed Tal al-Khaznah village in southern Idlib on Monday.", "Tal al-Khaznah"),
        ("Rockets fell on Hosh al-Dawahira town on Monday.", "Hosh al-Dawahira"),
        ("Army units shelled the village of Rasm al-Ahmar on Monday.", "Rasm al-Ahmar"),
    ],
)
def test_names_with_an_inner_article_stay_whole(text: str, span: str) -> None:
    doc = load_nlp()(text)
    spans = [s.text for s in doc.spans["places"]]
    assert span in spans
    assert not any(s != span and s in span for s in spans)  # not "Khaznah", not "al-Ahmar"


def test_whole_name_is_the_village_in_the_region_named() -> None:
    p = _place("Jets bombed Tal al-Khaznah village in southern Idlib on Monday.")
    assert (p.country, p.admin1, p.precision) == ("Syria", "Idlib Governorate", "city")
    assert "Khizanah" in p.name or "Khaznah" in p.name


def test_a_village_is_no_city_of_a_million() -> None:
    # "the village of Sarja" is not Sharjah (1.8 million people) but the Syrian village
    p = _place("Regime helicopters dropped barrel bombs on the village of Sarja on Monday.")
    assert p.country == "Syria"
    # "Sarja" alone (no cue) may still be read by the ranker: only the cue says "small place"
    assert _resolved("Sarja village was shelled on Monday.").get("Sarja", p).country != "United Arab Emirates"


def test_town_at_home_spelt_otherwise_beats_a_homonym_abroad() -> None:
    # "Beit Sawa" is spelt Bayt Siwa in the gazetteer; its words alone name towns in India and
    # Poland: in a story of the Syrian regime, the Syrian village
    p = _place("Regime forces shelled the town of Beit Sawa on Monday.")
    assert (p.country, p.admin1, p.precision) == ("Syria", "Rif Dimashq Governorate", "city")


def test_small_places_abroad_dropped_when_the_other_places_point_elsewhere() -> None:
    # Nisan is also a hamlet in Afghanistan; the story's other places are Iraqi towns
    found = _resolved("Gunmen attacked the village of Nisan on Monday, police in Baquba and Kirkuk said.")
    assert found["Baquba"].country == "Iraq"
    assert "Nisan" not in found or found["Nisan"].country == "Iraq"
    # nor a small region abroad in its stead ("Grad" is a village and a region of Slovenia)
    assert "Grad" not in _resolved("Shells fell on Aleppo and Saraqib, fired from Grad launchers, on Monday.")


def test_demonyms_of_attackers_do_not_drop_the_village_struck() -> None:
    # "Turkish warplanes" says who struck, not where: the Syrian village stays
    p = _place("Turkish warplanes struck the village of Arab Wiran on Monday.")
    assert (p.country, p.precision) == ("Syria", "city")


@pytest.mark.parametrize(("part", "lat"), [("northwestern", 36.77), ("southeastern", 35.91)])
def test_compass_word_chooses_among_villages_of_one_region(part: str, lat: float) -> None:
    # two villages called Mahmudiyah in Aleppo governorate, 140 km apart
    p = _place(f"Turkish warplanes struck the village of Mahmudiyah in {part} Aleppo on Monday.")
    assert p.admin1 == "Aleppo Governorate"
    assert p.lat == pytest.approx(lat, abs=0.05)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a village no gazetteer holds near the town the text names: coded at that town, not at
        # a homonym 300 km away
        ("Militants killed two policemen in clashes in Hakna, not far from Shirqat, on Monday.", "Ash Sharqāt"),
        # the town the text names, found by its transliteration ("Ghanto" = Al Ghantu), chooses the
        # village of that name near it
        ("Regime forces shelled the village of al-Jasmiyyeh, near Ghanto, on Monday.", "Al Jasimiyah"),
    ],
)
def test_near_a_named_town(text: str, name: str) -> None:
    assert _place(text).name == name
