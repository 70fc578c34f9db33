"""Triggers: the verbs and nouns of a sentence that report an event (lexicon/triggers.yaml),
with the checks that keep states, summaries and back-references out."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from frontlog.events.arguments import (
    agent_of,
    by_phrases,
    came_under,
    context_type,
    is_passive,
    is_pronoun_subject,
    lemma_keys,
    prep_objects,
    reporting_subject,
    subject_of,
)
from frontlog.events.complements import aimed_without_object, participle_told, split_modifiers
from frontlog.events.context import Trigger
from frontlog.events.dates import dated_phrase, undated_clause
from frontlog.events.headline_verbs import headline_verb
from frontlog.events.headlines import crowd_relative, headline_protest, lede_report, protest_underway
from frontlog.events.lexicon import EVENT_TYPE, EventLexicon, TriggerRule, word_list
from frontlog.events.people import captive_trigger, charged_with, driven_from_place, self_blown
from frontlog.events.withdrawal import forced_back, raiders_left

TERRITORY_OBJECTS = word_list("places.yaml", "territory_objects")
MONTH_NOUNS = word_list("cues.yaml", "month_nouns")
REFLEXIVES = word_list("cues.yaml", "reflexives")
QUANTITY_NOUNS = word_list("cues.yaml", "quantity_nouns")
ANAPHORIC = word_list("cues.yaml", "anaphoric_determiners")
STATIVE_PREPS = word_list("cues.yaml", "stative_prepositions")
NON_EVENT_MODIFIERS = word_list("cues.yaml", "non_event_modifiers")
INCLUSION = word_list("cues.yaml", "inclusion_words")
ONGOING = word_list("cues.yaml", "ongoing_predicates")
DISRUPTED = "Disrupted weapons use"
IMPACT_VERBS = word_list("cues.yaml", "impact_verbs")  # "shells that fell on the town"
_NOMINAL_DEPS = frozenset({"pobj", "dobj", "nsubj", "nsubjpass", "compound", "aux"})  # ("shelling hit": tagged AUX)
SUBJECTS = frozenset({"nsubj", "nsubjpass"})  # "operations were conducted against X": the verb's preposition
# what a device, found or disposed of rather than used, would have been
DEVICE_TYPES = frozenset({"Remote explosive/landmine/IED", "Grenade", "Suicide bomb"})
DISPOSALS = word_list("cues.yaml", "disposal_nouns")  # "a controlled explosion"
_HABITUAL_WORDS = sorted(word_list("cues.yaml", "habitual"), key=len, reverse=True)
_HABITUAL = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in _HABITUAL_WORDS) + r")\b", re.I)


def find_triggers(
    sent: Span,
    lex: EventLexicon,
    place_tokens: set[int] | frozenset[int],
    actor_tokens: set[int] | frozenset[int],
) -> list[Trigger]:
    """The triggers of a sentence, in text order."""
    out: list[Trigger] = []
    for tok in sent:
        lemma = lex.lemma(tok)
        trig = None
        verb = tok.pos_ in ("VERB", "AUX") and lemma in lex.verbs
        if verb:
            trig = _verb_trigger(tok, lex.verbs[lemma], sent, lex, place_tokens, actor_tokens)
        elif lemma in lex.verbs and headline_verb(tok, lex.verbs[lemma], lemma):
            trig = Trigger(tok, lex.verbs[lemma], lex.verbs[lemma].type, True)
        if (
            trig is None
            and (tok.pos_ in ("NOUN", "PROPN") or tok.dep_ in _NOMINAL_DEPS)
            and (lemma in lex.nouns or tok.lower_ in lex.nouns)
            and tok.text not in MONTH_NOUNS
        ):  # (also a noun the tagger took for a verb: "by Russian airstrikes" as VBZ)
            trig = _noun_trigger(tok, lex.nouns.get(lemma) or lex.nouns[tok.lower_], sent, lex)
        if trig is not None:
            out.append(trig)
    if out and _habitual(sent) and not has_date_expression(sent):
        return []  # "government forces shell the town every day": a habit, not an event
    if any(not t.rule.consequence for t in out):
        out = [t for t in out if not t.rule.consequence]  # "an air strike killed 5": the strike is the event
    return _inherit_types(out)


def _habitual(sent: Span) -> bool:
    """A habit word of the sentence used as an adverb ("they shell it daily"), not as an
    adjective ("against the daily checks")."""
    for m in _HABITUAL.finditer(sent.text):
        span = sent.doc.char_span(sent.start_char + m.start(), sent.start_char + m.end(), alignment_mode="expand")
        if span is None or len(span) > 1 or span[0].pos_ != "ADJ":
            return True
    return False


def _verb_has_arguments(
    tok: Token, rule: TriggerRule, objs: list[Token], place_tokens: set[int] | frozenset[int],
    actor_tokens: set[int] | frozenset[int],
) -> bool:  # fmt: skip
    """The object, particle and preposition the rule asks for."""
    if rule.object and not _wielded(tok, rule) and not aimed_without_object(tok, objs, rule.aim_prep):
        obj_lemmas = {o.lemma_.lower() for o in objs} | {_quantified(o).lemma_.lower() for o in objs}
        if not (obj_lemmas & rule.object or (rule.object_place and any(o.i in place_tokens for o in objs))):
            return False
    if (
        rule.particle
        and not (_child_lemmas(tok, {"prt", "advmod"}) & rule.particle)  # ("shot down": at times an advmod)
        and not (rule.prep and _child_lemmas(tok, {"prep", "dative"}) & rule.prep)
    ):
        return False  # ("handed control of X to Y": the parser's dative "to")
    if rule.prep and not rule.particle and not (_child_lemmas(tok, {"prep", "dative"}) & rule.prep):
        return False
    if rule.object_actor and not any(o.i in actor_tokens for o in objs):
        return False
    return not any(o.lower_ in REFLEXIVES and o.lower_ not in rule.object for o in objs)  # "blew himself up"


def _wielded(tok: Token, rule: TriggerRule) -> bool:
    """The subject strikes from afar (warplanes, the air force, artillery): what it did is its strike
    ("the air force destroyed a convoy": the strike, whatever it hit)."""
    lemmas = lemma_keys(subject_of(tok)) if rule.subject_types else set()
    return any(m in lemmas and EVENT_TYPE.get(t) == "Explosions/Remote violence" for m, t in rule.subject_types)


def _verb_trigger(
    tok: Token, rule: TriggerRule, sent: Span, lex: EventLexicon, place_tokens: set[int] | frozenset[int],
    actor_tokens: set[int] | frozenset[int],
) -> Trigger | None:  # fmt: skip
    objs = _objects(tok)
    if not _verb_has_arguments(tok, rule, objs, place_tokens, actor_tokens) or charged_with(tok):
        return None if charged_with(tok) else self_blown(tok, rule, lex.lemma(tok), objs)  # ("suspected of kidnapping")
    if rule.past_only and not _past_or_infinitive(tok):
        return None  # "IS controls the town", "the rebel-controlled town": a state, not an event
    if rule.intransitive and any(c.dep_ in ("dobj", "obj") for c in tok.children):
        return None  # "rallied support": not a rally
    if rule.type == "Attack" and tok.dep_ == "amod" or rule.type == "SIEGE_LAID" and (
        tok.dep_ in ("amod", "relcl", "acl") or (is_passive(tok) and not agent_of(tok))
    ):  # "decapitated bodies"; "the besieged city", "a town besieged by X", "positions surrounding it": states
        return None
    typ, hit = rule.type, None
    if rule.subject_types:
        wielder = [tok.head] if tok.dep_ == "acl" and tok.tag_ == "VBG" else []  # "sorties targeting X"
        by, own = (agent_of(tok), any(c.dep_ == "nsubjpass" for c in tok.children)) if is_passive(tok) else ([], False)
        subj = by + prep_objects(tok, ["with", "from"]) + wielder + ([] if own else subject_of(tok))  # (own: "the road was cut")
        if is_pronoun_subject(subject_of(tok)):
            subj += reporting_subject(tok)  # "the air force said it had struck X" (wire, session 11)
        subj_lemmas = lemma_keys(subj)
        if any(t.ent_type_ == "NORP" and t.tag_ in ("NNS", "NNPS") for t in subj):
            subj_lemmas.add("people")  # "Iranians rallied": a people (a plural nationality noun) are people
        hit = next((t for m, t in rule.subject_types if m in subj_lemmas), None)
        if hit:
            typ = hit
        elif rule.requires_subject_type:
            return None
        else:
            typ = context_type(tok, rule) or typ
    else:
        typ = context_type(tok, rule) or typ
    if rule.object_types and not hit:  # ("fired tens of shells": the counted noun; "missiles fired by jets": the jets')
        obj_lemmas = {o.lemma_.lower() for o in objs} | {_quantified(o).lemma_.lower() for o in objs}
        typ = next((t for m, t in rule.object_types if m in obj_lemmas), typ)
    if rule.requires_context and context_type(tok, rule) is None:
        return None  # "buses left the town" only under a deal
    if typ in DEVICE_TYPES and (_controlled(tok) or any(_found(o, lex) for o in objs)):
        typ = DISRUPTED  # "detonated it in a controlled explosion", "detonated a bomb found ...": disposed of, not used
    perfect = _perfect_head(tok)  # (a lede's is news when an event's verb: "have killed", not "have admitted to looting")
    relative = tok.dep_ == "relcl" and not crowd_relative(tok, rule)  # (not "students who were protesting")
    if not has_date_expression(sent) and (relative or (perfect is not None and not (lede_report(perfect) and lex.lemma(perfect) in lex.verbs))):
        # "the districts they seized", "IS has ravaged ...": states and summaries, not dated events
        return None
    if typ in ("TERRITORY", "Abduction/forced disappearance") and undated_clause(tok):
        return None  # "hit oil fields captured by IS", "freed 19 civilians abducted by IS": a state
    if rule.subject_types and any(
        c.dep_ == "prep"
        and c.lower_ == "with"
        and any(
            gc.lemma_.lower() in lex.nouns
            and not (lex.nouns[gc.lemma_.lower()].requires_verb or lex.nouns[gc.lemma_.lower()].governors)
            for gc in c.children
        )
        for c in tok.children
    ):
        return None  # "targeting the militants with 20 air strikes": the strikes are the event
    if rule.type == "TERRITORY" and rule.loser_is_subject and not rule.object and (
        _lost_no_ground(tok, place_tokens) or forced_back(tok) or raiders_left(tok)
    ):
        return None  # "IS lost 15 fighters in the attack": men, not ground; "forced them to withdraw": repelled
    if rule.type == "TERRITORY" and not rule.object and not rule.loser_is_subject and not rule.subject_place:
        direct = [_quantified(c) for c in tok.children if c.dep_ in ("dobj", "obj")]
        territory = any(o.i in place_tokens or o.lemma_.lower() in TERRITORY_OBJECTS for o in direct)
        captive = captive_trigger(tok, rule, lex.lemma(tok), direct) if direct and not territory else None
        if captive or (direct and not territory and not driven_from_place(tok, direct, place_tokens, actor_tokens)):
            return captive  # a person seized ("a trader from his shop in X"); "captured 30 tanks": not territory
        held = [_quantified(c) for c in tok.children if c.dep_ == "nsubjpass"]  # "a lawmaker was seized by gunmen"
        return (held and captive_trigger(tok, rule, lex.lemma(tok), held)) or Trigger(tok, rule, typ, True)
    return Trigger(tok, rule, typ, True)


def _noun_trigger(tok: Token, rule: TriggerRule, sent: Span, lex: EventLexicon) -> Trigger | None:
    kids = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod", "npadvmod")]
    kids += [g for c in kids for g in c.children if g.dep_ in ("compound", "amod")]
    mods = {c.lemma_.lower() for c in kids}
    mods |= split_modifiers(tok, rule.requires_modifier)  # "air-strike"; "an exchange of fire"
    typ = rule.type
    phrase = governing_phrase(tok)
    verb = lex.lemma(tok.head) if tok.dep_ in ("dobj", "obj") and tok.head.pos_ in ("VERB", "AUX") else None
    hit = (  # (a bare verb of `governed` is the verb of a direct object: "staged a strike"; notes, session 12)
        next((t for m, t in rule.modifiers if m in mods), None)
        or _wielder_type(tok, rule)
        or next((t for p, t in rule.governed if p in (phrase, verb)), None)
    )
    if hit:
        typ = hit
    elif rule.requires_modifier:
        return None
    else:
        typ = context_type(tok, rule) or typ
    if any(c.lower_ in ANAPHORIC and c.dep_ == "det" for c in tok.children):
        return None  # "these strikes": a mention of an event told before
    if rule.governors and _governor(tok).lemma_.lower() not in rule.governors:
        return None  # "a weapons cache" counts only when seized or found
    if _governor(tok).lemma_.lower() in rule.except_governors or charged_with(tok):
        return None  # "started a fire" is no gunfire; "suspected of kidnapping": a charge, no event
    preps = _child_lemmas(tok, {"prep"}) | (_child_lemmas(tok.head, {"prep"}) if tok.dep_ in SUBJECTS else set())
    if rule.prep and not (preps & rule.prep) or (  # (a fight that "broke out between A and B": the verb's)
        rule.requires_context and context_type(tok, rule) is None
    ):  # "an operation against X", not "the operation"; "bodies were found" only with a killing's marks
        return None
    if typ in DEVICE_TYPES | {"Shelling/artillery/missile attack"} and (_disarmed(tok, lex) or _controlled(tok)):
        return Trigger(tok, rule, DISRUPTED, False)  # "police found and dismantled an IED"
    if (
        tok.head.lower_ in STATIVE_PREPS
        and tok.dep_ == "pobj"
        and not came_under(tok)
        and not _during_bare(tok)
        and not any(p == phrase for p, _ in rule.governed)  # ("placed under arrest")
    ):
        return None  # "under attack", "the battle for", "during the clashes": a state, a goal, a reference
    gov = governing_verb(tok)
    if gov.i != tok.i and present_perfect(gov) and not has_date_expression(sent) and not lede_report(gov):
        return None  # "IS has launched salvos of rockets": a summary, not a dated event
    if any(c.lower_ in NON_EVENT_MODIFIERS for c in tok.children):
        return None  # "the recent fighting": not one event on one day
    ongoing = tok.dep_ == "nsubj" and any(c.dep_ == "acomp" and c.lower_ in ONGOING for c in tok.head.children)
    if ongoing and not protest_underway(tok, rule):
        return None  # "clashes are ongoing": a state
    if rule.requires_verb and not (
        lex.lemma(tok.head) in lex.event_verbs  # (through the inflections: "staged" -> stage)
        and tok.dep_ in ("dobj", "nsubj", "nsubjpass", "obj")
        or came_under(tok)
        or any(p == phrase for p, _ in rule.governed)
        or _verbless_root(tok)  # a headline-like note: "Protests in the town over fuel prices."
        or headline_protest(tok, rule)
        or protest_underway(tok, rule)
        or any(c.dep_ == "relcl" and c.lemma_.lower() in IMPACT_VERBS for c in tok.children) or participle_told(tok)
        or _existential(tok)  # "there were clashes in the town"
    ):
        return None  # ("shells that fell on the town" counts)
    return Trigger(tok, rule, typ, False)


def _governor(tok: Token) -> Token:
    """The verb a noun is the argument of, through a preposition and a quantity ("took to the
    streets", "seized dozens of weapons")."""
    node = counted(tok)
    if node.dep_ == "pobj" and node.head.dep_ in ("prep", "agent", "dative"):
        node = node.head
    return node.head


def counted(tok: Token) -> Token:
    """ "dozens of IEDs" -> dozens: the noun that stands for a counted one in the parse."""
    node = tok
    for _ in range(2):
        of = node.head
        if node.dep_ == "pobj" and of.lower_ == "of" and (
            of.head.lemma_.lower() in QUANTITY_NOUNS or of.head.pos_ == "NUM" or of.head.like_num
        ):
            node = of.head
        else:
            break
    return node


def _found(tok: Token, lex: EventLexicon) -> bool:
    """ "a roadside bomb found near the road", "IEDs discovered by a patrol": a device told as
    found (a participle of a disarming verb on it) did not go off."""
    return any(c.dep_ == "acl" and lex.lemma(c) in lex.disarming_verbs for c in tok.children)


def _disarmed(tok: Token, lex: EventLexicon) -> bool:
    """A device that was found, seized or dismantled (the object of a disarming verb): the
    codebook's Disrupted weapons use, not an explosion."""
    if _found(tok, lex):
        return True
    node = counted(tok)
    if node.dep_ == "conj" and node.head.dep_ in ("dobj", "obj", "nsubjpass"):
        node = node.head  # "found two IEDs and a mortar shell"
    verb = node.head
    if node.dep_ in ("dobj", "obj", "nsubjpass") and verb.pos_ in ("VERB", "AUX"):
        verbs = [verb, *(c for c in verb.conjuncts if not any(g.dep_ in ("dobj", "obj") for g in c.children))]
        return any(lex.lemma(v) in lex.disarming_verbs or _disposed_by(v, lex) for v in verbs)
    return False


def _disposed_by(verb: Token, lex: EventLexicon) -> bool:
    """ "police detonated the device": a verb whose subject makes it a disposal (its rule types
    that subject Disrupted weapons use)."""
    rule = lex.verbs.get(lex.lemma(verb))
    subj = {t.lemma_.lower() for t in subject_of(verb)}
    return rule is not None and any(t == DISRUPTED and m in subj for m, t in rule.subject_types)


def _controlled(tok: Token) -> bool:
    """ "a controlled explosion", "destroyed by controlled detonation": a device disposed of."""
    near = list(tok.children) + [g for c in tok.children if c.dep_ in ("prep", "agent") for p in c.children for g in p.subtree]
    return any(t.lower_ == "controlled" and t.dep_ == "amod" and t.head.lemma_.lower() in DISPOSALS for t in near)


def _past_or_infinitive(tok: Token) -> bool:
    """A past tense ("IS controlled the village") or an infinitive after a verb ("managed to
    control"): not a present state or a participle."""
    return tok.tag_ == "VBD" or (
        tok.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children)
    )


