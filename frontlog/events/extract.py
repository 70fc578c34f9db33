"""Turn one parsed article into event mentions (one per asserted trigger with a place and a date).

The flow, sentence by sentence: the sentence's places and actors (`_sentence_context`), its
triggers (`sentence_triggers`: the place to consult a sentence-level type suggestion), then for
each trigger its modality, date, roles and place (`_mention`), the fatalities of the sentence,
and its control claims. Each concern has its module: triggers (and trigger_filters), modality,
dating, roles, location, anaphora (an event told again), tolls, control_claims.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from datetime import date

from spacy.tokens import Doc, Span

from frontlog.actors import ActorLexicon
from frontlog.control import ShareClaim
from frontlog.doctext import doc_text, span_text
from frontlog.events.allegations import allegation_triggers
from frontlog.events.anaphora import told_before
from frontlog.events.arguments import attribution, is_metonymic, resolve_actor_spans
from frontlog.events.bulletin import report_day
from frontlog.events.ceased import ceased
from frontlog.events.chronicle import CHRONICLE_DAYS, timeline_entries
from frontlog.events.claims import captured_majority, find_share
from frontlog.events.codebook import refine, typer_trigger
from frontlog.events.codebook_cues import PROTEST_TYPES
from frontlog.events.context import ArticleContext, ArticleResult, Discourse, SentenceContext, Trigger
from frontlog.events.control_claims import presence_claims, sentence_source, share_claim
from frontlog.events.crowds import crowd_triggers
from frontlog.events.dates import mark_dateline
from frontlog.events.dating import (
    MentionKey,
    corefer_dates,
    date_for,
    has_day_expression,
    lead_day,
    mention_key,
    redate_stated,
)
from frontlog.events.day_pairs import second_days
from frontlog.events.devices import device_types
from frontlog.events.event_subject import said_of_remote_event
from frontlog.events.facing import SentenceForce, facing_forces, sentence_force
from frontlog.events.filed import not_filed
from frontlog.events.fold import fold_nearby, is_link_line
from frontlog.events.followups import later_toll, suicide_told_after
from frontlog.events.foreign import foreign_force_demonyms
from frontlog.events.headlines import lede_present
from frontlog.events.labels import labelled
from frontlog.events.lexicon import EVENT_TYPE, EventLexicon, word_map
from frontlog.events.location import EventPlace, event_place, focus_place, listed_places
from frontlog.events.modality import (
    describes_actor,
    fighting_for_life,
    habitual_present,
    is_asserted,
    sideless_attack,
)
from frontlog.events.named_kind import named_before_kind
from frontlog.events.numbers import find_fatalities
from frontlog.events.raids import raid_part
from frontlog.events.responses import fold_answers
from frontlog.events.retold import drop_retold_headline, headline_span
from frontlog.events.roles import CIVILIANS, actors_for, complete_dyad, resolve_type, state_voice
from frontlog.events.tolls import add_toll, apply_stated, attach_fatalities
from frontlog.events.trigger_filters import done_by_remote, elaborates, kind_before, precise_place_tokens
from frontlog.events.triggers import find_triggers, governing_verb
from frontlog.events.untold import untold
from frontlog.places.gazetteer import Gazetteer
from frontlog.places.resolve import PlaceMention, resolve_places
from frontlog.places.theatres import theatre_evidence
from frontlog.records import UNRESOLVED, Article, Mention
from frontlog.settings import load_settings
from frontlog.timing import Timings

__all__ = ["ArticleResult", "Trigger", "extract_article"]

VIOLENT = frozenset(
    {"Armed clash", "Government regains territory", "Non-state actor overtakes territory", "Air/drone strike",
     "Shelling/artillery/missile attack", "Suicide bomb", "Remote explosive/landmine/IED", "Chemical weapon", "Attack",
     "Grenade", "Excessive force against protesters", "Violent demonstration", "Mob violence", "Sexual violence"}
)  # fmt: skip
NAMED_SOURCE_CUES = word_map("claims.yaml", "named_source_cues")


@dataclass(frozen=True, slots=True)
class _Coded:
    mention: Mention
    explicit: bool  # a date expression dated it (else the article's date)
    place: PlaceMention | None
    inherited: bool  # coded at the place of the sentences before or of the article
    listed: bool = False  # one of the other places of a list ("the villages of A, B and C")


def extract_article(
    doc: Doc,
    article: Article,
    *,
    gaz: Gazetteer,
    actors: ActorLexicon,
    lex: EventLexicon,
    timings: Timings | None = None,
) -> ArticleResult:
    """Event mentions and control claims of one parsed article, in text order (none when the
    article has no date)."""
    if not article.published:
        return ArticleResult((), ())
    art = _article_context(doc, article, gaz=gaz, actors=actors, lex=lex, timings=timings)
    state = Discourse()
    mentions: list[Mention] = []
    claims: list[ShareClaim] = []
    undated: set[MentionKey] = set()  # mentions no date expression dated
    toll_from = 0  # the mentions a stated toll applies to start here
    forces: list[SentenceForce] = []  # the state forces each sentence names acting on a crowd
    for s_index, sent in enumerate(art.sents):
        if is_link_line(span_text(sent)):
            continue  # "... 110 Related Army Retakes Town ...": other stories' headlines
        sc = _sentence_context(art, s_index, sent)
        forces.append(sentence_force(sc))
        triggers = sentence_triggers(sc)
        if triggers or sc.share:
            who = attribution(sent, list(sc.actors), country_voice=sc.voice, named_sources=art.named_sources)
            sc = replace(sc, attributed=who)
        if sc.share is not None:
            claim = share_claim(sc, sc.share, state)
            if claim is not None:
                claims.append(claim)
        sent_mentions: list[tuple[Trigger, Mention]] = []
        for trig in triggers:
            if told_before(trig, sc, state) or later_toll(trig, sc, state, mentions):
                add_toll(mentions, sent, VIOLENT)  # "The attack killed four": the toll of the event told before
                continue
            for coded in second_days(_mentions(trig, sc, state), sc):  # "on Saturday and Sunday" (events/day_pairs.py)
                m = coded.mention
                sent_mentions.append((trig, m))
                if not coded.explicit:
                    undated.add(mention_key(m))
                if m.date_precision == "day":
                    state.last_event_date = date.fromisoformat(m.event_date)
                    if coded.explicit:  # an inherited day is not passed on again
                        state.last_event_sentence = s_index
                if coded.place is not None and not coded.inherited and not m.background and not coded.listed:
                    state.last_place = (s_index, coded.place)
        redate_stated(sc, state, mentions if not sent_mentions else [], undated)  # "it took place Tuesday"
        suicide_told_after(triggers, [m for _, m in sent_mentions], mentions, sc, state)  # (events/followups.py)
        violent = [m for _, m in sent_mentions if m.sub_event_type in VIOLENT]
        if violent:
            state.last_violent = (s_index, violent[-1].place.name)
        attach_fatalities(sent, sent_mentions, VIOLENT)
        mentions.extend(m for _, m in sent_mentions)
        if apply_stated(mentions, toll_from, span_text(sent), VIOLENT):  # "Fatalities coded as 0."
            toll_from = len(mentions)
        claims.extend(presence_claims(sc, state))
        subj_actor = next((m for _, m in sent_mentions if m.actor1), None)
        if subj_actor and subj_actor.actor1:
            state.last_actor = (s_index, subj_actor.actor1)
        elif sc.actors:
            state.last_actor = (s_index, sc.actors[0].actor)
    spans = [(s.start_char, s.end_char) for s in art.sents]
    mentions = facing_forces(mentions, forces, actors.crowd_actors)
    mentions = fold_nearby(corefer_dates(fold_answers(mentions, [a for a, _ in spans], undated), undated))
    headline = headline_span(article, spans)
    return ArticleResult(tuple(drop_retold_headline(mentions, headline, article.published)), tuple(claims))


def _article_context(
    doc: Doc, article: Article, *, gaz: Gazetteer, actors: ActorLexicon, lex: EventLexicon,
    timings: Timings | None,
) -> ArticleContext:  # fmt: skip
    """The article's places, country, actors and main town."""
    assert article.published is not None
    pub = date.fromisoformat(article.published)
    actor_spans = list(doc.spans.get("actors", []))
    home = Counter(actors.home[a] for s in actor_spans for a in [actors.resolve(s.label_)] if a and a in actors.home)
    home.update(article.countries)
    named_actors = [a for s in actor_spans if (a := actors.resolve(s.label_))]
    home.update(theatre_evidence(named_actors, actors.home))  # a group's other countries (places/theatres.py)
    home.subtract(foreign_force_demonyms(actor_spans, actors, gaz.demonyms))  # "Turkish warplanes struck X"
    dateline_end = article.dateline_end if article.dateline_end is not None else -1
    mark_dateline(doc, dateline_end, article.filed)  # its date is the report's (events/dates.dated_phrase)
    with (timings or Timings()).stage("places"):
        found = resolve_places(doc, gaz, extra_countries=home, context_from=max(dateline_end, 0))
        places = [p for p in found if not p.context_only and not _group_word(doc, p)]  # "Russian": context
    body_places = [p for p in places if p.start >= dateline_end]
    common = Counter(p.cc for p in body_places).most_common(1)
    country = common[0][0] if common else _actors_country(actor_spans, actors)
    resolved_all = [a for s in actor_spans if (a := actors.resolve(s.label_, country=country, when=pub))]
    place_counts: Counter[str] = Counter()
    for p in body_places:
        if p.place.precision in ("city", "point") and not is_metonymic(doc[p.token_start : p.token_end]):
            place_counts[p.place.name] += 1
    return ArticleContext(
        article=article,
        pub=pub,
        country=country,
        named=frozenset(resolved_all),
        actor_counts=Counter(resolved_all),
        places=tuple(places),
        actor_spans=tuple(actor_spans),
        dateline_end=dateline_end,
        named_sources=frozenset(name for cue, name in NAMED_SOURCE_CUES.items() if cue in article.text),
        focus=focus_place(body_places, place_counts),
        actors=actors,
        lex=lex,
        gaz=gaz,
        context_places=tuple(p for p in found if p.context_only or _group_word(doc, p)),
        report_day=report_day(article.text, pub),
        lead_day=lead_day(doc, pub, dateline_end),
        entries=timeline_entries(doc_text(doc), pub),
        sents=tuple(doc.sents),
    )


