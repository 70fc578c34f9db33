"""An attack or a clash typed by who took part and what it was aimed at (ACLED's definitions):
a crowd on both sides is Mob violence (as is property a crowd destroys); a crowd against the security forces a Violent
demonstration when a demonstration is told, else Mob violence; an armed attack on civilians,
their homes, villages and cars an Attack on civilians; armed sides a clash."""

from __future__ import annotations

from spacy.tokens import Span, Token

from frontlog.events.arguments import agent_of, done_by, is_passive, prep_objects, subject_of
from frontlog.events.codebook_cues import MOB, Cues, is_protest_sentence, is_word, load_cues, victim_type
from frontlog.events.context import SentenceContext, Trigger, sentences
from frontlog.events.lexicon import word_list

PLACE_NOUNS = word_list("places.yaml", "territory_objects")  # "residents of X, Y district clashed": not a side
# what an attack or a clash is retyped to by its sides (still the same event when told again)
LOOTING = "Looting/property destruction"
SIDE_TYPES = frozenset({"Attack", MOB, "Violent demonstration"})
REFLEXIVES = word_list("codebook.yaml", "reflexive_objects")
# verbs whose subject takes part in the clash they govern ("residents engaged in running battles with the police";
# not "the looting led to clashes with residents": a cause) (afrtype, session 14)
JOINING = frozenset({"engage", "fight", "wage", "exchange", "trade", "join"})
SUFFERING = frozenset(word_list("codebook.yaml", "suffering_verbs"))
SUFFERED = frozenset(word_list("codebook.yaml", "suffered_verbs"))
CIRCUMSTANCE = frozenset(word_list("codebook.yaml", "circumstance_prepositions"))
GROUP_NOUNS = frozenset({"group", "hundred", "dozen", "thousand", "number", "band", "gang", "crowd", "score", "section"})


