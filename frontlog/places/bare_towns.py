"""Towns named after a place word in a report that names no country at all.

A short report ("Protesters blocked the main road in X", "Troops shelled X") often names one
town and no country, no demonym, no actor of a known country. The small tagger reads an unfamiliar
town name as a person or an organisation, and the running-text scan (places/local.py) takes a
name only in one of the article's countries, of which there is none. Then the event has no place.

Here a name the tagger called a person, an organisation or a group, right after a place
preposition or as the object of a verb of place (data/place_cues.tsv: "in X", "shelled X"),
becomes a place span when the core gazetteer spells it exactly as towns of ONE country and as
nothing else (no region, no country, not a word of data/not_places.txt). A person's name seldom
follows "in", and one that does ("Ali", "Ahmed") names towns in many countries, or none. Session
16, helper geoafr (issue 15).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from frontlog.places.gazetteer import GazEntry, Gazetteer, not_place_keys
from frontlog.places.index import IndexHit
from frontlog.places.kept import candidates
from frontlog.places.normalize import name_key
from frontlog.places.readings import RULE_INSIDE

__all__ = ["bare_mentions", "bare_tagged", "lone_country_towns"]

# an index town (not in the core) this large; the index's many hamlets have no population
INDEX_POP = 1_000
# the tagger's labels for names that may be an unfamiliar town's
_NAMES = frozenset({"PERSON", "ORG", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})


def lone_country_towns(gaz: Gazetteer, text: str) -> list[GazEntry]:
    """The towns (and index districts) spelt exactly `text` when they all lie in one country and
    the name is no region's or country's: the core's towns, the index's towns of INDEX_POP people."""
    if name_key(text) in not_place_keys():
        return []
    core, exact = candidates(gaz, text)
    core = core if exact else []  # (not the core's towns spelt only like it)
    if any(e.kind != "city" for e in core):
        return []
    hits = [(e, h) for e, h in gaz.index_candidates(text) if h.core is None]
    if any(h.kind == "admin1" for _, h in hits):
        return []
    index = [e for e, h in hits if _town(h)]
    found = [*core, *index]
    return found if len({e.cc for e in found}) == 1 else []


def _town(hit: IndexHit) -> bool:
    """An index place of some size: a town of INDEX_POP people, or a district."""
    return (hit.kind == "city" and hit.pop >= INDEX_POP) or hit.kind == "admin2"


def _cued(span: Any) -> bool:
    """After a place preposition, or the object of a verb of place (the running-text scan's cues)."""
    from frontlog.places.local import _place_cue

    return bool(_place_cue(span))


def bare_mentions(
    doc: Any, gaz: Gazetteer, mentions: list[Any], ctx: Counter[str], context_from: int
) -> list[Any]:
    """Mentions for the towns of the module docstring; their spans join doc.spans["places"]."""
    from spacy.tokens import Span

    from frontlog.places.resolve import _Mention

    if any(v > 0 for k, v in ctx.items() if len(k) == 2):
        return []
    groups = [*doc.spans.get("places", []), *doc.spans.get("actors", [])]
    taken = {t.i for s in groups for t in s} | {t.i for m in mentions for t in m.span}
    out: list[Any] = []
    for ent in doc.ents:
        if ent.label_ not in _NAMES or any(t.i in taken for t in ent) or not _cued(ent):
            continue
        towns = lone_country_towns(gaz, ent.text)
        if not towns:
            continue
        span = Span(doc, ent.start, ent.end, label="GPE")
        m = _Mention(span, span.text, name_key(span.text), towns, True, span.start_char >= context_from)
        m.from_index, m.cued, m.scanned = set(towns), True, True
        taken |= {t.i for t in span}
        out.append(m)
    if out:
        doc.spans["places"] = sorted(
            [*doc.spans.get("places", []), *(m.span for m in out)], key=lambda s: s.start
        )
    return out


def bare_tagged(mentions: list[Any], ctx: Counter[str], gaz: Gazetteer) -> None:
    """A name the tagger calls a place that the core does not spell exactly (only towns spelt like
    it, or a place inside it: "Mara" of "Trans Mara"), in an article whose other words give no
    country: its readings become the towns of lone_country_towns, when there are any and none of
    its readings lies in their country (a town spelt otherwise there, "Shirqat", keeps its readings)."""
    for m in mentions:
        if m.scanned or (m.exact and m.rule != RULE_INSIDE) or m.span.label_ not in ("GPE", "LOC"):
            continue
        own = m.evidence | m.group_evidence
        if any(v - own.get(k, 0) > 0 for k, v in ctx.items() if len(k) == 2):
            continue
        towns = lone_country_towns(gaz, m.text)
        if towns and not any(e.cc == towns[0].cc for e in m.entries):  # ("Shirqat" ~ Ash Sharqat: kept)
            m.entries, m.exact, m.rule = towns, True, None
            m.from_index, m.cued = set(towns), True
