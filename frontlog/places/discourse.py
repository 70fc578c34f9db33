"""Rules that read a mention by the rest of its article, before the ranker.

- *One sense of a region's name per article.* The namesake default ("Washington" is the capital,
  "New York" the city: namesake.py) yields to the article itself when another mention of the
  same name is read as the region by the words around it ("Alaska, Hawaii, Florida and
  Washington", "Rego Park, New York"), or when the region qualifies a town anywhere in the article
  ("CAMP MURRAY, Wash."): a writer who listed the state among states, or placed a town in it,
  means the state by the bare name in the same article too.
- *The county near the article's towns.* A county name that several first-level regions bear
  ("Montgomery County": Maryland, Iowa, Ohio, Pennsylvania...) is the one that lies near a town
  the article's other names were read as (a first-pass choice), in a region the article's sure
  places name, when exactly one reading does: a county is mostly named by the local news of its
  own state, so its population says little about which one is meant.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from frontlog.places.gazetteer import GazEntry, Gazetteer, distance_km
from frontlog.places.kept import candidates
from frontlog.places.namesake import RULE_LISTED, RULE_NAMESAKE, RULE_QUALIFIES

RULE_ONE_SENSE = "the article reads the name as a region elsewhere"
RULE_COUNTY_REGION = "the county near the article's towns"
NEAR_KM = 50  # a county's point to a town in it (most US counties are under 60 km across)

_REGION_RULES = (RULE_LISTED, RULE_QUALIFIES)


def one_sense(
    readings: list[tuple[str, list[GazEntry], str | None, bool]], gaz: Gazetteer
) -> list[tuple[list[GazEntry], str | None]]:
    """Each mention's (entries, rule), given (name, entries, rule, after a town and a comma) of the
    article's mentions in order: a name read only by the namesake default takes the region of the
    same name that another mention is read as by its neighbours ("Oregon, Idaho and Washington")
    or that qualifies a town ("CAMP MURRAY, Wash.", "Buffalo, New York")."""
    read = {
        e.gid
        for _, entries, rule, after_town in readings
        if rule in _REGION_RULES or after_town
        for e in entries
        if e.kind == "admin1"
    }
    out: list[tuple[list[GazEntry], str | None]] = []
    for name, entries, rule, _ in readings:
        regions = [e for e in candidates(gaz, name)[0] if e.kind == "admin1" and e.gid in read]
        out.append((regions, RULE_ONE_SENSE) if rule == RULE_NAMESAKE and regions else (entries, rule))
    return out


def county_near_towns(
    m: Any, towns: list[tuple[str, GazEntry]], regions: Counter[tuple[str, str]]
) -> list[GazEntry] | None:
    """Of a county name's readings in several first-level regions, the only one that lies within
    NEAR_KM of a town the article's other names were read as (`towns`: (key, town) of the first
    pass) in a region the article's sure places name (`regions`, the mention's own left out);
    else None."""
    entries = m.entries
    if len(entries) < 2 or any(e.kind != "admin2" for e in entries) or len({(e.cc, e.admin1) for e in entries}) < 2:
        return None

    own: Counter[tuple[str, str]] = m.group_regions

    def named(e: GazEntry) -> bool:
        region = (e.cc, e.admin1 or "")
        return regions.get(region, 0) - own.get(region, 0) > 0

    near = [
        e for e in entries
        if named(e) and any(key != m.key and distance_km((e.lat, e.lon), (t.lat, t.lon)) < NEAR_KM for key, t in towns)
    ]  # fmt: skip
    return near if len(near) == 1 else None


def apply_county_rule(mentions: list[Any], regions: Counter[tuple[str, str]]) -> None:
    """county_near_towns on every mention after the first pass (entries, choice and rule set in place)."""
    towns = [(m.key, m.choice) for m in mentions if m.in_context and m.choice is not None and m.choice.kind == "city"]
    for m in mentions:
        kept = county_near_towns(m, towns, regions)
        if kept is not None:
            m.entries, m.choice, m.rule = kept, kept[0], RULE_COUNTY_REGION
