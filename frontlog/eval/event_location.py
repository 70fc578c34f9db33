"""Which place did the event happen at? Scored on Halterman's event-location data (JSONL with a
VERB span and the gold LOCATION span per sentence): frontlog picks among the places its tagger
finds in the sentence with the same rule the events stage uses (`choose_place`)."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from frontlog.events.arguments import choose_place
from frontlog.places.gazetteer import load_gazetteer
from frontlog.places.resolve import CONTEXT_ONLY, PlaceMention, resolve_places
from frontlog.records import Place

_UNKNOWN = Place("?", None, 0.0, 0.0, None, None, "city")


def load_records(path: str | Path, limit: int | None = None) -> list[dict[str, Any]]:
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                rec = json.loads(line)
                labels = {s.get("label") for s in rec.get("spans", [])}
                if {"VERB", "LOCATION"} <= labels:
                    out.append(rec)
            if limit and len(out) >= limit:
                break
    return out


@dataclass(frozen=True, slots=True)
class EventLocationReport:
    """How often the place chosen for a sentence's event is the gold location span."""

    n: int
    accuracy: float
    no_candidate: float  # share of sentences where the tagger found no place
    sentences_per_s: float | None

    def to_json(self) -> dict[str, Any]:
        return {"n": self.n, "accuracy": self.accuracy, "no_candidate": self.no_candidate,
                "sentences_per_s": self.sentences_per_s}  # fmt: skip


def evaluate_event_locations(
    records: list[dict[str, Any]], *, progress: Callable[[int], None] | None = None
) -> EventLocationReport:
    from frontlog.nlp import load_nlp

    nlp = load_nlp()
    gaz = load_gazetteer()
    n = correct = no_candidate = 0
    t0 = time.perf_counter()
    texts = [(r["text"], r) for r in records]
    for i, (doc, rec) in enumerate(nlp.pipe(texts, as_tuples=True, batch_size=128)):
        verb = next(s for s in rec["spans"] if s["label"] == "VERB")
        golds = [(s["start"], s["end"]) for s in rec["spans"] if s["label"] == "LOCATION"]
        trig = doc.char_span(verb["start"], verb["end"], alignment_mode="expand")
        n += 1
        if trig is None:
            continue
        resolved = {(m.start, m.end): m for m in resolve_places(doc, gaz)}
        cands = [
            resolved.get((s.start_char, s.end_char))
            or PlaceMention(s.start_char, s.end_char, s.text, s.start, s.end, _UNKNOWN, "")
            for s in doc.spans["places"]
            if s.label_ not in CONTEXT_ONLY  # as in the events stage
        ]
        if not cands:
            no_candidate += 1
            continue
        pick = choose_place(trig.root, cands)
        if pick is not None and any(pick.start < e and s < pick.end for s, e in golds):
            correct += 1
        if progress:
            progress(i + 1)
    seconds = time.perf_counter() - t0
    return EventLocationReport(
        n=n,
        accuracy=round(correct / n, 4) if n else 0.0,
        no_candidate=round(no_candidate / n, 4) if n else 0.0,
        sentences_per_s=round(n / seconds, 1) if seconds else None,
    )
