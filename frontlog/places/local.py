"""Villages and districts from the on-disk index: found, and admitted only on local evidence.

The index (frontlog/places/index.py) holds hundreds of thousands of small places; most of their
names are also common words or people's names somewhere. A village or district of the index is
a reading of a name only where the article gives reason for it:
- the text calls the name a place ("the village of X", "X district": data/kind_words.tsv);
- its country is among the countries of the article's other places (or demonyms, or the
  caller's extra countries);
- it lies within NEAR_KM of a place the article names without doubt.
In running text (`scan`), runs of capitalised proper nouns the tagger left alone become place
spans when the index has them in one of the article's countries. And a homonym abroad loses to
an index place in the article's own country unless the article names that other country too or
qualifies the name ("Arak" in a story about Syria is the village near Palmyra, not Iran's city).
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass
from importlib import resources
from typing import Any

from frontlog.doctext import doc_text
from frontlog.places.country_words import country_word
from frontlog.places.gazetteer import GazEntry, Gazetteer, distance_km, not_place_keys
from frontlog.places.kept import candidates
from frontlog.places.normalize import arabic_articles, is_title, name_key
from frontlog.places.spellings import index_spellings
from frontlog.settings import load_settings

NEAR_KM = 50.0
# the article's own country: the one with at least this share of its place evidence
OWN_SHARE = 0.5
# in running text, an index name is taken only in a country with this share of the evidence
SCAN_SHARE = 0.25
# a homonym abroad this large (or a capital) is never dropped for a village at home
ABROAD_KEEP_POP = 1_000_000
# the NER's labels for names that a place cue may overrule (the small model takes unknown Arabic
# place names for people, organisations, products...)
_NAMES = ("PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW")
_ARTICLES = arabic_articles()


@functools.cache
def kind_words() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """data/kind_words.tsv: word -> index kinds, for "the WORD of X" and for "X WORD"."""
    text = (resources.files("frontlog.places") / "data" / "kind_words.tsv").read_text("utf-8")
    before: dict[str, frozenset[str]] = {}
    after: dict[str, frozenset[str]] = {}
    rows = [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    for word, kinds, b, a in rows[1:]:
        ks = frozenset(kinds.split("|"))
        if b == "1":
            before[word] = ks
        if a in ("1", "2"):
            after[word] = ks
    return before, after


@functools.cache
def unit_words() -> frozenset[str]:
    """data/kind_words.tsv words whose "after" column is 2: "X constituency", "X sub-county" name an
    administrative unit wherever the article is from (a name before them may be one of any country)."""
    text = (resources.files("frontlog.places") / "data" / "kind_words.tsv").read_text("utf-8")
    rows = [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return frozenset(word for word, _, _, a in rows[1:] if a == "2")


def region_words() -> frozenset[str]:
    """Kind words that point at a first-level region ("province", "countryside"...)."""
    before, after = kind_words()
    return frozenset(w for table in (before, after) for w, kinds in table.items() if "admin1" in kinds)


def _cue_before(full_text: str, start: int) -> frozenset[str] | None:
    before, _ = kind_words()
    found = re.search(r"\b([a-z]+) of (?:the )?$|\bthe ([a-z]+) $", full_text[max(0, start - 30) : start])
    return before.get(found.group(1) or found.group(2)) if found else None


def index_readings(
    text: str, full_text: str, start: int, end: int, gaz: Gazetteer, *, core_exact: bool
) -> tuple[list[tuple[GazEntry, Any]], list[tuple[GazEntry, Any]], bool]:
    """A mention's readings from the on-disk index: by exact key, by loose key (each word spelt
    alike; only when the core has no exact match, else they would never be used), and whether
    the text calls the name a place. "X district" also looks up X among the districts."""
    _, after = kind_words()
    cue = _cue_before(full_text, start)
    nxt = re.match(r"\s+([a-z]+(?:-[a-z]+)?)\b", full_text[end : end + 20])
    if cue is None and nxt and nxt.group(1) in after:
        cue = after[nxt.group(1)]
    exact, loose, suffixed = _index_lookup(gaz, text, core_exact)
    words = text.split()
    named = len(words) > 1 and words[-1].lower() in after and words[-1][:1].isupper()  # "Hodan District"
    return exact, loose, cue is not None or suffixed or (named and bool(exact))


_LOOKUPS: dict[tuple[int, str, bool], tuple[list[Any], list[Any], bool]] = {}


def _index_lookup(gaz: Gazetteer, text: str, core_exact: bool) -> tuple[list[Any], list[Any], bool]:
    """index_readings' lookups (cached: the same names recur across articles)."""
    from frontlog.places.readings import _word_skeletons

    ck = (id(gaz), text, core_exact)
    found = _LOOKUPS.get(ck)
    if found is not None:
        return found
    _, after = kind_words()
    # the transliteration key only where the core has no reading or an exact one, or beside loose readings
    # abroad ("Baghaliyeh" is Bughayliyah near Deir ez-Zor, not Al Baghaliyah in Homs): places/spellings.py
    core, _ = candidates(gaz, text)
    exact = index_spellings(gaz, text, core, core_exact)
    words = text.split()
    loose: list[Any] = []
    suffixed = False
    if not exact and len(words) > 1 and words[-1].lower() in after:
        kinds = after[words[-1].lower()]
        exact = [x for x in gaz.index_candidates(" ".join(words[:-1])) if x[1].kind in kinds]
        suffixed = bool(exact)
    if not core_exact and not suffixed:
        skel = _word_skeletons(text)
        loose = [x for x in gaz.index_candidates(text, loose=True) if _word_skeletons(x[1].name) == skel]
    if len(_LOOKUPS) > 4_096:
        _LOOKUPS.clear()
    _LOOKUPS[ck] = (exact, loose, suffixed)
    return exact, loose, suffixed


