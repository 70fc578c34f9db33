"""Roles: who acts (actor1) and who is acted on (actor2) for a trigger, and the sub-event type
their kinds give a capture ("Government regains territory" when a state force takes ground)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

from spacy.tokens import Span, Token

from frontlog.actors import ActorLexicon
from frontlog.doctext import span_text
from frontlog.events.allegations import alleged_sides
from frontlog.events.arguments import (
    GROUP_WORDS,
    REPORTING,
    ActorMention,
    actor_in,
    agent_of,
    followers,
    is_passive,
    is_pronoun_subject,
    is_reporter,
    modifier_actor,
    prep_objects,
    reporting_subject,
    subject_of,
)
from frontlog.events.codebook import load_cues, unarmed_victims
from frontlog.events.context import Discourse, SentenceContext, Trigger, sentences
from frontlog.events.lexicon import word, word_list, word_map
from frontlog.events.numbers import find_fatalities
from frontlog.events.order import both_sides, clash_sides, neither_acts, sentence_side, state_first
from frontlog.events.suspects import suspected_perpetrator
from frontlog.events.targets import aimed_side, hurt_before
from frontlog.events.triggers import counted, governing_verb
from frontlog.events.victims import people_hurt, people_named_hurt

FIRST_PERSON = word_list("cues.yaml", "first_person")
HOLDER_WORDS = frozenset(w.lower() for w in word_list("claims.yaml", "holder_words"))
STATE_HOLDER_WORDS = word_list("claims.yaml", "state_holder_words")
HOLDER_FALLBACK = word_map("claims.yaml", "holder_fallback")
STATE_FORCES_SUFFIX = word("claims.yaml", "state_forces_suffix")
FORCES_SUFFIXES = (STATE_FORCES_SUFFIX, "armed forces")  # the names of a state's own forces
CIVILIANS = "Civilians"  # the actor lexicon's canonical name for unarmed people
DETAINING_MILITIAS = word_list("codebook.yaml", "detaining_militias")
# sub-event types with two sides: a missing side is filled from the sentence or the article
DYADIC = frozenset({"TERRITORY", "SIEGE_BROKEN", "SIEGE_LAID", "Armed clash", "Air/drone strike",
                    "Shelling/artillery/missile attack"})  # fmt: skip
AIR = frozenset({"Air/drone strike"})
CAPTURES = frozenset({"TERRITORY", "SIEGE_BROKEN"})
REMOTE = ("Air/drone strike", "Shelling/artillery/missile attack")
# remote violence whose victims, when the sentence names only unarmed people hurt, are civilians
CIVILIAN_HARMS = frozenset({"Attack", "Abduction/forced disappearance", "Sexual violence"})
HARMS = frozenset({*REMOTE, "Remote explosive/landmine/IED", "Suicide bomb", "Grenade", "Chemical weapon"})


def actors_for(trig: Trigger, sc: SentenceContext, state: Discourse) -> tuple[str | None, str | None]:
    """(actor1, actor2) of a trigger from its arguments in the parse."""
    if trig.rule.alleged:
        return alleged_sides(trig, sc)  # "soldiers were accused of raping a woman"
    if trig.is_verb:
        a1, a2 = _verb_roles(trig, sc, state)
    else:
        a1, a2 = _noun_roles(trig, sc, state)
    a1, a2 = clash_sides(trig, sc, a1, a2)  # "A and B clashed", "clashes with B"
    if (
        a1 is None
        and trig.is_verb
        and trig.type in ("TERRITORY", "SIEGE_BROKEN", "SIEGE_LAID", "Armed clash")
    ):
        a1 = _unparsed_side(trig, a2, sc)
    if a2 is None:
        a2 = _target_holder(trig, sc)
    if a2 is None:
        a2 = aimed_side(trig, sc)  # "an IED struck an army patrol", "struck Houthi targets" (session 14)
    if a2 is None:
        a2 = hurt_before(trig, sc)  # "Three soldiers were killed when their vehicle hit a mine" (session 14)
    a1 = _confirmed(trig, a1, sc) or suspected_perpetrator(trig, sc, a2)
    if a1 == a2:
        a2 = None
    if trig.type in CIVILIAN_HARMS and a2 in load_cues().party_actors:
        a2 = CIVILIANS  # "ZANU-PF youths assaulted an MDC-T activist": ACLED's victims are civilians (africa, session 11)
    return a1, a2


def _confirmed(trig: Trigger, a1: str | None, sc: SentenceContext) -> str | None:
    """ "Syrian or Russian warplanes struck X as regime forces shelled it": a hedged side is the one
    the sentence names acting elsewhere than in the hedged phrase (not "Warplanes, probably ...")."""
    sure = sc.art.actors.hedged.get(a1 or "")
    if not sure:
        return a1
    verb = trig.token if trig.is_verb else governing_verb(trig.token)
    own = {t.i for t in subject_of(verb)} | ({t.i for t in trig.token.subtree} if not trig.is_verb else set())
    named = any(m.actor == sure and not any(i in own for i in range(m.start, m.end)) for m in sc.actors)
    return sure if named else a1


def _target_holder(trig: Trigger, sc: SentenceContext) -> str | None:
    """The side that holds the target: "an assault on government-held areas", "shelled
    rebel-controlled towns"."""
    tok = trig.token
    verb = tok if trig.is_verb else governing_verb(tok)
    own = {t.i for t in subject_of(verb)}
    for t in verb.subtree:
        if t.i in own:
            continue
        if t.lower_ in ("held", "controlled") and t.i >= 2 and t.doc[t.i - 1].text == "-":
            word = t.doc[t.i - 2].lower_
            if word in STATE_HOLDER_WORDS:
                return sc.voice
            if word in HOLDER_WORDS:
                return sc.art.actors.modifiers.get(word) or HOLDER_FALLBACK.get(word)
    return None


