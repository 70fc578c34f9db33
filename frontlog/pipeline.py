"""Wire the stages together: ingest -> extraction -> the store -> the JSONL outputs."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from frontlog import __version__
from frontlog.errors import Problem
from frontlog.ingest import IngestOptions, read_articles
from frontlog.records import Article, ControlRecord, DocumentResult, Event
from frontlog.regroup import apply_reviews, fold_pending
from frontlog.settings import OnExtractError, load_settings
from frontlog.store import Store, new_run_id
from frontlog.timing import Timings
from frontlog.update import add_documents


@dataclass(frozen=True, slots=True)
class RunResult:
    articles: tuple[Article, ...]
    events: tuple[Event, ...]
    control: tuple[ControlRecord, ...]
    problems: tuple[Problem, ...]
    inputs_read: int
    inputs_failed: tuple[str, ...]
    out_dir: Path | None
    db: str = ":memory:"
    documents_new: int = 0

    @property
    def ok(self) -> bool:
        return not self.inputs_failed


Progress = Callable[[str, str], None]  # (stage, item)


def run(
    inputs: Sequence[str | Path],
    *,
    out_dir: Path | None = None,
    db: str | Path = ":memory:",
    options: IngestOptions | None = None,
    stdin: BinaryIO | None = None,
    progress: Progress | None = None,
    extract: bool = True,
    n_process: int = 1,
    timings: Timings | None = None,
    backend: str = "local",
    backend_address: str | None = None,
    store_wait: float | None = None,
    on_error: OnExtractError | None = None,
) -> RunResult:
    """Read the inputs, extract what is new into the store, and write the run's JSONL outputs.

    The outputs hold this run's documents and every event and control record with a source in
    them (merged with what the store already held). `store_wait` (seconds to wait for a store
    another process holds) and `on_error` ("warn": an article whose rules fail is kept with
    warning W208; "raise") default to frontlog/settings.toml.
    """
    settings = load_settings()
    on_error = on_error or settings.pipeline.on_error
    started = datetime.now()
    clock = timings or Timings()
    with clock.stage("ingest"):
        ingest = read_articles(
            inputs,
            options=options,
            stdin=stdin,
            progress=(lambda item: progress("read", item)) if progress else None,
            on_reader_error=on_error,
        )
    run_id = new_run_id(started)
    extractor = extractor_fingerprint() if extract else ""
    wait = settings.store.write_wait_s if store_wait is None else store_wait
    with Store(db, wait=wait) as store:
        known = store.known_doc_ids(
            (a.doc_id for a in ingest.articles), extractor=extractor if extract else None
        )
        new = [a for a in ingest.articles if a.doc_id not in known]
        if n_process <= 0:
            n_process = (os.cpu_count() or 1) if len(new) >= settings.pipeline.auto_parallel_min else 1
        job = _Extraction(run_id, extractor, n_process, backend, backend_address, on_error, clock, progress)
        if extract and new:
            n_new, extraction_problems = _extract_into_store(
                store, new, job, batch_size=settings.pipeline.batch
            )
        else:
            n_new, extraction_problems = (_store_unextracted(store, new, job) if new else 0), []
        # re-merged events keep their reviews, merges and splits; reviews queued meanwhile are stored (issue 18)
        extraction_problems += [
            Problem("W301", str(db), n) for n in fold_pending(store) + apply_reviews(store)
        ]
        doc_ids = [a.doc_id for a in ingest.articles]
        events = tuple(store.events(doc_ids=doc_ids))
        control = tuple(store.control(doc_ids=doc_ids))
        store.record_run(
            run_id, started=started, inputs=[str(i) for i in inputs], version=__version__, documents_new=n_new,
            documents_seen=len(ingest.articles) - n_new, events=len(events), control=len(control),
            problems=[str(p) for p in (*ingest.problems, *extraction_problems)],
        )  # fmt: skip
    result = RunResult(
        ingest.articles, events, control, (*ingest.problems, *extraction_problems), ingest.inputs_read, ingest.inputs_failed, out_dir,
        str(db), n_new,
    )  # fmt: skip
    if out_dir is not None:
        write_outputs(result, out_dir)
    return result


@dataclass(frozen=True, slots=True)
class _Extraction:
    """How one run extracts and stores its new articles (the arguments of `run` that say so)."""

    run_id: str
    extractor: str
    n_process: int
    backend: str
    backend_address: str | None
    on_error: OnExtractError
    clock: Timings
    progress: Progress | None


def _extract_into_store(
    store: Store, new: list[Article], job: _Extraction, *, batch_size: int
) -> tuple[int, list[Problem]]:
    """Extract events from `new` and add them to the store in batches; (documents stored, problems)."""
    from frontlog.extract import extract_documents

    n_new = 0
    problems: list[Problem] = []
    batch: list[DocumentResult] = []
    progress = job.progress
    step = (lambda item: progress("extract", item)) if progress else None
    if job.backend == "dask":
        from frontlog.backends import extract_with_dask

        results = extract_with_dask(
            new, workers=job.n_process, address=job.backend_address, on_error=job.on_error
        )
    else:
        results = extract_documents(
            new, progress=step, n_process=job.n_process, timings=job.clock, on_error=job.on_error
        )
    for doc_result in results:
        problems.extend(doc_result.problems)
        batch.append(doc_result)
        if len(batch) >= batch_size:
            with job.clock.stage("store"):
                n_new += add_documents(
                    store, batch, run_id=job.run_id, extractor=job.extractor, timings=job.clock
                )
            batch = []
    with job.clock.stage("store"):
        n_new += add_documents(store, batch, run_id=job.run_id, extractor=job.extractor, timings=job.clock)
    return n_new, problems


def _store_unextracted(store: Store, new: list[Article], job: _Extraction) -> int:
    """Store `new` without events (`--no-events`); the number of documents stored."""
    results = [DocumentResult(a, (), (), ()) for a in new]
    return add_documents(store, results, run_id=job.run_id, extractor=job.extractor)


# What turns text into events: a change to any of these files changes the extractor fingerprint.
EXTRACTOR_PARTS = (
    "ingest",
    "nlp",
    "places",
    "actors",
    "events",
    "merge",
    "control",
    "data",
    "calendar.py",
    "extract.py",
)


def extractor_fingerprint() -> str:
    """A digest of frontlog's version and of the code and data that turn text into events.

    Documents extracted by other rules are extracted again, so a store never mixes versions.
    """
    from importlib import resources

    h = hashlib.sha1(__version__.encode())
    root = Path(str(resources.files("frontlog")))
    for part in EXTRACTOR_PARTS:
        paths = sorted((root / part).rglob("*")) if (root / part).is_dir() else [root / part]
        for path in paths:
            if path.is_file() and path.suffix in (".py", ".yaml", ".tsv", ".txt"):
                h.update(path.relative_to(root).as_posix().encode())
                h.update(path.read_bytes())
    h.update(repr(load_settings().places).encode())  # [places] settings shape the gazetteer
    h.update(repr(load_settings().events).encode())  # [events] settings: background, confidence
    return h.hexdigest()[:16]


def _write_jsonl(path: Path, rows: Sequence[dict[str, Any]]) -> None:
    tmp = path.with_suffix(path.suffix + ".tmp")
    with tmp.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    tmp.replace(path)


def write_outputs(result: RunResult, out_dir: Path) -> None:
    """Write documents.jsonl, events.jsonl, control.jsonl and problems.jsonl (spec sections 7-10)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    _write_jsonl(out_dir / "documents.jsonl", [a.to_json() for a in result.articles])
    _write_jsonl(out_dir / "events.jsonl", [e.to_json() for e in result.events])
    _write_jsonl(out_dir / "control.jsonl", [c.to_json() for c in result.control])
    _write_jsonl(
        out_dir / "problems.jsonl",
        [{"code": p.code, "source": p.source, "line": p.line, "message": str(p)} for p in result.problems],
    )
