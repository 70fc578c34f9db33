"""A district whose own point lies away from its villages, and a district's seat found by its name
(session 17, geome; issue 15). Made-up sentences."""

from __future__ import annotations

from frontlog.places.district_centre import FAR_KM, centred, village_centre
from frontlog.places.gazetteer import GazEntry, distance_km, load_gazetteer
from frontlog.places.seat import region_entry, region_seat
from frontlog.records import Place
from tests.places.test_seat import _events


def _district(cc: str, admin1: str, name: str) -> GazEntry:
    gaz = load_gazetteer()
    found = [e for e, hit in gaz.index_candidates(name)
             if hit.kind == "admin2" and e.cc == cc and e.admin1 == admin1 and e.name == name]  # fmt: skip
    assert found, (cc, admin1, name)
    return found[0]


def _place(e: GazEntry) -> Place:
    return Place(name=e.name, geonameid=e.gid, lat=e.lat, lon=e.lon, country="Yemen", admin1=e.admin1,
                 precision="admin1", detail=None)  # fmt: skip


def test_a_district_with_no_geonames_id_is_found_by_its_name() -> None:
    # Who's On First's districts have no GeoNames id: the region's first such district (Al
    # Humaydat of Al Jawf) was taken for any of them, and its seat given to the event
    gaz = load_gazetteer()
    district = _district("YE", "Al Jawf", "Khabb wa ash Sha'af")
    found = region_entry(_place(district), gaz)
    assert found is not None and found[0].name == "Khabb wa ash Sha'af"
    seat = region_seat(_place(district), gaz)
    assert seat is not None and seat.admin1 == "Al Jawf" and seat.name != "Al Humaydat"


def test_a_district_far_from_its_villages_is_written_among_them() -> None:
    gaz = load_gazetteer()
    district = _district("YE", "Al Jawf", "Khabb wa ash Sha'af")  # its point: desert, east of its villages
    point = village_centre(district, gaz)
    assert point is not None and distance_km(point, (district.lat, district.lon)) > FAR_KM
    moved = centred(district, gaz)
    assert (moved.name, moved.cc, moved.admin1, moved.kind) == (district.name, "YE", "Al Jawf", "admin2")
    assert (moved.lat, moved.lon) == point


def test_a_district_among_its_villages_keeps_its_point() -> None:
    gaz = load_gazetteer()
    district = _district("YE", "Şa‘dah", "Razih")
    assert village_centre(district, gaz) is None
    assert centred(district, gaz) == district


def test_towns_and_geonames_regions_are_not_moved() -> None:
    gaz = load_gazetteer()
    town = next(e for e in gaz.candidates("Garissa")[0] if e.kind == "city")
    assert centred(town, gaz) == town


def test_an_event_in_a_far_district_is_coded_among_its_villages() -> None:
    district = _district("YE", "Muhafazat Hadramaout", "Al Qaf")  # its point lies 120 km from its villages
    (place,) = _events("Two soldiers were killed in an ambush in Al Qaf district of Hadramawt on Friday.")
    assert place.name == "Al Qaf" and place.precision == "admin1"
    assert distance_km((place.lat, place.lon), (district.lat, district.lon)) > 100
    assert (place.lat, place.lon) == village_centre(district, load_gazetteer())
