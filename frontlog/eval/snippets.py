"""Score frontlog on typed news snippets (`frontlog eval-snippets`).

A snippet is a short news text labelled with ACLED's event_type and sub_event_type, or "none"
when it reports no event (a plan, a threat, a denial, a generic summary). Each snippet is one
article dated by its `date` and coded in memory as `eval-acled` codes notes (batched, no store).

The event judged for a snippet, when frontlog codes several: (1) one of the gold sub-type, else
(2) one of the gold event type, else (3) the first in the text; background events count only when
the snippet gives nothing else. A snippet with no event is predicted "none".

Measures, over the snippets labelled with an event: event_type and sub_event_type accuracy, and
F1 per sub-type weighted by its gold count (the measure of the published snippet classifiers).
Per sub-type precision counts every snippet, the non-events too: an event coded on a "none"
snippet is a false positive of its sub-type. Over the "none" label: none_precision (of the
snippets where frontlog coded nothing, the share labelled none) and none_recall (of the snippets
labelled none, the share where frontlog coded nothing).

Files: the JSONL of tests/data/snippets (id, text, date, event_type, sub_event_type, split) or a
user's CSV with a text column and a sub_event_type column (event_type, date/event_date, id and
split columns are optional; a missing date is `default_date`).
"""

from __future__ import annotations

import csv
import json
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from frontlog.eval.acled import Share, code_articles
from frontlog.events.lexicon import EVENT_TYPE
from frontlog.records import Article, Event, stable_id

NONE = "none"
NONE_LABELS = frozenset({"", "none", "(none)", "no event", "no_event", "null", "n/a"})
# ACLED's codebook spells one sub-type "protestors"; frontlog writes "protesters"
SPELLINGS = {"excessive force against protestors": "Excessive force against protesters"}
TEXT_COLUMNS = ("text", "snippet", "notes", "sentence")
DATE_COLUMNS = ("date", "event_date", "published")


@dataclass(frozen=True, slots=True)
class Snippet:
    id: str
    text: str
    date: str
    event_type: str  # "none" for a non-event
    sub_event_type: str  # "none" for a non-event
    split: str | None = None

    @property
    def is_event(self) -> bool:
        return self.sub_event_type != NONE


def sub_type_label(raw: str | None) -> str:
    """frontlog's name of a sub_event_type label (case and ACLED's spelling aside), or "none";
    ValueError for a label the codebook does not have."""
    text = " ".join((raw or "").split())
    if text.casefold() in NONE_LABELS:
        return NONE
    by_fold = {k.casefold(): k for k in EVENT_TYPE} | {k: v for k, v in SPELLINGS.items()}
    if text.casefold() not in by_fold:
        raise ValueError(f"unknown sub_event_type {raw!r}")
    return by_fold[text.casefold()]


def _snippet(row: dict[str, Any], n: int, default_date: str) -> Snippet:
    text = next((str(row[c]) for c in TEXT_COLUMNS if row.get(c)), "").strip()
    if not text:
        raise ValueError(f"snippet {n}: no text")
    sub = sub_type_label(row.get("sub_event_type"))
    day = next((str(row[c])[:10] for c in DATE_COLUMNS if row.get(c)), default_date)
    date.fromisoformat(day)  # ValueError for a date that is not YYYY-MM-DD
    return Snippet(
        id=str(row.get("id") or n),
        text=text,
        date=day,
        event_type=NONE if sub == NONE else EVENT_TYPE[sub],
        sub_event_type=sub,
        split=row.get("split") or None,
    )


def read_snippets(
    path: str | Path, *, split: str | None = None, default_date: str | None = None
) -> list[Snippet]:
    """The labelled snippets of a JSONL or CSV file (of one split when asked); ValueError for a
    row without text or with a label the codebook does not have."""
    day = default_date or date.today().isoformat()
    path = Path(path)
    with open(path, encoding="utf-8-sig", newline="") as f:
        if path.suffix.lower() in (".jsonl", ".json"):
            rows: Iterable[dict[str, Any]] = (json.loads(line) for line in f if line.strip())
        else:
            reader = csv.DictReader(f)
            if "sub_event_type" not in (reader.fieldnames or ()):
                raise ValueError(f"{path.name}: needs a sub_event_type column (has {reader.fieldnames})")
            rows = ({(k or "").strip().lower(): v for k, v in r.items()} for r in reader)
        snippets = [_snippet(r, n, day) for n, r in enumerate(rows, 1)]
    return [s for s in snippets if split is None or s.split == split]


def snippet_article(snippet: Snippet, file: str) -> Article:
    return Article(
        doc_id=stable_id(snippet.text),
        file=f"{file}:{snippet.id}",
        text=snippet.text,
        title=None,
        published=snippet.date,
        outlet=None,
        dateline=None,
        source_id=snippet.id,
    )


def pick_snippet_event(snippet: Snippet, events: Sequence[Event]) -> Event | None:
    """The event judged for a snippet: gold sub-type, then gold type, then first in the text."""
    pool = [e for e in events if not e.background] or list(events)
    if not pool:
        return None

    def rank(e: Event) -> tuple[bool, bool, int]:
        return (
            e.sub_event_type != snippet.sub_event_type,
            e.event_type.casefold() != snippet.event_type.casefold(),
            min(s.start for s in e.sources),
        )

    return min(pool, key=rank)


@dataclass(frozen=True, slots=True)
class SnippetScore:
    id: str
    gold_type: str
    gold: str  # gold sub_event_type or "none"
    predicted_type: str
    predicted: str  # predicted sub_event_type or "none"
    events: int
    failed: bool = False


