"""The listed seats of Iraq's and Syria's governorates (data/governorate_seats.tsv) and of the
first-level regions of Africa's war and protest countries (data/region_seats.tsv).

ACLED codes an event that a note places only in a governorate at the governorate's seat ("in
Muthanna province" at As Samawah). places/seat.py finds a region's seat in GeoNames (a town coded
as its seat, or the region's namesake town), which misses every seat named otherwise than its
governorate: Muthanna's As Samawah, Dhi Qar's Nasiriyah, Diyala's Baqubah, Anbar's Ramadi,
Nineveh's Mosul, Salahuddin's Tikrit, Babil's Hillah, Maysan's Amarah, Al-Qadisiyyah's Diwaniyah.
This table names each governorate's seat by its GeoNames id; seat.region_seat asks it first.
"""

from __future__ import annotations

import csv
import functools
import io
from importlib import resources

from frontlog.places.gazetteer import GazEntry, Gazetteer

FILE = "governorate_seats.tsv"
# the same table for the first-level regions of Africa's war and protest countries (session 13)
FILES = (FILE, "region_seats.tsv")


@functools.cache
def listed_seats() -> dict[tuple[str, str], tuple[str, int] | None]:
    """(country, governorate name) -> (seat's name, seat's GeoNames id), None for a governorate
    whose seat the table leaves empty (it keeps its own point)."""
    out: dict[tuple[str, str], tuple[str, int] | None] = {}
    for name in FILES:
        text = (resources.files("frontlog.places") / "data" / name).read_text("utf-8")
        lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
        for n, row in enumerate(csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t"), 2):
            if None in row or any(v is None for v in row.values()):
                raise ValueError(f"{name}: row {n} has the wrong number of columns: {row}")
            seat, gid = row["seat"].strip(), row["geonameid"].strip()
            out[(row["country"], row["governorate"])] = (seat, int(gid)) if seat and gid else None
    return out


def listed_seat(region: GazEntry, gaz: Gazetteer) -> GazEntry | None:
    """The listed seat of a first-level region (a town of the gazetteer with the listed GeoNames id,
    in the same country and governorate), or None when the table does not list the region or
    the gazetteer lacks the town."""
    listed = listed_seats().get((region.cc, region.name)) or (
        listed_seats().get((region.cc, region.admin1 or "")) if region.admin1 else None
    )
    if listed is None:
        return None
    name, gid = listed
    core, _ = gaz.candidates(name)
    towns = [e for e in core if e.gid == gid and e.kind == "city" and e.cc == region.cc]
    if not towns:
        towns = [e for e, _ in gaz.index_candidates(name) if e.gid == gid and e.cc == region.cc]
    return towns[0] if towns else None
