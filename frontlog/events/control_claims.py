"""Control claims of a sentence: a statement of extent ("the rebels control 90 percent of the town",
found by events.claims) becomes a `partial` claim; "X entered the city" a `contested` one;
statements of presence, "the besieged town of X" a `besieged` one (held by whoever the phrase says
holds it: "the besieged rebel-held town") and "the rebel-held district of X" a `partial` one."""

from __future__ import annotations

import re

from spacy.tokens import Token

from frontlog.control import ShareClaim
from frontlog.doctext import span_text
from frontlog.events.arguments import actor_in, agent_of, is_metonymic, is_passive, prep_objects, subject_of
from frontlog.events.claims import Share, share_token, share_verb
from frontlog.events.context import Discourse, SentenceContext, Trigger
from frontlog.events.dating import date_for
from frontlog.events.lexicon import TriggerRule, word_list, word_map
from frontlog.events.modality import is_asserted
from frontlog.places.resolve import PlaceMention
from frontlog.records import Source

ENTRY_VERBS = word_list("cues.yaml", "entry_verbs")
ENTERED_PLACE_WORDS = word_list("places.yaml", "entered_place_words")
ENTERED_PLACE_LEMMAS = word_list("places.yaml", "entered_place_lemmas")
STATE_HOLDER_WORDS = word_list("claims.yaml", "state_holder_words")
HOLDER_FALLBACK = word_map("claims.yaml", "holder_fallback")
BESIEGED_WORDS = word_list("claims.yaml", "besieged_words")
HELD_PARTICIPLES = word_list("claims.yaml", "held_participles")
HELD_PART_NOUNS = word_list("claims.yaml", "held_part_nouns")
LAST_WORDS = word_list("claims.yaml", "last_words")
HOLDING_VERBS = word_list("claims.yaml", "holding_verbs")
TERRITORY_OBJECTS = word_list("places.yaml", "territory_objects")


