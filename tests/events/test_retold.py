"""The headline retold as the text's first sentence adds no event the body tells (events/retold.py); made-up texts."""

from __future__ import annotations

from frontlog.extract import extract_all
from frontlog.records import Article


def _events(title: str, text: str, published: str = "2019-03-14") -> list[tuple[str, str, str]]:
    art = Article(doc_id="h1", file="h1.csv", text=text, title=title, published=published,
                  outlet="Test Wire", dateline=None)  # fmt: skip
    events, _ = extract_all([art])
    return sorted((e.sub_event_type, e.location.name, e.event_date) for e in events)


def test_headline_told_by_body_is_dropped() -> None:
    title = "Three killed in attack on market in Homs"
    body = ("Three civilians were killed late on Tuesday when rebels fired rockets at a market in Homs, "
            "a monitor said.")  # fmt: skip
    got = _events(title, f"14-03-2019 {title}. {body}")
    assert ("Shelling/artillery/missile attack", "Homs", "2019-03-12") in got
    assert [g for g in got if g[0] != "Shelling/artillery/missile attack"] == []
    # the same body without the headline: the same events
    assert _events(title, body) == got


def test_headline_the_body_does_not_tell_is_kept() -> None:
    title = "Soldiers killed in attack on checkpoint in Hama"
    body = "Three civilians were killed late on Tuesday when rebels fired rockets at a market in Homs."
    got = _events(title, f"{title}. {body}")
    assert any(place == "Hama" for _, place, _ in got)
    assert any(place == "Homs" for _, place, _ in got)


def test_headline_at_a_place_no_gazetteer_has_is_dropped() -> None:
    title = "Rebel Rockets Kill Five Civilians in Syrias Homs Hama"
    body = "Five civilians were killed on Wednesday when rebels fired rockets at a market in Homs, a monitor said."
    got = _events(title, f"Thu Mar 14 2019 {title}. {body}")
    assert not any(place.startswith("Syria") for _, place, _ in got)
    assert ("Shelling/artillery/missile attack", "Homs", "2019-03-13") in got


def test_headline_of_the_region_is_the_body_s_town() -> None:
    title = "Kurdish Fighters Repel IS Attack in Northern Aleppo 30 Militants Killed"
    body = ("Kurdish fighters repelled an attack by Islamic State militants on the town of Tal Rifaat on Thursday, "
            "killing 30 of them, a monitor said.")  # fmt: skip
    got = _events(title, f"Thu Mar 14 2019 {title}. {body}")
    assert [(t, place) for t, place, _ in got] == [("Armed clash", "Tall Rif‘at")], got
