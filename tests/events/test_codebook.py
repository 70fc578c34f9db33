"""The codebook's sentence-level distinctions (events/codebook.py) on made-up sentences."""

from __future__ import annotations

import pytest
import spacy

from frontlog.events.codebook import has_cue, load_cues, protest_type
from frontlog.events.lexicon import load_event_lexicon


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    from frontlog.nlp import MODEL

    return spacy.load(MODEL, disable=["ner"])


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Nurses marched to the ministry to demand their allowances.", "Peaceful protest"),
        ("Police used water cannon to break up the march of nurses.", "Protest with intervention"),
        ("Soldiers opened fire on the marchers, killing four.", "Excessive force against protesters"),
        ("The marchers set fire to a police post and looted shops.", "Violent demonstration"),
        ("Police fired tear gas after the marchers pelted them with stones.", "Violent demonstration"),
    ],
)
def test_protest_type(nlp: spacy.language.Language, text: str, want: str) -> None:
    assert protest_type([nlp(text)[:]], load_event_lexicon()) == want


def test_cue_phrase_words_in_order_and_near() -> None:
    cues = (("tear", "gas"),)
    assert has_cue([("tear", "tear"), ("gas", "gas")], cues)
    assert not has_cue([("gas", "gas"), ("tear", "tear")], cues)
    far = [("tear", "tear")] + [("x", "x")] * 5 + [("gas", "gas")]
    assert not has_cue(far, cues)


def test_cue_lists_load() -> None:
    cues = load_cues()
    assert "lynch" in cues.killing_verbs and ("tear", "gas") in cues.intervention
    assert "Arrests" in cues.absorbed and "soldier" in cues.armed_victims
