"""Why the resolver chose a place: each place in a text with its chosen entry, the features and
weights that decided, and the runner-up (`frontlog places TEXT`)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from frontlog.places.gazetteer import GazEntry, Gazetteer, load_gazetteer
from frontlog.places.homonyms import best_reading
from frontlog.places.resolve import candidate_features, load_weights, total_score


@dataclass(frozen=True, slots=True)
class Explanation:
    text: str  # the mention as written
    start: int
    end: int
    chosen: GazEntry
    score: float
    contributions: tuple[tuple[str, float], ...]  # (feature, weight x value), largest first
    runner_up: GazEntry | None
    runner_up_score: float | None
    candidates: int
    rule: str | None = None  # a rule that chose the readings before the ranker ("listed before 'counties'")


def explain_places(doc: Any, gaz: Gazetteer | None = None, top: int = 5) -> list[Explanation]:
    """Every place span of a parsed doc (doc.spans["places"]) with the resolver's reasons."""
    gaz = gaz or load_gazetteer()
    weights = load_weights()[1]
    out: list[Explanation] = []
    for span, scored in candidate_features(doc, gaz):
        ranked = sorted(scored, key=lambda x: (total_score(x[1], weights), x[0].pop), reverse=True)
        best, feats = best_reading(ranked, lambda x: x[0], lambda x: total_score(x[1], weights))
        parts = sorted(
            ((k, weights.get(k, 0.0) * v) for k, v in feats.items() if weights.get(k, 0.0) * v),
            key=lambda kv: -abs(kv[1]),
        )
        second = next((x for x in ranked if x[0] is not best), None)
        out.append(
            Explanation(
                span.text, span.start_char, span.end_char, best, round(total_score(feats, weights), 3),
                tuple((k, round(v, 3)) for k, v in parts[:top]),
                second[0] if second else None,
                round(total_score(second[1], weights), 3) if second else None,
                len(scored),
                next((k.removeprefix("rule: ") for k in feats if k.startswith("rule: ")), None),
            )
        )  # fmt: skip
    return out


TAGGER_LABELS = frozenset({"GPE", "LOC", "FAC"})  # the place tagger's spans (not NESTED, DEMONYM)


def unmatched_spans(doc: Any, explained: list[Explanation]) -> list[tuple[str, int, int]]:
    """(text, start, end) of the place tagger's spans that no gazetteer entry matches: an event
    the text puts there is kept by the name alone, with no coordinates ("unplaced")."""
    seen = {(e.start, e.end) for e in explained}
    return [
        (s.text, s.start_char, s.end_char)
        for s in doc.spans.get("places", [])
        if s.label_ in TAGGER_LABELS and (s.start_char, s.end_char) not in seen
    ]


def text_or_file(arg: str) -> str:
    """The text `frontlog places` explains: the file's contents when `arg` names a readable file,
    else `arg` itself (a sentence or article; one too long to be a file name is never one)."""
    try:
        if len(arg) < 4096 and Path(arg).is_file():
            return Path(arg).read_text(encoding="utf-8", errors="replace")
    except OSError:  # "File name too long", a name the system cannot hold: it is text
        pass
    return arg
