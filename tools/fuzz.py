"""Robustness run: feed frontlog N generated hostile inputs and count what happens.

    .venv/bin/python tools/fuzz.py [--n 10000] [--quick] [--seed 0] [--json]
    .venv/bin/python tools/fuzz.py --big [--json]     # peak memory and time of the huge inputs

Each case is one file or folder (random bytes, truncated UTF-8, mixed encodings, BOMs, NUL bytes,
a very long single line, deeply nested HTML, HTML with only scripts, JSONL with broken lines and
wrong types, CSV with ragged rows and embedded newlines, articles with no date, no sentences,
thousands of sentences, far-future dates, absurd numbers, a repeated phrase without a full stop,
a folder 1,000 levels deep, a file name that is not UTF-8, a symbolic link loop, an impossible
date, French and Arabic articles, legacy encodings, a CSV of empty rows). Every case is read by
the ingest stage; one in `--full-every` (of those under 1 MB) also goes through the whole
pipeline (parse, events, store). A crash is an exception that escapes frontlog; a rejected input
is one reported with a message; a kept input gave at least one article.

`--big` runs `frontlog run` in a child process on each huge input (a 200 MB text of repeated
paragraphs, 200 MB of distinct text read with --no-events, a million-row CSV with empty text,
"killed 999999999999 people" repeated 9,000 times, a 2 MB line of prose) and reports its wall
time, peak memory (the child's maximum RSS) and exit status.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

SENTENCE = (
    "Government forces recaptured the town of Tabqa from Islamic State fighters on Monday, officials said."
)


FRENCH = (
    "Paris, le 12 février 2024 - Les forces gouvernementales ont repris lundi la ville de Qalat après deux "
    "jours de violents combats, a déclaré un porte-parole de l'armée."
)
ARABIC = "قصفت الطائرات الحربية مدينة حلب يوم الاثنين، وقال مسؤولون إن عشرة أشخاص قتلوا في الغارات."
KINDS = 23
MAX_FULL_RUN = 1_000_000  # bytes: bigger cases are read by the ingest stage only

Builder = Callable[[Path], None]  # makes a folder case under the given path


def _deep_folder(depth: int) -> Builder:
    def build(root: Path) -> None:
        path = str(root)
        os.mkdir(path)
        for _ in range(depth):
            path += "/d"
            os.mkdir(path)
        Path(path, "a.txt").write_text("2019-01-02\n\n" + SENTENCE, encoding="utf-8")

    return build


def _bad_name(root: Path) -> None:
    root.mkdir()
    (root / "good.txt").write_text("2019-01-02\n\n" + SENTENCE, encoding="utf-8")
    with open(os.path.join(os.fsencode(root), b"caf\xe9\xff.txt"), "w", encoding="utf-8") as f:
        f.write("2019-01-03\n\n" + SENTENCE.replace("Tabqa", "Manbij"))


def _link_loop(root: Path) -> None:
    root.mkdir()
    (root / "good.txt").write_text("2019-01-02\n\n" + SENTENCE, encoding="utf-8")
    (root / "sub").mkdir()
    (root / "sub" / "up").symlink_to(root, target_is_directory=True)
    (root / "ping.txt").symlink_to(root / "pong.txt")
    (root / "pong.txt").symlink_to(root / "ping.txt")


def _remove(path: Path) -> None:
    """Remove a case, deep folders included, without recursion (shutil.rmtree recurses)."""
    if path.is_symlink() or path.is_file():
        path.unlink()
        return
    stack = [str(path)]
    while stack:
        top = stack[-1]
        subdirs = []
        for entry in os.scandir(top):
            if entry.is_dir(follow_symlinks=False):
                subdirs.append(entry.path)
            else:
                os.unlink(entry.path)
        if subdirs:
            stack.extend(subdirs)
        else:
            os.rmdir(stack.pop())


def _new_case(rng: random.Random, i: int, quick: bool) -> tuple[str, bytes | Builder] | None:
    kind = i % KINDS
    if kind == 16:
        n = 2_000 if quick else 9_000
        return "phrase.txt", ("2019-01-02\n\n" + "killed 999999999999 people " * n).encode()
    if kind == 17:
        return "deep", _deep_folder(1_000 if quick or i < KINDS else 200)
    if kind == 18:
        return "badname", _bad_name
    if kind == 19:
        return "loop", _link_loop
    if kind == 20:
        day = rng.choice(["31 February 2019", "February 30, 2018", "2019-04-31", "April 31"])
        return (
            "impossible.txt",
            f"Published: {day}\n\nRebels shelled Aleppo on {day}, a monitor said.".encode(),
        )
    if kind == 21:
        text, enc = rng.choice(
            [(FRENCH, "utf-8"), (FRENCH, "latin-1"), (ARABIC, "utf-8"), (ARABIC, "cp1256")]
        )
        return "foreign.txt", text.encode(enc)
    if kind == 22:
        rows = 10_000 if quick or i >= KINDS else 1_000_000
        return "emptyrows.csv", ("text,date,extra\n" + ",2019-01-01,x,y\n" * rows).encode()
    return None


def _case(rng: random.Random, i: int, quick: bool) -> tuple[str, bytes | Builder]:
    new = _new_case(rng, i, quick)
    if new is not None:
        return new
    kind = i % KINDS
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
        size = 200_000 if quick or i >= KINDS else 50_000_000  # one 50 MB line per full run
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
        n = 2_000 if quick or i >= KINDS else 10_000
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


def run_fuzz(n: int, *, quick: bool, seed: int, full_every: int, progress: int = 0) -> dict[str, Any]:
    from frontlog.ingest import read_articles
    from frontlog.pipeline import run

    rng = random.Random(seed)
    counts = {"cases": 0, "crashes": 0, "rejected": 0, "kept": 0, "full_runs": 0}
    crashes: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(n):
            name, data = _case(rng, i, quick)
            path = Path(tmp) / f"{i:05d}_{name}"
            if callable(data):
                data(path)
                size = 0
            else:
                path.write_bytes(data)
                size = len(data)
            counts["cases"] += 1
            try:
                if full_every and i % full_every == 0 and size <= MAX_FULL_RUN:
                    result = run([path], db=":memory:")
                    counts["full_runs"] += 1
                    failed, kept, problems = result.inputs_failed, result.articles, result.problems
                else:
                    ingest = read_articles([path])
                    failed, kept, problems = ingest.inputs_failed, ingest.articles, ingest.problems
            except Exception:  # the point of the exercise: count what escapes
                counts["crashes"] += 1
                crashes.append(f"{name}: {traceback.format_exc(limit=3)}")
            else:
                if failed:
                    counts["rejected"] += 1
                    if not all(any(p.source == f for p in problems) for f in failed):
                        counts["crashes"] += 1  # rejected without a message naming the input
                        crashes.append(f"{name}: rejected without a message")
                elif kept:
                    counts["kept"] += 1
            _remove(path)
            if progress and (i + 1) % progress == 0:
                print(f"{i + 1} cases: {counts}", file=sys.stderr, flush=True)
    return counts | {"examples_of_crashes": crashes[:5]}


PARAGRAPH = (
    "Government forces shelled the rebel-held district of Jobar on the eastern edge of Damascus on "
    "Monday, killing at least four civilians, the Syrian Observatory for Human Rights said."
)


def _write_big(kind: str, path: Path) -> list[str]:
    """Write one huge input; return the extra `frontlog run` options it is measured with."""
    with path.open("w", encoding="utf-8") as f:
        if kind == "repeated-200mb.txt":
            f.write("2019-01-02\n\n")
            block = "\n\n".join([PARAGRAPH] * 1000) + "\n\n"
            for _ in range(200_000_000 // len(block)):
                f.write(block)
        elif kind == "distinct-200mb.txt":
            f.write("2019-01-02\n\n")
            for i in range(200_000_000 // 190):
                f.write(f"{PARAGRAPH[:150]} Report number {i}.\n\n")
            return ["--no-events"]
        elif kind == "million-rows.csv":
            f.write("text,date\n" + ",2019-01-01\n" * 1_000_000)
        elif kind == "phrase-9000.txt":
            f.write("2019-01-02\n\n" + "killed 999999999999 people " * 9_000)
        elif kind == "baseline.txt":  # one short article: the memory every run needs
            f.write("2019-01-02\n\n" + PARAGRAPH + "\n")
        elif kind == "line-2mb.txt":
            f.write("2019-01-02\n" + "".join(f"{PARAGRAPH[:-1]} (report {i}). " for i in range(12_000)))
    return []


BIG_CASES = (
    "phrase-9000.txt",
    "million-rows.csv",
    "line-2mb.txt",
    "repeated-200mb.txt",
    "distinct-200mb.txt",
)


def run_big(cases: tuple[str, ...] = BIG_CASES) -> Iterator[dict[str, Any]]:
    """Each huge input through `frontlog run` in a child process: wall time, peak RSS, exit status."""
    with tempfile.TemporaryDirectory() as tmp:
        for kind in cases:
            path = Path(tmp) / kind
            extra = _write_big(kind, path)
            cmd = [
                sys.executable,
                "-m",
                "frontlog",
                "run",
                str(path),
                "--db",
                ":memory:",
                "--out",
                f"{tmp}/out",
                "-q",
                *extra,
            ]
            start = time.monotonic()
            proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            _, status, usage = os.wait4(proc.pid, 0)
            elapsed = time.monotonic() - start
            stderr = proc.stderr.read() if proc.stderr else ""
            yield {
                "case": kind, "mb": round(path.stat().st_size / 2**20, 1), "options": " ".join(extra),
                "seconds": round(elapsed, 1), "peak_rss_mb": round(usage.ru_maxrss / 1024),
                "exit": os.waitstatus_to_exitcode(status), "messages": [ln[:120] for ln in stderr.splitlines()[:4]],
            }  # fmt: skip
            path.unlink()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--quick", action="store_true", help="smaller big cases (for CI)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument(
        "--full-every", type=int, default=50, help="run the whole pipeline on every k-th case (0: never)"
    )
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--progress", type=int, default=0, metavar="K", help="print the counts every K cases (stderr)")
    ap.add_argument("--big", action="store_true", help="measure time and peak memory of the huge inputs")
    ap.add_argument("--cases", help=f"with --big: some of {','.join(BIG_CASES)}")
    args = ap.parse_args(argv)
    if args.big:
        for row in run_big(tuple(args.cases.split(",")) if args.cases else BIG_CASES):
            print(
                json.dumps(row)
                if args.json
                else "{case:20} {mb:7} MB  {seconds:7} s  {peak_rss_mb:5} MB peak  exit {exit}  {options}".format(
                    **row
                ),
                flush=True,
            )
        return 0
    report = run_fuzz(args.n, quick=args.quick, seed=args.seed, full_every=args.full_every, progress=args.progress)
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
