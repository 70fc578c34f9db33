"""A name the tagger took for a people's adjective: "strikes on Heish town", "shelled Tayba village".

The small English model tags unknown one-word Arabic names as a people's adjective (NER NORP, tag
JJ) when a noun follows, as in "a mainly Kurdish town". English puts an article, a number or an
adverb before an adjective that describes a singular "town" ("a Kurdish town", "the mainly Druze
village"); a bare singular "X town" after a preposition or verb is a town's name with its kind word
(a word of places/data/kind_words.tsv that follows a name and points at towns: village, town...).
"""

from __future__ import annotations

from typing import Any

from frontlog.places.local import kind_words

# the parts of speech that may stand before an adjective describing a singular noun (not a name)
_DESCRIBING = frozenset({"DET", "ADV", "ADJ", "NUM", "PRON", "CCONJ", "PART"})


def named_before_kind(toks: Any) -> bool:
    """Is the one-word adjective `toks` a place's name: followed by a singular word that calls a
    name a town ("town", "village") and preceded by a word that is no article, number, adverb or
    adjective?"""
    if len(toks) != 1 or toks.start == 0 or toks.end >= len(toks.doc):
        return False
    doc = toks.doc
    after, before = doc[toks.end], doc[toks.start - 1]
    town_words = {w for w, kinds in kind_words()[1].items() if "city" in kinds and "admin2" not in kinds}
    return after.tag_ == "NN" and after.lower_ in town_words and before.pos_ not in _DESCRIBING
