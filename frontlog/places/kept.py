"""Gazetteer lookups kept per name: an article names its places again and again, and each reading
decoded from the mapped gazetteer file costs microseconds. Only for a loaded (read-only)
gazetteer; one being built may still change, so its lookups are made afresh. (Here rather than in
gazetteer.py, whose source is part of the built file's cache key.)"""

from __future__ import annotations

from frontlog.places import compact
from frontlog.places.gazetteer import GazEntry, Gazetteer
from frontlog.places.index import SOMALI
from frontlog.places.somali import somali_key

_MAX_NAMES = 20_000  # names kept per gazetteer (a few MB)
_MAX_GAZETTEERS = 4
# id(gazetteer) -> (the gazetteer, so that its id is not reused while kept; name -> (readings, exact))
_KEPT: dict[int, tuple[Gazetteer, dict[str, tuple[tuple[GazEntry, ...], bool]]]] = {}


def candidates(gaz: Gazetteer, text: str) -> tuple[list[GazEntry], bool]:
    """`gaz.candidates(text)`, kept by name for a loaded gazetteer (a new list at each call); a
    name with no exact reading that spells a town of the core the Somali way has that town as
    its exact reading ("Belet Weyne" is Beledweyne: places/somali.py)."""
    if not isinstance(gaz.entries, compact.Entries):
        return gaz.candidates(text)
    slot = _KEPT.get(id(gaz))
    if slot is None or slot[0] is not gaz:
        if len(_KEPT) >= _MAX_GAZETTEERS:
            _KEPT.clear()
        slot = _KEPT[id(gaz)] = (gaz, {})
    names = slot[1]
    found = names.get(text)
    if found is None:
        if len(names) >= _MAX_NAMES:
            names.clear()
        entries, exact = gaz.candidates(text)
        towns = [] if exact else _somali_towns(gaz, text)
        if towns:
            entries, exact = towns, True
        found = names[text] = (tuple(entries), exact)
    return list(found[0]), found[1]


def _somali_towns(gaz: Gazetteer, text: str) -> list[GazEntry]:
    """The core's towns and regions whose Somali spelling key the name has."""
    key = somali_key(text)
    index = gaz.index() if key else None
    if index is None:
        return []
    return list(dict.fromkeys(gaz.index_entry(h) for h in index.lookup(key, SOMALI) if h.core is not None and h.kind in ("city", "admin1")))
