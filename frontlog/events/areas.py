"""The smallest area the sentence gives for an event, and a county's seat.

"Gunmen killed two herders in Saria, Cheptais sub-county, Bungoma county": where the village is
one no gazetteer has, the event is coded at the smallest area the text names that the gazetteer
holds, the district (sub-county) rather than the first-level region around it (issue 15 point 4).

"Armed men raided a shop in Oyugis town (Homa Bay district)": the place in brackets says where
the town before it lies; the town is the event's place.

A county named as an event's area: the event is coded at the county's seat.

"Militants fired mortars at a camp in Kalalo, Mandera County": when the village is one no
gazetteer has, a coder places the event at the county's main town (ACLED geo_precision 2), not at
the middle of the county (Mandera County's GeoNames point is 109 km from Mandera town). A county
(Kenya's 47, Liberia's, a US county) is small enough for its seat to stand for it; a province or a
governorate ("X village in southern Idlib") is not, so `location._region_only` still keeps those at
the region's own point when the sentence names a place the gazetteer lacks.
"""

from __future__ import annotations

import re

from frontlog.doctext import doc_text
from frontlog.events.context import SentenceContext
from frontlog.events.lexicon import word_list
from frontlog.places.gazetteer import distance_km
from frontlog.places.resolve import PlaceMention

COUNTY_WORDS = word_list("places.yaml", "county_words")
ROAD_WORDS = word_list("places.yaml", "road_words")
_ROAD_WORD = rf"\s+(?i:{'|'.join(sorted(ROAD_WORDS))})\b"
# "the Mombasa-Malindi road": a town at either end of a road's name
_ROAD_AFTER = re.compile(rf"[-–](?:[A-Z][\w'’]*)(?:\s+[A-Z][\w'’]*)?{_ROAD_WORD}")
_ROAD_BEFORE = re.compile(r"[A-Z][\w'’]*[-–]$")
_NEXT = re.compile(r"\s*([A-Za-z]+(?:-[A-Za-z]+)?)\b")
# between a town and the bracketed place that locates it: "Oyugis town (Homa Bay district)"
_BRACKET = re.compile(r"(?:\s+(?:town|village|city|area|camp))?\s*\(\s*")
BRACKET_KM = 50.0


def named_as_county(pm: PlaceMention, doc: object) -> bool:
    """Is the mention written as a county ("Mandera County", "Kajiado sub-county")?"""
    words = pm.text.split()
    if len(words) > 1 and words[-1].lower() in COUNTY_WORDS:
        return True
    nxt = _NEXT.match(doc_text(doc), pm.end)
    return bool(nxt and nxt.group(1).lower() in COUNTY_WORDS)


def smaller_area(pm: PlaceMention, sc: SentenceContext) -> PlaceMention | None:
    """A district of the sentence inside the region `pm` is: "Tiaty subcounty, Baringo county" is
    Tiaty. A district is a place of region precision whose first-level region is another
    name (the region's own entry names itself)."""
    region = pm.place
    if region.precision != "admin1" or region.admin1 is None or region.name != region.admin1:
        return None
    inside = [
        p for p in sc.places
        if p is not pm and not p.context_only and p.place.precision == "admin1"
        and p.place.country == region.country and p.place.admin1 == region.admin1 and p.place.name != region.admin1
    ]  # fmt: skip
    return inside[0] if len(inside) == 1 else None


def bracketed_in(pm: PlaceMention, sc: SentenceContext) -> PlaceMention | None:
    """The town right before the bracket that holds `pm` ("Oyugis town (Homa Bay district)"), when
    it lies in the same country and region or within BRACKET_KM of it."""
    text = doc_text(sc.sent.doc)
    for p in sc.places:
        if p is pm or p.context_only or p.end >= pm.start or p.place.precision not in ("city", "point"):
            continue
        if not _BRACKET.fullmatch(text, p.end, pm.start) or p.cc != pm.cc:
            continue
        same_region = p.place.admin1 is not None and p.place.admin1 == pm.place.admin1
        if same_region or _km(p, pm) <= BRACKET_KM:
            return p
    return None


def off_road(pm: PlaceMention, sc: SentenceContext) -> PlaceMention | None:
    """ "Residents barricaded the Mombasa-Malindi road in Kilifi town": a town that only names an
    end of the road is not where the event was when the sentence names another town of the same
    country that is no road's end: that town."""
    text = doc_text(sc.sent.doc)
    if not _road_end(pm, text):
        return None
    others = [
        p for p in sc.places
        if p is not pm and not p.context_only and p.cc == pm.cc and p.place.precision in ("city", "point")
        and not _road_end(p, text)
    ]  # fmt: skip
    return others[0] if len(others) == 1 else None


def _road_end(p: PlaceMention, text: str) -> bool:
    after = re.match(_ROAD_WORD, text[p.end : p.end + 20])
    return bool(
        _ROAD_AFTER.match(text, p.end) or (_ROAD_BEFORE.search(text[max(0, p.start - 30) : p.start]) and after)
    )


def _km(a: PlaceMention, b: PlaceMention) -> float:
    if None in (a.place.lat, a.place.lon, b.place.lat, b.place.lon):
        return float("inf")
    return distance_km((a.place.lat, a.place.lon), (b.place.lat, b.place.lon))  # type: ignore[arg-type]
