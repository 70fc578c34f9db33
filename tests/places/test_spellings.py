"""Transliterations beside spelt-alike towns abroad, and the Arabic article glued to a name
(places/spellings.py); made-up sentences. Session 15, helper nplaces."""

from __future__ import annotations

import pytest

from frontlog.extract import extract_all
from frontlog.records import Article


def _place(text: str) -> str:
    art = Article(doc_id="t", file="t.txt", text=text, title=None, published="2018-02-07", outlet="Test Wire",
                  dateline=None)  # fmt: skip
    events, _ = extract_all([art])
    assert events, text
    return events[0].location.name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Militants shelled the town of Deir Alzour on Tuesday.", "Deir ez-Zor"),  # the article glued
        ("Militants shelled the town of Deir Ezour on Tuesday. Clashes also broke out in Homs.", "Deir ez-Zor"),
        ("Warplanes bombed a hospital in Maarat Alnuman in Idlib province on Tuesday.", "Maarat al-Numan"),
        ("Gunmen attacked a checkpoint in Alexandria on Monday.", "Alexandria"),  # "Al" of a name is no article
    ],
)
def test_other_spellings(text: str, name: str) -> None:
    assert _place(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a town the reviewed core names so, not a town one index source also calls so
        ("Clashes killed 20 fighters in the Syrian town of Kobani on Monday.", "Kobani"),
        # a country's possessive with its apostrophe lost is not part of the town's name
        ("Clashes broke out in Syrias Raqqa on Monday.", "Raqqa"),
        ("Gunmen attacked a checkpoint in Iraqs Tikrit on Monday.", "Tikrīt"),
    ],
)
def test_reviewed_names_and_lost_apostrophes(text: str, name: str) -> None:
    assert _place(text) == name
