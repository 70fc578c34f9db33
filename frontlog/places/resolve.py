"""Resolve place mentions to gazetteer entries, using the article's context.

Each candidate (every gazetteer entry the mention's name can mean) gets explainable features:
how well the name matches, population, kind of place, capital, and how it fits the article (its
country and first-level region among the article's other places, distance to them). A linear
ranker scores them with weights learned on the toponym benchmarks (tools/train_resolver.py,
weights and their provenance in data/resolver_weights.tsv). Two passes: the first uses only the
article's unambiguous places as context, the second also the first pass's choices for the
others. The chosen candidate keeps its features and score.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from frontlog.places import local
from frontlog.places.abroad import abroad_features, linked_evidence, own_country, small_abroad, weak
from frontlog.places.discourse import apply_county_rule, one_sense
from frontlog.places.district_fallback import RULE_IN_DISTRICT, fall_to_districts
from frontlog.places.districts import DISTRICT_KM, district_readings, inside_districts
from frontlog.places.gazetteer import GazEntry, Gazetteer, undotted_states
from frontlog.places.glued import spaced, span_name
from frontlog.places.located import Located, keep_located, keep_towns
from frontlog.places.normalize import name_key, short_key
from frontlog.places.others import _Others, _share
from frontlog.places.readings import RULE_INSIDE, RULE_KIND, _qualifier, _readings
from frontlog.places.weights import FEATURES, FIRST_PASS, load_weights, parse_weights
from frontlog.records import Place

__all__ = ["FEATURES", "FIRST_PASS", "PlaceMention", "load_weights", "parse_weights", "resolve_places"]

PRECISION = {
    "city": "city",
    "admin1": "admin1",
    "admin2": "admin1",  # a county: the output's precisions stop at first-level regions
    "country": "country",
    "point": "point",
    "continent": "country",
    "sea": "country",  # a sea or ocean: a large area ("a warship in the Mediterranean fired at X"), never finer
}


# a town abroad smaller than this needs some evidence of its country besides its own name when
# the article's other names point elsewhere
SMALL_ABROAD_POP = 50_000

# the tagger's labels for names that help resolve the article's other places but never say
# where an event happened: a place inside an organisation's name ("Raqqa Civil Council"), and a
# demonym ("Russian warplanes", "Iraqi forces")
NESTED = "NESTED"
DEMONYM = "DEMONYM"
CONTEXT_ONLY = frozenset({NESTED, DEMONYM})


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
    context_only: bool = False  # a demonym or a name inside an organisation's: not an event's place
    region: Place | None = None  # the first-level region it lies in ("the countryside of X" is coded there)


def to_place(e: GazEntry, gaz: Gazetteer, detail: str | None = None) -> Place:
    from frontlog.places.district_centre import centred  # (here: the module's import block is the lead's)

    e = centred(e, gaz)  # a district whose own point lies far from its villages (places/district_centre.py)
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


@dataclass(slots=True)
class _Mention:
    span: Any
    text: str
    key: str  # the name's key: mentions with the same key are one place, never each other's context
    entries: list[GazEntry]
    exact: bool
    in_context: bool  # counts as context (not a dateline)
    rule: str | None = None  # a rule that chose the readings before the ranker (see _readings)
    unreviewed: frozenset[int | None] = frozenset()  # reviewed entries it names by an unreviewed name
    evidence: Counter[str] = field(default_factory=Counter)  # country evidence it gives
    region: tuple[str, str] | None = None  # the region it surely lies in
    anchor: tuple[float, float] | None = None  # where it surely is
    choice: GazEntry | None = None  # the first pass's pick
    outlet: dict[tuple[str, str], tuple[float, float]] = field(default_factory=dict)  # region -> shares
    # "Paris, Texas", "Alexandria, Va.", "Aleppo, Syria": the regions and countries named right after it
    qualifier: set[tuple[str, str]] = field(default_factory=set)
    # the evidence of every mention of the same name (left out of this one's context)
    group_evidence: Counter[str] = field(default_factory=Counter)
    group_regions: Counter[tuple[str, str]] = field(default_factory=Counter)
    # readings from the on-disk index (villages, districts...), merged in once the article's
    # countries are known (see local.merge_index); whether they matched exactly; whether the text
    # calls the name a place ("the village of X", "X district")
    index: list[tuple[GazEntry, Any]] = field(default_factory=list)
    index_loose: list[tuple[GazEntry, Any]] = field(default_factory=list)
    index_exact: bool = False
    cued: bool = False
    from_index: set[GazEntry] = field(default_factory=set)  # readings taken from the index
    located: Located | None = None  # where the words after it put it ("X village in southern Idleb")
    offset: Any = None  # places/offset.Offset: "X (31km NW of Y)"
    scanned: bool = False  # found by the running-text scan (local.scanned_mentions), not the tagger


def _mentions(doc: Any, gaz: Gazetteer, context_from: int, dateline_end: int | None = None) -> list[_Mention]:
    from frontlog.doctext import doc_text  # (here: the module's import block is the lead's)
    from frontlog.places import hyphens, offset
    out: list[_Mention] = []
    full_text = doc_text(doc)
    hyphens.join_cut_names(doc, gaz)  # "Hawl" of "Hawl-Wadaag" (places/hyphens.py)
    first = min((span.start_char for span in doc.spans.get("places", [])), default=-1)
    spans = list(doc.spans.get("places", []))
    # the dateline's first place ("WASHINGTON (AP) -", not "Wash." of "CAMP MURRAY, Wash."): a town
    head_end = context_from if dateline_end is None else dateline_end
    found = [
        _readings(span_name(s), full_text, s.end_char, gaz, dateline=s.end_char <= head_end and s.start_char == first)
        for s in spans
    ]
    ends = {s.end_char for s in spans}
    after_town = [any(full_text[e : s.start_char].strip() == "," for e in ends if s.start_char - 3 <= e < s.start_char)
                  for s in spans]  # fmt: skip
    senses = one_sense(
        [(span_name(s), f[0], f[2], a) for s, f, a in zip(spans, found, after_town, strict=True)], gaz
    )
    for span, (_, exact, _), (entries, rule), town in zip(spans, found, senses, after_town, strict=True):
        text = span_name(span)
        # "the village X": no city of VILLAGE_MAX_POP people, nor evidence for its country
        entries = keep_towns(entries, full_text, span.end_char, span.start_char)
        if not town:  # "Mass Graves" is no state ("Boston, Mass" is)
            entries = undotted_states(entries, text, full_text, span.start_char, span.end_char)
        index, index_loose, cued = local.index_readings(
            text, full_text, span.start_char, span.end_char, gaz, core_exact=exact
        )
        if not entries and not index and not index_loose:  # "X village in southern Idleb": one there sounding alike
            index = local.sounding_readings(text, full_text, span.end_char, gaz)
            if not index and not cued and not offset.follows(full_text, span.end_char):
                continue  # (a name the text calls a place may be a village at home: home_spelling)
        key = name_key(text)
        m = _Mention(span, text, key, entries, exact, span.start_char >= context_from, rule)
        m.index, m.index_loose, m.cued = index, index_loose, cued
        m.unreviewed = frozenset(e.gid for e in entries if e.curated and (e.gid, key) in gaz.unreviewed)
        m.qualifier = _qualifier(full_text, span.end_char, gaz)
        sure = _dominant(m)
        if m.in_context and sure is not None:
            if sure.cc:
                m.evidence[sure.cc] += 2 if exact else 1
            if sure.kind not in ("country", "continent"):
                m.anchor = (sure.lat, sure.lon)
            if exact and sure.admin1:
                m.region = (sure.cc, sure.admin1)
        elif m.in_context and exact and rule in (None, RULE_KIND) and _one_country(m.entries):
            # every place the name itself names lies in one country ("Homa Bay" the town and its
            # county; not a place found inside a longer name: "East Yorkshire")
            m.evidence[m.entries[0].cc] += 1
        out.append(m)
    groups: dict[str, tuple[Counter[str], Counter[tuple[str, str]]]] = {}
    for m in out:
        evidence, regions = groups.setdefault(m.key, (Counter(), Counter()))
        evidence.update(m.evidence)
        if m.region:
            regions[m.region] += 1
    for m in out:
        m.group_evidence, m.group_regions = groups[m.key]
    return out


def _primary(e: GazEntry, m: _Mention) -> bool:
    """Is the mention's name the entry's own name (or a reviewed alias of a curated entry), not
    one of its alternate names? An acronym ("US") is not the own name of a word-named town ("Us")."""
    if e.curated and m.exact and e.gid not in m.unreviewed:
        return True
    from frontlog.places.readings import kind_bare  # (here: the module's import block is the lead's)

    own = m.key if m.rule != RULE_KIND else name_key(kind_bare(m.text))  # "Yei County": Yei's own name
    if name_key(e.name) != own and short_key(e.name) != own:  # "Burton" of "Burton upon Trent"
        return False
    bare = m.text.replace(".", "")
    return not (bare.isupper() and len(bare) <= 3 and not e.name.replace(".", "").isupper())


def _dominant(m: _Mention) -> GazEntry | None:
    """The reading a name surely has without context: the only one, or the one place that bears
    it as its own name and is larger than those that bear it as an alternate name, or has 50 times
    the people of any other (a reviewed entry first: it is then the sure reading when the others
    are not reviewed)."""
    if len(m.entries) <= 1:
        return m.entries[0] if m.entries else None
    # a reviewed entry is never outweighed by an unreviewed homonym's population
    ranked = sorted(m.entries, key=lambda e: (e.curated, _primary(e, m), e.pop), reverse=True)
    top, second = ranked[0], ranked[1]
    if not _primary(top, m):
        return None
    # (a place that bears the name only as an alternate name is outweighed only when it is not
    # larger: "Jenin" is a Polish hamlet's own name and the West Bank city's alternate one)
    other_name = not _primary(second, m) and top.pop >= second.pop
    if (top.curated and not second.curated) or other_name or top.pop >= 50 * max(second.pop, 1):
        return top
    return None


def _one_country(entries: list[GazEntry]) -> bool:
    """Do the entries (two or more) all lie in one country, none of them a country itself?"""
    return (
        len(entries) > 1
        and len({e.cc for e in entries}) == 1
        and bool(entries[0].cc)
        and all(e.kind not in ("country", "continent", "sea") for e in entries)
    )


def _features(
    e: GazEntry, m: _Mention, others: _Others, gaz: Gazetteer,
    ctx: Counter[str], regions: Counter[tuple[str, str]], second: bool,
) -> dict[str, float]:  # fmt: skip
    own_region = m.group_regions
    shares, top, max_pop, article_top = others.stats(m, ctx)
    region = (e.cc, e.admin1 or "")
    f: dict[str, float] = {
        "primary": 1.0 if _primary(e, m) else 0.0,
        "log_pop": math.log10(e.pop + 10),
        "top_pop": 1.0 if e.pop >= max_pop and e.pop > 0 else 0.0,
        "country_kind": 1.0 if e.kind == "country" else 0.0,
        "admin1_kind": 1.0 if e.kind == "admin1" else 0.0,
        "admin2_kind": 1.0 if e.kind == "admin2" else 0.0,
        "continent_kind": 1.0 if e.kind == "continent" else 0.0,
        "point_kind": 1.0 if e.kind == "point" else 0.0,
        "curated": 1.0 if e.curated else 0.0,
        "reviewed_town": 1.0 if e.curated and e.kind in ("city", "point") else 0.0,
        "capital": 1.0 if e.gid is not None and e.gid in gaz.capitals else 0.0,
        "ctx_country": shares.get(e.cc, 0.0),
        "top_country": 1.0 if top is not None and e.cc == top else 0.0,
        "ctx_admin1": _share(regions, own_region, region) if e.admin1 else 0.0,
        # not weighted, kept to explain the choice and for the missed-name checks: the article's
        # country evidence for this country, this mention included
        "ctx_count": float(ctx.get(e.cc, 0)),
        "article_top": 1.0 if ctx and e.cc == article_top else 0.0,
        **({f"rule: {m.rule}": 1.0} if m.rule else {}),  # not weighted: says why, for `frontlog places`
        **({"from_index": 1.0} if e in m.from_index else {}),  # not weighted: a village of the index
        **({"cued": 1.0} if m.cued else {}),  # not weighted: the text calls the name a place
    }
    if m.qualifier and e.kind not in ("country", "continent"):
        f["qualified"] = float((e.cc, e.admin1 or "") in m.qualifier or (e.cc, "") in m.qualifier)
    shares_outlet = m.outlet.get((e.cc, e.admin1 or ""))
    if shares_outlet:
        f["outlet_country"] = shares_outlet[0]
        f["outlet_admin1"] = shares_outlet[1] if e.admin1 and e.kind != "country" else 0.0
    if e.kind not in ("country", "continent"):
        near = others.near(e, m.key)
        if near is not None:
            f["near_km"] = round(near, 1)  # not weighted: kept to explain the choice
            f["near_50"] = 1.0 if near < 50 else 0.0
            f["near_300"] = 1.0 if near < 300 else 0.0
            f["far_2000"] = 1.0 if near > 2000 else 0.0
    if second:
        n = others.n[""] - others.n[m.key]  # the other names' chosen places
        if n:
            f["res_country"] = (others.cc[("", e.cc)] - others.cc[(m.key, e.cc)]) / n
            a1 = e.admin1 or ""
            f["res_admin1"] = (
                (others.cc_a1[("", e.cc, a1)] - others.cc_a1[(m.key, e.cc, a1)]) / n if e.admin1 else 0.0
            )
            if e.kind not in ("country", "continent"):
                f["res_near"] = others.chosen_near(e, m.key)
    return f


def total_score(f: dict[str, float], weights: dict[str, float]) -> float:
    """A candidate's score: its features weighted and summed (what the ranker maximises)."""
    return sum(weights.get(k, 0.0) * v for k, v in f.items())


