"""`frontlog eval-acled`: parse the options, call frontlog.eval.acled, format its report."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table

from frontlog.cli.app import app, err, out
from frontlog.eval.acled import MEASURES, AcledReport, Scores, write_details


@app.command("eval-acled")
def eval_acled_cli(
    path: Annotated[
        Path, typer.Argument(help="An ACLED export (CSV) with a notes column.", exists=True, dir_okay=False)
    ],
    country: Annotated[
        list[str] | None, typer.Option("--country", "-c", help="Only this country (repeat for several).")
    ] = None,
    exclude: Annotated[
        list[str] | None, typer.Option("--exclude-country", help="Leave this country out (repeatable).")
    ] = None,
    sample: Annotated[int | None, typer.Option(help="Score a random sample of N notes.", min=1)] = None,
    seed: Annotated[int, typer.Option(help="Seed of the sample.")] = 0,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as one JSON object.")] = False,
    country_hint: Annotated[
        bool, typer.Option("--country-hint", help="Give each note its country, as `run --country` does.")
    ] = False,
    details: Annotated[
        Path | None,
        typer.Option(
            "--details",
            help="Write one JSON line per note: ACLED's coding, frontlog's event, what matched.",
            dir_okay=False,
        ),
    ] = None,
) -> None:
    """Score frontlog on ACLED's coder notes: each note is an article dated by its event_date."""
    from frontlog.eval.acled import evaluate_acled

    columns = (
        TextColumn("[bold]notes"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=err, transient=True) as bar:
        task = bar.add_task("notes", total=None)

        def step(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        try:
            report = evaluate_acled(path, countries=country or (), exclude=exclude or (), sample=sample,
                                    seed=seed, progress=step, country_hint=country_hint)  # fmt: skip
        except (KeyError, UnicodeDecodeError) as exc:
            err.print(f"[red]error[/red]: {path}: not an ACLED export with notes ({exc})")
            raise typer.Exit(2) from exc
    if details is not None:
        write_details(report.details, details)
        err.print(f"{len(report.details)} notes written to {details}")
    if as_json:
        print(json.dumps(report.to_json()))
        return
    if not report.overall.n:
        err.print(f"[red]error[/red]: {path}: no notes to score (check --country)")
        raise typer.Exit(1)
    print_acled_report(report)


SHORT = {"any_event": "any", "event_type": "type", "sub_event_type": "sub-type", "type_place": "type+place",
         "place": "place", "date": "date", "actor1": "actor1", "actor2": "actor2", "fatalities": "deaths"}  # fmt: skip


def _cell(scores: Scores, measure: str) -> str:
    s = getattr(scores, measure)
    return "" if s.value is None else f"{s.value:.2f}"


def print_acled_report(report: AcledReport) -> None:
    """The overall shares, the per-country table and the confusion table."""
    total = Table(title=f"{report.file}: {report.overall.n} notes ({report.notes_per_s} notes/s)")
    for col in ("measure", "share", "right", "of"):
        total.add_column(col, justify="left" if col == "measure" else "right")
    for m in MEASURES:
        s = getattr(report.overall, m)
        total.add_row(m.replace("_", " "), _cell(report.overall, m), str(s.right), str(s.n))
    out.print(total)
    if len(report.by_country) > 1:
        t = Table(title="by country")
        for col in ("country", "notes", *(SHORT[m] for m in MEASURES)):
            t.add_column(col, justify="left" if col == "country" else "right")
        for name, scores in report.by_country.items():
            t.add_row(name, str(scores.n), *(_cell(scores, m) for m in MEASURES))
        out.print(t)
    predicted = sorted({p for row in report.confusion.values() for p in row})
    c = Table(title="gold event_type (rows) x frontlog's (columns, first word)")
    c.add_column("gold")
    for p in predicted:
        c.add_column(p.split("/")[0].split()[0], justify="right")
    for gold, row in report.confusion.items():
        c.add_row(gold, *(str(row.get(p, "")) for p in predicted))
    out.print(c)
    out.print(f"events per note {report.events_per_note}; notes whose rules failed {report.failed}")
