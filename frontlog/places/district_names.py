"""Districts as the news spells them: the name's consonants word by word, short names too, and
the parts of a compound district's name.

Many of Yemen's districts are named after two places joined by "wa" (Arabic "and": "Kitaf wa
Al Boqe'e", "Khabb wa ash Sha'af"); reports name such a district by its first part alone ("Kutaf
district"), or spell the whole name another way ("Khab wa Ashaf district"). A short name ("Razeh"
for Razih, "Ans" for Anss) has a consonant skeleton too short for the index's loose key. So, for
a name the text calls a district that no district of the index spells alike (places/districts.py),
this module compares its key with every district of the index: each word's consonants, no
article, no "wa"; a compound district is also named by each of its parts. The table of the index's
districts (a few thousand rows; more after a GeoNames import) is read once per process, on first
use.
"""

from __future__ import annotations

import re
from typing import Any

from frontlog.places.gazetteer import GazEntry, Gazetteer
from frontlog.places.normalize import arabic_articles, loose_key, name_key

__all__ = ["compound_key", "districts_named"]

# "wa" (Arabic "and") joins the two places a compound district is named after
_AND = frozenset({"wa", "w", "and"})
_ARTICLES = arabic_articles()

_TABLES: dict[str, dict[str, list[tuple[Any, bool]]]] = {}


def _words(name: str) -> list[str]:
    """The name's words, without articles and with "wa" split off ("Khab-washaaf": khab, shaaf)."""
    out: list[str] = []
    for i, w in enumerate(name_key(name.replace("-", " ")).split()):
        if w in _AND or w in _ARTICLES:
            continue
        if i and w.startswith("wa") and len(w) > 4 and w[2] not in "aeiouy":  # "washaaf" = wa + shaaf
            w = w[2:]
        out.append(w)
    return out


def compound_key(name: str) -> str:
    """The first letter (any vowel alike) and each word's consonant skeleton ("Khab wa Ashaf" =
    "Khabb wa ash Sha'af", "Razeh" = "Razih"): words compared one by one, however short."""
    words = _words(name)
    if not words:
        return ""
    first = "a" if words[0][0] in "aeiouy" else words[0][0]
    return first + ":" + " ".join(loose_key(w) or w for w in words)


def _parts(name: str) -> list[str]:
    """The places a compound name joins ("Kitaf wa Al Boqe'e": Kitaf, Al Boqe'e), else []."""
    parts = re.split(r"\s+(?:wa|and)\s+", name.strip(), flags=re.IGNORECASE)
    return parts if len(parts) > 1 else []


def _table(gaz: Gazetteer) -> dict[str, list[tuple[Any, bool]]]:
    """The index's districts by compound_key of their name and of each part of it."""
    index = gaz.index()
    if index is None:
        return {}
    found = _TABLES.get(str(index.path))
    if found is not None:
        return found
    from frontlog.places.index import IndexHit

    table: dict[str, list[tuple[Any, bool]]] = {}
    rows = index.conn.execute(
        "SELECT id, gid, name, cc, admin1, admin2, lat, lon, pop, kind, core FROM place WHERE kind = 'admin2'"
    ).fetchall()
    for row in rows:
        hit = IndexHit(*row)
        parts = _parts(hit.name)
        for name in [hit.name, *parts]:
            key = compound_key(name)
            if key:
                table.setdefault(key, []).append((hit, bool(parts)))
    _TABLES[str(index.path)] = table
    return table


def _vowel_groups(text: str) -> int:
    return len(re.findall(r"[aeiouy]+", name_key(text).replace(" ", "")))


def districts_named(text: str, gaz: Gazetteer, *, short: bool = True) -> list[GazEntry]:
    """The index's districts with the key of `text`: a compound district by its whole name or a
    part ("Kutaf" = Kitaf wa Al Boqe'e); with `short` (for a name no gazetteer reads otherwise),
    any district by a name too short for the index's loose key (two consonants) with as many
    vowel groups ("Razeh" = Razih, not "Qayfa" = Al Qaf)."""
    key = compound_key(text)
    if not key:
        return []
    short = short and len(loose_key(text)) < 3
    return [
        gaz.index_entry(h) for h, compound in _table(gaz).get(key, ())
        if compound or (short and _vowel_groups(text) == _vowel_groups(h.name))
    ]  # fmt: skip
