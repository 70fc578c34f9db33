"""Homonyms the ranker cannot tell apart: the same score, the same population and the same name
(villages of one country with no population, none named near anything else in the article: "an
IED went off in the industrial area of Taji" has two At Taji in Iraq).

The readings come in the order of how well they match the name (the exact key before the
transliteration key and the loose key), and the first best one wins. Among the equally scored
readings of the first one's very name and country, the tie goes to the record GeoNames has held
longest (the lowest id), among readings of one kind (a district and a village of one name are no
twins: the ranker's order decides, "Andar district" stays the district): GeoNames' first load took each country's names from the NGA's GNS, its
later records are mostly additions by users and later imports (hamlets, duplicates, the places
of one survey), so of two villages of one name the older record is more often the place the name
usually means. A record without an id comes after those with one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from frontlog.places.gazetteer import GazEntry

T = TypeVar("T")
_NO_ID = 1 << 40


def best_reading(scored: Sequence[T], entry: Callable[[T], GazEntry], score: Callable[[T], float]) -> T:
    """The best of `scored` (non-empty) by score then population; ties as the module says."""
    top = max(scored, key=lambda x: (score(x), entry(x).pop))
    first = entry(top)
    top_score = score(top)
    twins = [
        x for x in scored
        if score(x) == top_score and entry(x).pop == first.pop
        and entry(x).name == first.name and entry(x).cc == first.cc and entry(x).kind == first.kind
    ]  # fmt: skip
    return min(twins, key=lambda x: _gid_or_last(entry(x)))


def _gid_or_last(e: GazEntry) -> int:
    """A GeoNames id to order records by age; a record without one comes last."""
    gid = e.gid
    return int(gid) if gid is not None else _NO_ID