def merge_index(m: Any, mentions: list[Any], ctx: Counter[str], gaz: Gazetteer) -> bool:
    """Add a mention's index readings that the article gives reason for (see the module
    docstring) to its readings; False if it is left with none."""
    from frontlog.places.readings import RULE_COUNTIES, RULE_DEMONYM, RULE_INSIDE

    if not (m.index or m.index_loose) or m.rule in (RULE_DEMONYM, RULE_COUNTIES):
        return bool(m.entries)
    own = m.group_evidence
    anchors = [o.anchor for o in mentions if o.anchor and o.key != m.key]

    from frontlog.places.abroad import focus_district, focus_region, named_as_town, own_country
    from frontlog.places.focus import cue_admits, focus_villages, prefer_focus

    home = own_country(ctx, own)

    def ok(e: GazEntry, hit: Any, scattered: bool = False) -> bool:
        # a place word admits villages spelt alike word by word only when all lie in one country ("the
        # town of al-Latamna"), not a pick among countries ("Masalaha town": Iraq's, Sudan's, Syria's)
        return (
            not hit.local or (m.cued and not scattered and not hit.translit
                                  and (m.located is None or m.located.holds(e)) and cue_admits(m, e, home, gaz))
            or ctx.get(e.cc, 0) - own.get(e.cc, 0) > 0
            or any(distance_km((e.lat, e.lon), a) < NEAR_KM for a in anchors)
            or (m.located is not None and m.located.holds(e))
        )  # fmt: skip

    allowed = [e for e, hit in m.index if ok(e, hit)]
    if not allowed and not named_as_town(doc_text(m.span.doc), m.span.start_char):  # "air strikes hit a farm in
        # Nihm": a district ("not far from Shirqat": the town)
        allowed = [e for e, hit in m.index if not hit.translit and focus_district(e, hit.kind, ctx, own)]
    if not allowed:  # "an IED went off in Latifiya": a village of a focus country (places/focus.py)
        allowed = focus_villages(m, ctx, own)
    m.index_exact = bool(allowed)
    if not allowed:
        scattered = len({e.cc for e, hit in m.index_loose if hit.local}) > 1
        allowed = [e for e, hit in m.index_loose if ok(e, hit, scattered)]
    if not allowed:
        return bool(m.entries)
    if m.index_exact and (not m.exact or m.rule == RULE_INSIDE):
        m.entries, m.exact, m.rule = _unique(allowed), True, None
    elif m.index_exact == m.exact:
        m.entries = _unique(m.entries + allowed)
    else:
        return bool(m.entries)
    m.from_index = set(allowed)
    _prefer_home(m, ctx, gaz, anchors)
    focus_region(m, ctx)  # "in Al Jawf" with no country: Yemen's region, not a town of Libya
    prefer_focus(m, ctx, own, gaz)  # (places/focus.py: "the Nada area" with no country in the article)
    return bool(m.entries)


