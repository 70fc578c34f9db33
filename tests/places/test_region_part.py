"""An event at a village no gazetteer has, placed in a named part of a region ("X village in
southern Idlib", "in the eastern countryside of Hama"): coded at the middle of that part of the
region (places/region_part.py); a name the tagger took for a people's adjective before "town"
(events/named_kind.py); an article glued to a later word of a name (translit.yaml glued_article).
Made-up sentences; "Plombirqo" is a made-up village."""

from __future__ import annotations

import pytest

from frontlog.places.fuzzy import sound_key
from frontlog.places.normalize import name_key, translit_key
from frontlog.places.region_part import part_words
from tests.events.test_event_place import _place

IDLIB = (35.75, 36.6)  # GeoNames' point of Idlib Governorate
HAMA = (35.2, 36.9)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("X village in southern Idlib", "southern"),
        ("X in the north-eastern countryside of Hama", "north-eastern"),
        ("X village in Idleb south eastern countryside", "south eastern"),
        ("X village in Hama's western countryside", "western"),
        ("X village in Idlib", None),
        ("X village in Idlib province", None),
        ("people were killed in Syrias northern Idlib province", None),
        ("killed in Syria's northern Idlib province", None),
        ("X village located in the northwestern Latakia province", None),
        ("X village in the northern Hama countryside", "northern"),
    ],
)  # fmt: skip
def test_part_words(text: str, words: str | None) -> None:
    name = next(n for n in ("Hama", "Idleb", "Idlib", "Latakia") if n in text)
    start = text.index(name)
    assert part_words(text, start, start + len(name)) == words
    if text.endswith(" province"):  # the mention may be the region with its word
        assert part_words(text, start, len(text)) == words


def test_a_village_in_southern_idlib_is_coded_in_the_south_of_the_governorate() -> None:
    place = _place("Government jets struck Plombirqo village in southern Idlib on Monday.")
    assert place.name == "Idlib Governorate" and place.precision == "admin1"
    assert place.lat is not None and place.lat < IDLIB[0] - 0.1  # south of the governorate's point


def test_a_village_in_the_eastern_countryside_is_coded_in_the_east() -> None:
    place = _place("Rebels shelled Plombirqo village in the eastern countryside of Hama on Monday.")
    assert place.name == "Hama Governorate" and place.precision == "admin1"
    assert place.lon is not None and place.lon > HAMA[1] + 0.1


def test_a_village_in_western_countryside_after_a_possessive() -> None:
    place = _place("Rebels shelled Plombirqo village in Hama's western countryside on Monday.")
    assert place.name == "Hama Governorate"
    assert place.lon is not None and place.lon < HAMA[1] - 0.1


def test_a_region_part_alone_stays_at_the_seat() -> None:
    """No village named: the event is known only by its region, coded at the seat as before."""
    place = _place("Clashes broke out in southern Idlib on Monday.")
    assert place.lat is not None and abs(place.lat - 35.93) < 0.05


def test_a_name_before_town_is_no_peoples_adjective() -> None:
    """The tagger takes "Binnish" for an adjective (NORP) before "town"; "a mainly Kurdish town"
    stays a people (tests/events/golden_events_news.jsonl)."""
    place = _place("Government jets carried out strikes on Binnish town in northern Idlib on Monday.")
    assert place.name == "Binnish" and place.precision == "city"


def test_glued_article_keys() -> None:
    assert translit_key("Deir Elasafir") == translit_key("Dayr al-Asafir")
    assert sound_key("Marj Elzohor") == sound_key("Marj az-Zuhur")
    assert name_key("Deir Elasafir") == "dayr elasafir"  # the exact key keeps the word
    assert translit_key("Santa Elena") != translit_key("Santa Ena")  # fewer than four letters after it


def test_a_glued_article_name_resolves() -> None:
    place = _place("Syrian government forces shelled the village of Deir Elasafir on Monday.")
    assert place.name.startswith("Dayr al") and place.admin1 == "Rif Dimashq Governorate"


def test_the_countryside_of_a_town_that_heads_no_region_is_the_town() -> None:
    """ "the western countryside of Jisr al-Shughur": the town's surroundings, coded at the town;
    "the countryside of Aleppo" stays the governorate (tests/places/test_seat.py)."""
    place = _place("Regime forces targeted areas in the western countryside of Jisr al-Shughur on Monday.")
    assert place.name.startswith("Jisr") and place.precision == "city"
