"""Events at places the text names that no gazetteer has: kept under the text's words with no
coordinates (precision "unresolved"), never at a country's centroid; the country only when the
text, the --country hint or a side fighting at home gives it. Made-up sentences and made-up
place names (Oruvanga, Zembulitto, Xilorvuto are in no gazetteer)."""

from __future__ import annotations

import pytest

from frontlog.errors import MESSAGES
from frontlog.extract import extract_all, extract_documents
from frontlog.records import UNRESOLVED, Article, Event


def _events(text: str, countries: tuple[str, ...] = ()) -> list[Event]:
    art = Article(doc_id="t", file="t.txt", text=text, title=None, published="2021-03-04", outlet="Test Wire",
                  dateline=None, countries=countries)  # fmt: skip
    events, _ = extract_all([art])
    return list(events)


def _unplaced(events: list[Event]) -> list[tuple[str, str | None]]:
    return [(e.location.name, e.location.country) for e in events if e.location.precision == UNRESOLVED]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Police shot dead a man in Oruvanga on Tuesday.", "Oruvanga"),
        ("Gunmen attacked the village of Zembulitto on Monday, killing three people.", "Zembulitto"),
        ("Residents protested in Xilorvuto town on Tuesday over water shortages.", "Xilorvuto"),
        ("Residents of Oruvanga protested on Monday against the sale of public land.", "Oruvanga"),
        ("Rebels shelled Zembulitto on Monday.", "Zembulitto"),
        ("Rebels captured the village of Zembulitto on Monday after heavy fighting.", "Zembulitto"),
        # the name before its place noun, not the district after it
        ("Gunmen killed four people in Xilorvuto village, Zembulitto district, on Monday.", "Xilorvuto"),
        ("Soldiers shot dead two protesters in Oruvanga, Zembulitto District, on Monday.", "Oruvanga"),
    ],
)  # fmt: skip
def test_a_named_place_no_gazetteer_has_is_kept_without_coordinates(text: str, name: str) -> None:
    events = _events(text)
    assert events, f"no event in {text!r}"
    loc = events[0].location
    assert (loc.name, loc.precision) == (name, UNRESOLVED)
    assert (loc.geonameid, loc.lat, loc.lon, loc.point, loc.country) == (None, None, None, None, None)
    js = loc.to_json()
    assert js["lat"] is None and js["lon"] is None


def test_the_country_comes_from_the_hint_or_the_text_never_a_centroid() -> None:
    text = "Police shot dead a man in Oruvanga on Tuesday."
    assert _unplaced(_events(text, countries=("KE",))) == [("Oruvanga", "Kenya")]
    assert _unplaced(_events("Police shot dead a man in Oruvanga, Kenya on Tuesday.")) == [("Oruvanga", "Kenya")]
    # a side fighting at home
    assert _unplaced(_events("Kenyan police shot dead two suspects in Oruvanga on Tuesday.")) == [
        ("Oruvanga", "Kenya")
    ]
    for e in _events(text, countries=("KE",)):
        assert e.location.lat is None  # not Kenya's centroid
    # a side abroad or with no single home says nothing of the country
    assert _unplaced(_events("Kenyan forces attacked al-Shabaab bases in Oruvanga on Monday.")) == [("Oruvanga", None)]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Police arrested Ochieng Barasa on Tuesday.", "Ochieng Barasa"),  # a person is no place
        ("Gunmen attacked Halima Wanjiru on Monday.", "Halima Wanjiru"),
        ("Teachers went on strike in March to demand better pay.", "March"),  # a month
    ],
)
def test_no_place_is_named_after_persons_months_or_other_clauses(text: str, words: str) -> None:
    assert all(words not in name for name, _ in _unplaced(_events(text)))


def test_a_report_that_names_no_place_keeps_its_event_with_no_name_and_no_coordinates() -> None:
    # a brief whose place was in a dateline or a database column the text lacks: kept, not dropped,
    # never at a country's centroid; the --country hint gives its country
    text = "Protesters marched on Monday to demand better pay."
    (event,) = _events(text)
    assert event.sub_event_type == "Peaceful protest" and event.event_date == "2021-03-01"
    assert (event.location.name, event.location.precision, event.location.point) == ("", UNRESOLVED, None)
    assert _unplaced(_events(text, countries=("KE",))) == [("", "Kenya")]
    # still no event for what is no report: a habit, a plan
    assert _events("Teachers strike over pay every year.") == []
    assert _events("Teachers will go on strike next week to demand better pay.") == []


def test_not_a_place_preposition_but_the_only_place_of_the_report() -> None:
    # "up the X valley" does not put the attack at X (not the trigger's place)...
    text = "Troops launched an attack up the Xilorvuto Valley on Monday. Police shot dead a man in Nakuru on Monday."
    assert all("Xilorvuto" not in name for name, _ in _unplaced(_events(text)))
    # ... but in a report that names no other place, a sentence naming none is at the report's place
    text = "Protests were held in the Xilorvuto Valley on Monday. Gunmen shot dead two traders on Tuesday."
    assert [n for n, _ in _unplaced(_events(text))] == ["Xilorvuto Valley"] * 2


def test_an_article_that_names_a_place_does_not_keep_placeless_events() -> None:
    # the place of the article (or none) is the rules' business; never an empty name beside it
    text = "Police shot dead two robbers in Nakuru on Monday. Traders protested on Tuesday."
    assert all(e.location.name for e in _events(text))


def test_an_actor_name_is_never_the_place() -> None:
    for e in _events("Al-Shabaab fighters attacked Kenya Defence Forces in Xilorvuto on Monday."):
        assert e.location.name not in ("Al-Shabaab", "Kenya Defence Forces")


def test_the_run_warns_about_unplaced_events() -> None:
    art = Article(doc_id="t", file="t.txt", text="Police shot dead a man in Oruvanga on Tuesday.", title=None,
                  published="2021-03-04", outlet=None, dateline=None)  # fmt: skip
    (result,) = extract_documents([art])
    codes = {p.code: p for p in result.problems}
    assert "W216" in codes and "Oruvanga" in str(codes["W216"])
    assert "no gazetteer" in MESSAGES["W216"]
    art = Article(doc_id="u", file="u.txt", text="Traders protested on Tuesday against new taxes.", title=None,
                  published="2021-03-04", outlet=None, dateline=None)  # fmt: skip
    (result,) = extract_documents([art])
    assert "(no place named)" in str({p.code: p for p in result.problems}["W216"])