def _prefer_home(m: Any, ctx: Counter[str], gaz: Gazetteer, anchors: list[tuple[float, float]]) -> None:
    """Drop homonyms abroad when an index place lies in the article's own country and the article
    says nothing of the other country, nor names a place near it (Kenya's Mandera beside Somalia's
    Beled Hawo is no Somali village of the name)."""
    rest = ctx - m.group_evidence
    total = sum(v for k, v in rest.items() if len(k) == 2)
    if not total or m.qualifier:
        return
    home, n = max(((k, v) for k, v in rest.items() if len(k) == 2), key=lambda kv: kv[1])
    if n / total < OWN_SHARE or not any(e.cc == home for e in m.from_index):
        return
    small = _called_small(m.span)  # "the Haidarabad area", "Ghaziabad district": not the big city abroad
    # a big city abroad called by one of its other names loses to a place at home whose own name
    # the text gives ("south of Riyad" in a report on Iraq: Ar Riyad, not Riyadh). Session 13, geoiq.
    home_own = any(e.cc == home and name_key(e.name) == m.key for e in m.entries)
    m.entries = [
        e for e in m.entries
        if e.cc == home or rest.get(e.cc, 0) > 0 or e.kind in ("country", "continent")
        or (not small and (e.pop >= ABROAD_KEEP_POP or (e.gid is not None and e.gid in gaz.capitals))
            and (not home_own or e.curated or name_key(e.name) == m.key))
        or any(distance_km((e.lat, e.lon), a) < NEAR_KM for a in anchors)
    ]  # fmt: skip


def home_spelling(m: Any, ctx: Counter[str], gaz: Gazetteer, anchors: tuple[tuple[float, float], ...] = ()) -> None:
    """A name the text calls a place ("the village of Raffa", "Sanjar town") that has no reading in
    the article's own country, and none abroad that the article supports: a village at home
    spelt alike word by word (loose key, each word's skeleton) is its reading (Ar Ruffah in a
    story about Syria, not Raffa in Italy): transliterations of one Arabic name vary."""
    from frontlog.places.readings import RULE_COUNTIES, RULE_DEMONYM, RULE_INSIDE, _word_skeletons

    if not (m.cued or m.located) or m.qualifier or m.rule in (RULE_DEMONYM, RULE_COUNTIES):
        return
    # a place found inside the name is no reading of it ("the town of Tal Jijin" is not At Tall)
    whole = [] if m.rule == RULE_INSIDE else m.entries
    if any(e.kind in ("country", "continent") for e in whole):
        return  # "the eastern Syrian city": a demonym, no village
    rest = ctx - m.group_evidence
    total = sum(v for k, v in rest.items() if len(k) == 2)
    if not total:
        return
    home, n = max(((k, v) for k, v in rest.items() if len(k) == 2), key=lambda kv: kv[1])
    if n / total < OWN_SHARE or any(
        e.cc == home or rest.get(e.cc, 0) > 0 or e.pop >= ABROAD_KEEP_POP
        or (e.gid is not None and e.gid in gaz.capitals)
        for e in whole if e.kind not in ("country", "continent")
    ):  # fmt: skip
        return
    skel = _word_skeletons(m.text)
    found = [
        e for e, hit in gaz.index_candidates(m.text, loose=True)
        if e.cc == home and hit.kind == "city" and _word_skeletons(e.name) == skel
        and (m.located is None or m.located.holds(e))  # "X, near Y": only one near Y
    ]  # fmt: skip
    if not found:  # "the town of Kafr Nabbouda": the one village at home that sounds like it, near
        # the article's other places if it names any ("the district of Tariq al-Bab in Aleppo" is
        # no village of Homs)
        from frontlog.places.fuzzy import sounding_at_home

        found = [
            e for e, _ in sounding_at_home(m.text, home, gaz)
            if (m.located is None or m.located.holds(e))
            and (not anchors or any(distance_km((e.lat, e.lon), a) < NEAR_KM for a in anchors))
        ]  # fmt: skip
    if found:
        m.entries, m.exact, m.rule = _unique(found), False, None
        m.from_index, m.cued = set(m.entries), True


