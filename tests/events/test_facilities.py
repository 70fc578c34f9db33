"""A building named after its town is in that town (events/facilities.py), and the quarters of
African cities are parts of their city (places/data/city_quarters.tsv), on made-up one-sentence
articles."""

from __future__ import annotations

from importlib import resources

import pytest

from frontlog.extract import extract_all
from frontlog.places import index as ix
from frontlog.places.gazetteer import distance_km
from frontlog.records import Article, Place
from tests.events.test_event_place import _place


def _places(text: str) -> list[Place]:
    art = Article(doc_id="t", file="t.txt", text=text, title=None, published="2018-02-07", outlet="Test Wire",
                  dateline=None)  # fmt: skip
    return [e.location for e in extract_all([art])[0]]


@pytest.mark.parametrize(
    ("text", "town", "detail"),
    [
        ("Students rioted at Machakos University on Monday.", "Machakos", "Machakos University"),
        ("Workers protested outside the Kitwe Magistrate's Court on Monday.", "Kitwe", "Kitwe Magistrate's Court"),
        ("Students protested at the University of Lusaka on Monday.", "Lusaka", "University of Lusaka"),
        ("Nurses protested at Harare Central Hospital on Monday.", "Harare", "Harare Central Hospital"),
        ("Taxi drivers marched in the Johannesburg CBD against Uber on Monday.", "Johannesburg", "Johannesburg CBD"),
        # a county's assembly sits in the county's seat
        ("Gunmen shot dead a Garissa County Assembly clerk on Friday.", "Garissa", "Garissa County Assembly"),
    ],
)  # fmt: skip
def test_building_is_in_its_town(text: str, town: str, detail: str) -> None:
    p = _place(text)
    assert (p.name, p.detail, p.precision) == (town, detail, "city")


@pytest.mark.parametrize(
    ("text", "name", "country", "city"),
    [
        ("A grenade exploded in a bar in Nyakabiga on Monday, wounding four people.", "Nyakabiga", "Burundi",
         (-3.38, 29.36)),
        ("Grenade attacks were reported in Mutakura and Musaga on Monday.", "Mutakura", "Burundi", (-3.38, 29.36)),
        ("Police dispersed protesters in Matete, Kinshasa on Monday.", "Matete", "Democratic Republic of the Congo",
         (-4.33, 15.31)),
        ("Residents of Mbare protested against the council on Monday.", "Mbare", "Zimbabwe", (-17.83, 31.05)),
        ("Police fired teargas at protesters in Wandegeya on Monday.", "Wandegeya", "Uganda", (0.32, 32.58)),
        ("Security forces dispersed a march in Heliopolis, Cairo on Friday.", "Heliopolis", "Egypt", (30.06, 31.25)),
    ],
)  # fmt: skip
def test_city_quarters(text: str, name: str, country: str, city: tuple[float, float]) -> None:
    # (two quarters are two events: "in Mutakura and Musaga"; the one named `name` is checked)
    p = next((q for q in _places(text) if q.name == name), _place(text))
    assert (p.name, p.country) == (name, country)
    assert p.point is not None and distance_km(p.point, city) < 5
    assert p.detail is not None and p.detail.startswith("a quarter of ")  # (events/quarters.py)


def test_a_grenade_is_no_town() -> None:
    """"Grenade" (a French town's name, Granada's in French) is the weapon at a sentence's start."""
    p = _place("Grenade attack in Kamenge wounded three people on Sunday.")
    assert p.country == "Burundi"


def test_packaged_city_quarters_file_says_where_it_comes_from() -> None:
    head = (resources.files("frontlog.places") / "data" / ix.QUARTERS_FILE).read_text("utf-8")[:3000]
    assert "source:" in head and "licence:" in head and "known problems:" in head
    rows = [r for r in ix.wof_rows({}) if r.fcode == "PPLX" and r.cc in ("BI", "CD", "ZA", "ZW", "UG", "EG")]
    assert len(rows) >= 100 and all(not r.loose for r in rows)
