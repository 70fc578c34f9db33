"""CPU seconds of the events stage (places included) over articles parsed once, for comparing two
trees back to back on a loaded machine (wall clock is noise there; CPU time much less so).

    PYTHONPATH=TREE .venv/bin/python bench/extract_cpu.py --n 300 --docs /tmp/fk300 [--reps 2]
        [--out OUT.txt] [--pyinstrument REPORT.txt] [--cprofile OUT.prof]

The first call parses the first N English articles of the corpus (default FA-KES, as bench.py) and
keeps the parses in DOCS.spacy/DOCS.pkl (a DocBin with user data, and the articles); later calls,
from any tree, read them. Each pass runs `extract_article` over every document (a fresh copy of the
parses each pass: caches of the process stay warm from the second pass on, as in a long run) and
prints its CPU seconds and the places stage's (its timer switched to CPU time). `--out` writes each
article's mentions and claims (repr), to `cmp` the output of two trees. Session 13 (speed).
"""

from __future__ import annotations

import argparse
import pickle
import sys
import time
import types
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "corpora" / "fakes.csv"


def _parse(corpus: Path, n: int, base: Path) -> None:
    from spacy.tokens import DocBin

    from frontlog.ingest import read_articles
    from frontlog.nlp import annotate

    articles = [a for a in read_articles([corpus]).articles if a.language == "en"][:n]
    bin_ = DocBin(store_user_data=True)
    for doc, _ in annotate((a.text, a) for a in articles):
        bin_.add(doc)
    base.with_suffix(".spacy").write_bytes(bin_.to_bytes())
    base.with_suffix(".pkl").write_bytes(pickle.dumps(articles))


def _pass(
    docs: list[Any], articles: list[Any], resources: dict[str, Any], profiler: Any
) -> tuple[float, float, list[Any]]:
    from frontlog.events import extract_article
    from frontlog.timing import Timings

    clock = Timings()
    t0 = time.process_time()
    if profiler is not None:
        profiler.enable() if hasattr(profiler, "enable") else profiler.start()
    out = [extract_article(d, a, timings=clock, **resources) for d, a in zip(docs, articles, strict=True)]
    if profiler is not None:
        profiler.disable() if hasattr(profiler, "disable") else profiler.stop()
    return time.process_time() - t0, clock.seconds.get("places", 0.0), out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--docs", type=Path, required=True, help="where the parses are kept (no suffix)")
    ap.add_argument("--reps", type=int, default=1)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--cprofile", type=Path, help="cProfile stats of the first pass")
    ap.add_argument("--pyinstrument", type=Path, help="pyinstrument report of the first pass (if installed)")
    args = ap.parse_args(argv)
    if not args.docs.with_suffix(".spacy").exists():
        _parse(args.corpus, args.n, args.docs)
    from spacy.tokens import DocBin

    import frontlog.timing
    from frontlog.actors import load_actor_lexicon
    from frontlog.events.lexicon import load_event_lexicon
    from frontlog.nlp import load_nlp
    from frontlog.places.gazetteer import load_gazetteer

    frontlog.timing.time = types.SimpleNamespace(perf_counter=time.process_time)  # type: ignore[attr-defined]
    vocab = load_nlp().vocab
    articles = pickle.loads(args.docs.with_suffix(".pkl").read_bytes())
    data = args.docs.with_suffix(".spacy").read_bytes()
    resources = {"gaz": load_gazetteer(), "actors": load_actor_lexicon(), "lex": load_event_lexicon()}
    for rep in range(args.reps):
        profiler: Any = None
        if rep == 0 and args.cprofile:
            import cProfile

            profiler = cProfile.Profile()
        elif rep == 0 and args.pyinstrument:
            from pyinstrument import Profiler

            profiler = Profiler(interval=0.0005)
        docs = list(DocBin().from_bytes(data).get_docs(vocab))
        cpu, places, out = _pass(docs, articles, resources, profiler)
        print(f"pass {rep + 1}: {len(docs)} articles, CPU {cpu:.2f} s, places {places:.2f} s")
        if profiler is not None and args.cprofile:
            profiler.dump_stats(args.cprofile)
        elif profiler is not None:
            args.pyinstrument.write_text(profiler.output_text(unicode=False, color=False))
        if args.out and rep == 0:
            args.out.write_text("".join(repr(r) + "\n" for r in out), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