def _alternation(words: frozenset[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


_HOLDER_PHRASE = re.compile(
    rf"\b(?:{_alternation(word_list('claims.yaml', 'holder_phrases'))})\s+(?:the\s+)?"
)
_HELD_BY_WORD = re.compile(
    rf"\b({_alternation(word_list('claims.yaml', 'holder_words'))})[- ](?:held|hands|control)", re.I
)


def sentence_source(sc: SentenceContext) -> Source:
    a, sent = sc.art.article, sc.sent
    return Source(
        a.doc_id, a.url, a.outlet, a.published, span_text(sent), sent.start_char, sent.end_char, sc.attributed
    )


def share_claim(sc: SentenceContext, share: Share, state: Discourse) -> ShareClaim | None:
    """The `partial` claim of a statement of extent: who holds how much of which place."""
    sent, am = sc.sent, list(sc.actors)
    verb = share_verb(share_token(sent, share))
    controller = previous = None
    if verb.lemma_.lower() == "lose":
        controller = actor_in(prep_objects(verb, ["to"]), am)
        previous = actor_in(subject_of(verb), am)
    elif is_passive(verb):
        controller = actor_in(agent_of(verb), am)
    else:
        controller = actor_in(subject_of(verb), am)
    controller = controller or _named_holder(sc, share)
    if controller is None:
        controller = state.recent_actor(sc.index, 1)
    place_pm = _share_place(sc, share, state)
    if place_pm is None:
        return None
    pub = sc.art.pub
    return ShareClaim(
        status="partial",
        place=place_pm.place,
        date=pub.isoformat(),
        date_precision="day",
        controller=controller,
        previous=previous if previous != controller else None,
        share=round(share.value, 2),
        claimed_by=sc.attributed or sc.art.article.outlet,
        source=sentence_source(sc),
    )


def _named_holder(sc: SentenceContext, share: Share) -> str | None:
    """The holder named after the share ("in the hands of X") or before "-held" ("rebel-held")."""
    sent = sc.sent
    m = _HOLDER_PHRASE.search(span_text(sent)[share.end :])
    if m:
        start_char = sent.start_char + share.end + m.end()
        found = next((a.actor for a in sc.actors if sent.doc[a.start].idx >= start_char), None)
        if found is not None:
            return found
    hm = _HELD_BY_WORD.search(span_text(sent))
    if hm:
        w = hm.group(1).lower()
        if w in STATE_HOLDER_WORDS:
            return sc.voice
        return sc.art.actors.modifiers.get(w) or HOLDER_FALLBACK.get(w)
    return None


def _share_of_ground(sc: SentenceContext, share: Share) -> bool:
    """ "most of the city", "90 percent of Raqa", "half of it" (not "the majority of its water
    supply"): the share is of a place or a kind of ground."""
    tok = share_token(sc.sent, share)
    end = sc.sent.start_char + share.end
    of = next((t for t in tok.sent if t.idx >= end - 2 and t.lower_ == "of"), None)
    objs = [c for c in of.children if c.dep_ == "pobj"] if of is not None else []
    if not objs:
        return True
    obj = objs[0]
    return (
        obj.i in sc.place_tokens or obj.pos_ in ("PROPN", "PRON")
        or obj.lemma_.lower() in TERRITORY_OBJECTS | HELD_PART_NOUNS
    )  # fmt: skip


def _share_place(sc: SentenceContext, share: Share, state: Discourse) -> PlaceMention | None:
    if not _share_of_ground(sc, share):
        return None
    after = [
        p for p in sc.places if p.start >= sc.sent.start_char + share.start and p.place.precision != "country"
    ]
    if after:
        return after[0]
    before = [
        p for p in sc.places if p.place.precision in ("city", "point") and p.cc == (sc.art.country or p.cc)
        and not is_metonymic(sc.sent.doc[p.token_start : p.token_end])
    ]  # fmt: skip
    if before:  # "X is close to falling, with commanders in Y saying 70 percent of the city is ...": X
        return before[0]
    return state.recent_place(sc.index)


def presence_claims(sc: SentenceContext, state: Discourse) -> list[ShareClaim]:
    """ "X entered the city": the place is contested from then on; and the statements of presence
    (`besieged_claims`, `held_part_claims`)."""
    out: list[ShareClaim] = (
        besieged_claims(sc, state) + held_part_claims(sc, state) + holding_claims(sc, state)
    )
    for tok in sc.sent:
        if tok.lemma_.lower() not in ENTRY_VERBS or tok.pos_ != "VERB":
            continue
        trig = Trigger(tok, TriggerRule(type="Armed clash"), "Armed clash", True)
        if not is_asserted(trig, sc.art.lex):
            continue
        objs = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
        who = _entering_side(sc, tok) or state.recent_actor(sc.index, 1)
        if not objs:
            pm = _entered_unnamed(sc, state, tok, who)
        else:
            obj = objs[0]
            pm = next((p for p in sc.places if p.token_start <= obj.i < p.token_end), None)
            if pm is None and obj.lower_ in ENTERED_PLACE_WORDS or obj.lemma_.lower() in ENTERED_PLACE_LEMMAS:
                pm = state.recent_place(sc.index)
                if pm is None:
                    pm = sc.art.focus
        if pm is None:
            continue
        resolved = date_for(
            trig, sc.sent, sc.art.pub, state.last_event_date, sc.art.dateline_end, report_day=sc.art.report_day,
            entry=sc.art.entry_at(sc.sent.start_char),
        )
        if resolved is None or resolved.durative:
            continue
        out.append(ShareClaim("contested", pm.place, resolved.value, resolved.precision, who, None, None,
                              sc.attributed or sc.art.article.outlet, sentence_source(sc),
                              resolved.precision != "day"))  # fmt: skip
    return out


def _entering_side(sc: SentenceContext, verb: Token) -> str | None:
    """The side that entered: the verb's subject, else (a pronoun, "before entering it") the
    subject of the clauses above it ("the SDF spent months encircling the city before ...")."""
    node = verb
    for _ in range(5):
        subject = subject_of(node)
        found = actor_in(subject, list(sc.actors))
        if found is not None or node.head.i == node.i:
            return found
        if subject and not all(t.pos_ == "PRON" for t in subject):
            return None  # a subject the lexicon does not know ("the terrorists"): not the clause above's
        node = node.head
    return None


def _entered_unnamed(sc: SentenceContext, state: Discourse, verb: Token, who: str | None) -> PlaceMention | None:
    """ "The SDF holds 60 percent of Raqa since it entered in June": an armed side that entered
    without an object entered the town the sentence names before the verb (else the one the
    sentences before spoke of)."""
    if who is None:
        return None
    precise = [p for p in sc.places if p.place.precision in ("city", "point")]
    inside = {t.i for c in verb.children if c.dep_ == "prep" and c.lower_ in ("into", "in") for t in c.subtree}
    into = [p for p in precise if p.token_start in inside]  # "entered into the town of X"
    if into:
        return into[0]
    before = [p for p in precise if p.token_end <= verb.i]
    return before[-1] if before else state.recent_place(sc.index)


def _phrase_place(sc: SentenceContext, head: Token) -> PlaceMention | None:
    """The place a noun phrase names: in the phrase ("besieged Douma", "the besieged town of X",
    "the besieged district of Y in the city of X"), nearest its head first, else the name it is in
    apposition with ("Douma, the besieged town")."""

    def at(tok: Token) -> PlaceMention | None:
        return next((p for p in sc.places if p.token_start <= tok.i < p.token_end), None)

    named = at(head) or (at(head.head) if head.dep_ == "appos" else None)
    if named is not None:
        return named if named.place.precision != "country" else None
    inside = {t.i for t in head.subtree}
    if head.lower_ in HELD_PART_NOUNS:  # "struck the besieged X district in the city of Y": "in" on the verb
        inside |= {
            t.i for c in head.head.children if c.dep_ == "prep" and c.lower_ == "in" for t in c.subtree
        }
    found = [p for p in sc.places if p.token_start in inside and p.place.precision != "country"]
    return min(found, key=lambda p: abs(p.token_start - head.i)) if found else None


def _holder(sc: SentenceContext, tok: Token) -> str | None:
    """Who holds a place by the word before "-held" ("rebel-held", "IS-controlled")."""
    named = next((a.actor for a in sc.actors if a.start <= tok.i < a.end), None)
    if named is not None:
        return named
    w = tok.lower_
    if w in STATE_HOLDER_WORDS:
        return sc.voice
    return sc.art.actors.modifiers.get(w) or HOLDER_FALLBACK.get(w)


def _held_by(sc: SentenceContext, head: Token) -> Token | None:
    """The holder word of a "-held" participle that modifies `head`, if any."""
    for c in head.children:
        if c.lower_ in HELD_PARTICIPLES and c.i >= 2 and c.doc[c.i - 1].text == "-":
            return c.doc[c.i - 2]
    return None


def _claim(sc: SentenceContext, state: Discourse, tok: Token, status: str, pm: PlaceMention,
           controller: str | None) -> ShareClaim | None:  # fmt: skip
    trig = Trigger(tok, TriggerRule(type="Other"), "Other", False)
    resolved = date_for(
        trig, sc.sent, sc.art.pub, state.last_event_date, sc.art.dateline_end, report_day=sc.art.report_day,
        entry=sc.art.entry_at(sc.sent.start_char),
    )
    if resolved is None or resolved.durative:
        return None
    return ShareClaim(status, pm.place, resolved.value, resolved.precision, controller, None, None,
                      sc.attributed or sc.art.article.outlet, sentence_source(sc),
                      resolved.precision != "day")  # fmt: skip


def besieged_claims(sc: SentenceContext, state: Discourse) -> list[ShareClaim]:
    """ "warplanes struck the besieged town of X on Sunday": X is besieged that day."""
    out: list[ShareClaim] = []
    for tok in sc.sent:
        if tok.lower_ not in BESIEGED_WORDS or tok.dep_ not in ("amod", "compound"):
            continue
        pm = _phrase_place(sc, tok.head)
        if pm is None:
            continue
        holder = _held_by(sc, tok.head)
        claim = _claim(sc, state, tok, "besieged", pm, _holder(sc, holder) if holder is not None else None)
        if claim is not None:
            out.append(claim)
    return out


def held_part_claims(sc: SentenceContext, state: Discourse) -> list[ShareClaim]:
    """ "strikes on the rebel-held district of X": X is partly held by the rebels. "The last
    rebel-held area of X": X is held by the state forces but for that area."""
    if sc.share is not None:
        return []  # "the government-held third of X": a statement of extent, coded with its share
    out: list[ShareClaim] = []
    for head in sc.sent:
        if head.lower_ not in HELD_PART_NOUNS or head.pos_ not in ("NOUN", "PROPN"):
            continue
        word = _held_by(sc, head)
        pm = _phrase_place(sc, head) if word is not None else None
        if word is None or pm is None:
            continue
        holder = _holder(sc, word)
        if any(c.lower_ in LAST_WORDS for c in head.children) and holder and holder != sc.voice:
            holder = sc.voice
        claim = _claim(sc, state, head, "partial", pm, holder)
        if claim is not None:
            out.append(claim)
    return out


def holding_claims(sc: SentenceContext, state: Discourse) -> list[ShareClaim]:
    """ "the Kurds now control an area stretching 14 km south of X": X is partly held by them (a
    verb of holding in the present tense, a part of a place as its object)."""
    if sc.share is not None:
        return []  # "controls 90 percent of X": a statement of extent, coded with its share
    out: list[ShareClaim] = []
    for verb in sc.sent:
        if verb.lemma_.lower() not in HOLDING_VERBS or verb.tag_ not in ("VBP", "VBZ"):
            continue
        trig = Trigger(verb, TriggerRule(type="Other"), "Other", True)
        if not is_asserted(trig, sc.art.lex):
            continue
        objs = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.lower_ in HELD_PART_NOUNS]
        pm = _phrase_place(sc, objs[0]) if objs else None
        if pm is None:
            continue
        holder = actor_in(subject_of(verb), list(sc.actors))
        claim = _claim(sc, state, verb, "partial", pm, holder)
        if claim is not None:
            out.append(claim)
    return out
