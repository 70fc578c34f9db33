"""Events and fatalities over time, per place and per actor (issue 18: `/api/series`, the chart).

An event is counted in the period of its first day (a month-precise event on the month's first
day), so a weekly or monthly series counts every event exactly once.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from frontlog.calendar import first_day
from frontlog.records import Event

PERIODS = ("day", "week", "month")
MEASURES = ("events", "fatalities")
GROUPS = ("event_type", "sub_event_type", "country", "none")
TOP = 10  # places and actors listed


def period_of(event_date: str, by: str) -> str:
    """The period an event falls in: its day, the Monday of its ISO week, or YYYY-MM."""
    d = first_day(event_date)
    if by == "week":
        return (d - timedelta(days=d.weekday())).isoformat()
    if by == "month":
        return d.isoformat()[:7]
    return d.isoformat()


def _every_period(seen: list[str], by: str) -> list[str]:
    """Every period from the first to the last seen (empty ones too: a chart shows the gaps)."""
    if not seen:
        return []
    out, current = [], first_day(seen[0])
    last = first_day(seen[-1])
    while current <= last:
        out.append(period_of(current.isoformat(), by))
        if by == "month":
            current = date(current.year + current.month // 12, current.month % 12 + 1, 1)
        else:
            current += timedelta(days=7 if by == "week" else 1)
    return out


def _amount(e: Event, measure: str) -> int:
    return 1 if measure == "events" else e.fatalities or 0


def _group(e: Event, group: str) -> str:
    if group == "none":
        return "all"
    value = {"event_type": e.event_type, "sub_event_type": e.sub_event_type, "country": e.location.country}[
        group
    ]
    return value or "unknown"


def event_series(events: Sequence[Event], *, by: str = "week", measure: str = "events",
                 group: str = "event_type") -> dict[str, Any]:  # fmt: skip
    """Per period and group, the number of events or their fatalities; plus totals per place and actor."""
    if by not in PERIODS or measure not in MEASURES or group not in GROUPS:
        raise ValueError(f"by is one of {PERIODS}, measure one of {MEASURES}, group one of {GROUPS}")
    cells: dict[str, Counter[str]] = defaultdict(Counter)
    places: Counter[str] = Counter()
    actors: Counter[str] = Counter()
    for e in events:
        n = _amount(e, measure)
        cells[_group(e, group)][period_of(e.event_date, by)] += n
        places[e.location.name] += n
        for a in {e.actor1, e.actor2} - {None}:
            actors[str(a)] += n
    periods = _every_period(sorted({p for c in cells.values() for p in c}), by)
    series = [{"key": k, "values": [cells[k][p] for p in periods], "total": sum(cells[k].values())}
              for k in sorted(cells, key=lambda k: (-sum(cells[k].values()), k))]  # fmt: skip
    return {
        "by": by, "measure": measure, "group": group, "periods": periods, "series": series,
        "places": [{"name": k, "total": v} for k, v in places.most_common(TOP)],
        "actors": [{"name": k, "total": v} for k, v in actors.most_common(TOP)],
    }  # fmt: skip
