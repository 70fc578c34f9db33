"""Score frontlog output against gold annotations (the rules of spec sections 1-9).

Matching is one-to-one and greedy, best pairs first (pairs agreeing on more actors first).
- strict: same sub_event_type, same place (within 25 km, or the same normalised name when a side
  has no coordinates) and the same date at the gold's precision;
- lenient: same event_type, same place, and a date within one day (or the same month/year at
  the gold's precision).
Actors and fatalities are scored on the strict matches; background events are left out unless
asked. Control: a gold record is found when a prediction has its place, status and date (one
day's tolerance); documents: split when a predicted document of the same file starts with the
gold's opening words, dated when its `published` equals the gold date.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

PLACE_KM = 25.0
Record = dict[str, Any]


def load_jsonl(path: str | Path) -> list[Record]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def normalise_name(text: str | None) -> str:
    if not text:
        return ""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"\b(al|el|ar|ad|ash|as|az|ez|the)[- ]", "", text)
    return re.sub(r"[^a-z]", "", text)


def normalise_actor(name: str | None) -> str:
    """Actor names compare without case, punctuation or a bracketed part ("People's Protection
    Units (YPG)", "Military Forces of Syria (2000-)"), as ../shared/eval/score.py does."""
    return normalise_name(re.sub(r"\([^)]*\)", "", name or ""))


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def _coords(loc: Record) -> tuple[float, float] | None:
    try:
        return float(loc["lat"]), float(loc["lon"])
    except (KeyError, TypeError, ValueError):
        return None


def same_place(g: Record, p: Record) -> bool:
    gl = g.get("location") or g.get("place") or {}
    pl = p.get("location") or p.get("place") or {}
    gc, pc = _coords(gl), _coords(pl)
    if gc and pc:
        return _km(gc, pc) <= PLACE_KM
    names = {normalise_name(gl.get("name"))} | {normalise_name(a) for a in gl.get("aliases", [])}
    return normalise_name(pl.get("name")) in names - {""}


def _parts(value: Any) -> list[int] | None:
    try:
        return [int(x) for x in str(value).split("-")]
    except ValueError:
        return None


def same_date(g: Record, p: Record, key: str, tolerance_days: int) -> bool:
    gp, pp = _parts(g.get(key)), _parts(p.get(key))
    if not gp or not pp or len(pp) < len(gp):
        return False
    if len(gp) == 3 and tolerance_days:
        try:
            return abs((date(*gp) - date(*pp[:3])).days) <= tolerance_days
        except ValueError:
            return False
    return gp == pp[: len(gp)]


def match_events(gold: Sequence[Record], pred: Sequence[Record], *, strict: bool) -> list[tuple[int, int]]:
    pairs = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            if not same_place(g, p):
                continue
            if strict:
                if g.get("sub_event_type") != p.get("sub_event_type") or not same_date(g, p, "event_date", 0):
                    continue
            elif g.get("event_type") != p.get("event_type") or not same_date(g, p, "event_date", 1):
                continue
            agree = sum(normalise_actor(g.get(f)) == normalise_actor(p.get(f)) for f in ("actor1", "actor2"))
            pairs.append((-agree, i, j))
    pairs.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, i, j in pairs:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            out.append((i, j))
    return out


@dataclass(frozen=True, slots=True)
class PRF:
    """Precision, recall and F1 of one matching (rounded to three places)."""

    precision: float
    recall: float
    f1: float
    matched: int
    gold: int
    predicted: int

    def to_json(self) -> Record:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1, "matched": self.matched,
                "gold": self.gold, "predicted": self.predicted}  # fmt: skip


def prf(matched: int, n_gold: int, n_pred: int) -> PRF:
    p = matched / n_pred if n_pred else 0.0
    r = matched / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return PRF(round(p, 3), round(r, 3), round(f, 3), matched, n_gold, n_pred)


@dataclass(frozen=True, slots=True)
class EventScores:
    """Events scored against gold: strict and lenient matching, fields on the strict matches."""

    strict: PRF
    lenient: PRF
    actor1_accuracy: float | None
    actor2_accuracy: float | None
    fatalities_accuracy: float | None
    by_sub_event_type: dict[str, PRF]
    missed: tuple[str, ...]
    spurious: tuple[str, ...]

    def to_json(self) -> Record:
        return {
            "strict": self.strict.to_json(),
            "lenient": self.lenient.to_json(),
            "actor1_accuracy": self.actor1_accuracy,
            "actor2_accuracy": self.actor2_accuracy,
            "fatalities_accuracy": self.fatalities_accuracy,
            "by_sub_event_type": {k: v.to_json() for k, v in self.by_sub_event_type.items()},
            "missed": list(self.missed),
            "spurious": list(self.spurious),
        }


@dataclass(frozen=True, slots=True)
class ControlScores:
    recall: float | None
    controller_accuracy: float | None
    gold: int
    predicted: int
    missed: tuple[str, ...]

    def to_json(self) -> Record:
        return {"recall": self.recall, "controller_accuracy": self.controller_accuracy, "gold": self.gold,
                "predicted": self.predicted, "missed": list(self.missed)}  # fmt: skip


