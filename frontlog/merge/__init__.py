"""Merge event mentions into events: one per (sub_event_type, place, day, actor pair) (spec section 1).

Mentions are blocked by (sub_event_type, place, date), so the cost is linear in the number of
mentions; inside a block, a mention without an actor joins the cluster of one with actors, and
one article's mentions by the same acting side are one event even when they name its target
differently ("strikes on the rebel-held district" and "strikes killed seven civilians"): when
civilians are among the targets of remote violence, they are its actor2, as ACLED codes it.
Fighting that ends the same day in a capture of the same place by the same sides is folded into
the capture. Each event gets ACLED's names and inter codes of its actors (actors.acled), from the
canonical actors, the event's country and its date.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from frontlog.actors import load_actor_lexicon
from frontlog.calendar import first_day
from frontlog.places.normalize import place_key
from frontlog.records import Event, Mention, Source, stable_id

TERRITORY = frozenset({"Government regains territory", "Non-state actor overtakes territory"})
CIVILIANS = "Civilians"
CLASH = "Armed clash"
UNIDENTIFIED = "Unidentified armed group"  # "the attackers", "gunmen": a side the article may name
REMOTE = "Explosions/Remote violence"


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _cluster(mentions: list[Mention]) -> list[list[Mention]]:
    clusters: list[list[Mention]] = []
    heads: list[tuple[str | None, str | None]] = []
    for m in sorted(mentions, key=lambda m: (m.actor1 is None, m.actor2 is None)):
        for i, (a1, a2) in enumerate(heads):
            if _compatible(m.actor1, a1) and _compatible(m.actor2, a2):
                clusters[i].append(m)
                heads[i] = (a1 or m.actor1, a2 or m.actor2)
                break
            if m.sub_event_type == "Armed clash" and _compatible(m.actor2, a1) and _compatible(m.actor1, a2):
                clusters[i].append(m)  # "fighting between X and Y" after "Y attacked X": one clash
                heads[i] = (a1 or m.actor2, a2 or m.actor1)
                break
        else:
            clusters.append([m])
            heads.append((m.actor1, m.actor2))
    return _join_same_article(clusters, heads)


def _join_same_article(
    clusters: list[list[Mention]], heads: list[tuple[str | None, str | None]]
) -> list[list[Mention]]:
    """Clusters of one block that one article tells with the same acting side are one event; so
    are a clash with one named side and the article's clash of that side with another."""
    out: list[list[Mention]] = []
    out_heads: list[tuple[str | None, set[str]]] = []
    out_sides: list[set[str]] = []
    for cluster, (a1, a2) in zip(clusters, heads, strict=True):
        docs = {m.source.doc_id for m in cluster}
        sides = {a for a in (a1, a2) if a is not None}
        clash = cluster[0].sub_event_type == CLASH
        for i, (b1, other_docs) in enumerate(out_heads):
            same_side = a1 is not None and (a1 == b1 or load_actor_lexicon().same_state(a1, b1))
            # a clash has no direction: "five attackers were killed" names one of its two sides
            one_side = clash and len(sides) == 1 and (sides < out_sides[i] or sides == {UNIDENTIFIED})
            if (same_side or one_side) and docs & other_docs:
                out[i].extend(cluster)
                other_docs |= docs
                out_sides[i] |= sides
                break
        else:
            out.append(list(cluster))
            out_heads.append((a1, docs))
            out_sides.append(sides)
    return out


def _block_place(m: Mention) -> str:
    """The place part of a mention's merge key. A report that names no place at all (an empty name,
    kept unplaced) says nothing that ties its event to another article's: it merges only within
    its own article, and its event id stays distinct from theirs."""
    key = place_key(m.place)
    return key if m.place.name.strip() else f"{key}#{m.source.doc_id}"


def _most_common(values: Iterable[str | None]) -> str | None:
    counts = Counter(v for v in values if v)
    return counts.most_common(1)[0][0] if counts else None


