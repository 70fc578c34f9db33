"""The villages and towns one country has in the place index, read once per process (speed).

places/fuzzy.py looks for a name spelt far from the gazetteer's among the villages of a region, or
of a box around a town, that the text puts it in. Asked of the index one region at a time, each
question read the whole name table (the index has no index of names by place: 0.2 s a question,
some thirty questions per thousand articles). Here the country's village names are read once, in
the order the index keeps them (by name key, then place), with only what the filters need (place
id, first-level region, coordinates); a region's or a box's rows are filtered from them in that
order, and their places read by id. The rows, their order and the LIMIT are the same as the SQL
of one region or box gave.
"""

from __future__ import annotations

import functools
from array import array
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from frontlog.places.index import IndexHit, PlaceIndex

_COLS = "p.id, p.gid, p.name, p.cc, p.admin1, p.admin2, p.lat, p.lon, p.pop, p.kind, p.core"
_CHUNK = 900  # place ids per query (SQLite's bound-variable limit is 999 in old builds)


@dataclass(frozen=True, slots=True)
class CountryNames:
    """The exact (loose = 0) names of a country's places of kind city, in the index's name order."""

    ids: array[int]  # place id per name
    lats: array[float]
    lons: array[float]
    admin1: tuple[str | None, ...]
    keys: tuple[str, ...]

    def rows(self, keep: Callable[[int], bool], limit: int) -> Iterator[tuple[int, str]]:
        """(place id, name key) of the names whose row `keep` (by position) takes, at most `limit`."""
        n = 0
        for i, pid in enumerate(self.ids):
            if n >= limit:
                return
            if keep(i):
                n += 1
                yield pid, self.keys[i]

    def in_region(self, admin1: str, limit: int) -> list[tuple[int, str]]:
        return list(self.rows(lambda i: self.admin1[i] == admin1, limit))

    def in_box(self, box: tuple[float, float, float, float], limit: int) -> list[tuple[int, str]]:
        lat0, lat1, lon0, lon1 = box
        lats, lons = self.lats, self.lons
        return list(self.rows(lambda i: lat0 <= lats[i] <= lat1 and lon0 <= lons[i] <= lon1, limit))


_EMPTY = CountryNames(array("q"), array("d"), array("d"), (), ())


@functools.cache
def _countries(index: PlaceIndex) -> frozenset[str]:
    """The countries with any place of kind city in the index (the others have no rows here)."""
    return frozenset(cc for (cc,) in index.conn.execute("SELECT DISTINCT cc FROM place WHERE kind = 'city'"))


@functools.lru_cache(maxsize=6)
def country_names(index: PlaceIndex, cc: str) -> CountryNames:
    """A country's village and town names (see the module's docstring)."""
    if cc not in _countries(index):
        return _EMPTY
    rows = index.conn.execute(
        "SELECT p.id, p.admin1, p.lat, p.lon, n.key FROM place p JOIN name n ON n.place = p.id"
        " WHERE p.cc = ? AND n.loose = 0 AND p.kind = 'city' ORDER BY n.key, n.place",
        (cc,),
    ).fetchall()
    nan = float("nan")  # a place with no coordinates is in no box (as with SQL's BETWEEN)
    return CountryNames(
        array("q", (r[0] for r in rows)),
        array("d", (nan if r[2] is None else r[2] for r in rows)),
        array("d", (nan if r[3] is None else r[3] for r in rows)),
        tuple(r[1] for r in rows), tuple(r[4] for r in rows),
    )  # fmt: skip


def hits_by_id(index: PlaceIndex, ids: set[int]) -> dict[int, IndexHit]:
    """The index's places with these ids."""
    out: dict[int, IndexHit] = {}
    order = sorted(ids)
    for i in range(0, len(order), _CHUNK):
        part = order[i : i + _CHUNK]
        sql = f"SELECT {_COLS} FROM place p WHERE p.id IN ({','.join('?' * len(part))})"
        for row in index.conn.execute(sql, part):
            out[row[0]] = IndexHit(*row)
    return out
