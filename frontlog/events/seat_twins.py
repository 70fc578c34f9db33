"""A region and the town it is named after, coded as two events of one strike: one, at the town.

"A car bomb killed six people in Idlib province on Monday. ... The bomb went off in Idlib ..." A
report names the province and then its namesake town (or the other way round), and the event is
coded once at the region, once at the town: the same sub-type on the same day. When the only
events of that sub-type and day at a town of the region are at the town the region is named
after, the region's is the same event told more loosely: it is dropped, its toll going to the
town's event when that has none. (Events at other towns of the region are left alone: a region's
event beside them is often an event of its own; events/fold.py `fold_summaries` reads a lead.)
Session 16, helper nplaces.
"""

from __future__ import annotations

from dataclasses import replace

from frontlog.places.normalize import name_key
from frontlog.records import Mention

_TOWN = frozenset({"city", "point"})


def fold_seat_twins(mentions: list[Mention]) -> list[Mention]:
    """The article's mentions without the region-level ones whose event is told at the region's
    namesake town too."""
    out = list(mentions)
    for m in mentions:
        if m.place.precision != "admin1" or m.background or not m.place.admin1:
            continue
        twins = [o for o in out if o is not m and _twin(o, m)]
        if not twins or not all(_seat_of(o, m) for o in twins):
            continue
        if twins[0].fatalities is None and m.fatalities is not None:
            out[out.index(twins[0])] = replace(twins[0], fatalities=m.fatalities)
        out.remove(m)
    return out


def _twin(o: Mention, m: Mention) -> bool:
    return (
        o.place.precision in _TOWN and not o.background and o.sub_event_type == m.sub_event_type
        and o.event_date == m.event_date and o.place.admin1 == m.place.admin1 and o.place.country == m.place.country
    )  # fmt: skip


def _seat_of(o: Mention, m: Mention) -> bool:
    """Is o's town the one m's region is named after ("Idlib" of "Idlib Governorate")?"""
    town = name_key(o.place.name)
    return len(town) >= 3 and name_key(m.place.admin1 or "").startswith(town)
