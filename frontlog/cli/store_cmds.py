"""Commands over the store: `export`, `query` and `serve`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from frontlog.cli.app import app, err, out
from frontlog.cli.output import OUTPUT_FORMATS, print_rows
from frontlog.export import EventFilter
from frontlog.export.checks import OptionError, check_filter
from frontlog.store import DEFAULT_DB, Store, StoreError

Since = Annotated[str | None, typer.Option(help="Events on or after this date (YYYY[-MM[-DD]]).")]
Until = Annotated[str | None, typer.Option(help="Events on or before this date (YYYY[-MM[-DD]]).")]
Country = Annotated[str | None, typer.Option(help="Country name, e.g. Syria.")]
EventType = Annotated[str | None, typer.Option("--type", help="An ACLED event_type or sub_event_type.")]
Actor = Annotated[str | None, typer.Option(help="Canonical actor as actor1 or actor2.")]
Bbox = Annotated[str | None, typer.Option(help="min_lon,min_lat,max_lon,max_lat")]
Db = Annotated[str, typer.Option("--db", help="The DuckDB store.")]
Rejected = Annotated[bool, typer.Option("--include-rejected", help="Keep events a reviewer rejected.")]
Single = Annotated[
    bool | None,
    typer.Option("--single-source/--corroborated", help="Only events from one document / from several."),
]
Placed = Annotated[
    bool | None,
    typer.Option("--placed/--unplaced",
                 help="Only events with coordinates / only events at places no gazetteer has (kept by name)."),
]


def _filter(since: str | None, until: str | None, country: str | None, event_type: str | None,
            actor: str | None, bbox: str | None, rejected: bool = False,
            single: bool | None = None, placed: bool | None = None) -> EventFilter:  # fmt: skip
    from frontlog.export import parse_bbox

    try:
        box = parse_bbox(bbox) if bbox else None
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--bbox") from exc
    try:
        return check_filter(EventFilter(since, until, country, event_type, actor, box, rejected, single, placed))
    except OptionError as exc:
        raise typer.BadParameter(str(exc), param_hint=exc.option) from exc


def _fail(exc: Exception) -> typer.Exit:
    err.print(f"[red]error[/red]: {exc}", highlight=False)
    return typer.Exit(2)


@app.command("export")
def export_cli(
    out_path: Annotated[
        Path, typer.Option("--out", "-o", help="File to write; its extension names the format.")
    ],
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format", "-f", help="jsonl, acled-csv, geojson or parquet (default: from --out's extension)."
        ),
    ] = None,
    db: Db = DEFAULT_DB,
    since: Since = None,
    until: Until = None,
    country: Country = None,
    event_type: EventType = None,
    actor: Actor = None,
    bbox: Bbox = None,
    include_rejected: Rejected = False,
    single_source: Single = None,
    placed: Placed = None,
) -> None:
    """Export the store's events as JSONL, ACLED-style CSV, GeoJSON (plus latest control) or Parquet."""
    from frontlog.export import export
    from frontlog.export.checks import export_format, unmatched

    try:
        fmt = export_format(out_path, fmt)
    except OptionError as exc:
        raise typer.BadParameter(str(exc), param_hint=exc.option) from exc
    filt = _filter(since, until, country, event_type, actor, bbox, include_rejected, single_source, placed)
    try:
        with Store(db, read_only=True) as store:
            result = export(store, fmt, out_path, filt=filt)
            notes = unmatched(store, filt) if result.events == 0 else []
    except StoreError as exc:
        raise _fail(exc) from exc
    for note in notes:
        err.print(f"[yellow]{note}[/yellow]", highlight=False)
    out.print(f"{result.events} events -> {result.path} ({result.format})", highlight=False)
    if result.control_path:
        out.print(f"{result.control} places, latest control status -> {result.control_path}", highlight=False)


