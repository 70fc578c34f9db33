"""`frontlog diff`: what changed in the store in a period (the analyst's weekly report)."""

from __future__ import annotations

import json
from typing import Annotated, Any

import typer
from rich.table import Table

from frontlog.cli.app import app, err, out
from frontlog.export.checks import OptionError, check_date
from frontlog.store import DEFAULT_DB, Store, StoreError


@app.command("diff")
def diff_cli(
    since: Annotated[str, typer.Option(help="From this day (YYYY[-MM[-DD]]), when runs stored documents.")],
    until: Annotated[str | None, typer.Option(help="To this day, inclusive (default: now).")] = None,
    db: Annotated[str, typer.Option("--db", help="The DuckDB store.")] = DEFAULT_DB,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """What the store learnt in a period: new and updated events, control claims, places whose
    controller changed, conflicting claims, reviews."""
    from frontlog.export.diff import store_diff

    try:
        check_date("--since", since)
        if until:
            check_date("--until", until)
    except OptionError as exc:
        raise typer.BadParameter(str(exc), param_hint=exc.option) from exc
    try:
        with Store(db, read_only=True) as store:
            report = store_diff(store, since, until)
    except StoreError as exc:
        err.print(f"[red]error[/red]: {exc}", highlight=False)
        raise typer.Exit(2) from exc
    if as_json:
        print(json.dumps(report, ensure_ascii=False, default=str))
        return
    print_diff(report)


def _table(title: str, cols: list[str], rows: list[list[Any]]) -> None:
    if not rows:
        out.print(f"{title}: none", highlight=False)
        return
    t = Table(*cols, title=f"{title} ({len(rows)})", title_justify="left")
    for row in rows:
        t.add_row(*("" if v is None else str(v) for v in row))
    out.print(t, highlight=False)


def print_diff(report: dict[str, Any]) -> None:
    period = f"{report['since']} .. {report['until'] or 'now'}"
    out.print(f"[bold]changes in the store, {period}[/bold]")
    ev = ["date", "type", "actor1", "actor2", "place", "killed", "docs"]
    for key, title in (("new_events", "new events"), ("updated_events", "events with new sources")):
        _table(title, ev, [[e["event_date"], e["sub_event_type"], e["actor1"], e["actor2"], e["place"],
                            e["fatalities"], e["n_sources"]] for e in report[key]])  # fmt: skip
    _table("places whose controller changed", ["place", "date", "from", "to"],
           [[c["place"], c["date"], c["from"], c["to"]] for c in report["controller_changed"]])  # fmt: skip
    _table("conflicting claims", ["place", "date", "claims"],
           [[c["place"], c["date"], "; ".join(_claim(x) for x in c["claims"])]
            for c in report["conflicting_claims"]])  # fmt: skip
    _table("new control claims", ["place", "date", "status", "controller", "share", "claimed by"],
           [[c["place"], c["date"], c["status"], c["controller"], c["share"], c["claimed_by"]]
            for c in report["control_claims"]])  # fmt: skip
    _table("reviews", ["when", "event", "status", "who", "note"],
           [[r["when"], r["event_id"], r["status"], r["who"], r["note"]] for r in report["reviews"]])  # fmt: skip


def _claim(x: dict[str, Any]) -> str:
    share = "" if x["share"] is None else f" {x['share']:.0%}"
    return f"{x['controller'] or '?'}{share} ({x['claimed_by'] or 'unattributed'})"
