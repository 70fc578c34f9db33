"""Modality: is a trigger reported as having happened (not a plan, forecast, condition, denial,
negation or question)? Words from lexicon/modality.yaml."""

from __future__ import annotations

from spacy.tokens import Token

from frontlog.doctext import span_text
from frontlog.events.context import Trigger
from frontlog.events.dates import find_date_expressions
from frontlog.events.dating import DAY_KINDS
from frontlog.events.lexicon import EVENT_TYPE, EventLexicon, word_list
from frontlog.events.triggers import governing_phrase, governing_verb

NEGATIVE_DETERMINERS = word_list("cues.yaml", "negative_determiners")
PURPOSE_TYPES = word_list("modality.yaml", "purpose_types")
HABIT_VERBS = word_list("modality.yaml", "habit_verbs")
ENDING_VERBS = word_list("modality.yaml", "ending_verbs")
ATTEMPT_HEADS = word_list("modality.yaml", "attempt_heads")
ATTACK_ATTEMPT_HEADS = word_list("modality.yaml", "attack_attempt_heads")
ATTEMPTED_ATTACK_TYPES = word_list("modality.yaml", "attempted_attack_types")
STANDING_VERBS = word_list("modality.yaml", "standing_verbs")
SURVIVAL_NOUNS = word_list("modality.yaml", "survival_nouns")
STRUGGLE_OBJECTS = frozenset(word_list("modality.yaml", "struggle_objects"))
STRUGGLE_SUBJECTS = frozenset(word_list("modality.yaml", "struggle_subjects"))
STRUGGLE_PURPOSES = frozenset(word_list("modality.yaml", "struggle_purposes"))
REPELLING_PHRASES = word_list("modality.yaml", "repelling_phrases")
GENERIC_DETERMINERS = word_list("modality.yaml", "generic_determiners")
ARMED_GROUP_NOUNS = word_list("modality.yaml", "armed_group_nouns")
SIDELESS_NOUNS = word_list("modality.yaml", "sideless_clash_nouns")
HELD_TARGET_NOUNS = word_list("roles.yaml", "held_target_nouns")
ASPECT_HEADS = frozenset(word_list("modality.yaml", "aspect_heads"))
# the clauses whose modality reaches down to the trigger ("said it would take", "plans to attack")
_PRESENT = frozenset({"VBZ", "VBP"})
_CHAIN_DEPS = frozenset({"xcomp", "ccomp", "acl", "advcl", "conj", "pcomp", "pobj", "prep", "dobj", "relcl"})


def is_asserted(trig: Trigger, lex: EventLexicon) -> bool:
    tok = trig.token
    if span_text(tok.sent).rstrip().endswith("?"):
        return False
    if not trig.is_verb and any(c.lower_ in NEGATIVE_DETERMINERS for c in tok.children):
        return False
    verb = tok if trig.is_verb else governing_verb(tok)
    if _attempted_dispersal(trig, lex):
        return True  # "police tried to disperse the protesters": the crowd was there, the state intervened
    if _attempted_attack(trig, lex):
        return True  # "militants attempted to attack a checkpoint": ACLED codes the attempt as the attack
    if not _chain_asserted(_clause_chain(verb), lex) and not _judged(trig, verb):
        return False
    if trig.type == "Agreement" and not trig.is_verb and tok.dep_ == "nsubj" and verb.lemma_ in STANDING_VERBS:
        return False  # "where a ceasefire has largely held": in force, not made
    if trig.is_verb:
        to_aux = any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children)
        realised = _realis_head(tok, lex) or _realised_purpose(trig, tok, lex)
        if to_aux and not realised and not _perfect_report(tok, lex):
            return False
    else:
        if _irrealis(verb, lex) and governing_phrase(tok) not in dict(trig.rule.governed):
            return False  # ("set to attack" is a plan; "set on fire" the noun's own phrase)
        to_aux = any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
        realised = _realis_head(verb, lex) or _realised_purpose(trig, verb, lex) or _ended(trig, verb)
        if to_aux and not realised and not _perfect_report(verb, lex):  # ("to break up a scuffle": it took place)
            return False
    # "Losing the town would be a blow": a gerund subject of a modal; "Driving IS from the city
    # has been the goal": a gerund subject of "be" names an aim or an activity, not an event
    return not (
        trig.is_verb
        and tok.dep_ in ("csubj", "nsubj")
        and (any(c.tag_ == "MD" for c in tok.head.children) or (tok.tag_ == "VBG" and tok.head.lemma_ == "be"))
    )


