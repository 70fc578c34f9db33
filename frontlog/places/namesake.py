"""A region or the town of the same name: what the words around a name say.

- A name listed with others that all name regions is a region too ("Missouri, New York, North
  Carolina and Virginia"; not the other way round: "lived in Atlanta and Florida"), and a region
  right after a town and a comma is a region ("Rego Park, New York").
- A first-level region that bears the name of its own city of a million people ("New York",
  "Moscow", "Baghdad") or of its country's capital ("Washington") is read as the city, as news
  mostly means it, unless a word says the region
  ("New York state", "upstate New York", "the New York border", "New York's attorney general":
  data/region_markers.yaml).
"""

from __future__ import annotations

import functools
import re
from importlib import resources

import yaml

from frontlog.places.gazetteer import GazEntry, Gazetteer
from frontlog.places.kept import candidates
from frontlog.places.normalize import name_key

NAMESAKE_POP = 1_000_000
RULE_LISTED = "listed with names of the same kind"
RULE_NAMESAKE = "a region's namesake city"
RULE_QUALIFIES = "a region after a town and a comma"
RULE_SMALL_NAMESAKES = "small towns named after a region"
# towns smaller than this (and than a fifth of the region) named like a region of their country
SMALL_TOWN_POP = 100_000

_NAME = r"[A-Z][\w.'’-]*(?:\s+(?:of\s+|de\s+)?[A-Z][\w.'’-]*){0,3}"
# a list item before the name, and after it (", X", " and X", ", and X", " or X", " & X")
_BEFORE = re.compile(rf"({_NAME})\s*(?:,|,?\s+and|,?\s+or|&)\s*$")
_AFTER = re.compile(rf"\s*(?:,|,?\s+and|,?\s+or|&)\s+({_NAME})")
_AND = re.compile(r"\s*(?:,?\s+and|,?\s+or|&)\s+[A-Z]")
_REGION_KINDS = ("admin1", "country")


@functools.cache
def _town_region_words() -> re.Pattern[str]:
    raw = yaml.safe_load(
        (resources.files("frontlog.places") / "data" / "region_markers.yaml").read_text("utf-8")
    )
    return re.compile(rf"\s+(?:{'|'.join(map(re.escape, raw['town_region_words']))})\b", re.IGNORECASE)


def town_region(entries: list[GazEntry], full_text: str, end: int, gaz: Gazetteer) -> list[GazEntry]:
    """"Kasserine governorate" where no region bears the name: the regions of its towns."""
    if any(e.kind == "admin1" for e in entries) or not _town_region_words().match(full_text, end):
        return []
    found = (gaz.admin1(e.cc, e.admin1) for e in entries if e.kind == "city")
    return list({e.gid: e for e in found if e is not None}.values())


@functools.cache
def _governorate_countries() -> frozenset[str]:
    raw = yaml.safe_load(
        (resources.files("frontlog.places") / "data" / "region_markers.yaml").read_text("utf-8")
    )
    return frozenset(raw["governorate_countries"])


_GOVERNORATE_AFTER = re.compile(r"\s+governorate\b", re.IGNORECASE)
_GOVERNORATE_BEFORE = re.compile(r"\bgovernorate\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def governorate_region(
    entries: list[GazEntry], full_text: str, start: int, end: int, gaz: Gazetteer
) -> list[GazEntry]:
    """ "Beja governorate", "the governorate of X": the governorate of a country whose regions are
    called so (data/region_markers.yaml governorate_countries), the region itself or the region
    of a town of the name there, before a region of the name elsewhere (Portugal's Beja district)."""
    before = full_text[max(0, start - 30) : start]
    if not (_GOVERNORATE_AFTER.match(full_text, end) or _GOVERNORATE_BEFORE.search(before)):
        return []
    home = [e for e in entries if e.cc in _governorate_countries()]
    if not home or len(home) == len(entries):
        return []  # (every reading in such a country: the other rules choose, as before)
    regions = [e for e in home if e.kind == "admin1"]
    if not regions:
        regions = [r for r in (gaz.admin1(e.cc, e.admin1) for e in home if e.kind == "city") if r is not None]
    return list({e.gid: e for e in regions}.values())


@functools.cache
def _markers() -> tuple[re.Pattern[str], re.Pattern[str], int]:
    raw = yaml.safe_load(
        (resources.files("frontlog.places") / "data" / "region_markers.yaml").read_text("utf-8")
    )
    alt = "|".join(re.escape(w) for w in sorted(raw["after"], key=len, reverse=True))
    after = re.compile(rf"(?:'s|’s)?\s+(?:{alt})\b", re.IGNORECASE)
    alt = "|".join(re.escape(w) for w in sorted(raw["before"], key=len, reverse=True))
    before = re.compile(rf"\b(?:{alt})\s+(?:the\s+)?$", re.IGNORECASE)
    return after, before, int(raw["town_pop"])


def _readings_of(name: str, gaz: Gazetteer) -> list[GazEntry]:
    """The places a neighbouring name names by its own name (exact key only)."""
    entries, exact = candidates(gaz, name)
    return entries if exact else []


