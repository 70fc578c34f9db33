"""Lists of places whose commas were lost: "struck the villages of A B C and D".

Scraped news often loses its commas (a list "A, B, C and D" comes out "A B C and D"); the parse
then sees one long name and no conjuncts, so `location.listed_places` finds one place where the
text names four. Here the list is read from the place mentions themselves: mentions that follow
one another with nothing between them but a comma, "and"/"or", or capitalised words no gazetteer
knows (a village it lacks), ending in "and"/"or" before the last, are one list.

A conjunct of a list of towns that the tagger took for no place ("shelled Khan Sheikhoun, Kafr Zita
and Al-Lataminah": names read as a person's or an organisation's) is read by its words in the
first town's country, near it, as events/unplaced.py reads a name the resolver left (places/lone.py).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from frontlog.events.lexicon import word_list
from frontlog.places.gazetteer import Gazetteer
from frontlog.places.lone import lone_reading
from frontlog.places.normalize import arabic_articles, is_title, loose_key, name_key
from frontlog.places.resolve import PlaceMention, to_place

LIST_JOINERS = word_list("places.yaml", "list_joiners")
PAIR_ADJECTIVES = word_list("places.yaml", "pair_adjectives")
PAIR_KINDS = word_list("places.yaml", "pair_kinds")
CUE_NOUNS = word_list("places.yaml", "list_cue_nouns")
COMPASS_WORDS = word_list("places.yaml", "compass_words")
TWO_ENDS = word_list("places.yaml", "two_ends")
ARTICLES = arabic_articles()
MAX_ROUNDUP = 3  # a round-up's cued places followed this many deep ("areas in B and the villages of C")
MAX_UNKNOWN_GAP = 3  # at most this many unknown capitalised words between two listed places


def glued_list(
    first: PlaceMention, places: list[PlaceMention], doc: Doc, known: frozenset[int]
) -> list[PlaceMention]:
    """The place mentions listed together with `first` (itself excluded), in text order; [] when
    `first` is not in such a list. `known`: tokens of actors (a side's name breaks the list)."""
    usable = [p for p in places if not p.context_only and p.place.precision != "country"]
    seq = sorted(usable, key=lambda p: p.token_start)
    at = next((n for n, p in enumerate(seq) if p.token_start == first.token_start), None)
    if at is None:
        return []
    lo = hi = at
    while lo > 0 and _gap(seq[lo - 1], seq[lo], doc, known) is not None:
        lo -= 1
    while hi + 1 < len(seq) and _gap(seq[hi], seq[hi + 1], doc, known) is not None:
        hi += 1
    gaps = [_gap(seq[k], seq[k + 1], doc, known) for k in range(lo, hi)]
    if hi == lo or (gaps[-1] != "joined" and (len(gaps) < 2 or any(g != "glued" for g in gaps))):
        return []  # no list, or one that does not end "... and D" (nor three names glued: "A B C")
    return [p for p in seq[lo : hi + 1] if p is not first]


def other_listed(first: PlaceMention, places: list[PlaceMention], doc: Doc, known: frozenset[int]) -> list[PlaceMention]:
    """The places listed with `first` that the parse does not join to it: a glued list ("A B and C"),
    a paired town ("and the nearby town of B"), a town joined to the region `first` is placed in."""
    root = doc[first.token_start : first.token_end].root
    return [*glued_list(first, places, doc, known), *paired_towns(first, places, doc), *region_conjuncts(root, places)]


def region_conjuncts(root: Token, places: list[PlaceMention]) -> list[PlaceMention]:
    """Towns joined to the region a town is placed in: "the town of A in southern X and B south of
    Y" (B is a second town of the list, not a second region of A's), not "A in northern X and Y"
    when Y is a region's name too (Y's town named as its region)."""
    holder = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in CUE_NOUNS else root
    regions = [g for h in {holder.i: holder, root.i: root}.values() for c in h.children
               if c.dep_ == "prep" and c.lower_ == "in" for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    out = []
    for region in regions:
        held = next((p for p in places if p.token_start <= region.i < p.token_end), None)
        compass = any(c.lower_ in COMPASS_WORDS for c in region.children)
        if not (compass or (held is not None and held.place.precision == "admin1")):
            continue  # (a region no gazetteer reads, "in South X and B": told by its compass word)
        towns = [p for c in region.conjuncts for p in places if p.token_start <= c.i < p.token_end]
        out += [p for p in towns if p.place.precision in ("city", "point") and not _named_as_region(p)]
    return out


def _named_as_region(p: PlaceMention) -> bool:
    """A town named as its first-level region ("Hama", "Idlib"): in a list of regions, the region."""
    return p.region is not None and (
        name_key(p.region.name).startswith(name_key(p.text))
        or loose_key(p.region.name) == loose_key(p.text)  # ("Saada" ~ Sa'dah; review, session 16)
    )


def paired_towns(first: PlaceMention, places: list[PlaceMention], doc: Doc) -> list[PlaceMention]:
    """Towns paired with `first` later in its sentence by "and the nearby town of B" ("attacked A,
    held by the militia, and the nearby town of B": the parse often hangs B elsewhere)."""
    sent = doc[first.token_start].sent
    out = []
    for p in places:
        i = p.token_start
        if not (first.token_end <= i - 5 and i < sent.end) or p.context_only:
            continue
        words = [t.lower_ for t in doc[i - 5 : i]]
        if words[0] == "and" and words[1] == "the" and words[2] in PAIR_ADJECTIVES and words[3] in PAIR_KINDS and words[4] == "of":
            out.append(p)
    return out


def _gap(a: PlaceMention, b: PlaceMention, doc: Doc, known: frozenset[int]) -> str | None:
    """How two mentions follow one another: "joined" (by "and"/"or"), "glued" (nothing, or unknown
    capitalised names between them: a list whose commas were lost), "listed" (a comma among them),
    None (anything else: not one list)."""
    gap = doc[a.token_end : b.token_start]
    joined = comma = False
    unknown = 0
    for tok in gap:
        if tok.lower_ in LIST_JOINERS:
            joined = True
        elif tok.text == ",":
            comma = True
        elif (tok.text == "-" and tok.i > 0 and tok.nbor(-1).lower_ in ARTICLES) or (
            tok.lower_ in ARTICLES and tok.nbor().text == "-"
        ):
            continue  # (an unknown "Tell al-Gharbi": the article and its hyphen inside the name)
        elif is_title(tok.text) and tok.i not in known and not tok.is_sent_start and tok.pos_ == "PROPN":
            unknown += 1
        else:
            return None
    if unknown > MAX_UNKNOWN_GAP:
        return None
    return "joined" if joined else "listed" if comma else "glued"


def place_conjuncts(root: Token) -> tuple[Token, ...]:
    """The conjuncts of a place's head word, or of the kind noun it names ("in A city and the
    villages of B C and D": "city" holds the conjunct; "the town of A and the village of B":
    "town"); after a list of its own, the cued conjuncts of the noun that opens it ("the towns of
    A and B and the village of C", "the neighbourhoods of A and B as well as the town of C")."""
    if not root.conjuncts and root.dep_ == "compound" and root.head.lower_ in PAIR_KINDS:
        return tuple(root.head.conjuncts)
    holder = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN" else None
    if holder is None:
        return tuple(root.conjuncts)
    if not root.conjuncts and holder.lower_ in CUE_NOUNS:
        return tuple(holder.conjuncts)
    return (*root.conjuncts, *(c for c in holder.conjuncts if c.lower_ in CUE_NOUNS and c.i > root.i))


def list_tokens(root: Token) -> tuple[Token, ...]:
    """The words that name the other places of a place's list: its conjuncts (place_conjuncts) and
    the objects of prepositions joined to its own (prep_conjuncts)."""
    return (*place_conjuncts(root), *prep_conjuncts(root))


def two_ends(root: Token) -> bool:
    """Is the place one end of a line ("between A and B", "the road linking A and B")?"""
    return any(t.lower_ in TWO_ENDS for t in (root.head, *root.conjuncts[:1], root.head.head))


def prep_conjuncts(root: Token) -> tuple[Token, ...]:
    """The places of prepositions joined to the one that holds a place: "in A and in B", "in A and
    also in the city of B", "in A as well as in B" (a preposition of the same word, after the place,
    that is a conjunct or follows "and"/"as well as", in the same verb's clause); "the province of
    B" gives B."""
    head = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.dep_ == "pobj" else root
    prep = head.head if head.dep_ == "pobj" and head.head.pos_ == "ADP" else None
    verb = _clause_verb(prep) if prep is not None else None
    if prep is None or verb is None:
        return ()
    out = []
    for c in verb.subtree:
        if c.i <= root.i or c.pos_ != "ADP" or c.lower_ != prep.lower_ or _clause_verb(c) != verb:
            continue
        before = c.doc[c.i - 1] if c.i > 0 else c
        before = c.doc[before.i - 1] if before.dep_ == "advmod" and before.i > 0 else before  # "and also in"
        if (c.dep_ != "conj" and before.dep_ != "cc") or _own_days(root, c):
            continue
        for obj in (g for g in c.children if g.dep_ == "pobj"):
            named = [g for o in obj.children if o.dep_ == "prep" and o.lower_ == "of" for g in o.children if g.dep_ == "pobj"]
            out += named if obj.pos_ == "NOUN" and obj.lower_ not in CUE_NOUNS and named else [obj]
    return tuple(dict.fromkeys(out))


def _own_days(root: Token, prep: Token) -> bool:
    """ "in A on Monday and in B on Tuesday": each place told with a day of its own (another
    event, on another day), not one list on the day said once ("in A and in B on Monday")."""
    dated = [t.i for t in prep.sent if t.ent_type_ in ("DATE", "TIME")]
    return any(root.i < i < prep.i for i in dated) and any(i > prep.i for i in dated)


def _clause_verb(tok: Token) -> Token | None:
    """The verb whose clause holds the token (its nearest verb ancestor)."""
    return next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)


def conjunct_mentions(
    tok: Token, first: PlaceMention, places: list[PlaceMention], known: frozenset[int], gaz: Gazetteer | None, depth: int = 0
) -> list[PlaceMention | None]:
    """The places a conjunct of the first place names: conjunct_mention's, or for "the villages
    of B C and D" ("shelled A and the villages of B C and D") the list the plural noun opens, for
    "the village of B", "areas of B" the place the kind noun names."""
    if tok.lower_ in CUE_NOUNS:
        head = _cued_place(tok, "of", places) or _cued_place(tok, "in", places)  # "and nearby areas in B"
        if head is not None:
            more = _roundup(tok.doc[head.token_start : head.token_end].root, first, places, known, gaz, depth)
            return [head, *glued_list(head, places, tok.doc, known), *more]
    return [conjunct_mention(tok, first, places, known, gaz)]


def _cued_place(tok: Token, prep: str, places: list[PlaceMention]) -> PlaceMention | None:
    """The place a kind noun names by `prep`: "the village of B", "areas in B"."""
    return next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == prep for g in c.children
                 if g.dep_ == "pobj" for p in places if p.token_start <= g.i < p.token_end), None)  # fmt: skip