def _judged(trig: Trigger, verb: Token) -> bool:
    """ "Air strikes on a school on Wednesday may be the deadliest attack of the war": a dated event
    that is the subject of a judgement happened; the modal is the judgement's."""
    tok = trig.token
    if trig.is_verb or tok.dep_ != "nsubj" or tok.head.i != verb.i or verb.lemma_ != "be":
        return False
    phrase = tok.doc[tok.left_edge.i : tok.right_edge.i + 1].text
    return any(e.kind in DAY_KINDS for e in find_date_expressions(phrase))


def describes_actor(trig: Trigger, actor_tokens: frozenset[int], place_tokens: frozenset[int]) -> bool:
    """ "The coalition targeting the jihadists", "rebels fighting to oust the president", "armed groups
    fighting against the Front", "fighters battling forces" (the participle parsed as an adjective):
    a participle that says what an armed group does, not an event (no
    place below it; its object, if any, is a side). The group is an actor the sentence names or a
    noun of armed groups (lexicon/modality.yaml `armed_group_nouns`: "the opposition groups")."""
    tok = trig.token
    if not trig.is_verb or tok.tag_ != "VBG" or tok.dep_ not in ("acl", "amod") or not _armed_group(tok.head, actor_tokens):
        return False
    below = {t.i for t in tok.subtree} - {tok.i}
    if below & place_tokens:
        return False
    objs = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    return all(_armed_group(o, actor_tokens) for o in objs)


def sideless_attack(trig: Trigger, sub: str, actor1: str | None, actor2: str | None) -> bool:
    """ "The attack took place at 3 a.m.", "victims of the attack", "condemned the recent attacks": an
    attack noun that names neither side is no armed clash (ACLED's Battles need two armed sides): a
    reference to an event the article tells in other words (a strike, a bombing) or a comment.
    Nouns in lexicon/modality.yaml `sideless_clash_nouns`; not an attack on what an armed side holds
    ("on its positions", lexicon/roles.yaml `held_target_nouns`)."""
    tok = trig.token
    on_held = any(  # "the attack on its positions": the side that held them was attacked
        g.lemma_.lower() in HELD_TARGET_NOUNS for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
    )
    return (
        not trig.is_verb and sub == "Armed clash" and actor1 is None and actor2 is None
        and tok.lemma_.lower() in SIDELESS_NOUNS and not on_held
    )  # fmt: skip


def _armed_group(tok: Token, actor_tokens: frozenset[int]) -> bool:
    """A side: an actor token, a noun an actor names ("the opposition groups"), or a noun of armed
    groups ("militants", "forces loyal to the president")."""
    if tok.i in actor_tokens or tok.lemma_.lower() in ARMED_GROUP_NOUNS or tok.lower_ in ARMED_GROUP_NOUNS:
        return True
    return any(c.i in actor_tokens for c in tok.children if c.dep_ in ("compound", "amod", "poss"))


def _attempted_dispersal(trig: Trigger, lex: EventLexicon) -> bool:
    """A demonstration told by the state's attempt to end it ("police attempted to disperse the
    supporters", "tried to break up the march"): the gathering and the intervention took place
    (africa helper, session 11)."""
    tok = trig.token
    return (
        trig.is_verb
        and trig.type in PURPOSE_TYPES
        and tok.lemma_.lower() in ENDING_VERBS
        and tok.dep_ == "xcomp"
        and tok.head.lemma_.lower() in ATTEMPT_HEADS
        and _chain_asserted(_clause_chain(tok.head), lex)
    )