def _existential(tok: Token) -> bool:
    """ "There were protests in X": the noun is what "there was/were" says existed."""
    head = tok.head
    return (
        tok.dep_ == "attr"
        and head.lemma_.lower() == "be"
        and head.tag_ == "VBD"
        and any(c.dep_ == "expl" and c.lower_ == "there" for c in head.children)
    )


def _verbless_root(tok: Token) -> bool:
    """The noun heads a sentence with no verb at all (a headline, a note's first line)."""
    return tok.dep_ == "ROOT" and not any(t.pos_ in ("VERB", "AUX") for t in tok.sent)


def _bare_object(obj: Token, verb: Token) -> bool:
    """A bare noun object of the verb ("part" of "took part"), not "three traders"."""
    return obj.dep_ in ("dobj", "obj") and obj.head.i == verb.i and obj.pos_ == "NOUN" and not list(obj.children)


def governing_phrase(tok: Token) -> str:
    """The verb and preposition a noun is the object of, as lemmas: "took to the streets" ->
    "take to", "went on strike" -> "go on", "took part in a march" -> "take part in" ("" when
    the noun is not the object of a preposition)."""
    bare = tok.doc[tok.i - 1] if tok.i else tok  # "went on strike" parsed with "strike" the verb's object
    if tok.dep_ in ("dobj", "obj") and bare.dep_ == "prep" and bare.head.i == tok.head.i and not bare.n_rights:
        return f"{tok.head.lemma_.lower()} {bare.lower_}" if tok.head.pos_ in ("VERB", "AUX") else ""
    if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
        return ""
    prep, head = tok.head, tok.head.head
    words = [prep.lower_]
    if head.pos_ == "NOUN" and head.dep_ in ("dobj", "obj") and head.head.pos_ in ("VERB", "AUX"):
        words.insert(0, head.lemma_.lower())  # "took part in", "staged a march in"
        head = head.head
    elif head.pos_ in ("VERB", "AUX") and prep.i > 0 and _bare_object(tok.doc[prep.i - 1], head):
        words.insert(0, tok.doc[prep.i - 1].lemma_.lower())  # "took part in" with "in" on the verb
    if head.pos_ not in ("VERB", "AUX"):
        return ""
    return " ".join([head.lemma_.lower(), *words])


