"""Turn one parsed article into event mentions (one per asserted trigger with a place and a date)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from spacy.tokens import Doc, Span, Token

from frontlog.actors import ActorLexicon
from frontlog.control import ShareClaim
from frontlog.events.arguments import (
    ActorMention,
    actor_in,
    agent_of,
    attribution,
    choose_place,
    is_metonymic,
    is_passive,
    is_pronoun_subject,
    modifier_actor,
    place_detail,
    prep_objects,
    reporting_subject,
    resolve_actor_spans,
    subject_of,
    tree_distance,
)
from frontlog.events.claims import find_share, share_token, share_verb
from frontlog.events.dates import ResolvedDate, find_date_expressions, resolve_date
from frontlog.events.lexicon import EVENT_TYPE, EventLexicon, TriggerRule
from frontlog.events.numbers import find_fatalities
from frontlog.ingest.dateline import parse_dateline
from frontlog.places.gazetteer import Gazetteer
from frontlog.places.resolve import PlaceMention, resolve_places
from frontlog.records import Article, Mention, Place, Source
from frontlog.timing import Timings

VIOLENT = frozenset(
    {"Armed clash", "Government regains territory", "Non-state actor overtakes territory", "Air/drone strike",
     "Shelling/artillery/missile attack", "Suicide bomb", "Remote explosive/landmine/IED", "Chemical weapon", "Attack"}
)  # fmt: skip
BACKGROUND_DAYS = 6  # a day-precise event more than a week before the article is background history
INHERIT_DATES = False  # an undated sentence is dated by the article, not by its neighbour (measured on dev)


@dataclass(frozen=True, slots=True)
class ArticleResult:
    mentions: tuple[Mention, ...]
    claims: tuple[ShareClaim, ...]


@dataclass(frozen=True, slots=True)
class Trigger:
    token: Token
    rule: TriggerRule
    type: str  # resolved ACLED sub_event_type or TERRITORY / SIEGE_BROKEN / SIEGE_LAID
    is_verb: bool


@dataclass(slots=True)
class _Context:
    article: Article
    pub: date | None
    country: str | None
    named: frozenset[str]
    places: list[PlaceMention]
    dateline_end: int
    named_sources: set[str]
    last_date: tuple[int, ResolvedDate] | None = None
    last_event_date: date | None = None
    last_place: tuple[int, PlaceMention] | None = None
    last_actor: tuple[int, str] | None = None
    place_counts: Counter[str] = field(default_factory=Counter)
    actor_counts: Counter[str] = field(default_factory=Counter)


def _child_lemmas(tok: Token, deps: set[str]) -> set[str]:
    return {c.lemma_.lower() for c in tok.children if c.dep_ in deps}


def _objects(tok: Token) -> list[Token]:
    objs = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    for c in tok.children:
        if c.dep_ == "prt":
            objs.extend(gc for gc in c.children if gc.dep_ in ("dobj", "pobj"))
        if c.dep_ == "prep" and c.lower_ == "to" and tok.lemma_.lower() == "lay":
            objs.extend(gc for gc in c.children if gc.dep_ == "pobj")
    return objs


# What a capture can take: a named place, a kind of place, or a pronoun standing for one.
TERRITORY_OBJECTS = frozenset({"town", "city", "village", "area", "territory", "district", "neighbourhood", "neighborhood",
                               "base", "airport", "airbase", "hill", "hilltop", "road", "bank", "control", "center",
                               "centre", "pocket", "position", "stronghold", "bastion", "capital", "region", "province",
                               "border", "crossing", "checkpoint", "ground", "stretch", "quarter", "outskirts", "suburb",
                               "citadel", "it", "them", "swathe", "part", "section", "field", "dam", "mountain", "valley",
                               "island", "enclave", "salient", "highway", "bridge", "camp", "strip", "mosque", "headquarters"})  # fmt: skip
GENERIC_PLACE_OBJECTS = frozenset(
    {"village", "area", "territory", "swathe", "position", "hill", "hilltop", "town", "part"}
)


def find_triggers(
    sent: Span, lex: EventLexicon, place_tokens: set[int], actor_tokens: set[int]
) -> list[Trigger]:
    out: list[Trigger] = []
    for tok in sent:
        lemma = lex.lemma(tok)
        if tok.pos_ in ("VERB", "AUX") and lemma in lex.verbs:
            rule = lex.verbs[lemma]
            objs = _objects(tok)
            obj_lemmas = {o.lemma_.lower() for o in objs}
            if rule.object:
                ok = bool(obj_lemmas & rule.object) or (
                    rule.object_place and any(o.i in place_tokens for o in objs)
                )
                if not ok:
                    continue
            if (
                rule.particle
                and not (_child_lemmas(tok, {"prt"}) & rule.particle)
                and not (rule.prep and _child_lemmas(tok, {"prep"}) & rule.prep)
            ):
                continue
            if rule.prep and not rule.particle and not (_child_lemmas(tok, {"prep"}) & rule.prep):
                continue
            if rule.object_actor and not any(o.i in actor_tokens for o in objs):
                continue
            if any(o.lower_ in REFLEXIVES for o in objs):
                continue  # "a suicide bomber blew himself up": the bombing is the event
            if rule.type == "SIEGE_LAID" and (
                tok.dep_ in ("amod", "relcl") or (is_passive(tok) and not agent_of(tok))
            ):
                continue  # "the besieged city", "who have been besieged": a state, not the siege being laid
            typ = rule.type
            if rule.subject_types:
                subj_lemmas = {t.lemma_.lower() for t in subject_of(tok)}
                hit = next((t for m, t in rule.subject_types if m in subj_lemmas), None)
                if hit:
                    typ = hit
                elif rule.requires_subject_type:
                    continue
            if not _has_date_expression(sent) and (tok.dep_ == "relcl" or _present_perfect(tok)):
                continue  # "the districts they seized", "IS has ravaged ...": states and summaries, not dated events
            if rule.subject_types and any(
                c.dep_ == "prep"
                and c.lower_ == "with"
                and any(gc.lemma_.lower() in lex.nouns for gc in c.children)
                for c in tok.children
            ):
                continue  # "targeting the jihadists with 42 air strikes": the strikes are the event
            if (
                rule.type == "TERRITORY"
                and not rule.object
                and not rule.loser_is_subject
                and not rule.subject_place
            ):
                direct = [_quantified(c) for c in tok.children if c.dep_ in ("dobj", "obj")]
                if direct and not any(
                    o.i in place_tokens or o.lemma_.lower() in TERRITORY_OBJECTS for o in direct
                ):
                    continue  # "captured 30 tanks": not territory
            out.append(Trigger(tok, rule, typ, True))
        elif tok.pos_ in ("NOUN", "PROPN") and (lemma in lex.nouns or tok.lower_ in lex.nouns):
            rule = lex.nouns.get(lemma) or lex.nouns[tok.lower_]
            kids = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod", "npadvmod")]
            kids += [g for c in kids for g in c.children if g.dep_ in ("compound", "amod")]
            mods = {c.lemma_.lower() for c in kids}
            # "air-strike" style compounds split by the tokenizer
            if tok.i >= 2 and tok.doc[tok.i - 1].text == "-":
                mods.add(tok.doc[tok.i - 2].lemma_.lower())
            typ = rule.type
            hit = next((t for m, t in rule.modifiers if m in mods), None)
            if hit:
                typ = hit
            elif rule.requires_modifier:
                continue
            if any(
                c.lower_ in ("these", "those", "such", "this", "that") and c.dep_ == "det"
                for c in tok.children
            ):
                continue  # "these strikes": a mention of an event told before
            if tok.head.lower_ in ("under", "for", "during", "since") and tok.dep_ == "pobj":
                continue  # "under attack", "the battle for", "during the clashes": a state, a goal, a reference
            gov = governing_verb(tok)
            if gov.i != tok.i and _present_perfect(gov) and not _has_date_expression(sent):
                continue  # "IS has launched salvos of rockets": a summary, not a dated event
            if any(
                c.lower_ in ("recent", "ongoing", "previous", "past", "frequent", "future", "possible", "new")
                for c in tok.children
            ):
                continue  # "the recent fighting": not one event on one day
            if rule.requires_verb and not (
                tok.head.lemma_.lower() in lex.event_verbs
                and tok.dep_ in ("dobj", "nsubj", "nsubjpass", "obj")
            ):
                continue
            out.append(Trigger(tok, rule, typ, False))
    return _inherit_types(out)


def _inherit_types(triggers: list[Trigger]) -> list[Trigger]:
    """ "air strikes ..., including an attack that killed 11": the attack is one of the strikes."""
    out = []
    for t in triggers:
        if not t.is_verb and t.type == "Armed clash" and t.rule.type == "Armed clash":
            ancestors = list(t.token.ancestors)[:3]
            including = any(a.lower_ in ("including", "among") for a in ancestors)
            for other in sorted(triggers, key=lambda o: -o.token.i):
                if other is t or other.is_verb or other.type == "Armed clash" or other.token.i > t.token.i:
                    continue
                if other.token in ancestors or including:
                    t = Trigger(t.token, t.rule, other.type, False)
                    break
        out.append(t)
    return out


REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself"})
QUANTITY_NOUNS = frozenset(
    {
        "string",
        "number",
        "series",
        "handful",
        "dozen",
        "couple",
        "set",
        "range",
        "chain",
        "cluster",
        "group",
        "row",
    }
)


_PLACE_NOUNS = frozenset(
    {"town", "village", "city", "area", "district", "neighbourhood", "neighborhood", "hill", "base"}
)


def _unnamed_places(obj: Token) -> bool:
    """ "ten villages", "large swathes of territory" (but not "the village of Tell Sultan")."""
    if obj.lemma_.lower() not in GENERIC_PLACE_OBJECTS:
        return False
    named = any(t.is_title for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree)
    return not named


def _unresolved_name(tok: Token, known: set[int]) -> str | None:
    """A proper name the trigger takes as its place that no gazetteer entry matched:
    "the village of Abu Ilaj", "near Imam Gharbi", "took Arima"."""
    heads = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    heads += [
        g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "near", "at", "into", "of")
        for g in c.children if g.dep_ == "pobj"
    ]  # fmt: skip
    for h in heads:
        if h.lemma_.lower() in _PLACE_NOUNS:  # "the village of X"
            words = [t for c in h.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree]
        else:
            words = [t for t in h.subtree if t.i <= h.i] if h.pos_ == "PROPN" else []
        words = [t for t in words if t.is_title and t.i not in known]
        if words and words[-1].i - words[0].i < 5:
            return str(tok.doc[words[0].i : words[-1].i + 1].text)
    return None


def _quantified(tok: Token) -> Token:
    """ "a string of hilltops" -> hilltops."""
    if tok.lemma_.lower() in QUANTITY_NOUNS:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for gc in c.children:
                    if gc.dep_ == "pobj":
                        return gc
    return tok


def _has_date_expression(sent: Span) -> bool:
    return any(
        not (resolve_date(e, date(2000, 1, 1)) or ResolvedDate("", "day", durative=True)).durative
        for e in find_date_expressions(sent.text)
    )


def _present_perfect(tok: Token) -> bool:
    """ "has captured", "have fought": perfect aspect in the present tense."""
    return any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in ("VBZ", "VBP") for c in tok.children
    )


def governing_verb(tok: Token) -> Token:
    node = tok
    for _ in range(5):
        if node.pos_ in ("VERB", "AUX") and node.i != tok.i:
            return node
        if node.head.i == node.i:
            return node
        node = node.head
    return node


def is_asserted(trig: Trigger, lex: EventLexicon) -> bool:
    tok = trig.token
    sent = tok.sent
    if sent.text.rstrip().endswith("?"):
        return False
    if not trig.is_verb and any(c.lower_ in ("any", "no") for c in tok.children):
        return False
    verb = tok if trig.is_verb else governing_verb(tok)
    chain = [verb]
    node = verb
    for _ in range(3):
        if node.head.i == node.i or node.dep_ not in (
            "xcomp",
            "ccomp",
            "acl",
            "advcl",
            "conj",
            "pcomp",
            "pobj",
            "prep",
            "dobj",
            "relcl",
        ):
            break
        node = node.head
        chain.append(node)
    for i, v in enumerate(chain):
        kids = list(v.children)
        own = i == 0 or chain[i - 1].dep_ in ("xcomp", "conj", "pcomp", "prep", "pobj", "advcl")
        if own and any(
            c.dep_ in ("aux", "auxpass") and (c.tag_ == "MD" or c.lower_ in lex.modals) for c in kids
        ):
            return False
        if own and any(c.dep_ == "neg" for c in kids):
            return False
        if any(c.dep_ == "mark" and c.lower_ in lex.conditionals for c in kids) and (
            i == 0 or chain[i - 1].dep_ in ("xcomp", "ccomp")
        ):
            return False
        lemma = v.lemma_.lower()
        if lemma == "hold" and any(c.dep_ == "prt" and c.lower_ == "off" for c in kids):
            return False  # "held off on storming the centre"
        if i > 0 and lemma in lex.irrealis_heads:
            return False
        if i > 0 and lemma in lex.denials:
            return False
    if trig.is_verb:
        to_aux = any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children)
        if to_aux and tok.head.lemma_.lower() not in lex.realis_heads:
            return False
    else:
        if verb.lemma_.lower() in lex.irrealis_heads:
            return False
        to_aux = any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
        if to_aux and verb.head.lemma_.lower() not in lex.realis_heads:
            return False
    # "Losing it would cap ...": a gerund subject of a modal
    return not (
        trig.is_verb and tok.dep_ in ("csubj", "nsubj") and any(c.tag_ == "MD" for c in tok.head.children)
    )


def _resolve_type(
    trig: Trigger, actor1: str | None, actor2: str | None, actors: ActorLexicon
) -> tuple[str, bool, bool]:
    """(sub_event_type, siege, siege_broken) for the trigger's code and its actors."""
    if trig.type == "SIEGE_LAID":
        return "Other", True, False
    if trig.type in ("TERRITORY", "SIEGE_BROKEN"):
        state = actors.is_state(actor1) if actor1 is not None else False
        sub = "Government regains territory" if state else "Non-state actor overtakes territory"
        return sub, False, trig.type == "SIEGE_BROKEN"
    return trig.type, False, False


