"""What the event rules read about an article and a sentence, and the little they carry forward.

`ArticleContext` and `SentenceContext` are fixed once built; `Discourse` is the one mutable
object: what the sentences read so far said last (an event's date, a place, an acting side). It
lives for one article, in `extract_article`, and is updated in text order.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Span, Token

from frontlog.actors import ActorLexicon
from frontlog.control import ShareClaim
from frontlog.events.arguments import ActorMention
from frontlog.events.chronicle import Entry, entry_at
from frontlog.events.claims import Share
from frontlog.events.lexicon import EventLexicon, TriggerRule
from frontlog.places.gazetteer import Gazetteer
from frontlog.places.resolve import PlaceMention
from frontlog.records import Article, Mention


@dataclass(frozen=True, slots=True)
class ArticleResult:
    mentions: tuple[Mention, ...]
    claims: tuple[ShareClaim, ...]


@dataclass(frozen=True, slots=True)
class Trigger:
    token: Token
    rule: TriggerRule
    type: str  # resolved ACLED sub_event_type or TERRITORY / SIEGE_BROKEN / SIEGE_LAID
    is_verb: bool


@dataclass(frozen=True, slots=True)
class ArticleContext:
    article: Article
    pub: date
    country: str | None  # the country most places of the body are in
    named: frozenset[str]  # canonical actors the article names
    actor_counts: Mapping[str, int]  # how often it names each
    places: tuple[PlaceMention, ...]
    actor_spans: tuple[Span, ...]  # the nlp stage's actor names (doc.spans["actors"])
    dateline_end: int  # places before this offset say where the story was filed (-1: no dateline)
    named_sources: frozenset[str]
    focus: PlaceMention | None  # the town the article is about
    actors: ActorLexicon
    lex: EventLexicon
    gaz: Gazetteer
    # places named only as context: demonyms ("Iranians"), names inside an organisation's ("X
    # Steel Company"), a people's adjective ("the Lebanese parliament"); events/wider.py reads them
    context_places: tuple[PlaceMention, ...] = ()
    # the day a bulletin covering "the past day" reports (events/bulletin.py); None: the article's date
    report_day: date | None = None
    # the day the article's lead names (events/dating.py lead_day): its undated events' day
    lead_day: date | None = None
    entries: tuple[Entry, ...] = ()  # timeline entries (events/chronicle.py)
    # the article's sentences, made once (doc.sents makes every span anew at each call; speed)
    sents: tuple[Span, ...] = ()

    def entry_at(self, offset: int) -> Entry | None:
        return entry_at(self.entries, offset)


def sentences(sc: SentenceContext) -> tuple[Span, ...]:
    """The sentences of the sentence's article (`sc.index` counts them)."""
    return sc.art.sents or tuple(sc.sent.doc.sents)


@dataclass(frozen=True, slots=True)
class SentenceContext:
    art: ArticleContext
    index: int  # the sentence's number in the article
    sent: Span
    places: tuple[PlaceMention, ...]  # places of the sentence (after any dateline)
    country: str | None  # the country of its places, else the article's
    actors: tuple[ActorMention, ...]
    place_tokens: frozenset[int]
    actor_tokens: frozenset[int]
    voice: str | None  # the state forces of `country`: "the government", "state media"
    share: Share | None  # a statement of extent ("controls 90 percent of ...")
    attributed: str | None = None  # who the sentence says said it


@dataclass(slots=True)
class Discourse:
    """What earlier sentences of the article said last (sentence index, value)."""

    last_event_date: date | None = None
    last_event_sentence: int = -9  # the sentence that gave last_event_date
    last_place: tuple[int, PlaceMention] | None = None
    last_actor: tuple[int, str] | None = None
    last_violent: tuple[int, str] | None = None  # the sentence and place of the last violent event coded

    def story_day(self, index: int) -> date | None:
        """The day of the event coded in this sentence or the one before (a story told on)."""
        return self.last_event_date if index - self.last_event_sentence <= 1 else None

    def recent_place(self, index: int, within: int = 3) -> PlaceMention | None:
        if self.last_place and index - self.last_place[0] <= within:
            return self.last_place[1]
        return None

    def recent_actor(self, index: int, within: int) -> str | None:
        if self.last_actor and index - self.last_actor[0] <= within:
            return self.last_actor[1]
        return None
