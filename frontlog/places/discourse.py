"""Rules that read a mention by the rest of its article, before the ranker.

- *One sense of a region's name per article.* The namesake default ("Washington" is the capital,
  "New York" the city: namesake.py) yields to the article itself when another mention of the
  same name is read as the region by the words around it ("Alaska, Hawaii, Florida and
  Washington", "Rego Park, New York"): a writer who listed the state among states means the state
  by the bare name in the same article too.
- *A county of the article's region.* A county name that several first-level regions bear
  ("Montgomery County": Maryland, Iowa, Ohio, Pennsylvania...) is the one whose region the
  article's sure places name most (twice as often as any other of those regions): a county is
  mostly named by the local news of its own state, so its population says little about which
  one is meant.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from frontlog.places.gazetteer import GazEntry
from frontlog.places.namesake import RULE_LISTED, RULE_NAMESAKE, RULE_QUALIFIES

RULE_ONE_SENSE = "the article reads the name as a region elsewhere"
RULE_COUNTY_REGION = "the county of the article's region"

_REGION_RULES = (RULE_LISTED, RULE_QUALIFIES)


def one_sense(readings: list[tuple[str, list[GazEntry], str | None]]) -> list[tuple[list[GazEntry], str | None]]:
    """Each mention's (entries, rule), given (key, entries, rule) of the article's mentions in
    order: a name read only by the namesake default takes the region that another mention of it
    is read as by its neighbours."""
    regions: dict[str, list[GazEntry]] = {}
    for key, entries, rule in readings:
        found = [e for e in entries if e.kind == "admin1"]
        if rule in _REGION_RULES and found and key not in regions:
            regions[key] = found
    return [
        (regions[key], RULE_ONE_SENSE) if rule == RULE_NAMESAKE and key in regions else (entries, rule)
        for key, entries, rule in readings
    ]


def county_of_region(
    entries: list[GazEntry], regions: Counter[tuple[str, str]], own: Counter[tuple[str, str]]
) -> list[GazEntry] | None:
    """Of a county name's readings in several first-level regions, those in the region that the
    article's other sure places (`regions` less the mention's own `own`) name most, at least twice
    as often as any other region of the readings; else None."""
    if len(entries) < 2 or any(e.kind != "admin2" for e in entries):
        return None
    named = Counter(
        {
            r: regions.get(r, 0) - own.get(r, 0)
            for r in {(e.cc, e.admin1 or "") for e in entries}
            if regions.get(r, 0) - own.get(r, 0) > 0
        }
    )
    if len({(e.cc, e.admin1) for e in entries}) < 2 or not named:
        return None
    (top, n), *rest = named.most_common()
    if rest and n < 2 * rest[0][1]:
        return None
    return [e for e in entries if (e.cc, e.admin1 or "") == top]


def apply_county_rule(mentions: list[Any], regions: Counter[tuple[str, str]]) -> None:
    """county_of_region on every mention (its entries and rule set in place)."""
    for m in mentions:
        kept = county_of_region(m.entries, regions, m.group_regions)
        if kept is not None:
            m.entries, m.rule = kept, RULE_COUNTY_REGION
