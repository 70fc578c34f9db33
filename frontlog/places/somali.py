"""One key for a Somali place name however a report spells it: "Xuddur" = "Hudur", "Ceel Cadde" =
"El Adde", "Beled Weyne" = "Belet Weyne", "Gaalkacyo" = "Galkayo", "Buur Xakaba" = "Buur-Hakaba".

Somali's official Latin letters c (the ayn) and x (a pharyngeal h) are written "", ' and h in
English reports, long vowels single, "dh" as "d", and words joined or hyphenated at will, so
neither the exact key nor the Arabic transliteration key (normalize.py) finds the gazetteer's
spelling. Rules: data/somali_spelling.yaml. The place index keeps this key (index.SOMALI) for
the places of the countries listed there; a name is looked up by it beside its transliteration
key (Gazetteer.index_candidates), and a town of the core gazetteer it names counts as an exact
reading of the name (places/kept.py)."""

from __future__ import annotations

import functools
import re
from importlib import resources
from typing import Any

import yaml

from frontlog.places.normalize import ascii_fold

__all__ = ["countries", "somali_key"]


@functools.cache
def _rules() -> dict[str, Any]:
    raw = yaml.safe_load((resources.files("frontlog.places") / "data" / "somali_spelling.yaml").read_text("utf-8"))
    return {
        "countries": frozenset(raw["countries"]),
        "rewrites": tuple((str(a), str(b)) for a, b in raw["rewrites"]),
        "min_length": int(raw["min_length"]),
    }


def countries() -> frozenset[str]:
    """The countries whose places the index keys this way."""
    found: frozenset[str] = _rules()["countries"]
    return found


@functools.lru_cache(maxsize=100_000)
def somali_key(name: str) -> str:
    """The name's Somali spelling key, or "" when it is too short to match safely."""
    rules = _rules()
    key = re.sub(r"[^a-z]+", "", ascii_fold(name).lower())
    for old, new in rules["rewrites"]:
        key = key.replace(old, new)
    key = re.sub(r"(.)\1+", r"\1", key)
    key = key[:-1] if key.endswith("e") else key
    return key if len(key) >= rules["min_length"] else ""
