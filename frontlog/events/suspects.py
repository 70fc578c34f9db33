"""The side a text holds responsible for an attack whose own clause names no perpetrator: "an IED
went off in X ... The device was presumably planted by IS militants", "a bomb (likely by IS)",
"the PKK is believed to be responsible for the attack". ACLED codes the suspected or claimed
perpetrator; without one the attack stays with no actor1 (coded later as an unidentified armed
group). Words in lexicon/arguments.yaml."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from frontlog.events.arguments import ActorMention, resolve_actor_spans
from frontlog.events.context import SentenceContext, Trigger
from frontlog.events.lexicon import EventLexicon, word_list

HEDGES = word_list("arguments.yaml", "attribution_hedges")
VERBS = word_list("arguments.yaml", "attribution_verbs")
RESPONSIBLE = word_list("arguments.yaml", "responsibility_words")
ACCUSING = word_list("arguments.yaml", "accusing_verbs")
DENIALS = word_list("arguments.yaml", "denial_verbs")
CLAIMING = frozenset(word_list("roles.yaml", "claiming_verbs"))
HELD_PASSIVE = frozenset(word_list("roles.yaml", "held_passive_verbs"))
REMOTE = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})


def suspected_perpetrator(trig: Trigger, sc: SentenceContext, a2: str | None) -> str | None:
    """The armed side the trigger's sentence or the next one holds responsible (not the victims)."""
    lex = sc.art.actors
    if trig.type not in lex.unnamed and trig.type not in REMOTE:
        return None
    doc = sc.sent.doc
    for sent, mentions in _this_and_next(sc):
        for m in mentions:
            if m.actor == a2 or not lex.is_armed(m.actor):
                continue
            clause = _held_responsible(doc, m, sent, sc.art.lex)
            if clause is not None and not _of_another_event(clause, trig, sc):
                return m.actor
    return None


def _of_another_event(clause: Token, trig: Trigger, sc: SentenceContext) -> bool:
    """The attribution hangs under another event's noun ("the gas attack that Washington blamed on
    X", "shells fired by X hit ..." in the sentence after an air strike): it is that event's."""
    lex = sc.art.lex
    node = clause
    for _ in range(12):
        if node.i == trig.token.i:
            return False
        if node.i != clause.i and node.pos_ == "NOUN" and lex.lemma(node) in lex.nouns:
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _this_and_next(sc: SentenceContext) -> list[tuple[Span, list[ActorMention]]]:
    """The trigger's sentence and the two after it ("Four people were killed in twin blasts. One
    hit a hotel, the other a bus station. Al-Shabaab was suspected.": session 14, was one)."""
    out = [(sc.sent, list(sc.actors))]
    doc, art = sc.sent.doc, sc.art
    end = sc.sent.end
    for _ in range(2):
        if end >= len(doc):
            break
        nxt = doc[end].sent
        spans = [s for s in art.actor_spans if nxt.start <= s.start < nxt.end]
        out.append(
            (nxt, resolve_actor_spans(spans, art.actors, country=sc.country, when=art.pub, named=art.named))
        )
        end = nxt.end
    return out


def _held_responsible(doc: Doc, m: ActorMention, sent: Span, sc_lex: EventLexicon) -> Token | None:
    """The word that holds the mention responsible (a verb, a hedge), or None."""
    root = _root(doc, m)
    prep = root.head
    if root.dep_ == "pobj" and prep.lower_ in ("by", "on"):
        gov = prep.head
        before = {t.lower_ for t in doc[max(sent.start, prep.i - 3) : prep.i]}
        held = gov.lemma_.lower() in VERBS or gov.lower_ in HEDGES or bool(before & HEDGES)
        return gov if held else None
    if root.dep_ in ("dobj", "obj") and root.head.lemma_.lower() in ACCUSING:
        return root.head  # "the army blamed X for the blast"
    verb = root.head
    if verb.lemma_.lower() in DENIALS or any(c.dep_ == "neg" for c in verb.children):
        return None  # "the government denied responsibility", "X was not behind it"
    if root.dep_ in ("nsubj", "nsubjpass") and verb.pos_ in ("VERB", "AUX") and _claims(root, verb, sc_lex):
        return verb  # "Al-Shabaab claimed the attack", "IS was suspected" (session 14)
    if root.dep_ in ("nsubj", "nsubjpass") and verb.pos_ in ("VERB", "AUX"):
        own = {t.i for t in root.subtree}
        held = any(
            t.lemma_.lower() in RESPONSIBLE or t.lower_ in RESPONSIBLE
            for t in root.head.subtree
            if t.i not in own
        )
        return root.head if held else None
    return None


def _claims(root: Token, verb: Token, lex: EventLexicon) -> bool:
    """The mention claims an attack ("X claimed the bombing") or is suspected or blamed ("X was
    suspected", "X is blamed")."""
    lemma = verb.lemma_.lower()
    if root.dep_ == "nsubjpass":
        return lemma in HELD_PASSIVE
    objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    return lemma in CLAIMING and any(lex.lemma(o) in lex.nouns for o in objs)


def _root(doc: Doc, m: ActorMention) -> Token:
    """The mention's head: its token whose head is outside it."""
    toks = doc[m.start : m.end]
    return next((t for t in toks if not m.start <= t.head.i < m.end), toks[-1])