def _attempted_attack(trig: Trigger, lex: EventLexicon) -> bool:
    """An attack told by the attackers' past attempt ("gunmen attempted to attack a checkpoint",
    "militants tried to storm a post"): ACLED's codebook codes an attempted attack as the attack
    (session 14, helper geoiq). Not "will try to attack", "sought to attack", "tried to capture"."""
    tok = trig.token
    head = tok.head
    if not (trig.is_verb and trig.type in ATTEMPTED_ATTACK_TYPES and tok.dep_ == "xcomp"):
        return False
    lemma = head.lemma_.lower()
    low = head.lower_
    attempt = lemma in ATTACK_ATTEMPT_HEADS or (low.endswith("ed") and low[:-2] in ATTACK_ATTEMPT_HEADS)
    past = head.tag_ == "VBD" or (head.tag_ == "VBN" and any(c.dep_ == "aux" for c in head.children))
    return attempt and past and _chain_asserted(_clause_chain(head), lex)


def fighting_for_life(trig: Trigger) -> bool:
    """ "is fighting for his life in hospital", "youths were battling for their lives", "fighting for
    survival": a struggle to survive, no fight (africa helper, session 11)."""
    tok = trig.token
    return trig.is_verb and (
        any(
            c.dep_ == "prep" and c.lower_ == "for" and any(g.lemma_.lower() in SURVIVAL_NOUNS for g in c.children)
            for c in tok.children
        )
        or _struggle(tok)
    )


def _struggle(verb: Token) -> bool:
    """ "firefighters battled the blaze", "fighting a cholera outbreak", "battled to put out the
    flames": a fight against fire, disease or want, or a crew's struggle, is no clash (modality.yaml
    struggle_objects, struggle_subjects, struggle_purposes; only fight and battle)."""
    if verb.lemma_.lower() not in ("fight", "battle"):
        return False
    for c in verb.children:
        if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in STRUGGLE_OBJECTS:
            return True
        if c.dep_ == "prep" and c.lower_ == "against" and any(g.lemma_.lower() in STRUGGLE_OBJECTS for g in c.children):
            return True
        if c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in STRUGGLE_SUBJECTS:
            return True
        if c.dep_ == "xcomp" and (
            c.lemma_.lower() in STRUGGLE_PURPOSES
            or any(o.dep_ in ("dobj", "obj") and o.lemma_.lower() in STRUGGLE_OBJECTS for o in c.children)
        ):
            return True
    return False


def _ended(trig: Trigger, verb: Token) -> bool:
    """ "fired in the air to break up a scuffle": a brawl or a riot the police set out to end took
    place (not "talks to end the fighting": a war goes on)."""
    return verb.lemma_.lower() in ENDING_VERBS and EVENT_TYPE.get(trig.type) in ("Riots", "Protests")


def _realis_head(inf: Token, lex: EventLexicon) -> bool:
    """ "managed to take", "gathered to protest", "were able to take": the infinitive happened; not
    an aspect verb's purpose clause ("began an offensive to gain control": ntypes, session 15)."""
    head = inf.head
    lemma = head.lemma_.lower()
    if lemma in lex.realis_heads:
        purpose = inf.dep_ == "advcl" or any(c.dep_ in ("dobj", "obj") for c in head.children)  # (not "began to shell")
        return not (purpose and lemma in ASPECT_HEADS)
    past = head.head.tag_ == "VBD" or any(c.dep_ in ("aux", "cop") and c.tag_ == "VBD" for c in head.children)
    return lemma in lex.realis_when_past and past


def _realised_purpose(trig: Trigger, verb: Token, lex: EventLexicon) -> bool:
    """A demonstration told as the purpose of what people did ("blocked the road to protest",
    "camped outside the offices to demand pay"): it happened, unless the verb above plans it
    ("planned to protest")."""
    head = verb.head.lemma_.lower()
    return trig.type in PURPOSE_TYPES and head not in lex.irrealis_heads and verb.head.i != verb.i


def _factual_clause(clause: Token, lex: EventLexicon) -> bool:
    """A past-tense time or cause clause ("after they clashed", "when soldiers fired"): what it
    tells happened, whatever the main clause says of its consequences."""
    return (
        clause.dep_ == "advcl"
        and clause.tag_ in ("VBD", "VBN")
        and any(c.dep_ == "mark" and c.lower_ in lex.factual_marks for c in clause.children)
    )


