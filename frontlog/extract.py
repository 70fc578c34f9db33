"""Run the extraction stages over articles: nlp -> places/actors -> events (per document), then
merge -> control (across documents)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence

from frontlog.actors import load_actor_lexicon
from frontlog.control import build_control
from frontlog.errors import Problem
from frontlog.events import extract_article
from frontlog.events.lexicon import load_event_lexicon
from frontlog.merge import merge_events
from frontlog.nlp import annotate
from frontlog.places.gazetteer import load_gazetteer
from frontlog.records import Article, ControlRecord, DocumentResult, Event
from frontlog.timing import Timings


def extract_documents(
    articles: Sequence[Article],
    *,
    progress: Callable[[str], None] | None = None,
    n_process: int = 1,
    timings: Timings | None = None,
) -> Iterator[DocumentResult]:
    """Parse each article and extract its event mentions and control claims, in input order."""
    clock = timings or Timings()
    with clock.stage("load"):
        gaz = load_gazetteer()
        actors = load_actor_lexicon()
        lex = load_event_lexicon()
    docs = annotate(((a.text, a) for a in articles), n_process=n_process)
    while True:
        with clock.stage("nlp"):
            item = next(docs, None)
        if item is None:
            break
        doc, article = item
        sentences = tuple((s.start_char, s.end_char) for s in doc.sents)
        if progress:
            progress(article.file)
        with clock.stage("events"):
            try:
                result = extract_article(doc, article, gaz=gaz, actors=actors, lex=lex, timings=clock)
            except Exception as exc:  # one article must not stop a run: keep it, report the failure
                if os.environ.get("FRONTLOG_RAISE"):
                    raise
                problem = Problem(
                    "W208", article.file, f"{type(exc).__name__}: {exc} (article {article.doc_id})"
                )
                yield DocumentResult(article, sentences, (), (), (problem,))
                continue
        yield DocumentResult(article, sentences, result.mentions, result.claims)


def extract_all(
    articles: Sequence[Article], *, progress: Callable[[str], None] | None = None, n_process: int = 1
) -> tuple[tuple[Event, ...], tuple[ControlRecord, ...]]:
    """Merged events and control records of the articles, in memory (no store)."""
    results = list(extract_documents(articles, progress=progress, n_process=n_process))
    events = merge_events(m for r in results for m in r.mentions)
    control = build_control(events, [c for r in results for c in r.claims])
    return tuple(events), tuple(control)