def sure_regions(doc: Any, gaz: Gazetteer, context_from: int = 0) -> Counter[tuple[str, str]]:
    """The regions (country, first-level region; "" for a country) of the places a document
    names without ambiguity, each name once: what an outlet's other articles contribute to
    `outlet` context."""
    seen: dict[str, tuple[str, str]] = {}
    for m in _mentions(doc, gaz, context_from):
        sure = _dominant(m)
        if m.in_context and sure is not None and sure.cc and m.key not in seen:
            seen[m.key] = (
                (sure.cc, sure.admin1 or "") if sure.kind not in ("country", "continent") else (sure.cc, "")
            )
    return Counter(seen.values())


def candidate_features(
    doc: Any, gaz: Gazetteer, *, extra_countries: Counter[str] | None = None, context_from: int = 0,
    first_weights: dict[str, float] | None = None, outlet: Counter[tuple[str, str]] | None = None,
    scan: bool = False, dateline_end: int | None = None,
) -> list[tuple[Any, list[tuple[GazEntry, dict[str, float]]]]]:  # fmt: skip
    """Every mention's candidates with their second-pass features (what the ranker sees; the
    training script calls this too). `first_weights` overrides the first pass's weights.
    `outlet`: sure_regions() summed over the same outlet's other articles (a local paper writes
    about its own region), if the caller has them. With `scan`, runs of capitalised words the
    tagger left alone that name a village or district of the article's countries (the on-disk
    index) become place spans too, added to doc.spans["places"]."""
    from frontlog.doctext import doc_text
    mentions = _mentions(doc, gaz, context_from, dateline_end)
    if outlet:
        total = sum(outlet.values())
        by_cc: Counter[str] = Counter()
        for (occ, _), n in outlet.items():
            by_cc[occ] += n
        for m in mentions:
            m.outlet = {
                (e.cc, e.admin1 or ""): (by_cc[e.cc] / total, outlet.get((e.cc, e.admin1 or ""), 0) / total)
                for e in m.entries
            }
    ctx: Counter[str] = Counter(extra_countries or {})
    for tok in doc:
        cc = gaz.demonyms.get(tok.lower_)
        if cc and len(cc) == 2:
            ctx[cc] += 1
    regions: Counter[tuple[str, str]] = Counter()
    named: Counter[str] = Counter()  # the evidence of place names alone (not demonyms, not actors)
    for m in mentions:
        if m.span.label_ not in CONTEXT_ONLY and _substantial(_dominant(m)):
            named.update(m.evidence)
        ctx.update(m.evidence)
        if m.region:
            regions[m.region] += 1
    ctx.update(linked_evidence(ctx))  # "Israeli forces" is a reason for a town of the West Bank
    if scan:
        mentions += _scanned(doc, gaz, mentions, ctx, context_from)
    full_text = doc_text(doc)
    from frontlog.places import homonyms, list_located, offset  # (here, not at the top)
    list_located.locate(mentions, full_text, gaz, ctx)  # "X (31km NW of Y)", "X village in Y", "A, B and C near Y"
    mentions = [m for m in mentions if local.merge_index(m, mentions, ctx, gaz) | district_readings(
        m, full_text, ctx, own_country(named, m.group_evidence), gaz, DISTRICT_KM)
        or local.spelt_at_home(m, mentions, ctx, gaz) or offset.placed(m)]
    for m in mentions:
        m.entries, added = keep_located(m.entries, m.located, m.text, gaz, m.from_index)
        offset.placed(m)  # no reading near the point the text gives: the point itself
        m.entries = keep_towns(m.entries, full_text, m.span.end_char, m.span.start_char)
        if added:  # villages the text's region makes sure of (no longer a name inside a longer one)
            m.from_index, m.cued, m.rule = set(m.entries), True, None
        local.home_spelling(m, ctx, gaz, local.anchors_of(m, mentions))
    inside_districts(mentions, full_text, DISTRICT_KM)
    mentions = _chained(doc, mentions, gaz, ctx, scan)  # "X in Y of Z" (places/chain.py)
    mentions = fall_to_districts([m for m in mentions if m.entries], full_text, gaz, DISTRICT_KM, running=scan)
    w1 = first_weights if first_weights is not None else load_weights()[0]
    first = _Others.of(mentions)  # anchors only: no choice is made yet
    for m in mentions:
        scored = [(e, total_score(_features(e, m, first, gaz, ctx, regions, False), w1)) for e in m.entries]
        m.choice = homonyms.best_reading(scored, lambda x: x[0], lambda x: x[1])[0]
    apply_county_rule(mentions, regions)
    second = _Others.of(mentions, first)
    told = named + Counter(extra_countries or {})  # the countries place names and actors give ("Houthi")
    return [
        (
            m.span,
            [
                (
                    e,
                    _features(e, m, second, gaz, ctx, regions, True)
                    | _elsewhere(e, m, told, ctx)
                    | abroad_features(e, m, ctx, named, Counter(extra_countries or {}), gaz),
                )
                for e in m.entries
            ],
        )
        for m in mentions
    ]


