"""Build and refresh the on-disk place index (frontlog/places/index.py) beside the core
gazetteer: the packaged Who's On First data as the source "wof", linked to the core's entries."""

from __future__ import annotations

import logging
import math
import os
from collections import defaultdict
from pathlib import Path
from typing import Any

from frontlog.places import index as ix
from frontlog.places.gazetteer import Gazetteer, data_fingerprint, distance_km
from frontlog.places.retire import retire_old_versions

log = logging.getLogger(__name__)


def ensure_index(gaz: Gazetteer, path: Path) -> Path:
    """The on-disk index beside the pickle at `path`, (re)built from the packaged WOF data when
    it is missing or out of date (about a minute); a user's imported sources are kept."""
    target = ix.index_path(path)
    if target.exists() and _up_to_date(target):
        return target  # (read only: an install directory may not be writable)
    fresh = not target.exists()
    log.warning("building the place index at %s (once after an install or upgrade; about a minute)", target)
    build_at = target.with_suffix(f".tmp{os.getpid()}") if fresh else target
    conn = ix.connect(build_at)
    try:
        wof = conn.execute("SELECT fingerprint FROM source WHERE name='wof'").fetchone()
        core = conn.execute("SELECT value FROM meta WHERE key='core'").fetchone()
        want = ix.wof_fingerprint()
        if wof is None or wof[0] != want:
            admin1: dict[int, str] = {}
            for i in sorted(gaz.admin1_entry.values(), key=lambda i: gaz.entry(i).curated):  # reviewed last
                e = gaz.entry(i)
                if e.gid is not None and e.admin1:
                    admin1[e.gid] = e.admin1
            src = ix.Source(**{**_fields(ix.WOF_SOURCE), "fingerprint": want})
            ix.add_source(conn, src, ix.wof_rows(admin1, locate=_locator(gaz)))
            core = None
        if core is None or core[0] != data_fingerprint():
            ids = {int(e[0]): i for i, e in enumerate(gaz.entries) if e[0] is not None}  # type: ignore[call-overload]
            ix.link_core(conn, ids, data_fingerprint())
    finally:
        conn.close()
    if fresh:
        build_at.replace(target)
        retire_old_versions(path)  # the first build of a new version: other versions' files go
    return target


def _up_to_date(target: Path) -> bool:
    import sqlite3

    try:
        conn = sqlite3.connect(f"file:{target}?mode=ro", uri=True)
        try:
            wof = conn.execute("SELECT fingerprint FROM source WHERE name='wof'").fetchone()
            core = conn.execute("SELECT value FROM meta WHERE key='core'").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    return bool(wof == (ix.wof_fingerprint(),) and core == (data_fingerprint(),))


def _locator(gaz: Gazetteer) -> Any:
    """(lat, lon) -> (country, first-level region) of the nearest core town within ~100 km."""
    grid: dict[tuple[int, int], list[tuple[float, float, str, str | None]]] = defaultdict(list)
    for e in gaz.entries:
        if e[7] == "city":
            grid[(int(e[2] // 1), int(e[3] // 1))].append((e[2], e[3], e[4], e[5]))  # type: ignore[operator,arg-type]

    def locate(lat: float, lon: float) -> tuple[str, str | None] | None:
        cx, cy = int(lat // 1), int(lon // 1)
        near = [t for dx in (-1, 0, 1) for dy in (-1, 0, 1) for t in grid.get((cx + dx, cy + dy), [])]
        best = min(
            near,
            key=lambda t: (t[0] - lat) ** 2 + ((t[1] - lon) * math.cos(math.radians(lat))) ** 2,
            default=None,
        )
        if best is None or distance_km((lat, lon), (best[0], best[1])) > 100:
            return None
        return best[2], best[3]

    return locate


def _fields(obj: Any) -> dict[str, Any]:
    return {f: getattr(obj, f) for f in obj.__slots__}