def _verb_roles(trig: Trigger, sc: SentenceContext, state: Discourse) -> tuple[str | None, str | None]:
    tok, rule, am = trig.token, trig.rule, list(sc.actors)
    a1: str | None = None
    a2: str | None = None
    subj = subject_of(tok)
    if is_passive(tok):
        a1 = actor_in(agent_of(tok), am)
        a2 = actor_in([t for c in tok.children if c.dep_ == "nsubjpass" for t in c.subtree], am)
        if rule.passive_actor:
            a1 = a1 or actor_in(prep_objects(tok, [rule.passive_actor]), am)
    elif rule.loser_is_subject:
        a2 = actor_in(subj, am)
        a1 = actor_in(prep_objects(tok, ["to"]), am)
    elif rule.subject_place:
        a1 = actor_in(prep_objects(tok, [rule.passive_actor or "to"]), am)
    else:
        a1 = _sayers_own(tok, subj, sc) or actor_in(subj, am)
        if a1 is None and (not subj or is_pronoun_subject(subj)):
            first_person = any(t.lower_ in FIRST_PERSON for t in subj)
            if first_person and sc.attributed in sc.art.actors.kinds:
                a1 = sc.attributed
            a1 = a1 or actor_in(reporting_subject(tok), am)
            if a1 is None and subj:
                a1 = state.recent_actor(sc.index, 2)
        objs = [t for c in tok.children if c.dep_ in ("dobj", "obj") for t in c.subtree]
        a2 = actor_in(objs, am) or actor_in(prep_objects(tok, ["from", "against", "on", "at"]), am)
    if not subj and (a2 if rule.loser_is_subject else a1) is None:
        # a subject the parser missed, right before the verb ("IS executed ...", "IS withdrew")
        prev = [m for m in am if m.end == tok.i or (m.end == tok.i - 1 and tok.doc[tok.i - 1].pos_ == "ADV")]
        if prev and rule.loser_is_subject:
            a2 = prev[0].actor
        elif prev:
            a1 = prev[0].actor
    a1 = a1 or _participle_modifier(tok, sc)
    if rule.defender_is_subject:  # "troops repelled the ISIS attack": IS attacked the troops
        a1, a2 = a2, a1
    if trig.rule.type == "Non-violent transfer of territory":  # "handed the town over to X"
        to_objs = [t for d in tok.subtree if d.dep_ == "prep" and d.lower_ == "to" for t in d.subtree]
        receiver = actor_in(to_objs, am)
        a1, a2 = receiver, a1
    return a1, a2


