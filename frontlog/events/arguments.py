"""Arguments of a trigger from the dependency parse: who acts, who is acted on, where, who says so."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Set
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml
from spacy.tokens import Doc, Span, Token

from frontlog.actors import ActorLexicon
from frontlog.doctext import span_text
from frontlog.events.allegiance import listed_with_side, side_named
from frontlog.events.lexicon import TriggerRule, word_list
from frontlog.events.origin import fire_origins
from frontlog.places.resolve import PlaceMention

PRONOUNS = word_list("arguments.yaml", "pronouns")
GROUP_WORDS = word_list("arguments.yaml", "group_words")
REPORTING = word_list("arguments.yaml", "reporting_verbs")
OBJ_DEPS = frozenset({"dobj", "obj", "attr", "oprd"})
SUBJ_DEPS = frozenset({"nsubj", "csubj", "expl"})
HEDGES = word_list("arguments.yaml", "attribution_hedges")
GERUND_PREPS = frozenset(word_list("arguments.yaml", "adverbial_gerund_preps"))
LEADING_VERBS = frozenset(word_list("arguments.yaml", "leading_verbs"))
DESTINATION_PREPS = frozenset(word_list("arguments.yaml", "destination_preps"))


@dataclass(frozen=True, slots=True)
class ActorMention:
    start: int  # token offsets in the doc
    end: int
    actor: str


@dataclass(frozen=True, slots=True)
class SourceAlias:
    name: str
    is_state_voice: bool


@functools.cache
def load_sources() -> list[tuple[re.Pattern[str], SourceAlias]]:
    raw: dict[str, Any] = yaml.safe_load(
        (resources.files("frontlog.actors") / "data" / "sources.yaml").read_text("utf-8")
    )
    out = []
    for entry in raw["sources"]:
        alias = SourceAlias(entry["name"], bool(entry.get("actor")))
        words = sorted((str(a) for a in entry["aliases"]), key=len, reverse=True)
        rx = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I)
        out.append((rx, alias))
    return out


def resolve_actor_spans(
    spans: Iterable[Span], lex: ActorLexicon, *, country: str | None, when: Any, named: frozenset[str]
) -> list[ActorMention]:
    out = []
    for s in spans:
        actor = lex.resolve(s.label_, country=country, when=when, named=named)
        if actor:
            out.append(ActorMention(s.start, s.end, actor))
    return out


def actor_in(tokens: Iterable[Token], actors: list[ActorMention]) -> str | None:
    """The first actor mentioned among the tokens (the main force of "X and allied fighters")."""
    toks = list(tokens)
    if not toks:
        return None
    ids = {t.i for t in toks}
    found = [a for a in sorted(actors, key=lambda a: a.start) if any(i in ids for i in range(a.start, a.end))]
    if not found:
        return None
    hedged = [a for a in found[1:] if _hedged(toks[0].doc, a)]
    leader = [a for a in found[1:] if _leader(toks[0].doc, a)]
    return (hedged or leader or found)[0].actor


def context_type(tok: Token, rule: TriggerRule) -> str | None:
    """The type the sentence's words give a trigger its lexicon leaves open: a "bombing" by a
    suicide bomber, with an IED, from warplanes (the word nearest the trigger wins)."""
    if not rule.context_types:
        return None
    types = dict(rule.context_types)
    words = tok.children if rule.context_child else tok.sent
    found = [
        (abs(t.i - tok.i), types[t.lemma_.lower()])
        for t in words
        if t.i != tok.i and t.lemma_.lower() in types
    ]
    return min(found)[1] if found else None


def came_under(tok: Token) -> bool:
    """ "the town came (went) under heavy fire": an event told from the side of its target."""
    head = tok.head
    return tok.dep_ == "pobj" and head.lower_ == "under" and head.head.lemma_.lower() in ("come", "go")


def by_phrases(tok: Token) -> list[Token]:
    """The "by" phrases of a noun, and those of a participle describing it: "raids by helicopters",
    "a bomb dropped by a drone", "shells fired from tanks"."""
    own = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "by"]
    return own + [a for c in tok.children if c.dep_ == "acl" for a in c.children if a.lower_ in ("by", "from")]


def followers(doc: Doc, leader: str, actors: Iterable[ActorMention]) -> frozenset[str]:
    """The actors the sentence says `leader` leads ("rebels led by HTS": the rebels), who are on
    its side, not the other one."""
    mentions = list(actors)
    out = set()
    for m in mentions:
        if m.actor == leader and _leader(doc, m):
            noun = _agent_of_name(doc[m.start : m.end].root).head.head  # type: ignore[union-attr]  # rebels <- led <- by
            out |= {f.actor for f in mentions if f.start <= noun.i < f.end}
    return frozenset(out - {leader})


def _leader(doc: Doc, mention: ActorMention) -> bool:
    """ "rebels led by Hayat Tahrir al-Sham": the mention is the agent of a participle of leading
    ("led by", "spearheaded by") that describes another noun."""
    by = _agent_of_name(doc[mention.start : mention.end].root)
    return by is not None and by.head.dep_ == "acl" and by.head.lemma_.lower() in LEADING_VERBS


def _agent_of_name(tok: Token) -> Token | None:
    """The "by" whose object the name is, through an apposition ("led by the Islamist group X")."""
    while tok.dep_ in ("appos", "compound") and tok.head.i != tok.i:
        tok = tok.head
    return tok.head if tok.dep_ == "pobj" and tok.head.dep_ == "agent" else None


def _hedged(doc: Doc, mention: ActorMention) -> bool:
    """ "Warplanes, likely Russian, ...", "jets whose identity was unclear, either Syrian or
    Russian": the hedged attribution names who the first mention was (not "backed by X")."""
    before = [t.lower_ for t in doc[max(0, mention.start - 3) : mention.start]]
    return bool(set(before) & HEDGES) and not ({"by", "with", "and"} & set(before[-1:]))


