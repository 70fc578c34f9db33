"""Look places up by name or GeoNames id, for a reviewer choosing an event's place (issue 18)."""

from __future__ import annotations

import functools
from typing import Any

from frontlog.places.gazetteer import GazEntry, load_gazetteer
from frontlog.places.resolve import to_place
from frontlog.records import Place


def search_places(query: str, *, limit: int = 10) -> list[dict[str, Any]]:
    """Gazetteer entries named `query` (exact key, else loose), most populous first."""
    gaz = load_gazetteer()
    entries, _ = gaz.candidates(query.strip())
    entries = sorted(entries, key=lambda e: (-e.pop, e.name))[:limit]
    return [_describe(e) for e in entries]


def _describe(e: GazEntry) -> dict[str, Any]:
    p = to_place(e, load_gazetteer())
    return {"name": p.name, "geonameid": p.geonameid, "admin1": p.admin1, "country": p.country,
            "lat": p.lat, "lon": p.lon, "precision": p.precision, "population": e.pop}  # fmt: skip


def place_for(value: Any) -> Place:
    """The place a reviewer named: a GeoNames id (number) or a name (its most populous entry).

    ValueError when the gazetteer has no such place."""
    gaz = load_gazetteer()
    if isinstance(value, dict):
        value = value.get("geonameid") or value.get("name")
    if isinstance(value, bool) or not isinstance(value, int | str) or not str(value).strip():
        raise ValueError("a place is a GeoNames id or a name")
    text = str(value).strip()
    if text.isdigit():
        gid = int(text)
        for i in range(len(gaz.entries)):
            if gaz.entries[i][0] == gid:
                return to_place(gaz.entry(i), gaz)
        raise ValueError(f"no place with GeoNames id {gid} in the gazetteer")
    entries, _ = gaz.candidates(text[:200])
    if not entries:
        raise ValueError(f"no place named {text[:200]!r} in the gazetteer")
    return to_place(max(entries, key=lambda e: e.pop), gaz)


@functools.cache
def capitals() -> tuple[dict[str, Any], ...]:
    """The national capitals of the gazetteer (map labels), by name."""
    gaz = load_gazetteer()
    found = [gaz.entry(i) for i in range(len(gaz.entries)) if gaz.entries[i][0] in gaz.capitals]
    return tuple(
        {"name": e.name, "lat": e.lat, "lon": e.lon, "country": e.cc}
        for e in sorted(found, key=lambda e: e.name)
    )
