"""Control records from captures and sieges told in wording beyond 'captured': made-up sentences."""

from __future__ import annotations

from frontlog.extract import extract_all
from frontlog.places.normalize import loose_key
from frontlog.records import Article


def _control(text: str) -> list[tuple[str, str, str, str | None]]:
    art = Article(doc_id="c", file="c.txt", text=text, title=None, published="2019-04-12",
                  outlet="Test Wire", dateline=None)  # fmt: skip
    _, control = extract_all([art])
    return [(c.status, loose_key(c.place.name), c.date, c.controller) for c in control]


def test_established_control_is_a_capture() -> None:
    got = _control("Army units established full control over the village of Kafr Zita on Sunday.")
    assert got == [("captured", loose_key("Kafr Zaytā"), "2019-04-07", "Syrian government forces")]


def test_surrounded_village_is_besieged_held_by_the_other_side() -> None:
    got = _control("Rebel fighters surrounded the village of Morek on Tuesday after clashes with army units.")
    assert ("besieged", loose_key("Mūrak"), "2019-04-09", "Syrian government forces") in got


def test_expelled_from_is_a_capture_from_the_expelled() -> None:
    text = (
        "Islamic State militants expelled opposition rebels from Mayadin on Monday after a week of fighting."
    )
    art = Article(doc_id="c", file="c.txt", text=text,
                  title=None, published="2019-04-12", outlet="Test Wire", dateline=None)  # fmt: skip
    _, control = extract_all([art])
    assert [(c.status, c.controller, c.previous) for c in control] == [
        ("captured", "Islamic State", "Syrian rebels")
    ]
