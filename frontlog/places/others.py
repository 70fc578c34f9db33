"""What a mention's ranker features need of the article's other mentions (places/resolve.py),
computed once per pass, and what every candidate of a mention shares, kept for the pass: an
article's cost stays linear in its mentions and readings."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from frontlog.places.gazetteer import GazEntry, distance_km

_MentionStats = tuple[dict[str, float], str | None, int, str | None]


def _share(counter: Counter[Any], own: Counter[Any], key: Any) -> float:
    total = sum(counter.values()) - sum(own.values())
    return (counter.get(key, 0) - own.get(key, 0)) / total if total > 0 else 0.0


@dataclass(slots=True)
class _Others:
    """What a mention's features need of the article's other mentions, computed once per pass
    (each distinct place once): the cost of an article stays linear in its mentions, however
    often it repeats a name ("Kafr Nabl" 2,000 times)."""

    anchors: list[tuple[str, tuple[float, float]]]  # distinct (key, sure location)
    n: Counter[str] = field(default_factory=Counter)  # chosen in-context mentions: "" all, else by key
    cc: Counter[tuple[str, str]] = field(default_factory=Counter)  # (key or "", country)
    cc_a1: Counter[tuple[str, str, str]] = field(default_factory=Counter)  # (key or "", country, admin1)
    # distinct (key, lat, lon) of chosen places finer than a country
    places: list[tuple[str, float, float]] = field(default_factory=list)
    # kept for the pass, each at the first candidate that needs it: per mention (by id: the
    # mentions live through the pass) what its candidates share; per (name key, point) the km to
    # the nearest anchor of another name, and whether another name's chosen place is within 100 km
    _stats: dict[int, _MentionStats] = field(default_factory=dict)
    _near: dict[tuple[str, float, float], float | None] = field(default_factory=dict)
    _chosen_near: dict[tuple[str, float, float], float] = field(default_factory=dict)

    @classmethod
    def of(cls, mentions: list[Any], before: _Others | None = None) -> _Others:
        """`before`: the previous pass's, whose anchor distances hold when the anchors are the same."""
        out = cls(list(dict.fromkeys((o.key, o.anchor) for o in mentions if o.anchor)))
        if before is not None and before.anchors == out.anchors:
            out._near = before._near
        places: dict[tuple[str, float, float], None] = {}
        for o in mentions:
            c = o.choice
            if c is None or not o.in_context:
                continue
            for k in ("", o.key):
                out.n[k] += 1
                out.cc[(k, c.cc)] += 1
                out.cc_a1[(k, c.cc, c.admin1 or "")] += 1
            if c.kind not in ("country", "continent"):
                places[(o.key, c.lat, c.lon)] = None
        out.places = list(places)
        return out

    def stats(self, m: Any, ctx: Counter[str]) -> _MentionStats:
        """The article's share of each of the mention's readings' countries (its own evidence left
        out), the top one, the readings' largest population, and the article's top country."""
        found = self._stats.get(id(m))
        if found is None:
            own = m.group_evidence
            shares = {cc: _share(ctx, own, cc) for cc in {x.cc for x in m.entries}}
            top = max(shares, key=lambda cc: shares[cc]) if any(shares.values()) else None
            max_pop = max(x.pop for x in m.entries)
            found = self._stats[id(m)] = (shares, top, max_pop, ctx.most_common(1)[0][0] if ctx else None)
        return found

    def near(self, e: GazEntry, key: str) -> float | None:
        """km from the reading to the nearest anchor of another name than `key` (None: no anchor)."""
        point = (key, e.lat, e.lon)
        if point not in self._near:
            self._near[point] = min(
                (distance_km((e.lat, e.lon), anchor) for k, anchor in self.anchors if k != key), default=None
            )
        return self._near[point]

    def chosen_near(self, e: GazEntry, key: str) -> float:
        """1.0 when another name's chosen place lies within 100 km of the reading, else 0.0."""
        point = (key, e.lat, e.lon)
        if point not in self._chosen_near:
            self._chosen_near[point] = float(
                any(k != key and distance_km((e.lat, e.lon), (lat, lon)) < 100 for k, lat, lon in self.places)
            )
        return self._chosen_near[point]
