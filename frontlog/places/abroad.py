"""Homonyms abroad in running text: which readings of a name lie in a country the article gives no
reason for, and when the best reading is a weak one (likely a name the gazetteer lacks that
matches a minor place elsewhere).

The article's own country is the one its place names (not its demonyms or actors) give; a
territory coded apart from the country whose news names it (data/linked_countries.tsv: the West
Bank for Israel) shares that country's evidence; with no country evidence at all, a town of the
focus countries ([places] focus_countries) is no homonym abroad.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from importlib import resources
from typing import Any

import yaml

from frontlog.places.gazetteer import GazEntry, Gazetteer, distance_km
from frontlog.places.local import ABROAD_KEEP_POP, OWN_SHARE
from frontlog.settings import load_settings

__all__ = ["abroad_features", "beside_given", "neighbours", "focus_district", "focus_region", "linked_countries", "named_as_town", "linked_evidence", "own_country", "small_abroad", "weak"]


@functools.cache
def linked_countries() -> tuple[tuple[str, str, float], ...]:
    """data/linked_countries.tsv: (country, linked country, weight)."""
    text = (resources.files("frontlog.places") / "data" / "linked_countries.tsv").read_text("utf-8")
    rows = [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")][1:]
    return tuple((a, b, float(w)) for a, b, w in rows)


@functools.cache
def neighbours() -> dict[str, frozenset[str]]:
    """data/country_neighbours.tsv (GeoNames): ISO2 -> the countries it borders by land."""
    text = (resources.files("frontlog.places") / "data" / "country_neighbours.tsv").read_text("utf-8")
    rows = [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")][1:]
    return {cc: frozenset(near.split()) for cc, near in rows}


def beside_given(e: GazEntry, m: Any, given: Counter[str], gaz: Gazetteer) -> bool:
    """Is a town named exactly the article's only place name (beside demonyms), in a country that
    borders the country its demonyms and actors (`given`) point to most? Raiders, militants and
    refugees cross borders ("South Sudanese raiders attacked a school in Lokichogio": a town of
    Kenya), so such a town is no small homonym abroad (`weak`)."""
    if e.kind != "city" or not m.exact:
        return False
    spans = [s for s in m.span.doc.spans.get("places", ()) if (s.start, s.end) != (m.span.start, m.span.end)]
    told = Counter(cc for s in spans if len(cc := gaz.demonyms.get(s.text.lower(), "")) == 2)
    if len(spans) > sum(told.values()):
        return False  # another place name, or a demonym of a region
    told.update({k: v for k, v in given.items() if len(k) == 2 and v > 0})
    if not told or e.cc in told:
        return False
    top = max(told, key=lambda k: told[k])
    return e.cc in neighbours().get(top, ())


def linked_evidence(ctx: Counter[str]) -> Counter[str]:
    """The evidence a country's linked territory gets from it (data/linked_countries.tsv)."""
    out: Counter[str] = Counter()
    for a, b, w in linked_countries():
        if ctx.get(a, 0) > 0:
            out[b] += w * ctx[a]  # type: ignore[assignment]  # (evidence may be fractional)
    return out


# a place this far from the point of the country an article's actors belong to is no neighbour's
FOREIGN_KM = 2_000.0


@functools.cache
def _focus() -> frozenset[str]:
    return frozenset(load_settings().places.focus_countries)


def own_country(ctx: Counter[str], own: Counter[str]) -> str | None:
    """The article's own country: the one with at least OWN_SHARE of its country evidence (the
    mention's own name left out), if any."""
    rest = {k: v - own.get(k, 0) for k, v in ctx.items() if len(k) == 2 and v - own.get(k, 0) > 0}
    total = sum(rest.values())
    if not total:
        return None
    home, n = max(rest.items(), key=lambda kv: kv[1])
    return home if n / total >= OWN_SHARE else None


def abroad_features(
    e: GazEntry, m: Any, ctx: Counter[str], named: Counter[str],
    given: Counter[str] | None = None, gaz: Gazetteer | None = None,
) -> dict[str, float]:  # fmt: skip
    """Marks (not weighted) of a reading of mention `m`: matched only by its loose key; no
    country evidence in the article beside the name itself; in the territory linked to the
    article's country; abroad, where the article's place names give it a country of its own
    ("Washir district, Helmand": Helmand says Afghanistan) and nothing points to the reading's;
    foreign to the country the article's actors and the caller give (`given`, see
    foreign_to_article)."""
    f: dict[str, float] = {}
    own = m.group_evidence
    if not m.exact:
        f["loose"] = 1.0
    if not any(v > own.get(k, 0) for k, v in ctx.items() if len(k) == 2):
        f["no_country"] = 1.0
    top = max(((k, v) for k, v in ctx.items() if len(k) == 2), key=lambda kv: kv[1], default=None)
    if top is not None and any(a == top[0] and b == e.cc for a, b, _ in linked_countries()):
        f["linked_top"] = 1.0
    home = own_country(named, own)
    if home is not None and e.cc != home and ctx.get(e.cc, 0) - own.get(e.cc, 0) <= 0:
        f["abroad"] = 1.0
    if given and gaz is not None and foreign_to_article(e, m, ctx, given, gaz):
        f["foreign"] = 1.0
    if gaz is not None and beside_given(e, m, given or Counter(), gaz):
        f["beside"] = 1.0
    return f