def _during_bare(tok: Token) -> bool:
    """ "killed during clashes with X", "wounded during an air strike on Y" (no determiner, or an
    indefinite one): the clashes are the event; "during the clashes" refers to fighting told before."""
    return tok.head.lower_ == "during" and not any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ not in ("a", "an")) for c in tok.children
    )


def _lost_no_ground(tok: Token, place_tokens: set[int] | frozenset[int]) -> bool:
    """ "lost 15 fighters", "lost the war": a direct object with no place or piece of ground in it
    ("lost control of X", "lost most of the town", "lost the airport" are ground)."""
    direct = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    return bool(direct) and not any(
        t.i in place_tokens or t.lemma_.lower() in TERRITORY_OBJECTS for o in direct for t in o.subtree
    )


def _wielder_type(tok: Token, rule: TriggerRule) -> str | None:
    """The type a noun trigger takes from who wields it: "warplanes carried out raids"."""
    if not rule.subject_types:
        return None
    wielders: list[Token] = []
    node = counted(tok)  # "carried out a number of raids"
    if node.dep_ in ("dobj", "obj") and node.head.pos_ in ("VERB", "AUX"):
        wielders = subject_of(node.head)
    wielders += [t for c in by_phrases(tok) for t in c.subtree]  # "raids by helicopters"
    lemmas = lemma_keys(wielders)
    return next((t for m, t in rule.subject_types if m in lemmas), None)


