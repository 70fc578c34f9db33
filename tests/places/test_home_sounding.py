"""A name the text calls a place, read as a village at home (places/local.home_spelling,
places/fuzzy.sounding_at_home): a place found inside the name is no reading of it, and of villages
sounding alike the one the core gazetteer knows is chosen. Made-up sentences; the places are real
villages and towns of the packaged data."""

from __future__ import annotations

import pytest

from frontlog.places.fuzzy import sounding_at_home
from frontlog.places.resolve import resolve_places


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    from frontlog.nlp import load_nlp

    return load_nlp()


def _found(nlp, gaz, text: str) -> dict[str, tuple[str, str]]:  # type: ignore[no-untyped-def]
    return {m.text: (m.cc, m.place.name) for m in resolve_places(nlp(text), gaz)}


def test_a_place_inside_the_name_does_not_stop_the_search_at_home(nlp, gaz) -> None:  # type: ignore[no-untyped-def]
    # "Tal" alone is At Tall, a town of Syria: that is no reading of "the town of Tal Jijin"
    got = _found(nlp, gaz, "Syrian government forces shelled the town of Tal Jijin on Monday.")
    assert got.get("Tal Jijin") == ("SY", "Tall al Jijan")


def test_of_villages_sounding_alike_the_better_known_town(gaz) -> None:  # type: ignore[no-untyped-def]
    # Abu ad Duhur (Raqqa) and Abu az Zuhur (Idlib) sound alike; the core gazetteer (GeoNames'
    # towns of 500 people or more) has only the Idlib town
    found = sounding_at_home("Abu el-Thuhur", "SY", gaz)
    assert [(e.name, e.admin1) for e, _ in found] == [("Abū az̧ Z̧uhūr", "Idlib Governorate")]
    # none of several villages named alike is better known: no choice
    assert sounding_at_home("Mreimin", "SY", gaz) == []


def test_a_better_known_town_sounding_alike_in_a_sentence(nlp, gaz) -> None:  # type: ignore[no-untyped-def]
    got = _found(nlp, gaz, "Syrian government forces shelled the town of Abu el-Thuhur on Monday.")
    assert got.get("Abu el-Thuhur") == ("SY", "Abū az̧ Z̧uhūr")