def _date_for(trig: Trigger, sent: Span, ctx: _Context, s_index: int) -> ResolvedDate | None:
    assert ctx.pub is not None
    exprs = find_date_expressions(sent.text)
    pos = trig.token.idx - sent.start_char
    clause = trig.token if trig.is_verb else governing_verb(trig.token)
    best = None
    for e in exprs:
        dist = 0 if e.start <= pos < e.end else min(abs(e.start - pos), abs(e.end - pos))
        first = next((t for t in sent if t.idx - sent.start_char >= e.start), None)
        if first is not None and clause.is_ancestor(first) and not _other_verb_between(clause, first):
            dist -= 1000  # an expression in the trigger's own clause wins
        if best is None or dist < best[0]:
            best = (dist, e)
    if best is not None:
        base = ctx.last_event_date
        if best[1].kind == "later":
            # "overran the town on Thursday but lost it two days later": count from Thursday
            earlier = [e for e in exprs if e.end <= best[1].start and e.kind != "later"]
            if earlier:
                r0 = resolve_date(earlier[-1], ctx.pub, base)
                if r0 is not None and r0.precision == "day" and not r0.durative:
                    base = date.fromisoformat(r0.value)
        resolved = resolve_date(best[1], ctx.pub, base)
        if resolved is not None:
            return resolved
    if (
        INHERIT_DATES
        and ctx.last_date is not None
        and s_index - ctx.last_date[0] <= 1
        and ctx.last_date[1].precision == "day"
    ):
        return ctx.last_date[1]
    return ResolvedDate(ctx.pub.isoformat(), "day", explicit=False)


