"""frontlog's benchmark: the full pipeline against the bare spaCy parse of the same texts.

    .venv/bin/python bench/bench.py [--n 5000] [--processes 2] [--json] [--corpus fakes.csv]
        [--slow-consumer SECONDS]

For N articles (FA-KES texts repeated, each copy made distinct so that the store does not
deduplicate it) it measures, each in its own process so that peak memory is its own:
  (a) the bare parse: spacy.load of the same model, nlp.pipe with the same batch sizes and
      process count, no frontlog component;
  (b) `frontlog run` into a fresh store (ingest from a CSV export, parse with frontlog's
      components, places, events, merge, control, store),
and the same full run at 10x the input, to show how the cost grows. It prints figures; nothing
here asserts a time. The gazetteer is built first when it is out of date, so that no measured run
pays for (and holds the memory of) building it. `--slow-consumer S` makes the run's own process
sleep S seconds per article, as on a loaded machine where it codes events slower than its parsing
processes parse: the whole-run memory must stay where it is (the parsed docs handed over are
bounded).
"""

from __future__ import annotations

import argparse
import csv
import json
import multiprocessing as mp
import resource
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "corpora" / "fakes.csv"
FALLBACK_CORPUS = ROOT / "examples" / "fakes_sample.csv"


def load_texts(corpus: Path, n: int) -> list[dict[str, str]]:
    with corpus.open(encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r.get("article_content")]
    out = []
    for i in range(n):
        r = rows[i % len(rows)]
        copy = i // len(rows)
        text = r["article_content"] if copy == 0 else f"{r['article_content']} (copy {copy})"
        out.append(
            {
                "id": f"{i}",
                "text": text,
                "title": r.get("article_title", ""),
                "date": r.get("date", ""),
                "source": r.get("source", ""),
            }
        )
    return out


def _cpu_seconds() -> float:
    """CPU time of this process and its finished children (the parsing processes): on a shared
    machine it moves far less with the load than the wall time does."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _peak_mb() -> float:
    return (
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        + resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    )


def bare(texts: list[str], processes: int, queue: Any) -> None:
    import spacy

    from frontlog.nlp import MODEL
    from frontlog.settings import load_settings

    t0 = time.perf_counter()
    nlp = spacy.load(MODEL)
    load = time.perf_counter() - t0
    conf = load_settings().nlp
    parts = {name: {"batch_size": min(conf.batch_size, conf.component_batch)} for name in nlp.pipe_names}
    t0, cpu0 = time.perf_counter(), _cpu_seconds()
    docs = nlp.pipe(texts, batch_size=conf.batch_size, n_process=processes, component_cfg=parts)
    words = sum(len(doc) for doc in docs)
    queue.put(
        {
            "seconds": time.perf_counter() - t0,
            "cpu_seconds": _cpu_seconds() - cpu0,
            "load_seconds": load,
            "tokens": words,
            "peak_rss_mb": _peak_mb(),
        }
    )


def _slowed(seconds: float) -> Any:
    """A progress callback that sleeps `seconds` per article extracted (None: no callback)."""
    if not seconds:
        return None

    def step(stage: str, item: str) -> None:
        if stage == "extract":
            time.sleep(seconds)

    return step


def full(rows: list[dict[str, str]], processes: int, slow: float, queue: Any) -> None:
    from frontlog.pipeline import run
    from frontlog.timing import Timings

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "input.csv"
        with path.open("w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, fieldnames=["id", "text", "title", "date", "source"])
            w.writeheader()
            w.writerows(rows)
        timings = Timings()
        t0, cpu0 = time.perf_counter(), _cpu_seconds()
        result = run(
            [path], db=Path(tmp) / "bench.duckdb", n_process=processes, timings=timings, progress=_slowed(slow)
        )
        seconds, cpu = time.perf_counter() - t0, _cpu_seconds() - cpu0
    stages = timings.as_dict()
    queue.put({
        "seconds": seconds - stages.get("load", 0.0), "load_seconds": stages.get("load", 0.0), "cpu_seconds": cpu,
        "articles": len(result.articles), "events": len(result.events), "stages": stages, "peak_rss_mb": _peak_mb(),
    })  # fmt: skip


def _tree(root: int) -> list[int]:
    """`root` and every process descended from it (Linux /proc)."""
    parents: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            parents.setdefault(ppid, []).append(int(entry.name))
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo.extend(parents.get(pid, []))
    return out


def _memory_kb(pid: int) -> tuple[int, int, int]:
    """(RSS, PSS, USS) of a process in kB; PSS shares each copy-on-write page among the processes
    that hold it, USS counts only the pages no other process holds."""
    found = {"Rss": 0, "Pss": 0, "Private_Clean": 0, "Private_Dirty": 0}
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            key = line.split(":", 1)[0]
            if key in found:
                found[key] = int(line.split()[1])
    except OSError:
        pass
    return found["Rss"], found["Pss"], found["Private_Clean"] + found["Private_Dirty"]


class TreeSampler(threading.Thread):
    """Samples the summed RSS and PSS of a process tree every `every` seconds: the whole run's memory
    (the parent and its parsing processes at the same moment), where ru_maxrss gives each
    process's own peak, shared pages counted in each."""

    def __init__(self, root: int, every: float = 0.5) -> None:
        super().__init__(daemon=True)
        self.root, self.every = root, every
        self.peak_rss_kb = self.peak_pss_kb = 0
        # each process's (PSS, USS) in kB at the moment the summed PSS peaked: the run's own process first
        self.at_peak: list[tuple[int, int]] = []
        self.stop = threading.Event()

    def run(self) -> None:
        if not Path(f"/proc/{self.root}/smaps_rollup").exists():
            return
        while not self.stop.wait(self.every):
            rows = [_memory_kb(pid) for pid in _tree(self.root)]
            rss, pss = sum(r[0] for r in rows), sum(r[1] for r in rows)
            if pss > self.peak_pss_kb:
                self.at_peak = [(p, u) for _, p, u in rows]
            self.peak_rss_kb, self.peak_pss_kb = max(self.peak_rss_kb, rss), max(self.peak_pss_kb, pss)


