"""Withdrawals that hand over no ground: an attacker "forced to withdraw" with no place it
withdrew from was repelled (ACLED: an armed clash, no change of territory)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from frontlog.events.lexicon import word_list

COMPEL_VERBS = word_list("cues.yaml", "compel_verbs")
RAID_VERBS = frozenset(word_list("cues.yaml", "raid_verbs"))
_CLAUSE_DEPS = frozenset({"conj", "advcl", "pcomp", "prep", "xcomp", "dep"})
_PRONOUNS = frozenset({"they", "he", "she", "it"})
FROM_WORDS = frozenset({"from", "out"})


def forced_back(tok: Token) -> bool:
    """ "the troops forced them to withdraw in disarray": a withdrawal a verb of compelling governs,
    with no "from"/"out of" (a place given up) and no object of its own. "forced IS to withdraw
    from the town" is a loss of ground and stays a capture."""
    if tok.dep_ not in ("xcomp", "ccomp") or tok.head.lemma_.lower() not in COMPEL_VERBS:
        return False
    return not any(c.dep_ in ("dobj", "obj") or c.lower_ in FROM_WORDS or c.dep_ == "prt" for c in tok.children)


def forced_withdrawal(sent: Span, withdraw_lemmas: frozenset[str]) -> bool:
    """ "overran the base, forcing troops to withdraw", "forced the army to retreat from X": a
    withdrawal the other side compelled is a battle's outcome, never a handover without a fight
    (session 11, helper "wire")."""
    return any(
        t.lemma_.lower() in COMPEL_VERBS
        and any(c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in withdraw_lemmas for c in t.children)
        for t in sent
    )


def raiders_left(tok: Token) -> bool:
    """ "gunmen stormed the village ... then withdrew", "fought troops for hours before withdrawing":
    a withdrawal told as a clause of the same side's raid (no subject of its own, or a pronoun)
    ends the raid; the raid is the event, no ground changed hands (session 13, helper "wire")."""
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in _PRONOUNS for c in tok.children):
        return False  # "... and the troops withdrew": another side's withdrawal
    node = tok
    for _ in range(4):
        if node.dep_ not in _CLAUSE_DEPS or node.head is node:
            return False
        node = node.head
        if node.pos_ in ("VERB", "AUX") and node.lemma_.lower() in RAID_VERBS:
            return True
    return False
