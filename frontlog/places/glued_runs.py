"""Lists of villages whose commas were lost, read with the on-disk index (session 15, lists).

Scraped news often loses its commas: "struck the villages of Tell Amir Kafr Sousa Deir Hamid and
Ain Bayda" comes out as one run of capitalised words before "and". The tagger then sees one long
name it does not know (or a short name inside it: a namesake), and the event is coded at one place
where the text names four. The tagger's own rule (places/entity_parts.py) splits only runs made
wholly of names the gazetteer spells exactly; the names of small villages are mostly spelt some
other way. Here a run of names in a list (after "the villages of", or joined to other names by
"and"/",") is cut into the pieces the index reads in the article's countries, exactly or word by
word alike (places/readings.py), each piece a place span of its own. A run is cut only where it
yields two known names or more and no more unknown words than known names (a village the index
lacks stays a gap, as events/place_lists.py allows); a run that is itself one known name is kept.
"""

from __future__ import annotations

from collections import Counter
from importlib import resources
from typing import Any

from frontlog.places.gazetteer import GazEntry, Gazetteer, distance_km, not_place_keys
from frontlog.places.kept import candidates
from frontlog.places.normalize import arabic_articles, is_title, name_heads, name_key

__all__ = ["glued_mentions"]

_ARTICLES = arabic_articles()
_JOINERS = frozenset({",", "and", "or"})
# plural nouns before "of" that open a list of towns (data/town_list_nouns.txt)
TOWN_LISTS = frozenset(
    w.strip()
    for w in (resources.files("frontlog.places") / "data" / "town_list_nouns.txt").read_text("utf-8").splitlines()
    if w.strip() and not w.startswith("#")
)
LIST_KM = 60.0  # a name read only loosely must lie this near a known name of its list
MAX_PIECE = 4  # words of one village's name ("Tall al Sheikh Hamad")
SCAN_SHARE = 0.25  # (as places/local.py: the countries of the article's place evidence)
_EXACT, _LOOSE, _UNKNOWN, _PIECE = 3.0, 2.0, -3.0, -1.0  # a piece's score per word, and per piece

Unit = tuple[int, int]  # one word of a name: "Kafr", "al-Sham" (tokens al, -, Sham)
Reading = tuple[list[tuple[GazEntry, Any]], bool]  # the index's hits, and whether they are exact
Piece = tuple[int, int, Reading | None]  # tokens of a name and its reading (None: unknown)


def glued_mentions(doc: Any, gaz: Gazetteer, mentions: list[Any], ctx: Counter[str], context_from: int) -> list[Any]:
    """Mentions for the pieces of glued lists of names; the tagger's mentions inside a cut run are
    taken out of `mentions` (and of doc.spans["places"]), the new spans put in."""
    total = sum(v for k, v in ctx.items() if len(k) == 2)
    countries = frozenset(k for k, v in ctx.items() if len(k) == 2 and total and v / total >= SCAN_SHARE)
    if not countries or gaz.index() is None:
        return []
    blocked = {t.i for s in doc.spans.get("actors", []) for t in s}
    blocked |= {t.i for e in doc.ents if e.label_ in ("DATE", "TIME", "CARDINAL", "NORP", "MONEY", "PERCENT") for t in e}
    out: list[Any] = []
    gone: set[tuple[int, int]] = set()
    for group in _list_runs(doc, blocked):
        held = {(m.span.start, m.span.end) for m in mentions}
        lo, hi = group[0][0][0], group[-1][-1][1]
        cuts = _coherent([_cut(doc, run, gaz, countries) for run in group], [m for m in mentions if lo <= m.span.start < hi])
        for run, pieces in zip(group, cuts, strict=True):
            known = _accepted(doc, run, pieces)
            if not known:
                continue
            inside = [m for m in mentions if run[0][0] <= m.span.start and m.span.end <= run[-1][1]
                      and (m.span.start, m.span.end) not in {(a, b) for a, b, _ in known}]  # fmt: skip
            mentions[:] = [m for m in mentions if m not in inside]  # "Rasm" of "Rasm Hamideh": a namesake
            gone |= {(m.span.start, m.span.end) for m in inside}
            out += [_mention(doc, a, b, reading, context_from) for a, b, reading in known if (a, b) not in held]
    if out or gone:
        kept = [s for s in doc.spans.get("places", [])
                if (s.start, s.end) not in gone and not any(_overlap(s, m.span) for m in out)]  # fmt: skip
        doc.spans["places"] = sorted([*kept, *(m.span for m in out)], key=lambda s: s.start)
    return out


