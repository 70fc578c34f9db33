"""Towns named only as the point a distance is measured from ("in the hills about 40 km southeast
of X", "a village 12 miles north of X"): never the event's own place. The event happened away
from X; where the sentence names no other place, the event keeps the name it gives (with the
point the phrase puts it at, places/offset.py) instead of being coded at X. Words: the compass
points and units of places/data/offset.yaml. Session 11, helper "wire"."""

from __future__ import annotations

import functools
import re
from importlib import resources

import yaml
from spacy.tokens import Doc

from frontlog.doctext import doc_text
from frontlog.places.resolve import PlaceMention

LOOKBACK = 60  # characters before a place's name searched for the distance phrase


@functools.cache
def _phrase() -> re.Pattern[str]:
    raw = yaml.safe_load((resources.files("frontlog.places") / "data" / "offset.yaml").read_text("utf-8"))
    bearings = "|".join(re.escape(str(b)) for b in sorted(raw["bearings"], key=lambda b: len(str(b)), reverse=True))
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
