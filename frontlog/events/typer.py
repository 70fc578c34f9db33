"""The sentence typer: a small spaCy text classifier from a sentence to one of ACLED's 25
sub-event types or NONE, trained by tools/train_typer.py on sentences the project wrote
(frontlog/events/data/typer_*.jsonl; see data/typer_train.README.md), shipped in the package
(data/typer/) and run on the CPU. The rules consult it where a trigger word cannot decide
(events/extract.py `sentence_triggers`).
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language

from frontlog.events.lexicon import EVENT_TYPE

NONE = "NONE"
LABELS = frozenset(EVENT_TYPE) | {NONE}


def model_path() -> Path:
    return Path(str(resources.files("frontlog.events") / "data" / "typer"))


@functools.cache
def load_typer() -> Language:
    """The trained pipeline (a blank English tokenizer and one `textcat`)."""
    nlp = spacy.load(model_path())
    textcat: Any = nlp.get_pipe("textcat")
    labels = set(textcat.labels)
    if labels != LABELS:
        raise ValueError(f"sentence typer labels differ from the codebook: {sorted(labels ^ LABELS)}")
    return nlp


@functools.lru_cache(maxsize=4096)
def type_scores(text: str) -> dict[str, float]:
    """The typer's probability of each label for one sentence."""
    return dict(load_typer()(text).cats)


def best(scores: dict[str, float], among: frozenset[str] | None = None) -> tuple[str, float]:
    """The most probable label (among some labels only, when given) and its probability."""
    pool = {k: v for k, v in scores.items() if among is None or k in among}
    label = max(pool, key=lambda k: pool[k])
    return label, pool[label]