@functools.cache
def small_place_words() -> frozenset[str]:
    """data/small_place_words.txt: words that call the name beside them a small place."""
    text = (resources.files("frontlog.places") / "data" / "small_place_words.txt").read_text("utf-8")
    return frozenset(ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))


def _called_small(span: Any) -> bool:
    """ "X area", "X district", "the village of X", "the area of X"."""
    doc = span.doc
    words = small_place_words()
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    before = doc[span.start - 2].lower_ if span.start >= 2 and doc[span.start - 1].lower_ == "of" else ""
    return after in words or before in words


def spelt_at_home(m: Any, mentions: list[Any], ctx: Counter[str], gaz: Gazetteer) -> bool:
    """A name the text calls a place with no reading at all: a village of the article's own
    country spelt or sounding alike (home_spelling), if any."""
    if m.entries:
        return True
    home_spelling(m, ctx, gaz, anchors_of(m, mentions))
    return bool(m.entries)


def anchors_of(m: Any, mentions: list[Any]) -> tuple[tuple[float, float], ...]:
    """Where the article's other names surely are."""
    return tuple(o.anchor for o in mentions if o.anchor and o.key != m.key)


def _unique(entries: list[GazEntry]) -> list[GazEntry]:
    seen: set[object] = set()
    out = []
    for e in entries:
        key = e.gid if e.gid is not None else (e.name, round(e.lat, 2), round(e.lon, 2))
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out


@dataclass(frozen=True, slots=True)
class _Scan:
    countries: frozenset[str]
    covered: frozenset[int]  # tokens of places, actors, dates, numbers...
    named: frozenset[tuple[int, int]]  # the NER's person, organisation... names
    in_name: frozenset[int]
    # with no country in the article at all: the focus countries, whose districts a place word
    # before the name admits ("air strikes hit a farm in Nihm"; abroad.focus_district)
    focus: frozenset[str] = frozenset()


def scanned_mentions(
    doc: Any, gaz: Gazetteer, mentions: list[Any], ctx: Counter[str], context_from: int
) -> list[Any]:
    """Mentions for runs of capitalised proper nouns the tagger left alone that the index has as
    a village or district of one of the article's countries; their spans join doc.spans["places"]."""
    from spacy.tokens import Span

    from frontlog.places.resolve import _Mention

    total = sum(v for k, v in ctx.items() if len(k) == 2)
    countries = frozenset(k for k, v in ctx.items() if len(k) == 2 and total and v / total >= SCAN_SHARE)
    if gaz.index() is None:
        return []
    covered = {t.i for s in [*doc.spans.get("places", []), *doc.spans.get("actors", [])] for t in s}
    covered |= {t.i for t in doc if is_title(t.text) and country_word(t.text, gaz)}  # "Syrias" (Syria's)
    # a date, a number, a demonym never; a name (PERSON, ORG...) only after a place cue ("in Mahin")
    covered |= {t.i for e in doc.ents if e.label_ not in ("GPE", "LOC", "FAC", *_NAMES) for t in e}
    named = frozenset((e.start, e.end) for e in doc.ents if e.label_ in _NAMES)
    focus = frozenset(load_settings().places.focus_countries) if not total else frozenset()
    scan = _Scan(countries, frozenset(covered), named, frozenset(t.i for s, e in named for t in doc[s:e]), focus)
    out: list[Any] = []
    i = 0
    while i < len(doc):
        found = _scan_at(doc, i, gaz, scan) if i not in covered and _name_start(doc, i) else None
        if found is None:
            i += 1
            continue
        end, hits, exact = found
        span = Span(doc, i, end, label="GPE")
        m = _Mention(span, span.text, name_key(span.text), [], False, span.start_char >= context_from)
        unit = _unit_after(doc, end)  # "X constituency": a unit's name, as if the tagger had called it a place
        m.cued, m.scanned = _kind_cue(doc, i) or unit, not unit  # "the area of X": the text calls it a place
        if hits[0][1] is None:  # names of the core gazetteer
            m.entries, m.exact = [e for e, _ in hits], True
        elif exact:
            m.index = hits
        else:
            m.index_loose = hits
        out.append(m)
        i = end
    if out:
        doc.spans["places"] = sorted(
            [*doc.spans.get("places", []), *(m.span for m in out)], key=lambda s: s.start
        )
    return out


