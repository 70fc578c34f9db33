"""The GeoNames point of a first-level region: where an event told only at region level is written.

The spec (../shared/spec/events.md section 4) resolves a place to its GeoNames entry, and its gold
codes "in Homs province" at GeoNames' point of Homs Governorate (34.48, 38.36), with precision
`admin1`. ACLED codes the same event at the governorate's seat (geo_precision 3): the seat is kept
beside the point (Place.seat, places/seat.py) for the ACLED-style CSV and eval-acled.
places/data/admin1.tsv gives Syria's and Iraq's governorates centroids read off OCHA's maps, up to
70 km from GeoNames' point (Rif Dimashq); data/points/region_points.tsv (Who's On First's copy of
GeoNames' regions, tools/region_points.py) gives their GeoNames points. Other countries' regions
already carry GeoNames' (or WOF's) point. Session 14, helper geoiq.
"""

from __future__ import annotations

import csv
import functools
import io
from dataclasses import replace
from importlib import resources

from frontlog.records import Place

FILE = "region_points.tsv"
# (in a folder of its own: the files directly in data/ shape the place index, whose fingerprint
# would make every checkout rebuild it for a table the index never reads)
FOLDER = "points"


@functools.cache
def region_points() -> dict[int, tuple[float, float]]:
    """GeoNames id of a governorate -> its GeoNames point (lat, lon)."""
    text = (resources.files("frontlog.places") / "data" / FOLDER / FILE).read_text("utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    out: dict[int, tuple[float, float]] = {}
    for n, row in enumerate(csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t"), 2):
        if None in row or any(v is None for v in row.values()):
            raise ValueError(f"{FILE}: row {n} has the wrong number of columns: {row}")
        out[int(row["geonameid"])] = (float(row["lat"]), float(row["lon"]))
    return out


def at_region_point(place: Place) -> Place:
    """A region (precision admin1) at its GeoNames point when the table lists it; any other place,
    or a region it does not list, as it is."""
    if place.precision != "admin1" or place.geonameid is None:
        return place
    point = region_points().get(place.geonameid)
    if point is None:
        return place
    return replace(place, lat=point[0], lon=point[1])
