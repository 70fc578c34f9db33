"""A place the text puts at a distance and bearing from a town: "X (31km NW of Afgooye)", "X,
about 20 kilometres south-east of Y", "X, 12 miles north of Y".

Conflict reports (wire copy, monitors' briefs, UN situation reports) place villages that way
when readers cannot be expected to know them. The phrase right after a name is local evidence
for the name's readings near the point it gives (the town's point moved by the distance along
the bearing), the only readings kept when one lies there (a village of the index spelt alike
or sounding alike there too, as for "X, near Y": places/located.py); and when the gazetteer
has no reading there, the name is coded at that point itself (precision "city", no GeoNames
id): a village the gazetteer lacks is still placed within a few km, not at the town (31 km
away) nor left with no coordinates. Words: data/offset.yaml.
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

from frontlog.places.gazetteer import GazEntry, Gazetteer, distance_km
from frontlog.places.kept import candidates
from frontlog.places.located import Located

__all__ = ["Offset", "offset_after", "offset_entry", "project"]

EARTH_KM = 6371.0


@dataclass(frozen=True, slots=True)
class Offset:
    """Where the phrase puts the name: `point`, within `km` (the phrase's own slack)."""

    located: Located  # the point as a town's surroundings (Located.holds: readings near it)
    point: tuple[float, float]
    km: float
    town: str  # the town the distance is measured from
    distance: float = 0.0  # the distance the text gives (km)
    rest: str = ""  # the rest of a hyphenated name the tagger cut ("-Hadhac" of "Bali-Hadhac")


@functools.cache
def _words() -> dict[str, Any]:
    raw = yaml.safe_load((resources.files("frontlog.places") / "data" / "offset.yaml").read_text("utf-8"))
    bearings = {str(k).lower(): float(v) for k, v in raw["bearings"].items()}
    alt = "|".join(re.escape(w) for w in sorted(bearings, key=len, reverse=True))
    units = {str(k).lower(): float(v) for k, v in raw["units"].items()}
    unit_alt = "|".join(re.escape(u) for u in sorted(units, key=len, reverse=True))
    hedges = "|".join(re.escape(h) for h in sorted(raw["hedges"], key=len, reverse=True))
    kinds = "|".join(re.escape(k) for k in sorted(raw["kinds"], key=len, reverse=True))
    art = r"(?:(?:a[lnrsdtz]h?|el|ez)-)?"
    name = rf"({art}[A-Z][\w'’`-]*(?:\s+{art}[A-Z][\w'’`-]*){{0,2}})"
    phrase = re.compile(
        rf"(?:\s+(?:{kinds})){{0,2}}\s*[,(\[]?\s*(?:(?:{hedges})\.?\s*)?(\d+(?:[.,]\d+)?)\s*-?\s*({unit_alt})\.?"
        rf"\s+(?:to\s+the\s+)?({alt})\.?\s+of\s+(?:the\s+(?:town|city|village|district)\s+of\s+)?{name}",
        re.IGNORECASE,
    )
    return {"phrase": phrase, "bearings": bearings, "units": units, "min_km": float(raw["min_slack_km"]),
            "share": float(raw["slack_share"]), "max_km": float(raw["max_km"]),
            "abroad_pop": int(raw["abroad_pop"]), "named_share": float(raw["named_share"])}  # fmt: skip


def project(start: tuple[float, float], bearing: float, km: float) -> tuple[float, float]:
    """The point `km` from `start` along the compass `bearing` (degrees), on a sphere."""
    lat1, lon1, b, d = math.radians(start[0]), math.radians(start[1]), math.radians(bearing), km / EARTH_KM
    lat2 = math.asin(math.sin(lat1) * math.cos(d) + math.cos(lat1) * math.sin(d) * math.cos(b))
    lon2 = lon1 + math.atan2(
        math.sin(b) * math.sin(d) * math.cos(lat1), math.cos(d) - math.sin(lat1) * math.sin(lat2)
    )
    return round(math.degrees(lat2), 5), round((math.degrees(lon2) + 540) % 360 - 180, 5)


def _town(text: str, gaz: Gazetteer, ctx: dict[str, int]) -> Located | None:
    """The town the distance is measured from: a town the core holds by the name (or by the name
    written as one word, "Buur Hakaba" = Buurhakaba), else the place index's (a district's point
    when no town has the name); one in the article's countries (`ctx`: country evidence) when the
    article has any, else none unless it is a large town (a hamlet abroad named alike is no
    reason to put the place there)."""
    found: list[GazEntry] = []
    for name in dict.fromkeys((text, text.replace("-", " "), re.sub(r"[\s-]+", "", text))):
        entries, exact = candidates(gaz, name)
        found += [e for e in entries if e.kind in ("city", "point")] if exact else []
    if not found:
        found = [e for e, hit in gaz.index_candidates(text, translit=True) if hit.kind == "city"]
    if not found:
        found = [e for e, hit in gaz.index_candidates(text, translit=True) if hit.kind == "admin2"]
    home = [e for e in found if ctx.get(e.cc, 0) > 0]
    towns = home or [e for e in found if not ctx or e.pop >= _words()["abroad_pop"]]
    if not towns:
        return None
    e = max(towns, key=lambda x: x.pop)
    return Located(e.cc, None, (e.lat, e.lon), 0.0, wide=False)


def offset_after(
    full_text: str, end: int, gaz: Gazetteer, ctx: dict[str, int] | None = None
) -> Offset | None:
    """The point the words right after a name (ending at `end`) put it at, if they give a
    distance and bearing from a town the gazetteer has."""
    w = _words()
    found = w["phrase"].match(full_text, _name_end(full_text, end))
    if found is None:
        return None
    number, unit, bearing, town = found.groups()
    km = float(number.replace(",", ".")) * w["units"][unit.lower()]
    if not 0 < km <= w["max_km"]:
        return None
    where = _town(town, gaz, {k: v for k, v in (ctx or {}).items() if len(k) == 2 and v > 0})
    if where is None or where.anchor is None:
        return None
    point = project(where.anchor, w["bearings"][bearing.lower()], km)
    slack = max(w["min_km"], w["share"] * km)
    rest = full_text[end : _name_end(full_text, end)]
    return Offset(Located(where.cc, None, point, slack, wide=False), point, slack, town, km, rest)


_KIND_TAIL = re.compile(
    r"(?:\s+(?:village|town|city|area|district|locality|neighbourhood|neighborhood))+$", re.IGNORECASE
)


def offset_entry(name: str, off: Offset) -> GazEntry:
    """The name as a place of its own at the point the text gives (no GeoNames id)."""
    name = name.strip() + off.rest
    clean = _KIND_TAIL.sub("", re.sub(r"^(?:the|The)\s+", "", name)) or name
    return GazEntry(None, clean, off.point[0], off.point[1], off.located.cc, None, 0, "city")


def placed(m: Any) -> bool:
    """A mention with an offset phrase (`m.offset`): its readings within the phrase's slack of the
    point; else those of its own name within `named_share` of the distance (the distance may be
    by road, the bearing rounded: "Widhwidh (49km N of Y)" is the village of that name 40 km off
    the point); else the name itself at the point (a village the gazetteer lacks, or spelt past
    recognition). True when the mention has readings after this."""
    off: Offset | None = m.offset
    if off is None:
        return bool(m.entries)
    # (its readings, and the villages of the index named so that nothing else let in)
    readings = list(m.entries) + [e for e, _ in getattr(m, "index", ())]
    towns = [
        e for e in readings if e.kind not in ("country", "continent", "admin1") and off.located.cc == e.cc
    ]
    towns = list(dict.fromkeys(towns))
    near = [e for e in towns if off.located.holds(e)]
    wide = max(off.km, _words()["named_share"] * off.distance)
    chosen = near or [e for e in towns if distance_km((e.lat, e.lon), off.point) <= wide]
    if chosen:
        if any(e not in m.entries for e in chosen):  # villages of the index the phrase lets in
            m.from_index = set(m.from_index) | {e for e in chosen if e not in m.entries}
            m.entries, m.cued = chosen, True
        elif not near:
            m.entries = chosen
        return True
    entry = offset_entry(m.text, off)
    m.entries, m.exact, m.rule = [entry], True, None
    m.from_index, m.cued = {entry}, True
    return True


def follows(full_text: str, end: int) -> bool:
    """Do the words right after a name give a distance and bearing ("X (31km NW of Y)")?"""
    return _words()["phrase"].match(full_text, _name_end(full_text, end)) is not None


# the rest of a hyphenated name that the tagger cut ("Bali" of "Bali-Hadhac (62km NE of Y)")
_REST = re.compile(r"-[A-Za-z][\w'’]*")


def _name_end(full_text: str, end: int) -> int:
    """Where the name ending at `end` really ends: past the rest of a hyphenated name."""
    rest = _REST.match(full_text, end)
    return rest.end() if rest else end


def offset_reading(
    name: str, full_text: str, start: int, end: int, gaz: Gazetteer, cc: str | None
) -> GazEntry | None:
    """For a name the events stage codes an event at but the resolver never saw (the tagger took
    no span for it: "clashed in Ceel-Baraf (55km NE of Jowhar)"), between `start` and `end` of the
    text: the reading the offset phrase after it gives (as `placed`), or None without one."""
    at = full_text.find(name, start, end)
    off = offset_after(full_text, at + len(name), gaz, {cc: 1} if cc else None) if at >= 0 else None
    if off is None:
        return None
    core, exact = candidates(gaz, name)
    readings = (core if exact else []) + [e for e, _ in gaz.index_candidates(name, translit=True)]
    towns = [e for e in readings if e.kind in ("city", "point") and e.cc == off.located.cc]
    wide = max(off.km, _words()["named_share"] * off.distance)
    near = [e for e in towns if off.located.holds(e)] or [
        e for e in towns if distance_km((e.lat, e.lon), off.point) <= wide
    ]
    if near:
        return min(near, key=lambda e: distance_km((e.lat, e.lon), off.point))
    return offset_entry(name, off)