def judge_snippet(snippet: Snippet, events: Sequence[Event], failed: bool = False) -> SnippetScore:
    e = pick_snippet_event(snippet, events)
    return SnippetScore(
        id=snippet.id,
        gold_type=snippet.event_type,
        gold=snippet.sub_event_type,
        predicted_type=e.event_type if e else NONE,
        predicted=e.sub_event_type if e else NONE,
        events=len(events),
        failed=failed,
    )


@dataclass(frozen=True, slots=True)
class LabelScore:
    """One sub-type's precision, recall and F1 (None when undefined) and its gold count."""

    n: int
    precision: float | None
    recall: float | None
    f1: float | None

    def to_json(self) -> dict[str, Any]:
        return {"n": self.n, "precision": self.precision, "recall": self.recall, "f1": self.f1}


def label_scores(scores: Sequence[SnippetScore]) -> dict[str, LabelScore]:
    """Precision, recall and F1 of each sub-type that is gold or predicted somewhere."""
    gold = Counter(s.gold for s in scores)
    predicted = Counter(s.predicted for s in scores)
    right = Counter(s.gold for s in scores if s.gold == s.predicted)
    out = {}
    for label in sorted((set(gold) | set(predicted)) - {NONE}):
        p = right[label] / predicted[label] if predicted[label] else None
        r = right[label] / gold[label] if gold[label] else None
        f1 = None if p is None or r is None else (2 * p * r / (p + r) if p + r else 0.0)
        out[label] = LabelScore(gold[label], *(None if v is None else round(v, 3) for v in (p, r, f1)))
    return out


def weighted_f1(labels: dict[str, LabelScore]) -> float | None:
    """F1 per sub-type weighted by its gold count (a sub-type never predicted has F1 0)."""
    total = sum(s.n for s in labels.values())
    if not total:
        return None
    return round(sum(s.n * (s.f1 or 0.0) for s in labels.values()) / total, 3)


@dataclass(frozen=True, slots=True)
class SnippetReport:
    """`frontlog eval-snippets`'s report."""

    file: str
    split: str | None
    n: int
    n_events: int
    n_none: int
    event_type: Share
    sub_event_type: Share
    weighted_f1: float | None
    none_precision: Share
    none_recall: Share
    labels: dict[str, LabelScore]
    confusion: dict[str, dict[str, int]]  # gold sub-type -> predicted sub-type (or "none") -> snippets
    misses: tuple[SnippetScore, ...]
    events_per_snippet: float
    failed: int
    seconds: float
    options: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "split": self.split,
            "n": self.n,
            "n_events": self.n_events,
            "n_none": self.n_none,
            "event_type": self.event_type.to_json(),
            "sub_event_type": self.sub_event_type.to_json(),
            "weighted_f1": self.weighted_f1,
            "none_precision": self.none_precision.to_json(),
            "none_recall": self.none_recall.to_json(),
            "sub_types": {k: v.to_json() for k, v in self.labels.items()},
            "confusion": self.confusion,
            "misses": [{"id": m.id, "gold": m.gold, "predicted": m.predicted} for m in self.misses],
            "events_per_snippet": self.events_per_snippet,
            "failed": self.failed,
            "seconds": self.seconds,
        }


def report_snippets(
    scores: Sequence[SnippetScore], *, file: str, split: str | None, seconds: float
) -> SnippetReport:
    events = [s for s in scores if s.gold != NONE]
    empty = [s for s in scores if s.predicted == NONE]
    confusion: dict[str, Counter[str]] = {}
    for s in scores:
        confusion.setdefault(s.gold, Counter())[s.predicted] += 1
    labels = label_scores(scores)
    return SnippetReport(
        file=file,
        split=split,
        n=len(scores),
        n_events=len(events),
        n_none=len(scores) - len(events),
        event_type=Share(
            sum(s.gold_type.casefold() == s.predicted_type.casefold() for s in events), len(events)
        ),
        sub_event_type=Share(sum(s.gold == s.predicted for s in events), len(events)),
        weighted_f1=weighted_f1({k: v for k, v in labels.items() if v.n}),
        none_precision=Share(sum(s.gold == NONE for s in empty), len(empty)),
        none_recall=Share(
            sum(s.predicted == NONE for s in scores if s.gold == NONE), len(scores) - len(events)
        ),
        labels=labels,
        confusion={g: dict(c.most_common()) for g, c in sorted(confusion.items())},
        misses=tuple(s for s in scores if s.gold != s.predicted),
        events_per_snippet=round(sum(s.events for s in scores) / len(scores), 2) if scores else 0.0,
        failed=sum(s.failed for s in scores),
        seconds=round(seconds, 1),
    )


def evaluate_snippets(
    path: str | Path,
    *,
    split: str | None = None,
    default_date: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> SnippetReport:
    """Code every snippet of a labelled file (of one split when asked) and score its sub-type."""
    snippets = read_snippets(path, split=split, default_date=default_date)
    started = time.perf_counter()
    articles = [snippet_article(s, Path(path).name) for s in snippets]
    scores = []
    for done, (snippet, (events, failed)) in enumerate(
        zip(snippets, code_articles(articles), strict=True), 1
    ):
        if progress:
            progress(done, len(snippets))
        scores.append(judge_snippet(snippet, events, failed))
    return report_snippets(scores, file=Path(path).name, split=split, seconds=time.perf_counter() - started)
