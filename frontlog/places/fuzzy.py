"""Villages spelt far from the gazetteer's spelling, looked for only inside the region the text
puts them in ("Msheirfeh Shamaliah village in southern Idleb" is Mushayrifah Shamaliyah there).

Romanisations of one Arabic name differ in their vowels, glides, doubled letters, final -eh/-a,
in the letter chosen for one sound (q/k, kh/k, th/dh/z/d) and in English words for Arabic ones
("Big Khwein" = Khuwayn al Kabir, "Western Ghariyeh" = Ghariyah al Gharbiyah, "Madiq Castle" =
Qal`at al Madiq). The sound key (data/translit.yaml `sound_rules`, `english_words`) keeps only
what the spellings share; it is far too loose for a whole country, so it is used only among the
few hundred villages of one first-level region (or near one town) that the text names, and the
closest spelling wins there.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from typing import TYPE_CHECKING

from frontlog.places.country_rows import country_names, hits_by_id
from frontlog.places.index import IndexHit
from frontlog.places.local import kind_words
from frontlog.places.normalize import _rules, name_key, translit_key, unglued

if TYPE_CHECKING:
    from frontlog.places.gazetteer import GazEntry, Gazetteer
    from frontlog.places.located import Located

MIN_KEY = 2  # a sound key shorter than this says too little
LONG_KEY = 7  # a sound key this long may be one letter off ("Msheirfe" for Mushayrifah)
COUNTRY_KEY = 4  # in a whole country, only a sound key this long, and only one place bearing it
MAX_TIED = 4  # of more villages sounding alike, none is chosen
MAX_PLACES = 5_000  # a region with more places than this is not searched
_COLS = "p.id, p.gid, p.name, p.cc, p.admin1, p.admin2, p.lat, p.lon, p.pop, p.kind, p.core"


@functools.cache
def _english() -> tuple[dict[str, str], dict[str, str]]:
    """English words for Arabic name parts: (words that follow the name in Arabic, "Western X" = "X
    Gharbi"; words that open it, "X Castle" = "Qalat X")."""
    words = _rules().get("english_words") or {}
    return dict(words.get("after") or {}), dict(words.get("before") or {})


def arabic_order(key: str) -> str:
    """A name key with English name parts put as Arabic has them ("big khwein" -> "khwein kabir")."""
    after, before = _english()
    words = key.split()
    if len(words) < 2:
        return key
    head: list[str] = []
    tail: list[str] = []
    if words[0] in after:
        tail.append(after[words.pop(0)])
    if words and words[-1] in before:
        head.append(before[words.pop()])
    return " ".join([*head, *words, *tail]) if words else key


@functools.lru_cache(maxsize=100_000)
def sound_key(name: str) -> str:
    """The letters that the romanisations of an Arabic name share (no vowels, glides or doubled
    letters; one letter for each group of sounds written alike)."""
    rules = _rules()["sound_rules"]
    out = []
    for w in unglued(arabic_order(name_key(name)).split()):
        for pattern, repl in rules:
            w = pattern.sub(repl, w)
        out.append(w)
    return "".join(out)


def _distance(a: str, b: str) -> int:
    """Edit distance (insertions, deletions, substitutions)."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


@functools.lru_cache(maxsize=64)
def _region_places(path: str, cc: str, admin1: str | None, box: tuple[float, float, float, float] | None,
                   ) -> dict[str, list[tuple[IndexHit, str]]]:  # fmt: skip
    """sound key -> (place, its name key) for the villages and towns of a region (or a box), from
    the country's names read once (places/country_rows.py)."""
    from frontlog.places.gazetteer import _open_index

    index = _open_index(path)
    if index is None:
        return {}
    names = country_names(index, cc)
    limit = MAX_PLACES * 8
    if box is not None:
        rows = names.in_box(box, limit)
    else:
        rows = names.in_region(admin1, limit) if admin1 is not None else []
    hits = hits_by_id(index, {pid for pid, _ in rows})
    out: dict[str, list[tuple[IndexHit, str]]] = defaultdict(list)
    for pid, key in rows:
        out[sound_key(key)].append((hits[pid], key))
    return dict(out)


def spelt_like(text: str, where: Located, gaz: Gazetteer) -> list[tuple[GazEntry, IndexHit]]:
    """The villages of the place the text puts `text` in whose names sound like it (the same sound
    key, or for a long key one letter off) and, of those, the closest spellings (transliteration
    key); [] when none."""
    words = text.split()
    if len(words) > 1 and words[-1].lower() in kind_words()[1]:
        text = " ".join(words[:-1])  # "Baarbu village"
    key = sound_key(text)
    if len(key) < MIN_KEY or gaz.index_file is None:
        return []
    if where.admin1 is not None and where.wide:
        places = _region_places(gaz.index_file, where.cc, where.admin1, None)
    elif where.anchor is not None:
        lat, lon = where.anchor
        d = where.near_km / 111.0
        places = _region_places(gaz.index_file, where.cc, None, (lat - d, lat + d, lon - d * 1.3, lon + d * 1.3))
    else:
        return []
    found = places.get(key, [])
    if not found and len(key) >= LONG_KEY:
        found = [x for k, xs in places.items() if abs(len(k) - len(key)) <= 1 and _distance(k, key) == 1 for x in xs]
    if not found:
        return []
    tkey = translit_key(arabic_order(name_key(text)))
    best: dict[int, tuple[int, IndexHit]] = {}
    for hit, name in found:
        d = _distance(translit_key(arabic_order(name)), tkey)
        if hit.place_id not in best or d < best[hit.place_id][0]:
            best[hit.place_id] = (d, hit)
    entries = [(d, gaz.index_entry(h), h) for d, h in best.values()]
    entries = [x for x in entries if where.holds(x[1])]
    if not entries:
        return []
    least = min(d for d, _, _ in entries)
    return [(e, h) for d, e, h in entries if d == least]


@functools.lru_cache(maxsize=4)
def _country_keys(path: str, cc: str) -> dict[str, tuple[tuple[int, str], ...]]:
    """sound key -> (place id, its name key) for the villages and towns of a country."""
    from frontlog.places.gazetteer import _open_index

    out: dict[str, list[tuple[int, str]]] = defaultdict(list)
    index = _open_index(path)
    if index is None:
        return {}
    names = country_names(index, cc)
    for pid, key in zip(names.ids, names.keys, strict=True):
        out[sound_key(key)].append((pid, key))
    return {k: tuple(v) for k, v in out.items()}


def sounding_at_home(text: str, cc: str, gaz: Gazetteer) -> list[tuple[GazEntry, IndexHit]]:
    """The one village of the article's country whose name sounds like a name the text calls a
    place and no gazetteer spells alike ("the town of Kafr Nabbouda"): a sound key of at least
    COUNTRY_KEY letters, and a single place with the closest spelling (of up to MAX_TIED alike, the
    only one the core gazetteer has: a town of GeoNames' cities500 is better known than villages
    only the index holds); [] otherwise."""
    key = sound_key(text)
    if len(key) < COUNTRY_KEY or gaz.index_file is None:
        return []
    found = _country_keys(gaz.index_file, cc).get(key, ())
    if not found:
        return []
    tkey = translit_key(arabic_order(name_key(text)))
    best: dict[int, int] = {}
    for pid, name in found:
        d = _distance(translit_key(arabic_order(name)), tkey)
        best[pid] = min(best.get(pid, d), d)
    least = min(best.values())
    ids = sorted(pid for pid, d in best.items() if d == least)
    index = gaz.index()
    assert index is not None
    hits = [IndexHit(*index.conn.execute(f"SELECT {_COLS} FROM place p WHERE p.id = ?", (i,)).fetchone()) for i in ids[:MAX_TIED]]
    known = [h for h in hits if h.core is not None]  # a town the core gazetteer has (cities500): better known
    if len(ids) > 1 and len(ids) <= MAX_TIED and len(known) == 1:
        hits = known
    if len(hits) != 1:
        return []  # several villages sound alike: the text does not say which
    return [(gaz.index_entry(hits[0]), hits[0])]
