"""A list of places shares where the words after it put it, and "near Y" is the Y of the
article's country (places/list_located.py, places/located.py; session 14, lead). Made-up
one-sentence articles."""

from __future__ import annotations

import pytest

from frontlog.extract import extract_all
from frontlog.places.gazetteer import distance_km
from frontlog.places.list_located import joined
from frontlog.records import Article

EL_FASHER = (13.63, 25.35)
BARA = (13.70, 30.37)


def _places(text: str) -> list:
    art = Article(doc_id="t", file="t.txt", text=text, title=None, published="2025-03-04", outlet="Test Wire",
                  dateline=None)  # fmt: skip
    events, _ = extract_all([art])
    assert events, f"no event in {text!r}"
    return [e.location for e in events]


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        # every name of the list lies west of El Fasher: none is Shaqra in Saudi Arabia
        ("Gunmen attacked the villages of Shaqra, Abu Zor and Karfa Jadid west of El Fasher in Sudan on Friday, "
         "killing 12 civilians.", EL_FASHER),
        # "near Bara" in a story about Sudan is Sudan's Bara, not Bar in Montenegro, so the village
        # is no namesake 300 km away in Al Jazirah
        ("Paramilitary fighters raided the village of Hilat Hamad near Bara in Sudan on Sunday, killing "
         "eight civilians.", BARA),
    ],
)  # fmt: skip
def test_no_place_far_from_the_town_the_text_puts_it_near(text: str, anchor: tuple[float, float]) -> None:
    for loc in _places(text):
        assert loc.lat is None or distance_km((loc.lat, loc.lon), anchor) < 60, loc


@pytest.mark.parametrize(
    ("between", "expected"),
    [(", ", True), (" and ", True), (", and ", True), (" or ", True), (" near ", False), (" in ", False), ("", False)],
)
def test_joiners_of_a_list(between: str, expected: bool) -> None:
    text = "A" + between + "B"
    assert joined(text, 1, 1 + len(between)) is expected
