"""Towns named only as the point a distance is measured from ("in the hills about 40 km southeast
of X", "a village 12 miles north of X"): never the event's own place. The event happened away
from X; where the sentence names no other place, the event keeps the name it gives (with the
point the phrase puts it at, places/offset.py) instead of being coded at X. Words: the compass
points and units of places/data/offset.yaml. Session 11, helper "wire"."""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Sequence
from importlib import resources
from typing import Any

import yaml
from spacy.tokens import Doc

from frontlog.doctext import doc_text
from frontlog.places.gazetteer import distance_km
from frontlog.places.resolve import PlaceMention

LOOKBACK = 60  # characters before a place's name searched for the distance phrase
BEARING_SLACK = 45.0  # degrees between the told bearing and the gazetteer's (the other is a namesake)
BEARING_KM = 150.0  # a place put at a bearing from a town farther than this is a namesake (the town stays)
# words between a place and ", north of Y" that still name that place ("X area, north of Y")
_KIND = r"(?:\s+(?:area|town|city|village|region|district|sub-?district|neighbou?rhood|camp|base))?"


@functools.cache
def _raw() -> dict[str, Any]:
    raw: dict[str, Any] = yaml.safe_load((resources.files("frontlog.places") / "data" / "offset.yaml").read_text("utf-8"))
    return raw


@functools.cache
def _bearings() -> str:
    return "|".join(re.escape(str(b)) for b in sorted(_raw()["bearings"], key=lambda b: len(str(b)), reverse=True))


@functools.cache
def _phrase() -> re.Pattern[str]:
    raw = _raw()
    bearings = _bearings()
    units = "|".join(re.escape(str(u)) for u in sorted(raw["units"], key=lambda u: len(str(u)), reverse=True))
    return re.compile(
        rf"\d+(?:[.,]\d+)?\s*-?\s*(?:{units})\.?\s+(?:to\s+the\s+)?(?:{bearings})\.?\s+of\s+"
        r"(?:the\s+(?:town|city|village|district|capital)\s+(?:of\s+)?)?$",
        re.IGNORECASE,
    )


def distance_reference(pm: PlaceMention, doc: Doc) -> bool:
    """Is the place named only as where a distance is measured from ("40 km southeast of X")?"""
    text = doc_text(doc)
    return bool(_phrase().search(text[max(0, pm.start - LOOKBACK) : pm.start]))


@functools.cache
def _bearing_phrase() -> re.Pattern[str]:
    """", north of" / ", some way south-east of the city of" right before a town's name."""
    return re.compile(
        rf"{_KIND}\s*,\s*(?:(?:just|some|about|to\s+the)\s+)?({_bearings()})\s+of\s+"
        r"(?:the\s+(?:town|city|village|district|capital)\s+(?:of\s+)?)?$",
        re.IGNORECASE,
    )


def bearing_reference(pm: PlaceMention, doc: Doc, places: Sequence[PlaceMention]) -> bool:
    """Is the place named only to say where another place of the sentence lies ("in X area,
    north of Y", "X town, southeast of Y")? Then X, not Y, is where the event happened: Y is
    dropped when X is a town the gazetteer places near Y (a reading of X far from Y is a namesake,
    and a region or unknown X says less than Y). Session 13, helper "geoiq"."""
    text = doc_text(doc)
    for other in places:
        if other.end > pm.start or pm.start - other.end > LOOKBACK or other.place.precision not in ("city", "point"):
            continue
        if other.place.lat is None or pm.place.lat is None or pm.place.precision not in ("city", "point"):
            continue
        said = _bearing_phrase().match(text, other.end, pm.start)
        if not said:
            continue
        at, of = (other.place.lat, other.place.lon), (pm.place.lat, pm.place.lon)
        km = distance_km(at, of)  # type: ignore[arg-type]
        told = _raw()["bearings"][said.group(1).lower()]
        return 0 < km <= BEARING_KM and _angle(_bearing(of, at), float(told)) <= BEARING_SLACK  # type: ignore[arg-type]
    return False


def _bearing(a: tuple[float, float], b: tuple[float, float]) -> float:
    """The initial compass bearing from a to b, in degrees."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    y = math.sin(lon2 - lon1) * math.cos(lat2)
    x = math.cos(lat1) * math.sin(lat2) - math.sin(lat1) * math.cos(lat2) * math.cos(lon2 - lon1)
    return math.degrees(math.atan2(y, x)) % 360


def _angle(a: float, b: float) -> float:
    d = abs(a - b) % 360
    return min(d, 360 - d)
