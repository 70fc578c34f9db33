"""Train the sentence typer: a spaCy text classifier from a sentence to one of ACLED's 25
sub-event types or NONE (no event), on the project's own labelled sentences.

    .venv/bin/python tools/train_typer.py frontlog/events/data/typer_train.jsonl \
        [--out frontlog/events/data/typer] [--epochs 12] [--arch ensemble|bow] [--holdout 0.15]

Input: JSON lines {"text": ..., "label": sub_event_type or "NONE"} (lines starting with '#' or
without a label are skipped). The model is a blank English pipeline with one exclusive-class
`textcat` (bag-of-words over unigrams and bigrams, optionally ensembled with a small CNN over
hashed word features); no pretrained vectors, so nothing is downloaded and the weights are
learnt from the input alone. It prints the held-out accuracy (a random `--holdout` share of the
input, stratified by label), then retrains on everything and writes the pipeline to `--out`.
Never train it on the ACLED notes (their terms forbid shipped weights trained on them):
`frontlog eval-acled` measures it on them instead.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.training import Example
from spacy.util import minibatch

from frontlog.events.lexicon import EVENT_TYPE

LABELS = sorted(EVENT_TYPE) + ["NONE"]
OUT = Path(__file__).resolve().parents[1] / "frontlog" / "events" / "data" / "typer"

BOW = {
    "@architectures": "spacy.TextCatBOW.v3",
    "exclusive_classes": True,
    "ngram_size": 2,
    "no_output_layer": False,
    "length": 2**14,
}


def model_config(arch: str) -> dict[str, Any]:
    if arch == "bow":
        return {"model": BOW}
    tok2vec = {
        "@architectures": "spacy.Tok2Vec.v2",
        "embed": {
            "@architectures": "spacy.MultiHashEmbed.v2",
            "width": 64,
            "attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE"],
            "rows": [4000, 1000, 1000, 500],
            "include_static_vectors": False,
        },
        "encode": {
            "@architectures": "spacy.MaxoutWindowEncoder.v2",
            "width": 64,
            "window_size": 1,
            "maxout_pieces": 3,
            "depth": 2,
        },
    }
    return {
        "model": {
            "@architectures": "spacy.TextCatEnsemble.v2",
            "tok2vec": tok2vec,
            "linear_model": BOW,
            "nO": None,
        }
    }


def read(paths: list[str]) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    for p in paths:
        for line in Path(p).read_text("utf-8").splitlines():
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            r = json.loads(line)
            if r.get("label") in LABELS and r.get("text"):
                rows.append((r["text"].strip(), r["label"]))
            elif r.get("label"):
                print(f"skipped unknown label {r['label']!r}", file=sys.stderr)
    return list(dict.fromkeys(rows))  # exact duplicates once


def split(rows: list[tuple[str, str]], share: float, seed: int) -> tuple[list[Any], list[Any]]:
    by: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for r in rows:
        by[r[1]].append(r)
    rng = random.Random(seed)
    train, held = [], []
    for label in sorted(by):
        items = by[label]
        rng.shuffle(items)
        k = int(round(len(items) * share))
        held += items[:k]
        train += items[k:]
    return train, held


def build(arch: str) -> Language:
    nlp = spacy.blank("en")
    tc = nlp.add_pipe("textcat", config=model_config(arch))
    for label in LABELS:
        tc.add_label(label)
    return nlp


def train(rows: list[tuple[str, str]], arch: str, epochs: int, seed: int) -> Language:
    spacy.util.fix_random_seed(seed)
    nlp = build(arch)
    examples = [
        Example.from_dict(nlp.make_doc(t), {"cats": {lab: float(lab == y) for lab in LABELS}})
        for t, y in rows
    ]
    optimizer = nlp.initialize(lambda: examples)
    rng = random.Random(seed)
    for epoch in range(epochs):
        rng.shuffle(examples)
        losses: dict[str, float] = {}
        for batch in minibatch(examples, size=16):
            nlp.update(batch, sgd=optimizer, losses=losses, drop=0.2)
        print(f"  epoch {epoch + 1}: loss {losses.get('textcat', 0.0):.3f}", file=sys.stderr)
    return nlp


def accuracy(nlp: Language, rows: list[tuple[str, str]]) -> tuple[float, float, Counter[tuple[str, str]]]:
    """(sub-type accuracy, event-type accuracy, confusions) on labelled rows."""
    ok = ok_type = 0
    conf: Counter[tuple[str, str]] = Counter()
    for doc, (_, gold) in zip(nlp.pipe(t for t, _ in rows), rows, strict=True):
        pred = max(doc.cats, key=lambda k: doc.cats[k])
        ok += pred == gold
        ok_type += EVENT_TYPE.get(pred, "NONE") == EVENT_TYPE.get(gold, "NONE")
        if pred != gold:
            conf[(gold, pred)] += 1
    n = max(len(rows), 1)
    return ok / n, ok_type / n, conf


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data", nargs="+")
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("--epochs", type=int, default=12)
    ap.add_argument("--arch", choices=("ensemble", "bow"), default="ensemble")
    ap.add_argument("--holdout", type=float, default=0.15)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    rows = read(args.data)
    print(f"{len(rows)} sentences: {dict(Counter(y for _, y in rows))}", file=sys.stderr)
    if args.holdout > 0:
        tr, held = split(rows, args.holdout, args.seed)
        nlp = train(tr, args.arch, args.epochs, args.seed)
        sub, typ, conf = accuracy(nlp, held)
        print(f"held-out ({len(held)} sentences): sub-type accuracy {sub:.3f}, event type {typ:.3f}")
        for (g, p), k in conf.most_common(8):
            print(f"  {k:3d} {g} -> {p}")
    t0 = time.time()
    nlp = train(rows, args.arch, args.epochs, args.seed)
    nlp.meta.update({"name": "frontlog_typer", "version": "1.0.0",
                     "description": "ACLED sub-event type of a sentence (25 types + NONE); "
                     f"trained by tools/train_typer.py on {len(rows)} project-written sentences"})  # fmt: skip
    out = Path(args.out)
    nlp.to_disk(out)
    size = sum(f.stat().st_size for f in out.rglob("*") if f.is_file())
    print(f"wrote {out} ({size / 1e6:.1f} MB) in {time.time() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
