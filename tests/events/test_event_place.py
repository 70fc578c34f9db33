"""The event's own place (issue 15 point 4) and its ACLED geo_precision (point 5), on made-up
one-sentence articles."""

from __future__ import annotations

import pytest

from frontlog.export import geo_precision
from frontlog.extract import extract_all
from frontlog.records import Article, Place


def _place(text: str) -> Place:
    art = Article(doc_id="t", file="t.txt", text=text, title=None, published="2018-02-07", outlet="Test Wire",
                  dateline=None)  # fmt: skip
    events, _ = extract_all([art])
    assert events, f"no event in {text!r}"
    return events[0].location


@pytest.mark.parametrize(
    ("text", "name", "precision", "detail", "geo"),
    [
        ("Syrian government forces shelled the countryside of Aleppo on Monday.", "Aleppo Governorate", "admin1",
         "countryside", 3),
        ("Regime forces shelled Hama province on Monday.", "Hama Governorate", "admin1", None, 3),
        ("Government forces retook the town of Maskanah on Monday.", "Maskanah", "city", None, 1),
        ("Government forces shelled positions near Palmyra on Monday.", "Palmyra", "city", "near", 2),
        ("Clashes erupted in the Jobar neighbourhood of Damascus on Monday.", "Damascus", "city",
         "Jobar neighbourhood", 1),
        # a town in the region the sentence names is the event's place (not the region, not the
        # region's main town named with a compass word)
        ("Jets dropped barrel bombs on Maskanah village in eastern Aleppo on Monday.", "Maskanah", "city", None, 1),
        ("Rebels attacked army posts in Hajin town in eastern Deir ez-Zor on Monday.", "Hajin", "city", None, 1),
        ("Warplanes struck the town of Khan Tuman in the Aleppo countryside on Monday.", "Khan Tuman", "city", None, 1),
        ("Jets struck Kafr Nubl in northern Idlib, Syria on Monday.", "Kafranbel", "city", None, 1),
    ],
)  # fmt: skip
def test_event_place(text: str, name: str, precision: str, detail: str | None, geo: int) -> None:
    p = _place(text)
    assert (p.name, p.precision, p.detail) == (name, precision, detail)
    assert geo_precision(p) == geo


def test_geo_precision_of_places() -> None:
    town = Place("Hajin", 174506, 34.69, 40.83, "Syria", "Deir ez-Zor Governorate", "city")
    assert geo_precision(town) == 1
    outskirts = Place(
        "Hajin", 174506, 34.69, 40.83, "Syria", "Deir ez-Zor Governorate", "city", "western outskirts"
    )
    assert geo_precision(outskirts) == 2
    assert geo_precision(Place("Syria", 163843, 35.0, 38.0, "Syria", None, "country")) == 3
