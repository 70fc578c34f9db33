"""A place told by its bearing from a town ("X, north of Y"): near Y, or Y when X's reading is a
namesake far away.

ACLED codes an event at "a village north of Kirkuk" that no gazetteer has at Kirkuk with
geo_precision 2 (near the town). events/reference.py drops Y when X is a town the gazetteer
places near Y; here the other cases of the same phrase:
- the sentence's place is Y, named after ", <bearing> of" (X unknown, or not read as a place):
  Y with the detail "<bearing> of Y" (the export's geo_precision 2);
- the chosen place is X, whose reading lies farther than reference.BEARING_KM from Y, or in another
  country ("Albu X, northeast of Ramadi" read as a village 300 km away): a namesake, so Y, with
  the detail "X (<bearing> of Y)".
Session 14, helper geoiq.
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc

from frontlog.doctext import doc_text
from frontlog.events.reference import BEARING_KM, LOOKBACK, _bearing_phrase, _bearings
from frontlog.places.gazetteer import distance_km
from frontlog.places.resolve import PlaceMention


def bearing_detail(pm: PlaceMention, doc: Doc) -> str | None:
    """ "<bearing> of Y" when the town Y is named right after ", <bearing> of" or "a village
    <bearing> of" (not "the north of Y", a part of it), else None."""
    if pm.place.precision not in ("city", "point"):
        return None
    before = doc_text(doc)[max(0, pm.start - LOOKBACK) : pm.start]
    said = _bearing_phrase().search(before) or _bare().search(before)
    return f"{said.group(1).lower()} of {pm.text}" if said else None


@functools.cache
def _bare() -> re.Pattern[str]:
    """ "a village south of", "areas north of" (a noun, not "the", before the bearing)."""
    return re.compile(rf"\b(?!the\b)[a-z]+\s+({_bearings()})\s+of\s+$", re.IGNORECASE)


def far_namesake(pm: PlaceMention, places: list[PlaceMention], doc: Doc) -> tuple[PlaceMention, str] | None:
    """(Y, detail) when the chosen place X is followed by ", <bearing> of Y" and X's reading is a
    namesake far from Y (or in another country), else None."""
    if pm.place.precision not in ("city", "point") or pm.place.point is None:
        return None
    text = doc_text(doc)
    for y in places:
        if y is pm or y.start <= pm.end or y.start - pm.end > LOOKBACK or y.context_only:
            continue
        if y.place.precision not in ("city", "point") or y.place.point is None:
            continue
        said = _bearing_phrase().match(text, pm.end, y.start)
        if not said:
            continue
        far = pm.cc != y.cc or distance_km(pm.place.point, y.place.point) > BEARING_KM
        return (y, f"{pm.text} ({said.group(1).lower()} of {y.text})") if far else None
    return None
