"""Resolve place mentions to gazetteer entries, using the article's context.

Each candidate gets a score from explainable features: exact or loose name match, curated entry,
population, the article's country (from unambiguous places, country names, demonyms and actors
with a home country), and nearness to the article's other places. The chosen candidate keeps its
features.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from frontlog.places.gazetteer import GazEntry, Gazetteer, distance_km
from frontlog.records import Place

# fmt: off
WEIGHTS = {
    "exact": 2.0, "curated": 2.0, "log_pop": 0.5, "top_country": 3.0, "article_country": 1.0,
    "near_others": 1.0, "country_kind": 1.0, "admin1_kind": 0.5, "point_kind": 0.3, "article_admin1": 2.0,
}
# fmt: on
PRECISION = {
    "city": "city",
    "admin1": "admin1",
    "country": "country",
    "point": "point",
    "continent": "country",
}
_STRIP_SUFFIX = (" city", " town", " village", " province", " governorate", " countryside")


@dataclass(frozen=True, slots=True)
class PlaceMention:
    start: int  # character offsets in the document text
    end: int
    text: str
    token_start: int
    token_end: int
    place: Place
    cc: str
    features: dict[str, float] = field(default_factory=dict)


def _score(
    e: GazEntry, exact: bool, ctx: Counter[str], top: str | None, anchors: list[tuple[float, float]]
) -> dict[str, float]:
    f: dict[str, float] = {
        "exact": 1.0 if exact else 0.0,
        "curated": 1.0 if e.curated else 0.0,
        "log_pop": math.log10(e.pop + 10),
        "top_country": 1.0 if top and e.cc == top else 0.0,
        "article_country": 1.0 if ctx.get(e.cc, 0) >= 1 else 0.0,
        "country_kind": 1.0 if e.kind == "country" else 0.0,
        "admin1_kind": 1.0 if e.kind == "admin1" else 0.0,
        "point_kind": 1.0 if e.kind == "point" else 0.0,
    }
    if anchors:
        near = min(distance_km((e.lat, e.lon), a) for a in anchors)
        f["near_others"] = 1.0 if near < 300 else 0.0
    return f


def _total(f: dict[str, float]) -> float:
    return sum(WEIGHTS.get(k, 0.0) * v for k, v in f.items())


def to_place(e: GazEntry, gaz: Gazetteer, detail: str | None = None) -> Place:
    country = gaz.country(e.cc)
    return Place(
        name=e.name,
        geonameid=e.gid,
        lat=e.lat,
        lon=e.lon,
        country=country.name if country else e.cc,
        admin1=e.admin1,
        precision=PRECISION.get(e.kind, "city"),
        detail=detail,
    )


def _clean(text: str) -> str:
    t = text.strip()
    if t.lower().startswith("the "):
        t = t[4:]
    return t


def resolve_places(
    doc: Any, gaz: Gazetteer, *, extra_countries: Counter[str] | None = None, context_from: int = 0
) -> list[PlaceMention]:
    """Resolve doc.spans["places"] in the context of the whole document.

    Places before `context_from` (a dateline: where the story was filed) do not count as the
    article's country context.
    """
    spans = list(doc.spans.get("places", []))
    cands: list[tuple[Any, list[GazEntry], bool]] = []
    for span in spans:
        text = _clean(span.text)
        entries, exact = gaz.candidates(text)
        demonym = gaz.demonyms.get(text.lower()) or gaz.demonyms.get(text.lower().rstrip("s"))
        if demonym and (country := gaz.country(demonym)) is not None:
            entries, exact = [country], True  # "Iraqi", "Sri Lankans": the country they name
        if not entries:
            low = text.lower()
            for suf in _STRIP_SUFFIX:
                if low.endswith(suf):
                    entries, exact = gaz.candidates(text[: -len(suf)])
                    break
        if entries:
            cands.append((span, entries, exact))
    ctx: Counter[str] = Counter(extra_countries or {})
    for tok in doc:
        cc = gaz.demonyms.get(tok.lower_)
        if cc:
            ctx[cc] += 1
    anchors: list[tuple[float, float]] = []
    for span, entries, exact in cands:
        if span.start_char < context_from:
            continue
        ccs = {e.cc for e in entries}
        if len(ccs) == 1:
            ctx[next(iter(ccs))] += 2 if exact else 1
            if len(entries) == 1 and entries[0].kind != "country":
                anchors.append((entries[0].lat, entries[0].lon))
        elif any(e.kind == "country" for e in entries) and exact:
            pass
    top = ctx.most_common(1)[0][0] if ctx else None
    # first-level regions the article is about: named regions, and the regions of sure places
    regions: Counter[str] = Counter()
    for span, entries, exact in cands:
        if (
            span.start_char >= context_from
            and exact
            and len({(e.cc, e.admin1) for e in entries}) == 1
            and entries[0].admin1
        ):
            regions[entries[0].admin1] += 1
    out: list[PlaceMention] = []
    for span, entries, exact in cands:
        scored = [
            (
                e,
                _score(e, exact, ctx, top, anchors)
                | {
                    "article_admin1": float(
                        bool(e.admin1) and regions.get(e.admin1 or "", 0) > 0 and e.kind != "admin1"
                    )
                },
            )
            for e in entries
        ]
        best, feats = max(scored, key=lambda x: (_total(x[1]), x[0].pop))
        # a foreign homonym of a minor place in another country is more likely a missed name
        if not exact and not best.curated and best.cc != top:
            continue
        if not best.curated and ctx.get(best.cc, 0) == 0 and best.pop < 50_000 and best.kind == "city":
            continue  # a small foreign homonym the article gives no reason for
        if (
            anchors and best.cc != top and best.kind == "city" and best.pop < 100_000 and not best.curated
            and min(distance_km((best.lat, best.lon), a) for a in anchors) > 500
        ):  # fmt: skip
            continue  # far from every place the article is sure of: a missing local name
        out.append(
            PlaceMention(
                start=span.start_char,
                end=span.end_char,
                text=span.text,
                token_start=span.start,
                token_end=span.end,
                place=to_place(best, gaz),
                cc=best.cc,
                features=feats | {"score": _total(feats)},
            )
        )
    return out


def article_country(mentions: list[PlaceMention]) -> str | None:
    counts = Counter(m.cc for m in mentions if m.place.precision != "country")
    counts.update(m.cc for m in mentions if m.place.precision == "country")
    return counts.most_common(1)[0][0] if counts else None
