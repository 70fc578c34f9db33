"""Score frontlog on an ACLED export with coder notes (`frontlog eval-acled`).

Each note is one article dated by its `event_date`; frontlog codes it in memory (no store), the
note's mentions are merged on their own, and one predicted event is judged against ACLED's row.

Which event is "the" prediction for a note, when frontlog codes several: (1) one of the gold
sub_event_type, else (2) one of the gold event_type (legacy `Riots/Protests`: Protests or
Riots), then (3) the one nearest to ACLED's point, then (4) the first in the text. Background
events count only when the note gives nothing else. So event_type accuracy reads "frontlog coded
an event of the gold type", and type+place "an event of the gold type within 25 km".

Every share is over all scored notes (a note with no event is wrong on everything), except
sub_event_type (rows with a current sub-type: legacy files have none) and actor2 (rows that
name one). Dates: ACLED's time_precision 1 must be the same day, 2 within 7 days, 3 the same
month. Fatalities: frontlog's `null` (none reported) equals ACLED's 0. Actors compare with the
scorer's normalisation (no case, punctuation or bracketed part: "Military Forces of Syria
(2000-)" = "military forces of syria"), against the actor's ACLED name when frontlog has one,
else its canonical name.
"""

from __future__ import annotations

import csv
import functools
import json
import math
import random
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from frontlog.eval import PLACE_KM, _km, normalise_actor
from frontlog.records import Article, Event, stable_id

LEGACY_FILE = "acled_legacy_types.yaml"
NO_EVENT = "(none)"
DATE_TOLERANCE = {"1": 0, "2": 7}  # ACLED time_precision -> days; 3 (month) compares months


@functools.cache
def legacy_types() -> dict[str, tuple[tuple[str, ...], str | None]]:
    """Legacy (pre-2019) event_type -> (today's event types, sub_event_type or None)."""
    raw = yaml.safe_load((resources.files("frontlog.eval") / "data" / LEGACY_FILE).read_text("utf-8"))
    out = {}
    for name, entry in raw.items():
        if not isinstance(entry, dict) or not entry.get("event_types"):
            raise ValueError(f"{LEGACY_FILE}: {name!r} needs a list of event_types")
        out[str(name)] = (tuple(entry["event_types"]), entry.get("sub_event_type"))
    return out


@dataclass(frozen=True, slots=True)
class AcledNote:
    """One ACLED row: the note and the coding it is judged against."""

    event_id: str
    event_date: str
    time_precision: str
    event_types: tuple[str, ...]  # one, or two for legacy Riots/Protests
    sub_event_type: str | None  # the row's current sub-type (None in legacy files)
    prefer_sub_type: str | None  # the sub-type to prefer when picking (a legacy type may name one)
    actor1: str
    actor2: str
    country: str
    point: tuple[float, float] | None
    fatalities: int | None
    notes: str
    where: str = ""  # ACLED's location, admin2, admin1 and geo_precision, for `--misses`

    @property
    def gold_label(self) -> str:
        return " or ".join(self.event_types)


def _float(value: str | None) -> float | None:
    try:
        x = float(value or "")
    except ValueError:
        return None
    return x if math.isfinite(x) else None


def _note(row: dict[str, str]) -> AcledNote | None:
    text = (row.get("notes") or "").replace("\r\n", "\n").strip()
    event_type = (row.get("event_type") or "").strip()
    if not text or not event_type or not row.get("event_date"):
        return None
    sub = (row.get("sub_event_type") or "").strip() or None
    types: tuple[str, ...] = (event_type,)
    prefer = sub
    if not sub and event_type in legacy_types():
        types, prefer = legacy_types()[event_type]
    lat, lon = _float(row.get("latitude")), _float(row.get("longitude"))
    deaths = row.get("fatalities") or ""
    return AcledNote(
        event_id=row.get("event_id_cnty") or stable_id(text),
        event_date=row["event_date"][:10],
        time_precision=(row.get("time_precision") or "1").strip(),
        event_types=types,
        sub_event_type=sub,
        prefer_sub_type=prefer,
        actor1=row.get("actor1") or "",
        actor2=row.get("actor2") or "",
        country=row.get("country") or "",
        point=(lat, lon) if lat is not None and lon is not None else None,
        fatalities=int(deaths) if deaths.strip().isdigit() else None,
        notes=text,
        where=_where(row),
    )