def _scanned(doc: Any, gaz: Gazetteer, mentions: list[_Mention], ctx: Counter[str], context_from: int) -> list[_Mention]:
    """Names the tagger left alone or took for part of an organisation's: villages and districts of
    the article's countries in running text (local.scanned_mentions), names before "Local
    Government Area", "LGA" (places/units.py), regions with their division word ("Cross River
    State": places/regions.py)."""
    from frontlog.places.bare_towns import bare_mentions, bare_tagged
    from frontlog.places.glued_runs import glued_mentions  # (here: the module's import block is the lead's)
    from frontlog.places.regions import region_orgs
    from frontlog.places.units import unit_mentions

    region_orgs(mentions)  # "Cross River State": the region, not a name inside an organisation's
    found = glued_mentions(doc, gaz, mentions, ctx, context_from)  # "the villages of A B C and D"
    found += local.scanned_mentions(doc, gaz, mentions + found, ctx, context_from)
    bare_tagged(mentions, ctx, gaz)  # a tagged name spelt as one country's towns only, no country (bare_towns.py)
    found += bare_mentions(doc, gaz, mentions + found, ctx, context_from)  # "in X" with no country
    return found + unit_mentions(doc, gaz, mentions + found, context_from)


def _chained(doc: Any, mentions: list[_Mention], gaz: Gazetteer, ctx: Counter[str], scan: bool) -> list[_Mention]:
    from frontlog.places.chain import chained_mentions  # (here: the module's import block is the lead's)

    return chained_mentions(doc, mentions, gaz, ctx, scan)


