"""Where the text itself says a place lies: "X village in southern Idleb", "X town in the Hama
countryside", "X in the northern countryside of Aleppo", "X, near Y", "X, west of Y".

Such a phrase right after a name is local evidence for the readings of the name inside that
region (or near that town), and when some reading lies there the others are dropped: an
ambiguous village ("Hawa" is a village in Idlib, Aleppo and Hama; "Sarja" also the Emirates'
Sharjah) is the one the text places. Words: data/located.yaml.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

from frontlog.places.gazetteer import GazEntry, Gazetteer, distance_km
from frontlog.places.kept import candidates
from frontlog.places.normalize import name_key

# "X, near Y" where no reading of X lies near Y: X's readings of at least this many people stay
NEAR_KEEP_POP = 100_000
FAR_FROM_NEAR_KM = 100.0
# "X in the countryside of Y" where no reading of X lies in Y's region: a loosely spelt village
# reading this far from the region's point is no reading of X (the town Y's point: FAR_FROM_NEAR_KM)
REGION_FAR_KM = 150.0
BEARING_SLACK = 67.5  # a reading lies in "the south" of a region within this many degrees of due south


@dataclass(frozen=True, slots=True)
class Located:
    """Where a name's place lies: a first-level region (cc, admin1), a town's point, or both."""

    cc: str
    admin1: str | None  # the region, when the phrase names one ("southern Idleb", "Hama countryside")
    anchor: tuple[float, float] | None  # the town it is in or near
    near_km: float
    # "in southern Idleb", "in the Hama northern countryside": the compass bearing (degrees) of the
    # part of the region, from the region's point
    bearing: float | None = None
    centre: tuple[float, float] | None = None
    # False when the region is that of a town the text names as an area ("in southeast Afrin":
    # the town's surroundings, not all of its province)
    wide: bool = True

    def holds(self, e: GazEntry) -> bool:
        if e.kind in ("country", "continent", "sea") or e.cc != self.cc:
            return False
        if self.admin1 is not None and e.admin1 == self.admin1:
            return True
        return self.anchor is not None and distance_km((e.lat, e.lon), self.anchor) <= self.near_km


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@functools.cache
def _words() -> dict[str, Any]:
    raw = yaml.safe_load((resources.files("frontlog.places") / "data" / "located.yaml").read_text("utf-8"))
    compass = rf"(?:(?:{_alt(raw['compass'])})[\s-]+)*"
    art = r"(?:(?:a[lnrsdtz]h?|el|ez)-)?"
    name = rf"({art}[A-Z][\w'’`-]*(?:\s+{art}[A-Z][\w'’`-]*){{0,2}})"
    kinds = rf"(?:\s+(?:{_alt(raw['kinds'])})){{0,2}}"
    # "X, a village in Y", "X, a small town near Y": the apposition names X's kind, then where it lies
    appos = rf"(?:,\s+(?:an?|the)(?:\s+(?:{_alt(raw['appositive_adjectives'])}))*(?=\s+(?:{_alt(raw['kinds'])})\b))?"
    kinds = appos + kinds
    regions = _alt(raw["region_words"])
    inside = re.compile(
        rf"{kinds}\s+in\s+(?:the\s+)?{compass}(?:(?:{regions})\s+of\s+(?:the\s+)?{compass})?{name}"
        rf"(?:'s)?(\s+{compass}(?:{regions})\b)?"
    )
    town_of = r"(?:the\s+(?:town|city|village)\s+of\s+)?"
    parts = _alt(raw["part_of"])
    near = re.compile(
        rf"{kinds},?\s+(?:which\s+lies\s+)?(?:(?:to\s+the\s+)?(?:{_alt(raw['compass'])})\s+of|{_alt(raw['near_words'])})"
        rf"\s+{town_of}{name}"
        # "X, area of Y", "X village in the area of Y" (not "X district of Y": a chain, X the district)
        rf"|{kinds}(?:,\s+(?:the\s+)?|\s+in\s+the\s+)(?:{parts})\s+of\s+{town_of}{name}"
        rf"|{kinds},\s+(?:the\s+)?{name}\s+(?:{parts})\b"  # "X, Y district"
    )
    return {"inside": inside, "near": near, "km": float(raw["near_km"]), "regions": frozenset(raw["region_words"]),
            "compass": frozenset(raw["compass"]), "village_max_pop": int(raw["village_max_pop"])}  # fmt: skip


def located_after(full_text: str, end: int, gaz: Gazetteer, home: Mapping[str, int] | None = None) -> Located | None:
    """The region or town that the words right after a name (ending at `end`) place it in; of
    several places of that name, one in a country the article gives evidence for (`home`: country
    code -> count) before a larger one elsewhere ("X near Bara" in a story about Sudan)."""
    w = _words()
    found = w["inside"].match(full_text, end)
    if found:
        before = full_text[found.start(1) - 30 : found.start(1)].lower()
        as_region = (
            bool(found.group(2))
            or any(f"{r} of" in before for r in w["regions"])
            or bool(re.search(r"(?:ern|th|st|\brural)[\s-]+$", before))
        )
        where = _resolve_name(found.group(1), gaz, as_region=as_region, km=w["km"], home=home)
        return _with_bearing(where, found.group(0), gaz)
    found = w["near"].match(full_text, end)
    if found:
        name = found.group(1) or found.group(2) or found.group(3)  # "X, near Y", "X, area of Y", "X, Y district"
        return _resolve_name(name, gaz, as_region=False, km=w["km"], town_only=True, home=home)
    return None


_POINTS = {"north": 0.0, "east": 90.0, "south": 180.0, "west": 270.0}


def compass_bearing(words: str) -> float | None:
    """The bearing a phrase's compass words give ("southern" 180, "south eastern" 135,
    "north-west" 315), or None."""
    found = [_POINTS[m] for m in re.findall(r"(north|south|east|west)", words.lower())]
    if not found or len(found) > 2:
        return None
    if len(found) == 2:
        a, b = found
        if abs(a - b) == 180:
            return None
        return (a + b) / 2 if abs(a - b) < 180 else ((a + b + 360) / 2) % 360
    return found[0]


def _with_bearing(where: Located | None, phrase: str, gaz: Gazetteer) -> Located | None:
    """The region's part the compass words of the phrase name ("in southern Idleb"), or the
    side of the town ("in northeast Afrin")."""
    if where is None:
        return where
    bearing = compass_bearing(phrase)
    region = gaz.admin1(where.cc, where.admin1) if where.admin1 else None
    centre = (region.lat, region.lon) if region is not None and where.wide else where.anchor  # "in northeast Afrin": the town
    if bearing is None or centre is None:
        return where
    return Located(where.cc, where.admin1, where.anchor, where.near_km, bearing, centre, where.wide)


def _bearing(a: tuple[float, float], b: tuple[float, float]) -> float:
    """The initial compass bearing (degrees) from a to b."""
    la1, la2 = math.radians(a[0]), math.radians(b[0])
    dl = math.radians(b[1] - a[1])
    y = math.sin(dl) * math.cos(la2)
    x = math.cos(la1) * math.sin(la2) - math.sin(la1) * math.cos(la2) * math.cos(dl)
    return math.degrees(math.atan2(y, x)) % 360


def in_part(where: Located, entries: list[GazEntry]) -> list[GazEntry]:
    """Of several readings in a region, those in the part the compass words name ("X in
    southern Idleb": south of the region's point, within 67.5 degrees of due south); all of them
    when none or all lie there."""
    if where.bearing is None or where.centre is None or len(entries) < 2:
        return entries
    centre, bearing = where.centre, where.bearing
    part = [
        e for e in entries
        if abs((_bearing(centre, (e.lat, e.lon)) - bearing + 180) % 360 - 180) <= BEARING_SLACK
    ]  # fmt: skip
    return part or entries


def _resolve_name(
    text: str, gaz: Gazetteer, *, as_region: bool, km: float, town_only: bool = False,
    home: Mapping[str, int] | None = None,
) -> Located | None:
    """The place a region or town name after "in"/"near" means: a first-level region, else its
    most populous town (the region it heads when the text calls it a region, or when it is the
    town the region is named after: "in Idleb" is the governorate)."""
    entries, exact = candidates(gaz, text)
    if not exact:  # a town only the index holds ("Shirqat"): its towns and regions, not districts
        entries = [e for e, hit in gaz.index_candidates(text, translit=True) if hit.kind in ("city", "admin1")]
    if not entries:
        return None
    regions = [e for e in entries if e.kind == "admin1"]
    if regions and not town_only:
        e = max(regions, key=lambda x: (bool(home and home.get(x.cc)), x.pop))
        return Located(e.cc, e.admin1 or e.name, None, km)
    towns = [e for e in entries if e.kind in ("city", "point")]
    if not towns:
        return None
    e = max(towns, key=lambda x: (bool(home and home.get(x.cc)), x.pop))
    seat = bool(e.admin1) and name_key(e.admin1 or "").startswith(name_key(e.name))
    region = e.admin1 if (as_region or seat) and not town_only else None
    return Located(e.cc, region, (e.lat, e.lon), km, wide=seat)


def keep_located(
    entries: list[GazEntry], where: Located | None, text: str, gaz: Gazetteer,
    local: frozenset[GazEntry] | set[GazEntry] = frozenset(),
) -> tuple[list[GazEntry], bool]:  # fmt: skip
    """The readings inside the place the text puts the name in, if any lies there; else a village
    of the index there spelt alike word by word ("Khyara" = Al Khiyarah, "Karsaa" = Qursa`a: a
    loose match that the text's region makes sure), or sounding alike (places/fuzzy.py); else
    those in the region's country. The flag: readings were added."""
    if where is None:
        return entries, False
    inside = [e for e in entries if where.holds(e)]
    if inside:
        return in_part(where, inside), False
    from frontlog.places.readings import _word_skeletons

    skel = _word_skeletons(text)
    loose = [
        e
        for e, hit in gaz.index_candidates(text, loose=True)
        if hit.local and where.holds(e) and _word_skeletons(e.name) == skel
    ]
    if loose:
        return in_part(where, loose), True
    from frontlog.places.fuzzy import spelt_like

    sounding = [e for e, hit in spelt_like(text, where, gaz) if hit.local]
    if sounding:  # "Msheirfeh Shamaliah village in southern Idleb" = Mushayrifah Shamaliyah there
        return in_part(where, sounding), True
    if where.admin1 is None:
        # "Hakna, not far from Shirqat": no small place of that name lies near the town the text
        # names, so it is one the gazetteer lacks (the event is coded at the town), not a homonym
        # elsewhere; large places keep their readings
        # (only those in the town's country: the town's own reading may be the wrong one, "west of Riyad")
        # (nor a town within FAR_FROM_NEAR_KM: "Khan Sheikhun, south of Idlib" means the province's south)
        # (but not a small town abroad from the core gazetteer either: "Wardi, Madain district" is no
        # Fardis in Iran, which Wardi also names; the villages of the index, `local`, were admitted
        # on the article's evidence)
        kept = [
            e for e in entries
            if (e.cc != where.cc and e in local) or e.kind not in ("city", "point") or e.pop >= NEAR_KEEP_POP
            or (where.anchor is not None and distance_km((e.lat, e.lon), where.anchor) <= FAR_FROM_NEAR_KM)
        ]  # fmt: skip
        return kept, False
    # none there: not a homonym in another country either ("Shatib village in Hama countryside"
    # is no town of Sudan), only readings in the region's country, and of those no village far
    # from the region that only a loose or transliterated spelling finds ("Kabun in the eastern
    # suburb of Damascus" is no Kobani: the event is coded at the container)
    home = [e for e in entries if e.cc == where.cc or e.kind in ("country", "continent")]
    return [e for e in home if not _far_loose(e, where, text, gaz)], False


def _far_loose(e: GazEntry, where: Located, text: str, gaz: Gazetteer) -> bool:
    """Is the reading a small town far from the region the text puts the name in, and not one
    the name spells exactly (a loose or transliterated reading)? Session 16, helper nplaces."""
    if e.kind not in ("city", "point") or e.pop >= NEAR_KEEP_POP or where.admin1 is None:
        return False
    point = where.anchor
    far = FAR_FROM_NEAR_KM
    if point is None:
        region = gaz.admin1(where.cc, where.admin1)
        if region is None:
            return False
        point, far = (region.lat, region.lon), REGION_FAR_KM
    if distance_km((e.lat, e.lon), point) <= far:
        return False
    exact, spelt = gaz.candidates(text)
    return not (spelt and e in exact) and e not in (x for x, _ in gaz.index_candidates(text))


def keep_towns(entries: list[GazEntry], full_text: str, end: int, start: int | None = None) -> list[GazEntry]:
    """ "X town", "X village", "X city": the town, not the district or region of the same name;
    "X village", "the village of X": not a city of VILLAGE_MAX_POP people (Sarja is no Sharjah)."""
    after = re.match(r"\s+(town|village|city|hamlet)\b", full_text[end : end + 12])
    before = None if start is None else re.search(
        r"\b(village|hamlet)s?\s+of\s+(?:the\s+)?$|\bthe\s+(village|hamlet)\s+$", full_text[max(0, start - 20) : start]
    )  # "the village of X", "the village X"
    if after is None and before is None:
        return entries
    if after is not None:
        entries = [e for e in entries if e.kind in ("city", "point")] or entries
    words = {after.group(1)} if after is not None else set()
    if before is not None:
        words.add(before.group(1) or before.group(2))
    if words & {"village", "hamlet"}:  # (nor a province: "the villages of Kanus" are not Kansas)
        entries = [
            e for e in entries
            if e.kind != "admin1" and (e.kind not in ("city", "point") or e.pop < _words()["village_max_pop"])
        ]  # fmt: skip
    return entries


def names_where(full_text: str, end: int, start: int) -> bool:
    """Do the words right after a name (ending at `end`) place it in or near the name that
    starts at `start` ("X village in southern [Idleb]", "X, west of [Y]")?"""
    w = _words()
    return any(
        (found := w[kind].match(full_text, end)) is not None and found.start(1) == start
        for kind in ("inside", "near")
    )