def _other_verb_between(clause: Token, tok: Token) -> bool:
    """True when tok hangs from another clause inside the trigger's ("said on Monday" under it)."""
    node = tok.head
    while node.i != clause.i and node.head.i != node.i:
        if node.pos_ in ("VERB", "AUX") and node.dep_ in ("ccomp", "advcl", "relcl", "xcomp", "conj"):
            return True
        node = node.head
    return False


def _actors_for(
    trig: Trigger, actor_mentions: list[ActorMention], lex_actors: ActorLexicon, ctx: _Context, s_index: int,
    attributed: str | None = None,
) -> tuple[str | None, str | None]:  # fmt: skip
    tok = trig.token
    a1: str | None = None
    a2: str | None = None
    rule = trig.rule
    if trig.is_verb:
        subj = subject_of(tok)
        if is_passive(tok):
            a1 = actor_in(agent_of(tok), actor_mentions)
            a2 = actor_in(
                [t for c in tok.children if c.dep_ == "nsubjpass" for t in c.subtree], actor_mentions
            )
            if rule.passive_actor:
                a1 = a1 or actor_in(prep_objects(tok, [rule.passive_actor]), actor_mentions)
        elif rule.loser_is_subject:
            a2 = actor_in(subj, actor_mentions)
            a1 = actor_in(prep_objects(tok, ["to"]), actor_mentions)
        elif rule.subject_place:
            a1 = actor_in(prep_objects(tok, [rule.passive_actor or "to"]), actor_mentions)
        else:
            a1 = actor_in(subj, actor_mentions)
            if a1 is None and (not subj or is_pronoun_subject(subj)):
                first_person = any(t.lower_ in ("we", "our", "us") for t in subj)
                if first_person and attributed in lex_actors.kinds:
                    a1 = attributed
                a1 = a1 or actor_in(reporting_subject(tok), actor_mentions)
                if a1 is None and ctx.last_actor and s_index - ctx.last_actor[0] <= 2 and subj:
                    a1 = ctx.last_actor[1]
            objs = [t for c in tok.children if c.dep_ in ("dobj", "obj") for t in c.subtree]
            a2 = actor_in(objs, actor_mentions) or actor_in(
                prep_objects(tok, ["from", "against", "on", "at"]), actor_mentions
            )
        if not subj and (a2 if rule.loser_is_subject else a1) is None:
            # a subject the parser missed, right before the verb ("IS executed ...", "IS withdrew")
            prev = [
                m
                for m in actor_mentions
                if m.end == tok.i or (m.end == tok.i - 1 and tok.doc[tok.i - 1].pos_ == "ADV")
            ]
            if prev and rule.loser_is_subject:
                a2 = prev[0].actor
            elif prev:
                a1 = prev[0].actor
        if trig.type == "Non-violent transfer of territory":
            to_objs = [t for d in tok.subtree if d.dep_ == "prep" and d.lower_ == "to" for t in d.subtree]
            receiver = actor_in(to_objs, actor_mentions)
            a1, a2 = receiver, a1
    else:
        voice = _state_voice(lex_actors, ctx.country)
        heads = [tok, tok.head] if tok.dep_ == "compound" else [tok]
        a1 = modifier_actor(tok, lex_actors, actor_mentions, voice)
        for h in heads:
            a1 = a1 or actor_in(prep_objects(h, ["by", "from"]), actor_mentions)
        if a1 is None and len(heads) > 1:
            a1 = modifier_actor(tok.head, lex_actors, actor_mentions, voice)
        if a1 is None:
            # "artillery fire by regime forces" when the parser hangs "by" elsewhere
            j = heads[-1].i + 1
            if j < len(tok.doc) and tok.doc[j].lower_ == "by":
                a1 = next((m.actor for m in actor_mentions if j < m.start <= j + 3), None)
        between = prep_objects(tok, ["between"])
        if between and a1 is None:
            found = [m for m in actor_mentions if any(m.start <= t.i < m.end for t in between)]
            if found:
                a1 = found[0].actor
                a2 = found[1].actor if len(found) > 1 else None
        if a1 is None:
            verb = tok.head
            if tok.dep_ in ("dobj", "obj", "pobj") and verb.pos_ in ("VERB", "AUX", "ADP"):
                v = verb if verb.pos_ != "ADP" else verb.head
                vsubj = subject_of(v) if v.pos_ in ("VERB", "AUX") else []
                a1 = actor_in(vsubj, actor_mentions)
                if a1 is None and v.pos_ in ("VERB", "AUX"):
                    a1 = actor_in(agent_of(v), actor_mentions)
                if a1 is None and vsubj and is_pronoun_subject(vsubj):
                    a1 = actor_in(reporting_subject(v), actor_mentions)
                    if a1 is None and ctx.last_actor and s_index - ctx.last_actor[0] <= 2:
                        a1 = ctx.last_actor[1]
        a2 = a2 or actor_in(prep_objects(tok, ["on", "against", "at", "targeting", "in"]), actor_mentions)
        if a2 is None:
            for c in tok.children:
                if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in ("target", "hit", "kill"):
                    a2 = actor_in(
                        [t for gc in c.children if gc.dep_ in ("dobj", "obj") for t in gc.subtree],
                        actor_mentions,
                    )
    if (
        a1 is None
        and trig.is_verb
        and trig.type in ("TERRITORY", "SIEGE_BROKEN", "SIEGE_LAID", "Armed clash")
    ):
        others = [m for m in actor_mentions if m.actor != a2 and m.actor != "Civilians"]
        if rule.loser_is_subject:
            # the side that took the ground: named after the verb, else the article's main ground
            # force opposed to the loser (an air power does not take ground)
            ground = [
                (n, a) for a, n in ctx.actor_counts.items()
                if lex_actors.is_armed(a) and lex_actors.kinds.get(a) != "external" and a != a2 and not lex_actors.are_allies(a, a2)
            ]  # fmt: skip
            others = [m for m in others if m.start > tok.i] or (
                [ActorMention(0, 0, max(ground)[1])] if ground else []
            )
        else:
            others = [m for m in others if m.end <= tok.i]
        if others:
            a1 = others[0].actor
    if a1 == a2:
        a2 = None
    return a1, a2


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
    pub = date.fromisoformat(article.published)
    actor_spans = list(doc.spans.get("actors", []))
    home = Counter(
        actors.home[a] for s in actor_spans for a in [actors.resolve(s.label_)] if a and a in actors.home
    )
    first_par = article.text.split("\n", 1)[0]
    dl = parse_dateline(first_par)
    dateline_end = dl.end if dl else -1
    with (timings or Timings()).stage("places"):
        places = resolve_places(doc, gaz, extra_countries=home, context_from=max(dateline_end, 0))
        places = [p for p in places if not p.context_only]  # "Raqqa Civil Council", "Russian": context
    body_places = [p for p in places if p.start >= dateline_end]
    country = Counter(p.cc for p in body_places).most_common(1)
    ctx = _Context(
        article=article,
        pub=pub,
        country=country[0][0] if country else None,
        named=frozenset(),
        places=places,
        dateline_end=dateline_end,
        named_sources=set(),
    )
    resolved_all = [a for s in actor_spans if (a := actors.resolve(s.label_, country=ctx.country, when=pub))]
    ctx.named = frozenset(resolved_all)
    ctx.actor_counts.update(resolved_all)
    if "Observatory" in article.text:
        ctx.named_sources.add("Syrian Observatory for Human Rights")
    for p in body_places:
        if p.place.precision in ("city", "point") and not is_metonymic(doc[p.token_start : p.token_end]):
            ctx.place_counts[p.place.name] += 1
    focus = _focus_place(body_places, ctx.place_counts)
    mentions: list[Mention] = []
    claims: list[ShareClaim] = []
    undated: set[tuple[int, str, str, str]] = (
        set()
    )  # (sentence start, trigger, type, date) of undated mentions
    for s_index, sent in enumerate(doc.sents):
        s_places = [
            p for p in places if sent.start_char <= p.start < sent.end_char and p.start >= dateline_end
        ]
        s_cc = Counter(p.cc for p in s_places if p.place.precision != "country").most_common(1)
        s_country = s_cc[0][0] if s_cc else ctx.country
        s_actor_spans = [s for s in actor_spans if sent.start <= s.start < sent.end]
        am = resolve_actor_spans(s_actor_spans, actors, country=s_country, when=pub, named=ctx.named)
        place_tokens = {i for p in s_places for i in range(p.token_start, p.token_end)}
        actor_tokens = {i for a in am for i in range(a.start, a.end)}
        voice = _state_voice(actors, s_country)
        share = find_share(sent.text)
        triggers = [
            t
            for t in find_triggers(sent, lex, place_tokens, actor_tokens)
            if not (t.token.i in actor_tokens and t.type == "Armed clash")
        ]
        attributed = (
            attribution(sent, am, country_voice=voice, named_sources=ctx.named_sources)
            if (triggers or share)
            else None
        )
        if share is not None:
            claim = _share_claim(sent, share, am, s_places, ctx, s_index, attributed, actors, voice)
            if claim is not None:
                claims.append(claim)
        sent_mentions: list[tuple[Trigger, Mention]] = []
        for trig in triggers:
            if not is_asserted(trig, lex):
                continue
            if share is not None and trig.type == "TERRITORY":
                continue  # "captured 60 percent of the city" is a claim of extent, not a capture
            resolved = _date_for(trig, sent, ctx, s_index)
            if resolved is None or resolved.durative:
                continue
            a1, a2 = _actors_for(trig, am, actors, ctx, s_index, attributed)
            if (
                not trig.is_verb
                and trig.type == "Attack"
                and not (a1 or find_fatalities(sent.text) or _has_day_expression(sent))
            ):
                continue  # "public beheadings": a description, not an event
            if a1 == "Civilians" and trig.type not in ("Agreement",):
                a1 = None
            historic = (
                resolved.precision != "day"
                or (pub - date.fromisoformat(resolved.value)).days > BACKGROUND_DAYS
            )
            a1, a2 = _complete_dyad(trig, a1, a2, am, sent, actors, ctx, historic=historic)
            a1, a2 = actors.specialise(a1, ctx.named), actors.specialise(a2, ctx.named)
            prefer = [
                t for c in trig.token.children if c.dep_ in ("dobj", "obj", "nsubjpass") for t in c.subtree
            ]
            pm = choose_place(trig.token, s_places, prefer=prefer)
            inherited = False
            if pm is None or pm.place.precision == "country":
                if not (trig.is_verb or a1 or _has_day_expression(sent)):
                    continue
                fallback = ctx.last_place[1] if ctx.last_place and s_index - ctx.last_place[0] <= 3 else focus
                if fallback is None or (pm is not None and fallback.cc != pm.cc):
                    continue
                homes = {actors.home.get(a) for a in (a1, a2) if a} - {None}
                if homes and fallback.cc not in homes:
                    continue  # "Iraqi forces ..." is not about the Syrian town the article is about
                direct = [c for c in trig.token.children if c.dep_ in ("dobj", "obj")]
                if trig.type == "TERRITORY" and direct and _unnamed_places(direct[0]):
                    continue  # "captured ten villages": unnamed places
                pm, inherited = fallback, True
            detail = (place_detail(pm, doc) if not inherited else None) or _object_detail(trig.token)
            if inherited:
                # a village the gazetteer lacks: coded at the place the article is about, named in detail
                detail = _unresolved_name(trig.token, place_tokens | actor_tokens) or detail
            place = pm.place if detail is None else Place(**{**_place_fields(pm.place), "detail": detail})
            sub, siege, broken = _resolve_type(trig, a1, a2, actors)
            event_date = date.fromisoformat(resolved.value) if resolved.precision == "day" else None
            background = resolved.precision != "day" or (
                event_date is not None and (pub - event_date).days > BACKGROUND_DAYS
            )
            conf = (
                0.45
                + 0.15 * (a1 is not None)
                + 0.15 * (not inherited)
                + 0.1 * trig.is_verb
                + 0.1 * (resolved.precision == "day")
            )
            source = Source(
                doc_id=article.doc_id,
                url=article.url,
                outlet=article.outlet,
                published=article.published,
                sentence=sent.text,
                start=sent.start_char,
                end=sent.end_char,
                attributed_to=attributed,
            )
            m = Mention(
                event_type=EVENT_TYPE[sub],
                sub_event_type=sub,
                event_date=resolved.value,
                date_precision=resolved.precision,
                actor1=a1,
                actor2=a2,
                place=place,
                fatalities=None,
                background=background,
                siege=siege,
                source=source,
                trigger=trig.token.text,
                confidence=min(conf, 0.99),
                siege_broken=broken,
            )
            sent_mentions.append((trig, m))
            if not resolved.explicit:
                undated.add(_mention_key(m))
            if event_date is not None:
                ctx.last_event_date = event_date
            if not inherited and not background:
                ctx.last_place = (s_index, pm)
        _attach_fatalities(sent, sent_mentions)
        mentions.extend(m for _, m in sent_mentions)
        claims.extend(_presence_claims(sent, lex, am, s_places, ctx, s_index, attributed, focus))
        # discourse state for the next sentences
        exprs = find_date_expressions(sent.text)
        if exprs:
            r = resolve_date(exprs[-1], pub, ctx.last_event_date)
            if r is not None and not r.durative:
                ctx.last_date = (s_index, r)
        subj_actor = next((m for _, m in sent_mentions if m.actor1), None)
        if subj_actor and subj_actor.actor1:
            ctx.last_actor = (s_index, subj_actor.actor1)
        elif am:
            ctx.last_actor = (s_index, am[0].actor)
    return ArticleResult(tuple(_corefer_dates(mentions, undated)), tuple(claims))