def modifier_actor(
    tok: Token, lex: ActorLexicon, actors: list[ActorMention], state_voice: str | None = None
) -> str | None:
    """An actor named by a modifier of a noun trigger: "Russian airstrikes", "IS rocket attacks".

    Adjectives whose actor depends on the country ("coalition airstrikes": the Saudi-led one in
    Yemen) are read in the sentence's country, the home of its state voice."""
    country = lex.home.get(state_voice or "")
    for child in tok.children:
        if child.dep_ in ("amod", "compound", "poss", "nmod", "npadvmod") and child.i < tok.i:
            found = actor_in(child.subtree, actors)
            if found:
                return found
            word = child.text.lower().removesuffix("'s").removesuffix("’s")
            if lex.modifier(word, country=country):
                return lex.modifier(word, country=country)
            # "Russia-backed airstrikes": the backer's forces
            if word in ("backed", "led", "supported"):
                for gc in child.children:
                    if lex.modifier(gc.text, country=country):
                        return lex.modifier(gc.text, country=country)
            if word in ("government", "army", "pro-government") and state_voice:
                return state_voice
    return None


def lemma_keys(tokens: list[Token]) -> set[str]:
    """The lemmas of a phrase, and each noun with its compound ("air force" of "the Syrian Air
    Force"), so that a lexicon can name a wielder of two words."""
    keys = {t.lemma_.lower() for t in tokens}
    keys |= {f"{c.lemma_.lower()} {t.lemma_.lower()}" for t in tokens for c in t.children if c.dep_ == "compound"}
    # "Drones struck ...": a plural noun opening a paragraph that the tagger read as a name keeps its
    # "s" in the lemma; its singular too (session 12, news)
    keys |= {t.lower_[:-1] for t in tokens if t.pos_ == "PROPN" and t.lower_.endswith("s") and len(t.lower_) > 3}
    return keys


