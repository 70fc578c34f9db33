"""Control claims of a sentence: a statement of extent ("the rebels control 90 percent of the town",
found by events.claims) becomes a `partial` claim; "X entered the city" a `contested` one."""

from __future__ import annotations

import re

from frontlog.control import ShareClaim
from frontlog.events.arguments import actor_in, agent_of, is_passive, prep_objects, subject_of
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
        a.doc_id, a.url, a.outlet, a.published, sent.text, sent.start_char, sent.end_char, sc.attributed
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
    m = _HOLDER_PHRASE.search(sent.text[share.end :])
    if m:
        start_char = sent.start_char + share.end + m.end()
        found = next((a.actor for a in sc.actors if sent.doc[a.start].idx >= start_char), None)
        if found is not None:
            return found
    hm = _HELD_BY_WORD.search(sent.text)
    if hm:
        w = hm.group(1).lower()
        if w in STATE_HOLDER_WORDS:
            return sc.voice
        return sc.art.actors.modifiers.get(w) or HOLDER_FALLBACK.get(w)
    return None


def _share_place(sc: SentenceContext, share: Share, state: Discourse) -> PlaceMention | None:
    after = [
        p for p in sc.places if p.start >= sc.sent.start_char + share.start and p.place.precision != "country"
    ]
    if after:
        return after[0]
    return state.recent_place(sc.index)


def presence_claims(sc: SentenceContext, state: Discourse) -> list[ShareClaim]:
    """ "X entered the city": the place is contested from then on."""
    out: list[ShareClaim] = []
    for tok in sc.sent:
        if tok.lemma_.lower() not in ENTRY_VERBS or tok.pos_ != "VERB":
            continue
        trig = Trigger(tok, TriggerRule(type="Armed clash"), "Armed clash", True)
        if not is_asserted(trig, sc.art.lex):
            continue
        objs = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
        if not objs:
            continue
        obj = objs[0]
        pm = next((p for p in sc.places if p.token_start <= obj.i < p.token_end), None)
        if pm is None and obj.lower_ in ENTERED_PLACE_WORDS or obj.lemma_.lower() in ENTERED_PLACE_LEMMAS:
            pm = state.recent_place(sc.index)
            if pm is None:
                pm = sc.art.focus
        if pm is None:
            continue
        who = actor_in(subject_of(tok), list(sc.actors)) or state.recent_actor(sc.index, 1)
        resolved = date_for(trig, sc.sent, sc.art.pub, state.last_event_date)
        if resolved is None or resolved.durative:
            continue
        out.append(ShareClaim("contested", pm.place, resolved.value, resolved.precision, who, None, None,
                              sc.attributed or sc.art.article.outlet, sentence_source(sc),
                              resolved.precision != "day"))  # fmt: skip
    return out