def _where(row: dict[str, str]) -> str:
    names = [(row.get(k) or "").strip() for k in ("location", "admin2", "admin1")]
    precision = (row.get("geo_precision") or "").strip()
    return ", ".join(n for n in names if n) + (f" (geo_precision {precision})" if precision else "")


def read_acled_notes(
    path: str | Path,
    *,
    countries: Sequence[str] = (),
    exclude: Sequence[str] = (),
    sample: int | None = None,
    seed: int = 0,
) -> list[AcledNote]:
    """The file's rows with a note, of the countries asked (all when none) and not excluded; a
    random sample of them (in file order) when `sample` is smaller than that."""
    keep = {c.casefold() for c in countries}
    drop = {c.casefold() for c in exclude}
    with open(path, encoding="utf-8-sig", newline="") as f:
        notes = [n for n in map(_note, csv.DictReader(f)) if n is not None]
    notes = [
        n for n in notes if (not keep or n.country.casefold() in keep) and n.country.casefold() not in drop
    ]
    if sample is not None and sample < len(notes):
        picked = sorted(random.Random(seed).sample(range(len(notes)), sample))
        notes = [notes[i] for i in picked]
    return notes


def note_article(note: AcledNote, file: str, *, country_hint: bool = False) -> Article:
    """The note as an article dated by its event_date (no outlet: the note is ACLED's own text).

    With `country_hint`, the export's country column is the article's country hint, as
    `frontlog run --country` gives it for a user's own news of one country."""
    from frontlog.actors.acled import country_iso2
    from frontlog.ingest.split import squash

    iso = country_iso2(note.country) if country_hint else None

    return Article(
        doc_id=stable_id(squash(note.notes)),
        file=f"{file}:{note.event_id}",
        text=note.notes,
        title=None,
        published=note.event_date,
        outlet=None,
        dateline=None,
        source_id=note.event_id,
        countries=(iso,) if iso else (),
    )


@dataclass(frozen=True, slots=True)
class CodedNote:
    note: AcledNote
    events: tuple[Event, ...]
    failed: bool = False  # the rules raised on this note (warning W208 in a run)


def code_notes(
    notes: Sequence[AcledNote],
    *,
    file: str = "acled",
    progress: Callable[[int], None] | None = None,
    country_hint: bool = False,
) -> Iterator[CodedNote]:
    """Run the library pipeline on each note (parsed in batches by nlp.pipe), merging each note's
    mentions on their own: notes are separate articles about separate events."""
    articles = [note_article(n, file, country_hint=country_hint) for n in notes]
    for done, (note, (events, failed)) in enumerate(zip(notes, code_articles(articles), strict=True), 1):
        if progress:
            progress(done)
        yield CodedNote(note, events, failed=failed)


def code_articles(articles: Sequence[Article]) -> Iterator[tuple[tuple[Event, ...], bool]]:
    """Each article's merged events (its mentions merged on their own) and whether its rules
    failed, in input order: the library pipeline in memory, parsed in batches by nlp.pipe."""
    from frontlog.extract import extract_documents
    from frontlog.merge import merge_events

    # extract_documents yields one result per article, in input order (articles may share a text).
    for result in extract_documents(articles):
        # failed: the rules raised (W208); W216 (places kept by name) is no failure
        yield tuple(merge_events(result.mentions)), any(p.code == "W208" for p in result.problems)


def _distance(note: AcledNote, event: Event) -> float:
    at = event.location.acled_point  # a region-level event: at its seat, as ACLED codes it
    if note.point is None or at is None:
        return math.inf  # a place no gazetteer has is not within 25 km of ACLED's point
    return _km(note.point, at)


def pick_event(note: AcledNote, events: Sequence[Event]) -> Event | None:
    """The event judged for a note: gold sub-type, then gold type, then nearest, then first."""
    pool = [e for e in events if not e.background] or list(events)
    if not pool:
        return None
    order = {id(e): i for i, e in enumerate(sorted(pool, key=lambda e: min(s.start for s in e.sources)))}

    def rank(e: Event) -> tuple[bool, bool, float, int]:
        return (
            e.sub_event_type != note.prefer_sub_type,
            e.event_type not in note.event_types,
            _distance(note, e),
            order[id(e)],
        )

    return min(pool, key=rank)