def by_sides(trig: Trigger, sc: SentenceContext) -> Trigger:
    """An attack or a clash typed by who took part: a crowd on both sides (supporters, residents,
    youths) is Mob violence, a crowd against the police a Violent demonstration; an attack on
    civilians (a woman, a village, a bus) an Attack on civilians (ACLED's definitions)."""
    cues = load_cues()
    lemma = sc.art.lex.lemma(trig.token)
    if trig.type == LOOTING and trig.is_verb and (done_by(trig.token, cues.mob_subjects) or _by_crowd(trig.token, sc, cues)):
        return Trigger(trig.token, trig.rule, MOB, True)  # "settlers destroyed crops", "angry traders burnt down houses"
    if trig.type != "Armed clash" or trig.rule.type != "Armed clash" or lemma not in cues.retyped:
        return trig
    tok = trig.token
    party = {i for m in sc.actors if m.actor in cues.party_actors for i in range(m.start, m.end)}
    armed = {i for m in sc.actors if sc.art.actors.is_armed(m.actor) for i in range(m.start, m.end)} - party
    if trig.is_verb and lemma in cues.attack_verbs:
        objs = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
        if not objs:  # "attacked and robbed a trader": the object the verbs share
            objs = [c for v in tok.conjuncts if v.pos_ == "VERB" and v.tag_ == tok.tag_  # (not "... and wearing X")
                    for c in v.children if c.dep_ in ("dobj", "obj")][:1]
        targets = _heads([t for o in objs for t in o.subtree])
        doers = _heads(agent_of(tok) if is_passive(tok) else subject_of(tok))
    else:
        targets, doers = _heads(_aimed_at(tok, cues)), _heads(_sides(tok))
    doers = [t for t in doers if t.i not in sc.place_tokens and t.lemma_.lower() not in PLACE_NOUNS]
    armed_words = cues.armed_victims | cues.armed_targets | {"militia", "armed"}
    armed |= {t.i for d in doers for t in d.subtree if is_word(t, armed_words)}  # "two militia groups"
    # "supporters of A clashed with those of B": "those" is the other side's own kind
    doers = [t for t in doers if not _those_of(t)] or doers
    if party and any(t.i in party for d in doers for t in d.subtree) and _state_named(targets, cues):
        return trig  # "ZANU-PF activists attacked policemen": the party's militia fighting the police
    if _party_assault(trig, lemma, doers, targets, party, armed):
        return Trigger(tok, trig.rule, "Attack", trig.is_verb)  # "ZANU-PF youths assaulted an MDC-T activist"
    if not doers and not trig.is_verb and _crowd_modified(tok, cues, party):
        return Trigger(tok, trig.rule, MOB, False)  # "student clashes", "ZANU-PF intra-party clashes" (africa, session 11)
    brawl = lemma not in cues.attack_verbs  # ("party members fought"; not "assaulted by party members")
    if doers and all(t.i in party or _crowd(t, cues, armed, people=False, members=brawl) for t in doers):
        if targets and any(is_word(t, cues.state_sides) for t in targets):
            return Trigger(tok, trig.rule, _crowd_on_state(sc), trig.is_verb)
        return Trigger(tok, trig.rule, MOB, trig.is_verb)
    if any(is_word(t, cues.state_sides) for t in doers) and any(_crowd(t, cues, armed, members=brawl) for t in doers):
        nation = not any(_crowd(t, cues, armed, people=False, members=brawl) for t in doers)  # "Kurds clashed with police"
        sub = "Violent demonstration" if nation else _crowd_on_state(sc)
        return Trigger(tok, trig.rule, sub, trig.is_verb)  # "residents clashed with police"
    armed_sides = {m.actor for m in sc.actors if sc.art.actors.is_armed(m.actor)}  # (no country: by the forces)
    by_forces = bool(armed_sides) and armed_sides <= cues.unarmed_clash_forces
    occupied = sc.country in cues.unarmed_clash_countries or (sc.country is None and by_forces)
    if occupied and lemma in cues.crowd_clash_words and not _nonstate_named(sc):
        return Trigger(tok, trig.rule, "Violent demonstration", trig.is_verb)  # "clashes erupted in <West Bank village>"
    state = {i for m in sc.actors if sc.art.actors.is_state(m.actor) for i in range(m.start, m.end)}
    wanted = cues.civilian_targets - cues.settlements if any(t.i in state for t in doers) else cues.civilian_targets
    if (
        targets
        and not any(t.i in armed or is_word(t, cues.armed_victims | cues.armed_targets) or _forces_own(t, cues) for t in targets)
        and any(is_word(t, wanted) for t in targets)
    ):
        return Trigger(tok, trig.rule, "Attack", trig.is_verb)
    armed_target = any(t.i in armed or _armed_target(t, armed, cues) for t in targets)
    if lemma not in cues.attack_verbs or armed_target:
        return trig
    kinds = _killing_kinds(sc)
    if _not_by_state(tok, sc) and "Attack" in kinds and kinds <= {"Attack", "unknown"}:
        return Trigger(tok, trig.rule, "Attack", trig.is_verb)  # "an attack on the town killed three teachers"
    if kinds and kinds <= {"Attack", "unknown"} and _by_unnamed(tok, sc):
        return Trigger(tok, trig.rule, "Attack", trig.is_verb)  # "two killed in an attack by unknown gunmen"
    return trig


def _party_assault(trig: Trigger, lemma: str, doers: list[Token], targets: list[Token], party: set[int],
                   armed: set[int]) -> bool:
    """An attack verb whose doers or victims are a party's people that ACLED codes as the party's
    militia (codebook.yaml party_actors), aimed at no armed side and done by no state force: the
    party's violence against civilians ("was assaulted by ZANU-PF activists", "MDC-T supporters
    attacked a man"), not a battle or a crowd's fight."""
    cues = load_cues()
    if not (party and trig.is_verb and lemma in cues.attack_verbs and (doers or targets)):
        return False  # (no target: "a man was injured after being attacked by MDC-T supporters")
    named = any(t.i in party for side in (doers, targets) for h in side for t in h.subtree)
    state = _state_named(doers + targets, cues)
    people = cues.civilian_targets - cues.settlements
    persons = all(t.i in party or t.pos_ in ("PRON", "PROPN") or is_word(t, people | cues.person_nouns | cues.crowd_sides)
                  for t in targets)
    return named and not state and persons  # (not "attacked and destroyed property": a crowd's)