def _in_process(target: Any, *args: Any) -> dict[str, Any]:
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=target, args=(*args, queue))
    proc.start()
    sampler = TreeSampler(proc.pid)
    sampler.start()
    result = queue.get()
    sampler.stop.set()
    proc.join()
    sampler.join()
    return dict(result) | {
        "tree_rss_mb": sampler.peak_rss_kb / 1024, "tree_pss_mb": sampler.peak_pss_kb / 1024,
        "at_peak": [(round(p / 1024), round(u / 1024)) for p, u in sampler.at_peak],
    }  # fmt: skip


def ready_gazetteer(queue: Any) -> None:
    """Build the gazetteer now if it is out of date (seconds spent; 0.0 when it was current)."""
    from frontlog.places.apart import gazetteer_current
    from frontlog.places.gazetteer import load_gazetteer

    if gazetteer_current():
        queue.put({"seconds": 0.0})
        return
    t0 = time.perf_counter()
    load_gazetteer()
    queue.put({"seconds": time.perf_counter() - t0})


def measure(n: int, processes: int, corpus: Path, growth: bool, slow: float = 0.0) -> dict[str, Any]:
    rows = load_texts(corpus, n)
    words = sum(len(r["text"].split()) for r in rows)
    gaz_build = _in_process(ready_gazetteer)["seconds"]
    a = _in_process(bare, [r["text"] for r in rows], processes)
    b = _in_process(full, rows, processes, slow)
    report: dict[str, Any] = {
        "articles": n,
        "words": words,
        "processes": processes,
        "corpus": str(corpus),
        "bare_seconds": round(a["seconds"], 2),
        "full_seconds": round(b["seconds"], 2),
        "bare_words_per_s": round(words / a["seconds"], 1),
        "full_words_per_s": round(words / b["seconds"], 1),
        "bare_articles_per_s": round(n / a["seconds"], 2),
        "full_articles_per_s": round(n / b["seconds"], 2),
        "ratio": round(a["seconds"] / b["seconds"], 3),
        "bare_cpu_seconds": round(a["cpu_seconds"], 1),
        "full_cpu_seconds": round(b["cpu_seconds"], 1),
        "cpu_ratio": round(a["cpu_seconds"] / b["cpu_seconds"], 3),
        "stages_seconds": b["stages"],
        "events": b["events"],
        "peak_rss_mb": round(b["peak_rss_mb"], 1),
        "bare_peak_rss_mb": round(a["peak_rss_mb"], 1),
        "tree_rss_mb": round(b["tree_rss_mb"], 1),
        "tree_pss_mb": round(b["tree_pss_mb"], 1),
        "bare_tree_rss_mb": round(a["tree_rss_mb"], 1),
        "bare_tree_pss_mb": round(a["tree_pss_mb"], 1),
        "tree_pss_uss_at_peak_mb": b["at_peak"],
        "bare_tree_pss_uss_at_peak_mb": a["at_peak"],
        "model_load_seconds": round(a["load_seconds"], 2),
        "frontlog_load_seconds": round(b["load_seconds"], 2),
        "slow_consumer_seconds": slow,
        "gazetteer_built_first_seconds": round(gaz_build, 1),
    }
    if growth:
        big = _in_process(full, load_texts(corpus, n * 10), processes, slow)
        report["full_seconds_10x"] = round(big["seconds"], 2)
        report["growth_10x"] = round(big["seconds"] / b["seconds"], 2)
        report["peak_rss_mb_10x"] = round(big["peak_rss_mb"], 1)
        report["tree_pss_mb_10x"] = round(big["tree_pss_mb"], 1)
    return report


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=5000, help="articles (default 5000)")
    ap.add_argument(
        "--processes", type=int, default=mp.cpu_count(), help="parsing processes (default: all cores)"
    )
    ap.add_argument(
        "--corpus", type=Path, default=DEFAULT_CORPUS if DEFAULT_CORPUS.exists() else FALLBACK_CORPUS
    )
    ap.add_argument("--no-growth", action="store_true", help="skip the 10x run")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument(
        "--slow-consumer", type=float, default=0.0, metavar="S", help="sleep S seconds per article in the run's process"
    )
    args = ap.parse_args(argv)
    report = measure(args.n, args.processes, args.corpus, not args.no_growth, args.slow_consumer)
    if args.json:
        print(json.dumps(report))
        return 0
    print(
        f"frontlog benchmark: {report['articles']} articles, {report['words']:,} words, {report['processes']} process(es)"
        + (f", consumer slowed by {args.slow_consumer} s per article" if args.slow_consumer else "")
    )
    if report["gazetteer_built_first_seconds"]:
        print(f"  (the gazetteer was out of date: built first, {report['gazetteer_built_first_seconds']} s, not measured)")
    print(
        f"  bare parse   {report['bare_seconds']:8.2f} s  {report['bare_words_per_s']:9.1f} words/s  {report['bare_articles_per_s']:7.2f} articles/s"
    )
    print(
        f"  frontlog run {report['full_seconds']:8.2f} s  {report['full_words_per_s']:9.1f} words/s  {report['full_articles_per_s']:7.2f} articles/s"
    )
    print(f"  ratio (bare time / full time) {report['ratio']:.3f}   events {report['events']}")
    print(
        f"  CPU seconds: bare {report['bare_cpu_seconds']}, frontlog {report['full_cpu_seconds']}"
        f" (ratio {report['cpu_ratio']:.3f})"
    )
    print("  stages (s): " + ", ".join(f"{k} {v}" for k, v in report["stages_seconds"].items()))
    print(f"  peak RSS: frontlog {report['peak_rss_mb']} MB, bare {report['bare_peak_rss_mb']} MB")
    print(
        f"  whole run, sampled: RSS {report['tree_rss_mb']} MB, PSS {report['tree_pss_mb']} MB"
        f" (bare {report['bare_tree_rss_mb']} / {report['bare_tree_pss_mb']} MB)"
    )
    print(
        "  at the peak, per process (PSS/USS MB; the run's own first): frontlog "
        + ", ".join(f"{p}/{u}" for p, u in report["tree_pss_uss_at_peak_mb"])
        + "; bare " + ", ".join(f"{p}/{u}" for p, u in report["bare_tree_pss_uss_at_peak_mb"])
    )  # fmt: skip
    if "growth_10x" in report:
        print(
            f"  10x input: {report['full_seconds_10x']} s = {report['growth_10x']}x the time, peak RSS {report['peak_rss_mb_10x']} MB,"
            f" whole-run PSS {report['tree_pss_mb_10x']} MB"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