def _roundup(
    root: Token, first: PlaceMention, places: list[PlaceMention], known: frozenset[int], gaz: Gazetteer | None, depth: int
) -> list[PlaceMention | None]:
    """The places of a round-up that go on after a cued place: "in the city of A and nearby areas in
    B and the villages of C and D" (B's conjunct "villages" opens C and D)."""
    if depth >= MAX_ROUNDUP:
        return []
    return [m for c in root.conjuncts if c.i > root.i for m in conjunct_mentions(c, first, places, known, gaz, depth + 1)]


def conjunct_mention(
    tok: Token, first: PlaceMention, places: list[PlaceMention], known: frozenset[int], gaz: Gazetteer | None
) -> PlaceMention | None:
    """The place a conjunct of the first place names: its place mention, else (with `gaz`: the first
    is a town) the gazetteer's reading of its proper-name words in the first place's country near
    it; None for an actor, a common noun or a name with no such reading."""
    found = next((p for p in places if p.token_start <= tok.i < p.token_end), None)
    if found is not None or gaz is None or tok.pos_ != "PROPN" or tok.i in known or first.place.point is None:
        return found
    left = tok.i
    while left > tok.sent.start and tok.doc[left - 1].head.i == tok.i and tok.doc[left - 1].dep_ in ("compound", "punct"):
        left -= 1  # "Kafr Zita", "Maarat al-Numan": the words the conjunct's head takes before it
    span = tok.doc[left : tok.i + 1]
    if any(t.i in known for t in span) or not is_title(span[0].text) or any(t.pos_ != "PROPN" and t.text != "-" for t in span):
        return None
    entry = lone_reading(span.text, first.cc, gaz, (first.place.point,))
    if entry is None or entry.cc != first.cc or entry.kind not in ("city", "point"):
        return None
    return PlaceMention(span.start_char, span.end_char, span.text, span.start, span.end, to_place(entry, gaz), entry.cc)
