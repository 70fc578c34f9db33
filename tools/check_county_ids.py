"""Check the gazetteer's US county ids against a benchmark's gold county toponyms.

    .venv/bin/python tools/check_county_ids.py ../shared/data/geoparsing/lgl.xml

US county ids are inferred at install (frontlog.places.sources.align_county_ids): no package
ships GeoNames' admin2 table. LGL's gold county toponyms (<fcode>ADM2</fcode>, country United
States, with the state in <admin1>) say which id each named county has; this prints how many of
those mentions the gazetteer names right, names wrong, or leaves without an id. A check, never an
input: nothing here feeds the build.
"""

from __future__ import annotations

import argparse
import xml.etree.ElementTree as ET
from collections import Counter

from frontlog.places.gazetteer import load_gazetteer


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("benchmark", help="an LGL-format XML file (gaztag elements with fcode and admin1)")
    args = ap.parse_args()
    gaz = load_gazetteer()
    ids = {
        (e.admin1, e.name): e.gid
        for e in (gaz.entry(i) for i in range(len(gaz.entries)))
        if e.kind == "admin2" and e.cc == "US"
    }
    counts: Counter[str] = Counter()
    wrong: Counter[tuple[str, str]] = Counter()
    for tag in ET.parse(args.benchmark).getroot().iter("gaztag"):
        if tag.findtext("fcode") != "ADM2" or tag.findtext("country") != "United States":
            continue
        key = (tag.findtext("admin1") or "", tag.findtext("name") or "")
        got, gold = ids.get(key), int(tag.get("geonameid") or 0)
        verdict = "no id" if got is None else "right" if got == gold else "wrong"
        counts[verdict] += 1
        if verdict == "wrong":
            wrong[key] += 1
    named = sum(1 for gid in ids.values() if gid)
    print(f"gazetteer: {len(ids)} US counties, {named} with a GeoNames id")
    print(f"gold county mentions: {sum(counts.values())}: right {counts['right']}, "
          f"wrong {counts['wrong']}, no id {counts['no id']}")  # fmt: skip
    for (state, name), n in wrong.most_common(10):
        print(f"  wrong: {name}, {state} ({n})")


if __name__ == "__main__":
    main()