def subject_of(verb: Token) -> list[Token]:
    """Subject tokens of a verb, climbing through xcomp/conj/advcl chains when it has none."""
    node = verb
    for _ in range(4):
        subs = [c for c in node.children if c.dep_ in SUBJ_DEPS]
        if subs:
            return [t for s in subs for t in s.subtree]
        if _adverbial_gerund(node):  # "After seizing X, the troops ...": the main clause's subject
            node = node.head.head
            continue
        if node.dep_ in ("xcomp", "conj", "advcl", "acl", "pcomp", "relcl") and node.head.i != node.i:
            if node.dep_ == "relcl":
                return [node.head]
            if node.dep_ == "xcomp":
                # object control: "allowed the army to advance" -> the army
                objs = [c for c in node.head.children if c.dep_ in ("dobj", "obj")]
                if objs:
                    return list(objs[0].subtree)
                # a passive head's subject ("helicopters were reported to have attacked X", "troops
                # were ordered to advance"): the one who did it (africa helper, session 11)
                passive = [c for c in node.head.children if c.dep_ == "nsubjpass"]
                if passive:
                    return list(passive[0].subtree)
            node = node.head
            continue
        break
    return []


def is_destination(root: Token) -> bool:
    """A place named as where a side is heading: "towards X", "toward the city of X"."""
    node = root
    for _ in range(3):
        head = node.head
        if head.dep_ == "prep" and head.lower_ in DESTINATION_PREPS:
            return True
        if head.lower_ == "of" and head.head.i != head.i:  # "the city of X"
            node = head.head
            continue
        return False
    return False


def _adverbial_gerund(node: Token) -> bool:
    """A gerund after an adverbial preposition that hangs on a verb ("after seizing X, ...")."""
    prep = node.head
    return (
        node.dep_ == "pcomp"
        and node.tag_ == "VBG"
        and prep.dep_ == "prep"
        and prep.lower_ in GERUND_PREPS
        and prep.head.pos_ in ("VERB", "AUX")
        and prep.head.dep_ != "relcl"
        # "the caliphate they declared after taking X": a bare pronoun may be the parse's mistake
        and not any(c.dep_ in SUBJ_DEPS and c.lower_ in PRONOUNS for c in prep.head.children)
    )


def agent_of(verb: Token) -> list[Token]:
    """The by-phrase of a passive verb, or of the passive it is coordinated with ("was shot and
    wounded by gunmen": the gunmen shot too)."""
    for c in verb.children:
        if c.dep_ == "agent":
            return [t for gc in c.children for t in gc.subtree]
    for c in verb.children:
        if c.dep_ == "conj" and c.tag_ == "VBN":
            return agent_of(c)
    return []


def prep_objects(tok: Token, preps: Iterable[str]) -> list[Token]:
    wanted = set(preps)
    out: list[Token] = []
    for c in tok.children:
        if c.dep_ in ("prep", "agent") and c.lower_ in wanted:
            for gc in c.children:
                if gc.dep_ in ("pobj", "pcomp"):
                    out.extend(gc.subtree)
    return out


def done_by(verb: Token, lemmas: frozenset[str]) -> bool:
    """Is the verb's doer (its subject, or its agent in the passive) one of these nouns ("settlers
    destroyed", "destroyed by residents")?"""
    doers = agent_of(verb) if is_passive(verb) else subject_of(verb)
    return any(t.lemma_.lower() in lemmas for t in doers if t.dep_ in ("nsubj", "nsubjpass", "pobj"))


def is_passive(verb: Token) -> bool:
    # "IS executed 10 soldiers": the small model reads the acronym IS as the auxiliary "is"
    return any(c.dep_ == "nsubjpass" or (c.dep_ == "auxpass" and c.text != "IS") for c in verb.children)


def is_pronoun_subject(tokens: list[Token]) -> bool:
    if not tokens:
        return False
    heads = [t for t in tokens if t.dep_ in SUBJ_DEPS or t.dep_ == "nsubjpass"] or tokens[:1]
    h = heads[0]
    return h.lower_ in PRONOUNS or (
        h.lemma_.lower() in GROUP_WORDS
        and any(c.lower_ in ("the", "its", "their", "his") for c in h.children)
    )


