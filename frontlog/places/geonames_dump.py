"""Streaming readers for the files GeoNames publishes (https://download.geonames.org/export/dump/).

A user with the internet downloads them; `frontlog gazetteer import` feeds them to the index.
Every reader streams (allCountries.txt is 13 million rows), reads plain `.txt` or the `.zip`
GeoNames ships, and reports its progress in bytes read so a progress bar can follow it.

Formats (GeoNames' readme.txt):
- places: `allCountries`, `XX` (one country), `cities500/1000/5000/15000`: 19 tab-separated columns
  (geonameid, name, asciiname, alternatenames, latitude, longitude, feature class, feature code,
  country code, cc2, admin1, admin2, admin3, admin4, population, elevation, dem, timezone, date);
- `alternateNamesV2`: alternateNameId, geonameid, isolanguage, name, isPreferredName,
  isShortName, isColloquial, isHistoric, from, to (the older `alternateNames` has 8 columns);
- `admin1CodesASCII`, `admin2Codes`: code ("US.CO" / "US.CO.107"), name, asciiname, geonameid;
- `hierarchy`: parentId, childId, type.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Literal

Kind = Literal["places", "alternate_names", "admin_codes", "hierarchy"]
Progress = Callable[[int], None]  # called with the number of bytes read since the last call

# languages whose alternate names are worth matching in English text; "link" rows are URLs,
# "post"/"iata"/"icao"/"faac"/"wkdt" codes, "abbr" abbreviations (kept: "Mass.", "Va.")
SKIP_LANGUAGES = frozenset({"link", "post", "iata", "icao", "faac", "fr_1793", "wkdt", "tcid", "unlc"})


@dataclass(frozen=True, slots=True)
class DumpPlace:
    gid: int
    name: str
    ascii_name: str
    alternates: tuple[str, ...]
    lat: float
    lon: float
    fclass: str
    fcode: str
    cc: str
    admin1: str
    admin2: str
    pop: int


@dataclass(frozen=True, slots=True)
class AlternateName:
    gid: int
    lang: str
    name: str
    preferred: bool
    historic: bool


@dataclass(frozen=True, slots=True)
class AdminCode:
    code: str  # "US.CO" (admin1) or "US.CO.107" (admin2)
    name: str
    gid: int


@dataclass(frozen=True, slots=True)
class HierarchyLink:
    parent: int
    child: int
    type: str


class DumpError(ValueError):
    """A file that is not one of GeoNames' dump formats (the message says what was seen)."""


@contextmanager
def open_dump(path: Path) -> Iterator[tuple[IO[bytes], int, str]]:
    """The data file's byte stream, its size and its name; a .zip yields its main .txt member."""
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as zf:
            members = [
                m for m in zf.infolist() if m.filename.endswith(".txt") and "readme" not in m.filename.lower()
            ]
            if not members:
                raise DumpError(f"{path.name}: the zip holds no .txt data file")
            main = max(
                members, key=lambda m: m.file_size
            )  # alternateNamesV2.zip also holds iso-languagecodes.txt
            with zf.open(main) as f:
                yield f, main.file_size, main.filename
    else:
        with path.open("rb") as f:
            yield f, path.stat().st_size, path.name


def sniff(path: Path) -> Kind:
    """Which GeoNames format a file holds, from its first data line (not from its name)."""
    with open_dump(path) as (stream, _, name):
        for raw in stream:
            line = raw.decode("utf-8", errors="replace").rstrip("\n")
            if line and not line.startswith("#"):
                return _kind_of(line.split("\t"), name)
    raise DumpError(f"{path.name}: no data lines")


def _kind_of(cols: list[str], name: str) -> Kind:
    if len(cols) == 19 and cols[0].isdigit():
        return "places"
    if len(cols) in (8, 10) and cols[0].isdigit() and cols[1].isdigit():
        return "alternate_names"
    if len(cols) == 4 and "." in cols[0] and cols[3].isdigit():
        return "admin_codes"
    if len(cols) in (2, 3) and cols[0].isdigit() and cols[1].isdigit():
        return "hierarchy"
    raise DumpError(f"{name}: {len(cols)} tab-separated columns match no GeoNames dump format")


def _lines(stream: IO[bytes], progress: Progress | None) -> Iterator[list[str]]:
    pending = 0
    for raw in stream:
        pending += len(raw)
        if progress and pending >= 1 << 20:
            progress(pending)
            pending = 0
        line = raw.decode("utf-8", errors="replace").rstrip("\r\n")
        if line and not line.startswith("#"):
            yield line.split("\t")
    if progress and pending:
        progress(pending)


def iter_places(stream: IO[bytes], progress: Progress | None = None) -> Iterator[DumpPlace]:
    for c in _lines(stream, progress):
        if len(c) < 15:
            continue
        try:
            yield DumpPlace(
                gid=int(c[0]), name=c[1], ascii_name=c[2],
                alternates=tuple(a for a in c[3].split(",") if a),
                lat=float(c[4]), lon=float(c[5]), fclass=c[6], fcode=c[7], cc=c[8],
                admin1=c[10], admin2=c[11], pop=int(c[14] or 0),
            )  # fmt: skip
        except ValueError:
            continue  # a broken row: GeoNames' own files have none, a hand-cut extract might


def iter_alternate_names(stream: IO[bytes], progress: Progress | None = None) -> Iterator[AlternateName]:
    for c in _lines(stream, progress):
        if len(c) < 4 or c[2] in SKIP_LANGUAGES or not c[1].isdigit():
            continue
        c += [""] * (8 - len(c))
        yield AlternateName(gid=int(c[1]), lang=c[2], name=c[3], preferred=c[4] == "1", historic=c[7] == "1")


def iter_admin_codes(stream: IO[bytes], progress: Progress | None = None) -> Iterator[AdminCode]:
    for c in _lines(stream, progress):
        if len(c) >= 4 and c[3].isdigit():
            yield AdminCode(code=c[0], name=c[1], gid=int(c[3]))


def iter_hierarchy(stream: IO[bytes], progress: Progress | None = None) -> Iterator[HierarchyLink]:
    for c in _lines(stream, progress):
        if len(c) >= 2 and c[0].isdigit() and c[1].isdigit():
            yield HierarchyLink(parent=int(c[0]), child=int(c[1]), type=c[2] if len(c) > 2 else "")
