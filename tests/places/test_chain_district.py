"""A chain that ends in a name the text calls a district, with no region after it ("X area of Y
district"): the district of the index, and the names before it inside that district
(places/chain.py `_last_district`, `_in_district`, `_at_district`). Made-up sentences; Zembulitto
is in no gazetteer."""

from __future__ import annotations

import pytest

from frontlog.extract import extract_all
from frontlog.records import Article, Event


def _events(text: str) -> list[Event]:
    art = Article(doc_id="t", file="t.txt", text=text, title=None, published="2021-03-04", outlet="Test Wire",
                  dateline=None)  # fmt: skip
    events, _ = extract_all([art])
    return list(events)


def test_a_district_word_names_the_district_not_a_town_abroad() -> None:
    # "Majaz" alone is Al Majaz of Sharjah; "Majaz district" is Majz district of Sa'dah
    loc = _events("Jets struck a fuel depot in Zembulitto area of Majaz district on Friday.")[0].location
    assert loc.country == "Yemen"
    assert loc.lat is not None and abs(loc.lat - 17.11) < 0.2


@pytest.mark.parametrize(
    ("text", "point"),
    [
        # a village of the district's own, not its namesake elsewhere in Yemen
        ("Warplanes struck a water tank in Al Akhshab area of Kitaf district on Sunday.", (16.9597, 44.2782)),
        # inside the district although 50 km from the district's point (a wide border district)
        ("Gunmen shot dead a farmer in Al Burqah area of Kitaf district on Monday.", (16.8998, 44.0341)),
    ],
)  # fmt: skip
def test_a_village_of_the_named_district(text: str, point: tuple[float, float]) -> None:
    loc = _events(text)[0].location
    assert loc.lat is not None and loc.lon is not None
    assert (round(loc.lat, 2), round(loc.lon, 2)) == (round(point[0], 2), round(point[1], 2))


def test_a_district_the_index_lacks_is_not_read_as_one_spelt_far_apart() -> None:
    # Uganda's districts are not in the index: "Mayuge district" is no Nigerian district spelt alike
    loc = _events("Residents burnt three houses in Zembulitto village in Mayuge district on Monday.")[0].location
    assert loc.country == "Uganda"