def _scan_at(
    doc: Any, i: int, gaz: Gazetteer, scan: _Scan
) -> tuple[int, list[tuple[GazEntry, Any]], bool] | None:
    """The longest name starting at token i that the scan takes: (end, readings, exact)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from frontlog.places.readings import _word_skeletons

    n = len(doc)
    for end in range(min(n, i + 6), i, -1):
        if not _name_run(doc, i, end, scan.covered):
            continue
        text, key, cue = doc[i:end].text, name_key(doc[i:end].text), _place_cue(doc[i:end]) or _kind_after(doc, end)
        kind = _kind_cue(doc, i)  # "the town of X": a village of any country
        unit = _unit_after(doc, end)  # "X constituency": a unit of any country spelt exactly
        district = bool(cue and scan.focus)  # a district or village of a focus country may be read (_Scan.focus)
        if not scan.countries and not kind and not district and not unit:
            continue
        if len(key) < (3 if cue or kind else 4) or key in not_place_keys() or key in STOP_WORDS:
            continue  # "Hit", "Anah" only after "in", "shelled"...
        if end - i == 1 and doc[i].is_sent_start:
            continue  # a capitalised word opening a sentence
        if (i > 0 and is_title(doc[i - 1].text) and not doc[i].is_sent_start) or (end < n and is_title(doc[end].text) and not unit):
            continue  # a part of a longer name ("Mayor Elzie Odom"; not "Kanuni Ward")
        titled = unit and doc[end].text == "District"  # "KM4 (Hodan District" (WORK_OF_ART): no person's name
        if any(j in scan.in_name for j in range(i, end)) and not ((i, end) in scan.named and (cue or kind) or titled):
            continue
        core, core_exact = candidates(gaz, text)  # a reviewed short name the tagger skips ("Al-Eis")
        if core_exact and any(
            e.cc in scan.countries and e.curated and e.kind in ("city", "point") for e in core
        ):
            return end, [(e, None) for e in core], True
        hits = [
            x
            for x in gaz.index_candidates(text, translit=core_exact or not core)
            if x[1].local and (((kind or unit) and not x[1].translit) or x[0].cc in scan.countries
                               or (district and x[1].kind in ("admin2", "city") and x[0].cc in scan.focus and not x[1].translit))
        ]
        if hits:
            return end, hits, True
        if end - i > 1 or ((cue or kind) and len(key) >= 5):
            # a loose match ("Al-Latamneh" ~ Al Lataminah, "Khasham" ~ Khusham) needs two words,
            # or a word of five letters the context calls a place
            skel = _word_skeletons(text)
            hits = [x for x in gaz.index_candidates(text, loose=True)
                    if x[1].local and (kind or x[0].cc in scan.countries) and _word_skeletons(x[1].name) == skel]  # fmt: skip
            if hits:
                return end, hits, False
        hits = _sounding(doc, end, text, gaz, cue or kind)
        if hits:
            return end, hits, True
    return None


def _sounding(doc: Any, end: int, text: str, gaz: Gazetteer, cued: bool) -> list[tuple[GazEntry, Any]]:
    """ "on X in the Hama countryside", "X village in southern Idleb": a name the text places in a
    region (after a place cue, or with a kind word after it) that no gazetteer spells alike."""
    _, after = kind_words()
    if not (cued or (end < len(doc) and doc[end].lower_ in after)):
        return []
    return sounding_readings(text, doc_text(doc), doc[end - 1].idx + len(doc[end - 1].text), gaz)


def sounding_readings(text: str, full_text: str, end: int, gaz: Gazetteer) -> list[tuple[GazEntry, Any]]:
    """The villages of the region the words after a name (ending at `end`) put it in whose names
    sound like it, in the part of the region they name (places/fuzzy.py); [] when none."""
    from frontlog.places.fuzzy import spelt_like
    from frontlog.places.located import in_part, located_after

    where = located_after(full_text, end, gaz)
    if where is None or where.admin1 is None:
        return []
    found = [(e, hit) for e, hit in spelt_like(text, where, gaz) if hit.local]
    kept = in_part(where, [e for e, _ in found])
    return [(e, hit) for e, hit in found if e in kept]


@functools.cache
def place_cues() -> tuple[frozenset[str], frozenset[str]]:
    """data/place_cues.tsv: (prepositions, verb lemmas) that say the name after them is a place."""
    text = (resources.files("frontlog.places") / "data" / "place_cues.tsv").read_text("utf-8")
    rows = [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")][1:]
    return frozenset(w for w, r in rows if r == "prep"), frozenset(w for w, r in rows if r == "verb")


def _kind_cue(doc: Any, i: int) -> bool:
    """Is token i preceded by "<kind word> of" ("the town of X", "the village of X") or by "the
    <kind word>" ("the village X")?"""
    before, _ = kind_words()
    if i >= 2 and doc[i - 2].lower_ == "the" and doc[i - 1].lower_ in before:
        return True
    return i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in before


