"""A country's village names read once (places/country_rows.py) give the regions and boxes
places/fuzzy.py looks in exactly as one SQL question per region or box did: the same rows, in
the same order, under the same LIMIT (speed, session 13)."""

from __future__ import annotations

from collections import defaultdict

import pytest

from frontlog.places import fuzzy
from frontlog.places.gazetteer import _open_index
from frontlog.places.index import IndexHit


def _by_sql(index, cc: str, admin1: str | None, box) -> dict[str, list[tuple[IndexHit, str]]]:  # type: ignore[no-untyped-def]
    """What _region_places asked the index before."""
    if box is None:
        where, args = "p.cc = ? AND p.admin1 = ?", (cc, admin1)
    else:
        where, args = "p.cc = ? AND p.lat BETWEEN ? AND ? AND p.lon BETWEEN ? AND ?", (cc, *box)
    rows = index.conn.execute(
        f"SELECT {fuzzy._COLS}, n.key FROM place p JOIN name n ON n.place = p.id"
        f" WHERE {where} AND n.loose = 0 AND p.kind = 'city' LIMIT {fuzzy.MAX_PLACES * 8}",
        args,
    ).fetchall()
    out: dict[str, list[tuple[IndexHit, str]]] = defaultdict(list)
    for *row, key in rows:
        out[fuzzy.sound_key(key)].append((IndexHit(*row), key))
    return dict(out)


def _box(lat: float, lon: float, km: float) -> tuple[float, float, float, float]:
    d = km / 111.0
    return (lat - d, lat + d, lon - d * 1.3, lon + d * 1.3)


@pytest.mark.parametrize(
    ("cc", "admin1", "box"),
    [
        ("SY", "Aleppo Governorate", None),
        ("SY", "Daraa Governorate", None),
        ("SY", "No Such Governorate", None),
        ("SY", None, _box(36.2, 37.16, 40)),  # around Aleppo
        ("SY", None, _box(33.5, 36.3, 200)),  # a wide box
        ("GB", None, _box(52.5, 0.1, 40)),  # a country with no villages in the index
    ],
)
def test_region_rows_as_the_sql_gave_them(gaz, cc, admin1, box) -> None:  # type: ignore[no-untyped-def]
    if gaz.index_file is None:
        pytest.skip("no place index installed")
    got = fuzzy._region_places.__wrapped__(gaz.index_file, cc, admin1, box)
    want = _by_sql(_open_index(gaz.index_file), cc, admin1, box)
    assert list(got.items()) == list(want.items())
