"""An article's headline retold at the head of its text: its events are the body's, told again.

Exports and scrapes often repeat the headline as the first sentence of the text ("Two killed in
rocket attack on market. Two civilians were killed on Monday when rockets hit a market in X ...").
Coded on its own, the headline adds a second event: often of another type (a headline's bare
"attack" or "kill" types as a clash) or dated the day of publication while the body says "late
on Tuesday". A headline mention is dropped when the body codes an event at the same place (within
PLACE_KM, inside the region the headline names, or in the region the body names) during the
days before publication, or an event of the same sub-type and day in the same region or in
another country (a headline naming the region's capital for a village, or the capital of the
country that spoke, "Russia strikes kill 120 ... Moscow"); a headline whose place no gazetteer
has ("in Syrias Aleppo Hama", glued words) is dropped when the body codes any event of those
days. A headline whose event the body does not tell is kept.
"""

from __future__ import annotations

import re
from datetime import date

from frontlog.calendar import MONTHS, WEEKDAYS
from frontlog.places.gazetteer import distance_km
from frontlog.records import UNRESOLVED, Article, Mention, Place
from frontlog.settings import load_settings

PLACE_KM = 25.0  # a headline names the city; the body the district or village
HEAD_CHARS = 60  # the headline starts the text, after at most a date stamp
TITLE_SHARE = 0.8  # the share of the sentence's words that are the headline's
_WORD = re.compile(r"[a-z0-9]+")


def headline_span(article: Article, sentences: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The (start, end) of the sentence that is the article's headline retold, if one is."""
    if not article.title:
        return None
    title = set(_WORD.findall(article.title.lower()))
    for start, end in sentences:
        if start > HEAD_CHARS:
            return None
        words = [w for w in _WORD.findall(article.text[start:end].lower()) if not _stamp_word(w)]
        if len(words) >= 3 and sum(w in title for w in words) >= TITLE_SHARE * len(words):
            return start, end
    return None


def _stamp_word(word: str) -> bool:
    """A word of a date stamp after the headline ("AFP Tuesday 3 Mar 2015": the agency's name is
    the one word left, within the share of words that may be the headline's)."""
    return word.isdigit() or word in MONTHS or word in WEEKDAYS


def drop_retold_headline(
    mentions: list[Mention], span: tuple[int, int] | None, published: str
) -> list[Mention]:
    """The mentions without those of the headline sentence that the body tells again."""
    if span is None:
        return mentions
    head = [m for m in mentions if (m.source.start, m.source.end) == span]
    body = [m for m in mentions if (m.source.start, m.source.end) != span and not m.background]
    days = load_settings().events.background_days
    pub = date.fromisoformat(published)
    recent = [
        m
        for m in body
        if m.date_precision == "day" and 0 <= (pub - date.fromisoformat(m.event_date)).days <= days
    ]
    told = {id(h) for h in head if any(_same_place(h.place, b.place) or _same_story(h, b) for b in recent)}
    return [m for m in mentions if id(m) not in told]


def _same_story(head: Mention, body: Mention) -> bool:
    """The headline's event is the body's: its place no gazetteer has, or the same sub-type and day
    in the same region or in another country."""
    hp, bp = head.place, body.place
    if hp.precision == UNRESOLVED:
        return head.event_type == body.event_type  # (not a protest headline for a body's clash; review, session 16)
    if head.sub_event_type != body.sub_event_type or head.event_date != body.event_date:
        return False
    return hp.country != bp.country or (hp.admin1 is not None and hp.admin1 == bp.admin1)


def _same_place(head: Place, body: Place) -> bool:
    if head.precision == "country":
        return head.country is not None and head.country == body.country
    if "admin1" in (head.precision, body.precision):
        return head.admin1 is not None and head.admin1 == body.admin1 and head.country == body.country
    hl, ho, bl, bo = head.lat, head.lon, body.lat, body.lon
    if hl is None or ho is None or bl is None or bo is None:
        return head.name == body.name
    return distance_km((hl, ho), (bl, bo)) <= PLACE_KM
