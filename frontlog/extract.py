"""Run the extraction stages over articles: nlp -> places/actors -> events (per document), then
merge -> control (across documents)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

from spacy.tokens import Doc

from frontlog.actors import load_actor_lexicon
from frontlog.control import build_control
from frontlog.errors import Problem
from frontlog.events import extract_article
from frontlog.events.extract import ArticleResult
from frontlog.events.lexicon import load_event_lexicon
from frontlog.events.undated import dated_copy, keep_written
from frontlog.ingest.language import release as release_language_model
from frontlog.merge import merge_events
from frontlog.nlp import annotate
from frontlog.places.apart import build_apart
from frontlog.places.gazetteer import load_gazetteer
from frontlog.records import Article, ControlRecord, DocumentResult, Event
from frontlog.settings import OnExtractError, load_settings
from frontlog.timing import Timings


def extract_documents(
    articles: Sequence[Article],
    *,
    progress: Callable[[str], None] | None = None,
    n_process: int = 1,
    timings: Timings | None = None,
    on_error: OnExtractError | None = None,
) -> Iterator[DocumentResult]:
    """Parse each article and extract its event mentions and control claims, in input order.

    An article in another language than English is stored as it is, neither parsed nor coded. An
    article whose rules raise is kept without events and with warning W208 (`on_error="warn"`),
    or the exception stops the run (`"raise"`); frontlog/settings.toml says which by default.
    """
    on_error = on_error or load_settings().pipeline.on_error
    clock = timings or Timings()
    if n_process > 1:  # read at ingest, not needed by the parsing processes: they do not inherit it
        release_language_model()
    if any(a.language == "en" for a in articles):
        with clock.stage("load"):
            build_apart()  # an out-of-date gazetteer is built in a child process: its memory is not kept here
    docs = annotate(((a.text, a) for a in articles if a.language == "en"), n_process=n_process)
    # The gazetteer, actors and event lexicon are loaded after the first parse, so parsing
    # processes (forked by then) do not hold copies of what only this process uses.
    gaz: Any = None
    for article in articles:
        if article.language != "en":
            if progress:
                progress(article.file)
            yield DocumentResult(article, (), (), ())
            continue
        with clock.stage("nlp"):
            doc, _ = next(docs)
        if gaz is None:
            with clock.stage("load"):
                gaz, actors, lex = load_gazetteer(), load_actor_lexicon(), load_event_lexicon()
        sentences = tuple((s.start_char, s.end_char) for s in doc.sents)
        if progress:
            progress(article.file)
        with clock.stage("events"):
            try:
                if article.published:
                    result = extract_article(doc, article, gaz=gaz, actors=actors, lex=lex, timings=clock)
                    problems: tuple[Problem, ...] = ()
                else:
                    result, problems = _extract_undated(doc, article, gaz=gaz, actors=actors, lex=lex)
            except Exception as exc:  # one article must not stop a run: keep it, report the failure
                if on_error == "raise":
                    raise
                problem = Problem(
                    "W208", article.file, f"{type(exc).__name__}: {exc} (article {article.doc_id})"
                )
                yield DocumentResult(article, sentences, (), (), (problem,))
                continue
        yield DocumentResult(article, sentences, result.mentions, result.claims, problems + unplaced_warning(article, result))


def unplaced_warning(article: Article, result: ArticleResult) -> tuple[Problem, ...]:
    """W216 naming the places of the article's events that no gazetteer has (kept by name)."""
    names = sorted({m.place.name or "(no place named)" for m in result.mentions if m.place.point is None})
    return (Problem("W216", article.file, ", ".join(names)),) if names else ()


def _extract_undated(
    doc: Doc, article: Article, **resources: Any
) -> tuple[ArticleResult, tuple[Problem, ...]]:
    """An undated article keeps the events whose sentence writes their date in full (W213 counts the rest)."""
    stand_in, ref = dated_copy(article)
    result = extract_article(doc, stand_in, **resources)
    mentions, dropped_m = keep_written(result.mentions, "event_date", ref)
    claims, dropped_c = keep_written(result.claims, "date", ref)
    if not (dropped_m or dropped_c):
        return ArticleResult(mentions, claims), ()
    detail = f"{dropped_m} of {len(result.mentions)} event mentions"
    if dropped_c:
        detail += f" and {dropped_c} of {len(result.claims)} control claims"
    detail += "; give the date with --date"
    return ArticleResult(mentions, claims), (Problem("W213", article.file, detail),)


def extract_all(
    articles: Sequence[Article],
    *,
    progress: Callable[[str], None] | None = None,
    n_process: int = 1,
    on_error: OnExtractError | None = None,
) -> tuple[tuple[Event, ...], tuple[ControlRecord, ...]]:
    """Merged events and control records of the articles, in memory (no store)."""
    results = list(extract_documents(articles, progress=progress, n_process=n_process, on_error=on_error))
    events = merge_events(m for r in results for m in r.mentions)
    control = build_control(events, [c for r in results for c in r.claims])
    return tuple(events), tuple(control)
