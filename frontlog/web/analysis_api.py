"""Trends, downloads and the changes of a period (issue 18): `/api/series`, `/api/export`,
`/api/diff`, each through the same read and export functions as the command line."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException, Query
from fastapi.responses import FileResponse
from starlette.background import BackgroundTask

from frontlog.export import export, select_events
from frontlog.export.checks import OptionError, check_date
from frontlog.export.series import GROUPS, MEASURES, PERIODS, event_series
from frontlog.store import Store
from frontlog.web.filters import DATE, Filter

DOWNLOADS = {"acled-csv": ".csv", "geojson": ".geojson", "jsonl": ".jsonl", "parquet": ".parquet"}


def add_analysis_routes(app: FastAPI, store: Callable[[], Store]) -> None:
    @app.get(
        "/api/series", summary="Events or fatalities per day, week or month, by group; place and actor totals"
    )
    def series(
        filt: Filter,
        by: str = Query("week", description=" | ".join(PERIODS)),
        measure: str = Query("events", description=" | ".join(MEASURES)),
        group: str = Query("event_type", description=" | ".join(GROUPS)),
    ) -> dict[str, Any]:
        if by not in PERIODS or measure not in MEASURES or group not in GROUPS:
            raise HTTPException(400, detail=f"by: {', '.join(PERIODS)}; measure: {', '.join(MEASURES)}; "
                                            f"group: {', '.join(GROUPS)}")  # fmt: skip
        with store() as s:
            found = select_events(s, filt)
        return event_series(found, by=by, measure=measure, group=group)

    @app.get(
        "/api/export", summary="Download the filtered events as ACLED-style CSV, GeoJSON, JSONL or Parquet"
    )
    def download(
        filt: Filter,
        format: str = Query("acled-csv", description=" | ".join(DOWNLOADS)),  # noqa: A002
    ) -> FileResponse:
        if format not in DOWNLOADS:
            raise HTTPException(400, detail=f"format: use one of {', '.join(DOWNLOADS)}")
        folder = Path(tempfile.mkdtemp(prefix="frontlog-download-"))
        name = f"frontlog-events{DOWNLOADS[format]}"
        try:
            with store() as s:
                export(s, format, folder / name, filt=filt)
        except Exception:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        return FileResponse(folder / name, filename=name,
                            background=BackgroundTask(shutil.rmtree, folder, ignore_errors=True))  # fmt: skip

    @app.get("/api/diff", summary="What the store learnt in a period (new events, control changes, reviews)")
    def diff(
        since: str = Query(..., pattern=DATE, description="YYYY[-MM[-DD]]: when runs stored documents"),
        until: str | None = Query(None, pattern=DATE),
    ) -> dict[str, Any]:
        from frontlog.export.diff import store_diff

        try:
            for option, value in (("since", since), ("until", until)):
                if value:
                    check_date(option, value)
        except OptionError as exc:
            raise HTTPException(400, detail=str(exc)) from exc
        with store() as s:
            return store_diff(s, since, until)