def _kind_after(doc: Any, end: int) -> bool:
    """Does a kind word follow the name ("Tiaty subcounty", "Cheptais sub-county")? Like a place
    preposition, it lets a name the tagger took for a person be a place of the article's countries."""
    _, after = kind_words()
    return _word_after(doc, end) in after


def _unit_after(doc: Any, end: int) -> bool:
    """Does a unit word follow the name ("Nyatike constituency", "Rhamu sub county", "Hodan District")?"""
    return _word_after(doc, end) in unit_words() or (end < len(doc) and doc[end].text == "District")


def _word_after(doc: Any, end: int) -> str:
    """The word after a name, a hyphenated one whole ("sub-county"; "sub county" too)."""
    if end >= len(doc):
        return ""
    word = str(doc[end].lower_)
    if end + 2 < len(doc) and doc[end + 1].text == "-":
        word = f"{word}-{doc[end + 2].lower_}"
    elif word == "sub" and end + 1 < len(doc) and doc[end + 1].lower_ == "county":
        word = "sub-county"
    return word


def _place_cue(span: Any) -> bool:
    preps, verbs = place_cues()
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].lower_ in preps:
        return True
    root = span.root
    return bool(root.dep_ in ("dobj", "obj", "nsubjpass") and root.head.lemma_.lower() in verbs)


def _name_start(doc: Any, i: int) -> bool:
    tok = doc[i]
    if tok.lower_ in _ARTICLES:
        return bool(i + 2 < len(doc) and doc[i + 1].text == "-" and is_title(doc[i + 2].text))
    return bool(is_title(tok.text) and tok.pos_ == "PROPN")


def _name_run(doc: Any, start: int, end: int, covered: frozenset[int]) -> bool:
    """Every token a capitalised proper noun, a hyphen, or an Arabic article before a hyphen;
    none already a place, an actor or another kind of name; the run ends on a name."""
    last = doc[end - 1]
    if not (is_title(last.text) and last.pos_ == "PROPN"):
        return False
    for j in range(start, end):
        tok = doc[j]
        if j in covered:
            return False
        if tok.text == "-" or (tok.lower_ in _ARTICLES and j + 1 < end and doc[j + 1].text == "-"):
            continue
        if not (is_title(tok.text) and tok.pos_ == "PROPN"):
            return False
    return True
