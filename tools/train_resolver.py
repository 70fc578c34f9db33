"""Learn the place resolver's weights on toponym benchmarks (gold spans), and say how well they
generalise.

    .venv/bin/python tools/train_resolver.py ../shared/data/geoparsing/lgl.xml ../shared/data/geoparsing/GWN.xml
        [--write]   # replace frontlog/places/data/resolver_weights.tsv
        [--out FILE]   # write there instead (e.g. weights learnt on one benchmark, to score the other)

The model is a conditional logit (softmax over each toponym's candidates) on the features of
frontlog.places.resolve, with an L2 penalty, fitted by full-batch gradient descent (numpy only).
Two passes as in the resolver: the first-pass model sees no res_* features; its choices are the
context of the second. Before writing, it prints leave-one-benchmark-out accuracy (train on one
file, score the other), the honest figure for text unlike either. Toponyms whose gold id is
among no candidates teach nothing and are left out of training (they count as misses in
`frontlog geoparse-eval`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

import numpy as np
import spacy

from frontlog.eval.geoparse import doc_with_spans, load_benchmark, outlet_contexts
from frontlog.places.gazetteer import Gazetteer, load_gazetteer
from frontlog.places.resolve import FEATURES, FIRST_PASS, candidate_features

OUT = Path(__file__).resolve().parents[1] / "frontlog" / "places" / "data" / "resolver_weights.tsv"
L2 = 0.0001
# Features the benchmarks cannot teach, with weights set by hand: towns in frontlog's reviewed
# supplement (places/data/supplement.tsv) are news places of the wars frontlog is built for, and
# barely occur in LGL or GeoWebNews.
FIXED = {"reviewed_town": 1.5}


def collect(path: str, gaz: Gazetteer, first: dict[str, float] | None) -> list[tuple[np.ndarray, int]]:
    """(candidate feature matrix, index of the gold candidate) per gold toponym that can be learnt."""
    nlp = spacy.blank("en")
    rows: list[tuple[np.ndarray, int]] = []
    articles = load_benchmark(path)
    golds = [
        {(t.start, t.end): t.geonameid for t in art.toponyms if t.geonameid is not None} for art in articles
    ]
    docs = [doc_with_spans(nlp, art.text, list(gold)) for art, gold in zip(articles, golds, strict=True)]
    for gold, doc, outlet in zip(golds, docs, outlet_contexts(articles, docs, gaz), strict=True):
        for span, cands in candidate_features(doc, gaz, first_weights=first or {}, outlet=outlet):
            gid = gold.get((span.start_char, span.end_char))
            ids = [e.gid for e, _ in cands]
            if gid is None or gid not in ids or len(cands) < 2:
                continue
            x = np.array([[f.get(k, 0.0) for k in FEATURES] for _, f in cands], dtype=np.float64)
            rows.append((x, ids.index(gid)))
    return rows


def fit(rows: list[tuple[np.ndarray, int]], features: tuple[str, ...], steps: int = 1500) -> dict[str, float]:
    fixed = {k: v for k, v in FIXED.items() if k in features}
    features = tuple(k for k in features if k not in fixed)
    cols = [FEATURES.index(k) for k in features]
    offset = np.concatenate([r[0][:, [FEATURES.index(k) for k in fixed]] @ np.array(list(fixed.values()))
                             for r in rows]) if fixed else 0.0  # fmt: skip
    x = np.vstack([r[0][:, cols] for r in rows])
    sizes = np.array([len(r[0]) for r in rows])
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    gold = starts + np.array([r[1] for r in rows])
    group = np.repeat(np.arange(len(rows)), sizes)
    w = np.zeros(len(cols))
    m = v = np.zeros_like(w)
    for t in range(1, steps + 1):  # Adam on the mean negative log-likelihood
        s = x @ w + offset
        mx = np.maximum.reduceat(s, starts)
        e = np.exp(s - mx[group])
        p = e / np.add.reduceat(e, starts)[group]
        grad = (x.T @ p - x[gold].sum(axis=0)) / len(rows) + 2 * L2 * w
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad**2
        w = w - 0.05 * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
    return {k: round(float(val), 3) for k, val in zip(features, w, strict=True)} | fixed


def accuracy(rows: list[tuple[np.ndarray, int]], weights: dict[str, float]) -> float:
    w = np.array([weights.get(k, 0.0) for k in FEATURES])
    return sum(int(np.argmax(x @ w) == g) for x, g in rows) / max(len(rows), 1)


def train(paths: list[str], gaz: Gazetteer) -> tuple[dict[str, float], dict[str, float]]:
    first = fit([r for p in paths for r in collect(p, gaz, {})], FIRST_PASS)
    second = fit([r for p in paths for r in collect(p, gaz, first)], FEATURES)
    return first, second


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("benchmarks", nargs="+")
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--out", type=Path, default=OUT, help="where --write writes (default: the package's file)")
    args = ap.parse_args()
    gaz = load_gazetteer()
    if len(args.benchmarks) > 1:
        for held in args.benchmarks:
            rest = [p for p in args.benchmarks if p != held]
            first, second = train(rest, gaz)
            rows = collect(held, gaz, first)
            print(f"trained on {', '.join(Path(p).name for p in rest)} -> {Path(held).name}: "
                  f"{accuracy(rows, second):.3f} of {len(rows)} ambiguous toponyms")  # fmt: skip
    first, second = train(args.benchmarks, gaz)
    for name, rows in ((Path(p).name, collect(p, gaz, first)) for p in args.benchmarks):
        print(f"trained on all -> {name}: {accuracy(rows, second):.3f} of {len(rows)} ambiguous toponyms")
    for k in FEATURES:
        print(f"  {k:15s} {first.get(k, 0.0):8.3f} {second.get(k, 0.0):8.3f}")
    if args.write:
        names = ", ".join(Path(p).name for p in args.benchmarks)
        lines = [
            "# Weights of the place resolver's linear ranker (frontlog/places/resolve.py): first pass, second pass.",
            f"# source: tools/train_resolver.py on the gold toponyms of {names} (conditional logit, L2 {L2}),",
            f"#   {dt.date.today().isoformat()}; regenerate after changing features or the gazetteer.",
            f"# hand-set, not learnt (the benchmarks cannot teach them): {FIXED}.",
            "# licence: MIT (part of frontlog); the benchmarks' own licences cover only the text, not these numbers.",
            "feature\tpass1\tpass2",
        ]
        lines += [f"{k}\t{first.get(k, 0.0)}\t{second.get(k, 0.0)}" for k in FEATURES]
        args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