@dataclass(frozen=True, slots=True)
class DocumentScores:
    split_recall: float | None
    date_accuracy: float | None
    gold: int
    predicted: int
    missed: tuple[str, ...]

    def to_json(self) -> Record:
        return {"split_recall": self.split_recall, "date_accuracy": self.date_accuracy, "gold": self.gold,
                "predicted": self.predicted, "missed": list(self.missed)}  # fmt: skip


@dataclass(frozen=True, slots=True)
class EvalReport:
    """`frontlog eval`'s report: events, and control records and documents when gold was given."""

    events: EventScores
    control: ControlScores | None = None
    documents: DocumentScores | None = None

    def to_json(self) -> Record:
        out: Record = {"events": self.events.to_json()}
        if self.control is not None:
            out["control"] = self.control.to_json()
        if self.documents is not None:
            out["documents"] = self.documents.to_json()
        return out


def _brief(e: Record) -> str:
    loc = e.get("location") or e.get("place") or {}
    what = e.get("sub_event_type") or e.get("status")
    who = f"{e.get('actor1') or e.get('controller')} -> {e.get('actor2') or e.get('previous')}"
    return f"{e.get('event_date') or e.get('date')} {what} @ {loc.get('name')} {who}"


def _accuracy(pairs: list[tuple[Record, Record]], field: str, same: Any) -> float | None:
    judged = [(g, p) for g, p in pairs if g.get(field) not in (None, "")]
    ok = sum(bool(same(g[field], p.get(field))) for g, p in judged)
    return round(ok / len(judged), 3) if judged else None


def score_events(
    gold: Sequence[Record], pred: Sequence[Record], *, include_background: bool = False
) -> EventScores:
    if not include_background:
        gold = [g for g in gold if not g.get("background")]
        pred = [p for p in pred if not p.get("background")]
    strict = match_events(gold, pred, strict=True)
    lenient = match_events(gold, pred, strict=False)
    pairs = [(gold[i], pred[j]) for i, j in strict]
    by_type = {}
    for t in sorted({str(g.get("sub_event_type")) for g in gold}):
        gs = [g for g in gold if g.get("sub_event_type") == t]
        ps = [p for p in pred if p.get("sub_event_type") == t]
        by_type[t] = prf(len(match_events(gs, ps, strict=True)), len(gs), len(ps))
    hit_g = {i for i, _ in lenient}
    hit_p = {j for _, j in lenient}
    return EventScores(
        strict=prf(len(strict), len(gold), len(pred)),
        lenient=prf(len(lenient), len(gold), len(pred)),
        actor1_accuracy=_accuracy(pairs, "actor1", lambda g, p: normalise_actor(g) == normalise_actor(p)),
        actor2_accuracy=_accuracy(pairs, "actor2", lambda g, p: normalise_actor(g) == normalise_actor(p)),
        fatalities_accuracy=_accuracy(pairs, "fatalities", lambda g, p: g == p),
        by_sub_event_type=by_type,
        missed=tuple(_brief(g) for i, g in enumerate(gold) if i not in hit_g),
        spurious=tuple(_brief(p) for j, p in enumerate(pred) if j not in hit_p),
    )


def score_control(gold: Sequence[Record], pred: Sequence[Record]) -> ControlScores:
    found = right = 0
    missed = []
    for g in gold:
        hits = [
            p
            for p in pred
            if same_place(g, p) and same_date(g, p, "date", 1) and p.get("status") == g.get("status")
        ]
        if not hits:
            missed.append(_brief(g))
            continue
        found += 1
        right += any(normalise_name(p.get("controller")) == normalise_name(g.get("controller")) for p in hits)
    return ControlScores(
        recall=round(found / len(gold), 3) if gold else None,
        controller_accuracy=round(right / found, 3) if found else None,
        gold=len(gold),
        predicted=len(pred),
        missed=tuple(missed),
    )


def _squash(text: str | None) -> str:
    return re.sub(r"\W+", " ", unicodedata.normalize("NFKC", text or "")).strip().lower()


def score_documents(gold: Sequence[Record], pred: Sequence[Record]) -> DocumentScores:
    split = dated = 0
    missed = []
    for g in gold:
        head = _squash(g["starts_with"])
        hits = [
            p for p in pred if p.get("file") == g["file"] and head in _squash((p.get("text") or "")[:300])
        ]
        if not hits:
            missed.append(f"{g['file']}: {g['starts_with']}")
            continue
        split += 1
        dated += any(p.get("published") == g["published"] for p in hits)
    n = len(gold)
    return DocumentScores(
        split_recall=round(split / n, 3) if n else None,
        date_accuracy=round(dated / n, 3) if n else None,
        gold=n,
        predicted=len(pred),
        missed=tuple(missed),
    )


def evaluate(
    gold_events: str | Path,
    out_dir: str | Path,
    *,
    gold_control: str | Path | None = None,
    gold_docs: str | Path | None = None,
    include_background: bool = False,
) -> EvalReport:
    """Score OUT_DIR/{events,control,documents}.jsonl against the gold files; returns the report."""
    out = Path(out_dir)
    events = score_events(
        load_jsonl(gold_events), load_jsonl(out / "events.jsonl"), include_background=include_background
    )
    control = (
        score_control(load_jsonl(gold_control), load_jsonl(out / "control.jsonl")) if gold_control else None
    )
    docs = score_documents(load_jsonl(gold_docs), load_jsonl(out / "documents.jsonl")) if gold_docs else None
    return EvalReport(events, control, docs)
