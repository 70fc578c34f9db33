"""Where a shot came from is not where it struck (events/origin.py; made-up sentences)."""

from __future__ import annotations

from frontlog.events.origin import origin_places, preposition_before
from frontlog.nlp import load_nlp


def _spans(doc, *names: str) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    out = []
    for name in names:
        first = name.split()[0]
        i = next(t.i for t in doc if t.text == first)
        out.append((i, i + len(name.split())))
    return out


def test_the_preposition_of_a_long_noun_phrase() -> None:
    doc = load_nlp()(
        "Shells fired from the rebel held region of Zarqa fell into the Bayt neighbourhood of Marun town."
    )
    zarqa, bayt, marun = _spans(doc, "Zarqa", "Bayt", "Marun")
    assert preposition_before(doc, zarqa[0]) == "from"
    assert preposition_before(doc, bayt[0]) == "into"
    assert preposition_before(doc, marun[0]) == "into"
    assert origin_places(doc, [zarqa, bayt, marun]) == {0}


def test_a_place_after_from_alone_is_no_origin() -> None:
    # nothing arrived anywhere else: the only place is the event's
    doc = load_nlp()("Gunmen from Zarqa were arrested on Monday, and police said they had fled from Marun.")
    assert origin_places(doc, _spans(doc, "Zarqa", "Marun")) == set()
