"""Iraq's and Syria's governorates at their listed seats (places/gov_seats.py,
data/governorate_seats.tsv): a seat named otherwise than its governorate. Made-up sentences."""

from __future__ import annotations

import csv
import io
from importlib import resources

import pytest

from frontlog.places.gazetteer import distance_km, load_gazetteer
from frontlog.places.gov_seats import listed_seat, listed_seats
from frontlog.places.seat import region_seat
from tests.places.test_seat import _events, _region


def _admin1_rows() -> list[tuple[str, str]]:
    text = (resources.files("frontlog.places") / "data" / "admin1.tsv").read_text("utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    rows = csv.reader(io.StringIO("\n".join(lines)), delimiter="\t")
    return [(row[0], row[2]) for row in rows if row[0] in ("IQ", "SY")]


def test_every_governorate_is_listed() -> None:
    listed = listed_seats()
    for cc, name in _admin1_rows():
        assert (cc, name) in listed, f"{name} ({cc}) has no row in governorate_seats.tsv"


def test_every_listed_seat_is_a_town_of_its_governorate() -> None:
    gaz = load_gazetteer()
    for (cc, name), seat in listed_seats().items():
        if seat is None:
            continue
        region = gaz.admin1(cc, name)
        assert region is not None, name
        town = listed_seat(region, gaz)
        assert town is not None and town.gid == seat[1], (name, seat)
        assert town.admin1 == region.admin1, (name, town)


@pytest.mark.parametrize(
    ("cc", "region", "near"),
    [
        ("IQ", "Muthanna Governorate", (31.33, 45.29)),  # As Samawah
        ("IQ", "Diyala Governorate", (33.75, 44.61)),  # Baqubah
        ("IQ", "Nineveh Governorate", (36.34, 43.12)),  # Mosul
        ("IQ", "Salahuddin Governorate", (34.62, 43.68)),  # Tikrit
        ("IQ", "Wasit Governorate", (32.51, 45.82)),  # Kut, not the small place called Wasit
    ],
)
def test_seat_named_otherwise(cc: str, region: str, near: tuple[float, float]) -> None:
    found = region_seat(_region(cc, region), load_gazetteer())
    assert found is not None and distance_km((found.lat, found.lon), near) < 5


def test_a_seat_left_empty_keeps_the_region_point() -> None:
    gaz = load_gazetteer()
    region = gaz.admin1("SY", "Rif Dimashq Governorate")
    assert region is not None and listed_seat(region, gaz) is None


@pytest.mark.parametrize(
    ("text", "name", "near"),
    [
        ("A shepherd was wounded when an old landmine went off in the desert of Muthanna province on Tuesday.",
         "Muthanna Governorate", (31.33, 45.29)),
        ("Gunmen killed two traffic policemen in Dhi Qar province on Sunday.", "Dhi Qar Governorate", (31.06, 46.26)),
    ],
)  # fmt: skip
def test_governorate_event_at_listed_seat(text: str, name: str, near: tuple[float, float]) -> None:
    place = _events(text)[0]
    assert place.name == name and place.precision == "admin1"
    assert place.acled_point is not None and place.seat is not None  # the seat: ACLED's point (session 14)
    assert distance_km(place.acled_point, near) < 5
