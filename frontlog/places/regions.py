"""First-level regions named with their division word.

- A region word after the name of a first-level region of a country at war: "Bari region" is
  Somalia's Bari region, not the region around Bari in Italy; "Gedo region" is Somalia's, not a
  town of Ethiopia. Conflict reports name the region as the smallest area they know ("clashes in
  X village, Hiraan region"), and a reader of a war report takes the war country's region over a
  town abroad that shares the name. Countries: [places] war_countries and focus_countries.
- "Cross River State", "Rivers State": an organisation of the named-entity tagger that is nothing
  but a region's name and its division word (data/region_orgs.yaml) is the region, not a name
  inside an organisation's (context only): "retirees in Cross River State protested at the
  governor's office" happened in Cross River."""

from __future__ import annotations

import functools
from importlib import resources
from typing import Any

import yaml

from frontlog.places.gazetteer import GazEntry
from frontlog.settings import load_settings

__all__ = ["region_orgs", "war_regions"]


@functools.cache
def _war() -> frozenset[str]:
    places = load_settings().places
    return frozenset(places.war_countries) | frozenset(places.focus_countries)


def war_regions(entries: list[GazEntry], cue: frozenset[str]) -> list[GazEntry]:
    """The first-level regions of war countries among a name's exact readings when a region word
    (`cue`: the kinds it allows) follows the name, else []."""
    if "admin1" not in cue:
        return []
    return [e for e in entries if e.kind == "admin1" and e.cc in _war()]


@functools.cache
def _org_words() -> tuple[frozenset[str], frozenset[str]]:
    raw = yaml.safe_load((resources.files("frontlog.places") / "data" / "region_orgs.yaml").read_text("utf-8"))
    return frozenset(str(w).lower() for w in raw["words"]), frozenset(raw["not_in"])


def region_orgs(mentions: list[Any]) -> None:
    """Make each name inside an organisation's name that is a region with its division word (module
    docstring) a place mention of the region, its span holding the word ("Cross River State")."""
    from spacy.tokens import Span

    from frontlog.places.resolve import NESTED

    words, not_in = _org_words()
    for m in mentions:
        regions = [e for e in m.entries if e.kind == "admin1" and e.cc not in not_in]
        if m.span.label_ != NESTED or not regions or not _org_is_region(m.span, words):
            continue
        doc = m.span.doc
        whole = Span(doc, m.span.start, m.span.end + 1, label="GPE")
        doc.spans["places"] = [whole if s == m.span else s for s in doc.spans.get("places", [])]
        m.span, m.text, m.entries, m.exact = whole, whole.text, regions, True


def _org_is_region(span: Any, words: frozenset[str]) -> bool:
    """Is the span followed by a division word, the two of them an organisation of the tagger?"""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].lower_ not in words:
        return False
    return any(
        ent.label_ == "ORG" and ent.end == span.end + 1
        and (ent.start == span.start or (ent.start == span.start - 1 and doc[ent.start].lower_ == "the"))
        for ent in doc.ents
    )  # fmt: skip