def _crowd_modified(tok: Token, cues: Cues, party: set[int]) -> bool:
    """A clash noun named by its crowd and by no armed word: "student clashes", "intra-party clashes"."""
    mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod")]
    crowd = cues.crowd_modifiers | cues.crowd_sides | cues.mob_subjects
    armed = cues.armed_victims | cues.armed_targets | cues.state_sides
    return any(c.i in party or is_word(c, crowd) for c in mods) and not any(is_word(c, armed) for c in mods)


def _state_named(heads: list[Token], cues: Cues) -> bool:
    return any(is_word(t, cues.state_sides) for h in heads for t in h.subtree)


def immolations(spans: list[Span]) -> frozenset[int]:
    """The words of a self-immolation ("set himself on fire"): no demonstrators' violence."""
    verbs = [t for s in spans for t in s if any(c.dep_ in ("dobj", "obj") and c.lower_ in REFLEXIVES for c in t.children)]
    near = ("dobj", "obj", "prep", "pobj", "acomp", "advmod", "prt", "oprd")  # (not the clauses that say why)
    return frozenset(
        t.i for v in verbs if v.lemma_.lower() == "set" for t in [v, *v.children, *(g for c in v.children for g in c.children)]
        if t is v or t.dep_ in near
    )  # fmt: skip


def self_immolation(trig: Trigger) -> Trigger:
    """A person who "set himself on fire" (or "herself", "themselves"): ACLED codes a self-immolation
    as a protest, not the destruction of property (africa helper, session 10)."""
    tok = trig.token
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head.head if tok.dep_ == "pobj" else tok.head
    if trig.type != LOOTING or not any(c.dep_ in ("dobj", "obj") and c.lower_ in REFLEXIVES for c in verb.children):
        return trig
    return Trigger(tok, trig.rule, "Peaceful protest", trig.is_verb)


def _forces_own(t: Token, cues: Cues) -> bool:
    """A school, hospital or camp the words before it give to the forces ("a police training school",
    "the military hospital", "a gendarmerie academy"): theirs, not a civilian target (notes, session 12)."""
    words = cues.armed_victims | cues.state_sides | {"military", "gendarmerie", "army"}
    return any(c.i < t.i and c.dep_ in ("compound", "amod", "poss") and is_word(c, words) for c in t.subtree)


def _armed_target(t: Token, armed: set[int], cues: Cues) -> bool:
    """A target that keeps an attack a clash: armed people, the forces' posts; a vehicle only when
    an armed word or actor names its owner ("an army vehicle", not "a vehicle travelling to X")."""
    if t.lemma_.lower() in cues.owned_targets:
        return any(c.i in armed or is_word(c, cues.armed_victims | cues.armed_targets) for c in t.subtree if c is not t)
    return is_word(t, cues.armed_victims | cues.armed_targets) or _forces_own(t, cues)


def _by_unnamed(tok: Token, sc: SentenceContext) -> bool:
    """The attack is told as done by no one the sentence names, by unidentified attackers
    ("gunmen", "an unknown group") or by a community's raiders, and no other armed actor is named
    in the sentence: whoever such attackers kill or wound, when no victim is named as armed, ACLED
    codes as violence against civilians (africa, session 9)."""
    actors = sc.art.actors
    kinds = {actors.kinds.get(m.actor) for m in sc.actors if actors.is_armed(m.actor)}
    named = {m.actor for m in sc.actors if actors.is_armed(m.actor)}
    return not named or named <= load_cues().unnamed_attackers or kinds <= {"communal"}


def _by_crowd(tok: Token, sc: SentenceContext, cues: Cues) -> bool:
    """The verb's doers are all crowds (traders, youths, residents), no armed actor among them."""
    armed = {i for m in sc.actors if sc.art.actors.is_armed(m.actor) for i in range(m.start, m.end)}
    doers = _heads(agent_of(tok) if is_passive(tok) else subject_of(tok))
    return bool(doers) and all(_crowd(t, cues, armed, people=False) for t in doers)


def _crowd_on_state(sc: SentenceContext) -> str:
    """A crowd fighting the security forces: a Violent demonstration when the sentence or the
    ones beside it tell of a demonstration, or where such clashes are the demonstrations
    (unarmed_clash_countries); else a crowd's riot, Mob violence ("hawkers clashed with county
    askaris", "football fans fought the police": ACLED's mob, no demonstration)."""
    if sc.country in load_cues().unarmed_clash_countries:
        return "Violent demonstration"
    sents = sentences(sc)
    near = sents[max(sc.index - 1, 0) : sc.index + 2]
    lex = sc.art.lex
    if any(is_protest_sentence(s, lex) for s in near):
        return "Violent demonstration"
    return MOB