def _perfect_report(tok: Token, lex: EventLexicon) -> bool:
    """ "X claimed to have shelled Y": a perfect infinitive reports a past event (attributed to X)."""
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in tok.children)
    return perfect and not _irrealis(tok.head, lex)


def _irrealis(tok: Token, lex: EventLexicon) -> bool:
    """Does the word plan, hope, threaten...? By its lemma, or for a past form in "-ed" by the form
    without its "d" (the small model's lemmatiser reads "hoped" as "hop")."""
    particles = (c.lower_ for c in tok.children if c.dep_ in ("prt", "advmod"))
    if any(f"{tok.lemma_.lower()} {p}" in REPELLING_PHRASES for p in particles):
        return False  # "pushed back an attack": fought off, not a push to come
    if tok.lemma_.lower() in lex.irrealis_heads:
        return True
    low = tok.lower_
    return tok.tag_ in ("VBD", "VBN") and low.endswith("ed") and low[:-1] in lex.irrealis_heads


def _clause_chain(verb: Token) -> list[Token]:
    """The verb and up to three clauses above it."""
    chain = [verb]
    node = verb
    for _ in range(3):
        if node.head.i == node.i or node.dep_ not in _CHAIN_DEPS:
            break
        node = node.head
        chain.append(node)
    return chain


def _chain_asserted(chain: list[Token], lex: EventLexicon) -> bool:
    for i, v in enumerate(chain):
        if i > 0 and _factual_clause(chain[i - 1], lex) and _irrealis(v, lex):
            return True  # "... feared dead after supporters clashed": the clause below is told as fact
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
            return False  # "held off on storming the town"
        if i > 0 and _irrealis(v, lex) and chain[i - 1].dep_ != "conj":
            return False  # (a plan word's conjunct is no plan: "set fire to X and threw stones", "planned and carried out")
        if i > 0 and lemma in lex.denials:
            return False
    return True


def _generic_subject(verb: Token) -> bool:
    """ "All movement is targeted", "civilians are targeted": a passive subject that names no one in
    particular (a quantifier, or a bare noun with no article or number); not "a man is killed",
    "two thieves are lynched" (the historical present of a report: lead, session 15)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not subjects:
        return True
    kids = list(subjects[0].children)
    if any(c.dep_ == "det" and c.lower_ in GENERIC_DETERMINERS for c in kids):
        return True
    return not any(c.dep_ in ("det", "nummod", "poss") for c in kids)


def habitual_present(trig: Trigger) -> bool:
    """ "Regime forces are continuing to kill civilians", "this happens when a warplane carries out a
    raid": told in the present simple or as going on ("continuing to", not the perfect), a habit or a generality,
    not a report of what happened (the caller asks it only where the sentence gives no place or
    day of its own)."""
    tok = trig.token
    node = tok if trig.is_verb else governing_verb(tok)
    if any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in node.children):
        return False  # "claim to have shelled": a perfect infinitive tells what was done
    for _ in range(3):  # "continuing to kill", "waits ... before executing": the tense is the head's
        if node.dep_ == "pcomp" and node.head.dep_ == "prep" and node.head.head.pos_ == "VERB":
            node = node.head.head
            continue
        if node.dep_ != "xcomp" or node.head.i == node.i:
            break
        node = node.head
    if node.tag_ in _PRESENT and node.pos_ == "VERB":
        return True
    if trig.is_verb and tok.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ in _PRESENT for c in tok.children):
        return _generic_subject(tok)  # "all movement is targeted": a habit (the trigger's own verb: not "are
        # reported killed", nor "are engaged in fighting"; not "a suspected thief is lynched": one person, one event)
    # "are continuing to kill" (a habit), not "engineers are dismantling mines" (going on today)
    progressive = node.tag_ == "VBG" and any(c.dep_ == "aux" and c.tag_ in _PRESENT for c in node.children)
    return progressive and node.lemma_.lower() in HABIT_VERBS