def _kind_of(entries: list[GazEntry]) -> tuple[str, frozenset[str]] | None:
    """("region", its countries) when the readings are regions or countries and no large town,
    ("town", their countries) when a large town and no region, else None."""
    town_pop = _markers()[2]
    regions = frozenset(e.cc for e in entries if e.kind in _REGION_KINDS)
    towns = frozenset(e.cc for e in entries if e.kind == "city" and e.pop >= town_pop)
    if bool(regions) != bool(towns):
        return ("region", regions) if regions else ("town", towns)
    return None


def _neighbours(full_text: str, start: int, end: int) -> tuple[str | None, str | None]:
    """The names listed right before and right after the name (", X", " and X"...)."""
    before = _BEFORE.search(full_text[max(0, start - 60) : start])
    after = _AFTER.match(full_text, end)
    return (before.group(1) if before else None), (after.group(1) if after else None)


def _inside(towns: list[GazEntry], regions: list[GazEntry]) -> bool:
    """Does one of the towns lie in one of the regions or countries?"""
    return any(
        t.cc == r.cc and (r.kind == "country" or (r.kind == "admin1" and t.admin1 == r.admin1))
        for t in towns
        for r in regions
    )


def region_marked(full_text: str, start: int, end: int) -> bool:
    after, before, _ = _markers()
    return bool(after.match(full_text, end) or before.search(full_text[max(0, start - 30) : start]))


def choose_kind(
    entries: list[GazEntry], full_text: str, start: int, end: int, gaz: Gazetteer,
    qualified: set[tuple[str, str]] = frozenset(),  # type: ignore[assignment]
) -> tuple[list[GazEntry], str | None]:  # fmt: skip
    """The readings the words around the name leave (see the module's doc), and the rule used.
    `qualified`: the regions a ", Iowa" right after the name names (readings._qualifier)."""
    towns = [e for e in entries if e.kind == "city"]
    regions = [e for e in entries if e.kind == "admin1"]
    if not towns or not regions:
        return entries, None
    prev, nxt = _neighbours(full_text, start, end)
    after = _readings_of(nxt, gaz) if nxt else []
    if _inside(towns, [e for e in after if e.kind in _REGION_KINDS]):
        return entries, None  # "Moscow, Russia": a town and its region or country
    before = _readings_of(prev, gaz) if prev else []
    if (
        re.search(r",\s?$", full_text[max(0, start - 2) : start])
        and not _AND.match(full_text, end)  # "Washington, New York and Boston" is a list
        and _inside([e for e in before if e.kind == "city" and name_key(e.name) == name_key(prev or "")], regions)
    ):
        return [e for e in entries if e.kind in _REGION_KINDS], RULE_QUALIFIES  # "Rego Park, New York"
    kinds = {_kind_of(found) for found in (before, after) if found}
    if len(kinds) == 1 and None not in kinds:
        kind, countries = kinds.pop()  # type: ignore[misc]
        same = {e.cc for e in regions if e.cc in countries} & {e.cc for e in towns}
        if kind == "region" and same:  # "Missouri, New York, North Carolina and Virginia"
            return [e for e in entries if e.kind in _REGION_KINDS or e.cc not in same], RULE_LISTED
    key = name_key(full_text[start:end])
    entries, rule = _drop_small_namesakes(entries, [e for e in regions if name_key(e.name) == key], qualified)
    towns = [e for e in entries if e.kind == "city"]
    seats = {(e.cc, e.admin1) for e in towns if e.pop >= NAMESAKE_POP}
    # "Washington": the capital, not a state elsewhere in its country (the District it lies in stays)
    capitals = {(e.cc, e.admin1) for e in towns if e.gid in gaz.capitals}
    namesakes = [
        e
        for e in regions
        if (e.cc, e.admin1) in seats or any(cc == e.cc and a1 != e.admin1 for cc, a1 in capitals)
    ]
    if not namesakes or region_marked(full_text, start, end):
        return entries, rule
    return [e for e in entries if e not in namesakes], RULE_NAMESAKE


def _drop_small_namesakes(
    entries: list[GazEntry], regions: list[GazEntry], qualified: set[tuple[str, str]]
) -> tuple[list[GazEntry], str | None]:
    """A first-level region that bears the name as its own, and small towns of its country named
    after it ("Kansas", Illinois; "Nevada", Iowa): the towns are no reading unless the text
    qualifies one ("Nevada, Iowa")."""
    if not regions:  # (those whose own name it is)
        return entries, None
    big = max(regions, key=lambda e: e.pop)
    limit = min(SMALL_TOWN_POP, big.pop // 5)
    keep = [
        e
        for e in entries
        if not (e.kind == "city" and e.cc == big.cc and e.pop < limit and (e.cc, e.admin1 or "") not in qualified)
    ]
    return (keep, RULE_SMALL_NAMESAKES) if len(keep) < len(entries) else (entries, None)


def namesake_city(own: list[GazEntry], entries: list[GazEntry]) -> list[GazEntry]:
    """A place inside a longer name that names a region by its own name and its city of a million
    people by another ("New York Auto Show": New York City): the city."""
    regions = {(e.cc, e.admin1) for e in own if e.kind == "admin1"}
    seats = [e for e in entries if e.kind == "city" and e.pop >= NAMESAKE_POP and (e.cc, e.admin1) in regions]
    return seats or own
