"""Villages of the on-disk index are readings only where the article gives reason for them
(made-up sentences; the places are real villages of the packaged WOF data)."""

from __future__ import annotations

import pytest
import spacy

from frontlog.eval.geoparse import doc_with_spans
from frontlog.places.gazetteer import load_gazetteer
from frontlog.places.resolve import resolve_places


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

    nlp, gaz = load_nlp(), load_gazetteer()
    if gaz.index() is None:
        pytest.skip("no place index")
    doc = nlp("Syrian government forces shelled Al-Shuhayl on Monday.")
    found = {m.text: m.cc for m in resolve_places(doc, gaz)}
    assert found.get("Al-Shuhayl") == "SY"
    assert "Al-Shuhayl" in {s.text for s in doc.spans["places"]}
    doc = nlp("Ohio police questioned Al-Shuhayl on Monday.")
    assert "Al-Shuhayl" not in {m.text for m in resolve_places(doc, gaz)}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Jets bombed the town of Al-Lataminah in Hama on Monday.", "Al-Lataminah", "SY"),
        ("Artillery hit the town of Jisr ash-Shughur on Monday.", "Jisr ash-Shughur", "SY"),
    ],
)
def test_a_name_is_not_cut_at_its_article(text: str, name: str, country: str) -> None:
    """ "Al-X", "X ash-Y": the tagger takes the whole name, not "Al" or "X" alone."""
    from frontlog.nlp import load_nlp

    nlp, gaz = load_nlp(), load_gazetteer()
    if gaz.index() is None:
        pytest.skip("no place index")
    doc = nlp(text)
    found = {m.text: m.cc for m in resolve_places(doc, gaz)}
    assert found.get(name) == country
    assert not {"Al", "Jisr"} & set(found)


def test_a_name_head_alone_is_no_place() -> None:
    """ "Tal Zuhur" (an unknown village) is not At Tall: "Tal" alone before the rest of a name."""
    from frontlog.nlp import load_nlp

    doc = load_nlp()("Shells fell on Tal Zuhur and Ain Qasab on Monday.")
    assert not {"Tal", "Ain"} & {s.text for s in doc.spans["places"]}


@pytest.mark.parametrize(
    ("a", "b"),
    [("Sayad", "As Sayyadah"), ("Bweiti", "Buwayti"), ("Ras al-Ain", "Ra's al 'Ayn"),
     ("Al-Malikeyyeh", "Al-Malikiyah"), ("Beit Jinn", "Bayt Jinn"), ("Qantara", "Kantara")],
)  # fmt: skip
def test_transliteration_key_spells_variants_alike(a: str, b: str) -> None:
    from frontlog.places.normalize import translit_key

    assert translit_key(a) == translit_key(b)


def test_transliteration_key_keeps_different_names_apart() -> None:
    from frontlog.places.normalize import translit_key

    assert translit_key("Deir Hafer") != translit_key("Deir Ezzor")
    assert translit_key("Sarmin") != translit_key("Sarmada")


def test_a_village_spelt_another_way_beats_a_homonym_abroad(gaz) -> None:  # type: ignore[no-untyped-def]
    """ "Bweiti" is WOF's Buwayti in Idlib when the article is about Syria; not a foreign town."""
    got = _resolve(gaz, "Troops from Idlib and Saraqib shelled the town of Bweiti.", "Idlib", "Saraqib", "Bweiti")
    assert got["Bweiti"] == ("SY", "Buwayti")


def test_an_apostrophe_inside_a_name_keeps_it_capitalised() -> None:
    """ "Dar'a", "Nu'man": str.istitle says no to them, the tagger takes them as names."""
    from frontlog.nlp import load_nlp
    from frontlog.places.normalize import is_title

    assert is_title("Dar'a") and is_title("Nu'man") and not is_title("don't") and not is_title("'s")
    doc = load_nlp()("Mortars hit the old quarter of Dar'a and the town of Ma'arrat al-Nu'man on Monday.")
    assert {"Dar'a", "Ma'arrat al-Nu'man"} <= {s.text for s in doc.spans["places"]}


def test_a_country_is_not_a_village_by_its_transliteration_key(gaz) -> None:  # type: ignore[no-untyped-def]
    """ "Russia" and the Syrian village Ar Rusiyah share a transliteration key: a name that
    exactly names a country (or a region, or a large town) keeps it."""
    got = _resolve(gaz, "Troops from Homs and Palmyra met envoys from Russia.", "Homs", "Palmyra", "Russia")
    assert got["Russia"][0] == "RU"


def test_a_cue_admits_a_village_abroad_only_by_its_own_spelling(gaz) -> None:  # type: ignore[no-untyped-def]
    """ "Modira town in Rural Damascus": a cue ("X town") makes a village of any country a reading,
    but not one that shares only the transliteration key (Mudir in Yemen) in a Syrian story."""
    text = "The army shelled Modira town in Rural Damascus."
    got = _resolve(gaz, text, "Modira", "Rural Damascus")
    assert got.get("Modira", ("",))[0] != "YE"


def test_the_transliteration_key_does_not_push_out_a_loose_reading_nearby() -> None:
    """ "Baghaliyeh" west of Deir ez-Zor is the core's Bughayliyah (a loose spelling), not the
    village Al Baghaliyah in Homs that shares its transliteration key."""
    from frontlog.nlp import load_nlp

    nlp, gaz = load_nlp(), load_gazetteer()
    if gaz.index() is None:
        pytest.skip("no place index")
    doc = nlp("Jets struck the Baghaliyeh area west of Deir ez-Zor on Monday.")
    found = {m.text: m.place.admin1 for m in resolve_places(doc, gaz)}
    assert found.get("Baghaliyeh") in (None, "Deir ez-Zor Governorate")


@pytest.mark.parametrize(
    "text",
    [
        "Four shepherds were killed in Syrias north on Monday, a monitor said.",
        "Militants shelled a checkpoint in Syrias eastern desert near Palmyra on Monday.",
        "Two soldiers died in Iraqs western desert near Rutba on Sunday.",
    ],
)
def test_a_country_possessive_without_apostrophe_is_no_village(text: str) -> None:
    # "Syrias" is "Syria's" with its apostrophe lost: never a village spelt loosely like it (made-up)
    from frontlog.nlp import load_nlp
    from frontlog.places.country_words import country_word

    nlp, gaz = load_nlp(), load_gazetteer()
    if gaz.index() is None:
        pytest.skip("no place index")
    found = resolve_places(nlp(text), gaz)
    assert all(m.text not in ("Syrias", "Iraqs") or m.place.precision == "country" for m in found)
    assert country_word("Syrias", gaz) and country_word("Iraqi", gaz) and not country_word("Saraqib", gaz)
