"""Places the text names that no gazetteer has ("Police shot dead a man in <a village>").

The event is kept, never dropped and never put at a country's centroid (GDELT's flaw): its
location is the text's words as `name`, no GeoNames id and no coordinates, precision
"unresolved", and the country when the text, the run's `--country` hint or a side fighting at
home gives it (else none). Run warnings (W216), the web view ("unplaced") and exports show it.

Which words are the place, strictly (the trigger's own clause):
1. a span the place tagger proposed (a name the NER calls a place, or "the town of X", "X
   village") that the resolver left unresolved, chosen as the events stage chooses among
   resolved places (nearest the trigger in the parse; not a speaker's place, not a subject),
   after a place preposition or noun ("in X", "X village", "residents of X"), not a qualifier
   after a comma ("in X village, Y district, Z": X);
2. else a proper name the trigger takes as its place: "the village of X", "X village", "in X",
   "near X", "at X", "captured X" (an object: only when it is not a person, organisation or group
   the NER names, unless the trigger takes places: captures and strikes).
Never words of an actor, of a resolved place, a date or a number.

A report that names no place finer than a country anywhere ("Teachers went on strike to demand
better pay.": a brief whose place was in a dateline or a database column) keeps its events with
an empty name (the country when known), not dropped; articles that name a place are unaffected.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Token

from frontlog.doctext import doc_text
from frontlog.events.arguments import choose_place, subject_of
from frontlog.events.context import SentenceContext, Trigger
from frontlog.events.facilities import facility_town, institution_name
from frontlog.events.lexicon import EVENT_TYPE, word_list
from frontlog.events.triggers import governing_verb
from frontlog.places.city_sides import side_reading
from frontlog.places.common_words import STANCE_WORDS, common_words_only
from frontlog.places.lone import lone_reading, part_of_reading
from frontlog.places.offset import offset_reading
from frontlog.places.resolve import PlaceMention, to_place
from frontlog.records import UNRESOLVED, Place

NAMED_PLACE_HEADS = word_list("places.yaml", "named_place_heads")
NOT_PLACE_ENTS = word_list("places.yaml", "not_place_entities")  # "on Monday", "in 2015", "in Ramadan"
# an object of the trigger that the NER calls one of these is a participant ("arrested John Kamau")
PARTICIPANT_ENTS = word_list("places.yaml", "participant_entities")
UNARMED = frozenset({"civilians", "protesters", "rioters"})  # sides that say nothing of the country
TAGGER_LABELS = frozenset({"GPE", "LOC", "FAC"})  # the tagger's place spans (not NESTED, DEMONYM)
PLACE_PREPS = word_list("places.yaml", "place_prepositions")
RESIDENTS = word_list("places.yaml", "resident_nouns")
CONTROL_NOUNS = frozenset({"control"})  # "took control of X": the place is the control's
TOLD_NOUN_VERBS = word_list("cues.yaml", "told_noun_verbs")
MAX_WORDS = 6  # a name longer than this is a phrase, not a place's name
MAX_TREE_DISTANCE = 6  # a tagger span farther from the trigger in the parse is another clause's
QUOTES = frozenset({'"', "'", "“", "”", "‘", "’"})
BREAKS = frozenset({",", "(", ")", ";", ":", "[", "]", "/"})


def unplaced_place(
    trig: Trigger, sc: SentenceContext, pm: PlaceMention | None, a1: str | None, a2: str | None
) -> Place | None:
    """The place with no coordinates of an event whose named place no gazetteer has (an empty name
    when the whole report names no place: `report_place_name`), or None when the text names none here
    but does elsewhere (the event is then not coded: spec section 1)."""
    if not (trig.is_verb or a1 or _no_town(sc) or told_noun(trig)):
        return None  # (a noun with no actor counts where the article names no known town at all:
        # "Clashes between two groups reported in X town", a short report's own event; or where a
        # verb tells it: "an armed clash in X killed two", "took to the streets in X")
    name = tagger_name(trig, sc) or unknown_name(trig, sc)
    if name is None:
        if not _no_town(sc):
            return None
        # a report with no known town: a building named after a town ("the University of X"), its
        # own unknown place, or none
        name = institution_name(sc.sent, sc.art.gaz) or report_place_name(sc)
    cc = country_code(sc, pm, a1, a2)
    # "clashed in X (35km S of Y)": the point the text gives; else the gazetteer's reading if sure
    sent, gaz = sc.sent, sc.art.gaz
    known = offset_reading(name, doc_text(sent.doc), sent.start_char, sent.end_char, gaz, cc) if name else None
    near = tuple(
        (p.place.lat, p.place.lon) for p in sc.art.places
        if sent.start_char <= p.start < sent.end_char and p.place.precision in ("city", "point")
        and p.place.lat is not None and p.place.lon is not None
    )  # fmt: skip
    part = part_of_reading(name, doc_text(sent.doc), sent.start_char, sent.end_char, gaz, cc) if name and not known else None
    if part is not None:  # "Horseed neighbourhood (Jowhar)": at the town, the name as the detail
        return to_place(part, gaz, detail=None if part.name == name else name)
    town = facility_town(name, cc, gaz, near) if name and not known else None
    if town is not None:  # "Machakos University": at the town, the building as the detail
        return to_place(town, gaz, detail=name)
    known = known or (lone_reading(name, cc, gaz, near) if name else None)
    if known is not None:  # a name the resolver left, which the gazetteer has without doubt
        return to_place(known, sc.art.gaz)
    side = side_reading(name, cc, gaz, near) if name else None
    if side is not None:  # "west Mosul": at the town, the side as the detail (places/city_sides.py)
        return to_place(side, gaz, detail=name)
    entry = sc.art.gaz.country(cc) if cc else None
    country = entry.name if entry is not None else None
    return Place(name or "", None, None, None, country, None, UNRESOLVED, None)


def report_place_name(sc: SentenceContext) -> str:
    """The place of a report that names no town the gazetteer has, for an event whose own sentence
    names none: the first place name the tagger proposed in the report ("The towns of X and Y saw
    protests. Roadblocks and clashes with police were reported."), else "" (a brief whose place is
    in a dateline or a database column the text lacks: "Teachers went on strike to demand better
    pay."). Its events are kept with no coordinates, not dropped."""
    doc = sc.sent.doc
    taken = {i for p in sc.art.places for i in range(p.token_start, p.token_end)}
    taken |= {i for s in sc.art.actor_spans for i in range(s.start, s.end)}
    for s in doc.spans.get("places", []):
        if (
            s.label_ in TAGGER_LABELS and s.start_char >= sc.art.dateline_end and _name_like(list(s))
            and any(t.pos_ == "PROPN" for t in s) and not any(i in taken for i in range(s.start, s.end))
        ):  # fmt: skip
            return _clean(list(s))
    return ""


def _no_town(sc: SentenceContext) -> bool:
    """The article names no place the gazetteer has finer than a country."""
    return all(p.place.precision == "country" for p in sc.art.places)


def told_noun(trig: Trigger) -> bool:
    """A noun trigger a verb tells as having happened: the subject of a verb of happening or
    harm ("an armed clash in X killed two", "clashes erupted in X"; cues.yaml), or for a crowd's
    event also the object ("took to the streets in X", "staged a rally in X"); not a noun with no
    verb ("the protests")."""
    tok = trig.token
    if trig.is_verb or tok.head.pos_ not in ("VERB", "AUX", "ADP"):
        return False
    if tok.dep_ == "nsubj":
        return tok.head.lemma_.lower() in TOLD_NOUN_VERBS
    crowd = EVENT_TYPE.get(trig.type) in ("Protests", "Riots")
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    return crowd and tok.dep_ in ("dobj", "obj", "pobj") and verb.pos_ in ("VERB", "AUX")


def tagger_name(trig: Trigger, sc: SentenceContext) -> str | None:
    """The unresolved place span of the tagger nearest the trigger (choose_place's rules)."""
    taken = sc.place_tokens | sc.actor_tokens
    sent = sc.sent
    spans = [
        s for s in sent.doc.spans.get("places", [])
        if sent.start <= s.start and s.end <= sent.end and s.label_ in TAGGER_LABELS
        and s.start_char >= sc.art.dateline_end and not any(i in taken for i in range(s.start, s.end))
        and _name_like(list(s)) and any(t.pos_ == "PROPN" for t in s)
        and not (s.start > sent.start and sent.doc[s.start - 1].text in (",", "("))
    ]  # fmt: skip
    # a place in the phrase naming who acted ("a man from X shot ...") only when there is no other
    subject = {t.i for t in subject_of(trig.token)} if trig.is_verb else set()
    outside = [s for s in spans if not any(i in subject for i in range(s.start, s.end))]
    spans = outside or spans
    if not spans:
        return None
    stand_ins = [
        PlaceMention(s.start_char, s.end_char, s.text, s.start, s.end,
                     Place(s.text, None, None, None, None, None, UNRESOLVED), "")
        for s in spans
    ]  # fmt: skip
    best = choose_place(trig.token, stand_ins)
    if best is None:
        return None
    root = sent.doc[best.token_start : best.token_end].root
    if _tree_distance(trig.token, root) > MAX_TREE_DISTANCE or not _placed_by_text(root, trig):
        return None
    return _clean(list(sent.doc[best.token_start : best.token_end])) or None


def _placed_by_text(root: Token, trig: Trigger) -> bool:
    """Does the text put the event at this name: "in X", "near X", "X village", "the village of
    X", "residents of X", or X the object of a capture or strike ("shelled X")?"""
    head = root.head
    if (head.dep_ == "prep" and head.lower_ in PLACE_PREPS) or _lemma(head) in NAMED_PLACE_HEADS:
        return True
    if head.lemma_.lower() in RESIDENTS and root.dep_ == "compound":
        return True  # "Kangemi residents"
    if head.lower_ == "of" and _lemma(head.head) in NAMED_PLACE_HEADS | RESIDENTS:
        return True  # "the village of X", "residents of X"
    return root.dep_ in ("dobj", "obj") and head.i == trig.token.i and _takes_places(trig)


def _takes_places(trig: Trigger) -> bool:
    return trig.type == "TERRITORY" or EVENT_TYPE.get(trig.type) == "Explosions/Remote violence"


def unknown_name(trig: Trigger, sc: SentenceContext) -> str | None:
    """A proper name the trigger takes as its place ("the village of X", "X village", "on X",
    "shelled X") that is neither a known place nor an actor."""
    tok = trig.token
    known = sc.place_tokens | sc.actor_tokens
    holders = [tok]
    if tok.dep_ == "pobj" and not trig.is_verb:
        holders.append(governing_verb(tok))  # "fired tear gas at demonstrators in X"
    if tok.dep_ in ("dobj", "obj", "nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX"):
        holders.append(tok.head)  # "dropped barrel bombs on X", "shells fell on X", "raids were reported in X"
    objects = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    holders += objects  # "fired mortar rounds on X", "areas in X were shelled"
    control = [g for o in objects if _lemma(o) in CONTROL_NOUNS for g in _of_objects(o)]  # "gained control of X"
    # "clashed with government forces in X": the place hangs on the trigger's other side
    holders += [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    after_prep = [
        g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in PLACE_PREPS
        for g in c.children if g.dep_ == "pobj"
    ]  # fmt: skip
    # "burned the house of a man in X", "people in X went on the rampage", "attacks by gunmen in X":
    # "in X" deeper in the trigger's object, in the phrase of those who did it, or in its own
    nested = [
        g for a in (*objects, *_doers(trig), tok) for t in a.subtree if t.dep_ == "prep" and t.lower_ == "in"
        for g in t.children if g.dep_ == "pobj" and g.pos_ == "PROPN"
    ]  # fmt: skip
    # last, a named place anywhere in the sentence ("shelled areas near the village of X",
    # "residents of X protested")
    cued = [t for t in tok.sent if _lemma(t) in NAMED_PLACE_HEADS | RESIDENTS]
    takes_places = _takes_places(trig)
    seen: set[int] = set()
    for h in [*objects, *control, *after_prep, *nested, *cued]:
        if h.i in seen:
            continue
        seen.add(h.i)
        if _lemma(h) in NAMED_PLACE_HEADS | RESIDENTS:
            words = _cue_words(h)  # "the village of X", "X village", "residents of X"
        elif h.pos_ == "PROPN" and h.ent_type_ not in NOT_PLACE_ENTS:
            # (after "in"/"near"/"at", any entity type: the small model often calls an unknown
            # village a person or an organisation: "clashed in Al Ajradi")
            participant = h.ent_type_ in PARTICIPANT_ENTS and not takes_places
            if participant and (h in objects or h.head.lower_ == "on"):
                continue  # "arrested John Kamau", "an attack on Mohamed"
            words = [t for t in h.subtree if t.i <= h.i] + _of_name(h)
        else:
            continue
        words = _contiguous([t for t in words if t.pos_ != "DET"])
        if words and not any(t.i in known for t in words) and _name_like(words) and (name := _clean(words)):
            if common_words_only((t.text for t in words if t.text[:1].isupper()), sc.art.gaz) or any(
                t.lower_ in STANCE_WORDS for t in words
            ):
                continue  # "hit Farms in X", "hit Unknown - NON-frontline area in Y", "anti Houthi sites" (places/common_words.py)
            return name
    return None


def _doers(trig: Trigger) -> list[Token]:
    """The subject of the trigger's clause ("teachers in X went on strike", "people in X went on the
    rampage, blocking roads": the clause the participle hangs on)."""
    verb = trig.token if trig.is_verb else governing_verb(trig.token)
    verbs = [verb, verb.head] if verb.dep_ in ("advcl", "xcomp", "conj") else [verb]
    return [c for v in verbs for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]


def _lemma(t: Token) -> str:
    """The word's lemma, or its plural as written when the lemmatiser makes a singular the lists lack
    ("outskirts" -> "outskirt")."""
    lemma = t.lemma_.lower()
    return t.lower_ if t.lower_ in NAMED_PLACE_HEADS and lemma not in NAMED_PLACE_HEADS else lemma


def _of_objects(h: Token) -> list[Token]:
    return [g for c in h.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]


def _of_name(h: Token) -> list[Token]:
    """ "the University of X": the name goes on after "of" when a proper name follows."""
    for c in h.children:
        if c.dep_ == "prep" and c.lower_ == "of" and c.i == h.i + 1:
            objs = [g for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
            if objs:
                return [c, *(t for t in objs[0].subtree if t.i <= objs[0].i)]
    return []


def _cue_words(head: Token) -> list[Token]:
    """ "Buri village", "the Bwiza area": the name before the cue noun; "the village of X": X's
    own words (not "... of X and the area east of Y")."""
    before = [t for c in head.children if c.dep_ in ("compound", "amod", "nmod") and c.i < head.i for t in c.subtree]
    of = [
        t for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children if g.dep_ == "pobj" for t in g.subtree if t.i <= g.i
    ]  # fmt: skip
    # "the Luhya village of X": a definite cue names the place after "of"; "X village of Y": before
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
    first, second = (of, before) if definite else (before, of)
    # "residents in X": where the people named by their home live
    within = [
        t for c in head.children if c.dep_ == "prep" and c.lower_ == "in" and _lemma(head) in RESIDENTS
        for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN" for t in g.subtree if t.i <= g.i
    ]  # fmt: skip
    return first or second or within or [t for c in head.children if c.dep_ == "appos" for t in c.subtree]


def _contiguous(words: list[Token]) -> list[Token]:
    """The words from the first up to a break ("Buri village, Gidami District": "Buri")."""
    out: list[Token] = []
    for t in sorted(words, key=lambda t: t.i):
        if t.text in BREAKS or t.dep_ == "cc" or (out and t.i != out[-1].i + 1):
            break
        out.append(t)
    return out


def _name_like(words: list[Token]) -> bool:
    """Capitalised words, at most MAX_WORDS, not a bare number, date or compass abbreviation."""
    if not words or len(words) > MAX_WORDS:
        return False
    text = "".join(t.text for t in words)
    if len(text) < 3 or not any(c.isupper() for t in words for c in t.text[:4]):
        return False
    if all(t.ent_type_ == "NORP" and t.tag_ == "JJ" for t in words if t.text[:1].isupper()):
        return False  # "a mainly Kurdish town": an adjective naming a people, no place's name
    return not all(t.like_num or t.ent_type_ in NOT_PLACE_ENTS for t in words)


def _clean(words: list[Token]) -> str:
    """The name's words without a leading "the", quotes, or a trailing common noun ("Buri village")."""
    words = [t for t in words if t.text not in QUOTES]
    while words and words[0].lower_ == "the":
        words = words[1:]
    while len(words) > 1 and words[-1].is_lower:
        words = words[:-1]
    return str(words[0].doc[words[0].i : words[-1].i + 1].text) if words else ""


def _tree_distance(a: Token, b: Token) -> int:
    pa = [a, *a.ancestors]
    ib = {t.i: n for n, t in enumerate([b, *b.ancestors])}
    return next((n + ib[t.i] for n, t in enumerate(pa) if t.i in ib), 99)


def country_code(sc: SentenceContext, pm: PlaceMention | None, a1: str | None, a2: str | None) -> str | None:
    """The country of a place no gazetteer has: the country the sentence names ("in X, Kenya"),
    else that of the article's resolved places, else the run's single --country hint, else the
    one home of every armed side (an external force's home is not where it strikes; a side with
    no single home, such as al-Shabaab, leaves it open); else none."""
    if pm is not None and pm.cc:
        return pm.cc
    placed = Counter(p.cc for p in sc.art.places if p.cc and p.start >= sc.art.dateline_end)
    if placed:
        return placed.most_common(1)[0][0]
    hint = sc.art.article.countries
    if len(hint) == 1:
        return hint[0]
    actors = sc.art.actors
    sides = [a for a in (a1, a2) if a and actors.kinds.get(a, "nonstate") not in UNARMED]
    homes = {actors.home.get(a) if actors.kinds.get(a) != "external" else None for a in sides}
    # every armed side at home in one country ("Houthi fighters clashed with government forces");
    # not when a side has no single home or is abroad ("Kenyan forces attacked al-Shabaab bases")
    return homes.pop() if len(homes) == 1 else None
