"""Place names that the named-entity tagger hides inside another entity, and lists of names that
the text calls places (session 14, geoafr; issue 15).

- A compass word glued to a place: the tagger reads "Southern Tunisia" or "Northern Mali" as a
  person's name, and a gazetteer name inside a longer entity is normally no place ("Rami Abdel
  Rahman"). When everything before the name in the person's name is compass words
  (data/compass_words.txt), the name is a place.
- "The towns of A and B", "the villages of A, B and C": the singular cue ("the town of A") is
  already read (nlp/components.py, PlaceTagger._cued); after a plural cue each name of the list
  is a place the text names as such.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from importlib import resources
from typing import Any

__all__ = ["compass_led", "compass_words", "LIST_CUES_OF", "listed_names"]

# plural place nouns before "of" that open a list of places
LIST_CUES_OF = frozenset({"towns", "villages", "cities", "hamlets", "localities", "suburbs",
                          "neighbourhoods", "neighborhoods", "districts", "municipalities"})  # fmt: skip
_JOINERS = frozenset({",", "and", "&"})


@functools.cache
def compass_words() -> frozenset[str]:
    """data/compass_words.txt."""
    text = (resources.files("frontlog.places") / "data" / "compass_words.txt").read_text("utf-8")
    return frozenset(ln.strip().lower() for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))


def compass_led(doc: Any, inside: list[Any], start: int, end: int) -> bool:
    """Are all the entities holding doc[start:end] persons' names that end with it and hold
    nothing but compass words (and their hyphens) before it ("Southern Tunisia", "Northern Mali"
    read as PERSON)? (A side of a town the tagger reads otherwise, "east Aleppo" as NORP, stays
    one name: places/city_sides.py codes it at the town with the side as the detail.)"""
    words = compass_words()
    return bool(inside) and all(
        e.label_ == "PERSON"
        and e.end == end
        and e.start < start
        and all(t.lower_ in words or t.text == "-" for t in doc[e.start : start])
        for e in inside
    )


def listed_names(
    doc: Any, start: int, named: Callable[[int, int], str | None], max_words: int,
    known: Callable[[int, int], bool] | None = None,
) -> list[tuple[int, int, str]]:
    """The names of a list starting at token `start` ("Dehiba and Remada", "A, B, and C"), each as
    (start, end, label) where `named` accepts it, longest first; the list ends at the first
    token that is neither a name nor a joiner (",", "and"). With `known` (is doc[a:b] a name the
    gazetteer has?), a run of GLUED_MIN words or more that is wholly names the gazetteer has is
    a list whose commas were lost: "Kafr Nabl Maarat Misrin and Binnish" is three names, not one
    unknown "Kafr Nabl Maarat Misrin" (a two-word run, "Ein Tarma", stays one name)."""
    out: list[tuple[int, int, str]] = []
    i, n = start, len(doc)
    while i < n:
        hit = next(
            ((i, i + w, lab) for w in range(min(max_words, n - i), 0, -1) if (lab := named(i, i + w))), None
        )
        if hit is None:
            break
        out += _glued(hit, known) or [hit]
        j = i = hit[1]
        while j < n and doc[j].lower_ in _JOINERS:
            j += 1
        if j == i:
            break
        i = j
    return out


# a run of capitalised words this long may be a list of names whose commas were lost
GLUED_MIN = 3


def _glued(hit: tuple[int, int, str], known: Callable[[int, int], bool] | None) -> list[tuple[int, int, str]]:
    """The names the gazetteer has that make up the whole run, longest first, when there are two
    or more of them; else []."""
    start, end, _ = hit
    if known is None or end - start < GLUED_MIN:
        return []
    pieces: list[tuple[int, int, str]] = []
    i = start
    while i < end:
        w = next((w for w in range(end - i, 0, -1) if known(i, i + w)), 0)
        if not w:
            return []
        pieces.append((i, i + w, "GPE"))
        i += w
    return pieces if len(pieces) > 1 else []