def _mention_key(m: Mention) -> tuple[int, str, str, str]:
    return (m.source.start, m.trigger, m.sub_event_type, m.event_date)


def _corefer_dates(mentions: list[Mention], undated: set[tuple[int, str, str, str]]) -> list[Mention]:
    """An undated mention of an event the article dates elsewhere takes that date.

    "Syrian troops had gained control of Palmyra" (no date) is the capture the lead dates "on
    Thursday": same type, same place, compatible actors, within three days of it.
    """
    from dataclasses import replace

    dated = [m for m in mentions if _mention_key(m) not in undated and m.date_precision == "day"]
    out = []
    for m in mentions:
        if _mention_key(m) in undated and m.date_precision == "day":
            same = [
                d for d in dated
                if d.sub_event_type == m.sub_event_type and d.place.name == m.place.name
                and (m.actor1 is None or d.actor1 is None or m.actor1 == d.actor1)
                and abs((date.fromisoformat(d.event_date) - date.fromisoformat(m.event_date)).days) <= 3
            ]  # fmt: skip
            if same:
                m = replace(m, event_date=same[0].event_date, background=same[0].background)
        out.append(m)
    return out


DYADIC = frozenset({"TERRITORY", "SIEGE_BROKEN", "SIEGE_LAID", "Armed clash", "Air/drone strike",
                    "Shelling/artillery/missile attack"})  # fmt: skip
