"""A village far from the country the article's actors belong to (issue 15 point 4, made-up
sentences): a note that names only a rebel group of one country and a village the gazetteer
lacks is not about a hamlet of the same name on another continent; a neighbour's town stays."""

from __future__ import annotations

from frontlog.extract import extract_all
from frontlog.records import Article, Place


def _place(text: str, countries: tuple[str, ...] = ()) -> Place | None:
    art = Article(doc_id="t", file="t.txt", text=text, title=None, published="2016-03-05", outlet=None,
                  dateline=None, countries=countries)  # fmt: skip
    events, _ = extract_all([art])
    assert events, f"no event in {text!r}"
    return events[0].location


def test_a_hamlet_on_another_continent_is_not_the_village_of_the_article_s_rebels() -> None:
    # Mundri (a South Sudanese town no gazetteer has) is also a hamlet of Indonesia
    p = _place("SPLA-IO fighters ambushed an army convoy near Mundri on Tuesday, killing four soldiers.")
    assert p is None or p.country != "Indonesia"


def test_the_country_hint_says_the_same() -> None:
    p = _place("Gunmen ambushed an army convoy near Mundri on Tuesday, killing four soldiers.", ("SS",))
    assert p is None or p.country != "Indonesia"


def test_without_actors_or_hint_nothing_changes() -> None:
    # no country evidence besides the name: the reading is left to the resolver as before
    p = _place("Gunmen ambushed an army convoy near Mundri on Tuesday, killing four soldiers.")
    assert p is not None


def test_a_town_of_the_neighbouring_country_stays() -> None:
    # Kosti lies in Sudan, a few hundred kilometres from South Sudan: a neighbour's town
    p = _place("SPLA-IO fighters ambushed an army convoy near Kosti on Tuesday, killing four soldiers.")
    assert p is not None and p.country == "Sudan"
