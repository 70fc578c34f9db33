"""`frontlog` commands. Each one parses options and calls a library function that tests call too."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn
from rich.table import Table

from frontlog import __version__
from frontlog.backends import BACKENDS
from frontlog.ingest import IngestOptions, expand_inputs, valid_day
from frontlog.pipeline import RunResult, run
from frontlog.store import DEFAULT_DB, StoreError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="frontlog: conflict news in, an ACLED-style event log and a front-line timeline out.",
)
err = Console(stderr=True, soft_wrap=True)  # one line per message, whatever the terminal width
out = Console()


def _version(value: bool) -> None:
    if value:
        out.print(f"frontlog {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")
    ] = False,
    gazetteer: Annotated[
        Path | None,
        typer.Option("--gazetteer", help="Folder of the gazetteer and its place index, for every command "
                     "(default: inside the install; env FRONTLOG_GAZETTEER)."),
    ] = None,
) -> None:  # fmt: skip
    """frontlog: conflict news in, an ACLED-style event log and a front-line timeline out."""
    if gazetteer is not None:
        gazetteer.mkdir(parents=True, exist_ok=True)
        os.environ["FRONTLOG_GAZETTEER"] = str(
            gazetteer
        )  # read by places.gazetteer.default_path, here and in workers


@app.command("run")
def run_cli(
    inputs: Annotated[
        list[str], typer.Argument(help="Files, folders (read recursively) or - for standard input.")
    ],
    out_dir: Annotated[
        Path, typer.Option("--out", "-o", help="Folder for documents/events/control JSONL.")
    ] = Path("out"),
    text_column: Annotated[str | None, typer.Option(help="Export column holding the article text.")] = None,
    title_column: Annotated[str | None, typer.Option(help="Export column holding the title.")] = None,
    date_column: Annotated[
        str | None, typer.Option(help="Export column holding the publication date.")
    ] = None,
    outlet_column: Annotated[str | None, typer.Option(help="Export column holding the outlet.")] = None,
    url_column: Annotated[str | None, typer.Option(help="Export column holding the URL.")] = None,
    id_column: Annotated[str | None, typer.Option(help="Export column holding the article id.")] = None,
    date_order: Annotated[str, typer.Option(help="Numeric dates in exports: auto, mdy or dmy.")] = "auto",
    default_date: Annotated[
        str | None,
        typer.Option(
            "--date", help="Publication date (YYYY-MM-DD) for articles that give none: stdin, plain files."
        ),
    ] = None,
    country: Annotated[
        list[str] | None,
        typer.Option(help="A country the articles are about (name or ISO2; repeatable): context for places."),
    ] = None,
    db: Annotated[
        str, typer.Option("--db", help="The DuckDB store to add to (':memory:' for none).")
    ] = DEFAULT_DB,
    processes: Annotated[
        int,
        typer.Option(
            "--processes",
            "-j",
            help="Parsing processes or Dask workers (0: all cores for 500+ new articles).",
            min=0,
        ),
    ] = 0,
    backend: Annotated[
        str, typer.Option(help="Where to parse: local, or dask (pip install 'frontlog\\[dask]').")
    ] = "local",
    scheduler: Annotated[
        str | None, typer.Option(help="A Dask scheduler address, for --backend dask.")
    ] = None,
    no_events: Annotated[bool, typer.Option("--no-events", help="Only read and split articles.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")] = False,
    wait: Annotated[
        float | None,
        typer.Option(
            help="Seconds to wait for a store another process holds (default: settings, 10).", min=0
        ),
    ] = None,
    on_error: Annotated[
        str | None,
        typer.Option(
            "--on-error",
            help="An article whose rules fail: warn (keep it, W208) or raise (default: settings, warn).",
        ),
    ] = None,
) -> None:
    """Read news INPUTS and write documents.jsonl, events.jsonl and control.jsonl to --out."""
    options = _ingest_options(
        backend, on_error, date_order, default_date,
        (text_column, title_column, date_column, outlet_column, url_column, id_column), country or [],
    )  # fmt: skip
    with _progress_bar(inputs, quiet=quiet) as progress:
        try:
            result = run(
                inputs, out_dir=out_dir, db=db, options=options, progress=progress, extract=not no_events,
                n_process=processes, backend=backend, backend_address=scheduler, store_wait=wait,
                on_error="raise" if on_error == "raise" else "warn" if on_error == "warn" else None,
            )  # fmt: skip
        except (StoreError, RuntimeError) as exc:
            err.print(f"[red]error[/red]: {exc}")
            raise typer.Exit(2) from exc
        except OSError as exc:
            err.print(f"[red]error[/red]: cannot write to {out_dir}: {exc.strerror or exc}")
            raise typer.Exit(2) from exc
    _report_run(result, quiet=quiet)


def _ingest_options(
    backend: str,
    on_error: str | None,
    date_order: str,
    default_date: str | None,
    columns: tuple[str | None, str | None, str | None, str | None, str | None, str | None],
    countries: list[str],
) -> IngestOptions:
    """Check `run`'s options (one line naming the bad option) and build the readers' options."""
    if backend not in BACKENDS:
        raise typer.BadParameter(f"use {' or '.join(BACKENDS)}", param_hint="--backend")
    if on_error not in (None, "warn", "raise"):
        raise typer.BadParameter("use warn or raise", param_hint="--on-error")
    if date_order not in ("auto", "mdy", "dmy"):
        raise typer.BadParameter("use auto, mdy or dmy", param_hint="--date-order")
    if default_date is not None and not valid_day(default_date):
        raise typer.BadParameter(f"{default_date!r} is not a date: use YYYY-MM-DD", param_hint="--date")
    from frontlog.actors.acled import country_iso2

    codes = tuple(country_iso2(c) or "" for c in countries)
    if "" in codes:
        bad = countries[codes.index("")]
        raise typer.BadParameter(f"{bad!r} is no country: use its name or ISO2 code", param_hint="--country")
    text, title, date, outlet, url, ident = columns
    return IngestOptions(text, title, date, outlet, url, ident, date_order, default_date, codes)


@contextmanager
def _progress_bar(inputs: list[str], *, quiet: bool) -> Iterator[Callable[[str, str], None]]:
    """A progress callback for `run`: one bar per stage on stderr (read: of the input files)."""
    n_files = sum(1 for _ in expand_inputs(inputs))
    with Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.fields[item]}"),
        console=err,
        disable=quiet,
        transient=True,
    ) as bar:
        tasks: dict[str, TaskID] = {}

        def progress(stage: str, item: str) -> None:
            if stage not in tasks:
                total = n_files if stage == "read" else None
                tasks[stage] = bar.add_task(stage, total=total, item="")
            bar.update(tasks[stage], advance=1, item=Path(item).name[:40])

        yield progress


def _report_run(result: RunResult, *, quiet: bool) -> None:
    """Print every problem and the summary; exit 1 when an input could not be read."""
    for problem in result.problems:
        style = "red" if problem.is_error else "yellow"
        err.print(f"[{style}]{problem}[/{style}]", highlight=False)
    if not quiet:
        print_summary(result)
    if not result.ok:
        err.print(
            f"[red]{len(result.inputs_failed)} input(s) could not be read[/red]; everything else was written."
        )
        raise typer.Exit(1)


def print_summary(result: RunResult) -> None:
    table = Table(title="frontlog run", show_header=False)
    table.add_row("inputs read", str(result.inputs_read))
    table.add_row("inputs failed", str(len(result.inputs_failed)))
    table.add_row("articles", f"{len(result.articles)} ({result.documents_new} new to the store)")
    dated = sum(1 for a in result.articles if a.published)
    table.add_row("articles dated", f"{dated} of {len(result.articles)}")
    table.add_row("events", str(len(result.events)))
    table.add_row("control records", str(len(result.control)))
    warnings = Counter(p.code for p in result.problems if not p.is_error)
    table.add_row("warnings", ", ".join(f"{c}×{n}" for c, n in sorted(warnings.items())) or "none")
    if result.out_dir is not None:
        table.add_row("outputs", str(result.out_dir))
    table.add_row("store", result.db)
    out.print(table)
    if result.events:
        types = Counter(e.sub_event_type for e in result.events)
        t = Table(title="events by sub-event type")
        t.add_column("sub_event_type")
        t.add_column("n", justify="right")
        for name, n in types.most_common():
            t.add_row(name, str(n))
        out.print(t)


@app.command("places")
def places_cli(
    text: Annotated[str, typer.Argument(help="A sentence or article, or a path to a text file.")],
) -> None:
    """Show how each place in a text is resolved: the chosen GeoNames entry, the features that
    decided it, and the runner-up."""
    from frontlog.nlp import load_nlp
    from frontlog.places.explain import explain_places, text_or_file, unmatched_spans

    doc = load_nlp()(text_or_file(text))
    rows = explain_places(doc)
    unknown = unmatched_spans(doc, rows)
    if not rows and not unknown:
        err.print("no place names found")
        raise typer.Exit(1)
    t = Table(title="places")
    for col in ("mention", "chosen", "id", "score", "why (weight x feature)", "runner-up", "of"):
        t.add_column(col)
    for r in rows:
        chosen = ", ".join(x for x in (r.chosen.name, r.chosen.admin1, r.chosen.cc) if x)
        runner = (
            f"{r.runner_up.name} ({r.runner_up.admin1 or r.runner_up.cc}) {r.runner_up_score}"
            if r.runner_up
            else ""
        )
        why = ", ".join(
            ([f"rule: {r.rule}"] if r.rule else []) + [f"{k} {v:+.2f}" for k, v in r.contributions]
        )
        t.add_row(r.text, chosen, str(r.chosen.gid or ""), f"{r.score:.2f}", why, runner, str(r.candidates))
    for name, _, _ in unknown:
        t.add_row(name, "(none)", "", "", "no gazetteer has it: an event there is kept by name, unplaced", "", "0")
    out.print(t)
