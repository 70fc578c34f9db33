"""Build frontlog/places/data/points/region_points.tsv: the GeoNames point of each governorate of Syria and Iraq.

    python tools/region_points.py [../shared/data/gazetteer] [-o frontlog/places/data/points/region_points.tsv]

places/data/admin1.tsv gives each governorate of Syria and Iraq a centroid read off OCHA's maps
(to ~0.1 degree, up to 70 km from GeoNames' point: Rif Dimashq). The spec (../shared/spec/events.md
section 4) resolves a place to its GeoNames entry, and an event told only at governorate level is
written at that entry's point (places/region_point.py). Who's On First republishes GeoNames'
first-level regions with their GeoNames id; its `lat`/`lon` columns (not the label point) are the
rows written here, for every WOF region of SY and IQ with a GeoNames id (Kirkuk and Halabja have
none in WOF: they keep admin1.tsv's point). Deterministic: the same files give the same bytes.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEADER = """\
# The GeoNames point of each governorate of Syria and Iraq: where events.jsonl, GeoJSON and the store
# put an event the text places only in a governorate (places/region_point.py; the ACLED-style CSV and
# eval-acled use the governorate's seat instead, places/seat.py). places/data/admin1.tsv's centroids
# are approximate (read off OCHA's maps) and stay what the resolver uses.
# source: Who's On First admin-sy @ 2db0f03b9f9d and admin-iq @ 4c7a00f6387b (../shared/data/gazetteer/
#   wof_admin_sy.tsv.gz, wof_admin_iq.tsv.gz), the `region` records with a GeoNames id: their lat/lon.
#   Written by tools/region_points.py.
# licence: records derived from GeoNames CC BY 4.0 (credit GeoNames and Who's On First); WOF CC0
# reviewer: frontlog team (helper geoiq), session 14, 2026-12-02
# known problems: WOF gives Kirkuk and Halabja no GeoNames id: not listed (admin1.tsv's point is kept).
# columns: country (ISO2)	name (WOF's)	geonameid	lat	lon
"""
COUNTRIES = ("sy", "iq")


def rows(folder: Path) -> list[tuple[str, str, int, float, float]]:
    out = []
    for cc in COUNTRIES:
        with gzip.open(folder / f"wof_admin_{cc}.tsv.gz", "rt", encoding="utf-8") as f:
            for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                gid = (r.get("gn_id") or "").strip()
                if (
                    r["placetype"] != "region"
                    or not gid.isdigit()
                    or int(gid) == 0
                    or r.get("is_current") == "0"
                ):
                    continue
                out.append((cc.upper(), r["name"], int(gid), float(r["lat"]), float(r["lon"])))
    return sorted(out, key=lambda t: (t[0], t[2]))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", nargs="?", default=str(ROOT.parent / "shared" / "data" / "gazetteer"))
    ap.add_argument(
        "-o", "--out", default=str(ROOT / "frontlog" / "places" / "data" / "points" / "region_points.tsv")
    )
    args = ap.parse_args(argv)
    lines = [HEADER + "country\tname\tgeonameid\tlat\tlon"]
    lines += [
        f"{cc}\t{name}\t{gid}\t{lat:.6f}\t{lon:.6f}" for cc, name, gid, lat, lon in rows(Path(args.folder))
    ]
    Path(args.out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines) - 1} regions -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
