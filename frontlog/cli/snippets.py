"""`frontlog eval-snippets`: parse the options, call frontlog.eval.snippets, format its report."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from frontlog.cli.app import app, err, out
from frontlog.eval.snippets import NONE, SnippetReport


@app.command("eval-snippets")
def eval_snippets_cli(
    path: Annotated[
        Path,
        typer.Argument(
            help="Labelled snippets: JSONL (tests/data/snippets) or a CSV with text and "
            "sub_event_type columns.",
            exists=True,
            dir_okay=False,
        ),
    ],
    split: Annotated[str | None, typer.Option(help="Only the snippets of this split (dev, test).")] = None,
    default_date: Annotated[
        str | None, typer.Option("--date", help="Date of snippets without one (YYYY-MM-DD; default today).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as one JSON object.")] = False,
) -> None:
    """Score frontlog's event and sub-event types on labelled news snippets."""
    from frontlog.eval.snippets import evaluate_snippets

    columns = (TextColumn("[bold]snippets"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True) as bar:
        task = bar.add_task("snippets", total=None)

        def step(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        try:
            report = evaluate_snippets(path, split=split, default_date=default_date, progress=step)
        except (ValueError, UnicodeDecodeError) as exc:
            err.print(f"[red]error[/red]: {path}: {exc}")
            raise typer.Exit(2) from exc
    if as_json:
        print(json.dumps(report.to_json()))
        return
    if not report.n:
        err.print(f"[red]error[/red]: {path}: no snippets to score (check --split)")
        raise typer.Exit(1)
    print_snippet_report(report)


def _f(value: float | None) -> str:
    return "" if value is None else f"{value:.2f}"


def print_snippet_report(report: SnippetReport) -> None:
    """The overall figures, per sub-type precision/recall/F1, and the confusion of the misses."""
    split = f" ({report.split})" if report.split else ""
    total = Table(title=f"{report.file}{split}: {report.n} snippets, {report.n_none} labelled none")
    for col in ("measure", "value", "right", "of"):
        total.add_column(col, justify="left" if col == "measure" else "right")
    for name in ("event_type", "sub_event_type", "none_precision", "none_recall"):
        s = getattr(report, name)
        total.add_row(name.replace("_", " "), _f(s.value), str(s.right), str(s.n))
    total.add_row("weighted F1 (sub-types)", _f(report.weighted_f1), "", "")
    out.print(total)
    t = Table(title="per sub-type (n: gold snippets)")
    for col in ("sub_event_type", "n", "recall", "precision", "F1", "mistaken for"):
        t.add_column(col, justify="left" if col in ("sub_event_type", "mistaken for") else "right")
    for label, s in report.labels.items():
        wrong = {p: k for p, k in report.confusion.get(label, {}).items() if p != label}
        t.add_row(label, str(s.n), _f(s.recall), _f(s.precision), _f(s.f1),
                  ", ".join(f"{p} {k}" for p, k in wrong.items()))  # fmt: skip
    wrong_none = {p: k for p, k in report.confusion.get(NONE, {}).items() if p != NONE}
    t.add_row(NONE, str(report.n_none), _f(report.none_recall.value), _f(report.none_precision.value), "",
              ", ".join(f"{p} {k}" for p, k in wrong_none.items()))  # fmt: skip
    out.print(t)
    out.print(f"events per snippet {report.events_per_snippet}; snippets whose rules failed {report.failed}")
