"""Glued words (nlp/glue.py): made-up tokens where a page lost the spaces around a link."""

from __future__ import annotations

import itertools

import pytest

from frontlog.nlp import load_nlp
from frontlog.nlp.glue import split_glued


@pytest.mark.parametrize(
    ("token", "words"),
    [
        ("inTubas", ["in", "Tubas"]),
        ("theGazaStrip", ["the", "Gaza", "Strip"]),
        ("duringclasheswith", ["during", "clashes", "with"]),
        ("toprotest", ["to", "protest"]),
        ("northernIsraelwithout", ["northern", "Israel", "without"]),
        ("protestedMonday", ["protested", "Monday"]),
    ],
)
def test_glued_tokens_are_split(token: str, words: list[str]) -> None:
    assert split_glued(token) == words


@pytest.mark.parametrize(
    "token",
    ["within", "without", "McDonald", "MacArthur", "iPhone", "YouTube", "Meanwhile", "Holland", "Passover",
     "understanding", "another", "Jerusalem", "Gunther"],
)  # fmt: skip
def test_real_words_are_not_split(token: str) -> None:
    assert split_glued(token) == [token]


def test_the_text_is_unchanged_and_the_parser_sees_words() -> None:
    text = "Clashes broke out inTubas duringthe night."
    doc = load_nlp()(text)
    assert doc.text == text
    assert [t.text for t in doc][:5] == ["Clashes", "broke", "out", "in", "Tubas"]
    assert doc[3].idx == text.index("inTubas") and doc[4].idx == text.index("Tubas")


def test_a_split_document_parses_into_finite_trees() -> None:
    # the pieces of a split word once kept pre-set heads: a label-less token headed itself and
    # its subtree never ended (the process looped until it crashed)
    doc = load_nlp()("Youths firebomb a police post near the market and block the road.")
    assert [t.text for t in doc][1:3] == ["fire", "bomb"]
    for tok in doc:
        assert tok.dep_, tok.text
        assert len(list(itertools.islice(tok.subtree, len(doc) + 1))) <= len(doc), tok.text
    assert sum(t.dep_ == "ROOT" for t in doc) == len(list(doc.sents))


def test_a_split_document_keeps_the_tokenizer_norms() -> None:
    plain = load_nlp()("IS fighters attacked the town.")
    split = load_nlp()("IS fighters attacked inTubas.")
    assert split[0].norm_ == plain[0].norm_ != "is"