def _group_word(doc: Doc, p: PlaceMention) -> bool:
    """ "a mainly Kurdish town": an adjective naming a people (NER's NORP) is no place, whatever
    gazetteer name it resembles. (But "strikes on Heish town": a name, events/named_kind.py.)"""
    toks = doc[p.token_start : p.token_end]
    return all(t.ent_type_ == "NORP" and t.tag_ == "JJ" for t in toks) and not named_before_kind(toks)


def _actors_country(actor_spans: list[Span], actors: ActorLexicon) -> str | None:
    """The country of an article that names no place it can resolve ("Houthi fighters clashed
    with government forces in <a village the gazetteer lacks>"): the home of the armed groups it
    names (rebels and militias fight at home), else of the state forces it names."""
    named = [a for s in actor_spans if (a := actors.resolve(s.label_)) and a in actors.home]
    for kinds in (("nonstate", "militia", "communal"), ("state",)):
        homes = Counter(actors.home[a] for a in named if actors.kinds.get(a) in kinds)
        if homes:
            return homes.most_common(1)[0][0]
    return None


def _sentence_context(art: ArticleContext, index: int, sent: Span) -> SentenceContext:
    """The sentence's places (after any dateline), its country and its actors."""
    s_places = tuple(
        p for p in not_filed(art.places, sent) if sent.start_char <= p.start < sent.end_char and p.start >= art.dateline_end
    )  # (not the town of a dateline inside the text, "BEIRUT (Sputnik) Clashes ...": events/filed.py)
    s_cc = Counter(p.cc for p in s_places if p.place.precision != "country").most_common(1)
    s_country = s_cc[0][0] if s_cc else art.country
    actor_spans = [s for s in art.actor_spans if sent.start <= s.start < sent.end]
    am = resolve_actor_spans(actor_spans, art.actors, country=s_country, when=art.pub, named=art.named)
    return SentenceContext(
        art=art,
        index=index,
        sent=sent,
        places=s_places,
        country=s_country,
        actors=tuple(am),
        place_tokens=frozenset(i for p in s_places for i in range(p.token_start, p.token_end)),
        actor_tokens=frozenset(i for a in am for i in range(a.start, a.end)),
        voice=state_voice(art.actors, s_country),
        share=find_share(span_text(sent)),
    )


