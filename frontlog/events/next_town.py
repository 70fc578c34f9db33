"""The town the next sentence names for an event told at its region or with no place of its own.

"Air strikes killed 22 people in the rebel-held province of Idlib on Wednesday. Rescuers said they
were killed in the raids on the village of X." The lead tells the event at the region (or names
no place and takes the article's town); the next sentence tells it again ("the raids", "the
bombardment": a definite event noun) and names where it happened with a kind noun ("the village
of X", "X town"). A coder codes the event at that village, not at the region and not twice.
Kept narrow (a lead-day rule that took any later town was a net loss in session 12): one
sentence ahead, one town, inside the event's region (or its country when the event took the
article's town), a definite event noun in that sentence. Session 16, helper nplaces.
"""

from __future__ import annotations

import re

from frontlog.doctext import doc_text
from frontlog.events.context import SentenceContext, sentences
from frontlog.events.lexicon import word_list
from frontlog.places.resolve import PlaceMention

DEFINITE = word_list("cues.yaml", "definite_determiners")
RETOLD_NOUNS = word_list("fold.yaml", "retold_event_nouns")
_KINDS = "|".join(sorted(word_list("places.yaml", "next_town_kinds")))
_KINDS_OF = "|".join(sorted(word_list("places.yaml", "next_town_kinds") | word_list("places.yaml", "next_town_kinds_of")))
_REGIONS = "|".join(sorted(word_list("places.yaml", "next_town_regions")))
_KIND_BEFORE = re.compile(rf"\b(?:{_KINDS_OF})\s+of\s+(?:the\s+)?$|\bthe\s+(?:{_KINDS})\s+$")
_KIND_AFTER = re.compile(rf"\s+(?:{_KINDS})\b")
_REGION_BEFORE = re.compile(rf"\b(?:{_REGIONS})\s+of\s+(?:the\s+)?$")
_REGION_AFTER = re.compile(rf"\s+(?:{_REGIONS})\b")


def later_town(sc: SentenceContext, pm: PlaceMention, inherited: bool) -> tuple[PlaceMention, bool]:
    """The event's place (and whether it was inherited), or the town the next sentence names for
    it when the event is at a region or took the article's town."""
    text = doc_text(sc.sent.doc)
    if not inherited and not _as_region(pm, text):
        return pm, inherited
    sents = sentences(sc)
    if sc.index + 1 >= len(sents):
        return pm, inherited
    nxt = sents[sc.index + 1]
    if not any(t.lemma_.lower() in RETOLD_NOUNS and t.left_edge.lower_ in DEFINITE for t in nxt):
        return pm, inherited  # (the next sentence does not tell the event again)
    towns = [
        p for p in sc.art.places
        if nxt.start_char <= p.start < nxt.end_char and not p.context_only and p.place.precision in ("city", "point")
        and p.cc == pm.cc and (inherited or p.place.admin1 == pm.place.admin1) and _kind_named(p, text)
    ]  # fmt: skip
    if len({p.place.name for p in towns}) != 1:
        return pm, inherited
    return towns[0], False


def _kind_named(p: PlaceMention, text: str) -> bool:
    """ "the village of X", "the town of X", "X village": the text calls the name a town."""
    return bool(_KIND_BEFORE.search(text[max(0, p.start - 25) : p.start]) or _KIND_AFTER.match(text[p.end : p.end + 10]))


def _as_region(pm: PlaceMention, text: str) -> bool:
    """Is the event's place a first-level region ("Idlib province", "the province of Idlib")?"""
    if pm.place.precision == "admin1":
        return True
    return pm.region is not None and pm.region.name == pm.place.admin1 and bool(
        _REGION_BEFORE.search(text[max(0, pm.start - 25) : pm.start]) or _REGION_AFTER.match(text[pm.end : pm.end + 14])
    )
