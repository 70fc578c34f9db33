"""EventLexicon.lemma keeps the lemmas it has read (events/lexicon.py): the same answer as reading
spaCy's strings each time, for every token, and a bounded cache."""

from __future__ import annotations

import pytest

from frontlog.events import lexicon
from frontlog.events.lexicon import load_event_lexicon
from frontlog.nlp import load_nlp

MADE_UP = (
    "Rebels shelled the villages of Tarkon and Wessa on Monday; two sheep were killed and the militiamen "
    "retook the bridge after they had been ambushed."
)


def _uncached(lex: lexicon.EventLexicon, tok: object) -> str:
    return lex.inflections.get(tok.lower_) or tok.lemma_.lower()  # type: ignore[attr-defined]


def test_cached_lemmas_are_the_lemmas() -> None:
    lex = load_event_lexicon()
    doc = load_nlp()(MADE_UP)
    for _ in range(2):  # a first read, then from the cache
        assert [lex.lemma(t) for t in doc] == [_uncached(lex, t) for t in doc]
    assert lex.lemma(doc[1]) == "shell"


def test_the_cache_is_cleared_when_full(monkeypatch: pytest.MonkeyPatch) -> None:
    lex = lexicon.EventLexicon(*(load_event_lexicon().__getattribute__(f) for f in ("verbs", "nouns", "event_verbs",
        "modals", "irrealis_heads", "realis_heads", "denials", "conditionals", "factual_marks", "inflections")))  # fmt: skip
    monkeypatch.setattr(lexicon, "LEMMA_CACHE", 5)
    doc = load_nlp()(MADE_UP)
    assert [lex.lemma(t) for t in doc] == [_uncached(lex, t) for t in doc]
    assert len(lex._lemmas) <= 5