def _noun_roles(trig: Trigger, sc: SentenceContext, state: Discourse) -> tuple[str | None, str | None]:
    tok, am, lex_actors = trig.token, list(sc.actors), sc.art.actors
    a2: str | None = None
    voice = state_voice(lex_actors, sc.art.country)
    heads = [tok, tok.head] if tok.dep_ == "compound" else [tok]
    a1 = modifier_actor(tok, lex_actors, am, voice)
    capture = trig.type in CAPTURES  # "the capture of X from Y by Z": Y lost it
    for h in heads:
        a1 = a1 or actor_in(prep_objects(h, ["by"] if capture else ["by", "from"]), am)
    if a1 is None and len(heads) > 1:
        a1 = modifier_actor(tok.head, lex_actors, am, voice)
    if a1 is None:
        # "artillery fire by regime forces" when the parser hangs "by" elsewhere
        j = heads[-1].i + 1
        if j < len(tok.doc) and tok.doc[j].lower_ == "by":
            a1 = next((m.actor for m in am if j < m.start <= j + 3), None)
    between = prep_objects(tok, ["between"])
    if not between and tok.dep_ in ("nsubj", "nsubjpass"):
        between = prep_objects(tok.head, ["between"])  # "clashes broke out between X and Y"
    if between and a1 is None:
        found = [m for m in am if any(m.start <= t.i < m.end for t in between)]
        if found:
            a1 = found[0].actor
            a2 = found[1].actor if len(found) > 1 else None
    a1 = a1 or _participle_modifier(tok, sc)
    if a1 is None:
        a1 = _governor_subject(tok, am, sc.index, state)
    if a1 is None and tok.dep_ == "compound":  # "destroyed a truck by IED detonation"
        a1 = _governor_subject(tok.head, am, sc.index, state)
    a2 = a2 or actor_in(
        prep_objects(tok, ["from"] if capture else ["on", "against", "at", "targeting", "in"]), am
    )
    if a2 is None:
        for c in tok.children:
            if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in ("target", "hit", "kill"):
                a2 = actor_in([t for gc in c.children if gc.dep_ in ("dobj", "obj") for t in gc.subtree], am)
    return a1, a2


def _participle_modifier(tok: Token, sc: SentenceContext) -> str | None:
    """ "by regime shelling of X", parsed as the noun "regime" with a participle "shelling": the
    word before the trigger names the side, as a modifier would."""
    if tok.i == 0 or not (tok.dep_ == "acl" or tok.tag_ == "VBG"):
        return None
    prev = tok.doc[tok.i - 1]
    actors = sc.art.actors
    country = actors.home.get(state_voice(actors, sc.art.country) or "")
    return actor_in([prev], list(sc.actors)) or actors.modifier(prev.lower_, country=country)


def _governor_subject(tok: Token, am: list[ActorMention], index: int, state: Discourse) -> str | None:
    """The subject of the verb that takes the noun trigger: "IS launched an attack", "jets
    carried out a series of raids"."""
    tok = counted(tok)
    verb = tok.head
    if not (tok.dep_ in ("dobj", "obj", "pobj") and verb.pos_ in ("VERB", "AUX", "ADP")):
        return None
    v = verb if verb.pos_ != "ADP" else verb.head
    vsubj = subject_of(v) if v.pos_ in ("VERB", "AUX") else []
    a1 = actor_in(vsubj, am)
    if a1 is None and v.pos_ in ("VERB", "AUX"):
        a1 = actor_in(agent_of(v), am)
    if a1 is None and vsubj and is_pronoun_subject(vsubj):
        a1 = actor_in(reporting_subject(v), am)
        if a1 is None:
            a1 = state.recent_actor(index, 2)
    return a1


def _sayers_own(tok: Token, subj: list[Token], sc: SentenceContext) -> str | None:
    """ "Russia's defence ministry said its troops had taken X": the troops, forces or army the
    sayer calls its own are the sayer's, not the state forces of the place's country."""
    head = next((t for t in subj if t.dep_ == "nsubj"), None)
    if head is None or head.lower_ not in GROUP_WORDS and head.lemma_.lower() not in GROUP_WORDS:
        return None
    if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in head.children):
        return None
    sayer = reporting_subject(tok)
    found = actor_in(sayer, list(sc.actors)) or (sc.attributed if sc.attributed in sc.art.actors.kinds else None)
    if found is not None:
        return found if sc.art.actors.is_armed(found) else None
    lex = sc.art.actors
    codes = [lex.country_code(t.text) for t in sayer if t.ent_type_ == "GPE"]  # "Russia's defence ministry"
    return next(
        (a for cc in codes if cc for a, c in lex.state_of.items() if c == cc and a.endswith(FORCES_SUFFIXES)), None
    )


