"""A region word after the name of a first-level region of a country at war: "Bari region" is
Somalia's Bari region, not the region around Bari in Italy; "Gedo region" is Somalia's, not a
town of Ethiopia. Conflict reports name the region as the smallest area they know ("clashes in
X village, Hiraan region"), and a reader of a war report takes the war country's region over a
town abroad that shares the name. Countries: [places] war_countries and focus_countries."""

from __future__ import annotations

import functools

from frontlog.places.gazetteer import GazEntry
from frontlog.settings import load_settings

__all__ = ["war_regions"]


@functools.cache
def _war() -> frozenset[str]:
    places = load_settings().places
    return frozenset(places.war_countries) | frozenset(places.focus_countries)


def war_regions(entries: list[GazEntry], cue: frozenset[str]) -> list[GazEntry]:
    """The first-level regions of war countries among a name's exact readings when a region word
    (`cue`: the kinds it allows) follows the name, else []."""
    if "admin1" not in cue:
        return []
    return [e for e in entries if e.kind == "admin1" and e.cc in _war()]
