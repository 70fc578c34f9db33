"""Local evidence for places abroad in running text (made-up sentences): a county named as
"X County", and a name whose every reading lies in one country."""

from __future__ import annotations

from frontlog.nlp import load_nlp
from frontlog.places.gazetteer import load_gazetteer
from frontlog.places.resolve import resolve_places


def _resolve(text: str) -> dict[str, tuple[str, str, str]]:
    doc = load_nlp()(text)
    return {m.text: (m.place.name, m.cc, m.place.precision) for m in resolve_places(doc, load_gazetteer())}


def test_x_county_is_the_region_not_a_place_inside_a_longer_name() -> None:
    got = _resolve("Herders and farmers fought over water in Narok County on Monday.")
    assert got["Narok County"] == ("Narok", "KE", "admin1")
    got = _resolve("Two traders were robbed near a market in Siaya county last week.")
    assert got["Siaya county"][1:] == ("KE", "admin1")


def test_a_name_whose_places_all_lie_in_one_country_is_kept_abroad() -> None:
    # Kitui is a Kenyan town and the county around it: the name itself says which country
    got = _resolve("Youths blocked a road in Kitui to protest against a new tax.")
    assert got["Kitui"][:2] == ("Kitui", "KE")


def test_a_small_town_abroad_with_homonyms_elsewhere_still_needs_a_reason() -> None:
    # Bondo is a town in Kenya and in Congo, and a village in Italy: nothing says which
    got = _resolve("Police fired tear gas at traders in Bondo on Friday.")
    assert "Bondo" not in got
    got = _resolve("Police fired tear gas at traders in Bondo, a Kenyan town, on Friday.")
    assert got["Bondo"][1] == "KE"
