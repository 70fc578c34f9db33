"""A name the text calls a place, read as a village at home (places/local.home_spelling,
places/fuzzy.sounding_at_home): a place found inside the name is no reading of it, and of villages
sounding alike the one the core gazetteer knows is chosen. Made-up sentences; the places are real
villages and towns of the packaged data."""

from __future__ import annotations

import pytest

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