def _event(group: list[Mention]) -> Event:
    first = group[0]
    a1 = _most_common(m.actor1 for m in group)
    a2 = _most_common(m.actor2 for m in group if m.actor2 != a1)
    if first.event_type == REMOTE and any(m.actor2 == CIVILIANS for m in group):
        a2 = CIVILIANS
    fat = [m.fatalities for m in group if m.fatalities is not None]
    a1, a2 = load_actor_lexicon().acled_pair(
        first.event_type, first.sub_event_type, a1, a2, country=first.place.country,
        when=first_day(first.event_date), fatalities=min(fat) if fat else None,
    )
    detail = next((m.place.detail for m in group if m.place.detail), None)
    place = first.place if first.place.detail == detail else replace(first.place, detail=detail)
    sources: dict[tuple[str, int], Source] = {}
    for m in group:
        sources.setdefault((m.source.doc_id, m.source.start), m.source)
    miss = 1.0
    for m in group:
        miss *= 1 - m.confidence
    key = (first.sub_event_type, _block_place(first), first.event_date, a1, a2)
    coding = load_actor_lexicon().coding(a1, a2, country=place.country, when=first_day(first.event_date))
    return Event(
        event_id=stable_id(*key),
        event_date=first.event_date,
        date_precision=first.date_precision,
        event_type=first.event_type,
        sub_event_type=first.sub_event_type,
        actor1=a1,
        actor2=a2,
        location=place,
        fatalities=min(fat) if fat else None,
        background=all(m.background for m in group),
        siege=any(m.siege for m in group),
        sources=tuple(sorted(sources.values(), key=lambda s: (s.published or "", s.doc_id, s.start))),
        confidence=round(1 - miss, 3),
        siege_broken=any(m.siege_broken for m in group),
        triggers=tuple(sorted({m.trigger.lower() for m in group})),
        actor1_acled=coding.actor1_acled,
        actor2_acled=coding.actor2_acled,
        inter1=coding.inter1,
        inter2=coding.inter2,
        interaction=coding.interaction,
    )


def merge_events(mentions: Iterable[Mention]) -> list[Event]:
    """Merge mentions across sentences, articles and outlets into events, in a stable order."""
    blocks: dict[tuple[str, str, str], list[Mention]] = defaultdict(list)
    for m in mentions:
        blocks[(m.sub_event_type, _block_place(m), m.event_date)].append(m)
    events = [_event(c) for block in blocks.values() for c in _cluster(block)]
    events = _fold_clashes(_fold_unnamed_captures(events))
    return sorted(events, key=lambda e: (e.event_date, e.location.name, e.sub_event_type, e.event_id))


def _fold_unnamed_captures(events: list[Event]) -> list[Event]:
    """A capture with no named capturer ("forces established full control over X") that an article
    tells beside a capture of the same place by a named side, within three days, is that capture
    told again: its sources join it."""
    named: dict[str, list[int]] = defaultdict(list)
    for i, e in enumerate(events):
        if e.sub_event_type in TERRITORY and e.actor1 is not None and e.date_precision == "day":
            named[place_key(e.location)].append(i)
    out = list(events)
    dropped: set[int] = set()
    for i, e in enumerate(events):
        if e.sub_event_type not in TERRITORY or e.actor1 is not None or e.date_precision != "day":
            continue
        docs = {s.doc_id for s in e.sources}
        day = date.fromisoformat(e.event_date)
        for j in named.get(place_key(e.location), []):
            c = out[j]
            if (
                docs & {s.doc_id for s in c.sources}
                and abs((date.fromisoformat(c.event_date) - day).days) <= 3
            ):
                srcs = {(s.doc_id, s.start): s for s in c.sources + e.sources}
                ordered = sorted(srcs.values(), key=lambda s: (s.published or "", s.doc_id, s.start))
                out[j] = replace(c, sources=tuple(ordered))
                dropped.add(i)
                break
    return [e for i, e in enumerate(out) if i not in dropped]


def _fold_clashes(events: list[Event]) -> list[Event]:
    """Drop an armed clash that a same-day capture of the same place by the same sides covers."""
    captures: dict[tuple[str, str], list[Event]] = defaultdict(list)
    for e in events:
        if e.sub_event_type in TERRITORY:
            captures[(place_key(e.location), e.event_date)].append(e)
    out = []
    for e in events:
        if e.sub_event_type == "Armed clash":
            pair = {e.actor1, e.actor2} - {None}
            if any(
                pair <= ({c.actor1, c.actor2} - {None}) or not pair
                for c in captures.get((place_key(e.location), e.event_date), [])
            ):
                continue
        out.append(e)
    return out