def _mention(doc: Any, start: int, end: int, reading: Reading, context_from: int) -> Any:
    from spacy.tokens import Span

    from frontlog.places.resolve import _Mention

    span = Span(doc, start, end, label="GPE")
    m = _Mention(span, span.text, name_key(span.text), [], False, span.start_char >= context_from)
    m.cued, m.scanned = True, True  # the list calls it a place, as the names beside it
    hits, exact = reading
    if hits[0][1] is None:  # names of the core gazetteer
        m.entries, m.exact = [e for e, _ in hits], True
    else:
        m.index, m.index_loose = (hits, []) if exact else ([], hits)
    return m


def _overlap(a: Any, b: Any) -> bool:
    return bool(a.start < b.end and b.start < a.end)


def _list_runs(doc: Any, blocked: set[int]) -> list[list[list[Unit]]]:
    """Runs of name words that stand in a list the text calls places: runs joined by "and", "or"
    or a comma ("A B C and D"), or one run after "<places> of" ("the villages of A B C"), the
    list opened by "<places> of" or a preposition of place ("in", "near": data/place_cues.tsv)."""
    from frontlog.places.local import place_cues

    runs: list[list[Unit]] = []
    i = 0
    while i < len(doc):
        run = _run_at(doc, i, blocked)
        if not run:
            i += 1
            continue
        runs.append(run)
        i = run[-1][1]
    groups: list[list[list[Unit]]] = []
    for n, run in enumerate(runs):
        if n and _joined(doc, runs[n - 1][-1][1], run[0][0]):
            groups[-1].append(run)
        else:
            groups.append([run])
    preps = place_cues()[0]
    out: list[list[list[Unit]]] = []
    for group in groups:
        start = group[0][0][0]
        cued = start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in TOWN_LISTS
        end = group[-1][-1][1]
        if end < len(doc) and doc[end].pos_ == "NOUN" and doc[end].is_lower:
            continue  # "in Anderson and Cherokee counties", "near Rivers and Stokes avenues": names of other things
        if cued or (len(group) > 1 and start >= 1 and doc[start - 1].lower_ in preps):
            out.append(group)
    return out


def _joined(doc: Any, end: int, start: int) -> bool:
    """Nothing but joiners (at least one) between two runs."""
    gap = doc[end:start]
    return 0 < len(gap) <= 2 and all(t.lower_ in _JOINERS for t in gap)


def _run_at(doc: Any, i: int, blocked: set[int]) -> list[Unit]:
    """The name words from token i on (not opening a sentence, not after a capitalised word)."""
    if i > 0 and (is_title(doc[i - 1].text) or doc[i - 1].text == "-"):
        return []
    units: list[Unit] = []
    j = i
    while (unit := _unit_at(doc, j, blocked)) is not None:
        units.append(unit)
        j = unit[1]
    if units and doc[i].is_sent_start and len(units) == 1:
        return []
    return units


def _unit_at(doc: Any, j: int, blocked: set[int]) -> Unit | None:
    """One word of a name at token j: a capitalised proper noun, or an article joined to one
    ("al-Sham"), with any hyphenated parts ("Deir-Hafer")."""
    n = len(doc)
    if j >= n or j in blocked:
        return None
    if doc[j].lower_ in _ARTICLES and j + 2 < n and doc[j + 1].text == "-" and _name_word(doc[j + 2]):
        end = j + 3
    elif _name_word(doc[j]) and doc[j].lower_ not in _ARTICLES:
        end = j + 1
    else:
        return None
    while end + 1 < n and doc[end].text == "-" and _name_word(doc[end + 1]) and doc[end].whitespace_ == "":
        end += 2
    return None if any(k in blocked for k in range(j, end)) else (j, end)


def _name_word(tok: Any) -> bool:
    return is_title(tok.text) and tok.pos_ in ("PROPN", "X") and not tok.like_num


