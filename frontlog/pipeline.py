"""Wire the stages together: ingest -> nlp -> places/actors -> events -> merge -> control -> outputs."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from frontlog.errors import Problem
from frontlog.ingest import IngestOptions, read_articles
from frontlog.records import Article, ControlRecord, Event


@dataclass(frozen=True, slots=True)
class RunResult:
    articles: tuple[Article, ...]
    events: tuple[Event, ...]
    control: tuple[ControlRecord, ...]
    problems: tuple[Problem, ...]
    inputs_read: int
    inputs_failed: tuple[str, ...]
    out_dir: Path | None

    @property
    def ok(self) -> bool:
        return not self.inputs_failed


Progress = Callable[[str, str], None]  # (stage, item)


def run(
    inputs: Sequence[str | Path],
    *,
    out_dir: Path | None = None,
    options: IngestOptions | None = None,
    stdin: BinaryIO | None = None,
    progress: Progress | None = None,
    extract: bool = True,
) -> RunResult:
    """Read the inputs, extract events and control records, and write the JSONL outputs."""
    ingest = read_articles(
        inputs,
        options=options,
        stdin=stdin,
        progress=(lambda item: progress("read", item)) if progress else None,
    )
    events: tuple[Event, ...] = ()
    control: tuple[ControlRecord, ...] = ()
    if extract and ingest.articles:
        from frontlog.extract import extract_all

        events, control = extract_all(
            ingest.articles, progress=(lambda item: progress("extract", item)) if progress else None
        )
    result = RunResult(
        ingest.articles, events, control, ingest.problems, ingest.inputs_read, ingest.inputs_failed, out_dir
    )
    if out_dir is not None:
        write_outputs(result, out_dir)
    return result


def _write_jsonl(path: Path, rows: Sequence[dict[str, Any]]) -> None:
    tmp = path.with_suffix(path.suffix + ".tmp")
    with tmp.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n")
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
