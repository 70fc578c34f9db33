"""The GeoNames dump readers, on small files in GeoNames' formats written here (made-up places)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from frontlog.places.geonames_dump import (
    DumpError,
    iter_admin_codes,
    iter_alternate_names,
    iter_hierarchy,
    iter_places,
    open_dump,
    sniff,
)

PLACES = (
    "9900001\tQaryat Zuhur\tQaryat Zuhur\tZuhur,Kuhur,\u0632\u0647\u0648\u0631\t35.1\t38.2\tP\tPPL\tSY\t\t13\t\t\t\t800\t\t310\tAsia/Damascus\t2020-01-01\n"
    "9900002\tJabal Nimr\tJabal Nimr\t\t35.2\t38.3\tT\tMT\tSY\t\t13\t\t\t\t0\t900\t880\tAsia/Damascus\t2020-01-01\n"
    "broken\trow\n"
)


def _write(tmp: Path, name: str, text: str, *, zipped: bool = False) -> Path:
    if not zipped:
        path = tmp / name
        path.write_text(text, encoding="utf-8")
        return path
    path = tmp / (Path(name).stem + ".zip")
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("readme.txt", "GeoNames readme\n")
        zf.writestr(name, text)
    return path


@pytest.mark.parametrize("zipped", [False, True])
def test_places_rows_stream_from_txt_and_zip(tmp_path: Path, zipped: bool) -> None:
    path = _write(tmp_path, "SY.txt", PLACES, zipped=zipped)
    assert sniff(path) == "places"
    seen: list[int] = []
    with open_dump(path) as (stream, size, _):
        rows = list(iter_places(stream, progress=seen.append))
    assert [r.gid for r in rows] == [9900001, 9900002]  # the broken row is skipped
    assert rows[0].alternates == ("Zuhur", "Kuhur", "\u0632\u0647\u0648\u0631")
    assert (rows[0].cc, rows[0].admin1, rows[0].fcode, rows[0].pop) == ("SY", "13", "PPL", 800)
    assert sum(seen) == size  # progress reports every byte once


def test_each_format_is_sniffed_from_its_lines(tmp_path: Path) -> None:
    alt = _write(
        tmp_path,
        "alternateNamesV2.txt",
        "1\t9900001\ten\tZohour\t1\t\t\t\t\t\n2\t9900001\tlink\thttps://example.org/x\t\t\t\t\t\t\n"
        "3\t9900001\t\tOld Zuhur\t\t\t\t1\t\t\n",
        zipped=True,
    )
    adm = _write(tmp_path, "admin2Codes.txt", "SY.13.1301\tDistrict One\tDistrict One\t9900010\n")
    hier = _write(tmp_path, "hierarchy.txt", "9900010\t9900001\tADM\n")
    assert (sniff(alt), sniff(adm), sniff(hier)) == ("alternate_names", "admin_codes", "hierarchy")
    with open_dump(alt) as (stream, _, name):
        names = list(iter_alternate_names(stream))
    assert name == "alternateNamesV2.txt"
    assert [(n.name, n.preferred, n.historic) for n in names] == [
        ("Zohour", True, False),
        ("Old Zuhur", False, True),
    ]
    with open_dump(adm) as (stream, _, _):
        assert [(a.code, a.gid) for a in iter_admin_codes(stream)] == [("SY.13.1301", 9900010)]
    with open_dump(hier) as (stream, _, _):
        assert [(h.parent, h.child) for h in iter_hierarchy(stream)] == [(9900010, 9900001)]


def test_a_file_of_another_format_is_a_clear_error(tmp_path: Path) -> None:
    path = _write(tmp_path, "towns.csv", "name,lat,lon\nZuhur,35.1,38.2\n")
    with pytest.raises(DumpError, match="match no GeoNames dump format"):
        sniff(path)
    empty = _write(tmp_path, "empty.txt", "# only a comment\n")
    with pytest.raises(DumpError, match="no data lines"):
        sniff(empty)
