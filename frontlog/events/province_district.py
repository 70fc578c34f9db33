"""A district named with the province the event was chosen at: the district is the finer place.

"shelled posts in X district, of Y", "jets struck X directorate, east of the capital Y": the parse
puts Y, the town that names its province, nearer the trigger; the district X named right before
it is where the event happened. "In Y province, an airstrike hit a house in X district": the
province is the sentence's frame, the district the event's place.
"""

from __future__ import annotations

import re

from frontlog.events.context import SentenceContext
from frontlog.events.quarters import PART_KM  # a district this near the town is one of its quarters
from frontlog.places.districts import called_district, is_district_name
from frontlog.places.gazetteer import distance_km
from frontlog.places.local import region_words
from frontlog.places.normalize import name_key
from frontlog.places.resolve import PlaceMention

# "X district, Y province", "X district, of Y", "X directorate, east of the capital Y": the words
# between a district and the town that names its province
_TO_PROVINCE = re.compile(
    r"\s*,?\s*(?:(?:of|in)\s+)?(?:the\s+)?(?:(?:north|south|east|west)\w*\s+(?:of\s+)?)?(?:the\s+)?"
    r"(?:(?:port\s+)?(?:capital|city|province|governorate)\s+(?:of\s+)?)?",
    re.IGNORECASE,
)
PROVINCE_KM = 150.0  # a district of a province lies this near the province's town (or point)


def district_before(pm: PlaceMention, sc: SentenceContext, text: str) -> PlaceMention | None:
    """ "shelled posts in X district, of Y", "jets struck X directorate, east of the capital Y": the
    chosen place Y is the town that names its province (the parse puts it nearer the trigger), the
    district X named right before it is finer and is where the event happened."""
    if pm.place.precision not in ("city", "point"):
        return None
    for q in sc.places:
        if q is pm or q.context_only or q.end >= pm.start or q.cc != pm.cc or q.place.lat is None:
            continue
        if not any(name_key(a or "").startswith(name_key(pm.place.name)) for a in (pm.place.admin1, q.place.admin1)):
            continue  # (the town names the province)
        if not called_district(text, q.start, q.end, q.text) or not is_district_name(q.text, q.cc, sc.art.gaz):
            continue
        word = re.match(r"\s+(?:border\s+)?(?:district|directorate)\b", text[q.end : pm.start], re.IGNORECASE)
        gap = _TO_PROVINCE.fullmatch(text, q.end + (word.end() if word else 0), pm.start)
        km = distance_km((pm.place.lat, pm.place.lon), (q.place.lat, q.place.lon))  # type: ignore[arg-type]
        if gap is not None and PART_KM < km <= PROVINCE_KM:
            return q
    return None


def province_district(pm: PlaceMention, sc: SentenceContext, text: str) -> PlaceMention | None:
    """The district the sentence names with the chosen place pm (module doc), else None."""
    return district_before(pm, sc, text) or district_in_province(pm, sc, text)


def district_in_province(pm: PlaceMention, sc: SentenceContext, text: str) -> PlaceMention | None:
    """ "In Y province, ... in X district": pm is a first-level region (or a town the text calls
    one), the sentence names a district of the index within PROVINCE_KM of it: the first such."""
    if not _province(pm, text):
        return None
    for q in sorted(sc.places, key=lambda q: q.start):
        if q is pm or q.context_only or q.cc != pm.cc or not q.features.get("admin2_kind") or q.place.lat is None:
            continue
        km = distance_km((pm.place.lat, pm.place.lon), (q.place.lat, q.place.lon))  # type: ignore[arg-type]
        if km <= PROVINCE_KM and called_district(text, q.start, q.end, q.text):
            return q
    return None


def _province(pm: PlaceMention, text: str) -> bool:
    """A first-level region, or a town the text calls its region ("Saada province")."""
    if pm.place.precision == "admin1":
        return not pm.features.get("admin2_kind")
    after = re.match(r"\s+([a-z]+)", text[pm.end : pm.end + 20])
    words = {pm.text.split()[-1].lower(), after.group(1) if after else ""}
    return pm.place.precision == "city" and bool(words & _REGION_WORDS)


_REGION_WORDS = region_words() & {"province", "governorate", "state", "region"}
