"""data/africa_towns.tsv: well-formed rows of towns cities500 lacks (session 14, geoafr)."""

from __future__ import annotations

from frontlog.places.build import _tsv


def test_rows_are_new_towns_with_a_point_in_their_country() -> None:
    boxes = {
        "CD": (-13.5, 5.5, 12.0, 31.5), "SS": (3.4, 12.3, 23.4, 36.0), "MZ": (-27.0, -10.4, 30.2, 41.0),
        "BF": (9.4, 15.1, -5.6, 2.5), "CM": (1.6, 13.1, 8.4, 16.2), "CF": (2.2, 11.1, 14.4, 27.5),
        "TD": (7.4, 23.5, 13.4, 24.0),
    }  # fmt: skip
    rows = _tsv("africa_towns.tsv")
    assert len(rows) >= 40
    for r in rows:
        lat_lo, lat_hi, lon_lo, lon_hi = boxes[r["country"]]
        assert not r["geonameid"] and r["kind"] == "city"
        assert lat_lo <= float(r["lat"]) <= lat_hi and lon_lo <= float(r["lon"]) <= lon_hi, r["name"]
        assert r["name"] in r["aliases"].split("|")


def test_no_town_named_like_a_person() -> None:
    names = {a for r in _tsv("africa_towns.tsv") for a in r["aliases"].split("|")}
    assert not names & {"Baraka", "Nasir"}