def _aimed_at(tok: Token, cues: Cues) -> list[Token]:
    """What a noun trigger was aimed at: "an attack on a bus", "opened fire on a car" (the "on" or
    "at" object of the noun, or of the verb it is the object of)."""
    holders = [tok] + ([tok.head] if tok.dep_ in ("dobj", "obj") and tok.head.pos_ in ("VERB", "AUX") else [])
    aimed = [t for h in holders for t in prep_objects(h, cues.aim_preps)]
    return [t for t in aimed if t.ent_type_ not in ("DATE", "TIME")]  # not "on Friday night"


def _those_of(t: Token) -> bool:
    return t.lower_ in ("those", "that") and any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children)


def _crowd(t: Token, cues: Cues, armed: set[int], *, people: bool = True, members: bool = False) -> bool:
    """A side that is a crowd: residents, youths, settlers, and no armed actor; facing the security
    forces, also a people ("Palestinians clashed with troops": a plural nationality noun); a group
    named by its crowd ("youth groups", "rival political groups"); with `members`, members named by
    their crowd ("party members fought over food"; not an assault on a person: africa, session 11)."""
    nation = people and t.ent_type_ == "NORP" and t.tag_ in ("NNS", "NNPS")
    if t.i in armed or any(c.i in armed for c in t.children if c.dep_ in ("amod", "compound")):
        return False  # ("armed youths": an armed group, no crowd; notes, session 12)
    if t.lemma_.lower() in GROUP_NOUNS | ({"member"} if members else set()) and any(
        c.dep_ in ("compound", "amod") and is_word(c, cues.crowd_sides | cues.mob_subjects | cues.crowd_modifiers)
        for c in t.children
    ):
        return True
    return nation or is_word(t, cues.crowd_sides | cues.mob_subjects)


def _nonstate_named(sc: SentenceContext) -> bool:
    actors = sc.art.actors
    return any(actors.is_armed(m.actor) and actors.kinds.get(m.actor) not in ("state", "external") for m in sc.actors)


def _not_by_state(tok: Token, sc: SentenceContext) -> bool:
    """The attack is told as done by a non-state armed actor, or by no one the sentence names
    ("two people were shot dead in an attack"): not by the state's forces, whose attacks on a
    village are war news' ground assaults."""
    if tok.pos_ in ("VERB", "AUX"):
        doers = agent_of(tok) if is_passive(tok) else subject_of(tok)
    else:
        doers = prep_objects(tok, ["by"]) + [t for c in tok.children if c.dep_ in ("poss", "compound", "amod")
                                             for t in c.subtree]  # fmt: skip
    if not doers and not any(sc.art.actors.is_state(m.actor) for m in sc.actors):
        return True
    return _by_nonstate(tok, sc)


def _by_nonstate(tok: Token, sc: SentenceContext) -> bool:
    """The attack is told as done by a non-state armed actor (its subject, "by" object,
    possessor or modifier: "al-Shabaab attacked", "an attack by gunmen", "a Boko Haram attack")."""
    if tok.pos_ in ("VERB", "AUX"):
        doers = agent_of(tok) if is_passive(tok) else subject_of(tok)
    else:
        doers = prep_objects(tok, ["by"]) + [t for c in tok.children if c.dep_ in ("poss", "compound", "amod")
                                             for t in c.subtree]  # fmt: skip
        if not doers and tok.dep_ in ("dobj", "obj") and tok.head.pos_ in ("VERB", "AUX"):
            doers = subject_of(tok.head)
    at = {t.i for t in doers}
    found = [m.actor for m in sc.actors if any(i in at for i in range(m.start, m.end))]
    actors = sc.art.actors
    return bool(found) and all(actors.is_armed(a) and not actors.is_state(a) for a in found)