def reporting_subject(tok: Token) -> list[Token]:
    """The subject of the reporting verb that governs the trigger's clause ("X said it had ...")."""
    node = tok
    for _ in range(6):
        if node.head.i == node.i:
            break
        node = node.head
        if node.lemma_.lower() in REPORTING:
            return subject_of(node)
    return []


def is_reporter(doc: Doc, m: ActorMention) -> bool:
    """ "..., the police said": an actor named as the source of the report, not as a side."""
    head = doc[m.start : m.end].root
    return head.dep_ in SUBJ_DEPS and head.head.lemma_.lower() in REPORTING


# A place used as a modifier of these nouns names a government or a source, not where things happened.
METONYMY_HEADS = word_list("arguments.yaml", "metonymy_heads")
SPEECH_VERBS = word_list("arguments.yaml", "speech_verbs")


# Verbs of governments: a place as their subject stands for its government.
GOVERNING_VERBS = word_list("arguments.yaml", "governing_verbs")
LOCATIVE_PREPS = word_list("arguments.yaml", "locative_prepositions")
LOCATIVE_NOUNS = word_list("arguments.yaml", "locative_nouns")


def is_metonymic(span: Span) -> bool:
    """ "the Damascus envoy", "Moscow said": a place standing for its government."""
    root = span.root
    if root.dep_ in ("compound", "amod", "nmod", "poss") and root.head.lemma_.lower() in METONYMY_HEADS:
        return not _located(root.head)  # (not "gathered in front of the X council")
    if side_named(span) or listed_with_side(span):
        return True  # "troops loyal to Damascus", "Moscow and Damascus say": a side, not a place
    # a place that speaks or governs ("Moscow said", "Washington is leading a coalition")
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in SPEECH_VERBS | GOVERNING_VERBS


def _located(head: Token) -> bool:
    """ "in front of the X governorate", "outside X's city council": the phrase says where."""
    prep = head.head
    if head.dep_ != "pobj":
        return False
    if prep.lower_ == "of" and prep.head.lower_ in LOCATIVE_NOUNS:
        return True
    return prep.lower_ in LOCATIVE_PREPS and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children)


def tree_distance(a: Token, b: Token) -> int:
    pa = [a, *a.ancestors]
    pb = [b, *b.ancestors]
    ib = {t.i: n for n, t in enumerate(pb)}
    for n, t in enumerate(pa):
        if t.i in ib:
            return n + ib[t.i]
    return 99


def choose_place(
    trigger: Token, places: list[PlaceMention], *, skip_before: int = -1, prefer: Iterable[Token] = ()
) -> PlaceMention | None:
    """The place the event happened: the one nearest the trigger in the parse tree."""
    if not places:
        return None
    doc = trigger.doc
    pref = {t.i for t in prefer}
    # places inside the phrase naming who speaks ("a senior fellow in London said"), but not the
    # trigger's own phrase when the parser hangs it there ("Russian strikes killed 2 in Palmyra, X said")
    own = {t.i for t in trigger.subtree} | {a.i for a in trigger.ancestors}
    speakers = {t.i for tok in trigger.sent if tok.lemma_.lower() in REPORTING and not trigger.is_ancestor(tok)
                for t in subject_of(tok) if t.i not in own}  # fmt: skip
    best: tuple[float, PlaceMention] | None = None
    finer = any(pm.place.precision != "country" for pm in places)
    origins = fire_origins(trigger, places)
    for pm in places:
        span = doc[pm.token_start : pm.token_end]
        if is_metonymic(span) or span.root.i in speakers or id(pm) in origins:
            continue
        if (
            finer
            and pm.place.precision == "country"
            and span.root.dep_ in ("compound", "amod", "nmod", "poss")
        ):
            continue  # "a US soldier was killed ... in Iraq's Nineveh province": whose, not where
        if not pm.cc and span.root.dep_ in ("nsubj", "nsubjpass", "appos"):
            continue  # a name no gazetteer knows, as a subject: a participant ("Zubaydah was shot")
        head = span.root.head
        if (
            head.dep_ == "prep" and head.head.lemma_.lower() in REPORTING and head.head.i != trigger.i
            and not (trigger.dep_ == "nsubjpass" and trigger.head.i == head.head.i)
        ):  # fmt: skip
            continue  # "told reporters in Geneva": where it was said ("clashes were reported in X": the event's)
        if is_destination(span.root):
            continue  # "advanced towards X amid heavy fighting": where they were going, not where they fought
        root = span.root
        d = float(tree_distance(trigger, root))
        if d > 12:
            continue
        d += abs(trigger.i - root.i) * 0.01
        if pm.place.precision == "country":
            d += 4
        elif pm.place.precision == "admin1":
            d += 1
        if pm.end <= skip_before:
            d += 6
        if root.i in pref:
            d -= 1.5
        if trigger.is_ancestor(root):
            d -= 1.0
        head = root.head
        if head.dep_ == "prep" or head.pos_ == "ADP":
            if head.lower_ in (
                "in",
                "at",
                "on",
                "near",
                "inside",
                "into",
                "of",
                "around",
                "outside",
                "across",
                "towards",
                "toward",
                "to",
            ):
                d -= 0.5
            elif head.lower_ in ("from",) and trigger.lemma_ not in ("withdraw", "drive", "expel", "oust"):
                d += 1.0
        if best is None or d < best[0]:
            best = (d, pm)
    return best[1] if best else None


