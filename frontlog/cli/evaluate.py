"""`frontlog eval`, `geoparse-eval` and `event-location-eval`: parse the options, call the
scorer in frontlog.eval, format its report (a dataclass; `--json` prints its to_json())."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn
from rich.table import Table

from frontlog.cli.app import app, err, out
from frontlog.eval import PRF, EvalReport
from frontlog.eval.geoparse import GeoparseReport


@app.command("eval")
def eval_cli(
    gold_events: Annotated[
        Path,
        typer.Argument(
            help="Gold events JSONL (a store with --gold-from-reviews).", exists=True, dir_okay=False
        ),
    ],
    out_dir: Annotated[
        Path, typer.Argument(help="A folder written by `frontlog run`.", exists=True, file_okay=False)
    ],
    gold_control: Annotated[
        Path | None, typer.Option(help="Gold control records JSONL.", exists=True, dir_okay=False)
    ] = None,
    gold_docs: Annotated[
        Path | None,
        typer.Option(help="Gold documents JSONL (split and dating).", exists=True, dir_okay=False),
    ] = None,
    include_background: Annotated[bool, typer.Option(help="Also score background events.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the whole report as JSON.")] = False,
    from_reviews: Annotated[
        bool,
        typer.Option(
            "--gold-from-reviews", help="GOLD is a store: its confirmed and edited events are the gold."
        ),
    ] = False,
) -> None:
    """Score OUT_DIR against gold annotations: events, control records, document split and dating."""
    from frontlog.eval import evaluate

    if from_reviews:
        _eval_reviews(gold_events, out_dir, include_background=include_background, as_json=as_json)
        return
    report = evaluate(
        gold_events,
        out_dir,
        gold_control=gold_control,
        gold_docs=gold_docs,
        include_background=include_background,
    )
    if as_json:
        out.print_json(json.dumps(report.to_json()))
        return
    print_eval_report(report)


def _eval_reviews(db: Path, out_dir: Path, *, include_background: bool, as_json: bool) -> None:
    from frontlog.eval.reviews import evaluate_reviews
    from frontlog.store import StoreError

    try:
        report, counted = evaluate_reviews(db, out_dir, include_background=include_background)
    except (StoreError, ValueError) as exc:
        err.print(f"[red]error[/red]: {exc}", highlight=False)
        raise typer.Exit(2) from exc
    if as_json:
        out.print_json(json.dumps({**report.to_json(), "reviews": counted}))
        return
    out.print(
        f"gold from reviews: {counted['gold_events']} events in {counted['documents']} reviewed documents"
    )
    print_eval_report(report)


def _prf_row(name: str, r: PRF) -> tuple[str, ...]:
    return (
        name,
        f"{r.precision:.3f}",
        f"{r.recall:.3f}",
        f"{r.f1:.3f}",
        str(r.matched),
        str(r.gold),
        str(r.predicted),
    )


def print_eval_report(report: EvalReport) -> None:
    ev = report.events
    t = Table(title="events")
    for col in ("", "precision", "recall", "F1", "matched", "gold", "predicted"):
        t.add_column(col, justify="right" if col else "left")
    t.add_row(*_prf_row("strict", ev.strict))
    t.add_row(*_prf_row("lenient", ev.lenient))
    out.print(t)
    out.print(
        f"actor1 {ev.actor1_accuracy}  actor2 {ev.actor2_accuracy}  fatalities {ev.fatalities_accuracy}"
    )
    bt = Table(title="strict F1 by sub_event_type")
    for col in ("sub_event_type", "F1", "matched", "gold", "predicted"):
        bt.add_column(col)
    for name, r in ev.by_sub_event_type.items():
        bt.add_row(name, f"{r.f1:.3f}", str(r.matched), str(r.gold), str(r.predicted))
    out.print(bt)
    if (c := report.control) is not None:
        out.print(
            f"control  recall {c.recall}  controller {c.controller_accuracy}  ({c.gold} gold, {c.predicted} predicted)"
        )
    if (d := report.documents) is not None:
        out.print(
            f"documents  split {d.split_recall}  dated {d.date_accuracy}  ({d.gold} gold, {d.predicted} predicted)"
        )


@app.command("geoparse-eval")
def geoparse_eval_cli(
    path: Annotated[
        Path,
        typer.Argument(help="A benchmark XML file (LGL or GeoWebNews format).", exists=True, dir_okay=False),
    ],
    raw: Annotated[
        bool, typer.Option("--raw", help="Also find the toponyms in the raw text (NER + gazetteer).")
    ] = False,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the gold-span report as one JSON object.")
    ] = False,
    outlets: Annotated[
        bool,
        typer.Option(
            "--outlets/--no-outlets",
            help="Use each outlet's other articles in the file as context (a local paper covers its region).",
        ),
    ] = True,
) -> None:
    """Score toponym resolution on a geoparsing benchmark: exact GeoNames id, within 161 km, median km."""
    from frontlog.eval.geoparse import evaluate, load_benchmark

    try:
        articles = load_benchmark(path)
    except Exception as exc:  # ElementTree raises several types on a broken file
        err.print(f"[red]error[/red]: {path}: not a benchmark XML file ({exc})")
        raise typer.Exit(2) from exc
    if not any(a.toponyms for a in articles):
        err.print(f"[red]error[/red]: {path}: no gold toponyms found (formats read: LGL, TR-News, GeoWebNews, "
                  "GeoVirus, WikToR)")  # fmt: skip
        raise typer.Exit(2)
    reports = []
    for mode in [False, True] if raw else [False]:
        with Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      console=err, disable=as_json, transient=True) as bar:  # fmt: skip
            task = bar.add_task("raw text" if mode else "gold spans", total=len(articles))

            def step(n: int, t: TaskID = task) -> None:
                bar.update(t, completed=n)

            reports.append(evaluate(articles, raw=mode, progress=step, outlets=outlets))
    if as_json:
        report = reports[0].to_json()
        if raw:
            report["raw"] = reports[1].to_json()
        print(json.dumps(report))
        return
    print_geoparse_reports(path.name, reports)


def print_geoparse_reports(name: str, reports: list[GeoparseReport]) -> None:
    t = Table(title=f"toponym resolution: {name}")
    for col in (
        "mode",
        "n",
        "exact",
        "within 161 km",
        "median km",
        "answered",
        "span P",
        "span R",
        "toponyms/s",
    ):
        t.add_column(col)
    for r in reports:
        exact = f"{r.exact:.1%}" if r.exact is not None else "no ids"
        span_p = f"{r.span_precision:.1%}" if r.span_precision is not None else ""
        span_r = f"{r.span_recall:.1%}" if r.span_recall is not None else ""
        t.add_row(r.mode, str(r.n), exact, f"{r.within_161km:.1%}", str(r.median_km), f"{r.answered:.1%}",
                  span_p, span_r, str(r.toponyms_per_s))  # fmt: skip
    out.print(t)


@app.command("event-location-eval")
def event_location_eval_cli(
    path: Annotated[
        Path,
        typer.Argument(
            help="JSONL with VERB and LOCATION spans (Halterman's format).", exists=True, dir_okay=False
        ),
    ],
    limit: Annotated[int | None, typer.Option(help="Score only the first N usable sentences.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as one JSON object.")] = False,
) -> None:
    """Score the choice of the event's place: how often frontlog picks the gold location span."""
    from frontlog.eval.event_location import evaluate_event_locations, load_records

    records = load_records(path, limit)
    with Progress(TextColumn("[bold]sentences"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err, disable=as_json, transient=True) as bar:  # fmt: skip
        task = bar.add_task("sentences", total=len(records))
        report = evaluate_event_locations(records, progress=lambda n: bar.update(task, completed=n))
    if as_json:
        print(json.dumps(report.to_json()))
        return
    out.print(f"event location: {report.accuracy:.1%} of {report.n} sentences pick the gold span "
              f"({report.no_candidate:.1%} with no place found; {report.sentences_per_s} sentences/s)")  # fmt: skip
