"""A team's reviews as gold (issue 18): `frontlog eval STORE OUT_DIR --gold-from-reviews`.

Gold: the events a reviewer confirmed or edited (with the edits), read from the store. Predicted:
the events of OUT_DIR with a source in a document that holds a reviewed event (what the rules
say about the reviewed articles now). A rejected event that is predicted again counts as
spurious; an unreviewed event of a reviewed article does too, so review every event of an
article for an exact precision.
"""

from __future__ import annotations

from pathlib import Path

from frontlog.eval import EvalReport, Record, load_jsonl, score_events
from frontlog.export import EventFilter, select_events
from frontlog.store import Store


def reviewed_gold(db: str | Path) -> tuple[list[Record], set[str]]:
    """(gold events as spec records, the doc_ids of every reviewed event, rejected ones included)."""
    with Store(db, read_only=True) as store:
        events = [e for e in select_events(store, EventFilter(include_rejected=True)) if e.review]
    docs = {s.doc_id for e in events for s in e.sources}
    return [e.to_json() for e in events if e.review in ("confirmed", "edited")], docs  # not merged/split alone


def evaluate_reviews(
    db: str | Path, out_dir: str | Path, *, include_background: bool = False
) -> tuple[EvalReport, dict[str, int]]:
    """The events report against the reviews, and what it counted (gold events, reviewed documents)."""
    gold, docs = reviewed_gold(db)
    if not gold and not docs:
        raise ValueError(f"{db}: no reviewed events (review some in `frontlog serve` first)")
    pred = [
        p
        for p in load_jsonl(Path(out_dir) / "events.jsonl")
        if any(s.get("doc_id") in docs for s in p.get("sources", []))
    ]
    report = EvalReport(events=score_events(gold, pred, include_background=include_background))
    return report, {"gold_events": len(gold), "documents": len(docs), "predicted_in_documents": len(pred)}
