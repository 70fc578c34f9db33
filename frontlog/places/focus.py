"""Reports that name no country at all: the focus countries' villages.

A one-line report from a war ("An IED went off in the area of Latifiya", "clashes near Radwaniya")
often names only its village: no country, no region, no town the core gazetteer knows. Where the
article gives no country evidence at all (no place, demonym or actor pointing to one), a village of
the on-disk index in one of the focus countries ([places] focus_countries) named exactly as the text
spells it is a reading of a name the tagger or a place word calls a place, as a district of those
countries already is (abroad.focus_district), unless the core gazetteer holds the name exactly
(then its readings compete as before) or reads it as a town of KEEP_TOWN_POP people there at the
same place.
"""

from __future__ import annotations

import functools
from collections import Counter
from typing import Any

from frontlog.places.gazetteer import GazEntry, Gazetteer, distance_km
from frontlog.settings import load_settings

__all__ = ["cue_admits", "focus_villages", "no_country", "prefer_focus"]

# a town of a focus country this large that the core gazetteer already reads the name as (by a
# loose spelling) keeps the name when the index's villages of the name lie within SAME_TOWN_KM of
# it (the same place: the core's record is the better-known one)
KEEP_TOWN_POP = 50_000
SAME_TOWN_KM = 25.0
# a homonym abroad this large (or a capital) is never dropped for a village of a focus country
ABROAD_KEEP_POP = 1_000_000
# the tagger's labels of place names
_PLACE_LABELS = ("GPE", "LOC", "FAC")


@functools.cache
def _focus() -> frozenset[str]:
    return frozenset(load_settings().places.focus_countries)


def no_country(ctx: Counter[str], own: Counter[str]) -> bool:
    """Does the article give no country evidence beside the mention's own name?"""
    return not any(v > own.get(k, 0) for k, v in ctx.items() if len(k) == 2)


def _called_place(m: Any) -> bool:
    """The tagger calls the name a place, or a place word or preposition stands before it."""
    from frontlog.places.local import _place_cue

    return bool(m.cued or m.span.label_ in _PLACE_LABELS or _place_cue(m.span))


def focus_villages(m: Any, ctx: Counter[str], own: Counter[str]) -> list[GazEntry]:
    """The mention's villages of the index (exact key, not a transliteration) in a focus country,
    when the article names no country, the text calls the name a place and the core gazetteer
    has no exact reading of it; else []."""
    if m.exact or not no_country(ctx, own) or not _called_place(m):
        return []  # (a name the core holds exactly keeps its readings: "Malta" stays Malta)
    found = [e for e, hit in m.index if hit.kind == "city" and not hit.translit and e.cc in _focus()]
    towns = [e for e in m.entries if e.cc in _focus() and e.kind == "city" and e.pop >= KEEP_TOWN_POP]
    if any(distance_km((t.lat, t.lon), (e.lat, e.lon)) <= SAME_TOWN_KM for t in towns for e in found):
        return []  # the core's town spelt otherwise ("Shirqat" = Ash Sharqāt) is the same place
    return found


@functools.lru_cache(maxsize=64)
def _has_villages(path: str | None, cc: str) -> bool:
    """Does the place index hold villages of country cc?"""
    from frontlog.places.gazetteer import _open_index

    index = _open_index(path) if path else None
    if index is None:
        return False
    return index.conn.execute("SELECT 1 FROM place WHERE cc = ? AND kind = 'city' LIMIT 1", (cc,)).fetchone() is not None


def cue_admits(m: Any, e: GazEntry, home: str | None, gaz: Gazetteer) -> bool:
    """Does the text's place word ("the village of X", "the area of X") admit a village of the
    index in e's country, in an article whose own country is `home`? A village abroad the
    article's own country only where the index holds no villages of that country ("Officials in
    Ohio spoke of the village of Hawarin"; "Shatib village in the Hama countryside" is no village
    of Sudan) and the core gazetteer does not hold the name exactly (the core's Khanaqin in a
    story that also names Iran is not joined by index places that the article makes "abroad").
    A name the tagger left alone (found by the running-text scan): only the article's own
    country's, or with none a focus country's."""
    if m.scanned:
        return e.cc == home if home is not None else e.cc in _focus()
    return home is None or e.cc == home or (not m.exact and not _has_villages(gaz.index_file, home))


def prefer_focus(m: Any, ctx: Counter[str], own: Counter[str], gaz: Gazetteer) -> None:
    """A name the text calls a small place ("the area of X", "X area", "the village of X") in an
    article that names no country: when the index has a village of a focus country by the name
    (m.from_index), the name's towns elsewhere lose (Nada, a Chinese city of 256,000 people, is no
    reading of "an IED went off in the Nada area"), unless one is a capital or a city of
    ABROAD_KEEP_POP people, or the text qualifies the name ("Nada, China")."""
    from frontlog.places.local import _called_small

    if m.qualifier or not no_country(ctx, own) or not _called_small(m.span):
        return
    if not any(e.cc in _focus() and e.kind == "city" for e in m.from_index):
        return
    m.entries = [
        e for e in m.entries
        if e.cc in _focus() or e.kind in ("country", "continent") or e.pop >= ABROAD_KEEP_POP
        or (e.gid is not None and e.gid in gaz.capitals)
    ]  # fmt: skip