def _inherit_types(triggers: list[Trigger]) -> list[Trigger]:
    """ "air strikes ..., including an attack that killed 11": the attack is one of the strikes."""
    out = []
    for t in triggers:
        if not t.is_verb and t.type == "Armed clash" and t.rule.type == "Armed clash":
            ancestors = list(t.token.ancestors)[:3]
            including = any(a.lower_ in INCLUSION for a in ancestors)
            for other in sorted(triggers, key=lambda o: -o.token.i):
                if other is t or other.is_verb or other.type == "Armed clash" or other.token.i > t.token.i:
                    continue
                if other.token in ancestors or including:
                    t = Trigger(t.token, t.rule, other.type, False)
                    break
        out.append(t)
    return out


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


def _quantified(tok: Token) -> Token:
    """ "a string of hilltops" -> hilltops."""
    if tok.lemma_.lower() in QUANTITY_NOUNS or tok.like_num:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for gc in c.children:
                    if gc.dep_ == "pobj":
                        return gc
    return tok


def has_date_expression(sent: Span) -> bool:
    """The sentence dates something (a durative "since 2014" does not count)."""
    return dated_phrase(sent)


def _perfect_head(tok: Token) -> Token | None:
    """The present-perfect verb the trigger is, or whose participle clause it is ("IS has ravaged the
    city, blowing up its towers", "have admitted to looting"): such clauses share its summary."""
    if present_perfect(tok):
        return tok
    if tok.tag_ != "VBG" or tok.dep_ not in ("advcl", "pcomp", "xcomp"):
        return None
    head = tok.head.head if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" else tok.head
    return head if head.pos_ in ("VERB", "AUX") and present_perfect(head) else None


def present_perfect(tok: Token) -> bool:
    """ "has captured", "have fought": perfect aspect in the present tense (also the second verb
    of "has displaced thousands and killed hundreds")."""
    if (
        tok.dep_ == "conj"
        and tok.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in ("aux", "nsubj") for c in tok.children)
    ):
        tok = tok.head
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