def same_acled_date(note: AcledNote, predicted: str) -> bool:
    """The predicted date against ACLED's, at ACLED's time_precision (1 day, 2 week, 3 month)."""
    if note.time_precision in DATE_TOLERANCE:
        try:
            days = abs((date.fromisoformat(note.event_date) - date.fromisoformat(predicted[:10])).days)
        except ValueError:
            return False
        return days <= DATE_TOLERANCE[note.time_precision]
    return predicted[:7] == note.event_date[:7]


def acled_names(event: Event, role: str) -> set[str]:
    """The names an event's actor1/actor2 is compared by: its canonical name, and its ACLED name
    (`Event.actor1_acled`/`actor2_acled`, issue 14 point 2) once events carry one."""
    names = {getattr(event, role), getattr(event, f"{role}_acled", None)}
    return {normalise_actor(n) for n in names if n}


@dataclass(frozen=True, slots=True)
class NoteScore:
    """What one note's predicted event got right (None: not judged on this note)."""

    country: str
    gold: str
    predicted: str
    events: int
    type_ok: bool
    sub_type_ok: bool | None
    place_ok: bool
    date_ok: bool
    actor1_ok: bool
    actor2_ok: bool | None
    fatalities_ok: bool
    failed: bool = False

    @property
    def type_place_ok(self) -> bool:
        return self.type_ok and self.place_ok


def judge(coded: CodedNote) -> NoteScore:
    note = coded.note
    e = pick_event(note, coded.events)
    near = e is not None and _distance(note, e) <= PLACE_KM
    deaths = None if e is None else (e.fatalities or 0)
    return NoteScore(
        country=note.country,
        gold=note.gold_label,
        predicted=e.event_type if e else NO_EVENT,
        events=len(coded.events),
        type_ok=e is not None and e.event_type in note.event_types,
        sub_type_ok=None if note.sub_event_type is None else e is not None and e.sub_event_type == note.sub_event_type,
        place_ok=near,
        date_ok=e is not None and same_acled_date(note, e.event_date),
        actor1_ok=e is not None and normalise_actor(note.actor1) in acled_names(e, "actor1"),
        actor2_ok=None if not note.actor2 else e is not None and normalise_actor(note.actor2) in acled_names(e, "actor2"),
        fatalities_ok=e is not None and note.fatalities is not None and deaths == note.fatalities,
        failed=coded.failed,
    )  # fmt: skip


@dataclass(frozen=True, slots=True)
class NoteDetail:
    """One note, ACLED's coding and the event judged for it: a line of `eval-acled --misses`."""

    score: NoteScore
    note: AcledNote
    event: Event | None

    def to_json(self) -> dict[str, Any]:
        e, n = self.event, self.note
        judged = {k: v for k, v in ((m, getattr(self.score, _ATTR[m])) for m in _ATTR) if v is not None}
        return {
            "event_id": n.event_id, "country": n.country, "event_date": n.event_date, "notes": n.notes,
            "acled": {"type": n.gold_label, "sub_event_type": n.sub_event_type, "place": n.where,
                      "point": n.point, "actor1": n.actor1, "actor2": n.actor2, "fatalities": n.fatalities},
            "frontlog": None if e is None else {
                "type": e.event_type, "sub_event_type": e.sub_event_type, "place": e.location.to_json(),
                "km": None if math.isinf(d := _distance(n, e)) else round(d, 1), "date": e.event_date,
                "actor1": e.actor1, "actor2": e.actor2, "actor1_acled": e.actor1_acled,
                "actor2_acled": e.actor2_acled, "fatalities": e.fatalities},
            "events": self.score.events,
            "right": judged,
        }  # fmt: skip


def detail(coded: CodedNote) -> NoteDetail:
    return NoteDetail(judge(coded), coded.note, pick_event(coded.note, coded.events))


def write_details(details: Iterable[NoteDetail], path: str | Path) -> None:
    """One JSON line per note (`eval-acled --details`), written whole then moved into place."""
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    with tmp.open("w", encoding="utf-8") as f:
        for d in details:
            f.write(json.dumps(d.to_json(), ensure_ascii=False) + "\n")
    tmp.replace(path)


@dataclass(frozen=True, slots=True)
class Share:
    right: int
    n: int

    @property
    def value(self) -> float | None:
        return round(self.right / self.n, 3) if self.n else None

    def to_json(self) -> dict[str, Any]:
        return {"value": self.value, "right": self.right, "n": self.n}


