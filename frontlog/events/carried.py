"""An attack told with no weapon and no attacker, just after air strikes or shelling, is one of them.

"Air raids also continued west of the city. An attack on the village of X killed 19 people.";
"Some 120 fighters were killed in a series of air strikes, the ministry said. A command post was
destroyed near X and 40 fighters were killed around Y."; "US air strikes hit the city on Saturday.
Dozens were wounded in the raids.": the second sentence's words of attack (lexicon/cues.yaml
`open_attack_lemmas`) leave its sub-type open, and name no attacker who would fight on the ground;
a coder reading the paragraph codes the air strike or shelling of the sentences just before
(ACLED types an event by how it was done, which the report tells once). Only when every violent
trigger of the sentence is such an open word (not "killed in clashes"). (ntypes, session 16)
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from frontlog.doctext import doc_text
from frontlog.events.arguments import is_passive
from frontlog.events.context import SentenceContext, Trigger, sentences
from frontlog.events.lexicon import word_list
from frontlog.events.triggers import find_triggers

OPEN = frozenset(word_list("cues.yaml", "open_attack_lemmas"))
OPEN_TYPES = frozenset({"Armed clash", "Attack"})
REMOTE = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})
BEFORE = 2  # sentences looked back
POSTS = frozenset(word_list("cues.yaml", "ground_targets"))  # checkpoint, base, camp, convoy ...
AIM_PREPS = frozenset({"on", "against", "at"})
TOLL_WORDS = frozenset(word_list("fold.yaml", "toll_words"))
_SHIFTS = "|".join(re.escape(w) for w in word_list("cues.yaml", "topic_shifts"))
_SHIFT = re.compile(rf"\W*(?:{_SHIFTS})\b|\W*in neighbo(?:u)?ring\b", re.IGNORECASE)  # "Meanwhile, ...", "In neighbouring X, ..."
_NO_SUBJECTS: frozenset[int] = frozenset()  # (no place or actor tokens for the sentences before: only their types are read)


def carried_types(triggers: list[Trigger], sc: SentenceContext) -> list[Trigger]:
    """The sentence's open attack triggers typed by the remote violence told just before (see above)."""
    violent = [t for t in triggers if t.type in OPEN_TYPES | REMOTE and not _toll(t, sc)]
    if not violent or not all(_open(t, sc) for t in violent):
        return triggers
    kind = _told_before(sc)
    if kind is None:
        return triggers
    return [Trigger(t.token, t.rule, kind, t.is_verb) if t in violent else t for t in triggers]


def _toll(t: Trigger, sc: SentenceContext) -> bool:
    """A passive killing or wounding with no killer named ("At least six people were killed, according
    to ...", "Two civilians were killed in Juba"): the toll of the event told before or a killing of its
    own (events/followups.py, fold.fold_tolls), left as it is; it names no weapon to carry."""
    tok = t.token
    return t.is_verb and is_passive(tok) and tok.lower_ in TOLL_WORDS


def _open(t: Trigger, sc: SentenceContext) -> bool:
    """An open word of attack (its type from no weapon), with no attacker of its own."""
    tok = t.token
    return t.type in OPEN_TYPES and tok.lemma_.lower() in OPEN and not _attacker(tok, sc) and not _at_post(tok)


def _at_post(tok: Token) -> bool:
    """ "An attack on a checkpoint", "an attack on a displacement camp": aimed at a post, base, camp or
    convoy, an attack on the ground as often as from the air, so no strike's type is carried to it
    (review, session 16: "Air strikes hit X. An attack on a checkpoint in Y killed five soldiers")."""
    aims = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in AIM_PREPS for g in c.children if g.dep_ == "pobj"]
    return any(a.lemma_.lower() in POSTS for a in aims)


def _attacker(tok: Token, sc: SentenceContext) -> bool:
    """The trigger names who did it: the subject or agent of its verb, or of the verb it hangs on
    ("rebels launched an attack", "militiamen killed seven in an attack on X", "the army dealt a
    blow to the group, killing its commander"), a "by" phrase, or an actor as the noun's modifier."""
    verb, path = tok, {tok.i}
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
        path.add(verb.i)
    for _ in range(3):  # (and of the clause a participle or a conjunct hangs on: "the army struck X, killing 5")
        if any(c.dep_ in ("nsubj", "agent", "csubj") and c.i not in path for c in verb.children):
            return True
        if verb.dep_ not in ("advcl", "xcomp", "conj") or verb.head.i == verb.i:
            break
        verb = verb.head
    return any(
        c.dep_ == "prep" and c.lower_ == "by" or c.dep_ in ("poss", "compound", "amod") and c.i in sc.actor_tokens
        for c in tok.children
    )  # fmt: skip


def _told_before(sc: SentenceContext) -> str | None:
    """The type of the first air strike or shelling of the nearest sentence before (up to BEFORE,
    in the same paragraph, the sentence turning to no other story) that tells one."""
    sents = sentences(sc)
    text = doc_text(sc.sent.doc)
    if _SHIFT.match(sc.sent.text):
        return None
    for i in range(sc.index - 1, max(sc.index - BEFORE, 0) - 1, -1):
        if "\n" in text[sents[i].end_char : sents[i + 1].start_char]:
            return None  # (a paragraph's break: another story)
        found = find_triggers(sents[i], sc.art.lex, _NO_SUBJECTS, _NO_SUBJECTS)
        kind = next((t.type for t in found if t.type in REMOTE), None)
        if kind is not None:
            return kind
    return None
