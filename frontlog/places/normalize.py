"""Keys for matching place names across spellings (rules in data/translit.yaml)."""

from __future__ import annotations

import functools
import re
import unicodedata
from importlib import resources
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from frontlog.records import Place

import yaml


@functools.cache
def _rules() -> dict[str, Any]:
    raw = yaml.safe_load((resources.files("frontlog.places") / "data" / "translit.yaml").read_text("utf-8"))
    for key in ("arabic_articles", "rare_articles", "key_drops", "rewrites", "loose_drop"):
        if key not in raw:
            raise ValueError(f"translit.yaml: missing {key!r}")
    return {
        "arabic_articles": frozenset(raw["arabic_articles"]),
        "rare_articles": frozenset(raw["rare_articles"]),
        "articles": frozenset(raw["arabic_articles"]) | frozenset(raw["rare_articles"]) | frozenset(raw["key_drops"]),
        "rewrites": dict(raw["rewrites"]),
        "loose_drop": raw["loose_drop"],
        "drop_final_ah_h": bool(raw.get("drop_final_ah_h")),
        "first_word_rewrites": dict(raw.get("first_word_rewrites") or {}),
        "name_heads": frozenset(raw.get("name_heads") or ()),
        "translit_rules": tuple((re.compile(a), b) for a, b in raw.get("translit_rules") or ()),
        "sound_rules": tuple((re.compile(a), b) for a, b in raw.get("sound_rules") or ()),
        "english_words": raw.get("english_words") or {},
        "glued_article": re.compile(raw["glued_article"]) if raw.get("glued_article") else None,
    }


def unglued(words: list[str]) -> list[str]:
    """A name's words with an article glued to a word after the first taken off ("Marj Elzohor" =
    Marj az Zuhur, "Rasm Elabed" = Rasm al Abd: data/translit.yaml `glued_article`)."""
    glued = _rules()["glued_article"]
    if glued is None:
        return words
    return words[:1] + [glued.sub("", w) for w in words[1:]]


def arabic_articles() -> frozenset[str]:
    """The Arabic article as transliterations spell it before a name ("al", "ar", "adh", "ez"...:
    data/translit.yaml `arabic_articles`, the one list every rule reads)."""
    articles: frozenset[str] = _rules()["arabic_articles"]
    return articles


def rare_articles() -> frozenset[str]:
    """Rarer spellings of the article that are English words or endings too ("es", "ed", "er")."""
    articles: frozenset[str] = _rules()["rare_articles"]
    return articles


def name_heads() -> frozenset[str]:
    """Words that open Arabic place names and are no place alone before the rest ("Tal Kersyan")."""
    heads: frozenset[str] = _rules()["name_heads"]
    return heads


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


@functools.lru_cache(maxsize=200_000)
def name_key(name: str) -> str:
    """The exact matching key: ASCII, lower case, no punctuation, no Arabic articles."""
    rules = _rules()
    text = ascii_fold(name).lower()
    text = re.sub(r"['`]", "", text)
    words = re.sub(r"[^a-z0-9]+", " ", text).split()
    out: list[str] = []
    for i, w in enumerate(words):
        if w in rules["articles"] and i + 1 < len(words):
            continue
        w = rules["rewrites"].get(w, w)
        if not out and len(words) > 1:
            w = rules["first_word_rewrites"].get(w, w)
        if rules["drop_final_ah_h"] and len(w) > 3 and w.endswith("ah"):
            w = w[:-1]
        out.append(w)
    return " ".join(out)


@functools.lru_cache(maxsize=200_000)
def loose_key(name: str) -> str:
    """The consonant skeleton of the exact key (Raqa ~ Raqqah, Deir Ezzor ~ Dayr az Zawr)."""
    key = name_key(name).replace(" ", "")
    key = re.sub(r"h\b$", "", key)
    drop = _rules()["loose_drop"]
    skeleton = "".join(ch for ch in key if ch not in drop)
    return re.sub(r"(.)\1+", r"\1", skeleton)


@functools.lru_cache(maxsize=200_000)
def translit_key(name: str) -> str:
    """The exact key with Arabic transliteration variants spelt alike, vowels kept (between the
    exact key and the loose skeleton: "Sayad" = "As Sayyadah", "Bweiti" = "Buwayti")."""
    rules = _rules()["translit_rules"]
    out = []
    for w in unglued(name_key(name).split()):
        for pattern, repl in rules:
            w = pattern.sub(repl, w)
        out.append(w)
    return " ".join(out)


_APOSTROPHES = str.maketrans("", "", "'’`ʿʾ")


# "Burton upon Trent", "Stoke-on-Trent", "Rostov-on-Don", "Halle an der Saale": the part before the
# river or area is the town's everyday name ("Burton", "Stoke", "Rostov")
_SHORT = re.compile(r"^(\w[\w.']{3,}(?:[ -]\w[\w.']*)?)[ -](?:upon|on|under|super|am|an der)[ -]\w", re.IGNORECASE)


@functools.lru_cache(maxsize=200_000)
def short_key(name: str) -> str:
    """The key of a town's short name: "Burton upon Trent" -> "burton", else ""."""
    found = _SHORT.match(ascii_fold(name))
    return name_key(found.group(1)) if found else ""


def is_title(word: str) -> bool:
    """A capitalised word, an apostrophe inside it not starting a new word ("Nu'man", "Dar'a",
    "Ma'arrat": str.istitle, and so spaCy's is_title, says no to them)."""
    return word.istitle() or (word[:1].isupper() and word.translate(_APOSTROPHES).istitle())


def place_key(p: Place) -> str:
    """The key that blocks events and control records by place: the GeoNames id, else the name key;
    a place no gazetteer has (no coordinates) by its name within its country, or within no country
    ("Kibera@Kenya", "Kibera@")."""
    if p.geonameid:
        return str(p.geonameid)
    if p.lat is None or p.lon is None:
        return f"{name_key(p.name)}@{p.country or ''}"
    return name_key(p.name)