def sentence_triggers(sc: SentenceContext) -> list[Trigger]:
    """The triggers of a sentence, typed by the codebook's sentence-level distinctions
    (events/codebook.py: demonstrations, mobs, killings); for a sentence with none, the
    sentence typer's (events/typer.py), when it is confident; in a paragraph opened by a category
    label ("Defusal: ..."), the label's sub-type (events/labels.py)."""
    raw = find_triggers(sc.sent, sc.art.lex, sc.place_tokens, sc.actor_tokens)
    found = [
        t
        for t in raw
        if not (t.token.i in sc.actor_tokens and t.type == "Armed clash")
        and not (t.type not in PROTEST_TYPES and describes_actor(t, sc.actor_tokens, precise_place_tokens(sc)))
        and not fighting_for_life(t)
        and not untold(t, sc)  # "did not say where ...", "the anniversary of ...", "reported 174 clashes"
    ]
    kept = [
        t for t in found if not elaborates(t, found) and not done_by_remote(t, found) and not kind_before(t, found)
        and not raid_part(t, found) and not said_of_remote_event(t, found)  # (events/raids.py, event_subject.py)
    ]
    kept += crowd_triggers(sc, kept)  # "camped outside the offices to demand pay", "police blocked supporters"
    coded = [t for t in device_types(refine(kept, sc)) if not untold(t, sc)]  # (and the killings refine adds)
    alleged = allegation_triggers(sc)  # "soldiers were accused of raping a girl": the abuse, not the charge
    if alleged:
        told = {t.i for a in alleged for t in a.token.subtree}
        coded = sorted([t for t in coded if t.token.i not in told] + alleged, key=lambda t: t.token.i)
    paused = any(ceased(t.token) for t in raw)  # ("a moratorium on air strikes": no typer's guess either)
    return labelled(coded or ([] if paused else typer_trigger(sc)), sc)


