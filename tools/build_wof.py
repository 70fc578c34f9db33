"""Build frontlog/places/data/wof_places.tsv.gz from the Who's On First extracts.

    python tools/build_wof.py [../shared/data/gazetteer] [-o frontlog/places/data/wof_places.tsv.gz]

Reads the extracts described in ../shared/data/gazetteer/README.md (WOF records with their
GeoNames ids) and writes one compact, sorted, gzip TSV that the gazetteer build reads (see
frontlog/places/local.py). Deterministic: the same extracts give the same bytes (gzip mtime 0).

Rows kept:
- `city`: the non-deprecated localities of SY IQ YE LY AF SO SD ML NG UA (villages and towns:
  the resolver takes them only where the article gives reason, see frontlog/places/local.py);
- `admin2`: WOF counties (districts) of those countries and Ireland's counties;
- `admin1`: WOF regions of those countries (extra names for GeoNames' first-level regions);
- `sea`: WOF oceans and marine areas; `airport`: WOF campuses (airports, mostly).
Names: the record's own, English and Arabic names, and every alternate name in Latin script;
airport codes (all capitals, up to four letters) are dropped, since they collide with acronyms.
The first-level region of a locality or district is the GeoNames id of its WOF region ancestor.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import sys
import unicodedata
from pathlib import Path

COUNTRIES = ("sy", "iq", "ye", "ly", "af", "so", "sd", "ml", "ng", "ua")
COLUMNS = (
    "kind",
    "geonameid",
    "wof_id",
    "name",
    "cc",
    "admin1_gid",
    "admin2",
    "lat",
    "lon",
    "pop",
    "fcode",
    "names",
)
HEADER = """\
# Who's On First places with GeoNames ids: villages and towns, districts and regions of SY IQ YE LY
# AF SO SD ML NG UA, Ireland's counties, seas and oceans, airports (WOF campuses).
# source: Who's On First (github.com/whosonfirst-data admin-XX repositories, commits in
#   ../shared/data/gazetteer/README.md), records derived from GeoNames (geonames.org), built by
#   tools/build_wof.py
# licence: GeoNames data CC BY 4.0 (credit: GeoNames, geonames.org); Who's On First CC0 and CC BY
#   4.0 for its GeoNames-derived records (credit: Who's On First, whosonfirst.org)
# known problems: GeoNames as of 2017-2018; no hills, checkpoints, bases or rivers; Libya thin
# columns: kind, GeoNames id (empty if none), WOF id (only when no GeoNames id), name, ISO2 country,
#   GeoNames id of the first-level region, district name, lat, lon, population, GeoNames feature
#   code, other names (| separated)
"""


def _read(path: Path) -> list[dict[str, str]]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def _latin(text: str) -> bool:
    """Latin script only (accented letters of any Latin block included)."""
    return all(
        ord(ch) < 0x250
        or ch in "‘’ʿʾʻ`'"
        or unicodedata.category(ch)[0] in "ZPMN"
        or "LATIN" in unicodedata.name(ch, "")
        for ch in text
    )


def _fold(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return "".join(ch for ch in plain if ch.isalnum())


def _names(own: str, *others: str, all_names: str = "", arabic: str = "") -> str:
    """Other names: English and Arabic names, then Latin-script alternates, one per spelling
    (ignoring case, accents and punctuation), without the record's own name or airport codes."""
    seen = {_fold(own)}
    out: list[str] = []
    pool = [n for o in others for n in o.split("|")] + [arabic] + sorted(all_names.split("|"))
    for nm in pool:
        nm = nm.strip()
        if not nm or "\t" in nm or (nm.isupper() and len(nm) <= 4):
            continue
        if nm != arabic and not _latin(nm):
            continue
        key = _fold(nm) or nm
        if key in seen:
            continue
        seen.add(key)
        out.append(nm)
    return "|".join(out)


def _region_gid(wof_id: str, records: dict[str, dict[str, str]]) -> tuple[str, str]:
    """(GeoNames id of the WOF region above a record, name of the county above it)."""
    county = ""
    seen = set()
    cur = records.get(wof_id)
    while cur is not None and cur["wof_id"] not in seen:
        seen.add(cur["wof_id"])
        if cur["placetype"] == "county" and not county and cur["wof_id"] != wof_id:
            county = cur["name_en"].split("|")[0] or cur["name"]
        if cur["placetype"] == "region" and cur["wof_id"] != wof_id:
            return cur["gn_id"] if cur["gn_id"] not in ("", "0") else "", county
        cur = records.get(cur["parent"])
    return "", county


def _coord(v: str) -> str:
    return f"{float(v):.4f}"


