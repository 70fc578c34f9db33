"""Run the extraction stages over articles: nlp -> places/actors -> events -> merge -> control."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from frontlog.actors import load_actor_lexicon
from frontlog.control import ShareClaim, build_control
from frontlog.events import extract_article
from frontlog.events.lexicon import load_event_lexicon
from frontlog.merge import merge_events
from frontlog.nlp import annotate
from frontlog.places.gazetteer import load_gazetteer
from frontlog.records import Article, ControlRecord, Event, Mention


def extract_all(
    articles: Sequence[Article], *, progress: Callable[[str], None] | None = None, n_process: int = 1
) -> tuple[tuple[Event, ...], tuple[ControlRecord, ...]]:
    """Extract merged events and control records from articles."""
    gaz = load_gazetteer()
    actors = load_actor_lexicon()
    lex = load_event_lexicon()
    mentions: list[Mention] = []
    claims: list[ShareClaim] = []
    for doc, article in annotate(((a.text, a) for a in articles), n_process=n_process):
        result = extract_article(doc, article, gaz=gaz, actors=actors, lex=lex)
        mentions.extend(result.mentions)
        claims.extend(result.claims)
        if progress:
            progress(article.file)
    events = merge_events(mentions)
    control = build_control(events, claims)
    return tuple(events), tuple(control)
