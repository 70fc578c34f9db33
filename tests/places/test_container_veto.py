"""The container a sentence names vetoes a loosely spelt reading far from it ("X in the eastern
suburb of Y", "X village in rural Y"): the event is coded at the container, not at a namesake
hundreds of kilometres away (places/located.keep_located). Made-up sentences. Session 16, helper
nplaces."""

from __future__ import annotations

from frontlog.extract import extract_all
from frontlog.records import Article


def _located(text: str) -> list[tuple[str, str | None]]:
    art = Article(doc_id="t", file="t.txt", text=text, title=None, published="2018-02-07", outlet="Test Wire",
                  dateline=None)  # fmt: skip
    events, _ = extract_all([art])
    return [(e.location.name, e.location.detail) for e in events]


def _places(text: str) -> list[str]:
    return [name for name, _ in _located(text)]


def test_a_suburb_of_a_city_is_not_a_loose_namesake_far_away() -> None:
    got = _located("Government troops shelled the district of Kabun in the eastern suburb of Damascus on Monday, "
                   "killing two people.")  # fmt: skip
    assert got == [("Damascus", "district of Kabun")], got  # (not Kobani, whose loose key "kbn" Kabun shares)


def test_a_part_no_gazetteer_has_is_the_detail() -> None:
    got = _located("Rebels fired a rocket on the Zqwerbat area in Homs city on Monday, killing a child.")
    assert got == [("Homs", "Zqwerbat area")], got
    got = _located("Warplanes bombed the Free Syrian Army in Homs on Monday, killing a fighter.")
    assert got and got[0][1] != "Free Syrian Army", got


def test_a_town_in_the_suburbs_keeps_its_own_reading() -> None:
    got = _places("Warplanes struck Douma in the eastern suburbs of Damascus on Monday, killing four civilians.")
    assert got and got[0] in ("Dūmā", "Douma"), got


def test_a_town_spelt_exactly_is_not_vetoed() -> None:
    got = _places("Warplanes struck the town of Kobani in the countryside of Raqqa on Monday, killing four civilians.")
    assert got == ["Kobani"], got


def test_a_neighbourhood_of_the_city_told_before_is_no_village_elsewhere() -> None:
    got = _located("Fighting raged in Aleppo on Monday. Shells hit the Jalloum neighbourhood, killing two people.")
    assert ("Aleppo", "Jalloum neighbourhood") in got, got  # (not Jalamah, a village 40 km away)
    got = _located("Officials in Aleppo said rebels shelled the Maadi neighbourhood on Monday, killing two people.")
    assert got == [("Aleppo", "Maadi neighbourhood")], got  # (not Madaya near Damascus)


def test_a_town_is_not_a_neighbourhood() -> None:
    got = _places("Fighting raged in Hama on Monday. Jets bombed the town of Kafr Zita, killing two people.")
    assert "Kafr Zaytā" in got, got
