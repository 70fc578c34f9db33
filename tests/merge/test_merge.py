"""Merging mentions into events: made-up mentions, one rule per test."""

from __future__ import annotations

from frontlog.merge import merge_events
from frontlog.records import Mention, Place, Source

TOWN = Place("Kafr Nabl", 170000, 35.61, 36.56, "Syria", "Idlib", "city")


def _m(doc: str, start: int, a1: str | None, a2: str | None, *, sub: str = "Air/drone strike",
       day: str = "2019-04-11", fat: int | None = None, place: Place = TOWN) -> Mention:  # fmt: skip
    etype = "Explosions/Remote violence" if sub == "Air/drone strike" else "Battles"
    src = Source(doc, None, "Test Wire", "2019-04-12", "a sentence", start, start + 10)
    return Mention(etype, sub, day, "day", a1, a2, place, fat, False, False, src, "strike", 0.8)


def test_merge_one_article_same_actor_different_targets_is_one_event() -> None:
    events = merge_events([
        _m("d1", 0, "Syrian government forces", "Syrian rebels", fat=9),
        _m("d1", 50, "Syrian government forces", "Civilians", fat=12),
    ])  # fmt: skip
    assert len(events) == 1
    assert events[0].actor2 == "Civilians"  # civilians among the targets of remote violence
    assert events[0].fatalities == 9


def test_merge_two_articles_different_targets_stay_apart() -> None:
    events = merge_events([
        _m("d1", 0, "Syrian government forces", "Syrian rebels"),
        _m("d2", 0, "Syrian government forces", "Islamic State"),
    ])  # fmt: skip
    assert len(events) == 2


def test_merge_one_article_different_acting_sides_stay_apart() -> None:
    events = merge_events([
        _m("d1", 0, "Russian armed forces", "Syrian rebels"),
        _m("d1", 50, "Syrian government forces", "Syrian rebels"),
    ])  # fmt: skip
    assert len(events) == 2


def test_merge_battles_keep_most_named_target() -> None:
    events = merge_events([
        _m("d1", 0, "Islamic State", "Syrian rebels", sub="Armed clash"),
        _m("d1", 50, "Islamic State", "Syrian rebels", sub="Armed clash"),
        _m("d1", 90, "Islamic State", "Civilians", sub="Armed clash"),
    ])  # fmt: skip
    assert [e.actor2 for e in events] == ["Syrian rebels"]


def test_merge_capture_by_unnamed_forces_joins_the_named_capture() -> None:
    named = _m(
        "d1",
        0,
        "Iraqi government forces",
        "Islamic State",
        sub="Government regains territory",
        day="2019-04-10",
    )
    unnamed = _m("d1", 80, None, None, sub="Non-state actor overtakes territory", day="2019-04-11")
    other_doc = _m("d2", 0, None, None, sub="Non-state actor overtakes territory", day="2019-04-12")
    events = merge_events([named, unnamed, other_doc])
    captures = sorted(events, key=lambda e: len(e.sources))
    assert len(events) == 2  # another article's unnamed capture is not told by this one
    assert captures[-1].actor1 == "Iraqi government forces"
    assert {(s.doc_id, s.start) for s in captures[-1].sources} == {("d1", 0), ("d1", 80)}


def _nowhere(name: str, country: str | None) -> Place:
    """A place the text names that no gazetteer has: no id, no coordinates."""
    return Place(name, None, None, None, country, None, "unresolved")


def test_merge_unplaced_places_by_name_within_one_country() -> None:
    events = merge_events([
        _m("d1", 0, "Kenyan police", None, sub="Armed clash", place=_nowhere("Oruvanga", "Kenya")),
        _m("d2", 0, "Kenyan police", None, sub="Armed clash", place=_nowhere("ORUVANGA", "Kenya")),
        _m("d3", 0, "Kenyan police", None, sub="Armed clash", place=_nowhere("Oruvanga", None)),
        _m("d4", 0, "Kenyan police", None, sub="Armed clash", place=_nowhere("Oruvanga", "Uganda")),
    ])  # fmt: skip
    assert sorted((len(e.sources), e.location.country or "") for e in events) == [(1, ""), (1, "Uganda"), (2, "Kenya")]
    assert all(e.location.lat is None and e.location.point is None for e in events)


def test_merge_an_unplaced_place_never_joins_a_resolved_town_of_the_same_name() -> None:
    events = merge_events([
        _m("d1", 0, "Syrian government forces", None, place=TOWN),
        _m("d2", 0, "Syrian government forces", None, place=_nowhere("Kafr Nabl", "Syria")),
    ])  # fmt: skip
    assert len(events) == 2


def test_merge_reports_that_name_no_place_merge_only_within_their_article() -> None:
    events = merge_events([
        _m("d1", 0, "Kenyan police", None, sub="Armed clash", place=_nowhere("", "Kenya")),
        _m("d1", 90, "Kenyan police", None, sub="Armed clash", place=_nowhere("", "Kenya")),
        _m("d2", 0, "Kenyan police", None, sub="Armed clash", place=_nowhere("", "Kenya")),
    ])  # fmt: skip
    assert sorted(len(e.sources) for e in events) == [1, 2]
    assert len({e.event_id for e in events}) == 2