def _mentions(trig: Trigger, sc: SentenceContext, state: Discourse) -> list[_Coded]:
    """The event mentions of one trigger: none when it is not a dated, placed, asserted event;
    one per place when it governs a list of places."""
    art, sent = sc.art, sc.sent
    if not is_asserted(trig, art.lex):
        return []
    if sc.share is not None and trig.type == "TERRITORY" and not captured_majority(sent, sc.share, trig.token):
        return []  # "captured 60 percent of the city" is a claim of extent, not a capture
    resolved = date_for(
        trig, sent, art.pub, state.last_event_date, art.dateline_end, state.story_day(sc.index), art.report_day,
        art.lead_day, art.entry_at(sent.start_char),
    )
    if resolved is None or resolved.durative:
        return []
    a1, a2 = actors_for(trig, sc, state)
    if (
        not trig.is_verb
        and trig.type == "Attack"
        and trig.rule.type == "Attack"  # (an attack noun the codebook retyped by its victims is an event)
        and not trig.rule.governors  # ("bodies were found dumped": found, an event told)
        and not (a1 or find_fatalities(span_text(sent)) or has_day_expression(sent))
    ):
        return []  # "public beheadings": a description, not an event
    if a1 == CIVILIANS and trig.type not in ("Agreement",):
        a1 = None
    background = _is_background(resolved.value, resolved.precision, art.pub, resolved.chronicle)
    a1, a2 = complete_dyad(trig, a1, a2, sc, historic=background)
    a1, a2 = art.actors.specialise(a1, art.named), art.actors.specialise(a2, art.named)
    where = event_place(trig, sc, state, a1, a2)
    if where is None or (
        where.inherited and not _named_here(where) and not resolved.explicit and habitual_present(trig)
        and not lede_present(trig.token if trig.is_verb else governing_verb(trig.token))
    ):
        return []  # (a habit told in the present with no place or day of its own: no event)
    if where.inherited and state.last_violent is not None and (
        trig.rule.loser_is_subject or (not resolved.explicit and a1 is not None and sc.attributed == a1)
    ):  # "... before withdrawing", "the rebels said they had withdrawn from the town", "the group
        return []  # said it had targeted army positions": an event told before, from one side
    sub, siege, broken = resolve_type(trig, a1, a2, art.actors, where.mention.cc if where.mention else None)
    if sideless_attack(trig, sub, a1, a2):
        return []  # "the attack took place at 3 a.m.": no side, no battle
    conf = _confidence(
        actor1=a1 is not None, own_place=not where.inherited, verb=trig.is_verb, day=resolved.precision == "day"
    )
    m = Mention(
        event_type=EVENT_TYPE[sub],
        sub_event_type=sub,
        event_date=resolved.value,
        date_precision=resolved.precision,
        actor1=a1,
        actor2=a2,
        place=where.place,
        fatalities=None,
        background=background,
        siege=siege,
        source=sentence_source(sc),
        trigger=trig.token.text,
        confidence=conf,
        siege_broken=broken,
    )
    first = _Coded(m, resolved.explicit, where.mention, where.inherited)
    return [first] + [
        _Coded(replace(m, place=other.place), resolved.explicit, other.mention, False, listed=True)
        for other in listed_places(where, sc)
    ]


def _named_here(where: EventPlace) -> bool:
    """ "Herdsmen kill five farmers in X": a place no gazetteer has that the sentence itself names
    is the sentence's own place (a headline's present tense then reports, it tells no habit)."""
    return where.mention is None and where.place.precision == UNRESOLVED and bool(where.place.name)


def _is_background(value: str, precision: str, published: date, chronicle: bool = False) -> bool:
    """Background history: a date coarser than a day, or a day more than [events] background_days
    before the article (frontlog/settings.toml; a timeline entry's window is CHRONICLE_DAYS)."""
    days = CHRONICLE_DAYS if chronicle else load_settings().events.background_days
    return precision != "day" or (published - date.fromisoformat(value)).days > days


def _confidence(*, actor1: bool, own_place: bool, verb: bool, day: bool) -> float:
    """A mention's confidence: the base plus the weight of each thing the sentence says itself
    ([events] confidence_* in frontlog/settings.toml)."""
    ev = load_settings().events
    conf = (
        ev.confidence_base
        + ev.confidence_actor1 * actor1
        + ev.confidence_own_place * own_place
        + ev.confidence_verb * verb
        + ev.confidence_day * day
    )
    return min(conf, ev.confidence_max)