def _killing_kinds(sc: SentenceContext) -> set[str]:
    """Who the sentence's killings and woundings hit: "Attack" (people it names as civilians:
    teachers, a woman, villagers), "Armed clash" (armed victims), "unknown" (victims it names no
    otherwise: "two killed", "three others hurt")."""
    cues = load_cues()
    people = cues.civilian_targets - cues.settlements
    kinds = set()
    for tok in sc.sent:
        if tok.pos_ != "VERB" or sc.art.lex.lemma(tok) not in cues.killing_verbs:
            continue
        deps = ("nsubjpass",) if is_passive(tok) else ("nsubj",) if _bare_participle(tok) else ("dobj", "obj")
        victims = [t for c in tok.children if c.dep_ in deps for t in c.subtree]
        if victims:
            named = any(is_word(t, people) for t in victims)
            told = victim_type(tok, sc)
            kinds.add(told if named or told != "Attack" else "unknown")  # "killing two soldiers": armed
    return kinds



def _bare_participle(tok: Token) -> bool:
    """ "Two killed and three injured in an attack": a headline's passive without its auxiliary,
    whose subject is the victims."""
    return tok.tag_ == "VBN" and tok.dep_ in ("ROOT", "conj") and not any(
        c.dep_ in ("aux", "auxpass", "dobj", "obj") for c in tok.children
    )


def _heads(tokens: list[Token]) -> list[Token]:
    """The nouns naming the sides in these tokens: the top nouns and their conjuncts; for a
    quantity or group word, the noun after its "of" ("hundreds of residents", "a group of youths")."""
    top = [t for t in tokens if t.head not in tokens or t.head.i == t.i]
    heads = [t for t in top if t.pos_ in ("NOUN", "PROPN", "PRON")]
    heads += [c for h in heads for c in h.conjuncts if c in tokens]
    out = []
    for h in heads:
        # "clashed with Forum for Democratic Change (FDC) supporters": the party's name, its people in apposition
        h = next((c for c in h.subtree if c.dep_ == "appos" and c.pos_ == "NOUN"), h) if h.pos_ == "PROPN" else h
        of = [gc for c in h.children if c.dep_ == "prep" and c.lower_ == "of" for gc in c.children if gc.dep_ == "pobj"]
        out.append(of[0] if of and h.lemma_.lower() in GROUP_NOUNS else h)
    return out


def _sides(tok: Token) -> list[Token]:
    """The sides of a clash: its subject, "with" object and direct object ("police battled
    supporters"; verbs), or "between"/"among" objects and "with" objects (nouns)."""
    if tok.pos_ in ("VERB", "AUX"):
        return subject_of(tok) + prep_objects(tok, ["with"]) + [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    sides = prep_objects(tok, ["between", "among", "with"])
    # "clashes involving supporters of rival candidates"
    sides += [o for c in tok.children if c.dep_ == "acl" and c.lemma_ == "involve" for o in c.children
              if o.dep_ in ("dobj", "obj")]
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok.head
    if not sides and tok.dep_ == "nsubj" and verb.pos_ == "VERB":
        sides = prep_objects(verb, ["between", "among"])  # "clashes erupted between A and B"
    if not sides and tok.dep_ in ("dobj", "obj", "pobj") and verb.pos_ in ("VERB", "AUX") and not _suffered(verb) and not (
        tok.dep_ == "pobj" and tok.head.lower_ in CIRCUMSTANCE
    ):  # (not "the road was cut following fierce fighting": a time or a cause, no side)
        sides = subject_of(verb)  # "supporters exchanged blows", "hawkers engaged in running battles"
    elif sides and tok.dep_ in ("dobj", "obj", "pobj") and verb.lemma_.lower() in JOINING and not is_passive(verb) and not (
        prep_objects(tok, ["between", "among"])
    ):
        # "residents engaged in running battles with the police": the subject is the other side (afrtype, session 14)
        sides += [s for s in subject_of(verb) if s.i not in {t.i for t in sides}]
    return sides


def _suffered(verb: Token) -> bool:
    """ "people hurt in the attack", "three died in the clashes", "civilians fled the fighting": the
    verb's subject is a victim, not a side (ntypes, session 15)."""
    lemma = verb.lemma_.lower()
    if lemma in SUFFERING or verb.lower_ in SUFFERING:
        return True
    undergone = is_passive(verb) or verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children)
    return undergone and (lemma in load_cues().killing_verbs or lemma in SUFFERED)
