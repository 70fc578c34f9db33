"""Timeline entries (events/chronicle.py): made-up paragraphs (session 13, helper "wire")."""

from __future__ import annotations

from datetime import date

from frontlog.events.chronicle import entry_at, timeline_entries

PUB = date(2025, 5, 20)


def test_entries_opening_with_a_day_and_a_dash_or_colon() -> None:
    text = "Timeline\n\n3 May - Rebels attacked a base.\n\nOn May 9: Troops shelled a village.\n\nMay 12 – Talks began."
    entries = timeline_entries(text, PUB)
    assert [e.day for e in entries] == [date(2025, 5, 3), date(2025, 5, 9), date(2025, 5, 12)]
    inside = text.index("Troops")
    assert entry_at(entries, inside) == entries[1]
    assert entry_at(entries, 0) is None


def test_one_dated_paragraph_or_an_old_day_is_no_timeline() -> None:
    assert timeline_entries("3 May - Rebels attacked a base.\n\nThe army said it had repelled them.", PUB) == ()
    old = "2 February - Rebels attacked a base.\n\n5 February - Troops shelled a village."
    assert timeline_entries(old, PUB) == ()  # months before the article: history, not its events
    prose = "May 3 was quiet in the town.\n\nMay 4 brought new fighting."
    assert timeline_entries(prose, PUB) == ()  # a date as a sentence's subject opens no entry
