"""Events: triggers, arguments, modality, dates and numbers -> event mentions and share claims."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from frontlog.actors import ActorLexicon
from frontlog.control import ShareClaim
from frontlog.events.extract import extract_mentions
from frontlog.events.lexicon import EventLexicon
from frontlog.places.gazetteer import Gazetteer
from frontlog.records import Article, Mention
from frontlog.timing import Timings


@dataclass(frozen=True, slots=True)
class ArticleResult:
    mentions: tuple[Mention, ...]
    claims: tuple[ShareClaim, ...]


def extract_article(
    doc: Doc,
    article: Article,
    *,
    gaz: Gazetteer,
    actors: ActorLexicon,
    lex: EventLexicon,
    timings: Timings | None = None,
) -> ArticleResult:
    """Event mentions and control claims of one parsed article."""
    mentions, claims = extract_mentions(doc, article, gaz=gaz, actors=actors, lex=lex, timings=timings)
    return ArticleResult(tuple(mentions), tuple(claims))
