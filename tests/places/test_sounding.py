"""Villages spelt far from the gazetteer's spelling, found inside the region the text names
(places/fuzzy.py), and the weaker place cues ("the area of X", "the village X"). Made-up
sentences; the places are real villages of the packaged WOF data."""

from __future__ import annotations

import pytest

from frontlog.places.fuzzy import arabic_order, sound_key, spelt_like
from frontlog.places.located import Located
from frontlog.places.normalize import name_key
from frontlog.places.resolve import resolve_places


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    from frontlog.nlp import load_nlp

    return load_nlp()


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Mshairfeh Qibliyeh", "Mushayrifah al Qibliyah"),  # glides and vowels written or not
        ("Kfar Nbouda", "Kafr Nabudah"),  # Kfar/Kafr, ou/u, final -a/-ah
        ("Abul Dhuhur", "Abu az Zuhur"),  # "Abul" = "Abu al-"; dh/z one sound
        ("Qasr Ibn Wardan", "Kasr ibn Wardan"),  # q/k
        ("Upper Diwan", "Diwan Fawqani"),  # an English word for the Arabic one
        ("Little Khweis", "Khuways as Saghir"),
        ("Haritan Castle", "Qal`at Haritan"),
    ],
)
def test_sound_key_spells_romanisations_alike(a: str, b: str) -> None:
    assert sound_key(a) == sound_key(b)


@pytest.mark.parametrize(("a", "b"), [("Kafr Nubl", "Kafr Batna"), ("Sarmin", "Saraqib"), ("Upper Diwan", "Lower Diwan")])
def test_sound_key_keeps_other_names_apart(a: str, b: str) -> None:
    assert sound_key(a) != sound_key(b)


def test_english_words_only_in_the_sound_key() -> None:
    assert arabic_order("western ghariyeh") == "ghariyeh gharbi"
    assert arabic_order("western") == "western"  # a word alone is no name part
    assert name_key("Western Sahara") == "western sahara"  # the exact key is unchanged


def _found(nlp, gaz, text: str) -> dict[str, tuple[str, str]]:  # type: ignore[no-untyped-def]
    return {m.text: (m.cc, m.place.name) for m in resolve_places(nlp(text), gaz)}


def test_a_village_sounding_alike_in_the_region_the_text_names(nlp, gaz) -> None:  # type: ignore[no-untyped-def]
    got = _found(nlp, gaz, "Jets hit Upper Diwan village in northern Aleppo overnight.")
    assert got.get("Upper Diwan") == ("SY", "Diwan Fawqani")
    # with no region named, no sound search: the name stays unknown
    got = _found(nlp, gaz, "Jets hit Upper Diwan overnight.")
    assert got.get("Upper Diwan", ("", ""))[1] != "Diwan Fawqani"


def test_sound_search_around_a_town_stays_near_it(gaz) -> None:  # type: ignore[no-untyped-def]
    afrin = (36.5117, 36.8654)
    wide = Located("SY", "Aleppo Governorate", afrin, 40.0)
    assert any(e.name == "Tall `Aran" for e, _ in spelt_like("Tel Aaran", wide, gaz))
    # "in southeast Afrin": the town's surroundings, not all of Aleppo province (Tall `Aran is 60 km off)
    near = Located("SY", "Aleppo Governorate", afrin, 40.0, wide=False)
    assert not any(e.name == "Tall `Aran" for e, _ in spelt_like("Tel Aaran", near, gaz))


def test_the_village_x_and_the_area_of_x_are_place_cues(nlp, gaz) -> None:  # type: ignore[no-untyped-def]
    assert _found(nlp, gaz, "Troops searched the village Hawarin for weapons.").get("Hawarin", ("",))[0] == "SY"
    got = _found(nlp, gaz, "Gunmen attacked a checkpoint in the area of Buhriz, officials said.")
    assert got.get("Buhriz") == ("IQ", "Buhriz")
    # no place word and no country: a village of a focus country spelt exactly is still read
    # (places/focus.py, session 10), a village of another country is not
    got = _found(nlp, gaz, "Gunmen attacked a checkpoint near Buhriz, officials said.")
    assert got.get("Buhriz") == ("IQ", "Buhriz")
    got = _found(nlp, gaz, "Gunmen attacked a checkpoint near Banankoni, officials said.")
    assert got.get("Banankoni", ("",))[0] != "ML"


def test_a_village_at_home_that_alone_sounds_like_the_name(nlp, gaz) -> None:  # type: ignore[no-untyped-def]
    got = _found(nlp, gaz, "Syrian government forces shelled the town of Kafr Nebotha on Monday.")
    assert got.get("Kafr Nebotha") == ("SY", "Kafr Nabudah")
    # no country in the article: no village to spell it like
    assert "Kafr Nebotha" not in _found(nlp, gaz, "Officials spoke of the town of Kafr Nebotha on Monday.")
    # nor one far from the places the article names (Kafr Nabudah is in Hama, not near Aleppo)
    got = _found(nlp, gaz, "Syrian government forces shelled the town of Kafr Nebotha in the city of Aleppo.")
    assert got.get("Kafr Nebotha", ("", ""))[1] != "Kafr Nabudah"


def test_sound_search_at_home_wants_one_village_and_a_long_key(gaz) -> None:  # type: ignore[no-untyped-def]
    from frontlog.places.fuzzy import sounding_at_home

    assert [e.name for e, _ in sounding_at_home("Kfar Nebotha", "SY", gaz)] == ["Kafr Nabudah"]
    assert sounding_at_home("Hezza", "SY", gaz) == []  # a three-letter sound key says too little
