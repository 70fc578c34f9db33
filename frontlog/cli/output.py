"""Rows printed as a table, CSV or JSON. A table wider than the terminal is printed as one block
per row instead of columns squeezed into "…" (issue 16)."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.table import Table

OUTPUT_FORMATS = ("table", "csv", "json")


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def natural_width(cols: Sequence[str], rows: Sequence[Sequence[Any]]) -> int:
    """Characters a table needs to show every cell on one line (rich's borders and padding: 3 per column)."""
    widths = [len(c) for c in cols]
    for row in rows:
        for i, v in enumerate(row):
            widths[i] = max(widths[i], max((len(line) for line in _text(v).splitlines()), default=0))
    return sum(widths) + 3 * len(cols) + 1


def print_rows(console: Console, cols: Sequence[str], rows: Sequence[Sequence[Any]], *, fmt: str = "table",
               limit: int = 50, empty: str = "no rows", title: str | None = None) -> None:  # fmt: skip
    """Print rows in `fmt`; with no rows, say `empty` (on stderr) instead of an empty table."""
    if not rows and empty:
        Console(stderr=True, soft_wrap=True).print(empty, highlight=False, markup=False)
    if fmt == "csv":
        w = csv.writer(sys.stdout, lineterminator="\n")
        w.writerow(cols)
        w.writerows([[_text(v) for v in row] for row in rows])
        return
    if fmt == "json":
        sys.stdout.write(json.dumps([dict(zip(cols, row, strict=True)) for row in rows], default=str,
                                    ensure_ascii=False, indent=1) + "\n")  # fmt: skip
        return
    if not rows:
        return
    shown = rows[:limit]
    if natural_width(cols, shown) > console.width:
        _print_records(console, cols, shown)
    else:
        t = Table(*cols, title=title)
        for row in shown:
            t.add_row(*(_text(v) for v in row))
        console.print(t, highlight=False)
    if len(rows) > limit:
        console.print(f"({limit} of {len(rows)} rows; --limit N for more, --format csv or json for all)",
                      highlight=False)  # fmt: skip


def _print_records(console: Console, cols: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """One block per row, `column: value` per line: a wide result stays readable."""
    pad = max(len(c) for c in cols)
    for i, row in enumerate(rows, 1):
        console.print(f"-- row {i} --", style="bold", highlight=False)
        for c, v in zip(cols, row, strict=True):
            console.print(f"{c.rjust(pad)}: {_text(v)}", highlight=False, markup=False)
    console.print("(wider than the terminal: one block per row; --format csv or json for a file)",
                  style="dim", highlight=False)  # fmt: skip
