"""The resolver's weight-fitting (tools/train_resolver.py) learns what decides the gold candidate."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np

from frontlog.places.resolve import FEATURES

ROOT = Path(__file__).resolve().parents[2]


def _tool():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("train_resolver", ROOT / "tools" / "train_resolver.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_fit_learns_the_deciding_feature() -> None:
    tool = _tool()
    rng = np.random.default_rng(0)
    rows = []
    pop, ctx = FEATURES.index("log_pop"), FEATURES.index("ctx_country")
    for _ in range(300):
        x = np.zeros((3, len(FEATURES)))
        x[:, pop] = rng.uniform(1, 7, 3)  # noise
        gold = int(rng.integers(3))
        x[gold, ctx] = 1.0  # the gold candidate is always in the article's country
        rows.append((x, gold))
    w = tool.fit(rows, FEATURES, steps=400)
    assert w["ctx_country"] > 1.0 and abs(w["log_pop"]) < 0.5
    assert tool.accuracy(rows, w) > 0.95
