"""Lists of places whose commas were lost: "struck the villages of A B C and D".

Scraped news often loses its commas (a list "A, B, C and D" comes out "A B C and D"); the parse
then sees one long name and no conjuncts, so `location.listed_places` finds one place where the
text names four. Here the list is read from the place mentions themselves: mentions that follow
one another with nothing between them but a comma, "and"/"or", or capitalised words no gazetteer
knows (a village it lacks), ending in "and"/"or" before the last, are one list.
"""

from __future__ import annotations

from spacy.tokens import Doc

from frontlog.events.lexicon import word_list
from frontlog.places.normalize import is_title
from frontlog.places.resolve import PlaceMention

LIST_JOINERS = word_list("places.yaml", "list_joiners")
MAX_UNKNOWN_GAP = 3  # at most this many unknown capitalised words between two listed places


def glued_list(
    first: PlaceMention, places: list[PlaceMention], doc: Doc, known: frozenset[int]
) -> list[PlaceMention]:
    """The place mentions listed together with `first` (itself excluded), in text order; [] when
    `first` is not in such a list. `known`: tokens of actors (a side's name breaks the list)."""
    usable = [p for p in places if not p.context_only and p.place.precision != "country"]
    seq = sorted(usable, key=lambda p: p.token_start)
    at = next((n for n, p in enumerate(seq) if p.token_start == first.token_start), None)
    if at is None:
        return []
    lo = hi = at
    while lo > 0 and _gap(seq[lo - 1], seq[lo], doc, known) is not None:
        lo -= 1
    while hi + 1 < len(seq) and _gap(seq[hi], seq[hi + 1], doc, known) is not None:
        hi += 1
    if hi == lo or _gap(seq[hi - 1], seq[hi], doc, known) != "joined":
        return []  # no list, or one that does not end "... and D"
    return [p for p in seq[lo : hi + 1] if p is not first]


def _gap(a: PlaceMention, b: PlaceMention, doc: Doc, known: frozenset[int]) -> str | None:
    """How two mentions follow one another: "joined" (by "and"/"or"), "listed" (nothing, a comma,
    or unknown capitalised names between them), None (anything else: not one list)."""
    gap = doc[a.token_end : b.token_start]
    joined = False
    unknown = 0
    for tok in gap:
        if tok.lower_ in LIST_JOINERS:
            joined = True
        elif tok.text == ",":
            continue
        elif is_title(tok.text) and tok.i not in known and not tok.is_sent_start and tok.pos_ == "PROPN":
            unknown += 1
        else:
            return None
    if unknown > MAX_UNKNOWN_GAP:
        return None
    return "joined" if joined else "listed"
