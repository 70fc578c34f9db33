"""Robustness run: feed frontlog N generated hostile inputs and count what happens.

    .venv/bin/python tools/fuzz.py [--n 10000] [--quick] [--seed 0] [--json]

Each case is one file (random bytes, truncated UTF-8, mixed encodings, BOMs, NUL bytes, a very
long single line, deeply nested HTML, HTML with only scripts, JSONL with broken lines and wrong
types, CSV with ragged rows and embedded newlines, articles with no date, no sentences, thousands
of sentences, far-future dates, absurd numbers). Every case is read by the ingest stage; one in
`--full-every` also goes through the whole pipeline (parse, events, store). A crash is an
exception that escapes frontlog; a rejected input is one reported with a message; a kept input
gave at least one article.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import traceback
from pathlib import Path
from typing import Any

SENTENCE = (
    "Government forces recaptured the town of Tabqa from Islamic State fighters on Monday, officials said."
)


def _case(rng: random.Random, i: int, quick: bool) -> tuple[str, bytes]:
    kind = i % 16
    if kind == 0:
        return "random.bin", rng.randbytes(rng.randint(0, 4096))
    if kind == 1:
        return "truncated.txt", ("2019-01-02\n\n" + SENTENCE + " Éé—“”").encode("utf-8")[
            : rng.randint(1, 140)
        ]
    if kind == 2:
        return "mixed.txt", SENTENCE.encode("utf-8") + "café à Alep".encode("latin-1") + "Дамаск".encode(
            "cp1251"
        )
    if kind == 3:
        bom = rng.choice([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00"])
        return "bom.txt", bom + SENTENCE.encode(rng.choice(["utf-8", "utf-16-le", "utf-16-be"]))
    if kind == 4:
        return "nul.txt", (SENTENCE + "\x00" * rng.randint(1, 50) + SENTENCE).encode("utf-8")
    if kind == 5:
        size = 200_000 if quick else 50_000_000
        return "longline.txt", (("word " * (size // 5))[:size]).encode()
    if kind == 6:
        depth = rng.randint(100, 3000)
        return "nested.html", ("<div>" * depth + SENTENCE + "</div>" * depth).encode()
    if kind == 7:
        return (
            "scripts.html",
            b"<html><head><script>alert(1)</script></head><body><script>x()</script></body></html>",
        )
    if kind == 8:
        lines = [json.dumps({"text": SENTENCE, "date": "2019-01-02"}), "{broken", json.dumps({"text": 42, "date": []}),
                 json.dumps([1, 2]), json.dumps({"text": None}), "null", json.dumps({"body": SENTENCE * 3, "published": "31/12/2019"})]  # fmt: skip
        rng.shuffle(lines)
        return "feed.jsonl", "\n".join(lines).encode()
    if kind == 9:
        rows = [
            "text,date,source",
            f'"{SENTENCE}\nsecond line",1/2/19,AFP',
            "only,one",
            f'"{SENTENCE}",,,,,extra',
            '"unterminated,13/13/13',
        ]
        return "export.csv", "\n".join(rows).encode()
    if kind == 10:
        return "undated.txt", SENTENCE.encode()
    if kind == 11:
        return "nosentences.txt", ("— " * rng.randint(1, 500) + "12345 ...").encode()
    if kind == 12:
        n = 2_000 if quick else 10_000
        return "many.txt", ("2019-01-02\n\n" + " ".join([SENTENCE] * n)).encode()
    if kind == 13:
        return (
            "future.txt",
            f"9999-12-31\n\n{SENTENCE}\n\nOn February 30, 2999 rebels shelled Aleppo.".encode(),
        )
    if kind == 14:
        return (
            "numbers.txt",
            f"2019-01-02\n\n1e309 people were killed in Aleppo on Monday. {10**400} civilians died. {SENTENCE}".encode(),
        )
    return "json.json", json.dumps(
        {"articles": [{"content": SENTENCE, "published": "not a date"}, {"content": ""}]}
    ).encode()


def run_fuzz(n: int, *, quick: bool, seed: int, full_every: int) -> dict[str, Any]:
    from frontlog.ingest import read_articles
    from frontlog.pipeline import run

    rng = random.Random(seed)
    counts = {"cases": 0, "crashes": 0, "rejected": 0, "kept": 0, "full_runs": 0}
    crashes: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(n):
            name, data = _case(rng, i, quick)
            path = Path(tmp) / f"{i:05d}_{name}"
            path.write_bytes(data)
            counts["cases"] += 1
            try:
                if full_every and i % full_every == 0:
                    result = run([path], db=":memory:")
                    counts["full_runs"] += 1
                    failed, kept = result.inputs_failed, result.articles
                else:
                    ingest = read_articles([path])
                    failed, kept = ingest.inputs_failed, ingest.articles
            except Exception:  # the point of the exercise: count what escapes
                counts["crashes"] += 1
                crashes.append(f"{name}: {traceback.format_exc(limit=3)}")
            else:
                if failed:
                    counts["rejected"] += 1
                elif kept:
                    counts["kept"] += 1
            path.unlink()
    return counts | {"examples_of_crashes": crashes[:5]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--quick", action="store_true", help="smaller big cases (for CI)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument(
        "--full-every", type=int, default=50, help="run the whole pipeline on every k-th case (0: never)"
    )
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    report = run_fuzz(args.n, quick=args.quick, seed=args.seed, full_every=args.full_every)
    if args.json:
        print(
            json.dumps(
                {k: v for k, v in report.items() if k != "examples_of_crashes"}
                | ({"examples_of_crashes": report["examples_of_crashes"]} if report["crashes"] else {})
            )
        )
    else:
        print(
            f"cases {report['cases']}  crashes {report['crashes']}  rejected {report['rejected']}  kept {report['kept']}  (whole pipeline on {report['full_runs']})"
        )
        for c in report["examples_of_crashes"]:
            print(c)
    return 1 if report["crashes"] else 0


if __name__ == "__main__":
    sys.exit(main())