AIR = frozenset({"Air/drone strike"})


def _complete_dyad(
    trig: Trigger,
    a1: str | None,
    a2: str | None,
    am: list[ActorMention],
    sent: Span,
    actors: ActorLexicon,
    ctx: _Context,
    *,
    historic: bool = False,
) -> tuple[str | None, str | None]:
    """Fill a missing side from the sentence, then from the article (the side it names most).

    Background history takes sides from its own sentence only: the article's sides are today's.
    """
    if trig.type not in DYADIC:
        return a1, a2
    if trig.type in ("Air/drone strike", "Shelling/artillery/missile attack") and a2 is None:
        fat = find_fatalities(sent.text)
        if fat and re.search(r"\bcivilians?\b", sent.text[fat.start : fat.end + 40], re.I):
            a2 = "Civilians"
    if a1 is None and trig.type in AIR and not historic:
        flyers = [
            (n, a)
            for a, n in ctx.actor_counts.items()
            if actors.kinds.get(a) in ("state", "external") and not actors.are_allies(a, a2) and a != a2
        ]
        if flyers:
            a1 = max(flyers)[1]
    if a1 is not None and a2 is None:
        own_np = {t.i for t in subject_of(trig.token)} if trig.is_verb else set()
        in_sent = [
            m.actor for m in am
            if actors.is_armed(m.actor) and not actors.are_allies(a1, m.actor) and m.start not in own_np
        ]  # fmt: skip
        if in_sent:
            a2 = in_sent[0]
        elif not historic:
            others = [
                (n, a)
                for a, n in ctx.actor_counts.items()
                if actors.is_armed(a) and not actors.are_allies(a1, a)
            ]
            if others:
                a2 = max(others)[1]
    return a1, a2


