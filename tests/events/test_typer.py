"""The sentence typer (events/typer.py): the shipped model loads and types made-up sentences of
clear types; the training script runs on a tiny dataset."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
import spacy

from frontlog.events.lexicon import EVENT_TYPE
from frontlog.events.typer import LABELS, best, load_typer, type_scores

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Warplanes bombed a fuel depot outside the port city on Sunday, killing four.", "Air/drone strike"),
        (
            "Hundreds of nurses marched peacefully to the health ministry to demand unpaid wages.",
            "Peaceful protest",
        ),
        (
            "A roadside bomb tore through a minibus on the highway, killing six passengers.",
            "Remote explosive/landmine/IED",
        ),
        (
            "Gunmen kidnapped two engineers from a construction site and demanded a ransom.",
            "Abduction/forced disappearance",
        ),
        ("Police arrested fourteen suspected smugglers during a dawn raid on the market.", "Arrests"),
        ("An angry mob lynched a man accused of stealing a goat.", "Mob violence"),
        ("The finance minister said the budget would be presented to parliament next month.", "NONE"),
    ],
)
def test_typer_top3_has_the_type(text: str, want: str) -> None:
    scores = type_scores(text)
    top3 = sorted(scores, key=lambda k: -scores[k])[:3]
    assert want in top3, f"{text!r}: top 3 {top3}"


def test_typer_labels_are_the_codebook() -> None:
    labels = set(load_typer().get_pipe("textcat").labels)
    assert labels == set(EVENT_TYPE) | {"NONE"} == LABELS
    scores = type_scores("Rebels shelled the airport.")
    assert abs(sum(scores.values()) - 1.0) < 1e-3  # exclusive classes
    label, p = best(scores, frozenset({"Armed clash", "Shelling/artillery/missile attack"}))
    assert label in ("Armed clash", "Shelling/artillery/missile attack") and 0 < p <= 1


def test_training_script_runs_on_a_tiny_dataset(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import train_typer
    finally:
        sys.path.pop(0)
    rows = [
        {"text": "Soldiers and rebels fought near the bridge.", "label": "Armed clash"},
        {"text": "Troops clashed with militants at the checkpoint.", "label": "Armed clash"},
        {"text": "Students demonstrated outside the university.", "label": "Peaceful protest"},
        {"text": "Traders protested against the new tax.", "label": "Peaceful protest"},
        {"text": "The minister spoke about the economy.", "label": "NONE"},
        {"text": "The weather will be warm tomorrow.", "label": "NONE"},
    ]
    data = tmp_path / "tiny.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    out = tmp_path / "model"
    assert (
        train_typer.main([str(data), "--out", str(out), "--arch", "bow", "--epochs", "2", "--holdout", "0"])
        == 0
    )
    nlp = spacy.load(out)
    cats = nlp("Protesters demonstrated at the market.").cats
    assert set(cats) == set(EVENT_TYPE) | {"NONE"}