def share(scores: Iterable[NoteScore], attr: str) -> Share:
    judged = [getattr(s, attr) for s in scores]
    judged = [v for v in judged if v is not None]
    return Share(sum(judged), len(judged))


MEASURES = ("any_event", "event_type", "sub_event_type", "type_place", "place", "date", "actor1", "actor2", "fatalities")  # fmt: skip
_ATTR = {"event_type": "type_ok", "sub_event_type": "sub_type_ok",
         "type_place": "type_place_ok", "place": "place_ok", "date": "date_ok", "actor1": "actor1_ok",
         "actor2": "actor2_ok", "fatalities": "fatalities_ok"}  # fmt: skip


def _has_event(s: NoteScore) -> bool:
    return s.predicted != NO_EVENT


@dataclass(frozen=True, slots=True)
class Scores:
    """The measures over a set of notes."""

    n: int
    any_event: Share
    event_type: Share
    sub_event_type: Share
    type_place: Share
    place: Share
    date: Share
    actor1: Share
    actor2: Share
    fatalities: Share

    @classmethod
    def of(cls, scores: Sequence[NoteScore]) -> Scores:
        values = {}
        for m in MEASURES:
            if m == "any_event":
                values[m] = Share(sum(map(_has_event, scores)), len(scores))
            else:
                values[m] = share(scores, _ATTR[m])
        return cls(n=len(scores), **values)

    def to_json(self) -> dict[str, Any]:
        return {"n": self.n, **{m: getattr(self, m).to_json() for m in MEASURES}}


@dataclass(frozen=True, slots=True)
class AcledReport:
    """`frontlog eval-acled`'s report: overall, per country, and gold x predicted event types."""

    file: str
    overall: Scores
    by_country: dict[str, Scores]
    confusion: dict[str, dict[str, int]]  # gold label -> predicted event_type (or "(none)") -> notes
    events_per_note: float
    failed: int
    seconds: float
    options: dict[str, Any] = field(default_factory=dict)
    details: tuple[NoteDetail, ...] = ()  # per note, for `--misses` (not in to_json)

    @property
    def notes_per_s(self) -> float:
        return round(self.overall.n / self.seconds, 1) if self.seconds else 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "options": self.options,
            **self.overall.to_json(),
            "events_per_note": self.events_per_note,
            "failed": self.failed,
            "seconds": self.seconds,
            "notes_per_s": self.notes_per_s,
            "by_country": {c: s.to_json() for c, s in self.by_country.items()},
            "confusion": self.confusion,
        }


def report_scores(
    scores: Sequence[NoteScore],
    *,
    file: str,
    seconds: float,
    options: dict[str, Any],
    details: Sequence[NoteDetail] = (),
) -> AcledReport:
    countries = Counter(s.country for s in scores)
    confusion: dict[str, Counter[str]] = {}
    for s in scores:
        confusion.setdefault(s.gold, Counter())[s.predicted] += 1
    return AcledReport(
        file=file,
        overall=Scores.of(scores),
        by_country={c: Scores.of([s for s in scores if s.country == c]) for c, _ in countries.most_common()},
        confusion={g: dict(c.most_common()) for g, c in sorted(confusion.items())},
        events_per_note=round(sum(s.events for s in scores) / len(scores), 2) if scores else 0.0,
        failed=sum(s.failed for s in scores),
        seconds=round(seconds, 1),
        options=options,
        details=tuple(details),
    )


def evaluate_acled(
    path: str | Path,
    *,
    countries: Sequence[str] = (),
    exclude: Sequence[str] = (),
    sample: int | None = None,
    seed: int = 0,
    progress: Callable[[int, int], None] | None = None,
    country_hint: bool = False,
) -> AcledReport:
    """Code every (sampled) note of an ACLED export and score it against ACLED's coding."""
    notes = read_acled_notes(path, countries=countries, exclude=exclude, sample=sample, seed=seed)
    started = time.perf_counter()
    step = (lambda done: progress(done, len(notes))) if progress else None
    coded = code_notes(notes, file=Path(path).name, progress=step, country_hint=country_hint)
    details = [detail(c) for c in coded]
    options = {"countries": list(countries), "exclude": list(exclude), "sample": sample, "seed": seed,
               "country_hint": country_hint}  # fmt: skip
    return report_scores([d.score for d in details], file=Path(path).name, seconds=time.perf_counter() - started,
                         options=options, details=details)  # fmt: skip