def _unparsed_side(trig: Trigger, a2: str | None, sc: SentenceContext) -> str | None:
    """The acting side of a capture or clash the parse did not give."""
    lex_actors = sc.art.actors
    others = [m for m in sc.actors if m.actor != a2 and m.actor != CIVILIANS]
    if trig.rule.loser_is_subject:
        # the side that took the ground: named after the verb, else the article's main ground
        # force opposed to the loser (an air power does not take ground)
        ground = [
            (n, a) for a, n in sc.art.actor_counts.items()
            if lex_actors.is_armed(a) and lex_actors.kinds.get(a) != "external" and a != a2 and not lex_actors.are_allies(a, a2)
        ]  # fmt: skip
        others = [m for m in others if m.start > trig.token.i] or (
            [ActorMention(0, 0, max(ground)[1])] if ground else []
        )
    else:
        others = [m for m in others if m.end <= trig.token.i]
    return others[0].actor if others else None


def complete_dyad(
    trig: Trigger, a1: str | None, a2: str | None, sc: SentenceContext, *, historic: bool = False
) -> tuple[str | None, str | None]:
    """Fill a missing side from the sentence, then from the article (the side it names most).

    Background history takes sides from its own sentence only: the article's sides are today's.
    """
    if trig.type in HARMS and a2 is None and (unarmed_victims(sc) or _hurt_next(sc, a1)):
        a2 = CIVILIANS  # "a mortar shell fell on the market, killing a woman": civilians were hit
    if trig.type not in DYADIC:
        return a1, a2
    actors, sent = sc.art.actors, sc.sent
    if trig.type == "Armed clash" and a1 is None and a2 is not None:
        a1 = sentence_side(trig, sc, a2)  # "the army took the town after clashes with the rebels"
    elif trig.type == "Armed clash" and a1 is None:
        a1, a2 = both_sides(trig, sc)  # "clashes continued between the A and B militias"
    if trig.type in REMOTE and a2 is None:
        fat = find_fatalities(span_text(sent))
        if fat and re.search(r"\bcivilians?\b", span_text(sent)[fat.start : fat.end + 40], re.I):
            a2 = CIVILIANS
        elif a1 is not None and _only_people_named(sc, a1):
            a2 = CIVILIANS  # "shelled the town, killing a man and two children": no armed side but people
    if a1 is None and trig.type in AIR and not historic:
        flyers = [
            (n, a)
            for a, n in sc.art.actor_counts.items()
            if actors.kinds.get(a) in ("state", "external") and not actors.are_allies(a, a2) and a != a2
        ]
        if flyers:
            a1 = max(flyers)[1]
    if a1 is not None and a2 is None:
        a2 = _other_side(trig, a1, sc.actors, sc.art.actor_counts, actors, historic=historic)
    if trig.type in REMOTE and a2 is None and not _armed_named(sc, a1) and people_hurt(span_text(sent)):
        a2 = CIVILIANS  # "shells fell on the district, which resulted in injuries" (victims.py)
    named = {m.actor for m in sc.actors}  # (a side the article gives, not the sentence, keeps its place)
    return state_first(a1, a2, actors) if neither_acts(trig, sc) and {a1, a2} <= named else (a1, a2)


def _hurt_next(sc: SentenceContext, a1: str | None) -> bool:
    """Remote violence whose victims the next sentence tells ("Russian forces shelled the district.
    Two civilians were killed."): that sentence names people hurt and no armed side, nor does this
    one name another armed side than a1's (session 13)."""
    if _armed_named(sc, a1):
        return False
    nxt = next((s for s in sentences(sc) if s.start == sc.sent.end), None)
    if nxt is None or not people_named_hurt(nxt.text):
        return False
    actors, when = sc.art.actors, sc.art.pub
    named = [actors.resolve(s.label_, country=sc.country, when=when) for s in sc.art.actor_spans
             if nxt.start <= s.start < nxt.end and not _says(s)]  # fmt: skip
    return not any(actors.is_armed(a) and not actors.are_allies(a1, a) for a in named)