def _substantial(e: GazEntry | None) -> bool:
    """A place whose name can say which country an article is about: a country or region, a
    reviewed place, or a town of SMALL_ABROAD_POP people (not a hamlet named like a rocket)."""
    return e is not None and (e.curated or e.kind not in ("city", "point") or e.pop >= SMALL_ABROAD_POP)


def _elsewhere(e: GazEntry, m: _Mention, named: Counter[str], ctx: Counter[str]) -> dict[str, float]:
    """Not weighted: the article's other place names (sure and substantial ones) and its actors'
    countries point to other countries, and nothing in it (no place, demonym or actor) to this reading's country."""
    if e.kind in ("country", "continent") or ctx.get(e.cc, 0) - m.group_evidence.get(e.cc, 0) > 0:
        return {}
    rest = named - m.group_evidence
    return {"elsewhere": 1.0} if sum(rest.values()) >= 2 else {}


def resolve_places(
    doc: Any, gaz: Gazetteer, *, extra_countries: Counter[str] | None = None, context_from: int = 0,
    all_spans: bool = False, outlet: Counter[tuple[str, str]] | None = None, dateline_end: int | None = None,
) -> list[PlaceMention]:  # fmt: skip
    """Resolve doc.spans["places"] in the context of the whole document.

    Places before `context_from` (a dateline: where the story was filed) do not count as the
    article's context; the first place of a dateline ending at `dateline_end` (default
    `context_from`) is read as a town ("WASHINGTON (AP) -"). Spans whose best reading is a weak
    one (a loose match, or a small town abroad the article gives no reason for) are dropped as
    likely missed names, unless
    `all_spans` (the spans are known toponyms, as in a benchmark's gold spans).
    """
    from frontlog.places.abroad import foreign_reading  # (here: the module's import block is the lead's)
    from frontlog.places.common_words import after_stance_word  # (here: the import block is the lead's)
    from frontlog.places.homonyms import best_reading  # (here: the module's import block is the lead's)

    weights = load_weights()[1]
    cands = candidate_features(
        doc,
        gaz,
        extra_countries=extra_countries,
        context_from=context_from,
        outlet=outlet,
        scan=not all_spans,
        dateline_end=dateline_end,
    )
    out: list[PlaceMention] = []
    for span, scored in cands:
        if not all_spans:
            scored = [x for x in scored if not _unsupported_abroad(*x)]
            if not scored:
                continue
        best, feats = best_reading(scored, lambda x: x[0], lambda x: total_score(x[1], weights))
        if not all_spans and after_stance_word(doc, span.start):
            continue  # "the pro Hadi side", "anti-Houthi sites": a side, no place (places/common_words.py)
        if not all_spans and f"rule: {RULE_INSIDE}" in feats:
            continue  # in running text, "Tell Sultan" is an unknown village, not At Tall
        if not all_spans and "loose" in feats and best.kind in ("country", "continent"):
            continue  # spelt like a country, which has all its known names: another place ("Sangailu")
        lone = not feats.get("near_50")  # (Kenya's Mandera beside Somalia's Beled Hawo is no missed name)
        if not all_spans and "from_index" in feats and "abroad" in feats and small_abroad(best, gaz) and lone:
            continue  # "Washir district" in a story about Helmand is no village of Yemen: a missed name
        if not all_spans and weak(best, feats, name_key(span_name(span)) in gaz.exact):
            continue
        if not all_spans and foreign_reading(best, feats):
            continue  # "SPLA-IO fighters attacked X" is no hamlet of China: a missed name
        out.append(
            PlaceMention(
                start=span.start_char,
                end=span.end_char,
                text=span.text,
                token_start=span.start,
                token_end=span.end,
                place=to_place(best, gaz, spaced(span) if f"rule: {RULE_IN_DISTRICT}" in feats else None),
                cc=best.cc,
                features=feats | {"score": total_score(feats, weights)},
                context_only=span.label_ in CONTEXT_ONLY,
                region=_region(best, gaz),
            )
        )
    return out


def _unsupported_abroad(e: GazEntry, feats: dict[str, float]) -> bool:
    """In running text, a small town or a region in a country that nothing else in the article
    names, while its other place names point to another country: a homonym abroad of a place
    the gazetteer lacks ("Shells fell on Raffa and Saraqib" is not Raffa in Italy; "GRAD
    rockets" in a story about Hama is no region of Slovenia)."""
    small = e.kind in ("admin1", "admin2") or (e.kind == "city" and e.pop < SMALL_ABROAD_POP and not e.curated)
    return bool(feats.get("elsewhere")) and small and not feats.get("beside")  # (abroad.beside_given)


def _region(e: GazEntry, gaz: Gazetteer) -> Place | None:
    """The first-level region a town lies in, as a place (None for regions and countries)."""
    if e.kind in ("admin1", "country", "continent", "sea") or not e.admin1:
        return None
    region = gaz.admin1(e.cc, e.admin1)
    return to_place(region, gaz) if region is not None else None