def foreign_reading(e: GazEntry, feats: dict[str, float]) -> bool:
    """Is a mention's best reading foreign to the article (foreign_to_article) and a small town,
    a region, or a town by one of its other names ("Bako" is not Baku)? Then the name is one the
    gazetteer lacks."""
    if not feats.get("foreign") or e.curated:
        return False
    return e.kind in ("admin1", "admin2") or (e.kind == "city" and (e.pop < 50_000 or not feats.get("primary")))


def foreign_to_article(e: GazEntry, m: Any, ctx: Counter[str], given: Counter[str], gaz: Gazetteer) -> bool:
    """Do the article's actors of one country and the caller's country hint (`given`) point to
    one country, while nothing but the name itself points to the reading's, which lies FOREIGN_KM
    or more from that country's point (half that for a reading spelt otherwise: loose key)? ("Government troops of South Sudan
    clashed with rebels in X": a village of South Sudan the gazetteer lacks, not X in China. A
    neighbour's place stays: "Saudi artillery shelled X" is a Yemeni village.)"""
    own = m.group_evidence
    if e.kind in ("country", "continent", "sea") or ctx.get(e.cc, 0) - own.get(e.cc, 0) > 0:
        return False
    total = sum(v for k, v in given.items() if len(k) == 2 and v > 0)
    home = max((k for k, v in given.items() if len(k) == 2 and v > 0), key=lambda k: given[k], default=None)
    if home is None or home == e.cc or given[home] / total < OWN_SHARE:
        return False
    country = gaz.country(home)
    if country is None:
        return False
    return distance_km((e.lat, e.lon), (country.lat, country.lon)) >= (FOREIGN_KM if m.exact else FOREIGN_KM / 2)


def focus_district(e: GazEntry, kind: str, ctx: Counter[str], own: Counter[str]) -> bool:
    """A district of the place index (kind admin2) in one of the focus countries, named in an
    article that gives no country at all ("Coalition air strikes hit a farm in Nihm"): a reading
    without further local evidence, as a town of the focus countries is ("weak" below). Districts
    only (a few thousand names), not the villages, which would turn common words into places."""
    return (
        kind == "admin2"
        and e.cc in _focus()
        and not any(v > own.get(k, 0) for k, v in ctx.items() if len(k) == 2)
    )


# a town at least this large keeps its name beside a focus country's region of the same name
REGION_TOWN_POP = 50_000


def focus_region(m: Any, ctx: Counter[str]) -> None:
    """In an article that gives no country at all ("Coalition airstrikes hit a depot in Al Jawf"),
    a first-level region of a focus country that the index names exactly outweighs a small town
    elsewhere named like it (Al Jawf of Libya's Kufra): a report names a region, not a hamlet
    abroad. Drops those towns from m.entries."""
    own = m.group_evidence
    if m.qualifier or any(v > own.get(k, 0) for k, v in ctx.items() if len(k) == 2):
        return
    regions = [e for e, hit in m.index if hit.kind == "admin1" and e.cc in _focus() and not hit.translit]
    if not regions:
        return
    keep = {e.cc for e in regions}
    m.entries = [
        e for e in m.entries
        if e.kind != "city" or e.cc in keep or e.curated or e.pop >= REGION_TOWN_POP
    ]  # fmt: skip


@functools.cache
def _near_before() -> re.Pattern[str]:
    """ "near X", "not far from X" (data/located.yaml near_words): X is a town, not a district."""
    raw = yaml.safe_load((resources.files("frontlog.places") / "data" / "located.yaml").read_text("utf-8"))
    words = "|".join(re.escape(w) for w in sorted(raw["near_words"], key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\s+(?:the\s+)?$", re.IGNORECASE)


def named_as_town(full_text: str, start: int) -> bool:
    """Do the words right before a name (starting at `start`) say it is a town ("not far from X")?"""
    return _near_before().search(full_text[max(0, start - 40) : start]) is not None


def small_abroad(e: GazEntry, gaz: Gazetteer) -> bool:
    """A town or district that news abroad would not name without its country: not a capital nor
    a place of ABROAD_KEEP_POP people."""
    return (
        e.kind in ("city", "admin2")
        and e.pop < ABROAD_KEEP_POP
        and not (e.gid is not None and e.gid in gaz.capitals)
    )


def weak(best: GazEntry, feats: dict[str, float], exact: bool) -> bool:
    """In running text, is the best reading a weak one: likely a name the gazetteer lacks that
    matches a minor place elsewhere? (A village of the index the text calls a place, "the town
    of X", is not.) `exact`: the name matched the gazetteer exactly. With no country evidence at
    all in the article, a town of the focus countries is not abroad ("Coalition airstrikes hit
    Harad")."""
    if best.curated or ("from_index" in feats and "cued" in feats) or "beside" in feats:
        return False  # (a town across the border from the actors' country: beside_given)
    exact = exact or "from_index" in feats
    abroad = feats["ctx_count"] == 0.0 and not ("no_country" in feats and best.cc in _focus())
    small_town = best.kind == "city" and best.pop < 50_000
    if not exact and not feats["article_top"]:
        return True  # a loose match to a minor place in another country: likely a missed name
    if not exact and "no_country" in feats and best.cc not in _focus() and small_town:
        return True  # the same, its own name the article's only country evidence ("hit Transport in X")
    if abroad and small_town:
        return True  # a small foreign homonym the article gives no reason for
    if not feats["primary"] and not (feats["article_top"] or "linked_top" in feats) and small_town:
        return True  # a small town abroad known by another name ("Ayash" ~ Ayaş): a missed local name
    far = feats.get("near_km", 0.0) > 500
    # far from every place the article is sure of: a missing local name
    return best.kind == "city" and best.pop < 100_000 and far and not feats["article_top"]