def _has_day_expression(sent: Span) -> bool:
    return any(
        e.kind in ("weekday", "yesterday", "today", "month_day", "day_month", "month_day_year")
        for e in find_date_expressions(sent.text)
    )


def _state_voice(actors: ActorLexicon, country: str | None) -> str | None:
    return next(
        (
            a
            for a, h in actors.home.items()
            if h == country and actors.kinds.get(a) == "state" and a.endswith("government forces")
        ),
        None,
    )


def _focus_place(places: list[PlaceMention], counts: Counter[str]) -> PlaceMention | None:
    """The article's main place: its most mentioned town (first mention on a tie)."""
    if not counts:
        return None
    name, _ = counts.most_common(1)[0]
    return next((p for p in places if p.place.name == name), None)


_PART_NOUNS = frozenset({"center", "centre", "district", "neighbourhood", "neighborhood", "neighbourhoods", "neighborhoods",
                         "quarter", "outskirts", "hilltop", "hilltops", "citadel", "base", "airport", "bank", "stretch"})  # fmt: skip


def _object_detail(tok: Token) -> str | None:
    """A sub-place that is the object of the trigger ("captured the city center")."""
    for c in tok.children:
        if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _PART_NOUNS | {
            w.rstrip("s") for w in _PART_NOUNS
        }:
            words = [t.text for t in c.subtree if t.i <= c.i and t.pos_ != "DET"]
            return " ".join(words)
    return None


