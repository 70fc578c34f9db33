"""The typed records that flow between pipeline stages (frozen dataclasses)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from frontlog.errors import Problem


def stable_id(*parts: object, length: int = 16) -> str:
    """A short hex digest of the parts: the same inputs always give the same id."""
    h = hashlib.sha1("\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8"))
    return h.hexdigest()[:length]


@dataclass(frozen=True, slots=True)
class Article:
    """A clean, dated article: the unit every later stage reads (spec section 9)."""

    doc_id: str
    file: str
    text: str
    title: str | None
    published: str | None
    outlet: str | None
    dateline: str | None
    url: str | None = None
    warnings: tuple[str, ...] = ()
    source_id: str | None = None
    # where the article's own words begin when its first paragraph opens with a dateline
    # ("BEIRUT (AP) —"): places before it say where the story was filed (set by ingest)
    dateline_end: int | None = None
    # the (start, end) offsets of the wire datelines inside the text ("... media reported. BEIRUT
    # (Sputnik) Clashes ..."): their towns say where the story was filed (set by ingest)
    filed: tuple[tuple[int, int], ...] = ()
    language: str = "en"  # ISO 639 code detected at ingest; only English articles are coded
    # ISO2 codes of the countries the source says the article is about (`run --country`, an
    # export's country column): context for its places, as if the article had named them
    countries: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "file": self.file,
            "url": self.url,
            "title": self.title,
            "published": self.published,
            "outlet": self.outlet,
            "dateline": self.dateline,
            "text": self.text,
            "warnings": list(self.warnings),
        }


UNRESOLVED = "unresolved"  # a place the text names that no gazetteer has: no coordinates


@dataclass(frozen=True, slots=True)
class Seat:
    """The seat of the region an event is known only by (places/seat.py): the point ACLED codes such
    an event at (geo_precision 3), kept beside the region's own point for the ACLED-style CSV and
    eval-acled; events.jsonl, GeoJSON and the store's coordinates are the region's (spec section 4)."""

    name: str
    geonameid: int | None
    lat: float
    lon: float

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "geonameid": self.geonameid, "lat": round(self.lat, 4), "lon": round(self.lon, 4)}


@dataclass(frozen=True, slots=True)
class Place:
    """A resolved gazetteer entry (spec section 4), or a place the text names that no gazetteer
    has: its words as `name`, no id and no coordinates, precision "unresolved" (never a country's
    centroid presented as its point)."""

    name: str
    geonameid: int | None
    lat: float | None
    lon: float | None
    country: str | None
    admin1: str | None
    precision: str  # point | city | admin1 | country | unresolved
    detail: str | None = None
    seat: Seat | None = None  # a region-level event: its region's seat, ACLED's point (session 14)

    @property
    def point(self) -> tuple[float, float] | None:
        """(lat, lon), or None for a place with no coordinates."""
        return None if self.lat is None or self.lon is None else (self.lat, self.lon)

    @property
    def acled_point(self) -> tuple[float, float] | None:
        """The point ACLED codes the event at: the region's seat for a region-level event, else
        the place's own point."""
        return (self.seat.lat, self.seat.lon) if self.seat is not None else self.point

    def to_json(self) -> dict[str, Any]:
        seat = {} if self.seat is None else {"seat": self.seat.to_json()}
        return {
            "name": self.name,
            "geonameid": self.geonameid,
            "lat": None if self.lat is None else round(self.lat, 4),
            "lon": None if self.lon is None else round(self.lon, 4),
            "admin1": self.admin1,
            "country": self.country,
            "precision": self.precision,
            "detail": self.detail,
            **seat,
        }


@dataclass(frozen=True, slots=True)
class Source:
    """Where a field came from: one sentence of one stored document."""

    doc_id: str
    url: str | None
    outlet: str | None
    published: str | None
    sentence: str
    start: int
    end: int
    attributed_to: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "url": self.url,
            "outlet": self.outlet,
            "published": self.published,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "attributed_to": self.attributed_to,
        }


@dataclass(frozen=True, slots=True)
class Mention:
    """One event mention found in one sentence, before merging (the events stage's output)."""

    event_type: str
    sub_event_type: str
    event_date: str
    date_precision: str
    actor1: str | None
    actor2: str | None
    place: Place
    fatalities: int | None
    background: bool
    siege: bool
    source: Source
    trigger: str
    confidence: float
    siege_broken: bool = False