def _cut(doc: Any, run: list[Unit], gaz: Gazetteer, countries: frozenset[str]) -> list[Piece]:
    """The best cut of a run into known names and unknown stretches (reading None). A word
    with an article ("al-Gharbi") opens a name only after a name spelt exactly: "Tell Hamra
    al-Gharbi" is one name the index may lack, not "Tell Hamra" and a village "Gharbi"; a word
    that opens names ("Tal", "Kafr": data/translit.yaml name_heads) is no name alone before more."""
    n, heads = len(run), name_heads()
    none: list[Piece] = []
    best: list[tuple[float, list[Piece]]] = [(0.0, none)] + [(-1e9, none)] * n
    for a in range(n):
        if best[a][0] <= -1e9:
            continue
        for b in range(a + 1, n + 1):
            text = doc[run[a][0] : run[b - 1][1]].text
            reading = _reading(text, gaz, countries) if b - a <= MAX_PIECE else None
            if b < n and doc[run[b][0]].lower_ in _ARTICLES and not (reading and reading[1]):
                continue
            if b < n and b == a + 1 and doc[run[a][0]].lower_ in heads:
                continue  # "Qasr", "Tal": the first word of a name, no name alone before more words
            per = _UNKNOWN if reading is None else (_EXACT if reading[1] else _LOOSE)
            score = best[a][0] + per * (b - a) + _PIECE
            if score > best[b][0]:
                best[b] = (score, [*best[a][1], (run[a][0], run[b - 1][1], reading)])
    return best[n][1] if best[n][0] > -1e9 else []


def _accepted(doc: Any, run: list[Unit], pieces: list[Piece]) -> list[tuple[int, int, Reading]]:
    """The known names of a cut run: [] unless there are two or more (or the run is one known
    name), no more unknown words than known names, and no English word outside a name of two
    words or more ("Lake Vermont", "Evergreen Lake", "Smith College" are no lists of villages)."""
    known = [(s, e, r) for s, e, r in pieces if r is not None]
    unknown = sum(1 for u in run if not any(s <= u[0] < e for s, e, _ in known))
    if not known or unknown > len(known) or (unknown and len(known) < 2):
        return []
    if any(_english(doc[u[1] - 1].lower_) for u in run
                            if not any(s <= u[0] < e and _words(run, s, e) > 1 for s, e, _ in known)):  # fmt: skip
        return []
    return known


def _words(run: list[Unit], start: int, end: int) -> int:
    return sum(1 for u in run if start <= u[0] < end)


def _english(word: str) -> bool:
    from frontlog.places.common_words import _english as english_words

    return word in english_words()


def _coherent(cuts: list[list[Piece]], held: list[Any]) -> list[list[Piece]]:
    """The cuts with each loose reading kept only within LIST_KM of an exact one of the list (its
    exact pieces, the tagger's names in it), or, with none, of another loose one: the villages
    of one list lie near one another ("Sarjeh" is no village 300 km away)."""
    exact = [(e.lat, e.lon) for pieces in cuts for _, _, r in pieces if r and r[1] for e, _ in r[0]]
    exact += [(e.lat, e.lon) for m in held if m.exact for e in m.entries]
    out: list[list[Piece]] = []
    for pieces in cuts:
        kept: list[Piece] = []
        for s, e, r in pieces:
            if r is not None and not r[1]:
                others = exact or [(x.lat, x.lon) for p in cuts for a, _, q in p if q and a != s for x, _ in q[0]]
                near = [h for h in r[0] if any(distance_km((h[0].lat, h[0].lon), pt) < LIST_KM for pt in others)]
                r = (near, False) if near else None
            kept.append((s, e, r))
        out.append(kept)
    return out


def _reading(text: str, gaz: Gazetteer, countries: frozenset[str]) -> Reading | None:
    """The index's (or the core gazetteer's) places of the article's countries spelt as `text`:
    exactly, else word by word alike (two words, or one of five letters or more)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from frontlog.places.readings import _word_skeletons

    key = name_key(text)
    if len(key) < 4 or key in not_place_keys() or key in STOP_WORDS:
        return None
    core, core_exact = candidates(gaz, text)
    if core_exact and any(e.cc in countries and e.kind in ("city", "point") for e in core):
        return [(e, None) for e in core if e.cc in countries], True
    hits = [x for x in gaz.index_candidates(text, translit=core_exact or not core) if x[1].local and x[0].cc in countries]
    if hits:
        return hits, True
    if len(text.split()) < 2 and len(key) < 5:
        return None
    skel = _word_skeletons(text)
    hits = [
        x for x in gaz.index_candidates(text, loose=True)
        if x[1].local and x[0].cc in countries and _word_skeletons(x[1].name) == skel
    ]  # fmt: skip
    return (hits, False) if hits else None