def _share_claim(
    sent: Span, share: Any, am: list[ActorMention], s_places: list[PlaceMention], ctx: _Context, s_index: int,
    attributed: str | None, actors: ActorLexicon, voice: str | None,
) -> ShareClaim | None:  # fmt: skip
    tok = share_token(sent, share)
    verb = share_verb(tok)
    controller = previous = None
    lemma = verb.lemma_.lower()
    if lemma == "lose":
        controller = actor_in(prep_objects(verb, ["to"]), am)
        previous = actor_in(subject_of(verb), am)
    elif is_passive(verb):
        controller = actor_in(agent_of(verb), am)
    else:
        controller = actor_in(subject_of(verb), am)
    rest = sent.text[share.end :]
    m = re.search(r"\b(?:control of|in the hands of|held by|controlled by)\s+(?:the\s+)?", rest)
    if controller is None and m:
        start_char = sent.start_char + share.end + m.end()
        controller = next((a.actor for a in am if sent.doc[a.start].idx >= start_char), None)
    if controller is None:
        hm = re.search(
            r"\b(regime|government|rebel|opposition|IS|jihadist)[- ](?:held|hands|control)", sent.text, re.I
        )
        if hm:
            word = hm.group(1).lower()
            controller = (
                voice
                if word in ("regime", "government")
                else actors.modifiers.get(word)
                or ("Syrian rebels" if word in ("rebel", "opposition") else None)
            )
    if controller is None and ctx.last_actor and s_index - ctx.last_actor[0] <= 1:
        controller = ctx.last_actor[1]
    place_pm = None
    after = [
        p for p in s_places if p.start >= sent.start_char + share.start and p.place.precision != "country"
    ]
    if after:
        place_pm = after[0]
    elif ctx.last_place and s_index - ctx.last_place[0] <= 3:
        place_pm = ctx.last_place[1]
    if place_pm is None:
        return None
    assert ctx.pub is not None
    source = Source(ctx.article.doc_id, ctx.article.url, ctx.article.outlet, ctx.article.published, sent.text,
                    sent.start_char, sent.end_char, attributed)  # fmt: skip
    return ShareClaim(
        status="partial",
        place=place_pm.place,
        date=ctx.pub.isoformat(),
        date_precision="day",
        controller=controller,
        previous=previous if previous != controller else None,
        share=round(share.value, 2),
        claimed_by=attributed or ctx.article.outlet,
        source=source,
    )