_DETAIL_NOUNS = word_list("arguments.yaml", "detail_nouns")


def place_detail(pm: PlaceMention, doc: Any) -> str | None:
    """A sub-place named with the place: "the old quarter of a town" -> "old quarter"."""
    root = doc[pm.token_start : pm.token_end].root
    head = root.head
    if head.lower_ == "of" and head.head.lemma_.lower() in _DETAIL_NOUNS and head.head.i < root.i:
        noun = head.head
        words = [t.text for t in noun.subtree if t.i <= noun.i and t.dep_ != "det" and t.pos_ != "DET"]
        return " ".join(words) or None
    return None


def attribution(
    sent: Span, actors: list[ActorMention], *, country_voice: str | None, named_sources: Set[str]
) -> str | None:
    """Who the sentence attributes its content to: an actor, a named source, or None (the outlet's voice)."""
    text = span_text(sent)
    for tok in sent:
        if tok.lemma_.lower() in REPORTING and tok.pos_ in ("VERB", "AUX"):
            subj = subject_of(tok)
            if not subj:
                continue
            name = _source_name(" ".join(t.text for t in subj), country_voice, named_sources)
            if name:
                return name
            found = actor_in(subj, actors)
            if found:
                return found
            ents = [
                text
                for text, label in _ents_within(sent.doc, subj[0].i, subj[-1].i + 1)
                if label in ("ORG", "PERSON", "NORP", "GPE")
            ]
            if ents:
                return ents[0]
    m = re.search(r"\baccording to (?:the )?([^,.;]{3,80})", text)
    if m:
        name = _source_name(m.group(1), country_voice, named_sources)
        return name or m.group(1).strip()
    return None


def _ents_within(doc: Doc, start: int, end: int) -> list[tuple[str, str]]:
    """(text, label) of the named entities wholly inside doc[start:end], read from the tokens'
    IOB tags: Span.ents would scan every entity of the document, once per sentence."""
    out = []
    i = start
    while i < end:
        if doc[i].ent_iob_ != "B":
            i += 1
            continue
        j = i + 1
        while j < len(doc) and doc[j].ent_iob_ == "I":
            j += 1
        if j <= end:
            out.append((doc[i:j].text, doc[i].ent_type_))
        i = j
    return out


def _source_name(text: str, country_voice: str | None, named_sources: Set[str]) -> str | None:
    best: tuple[int, SourceAlias] | None = None
    for rx, alias in load_sources():
        for m in rx.finditer(text):
            if (
                alias.name == "Syrian Observatory for Human Rights"
                and "monitor" in m.group(0).lower()
                and alias.name not in named_sources
            ):
                continue
            if best is None or len(m.group(0)) > best[0]:
                best = (len(m.group(0)), alias)
    if best is None:
        return None
    return country_voice if best[1].is_state_voice else best[1].name
