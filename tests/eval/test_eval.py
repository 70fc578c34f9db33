"""frontlog's scorer follows the spec's rules and agrees with ../shared/eval/score.py."""

from __future__ import annotations

from pathlib import Path

from frontlog.eval import evaluate, load_jsonl, score_control, score_events
from tests.conftest import reference_scorer, shared_path

G = {"event_date": "2017-09-18", "date_precision": "day", "event_type": "Battles", "sub_event_type": "Armed clash",
     "actor1": "A", "actor2": "B", "location": {"name": "Raqqa", "lat": 35.95, "lon": 39.01}}  # fmt: skip


def test_eval_strict_needs_type_place_and_day() -> None:
    near = dict(G, location={"name": "x", "lat": 36.0, "lon": 39.1})
    far = dict(G, location={"name": "x", "lat": 36.5, "lon": 40.0})
    next_day = dict(G, event_date="2017-09-19")
    r = score_events([G], [near])
    assert r.strict.matched == 1
    assert score_events([G], [far]).lenient.matched == 0
    r = score_events([G], [next_day])
    assert r.strict.matched == 0 and r.lenient.matched == 1


def test_eval_background_left_out_unless_asked() -> None:
    bg = dict(G, background=True)
    assert score_events([bg], [bg]).strict.gold == 0
    assert score_events([bg], [bg], include_background=True).strict.matched == 1


def test_eval_control_recall_and_controller() -> None:
    gold = [
        {
            "place": {"name": "Raqqa", "lat": 35.95, "lon": 39.01},
            "date": "2017-09-20",
            "status": "partial",
            "controller": "SDF",
        }
    ]
    pred = [dict(gold[0], date="2017-09-21", controller="IS")]
    r = score_control(gold, pred)
    assert r.recall == 1.0 and r.controller_accuracy == 0.0


def test_eval_agrees_with_the_reference_scorer(seed_run: Path) -> None:
    ref = reference_scorer()
    gold_events = shared_path("data", "dev", "seeds.events.jsonl")
    gold_control = shared_path("data", "dev", "seeds.control.jsonl")
    gold_docs = shared_path("data", "dev", "seeds.docs.jsonl")
    ours = evaluate(gold_events, seed_run, gold_control=gold_control, gold_docs=gold_docs)
    theirs_events = ref.score_events(ref.load(gold_events), ref.load(seed_run / "events.jsonl"), False)
    for key in (
        "strict",
        "lenient",
        "actor1_accuracy",
        "actor2_accuracy",
        "fatalities_accuracy",
        "by_sub_event_type",
    ):
        assert ours.events.to_json()[key] == theirs_events[key], key
    assert ours.control and ours.control.to_json() == ref.score_control(
        ref.load(gold_control), load_jsonl(seed_run / "control.jsonl")
    )
    theirs_docs = ref.score_docs(ref.load(gold_docs), load_jsonl(seed_run / "documents.jsonl"))
    assert ours.documents and ours.documents.to_json() == theirs_docs