def _presence_claims(
    sent: Span, lex: EventLexicon, am: list[ActorMention], s_places: list[PlaceMention], ctx: _Context,
    s_index: int, attributed: str | None, focus: PlaceMention | None,
) -> list[ShareClaim]:  # fmt: skip
    """ "X entered the city": the place is contested from then on."""
    out: list[ShareClaim] = []
    assert ctx.pub is not None
    for tok in sent:
        if tok.lemma_.lower() != "enter" or tok.pos_ != "VERB":
            continue
        trig = Trigger(tok, TriggerRule(type="Armed clash"), "Armed clash", True)
        if not is_asserted(trig, lex):
            continue
        objs = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
        if not objs:
            continue
        obj = objs[0]
        pm = next((p for p in s_places if p.token_start <= obj.i < p.token_end), None)
        if (
            pm is None
            and obj.lower_ in ("it", "the city", "city", "town")
            or obj.lemma_.lower() in ("city", "town")
        ):
            pm = ctx.last_place[1] if ctx.last_place and s_index - ctx.last_place[0] <= 3 else focus
        if pm is None:
            continue
        who = actor_in(subject_of(tok), am) or (
            ctx.last_actor[1] if ctx.last_actor and s_index - ctx.last_actor[0] <= 1 else None
        )
        resolved = _date_for(trig, sent, ctx, s_index)
        if resolved is None or resolved.durative:
            continue
        source = Source(ctx.article.doc_id, ctx.article.url, ctx.article.outlet, ctx.article.published, sent.text,
                        sent.start_char, sent.end_char, attributed)  # fmt: skip
        out.append(ShareClaim("contested", pm.place, resolved.value, resolved.precision, who, None, None,
                              attributed or ctx.article.outlet, source, resolved.precision != "day"))  # fmt: skip
    return out


def _place_fields(p: Place) -> dict[str, Any]:
    return {
        f: getattr(p, f)
        for f in ("name", "geonameid", "lat", "lon", "country", "admin1", "precision", "detail")
    }


def _attach_fatalities(sent: Span, sent_mentions: list[tuple[Trigger, Mention]]) -> None:
    fat = find_fatalities(sent.text)
    if fat is None or not sent_mentions:
        return
    violent = [(t, m) for t, m in sent_mentions if m.sub_event_type in VIOLENT]
    if not violent:
        return
    anchor = next((t for t in sent if t.idx >= sent.start_char + fat.start), sent.root)
    killed = next(
        (
            t
            for t in sent
            if t.idx >= sent.start_char + fat.start
            and t.lemma_.lower() in ("kill", "dead", "die", "execute", "behead")
        ),
        anchor,
    )
    near = [
        (min(tree_distance(tm[0].token, anchor), tree_distance(tm[0].token, killed)), n, tm)
        for n, tm in enumerate(violent)
    ]
    dist, _, (trig, m) = min(near, key=lambda x: (x[0], x[1]))
    if dist > 4:
        return
    idx = sent_mentions.index((trig, m))
    from dataclasses import replace

    sent_mentions[idx] = (trig, replace(m, fatalities=fat.count))