@dataclass(frozen=True, slots=True)
class ShareClaim:
    """A statement of extent or presence found in one sentence (the events stage's output, the
    control stage's input)."""

    status: str  # partial | contested | besieged
    place: Place
    date: str
    date_precision: str
    controller: str | None
    previous: str | None
    share: float | None
    claimed_by: str | None
    source: Source
    background: bool = False


@dataclass(frozen=True, slots=True)
class DocumentResult:
    """What the extraction stages made of one article: its sentences, mentions and claims, ready
    to store."""

    article: Article
    sentences: tuple[tuple[int, int], ...]
    mentions: tuple[Mention, ...]
    claims: tuple[ShareClaim, ...]
    problems: tuple[Problem, ...] = ()


@dataclass(frozen=True, slots=True)
class Event:
    """One merged event: one (sub_event_type, place, day, actor pair) (spec section 7)."""

    event_id: str
    event_date: str
    date_precision: str
    event_type: str
    sub_event_type: str
    actor1: str | None
    actor2: str | None
    location: Place
    fatalities: int | None
    background: bool
    siege: bool
    sources: tuple[Source, ...]
    confidence: float
    siege_broken: bool = False
    triggers: tuple[str, ...] = field(default=())
    # ACLED's names and actor-type codes of actor1/actor2 (actors.acled): derived from the
    # canonical actor, the event's country and date when mentions are merged.
    actor1_acled: str | None = None
    actor2_acled: str | None = None
    inter1: int | None = None
    inter2: int | None = None
    interaction: int | None = None
    review: str | None = None  # the latest review's status (confirmed | rejected | edited), if any

    # Corroboration (issue 18): how many documents and outlets report the event, and whether a
    # source attributes it to one of its own actors.
    @property
    def n_sources(self) -> int:
        """Distinct documents among the sources."""
        return len({s.doc_id for s in self.sources})

    @property
    def n_outlets(self) -> int:
        """Distinct outlets among the sources (a document without an outlet counts as its own)."""
        return len({(s.outlet or "").strip().lower() or f"doc:{s.doc_id}" for s in self.sources})

    @property
    def party_attributed(self) -> bool:
        """Whether a source sentence is attributed to actor1 or actor2 (a party reporting its own fight)."""
        parties = {a.lower() for a in (self.actor1, self.actor2) if a}
        return any(s.attributed_to and s.attributed_to.strip().lower() in parties for s in self.sources)

    def to_json(self) -> dict[str, Any]:
        review = {"review": self.review} if self.review else {}
        return {
            "event_id": self.event_id,
            "event_date": self.event_date,
            "date_precision": self.date_precision,
            "event_type": self.event_type,
            "sub_event_type": self.sub_event_type,
            "actor1": self.actor1,
            "actor2": self.actor2,
            "actor1_acled": self.actor1_acled,
            "actor2_acled": self.actor2_acled,
            "inter1": self.inter1,
            "inter2": self.inter2,
            "interaction": self.interaction,
            "location": self.location.to_json(),
            "fatalities": self.fatalities,
            "background": self.background,
            "siege": self.siege,
            "siege_broken": self.siege_broken,
            "sources": [s.to_json() for s in self.sources],
            "confidence": round(self.confidence, 3),
            "triggers": list(self.triggers),
            "n_sources": self.n_sources,
            "n_outlets": self.n_outlets,
            "party_attributed": self.party_attributed,
            **review,
        }


@dataclass(frozen=True, slots=True)
class ControlRecord:
    """Who held a place when, as someone claimed it (spec section 8)."""

    control_id: str
    place: Place
    date: str
    date_precision: str
    controller: str | None
    previous: str | None
    status: str  # captured | besieged | siege_broken | partial | contested
    share: float | None
    claimed_by: str | None
    event_ids: tuple[str, ...]
    sources: tuple[Source, ...]
    besieger: str | None = None
    background: bool = False

    def to_json(self) -> dict[str, Any]:
        place = self.place.to_json()
        return {
            "control_id": self.control_id,
            "place": place,
            "date": self.date,
            "date_precision": self.date_precision,
            "controller": self.controller,
            "previous": self.previous,
            "status": self.status,
            "share": self.share,
            "claimed_by": self.claimed_by,
            "besieger": self.besieger,
            "background": self.background,
            "event_ids": list(self.event_ids),
            "sources": [s.to_json() for s in self.sources],
        }