@app.command("query")
def query_cli(
    view: Annotated[str | None, typer.Argument(help="events, timeline, claims or stats.")] = None,
    place: Annotated[str | None, typer.Argument(help="The place, for timeline and claims.")] = None,
    db: Db = DEFAULT_DB,
    sql: Annotated[
        str | None, typer.Option("--sql", help="A free query: read-only, no file or network access.")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv or json.")] = "table",
    limit: Annotated[int, typer.Option(help="Rows to show in a table (csv and json print all).", min=1)] = 50,
    since: Since = None,
    until: Until = None,
    country: Country = None,
    event_type: EventType = None,
    actor: Actor = None,
    bbox: Bbox = None,
    include_rejected: Rejected = False,
    single_source: Single = None,
    placed: Placed = None,
) -> None:
    """Show the store: events, a place's control timeline or claims, stats, or a free --sql query."""
    from frontlog.store.sql import query_sql

    if fmt not in OUTPUT_FORMATS:
        raise typer.BadParameter(f"use one of {', '.join(OUTPUT_FORMATS)}", param_hint="--format")
    try:
        if sql:
            cols, rows = query_sql(db, sql)
            print_rows(out, cols, rows, fmt=fmt, limit=limit, empty="the query returned no rows")
            return
        if view not in ("events", "timeline", "claims", "stats"):
            raise typer.BadParameter(
                "choose events, timeline PLACE, claims PLACE or stats (or --sql)", param_hint="VIEW"
            )
        if view in ("timeline", "claims") and not place:
            raise typer.BadParameter(f"{view} needs a PLACE", param_hint="PLACE")
        filt = _filter(since, until, country, event_type, actor, bbox, include_rejected, single_source, placed)
        with Store(db, read_only=True) as store:
            _query_view(store, view, place or "", filt, fmt=fmt, limit=limit)
    except StoreError as exc:
        raise _fail(exc) from exc


def _query_view(store: Store, view: str, place: str, filt: EventFilter, *, fmt: str, limit: int) -> None:
    from frontlog.export import place_claims, place_timeline, select_events, stats
    from frontlog.export.checks import store_values, unmatched

    if view == "stats":
        out.print_json(data=stats(store))
        return
    if view == "events":
        events = select_events(store, filt)
        cols = ["date", "type", "actor1", "actor2", "place", "country", "fatalities", "documents", "outlets",
                "review", "event_id"]  # fmt: skip
        rows: list[tuple[Any, ...]] = [
            (e.event_date, e.sub_event_type, e.actor1, e.actor2, e.location.name, e.location.country,
             e.fatalities, e.n_sources, e.n_outlets, e.review, e.event_id) for e in events
        ]  # fmt: skip
        empty = "; ".join(unmatched(store, filt)) or "no events match the filters"
        print_rows(out, cols, rows, fmt=fmt, limit=limit, empty=empty)
        return
    records = place_timeline(store, place)
    if view == "claims":
        records = place_claims(store, place) if records else []
    if not records:
        have = store_values(store, "place")
        what = "control records" if view == "timeline" or not place_timeline(store, place) else "claims"
        err.print(f"no {what} for {place}; places with control records: {have.listing()}", highlight=False)
        return
    cols = ["date", "status", "controller", "previous", "share", "claimed_by"]
    rows = [(r.date, r.status, r.controller, r.previous, None if r.share is None else round(r.share, 3),
             r.claimed_by) for r in records]  # fmt: skip
    print_rows(out, cols, rows, fmt=fmt, limit=limit, empty="", title=f"{view}: {place}")


@app.command("serve")
def serve_cli(
    db: Annotated[str, typer.Option("--db", help="The DuckDB store to show.")] = DEFAULT_DB,
    host: Annotated[
        str, typer.Option(help="Address to bind (127.0.0.1 keeps it on this machine).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.", min=1, max=65535)] = 8765,
    allow_host: Annotated[
        list[str] | None,
        typer.Option(
            help="Another host name the server may be reached by (e.g. a reverse proxy's); repeatable."
        ),
    ] = None,
) -> None:
    """Serve the web view (map, front-line timeline, event table with sources) over a store."""
    from frontlog.web.serve import bind, serve

    if not Path(db).exists():
        err.print(f"[red]error[/red]: {db}: no such store (run `frontlog run INPUT --db {db}` first)")
        raise typer.Exit(2)
    try:
        sock = bind(host, port)
    except OSError as exc:
        raise _fail(exc) from exc
    if host not in ("127.0.0.1", "localhost", "::1"):
        err.print(
            f"[yellow]warning[/yellow]: serving on {host}: anyone who can reach this address can read the store"
        )
    shown = f"[{host}]" if ":" in host else host
    out.print(f"frontlog web view: http://{shown}:{port}/  (Ctrl-C to stop)", highlight=False)
    serve(sock, db, bind_host=host, allow_hosts=allow_host or ())
