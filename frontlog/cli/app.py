"""`frontlog` commands. Each one parses options and calls a library function that tests call too."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn
from rich.table import Table

from frontlog import __version__
from frontlog.ingest import IngestOptions, expand_inputs
from frontlog.pipeline import RunResult, run
from frontlog.store import WRITE_WAIT_S, StoreError

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
) -> None:
    """frontlog: conflict news in, an ACLED-style event log and a front-line timeline out."""


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
    db: Annotated[
        str, typer.Option("--db", help="The DuckDB store to add to (':memory:' for none).")
    ] = "frontlog.duckdb",
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
        float, typer.Option(help="Seconds to wait for a store another process holds.", min=0)
    ] = WRITE_WAIT_S,
) -> None:
    """Read news INPUTS and write documents.jsonl, events.jsonl and control.jsonl to --out."""
    if backend not in ("local", "dask"):
        raise typer.BadParameter("use local or dask", param_hint="--backend")
    if date_order not in ("auto", "mdy", "dmy"):
        raise typer.BadParameter("use auto, mdy or dmy", param_hint="--date-order")
    options = IngestOptions(
        text_column, title_column, date_column, outlet_column, url_column, id_column, date_order
    )
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

        try:
            result = run(
                inputs, out_dir=out_dir, db=db, options=options, progress=progress, extract=not no_events,
                n_process=processes, backend=backend, backend_address=scheduler, store_wait=wait,
            )  # fmt: skip
        except (StoreError, RuntimeError) as exc:
            err.print(f"[red]error[/red]: {exc}")
            raise typer.Exit(2) from exc
        except OSError as exc:
            err.print(f"[red]error[/red]: cannot write to {out_dir}: {exc.strerror or exc}")
            raise typer.Exit(2) from exc
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


@app.command("eval")
def eval_cli(
    gold_events: Annotated[Path, typer.Argument(help="Gold events JSONL.", exists=True, dir_okay=False)],
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
) -> None:
    """Score OUT_DIR against gold annotations: events, control records, document split and dating."""
    import json

    from frontlog.eval import evaluate

    report = evaluate(
        gold_events,
        out_dir,
        gold_control=gold_control,
        gold_docs=gold_docs,
        include_background=include_background,
    )
    if as_json:
        out.print_json(json.dumps(report))
        return
    ev = report["events"]
    t = Table(title="events")
    for col in ("", "precision", "recall", "F1", "matched", "gold", "predicted"):
        t.add_column(col, justify="right" if col else "left")
    for key in ("strict", "lenient"):
        r = ev[key]
        t.add_row(
            key,
            f"{r['precision']:.3f}",
            f"{r['recall']:.3f}",
            f"{r['f1']:.3f}",
            str(r["matched"]),
            str(r["gold"]),
            str(r["predicted"]),
        )
    out.print(t)
    out.print(
        f"actor1 {ev['actor1_accuracy']}  actor2 {ev['actor2_accuracy']}  fatalities {ev['fatalities_accuracy']}"
    )
    bt = Table(title="strict F1 by sub_event_type")
    for col in ("sub_event_type", "F1", "matched", "gold", "predicted"):
        bt.add_column(col)
    for name, r in ev["by_sub_event_type"].items():
        bt.add_row(name, f"{r['f1']:.3f}", str(r["matched"]), str(r["gold"]), str(r["predicted"]))
    out.print(bt)
    if "control" in report:
        c = report["control"]
        out.print(
            f"control  recall {c['recall']}  controller {c['controller_accuracy']}  ({c['gold']} gold, {c['predicted']} predicted)"
        )
    if "documents" in report:
        d = report["documents"]
        out.print(
            f"documents  split {d['split_recall']}  dated {d['date_accuracy']}  ({d['gold']} gold, {d['predicted']} predicted)"
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
    import json

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
        report = dict(reports[0])
        if raw:
            report["raw"] = reports[1]
        print(json.dumps(report))
        return
    t = Table(title=f"toponym resolution: {path.name}")
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
        exact = f"{r['exact']:.1%}" if r["exact"] is not None else "no ids"
        t.add_row(r["mode"], str(r["n"]), exact, f"{r['within_161km']:.1%}", str(r["median_km"]),
                  f"{r['answered']:.1%}", f"{r.get('span_precision', 0):.1%}" if raw and r["mode"] == "raw" else "",
                  f"{r.get('span_recall', 0):.1%}" if r["mode"] == "raw" else "", str(r["toponyms_per_s"]))  # fmt: skip
    out.print(t)


@app.command("places")
def places_cli(
    text: Annotated[str, typer.Argument(help="A sentence or article, or a path to a text file.")],
) -> None:
    """Show how each place in a text is resolved: the chosen GeoNames entry, the features that
    decided it, and the runner-up."""
    from frontlog.nlp import load_nlp
    from frontlog.places.explain import explain_places

    path = Path(text)
    if len(text) < 4096 and path.is_file():
        text = path.read_text(encoding="utf-8", errors="replace")
    rows = explain_places(load_nlp()(text))
    if not rows:
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
    import json

    from frontlog.eval.event_location import evaluate_event_locations, load_records

    records = load_records(path, limit)
    with Progress(TextColumn("[bold]sentences"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err, disable=as_json, transient=True) as bar:  # fmt: skip
        task = bar.add_task("sentences", total=len(records))
        report = evaluate_event_locations(records, progress=lambda n: bar.update(task, completed=n))
    if as_json:
        print(json.dumps(report))
        return
    out.print(f"event location: {report['accuracy']:.1%} of {report['n']} sentences pick the gold span "
              f"({report['no_candidate']:.1%} with no place found; {report['sentences_per_s']} sentences/s)")  # fmt: skip
