"""Where an event was when the text names no town for it, only something wider (issue 14).

Tried after the sentence's own places and the article's town to fall back on, before the event
is given up (spec section 1: no place, no event):

1. **a town in an organisation's name**: the town a company, factory, municipality or university
   is named after, when its people are who act ("Workers of the X Steel Company gathered",
   "X Sugar Company workers went on strike") or its building is where ("gathered in front of the
   X municipality"). The place tagger keeps such a name as context, never as an event's place;
   here it is the protest's or the arrest's place (only those: a brigade named after its town
   fights anywhere). With no such town tagged, the organisation's first words name a town of the
   article's country when the gazetteer has one; else the organisation itself is kept as the
   unplaced place ("X Cord company": its name, no coordinates, for a reviewer).
2. **a national institution**: a country's parliament, ministry or presidential palace ("outside
   the Lebanese parliament", "in front of Iran's ministry of labour"), or an embassy in a
   country ("the X embassy in Lebanon"), is in that country's capital (GeoNames' national
   capital), coded at city precision with the institution as the detail.
3. **only a country**, for a crowd's event (a protest, a riot; not a violent event, too vague
   to code "somewhere in Iraq"): the event is "in <country>" or its crowd is the country's
   people ("Iranians rallied", "Bahrainis took to the streets"), or it is the one country the
   report names and not what the crowd stands against or with ("marking the anniversary of
   Bahrain's uprising"; not "against Turkey's offensive"), and the article names no town:
   kept unplaced (events/unplaced.py: the country's name, no coordinates, precision
   "unresolved"), so it is not lost and no map shows it at a centroid.

Words in `events/lexicon/places.yaml` (`national_institutions`, `host_institutions`,
`organisation_nouns`, `staff_nouns`, `stance_prepositions`, `stance_verbs`, `place_prepositions`).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from frontlog.events.arguments import subject_of, tree_distance
from frontlog.events.context import SentenceContext, Trigger
from frontlog.events.lexicon import EVENT_TYPE, word_list
from frontlog.events.unplaced import country_code, told_noun
from frontlog.places.gazetteer import GazEntry, Gazetteer
from frontlog.places.kept import candidates
from frontlog.places.normalize import translit_key
from frontlog.places.resolve import PlaceMention, to_place
from frontlog.records import UNRESOLVED, Place

NATIONAL = word_list("places.yaml", "national_institutions")  # in the capital of the country that owns them
HOSTED = word_list("places.yaml", "host_institutions")  # in the capital of the country "in" which they are
ORGANISATION_NOUNS = word_list("places.yaml", "organisation_nouns")
STAFF_NOUNS = word_list("places.yaml", "staff_nouns")  # "X Sugar workers": the employer's name before them
PLACE_PREPS = word_list("places.yaml", "place_prepositions") | {"front", "outside", "opposite"}
STANCE_PREPS = word_list("places.yaml", "stance_prepositions")
STANCE_VERBS = word_list("places.yaml", "stance_verbs")
CROWD_TYPES = frozenset({"Protests", "Riots"})
MODIFIER_DEPS = frozenset({"compound", "poss", "nmod", "amod"})
MAX_PHRASE = 8  # words of an institution's phrase kept as the detail
WELL_KNOWN_POP = 50_000  # a town an organisation's name stands for when nothing gives its country
MAX_DISTANCE = 4  # "protested on Monday in Lebanon": the country hangs on the trigger's own clause


def wider_place(
    trig: Trigger, sc: SentenceContext, a1: str | None
) -> tuple[PlaceMention | None, Place] | None:
    """The organisation's town, the institution's capital or the bare country of an event whose
    sentence names no town (None when the text gives none of them)."""
    kind = EVENT_TYPE.get(trig.type, "")
    crowd = kind in CROWD_TYPES or trig.type == "Arrests"
    if not (trig.is_verb or a1 or told_noun(trig)):
        return None  # (a noun with no side and no verb: a description, "the protests")
    town = _organisation_town(trig, sc) if crowd else None
    if town is not None:
        return town, town.place
    capital = _institution_capital(trig, sc)
    if capital is not None:
        return None, capital
    named = _organisation_place(trig, sc, a1) if crowd else None
    return (None, named) if named is not None else _country_only(trig, sc, crowd)


def _sentence_context_places(sc: SentenceContext) -> list[PlaceMention]:
    sent, art = sc.sent, sc.art
    return [
        p for p in art.context_places
        if sent.start_char <= p.start < sent.end_char and p.start >= art.dateline_end
    ]  # fmt: skip


def _who_and_where(trig: Trigger, objects: bool = False) -> set[int]:
    """The tokens naming who acted (subject, passive subject; with `objects`, who was acted on:
    "arrested workers of X") and where (a place preposition's phrase on the trigger: "in front
    of X", "outside X")."""
    tok = trig.token
    verb = _verb_of(trig)
    out = {t.i for t in subject_of(verb)} if verb is not None else set()  # "workers went on strike"
    for c in [*tok.children, *(verb.children if verb is not None and verb.i != tok.i else ())]:
        if (
            c.dep_ in ("nsubjpass", "compound")
            or (objects and c.dep_ in ("dobj", "obj"))
            or (c.dep_ == "prep" and c.lower_ in PLACE_PREPS)
        ):
            out.update(t.i for t in c.subtree)
        if c.dep_ == "prep" and c.lower_ == "by":  # "a strike by workers of X"
            out.update(t.i for t in c.subtree)
    return out


def _verb_of(trig: Trigger) -> Token | None:
    """The trigger, or the verb a noun trigger hangs on ("went on strike", "staged a rally")."""
    if trig.is_verb:
        return trig.token
    return next((a for a in trig.token.ancestors if a.pos_ in ("VERB", "AUX")), None)


def _organisation_town(trig: Trigger, sc: SentenceContext) -> PlaceMention | None:
    """ "Workers of X Steel Company", "X municipality's workers": the town the organisation whose
    people act (or in front of whose building they are) is named after."""
    doc = sc.sent.doc
    scope = _who_and_where(trig, objects=True)
    for p in _sentence_context_places(sc):
        if p.place.precision not in ("city", "point") or p.token_start not in scope:
            continue
        root = doc[p.token_start : p.token_end].root
        head = root
        while head.dep_ in MODIFIER_DEPS and head.head.i != head.i:
            head = head.head  # "X Steel Company": X -> Steel -> Company
        if head is root or head.lemma_.lower() not in ORGANISATION_NOUNS:
            continue
        return replace(p, place=replace(p.place, detail=_phrase(head)))
    return None


def _organisation_place(trig: Trigger, sc: SentenceContext, a1: str | None) -> Place | None:
    """ "Workers of the X Cord company", "Y Sugar workers": the organisation's premises, when the
    tagger found no town in its name. Its first words are a town of the article's country when the
    gazetteer has one so named; else the organisation is kept as the unplaced place (its name, no
    coordinates: a reviewer's queue), the country as events/unplaced.py gives it."""
    doc = sc.sent.doc
    known = sc.place_tokens | sc.actor_tokens
    for i in sorted(_who_and_where(trig, objects=True)):
        tok = doc[i]
        lemma = tok.lemma_.lower()
        if lemma not in ORGANISATION_NOUNS and lemma not in STAFF_NOUNS:
            continue
        words = _proper_modifiers(tok, known)
        if not words:
            continue
        name = " ".join(t.text for t in words)
        cc = sc.country or (sc.art.article.countries[0] if len(sc.art.article.countries) == 1 else None)
        town = _town_named(sc.art.gaz, words, cc)
        if town is not None:
            return town
        if lemma in ORGANISATION_NOUNS and not tok.is_lower:
            name = f"{name} {tok.text}"  # "X Railways"
        cc = cc or country_code(sc, None, a1, None)
        entry = sc.art.gaz.country(cc) if cc else None
        return Place(name, None, None, None, entry.name if entry else None, None, UNRESOLVED, None)
    return None


def _proper_modifiers(tok: Token, known: frozenset[int]) -> list[Token]:
    """The capitalised words naming an organisation before its noun ("X Y company": X Y; "X's
    municipality": X), none of them a known place or actor."""
    words = [
        t for c in tok.children if c.dep_ in ("compound", "poss") and c.i < tok.i
        for t in c.subtree if t.i < tok.i and t.pos_ == "PROPN"
    ]  # fmt: skip
    words = sorted(words, key=lambda t: t.i)
    if not words or any(t.i in known for t in words) or not all(t.text[:1].isupper() for t in words):
        return []
    if words[-1].i - words[0].i != len(words) - 1 or len(words) > 4:
        return []
    return words


def _town_named(gaz: Gazetteer, words: list[Token], cc: str | None) -> Place | None:
    """A town of the country named by the organisation's first word(s), the most populous; spelt
    as the gazetteer spells it or transliterated otherwise ("Doroud Railways": Dorud, Persian
    "ou" for "u"). With no country known: a town of a focus country ([places] focus_countries)
    that a report would name without its country (WELL_KNOWN_POP people), ten times as large as
    any other town of those countries so named ("Workers of Yasouj municipality": Yasuj)."""
    for n in range(len(words), 0, -1):
        name = " ".join(t.text for t in words[:n])
        if cc is None:
            town = _well_known_town(gaz, name)
            if town is not None:
                return to_place(town, gaz)
            continue
        entries, exact = candidates(gaz, name)
        towns = [
            e for e in entries
            if e.cc == cc and e.kind == "city" and (exact or translit_key(e.name) == translit_key(name))
        ]  # fmt: skip
        if towns:
            return to_place(max(towns, key=lambda e: e.pop), gaz)
    return None


_WELL_KNOWN: dict[int, dict[str, list[GazEntry]]] = {}


def _well_known_town(gaz: Gazetteer, name: str) -> GazEntry | None:
    """_town_named's town of a focus country for a name with no country (see there)."""
    from frontlog.settings import load_settings

    focus = frozenset(load_settings().places.focus_countries)
    table = _WELL_KNOWN.get(id(gaz))
    if table is None:  # built once per process, on the first such name (a few hundred towns)
        table = {}
        pops = getattr(gaz.entries, "pop", None)  # (the compact gazetteer's population column)
        rows = range(len(gaz.entries)) if pops is None else [i for i, p in enumerate(pops) if p >= WELL_KNOWN_POP]
        for i in rows:
            e = gaz.entry(i)
            if e.kind == "city" and e.cc in focus and e.pop >= WELL_KNOWN_POP:
                table.setdefault(translit_key(e.name), []).append(e)
        _WELL_KNOWN.clear()
        _WELL_KNOWN[id(gaz)] = table
    entries, exact = candidates(gaz, name)
    towns = {e for e in table.get(translit_key(name), [])}
    towns |= {e for e in entries if exact and e.kind == "city" and e.cc in focus}
    ranked = sorted(towns, key=lambda e: e.pop, reverse=True)
    if not ranked or ranked[0].pop < WELL_KNOWN_POP or (len(ranked) > 1 and ranked[1].pop * 10 > ranked[0].pop):
        return None
    return ranked[0]


def _institution_capital(trig: Trigger, sc: SentenceContext) -> Place | None:
    """ "outside the Lebanese parliament", "in front of Iran's ministry of labour", "the X embassy
    in Lebanon": the capital of the country the institution belongs to (or is in)."""
    doc = sc.sent.doc
    verb = _verb_of(trig)
    subject = {t.i for t in subject_of(verb)} if verb is not None else set()
    scope = _who_and_where(trig) - subject  # where they were, not who they were
    countries = [
        p for p in (*sc.places, *_sentence_context_places(sc)) if p.place.precision == "country" and p.cc
    ]
    for i in sorted(scope):
        tok = doc[i]
        lemma = tok.lemma_.lower()
        if lemma in NATIONAL:
            owner = [p for p in countries if _modifies(doc[p.token_start : p.token_end].root, tok)]
        elif lemma in HOSTED:
            owner = [p for p in countries if _hosted_in(doc[p.token_start : p.token_end].root, tok)]
        else:
            continue
        capital = capital_of(sc.art.gaz, owner[0].cc) if owner else None
        if capital is not None:
            return to_place(capital, sc.art.gaz, detail=_phrase(tok))
    return None


def _modifies(root: Token, noun: Token) -> bool:
    """ "the Lebanese parliament", "Iran's ministry", "the parliament of Iran"."""
    if root.head.i == noun.i and root.dep_ in MODIFIER_DEPS:
        return True
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.i == noun.i


def _hosted_in(root: Token, noun: Token) -> bool:
    """ "the Russian embassy in Lebanon"."""
    return root.dep_ == "pobj" and root.head.lower_ == "in" and root.head.head.i == noun.i


def _country_only(trig: Trigger, sc: SentenceContext, crowd: bool) -> tuple[None, Place] | None:
    """ "protested in Lebanon", "Iranians rallied": the country, unplaced, when the article names
    no town to put the event in."""
    if not crowd:
        return None  # a violent event somewhere in a country is too vague to code ("attacked a town in northern Iraq")
    focus = sc.art.focus
    doc = sc.sent.doc
    verb = _verb_of(trig)
    subject = {t.i for t in subject_of(verb)} if verb is not None else set()
    for p in sc.places:
        root = doc[p.token_start : p.token_end].root
        if p.place.precision != "country" or p.context_only or not p.cc:
            continue
        prep = root.head
        if focus is not None and focus.cc == p.cc:
            continue  # the article's town of that country was not taken: not this rule's to guess
        if (
            root.dep_ == "pobj"
            and prep.lower_ in PLACE_PREPS
            and tree_distance(trig.token, root) <= MAX_DISTANCE
        ):
            return None, _unplaced_country(sc.art.gaz, p.cc)
    for p in _sentence_context_places(sc):  # "Iranians rallied", "hundreds of Bahrainis took to the streets"
        root = doc[p.token_start : p.token_end].root
        if focus is not None and focus.cc == p.cc:
            continue
        if p.place.precision == "country" and p.cc and root.i in subject and root.tag_ in ("NNPS", "NNS"):
            return None, _unplaced_country(sc.art.gaz, p.cc)
    return _only_country(sc) if focus is None else None


def _only_country(sc: SentenceContext) -> tuple[None, Place] | None:
    """ "demonstrators marking the anniversary of Bahrain's uprising": the one country a crowd's
    report names is where it gathered, when the article names no town at all and the country is
    not what the crowd stands against or with ("against Turkey's offensive", "in solidarity with
    Syria's Kurds")."""
    doc = sc.sent.doc
    named = [p for p in (*sc.places, *_sentence_context_places(sc)) if p.place.precision == "country" and p.cc]
    if len({p.cc for p in named}) != 1 or any(_stance(doc[p.token_start : p.token_end].root) for p in named):
        return None
    return None, _unplaced_country(sc.art.gaz, named[0].cc)


def _stance(tok: Token) -> bool:
    """Is the word inside what a crowd stands against or with ("against X", "with X", "denounced X")?"""
    for a in tok.ancestors:
        if (a.dep_ == "prep" and a.lower_ in STANCE_PREPS) or a.lemma_.lower() in STANCE_VERBS:
            return True
    return False


def _unplaced_country(gaz: Gazetteer, cc: str) -> Place:
    entry = gaz.country(cc)
    name = entry.name if entry is not None else cc
    return Place(name, None, None, None, name, None, UNRESOLVED, None)


def _phrase(head: Token) -> str:
    """The noun phrase of an institution or organisation, without its determiner."""
    words = [t.text for t in head.subtree if t.dep_ != "det" and not t.is_punct]
    return " ".join(words[:MAX_PHRASE])


def capital_of(gaz: Gazetteer, cc: str) -> GazEntry | None:
    """The gazetteer's national capital of a country (GeoNames PPLC), found once per process."""
    table = _capital_table(gaz)
    i = table.get(cc)
    return gaz.entry(i) if i is not None else None


_TABLES: dict[int, dict[str, int]] = {}


def _capital_table(gaz: Gazetteer) -> dict[str, int]:
    key = id(gaz)
    if key not in _TABLES:
        table: dict[str, int] = {}
        for i in range(len(gaz.entries)):
            if gaz.entries[i][0] in gaz.capitals:
                e = gaz.entry(i)
                if e.cc not in table or e.pop > gaz.entry(table[e.cc]).pop:
                    table[e.cc] = i
        _TABLES[key] = table
    return _TABLES[key]