def _says(span: Span) -> bool:
    """ "The Taliban said 20 civilians were killed": the source of the toll, not a side hurt."""
    root = span.root
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in REPORTING


def _armed_named(sc: SentenceContext, a1: str | None) -> bool:
    """The sentence names an armed side other than the one acting, its allies and a hedged name
    of it ("Syrian or Russian warplanes" beside "the Syrian army")."""
    actors = sc.art.actors
    return any(
        actors.is_armed(m.actor) and not actors.are_allies(a1, m.actor) and actors.hedged.get(m.actor) != a1
        and m.actor not in actors.hedged
        for m in sc.actors
    )  # fmt: skip


def _only_people_named(sc: SentenceContext, a1: str) -> bool:
    """The sentence names unarmed people (a man, children) and no armed side but a1 ("..., residents
    said" names the source, not the victims)."""
    lex = sc.art.actors
    named = {m.actor for m in sc.actors if not is_reporter(sc.sent.doc, m)}
    return CIVILIANS in named and not any(lex.is_armed(a) for a in named - {a1})


def _other_side(
    trig: Trigger, a1: str, am: Sequence[ActorMention], counts: Mapping[str, int], actors: ActorLexicon,
    *, historic: bool,
) -> str | None:  # fmt: skip
    own_np = {t.i for t in subject_of(trig.token)} if trig.is_verb else set()
    # "..., the police said": the source of the report is not the other side (unless the article
    # names it elsewhere too)
    reporters = Counter(m.actor for m in am if is_reporter(trig.token.doc, m))
    allied = followers(trig.token.doc, a1, am)  # "rebels led by HTS": the rebels are HTS's side
    in_sent = [
        m.actor for m in am
        if actors.is_armed(m.actor) and not actors.are_allies(a1, m.actor) and m.start not in own_np
        and m.actor not in reporters and m.actor not in allied
    ]  # fmt: skip
    if in_sent:
        return in_sent[0]
    if not historic:
        others = [
            (n, a) for a, n in counts.items()
            if actors.is_armed(a) and not actors.are_allies(a1, a) and n > reporters[a] and a not in allied
        ]  # fmt: skip
        if others:
            return max(others)[1]
    return None


def resolve_type(
    trig: Trigger, actor1: str | None, actor2: str | None, actors: ActorLexicon, place_cc: str | None = None
) -> tuple[str, bool, bool]:
    """(sub_event_type, siege, siege_broken) for the trigger's code and its actors. A capture by a
    foreign state's forces (an outside force of another country than the place's) is the
    codebook's "Non-state actor overtakes territory" ("a non-state actor or foreign state actor")."""
    if trig.type == "SIEGE_LAID":
        return "Other", True, False
    if trig.type in ("TERRITORY", "SIEGE_BROKEN"):
        state = actors.is_state(actor1) if actor1 is not None else False
        own = actors.state_of.get(actor1 or "")
        if state and own and place_cc and own != place_cc:
            state = False  # Russian forces taking a Ukrainian town; Ukraine's forces taking a Russian one (notes, session 12)
        sub = "Government regains territory" if state else "Non-state actor overtakes territory"
        return sub, False, trig.type == "SIEGE_BROKEN"
    if trig.type == "Abduction/forced disappearance" and trig.rule.type == "TERRITORY" and actors.is_state(actor1 or ""):
        return "Arrests", False, False  # people "captured" by state forces are arrested (events/people.py)
    if trig.type == "Arrests" and actors.kinds.get(actor1 or "") in DETAINING_MILITIAS:
        return "Abduction/forced disappearance", False, False  # "detained by anti-Balaka": not the state's arrest
    if trig.type == "Looting/property destruction" and actor1 is not None and actors.kinds.get(actor1) == "rioters":
        return "Mob violence", False, False  # houses burned by a crowd are a riot (ACLED), not a strategic development
    return trig.type, False, False


def state_voice(actors: ActorLexicon, country: str | None) -> str | None:
    """The state forces of a country: who "the government" and state media speak for."""
    return next(
        (
            a
            for a, h in actors.home.items()
            if h == country and actors.kinds.get(a) == "state" and a.endswith(STATE_FORCES_SUFFIX)
        ),
        None,
    )