def _pop(v: str) -> str:
    try:
        return str(max(int(float(v)), 0))
    except ValueError:
        return "0"


def build(src: Path) -> list[tuple[str, ...]]:
    records: dict[str, dict[str, str]] = {}
    for cc in (*COUNTRIES, "ie", "xy"):
        for r in _read(src / f"wof_admin_{cc}.tsv.gz"):
            records[r["wof_id"]] = r
    rows: list[tuple[str, ...]] = []
    for r in _read(src / "wof_localities_conflict10.tsv.gz"):
        gid = r["geonameid"] if r["geonameid"] not in ("", "0") else ""
        region, county = _region_gid(r["wof_id"], records)
        rows.append((
            "city", gid, "" if gid else r["wof_id"], r["name"], r["cc"], region, county, _coord(r["lat"]),
            _coord(r["lon"]), _pop(r["population"]), r["fcode"],
            _names(r["name"], r["gn_name"], all_names=r["all_names"], arabic=r["names_ar"]),
        ))  # fmt: skip
    for r in records.values():
        kind = _kind(r)
        if kind is None or r["deprecated"] or r["is_current"] == "0":
            continue
        gid = r["gn_id"] if r["gn_id"] not in ("", "0") else ""
        region, county = _region_gid(r["wof_id"], records) if kind == "admin2" else ("", "")
        name = (r["name_en"].split("|")[0] or r["name"]) if kind != "airport" else r["name"]
        extra = _bare_sea(name) if kind == "sea" else ""
        lat, lon = (r["lbl_lat"], r["lbl_lon"]) if r["lbl_lat"] else (r["lat"], r["lon"])
        rows.append((
            kind, gid, "" if gid else r["wof_id"], name, r["country"] if kind not in ("sea",) else "", region, "",
            _coord(lat), _coord(lon), _pop(r["gn_pop"]), r["gn_fcode"],
            _names(name, extra, r["name"], r["name_en"], r["gn_name"], all_names=r["all_names"], arabic=r["name_ar"]),
        ))  # fmt: skip
    rows.sort(key=lambda x: (x[0], x[4], x[3], x[1], x[2]))
    first: dict[tuple[str, str], int] = {}
    unique: list[tuple[str, ...]] = []
    for row in rows:  # one row per kind and GeoNames id (WOF has some places twice): names merged
        at = first.get((row[0], row[1])) if row[1] else None
        if at is None:
            first[(row[0], row[1])] = len(unique)
            unique.append(row)
            continue
        kept = unique[at]
        names = [
            n for n in (row[3], *row[11].split("|")) if n and n != kept[3] and n not in kept[11].split("|")
        ]
        unique[at] = (*kept[:11], "|".join(filter(None, [kept[11], *names])))
    return unique


def _bare_sea(name: str) -> str:
    """A sea named by its adjective alone: "the Mediterranean", "the Atlantic", "the Caribbean"
    (one word in -ean or -ic; not "Red", "North" or "Indian")."""
    for suffix in (" Sea", " Ocean"):
        bare = name.removesuffix(suffix)
        if bare != name and " " not in bare and bare.endswith(("ean", "ic")):
            return bare
    return ""


def _kind(r: dict[str, str]) -> str | None:
    cc, pt = r["country"].lower(), r["placetype"]
    if pt in ("ocean", "marinearea"):
        return "sea"
    if pt == "campus":
        return "airport" if r["lat"] else None
    if pt == "county" and (cc in COUNTRIES or cc == "ie"):
        return "admin2"
    if pt == "region" and cc in COUNTRIES:
        return "admin1"
    return None


def write(rows: list[tuple[str, ...]], out: Path) -> None:
    buf = io.StringIO()
    buf.write(HEADER)
    buf.write("\t".join(COLUMNS) + "\n")
    for row in rows:
        buf.write("\t".join(row) + "\n")
    out.parent.mkdir(parents=True, exist_ok=True)
    with (
        open(out, "wb") as raw,
        gzip.GzipFile(filename="", fileobj=raw, mode="wb", compresslevel=9, mtime=0) as z,
    ):
        z.write(buf.getvalue().encode("utf-8"))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("src", nargs="?", default="../shared/data/gazetteer", type=Path)
    ap.add_argument("-o", "--out", default=Path("frontlog/places/data/wof_places.tsv.gz"), type=Path)
    args = ap.parse_args(argv)
    rows = build(args.src)
    write(rows, args.out)
    counts: dict[str, int] = {}
    for row in rows:
        counts[row[0]] = counts.get(row[0], 0) + 1
    print(f"{args.out}: {len(rows):,} rows {counts}, {args.out.stat().st_size:,} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
