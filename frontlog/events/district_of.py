"""A place the text puts in a district, read as a namesake far from that district.

"in al-Dawara, central Hit district", "in al-Bakriya region (Mansour district)", "at the Adan
square (Adhamiya district) of Baghdad", "in the area of X, district of Mahawil": the sentence says
which district the place X lies in. When X's reading lies farther than DISTRICT_KM from the
district (or in another country), the reading is a namesake elsewhere (Dawar in Wasit, 190 km from
Hit; Aden in Yemen), and the village itself is one no gazetteer has: a coder codes the event at the
district the text names, at its point (its seat town for a district named for its seat). X's
reading near the district stays (a village of the district the gazetteer has).
"""

from __future__ import annotations

import re

from frontlog.doctext import doc_text
from frontlog.events.context import SentenceContext
from frontlog.events.province_district import province_district
from frontlog.places.gazetteer import distance_km
from frontlog.places.lone import lone_reading
from frontlog.places.resolve import PlaceMention, to_place

DISTRICT_KM = 50.0  # a district's seat (or a city's point for its quarters) and its villages
_PART = r"(?:\s+(?:area|region|village|town|neighbou?rhood|square|market|quarter))?"
_SIDE = r"(?:(?:central|(?:north|south)?(?:east|west)?(?:ern)?|north|south|northern|southern)\s+)?"
# the words between X and the district's name: "X (", "X, central ", "X in the ", "X, district of "
_BETWEEN = re.compile(
    rf"{_PART}(?:\s*\(\s*(?:the\s+)?|,\s+(?:the\s+)?|\s+in\s+(?:the\s+)?){_SIDE}(?P<of>(?:district|qadha|qada)\s+of\s+)?",
    re.IGNORECASE,
)
_DISTRICT_AFTER = re.compile(r"\s+(?:district|qadha|qada)\b", re.IGNORECASE)
# a district's name the tagger left ("central Hit district": "Hit" is also an English word)
_NAME = re.compile(r"(?:al-|Al-)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}")


def district_named(pm: PlaceMention, sc: SentenceContext) -> PlaceMention | None:
    """The district the text puts the chosen place in, when the place's reading lies far from it
    (module doc); else None."""
    if pm.place.lat is None or pm.place.lon is None:
        return None
    text = doc_text(sc.sent.doc)
    finer = province_district(pm, sc, text)  # "X district, of Y", "In Y province, ... in X district"
    if finer is not None or _near_another(pm, sc):
        return finer
    for q in sc.places:
        if q is pm or q.context_only or q.start <= pm.end or q.place.lat is None or q.place.lon is None:
            continue
        between = _BETWEEN.fullmatch(text, pm.end, q.start)
        if between is None:
            continue
        if not between.group("of") and not _DISTRICT_AFTER.match(text, q.end):
            continue
        if q.place.precision not in ("city", "point") and not q.features.get("admin2_kind"):
            continue
        far = distance_km((pm.place.lat, pm.place.lon), (q.place.lat, q.place.lon)) > DISTRICT_KM
        return q if far or pm.cc != q.cc else None
    return _untagged_district(pm, sc, text)


def _near_another(pm: PlaceMention, sc: SentenceContext) -> bool:
    """Does the place's reading lie near another place the sentence names ("the Zahra area (Zuhur
    district) of Mosul": Zahra's reading by Mosul is the place, whatever "Zuhur" reads as)?"""
    return any(
        q is not pm and not q.context_only and q.place.lat is not None and q.place.lon is not None
        and q.place.name != pm.place.name
        and distance_km((pm.place.lat, pm.place.lon), (q.place.lat, q.place.lon)) <= DISTRICT_KM  # type: ignore[arg-type]
        for q in sc.places
    )  # fmt: skip


def _untagged_district(pm: PlaceMention, sc: SentenceContext, text: str) -> PlaceMention | None:
    """ "X, central Hit district" where the tagger took no place after X: the district's name read
    in X's country (events/lone.py's reading), when it lies far from X's reading."""
    between = _BETWEEN.match(text, pm.end)
    name = _NAME.match(text, between.end()) if between is not None else None
    if between is None or name is None or between.end() == pm.end:
        return None
    if not between.group("of") and not _DISTRICT_AFTER.match(text, name.end()):
        return None
    seat = lone_reading(name.group(), pm.cc, sc.art.gaz)
    if seat is None or seat.kind not in ("city", "admin2"):
        return None
    if distance_km((pm.place.lat, pm.place.lon), (seat.lat, seat.lon)) <= DISTRICT_KM:  # type: ignore[arg-type]
        return None
    span = sc.sent.doc.char_span(name.start(), name.end(), alignment_mode="expand")
    if span is None:
        return None
    place = to_place(seat, sc.art.gaz)
    return PlaceMention(name.start(), name.end(), name.group(), span.start, span.end, place, seat.cc)
