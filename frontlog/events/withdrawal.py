"""Withdrawals that hand over no ground: an attacker "forced to withdraw" with no place it
withdrew from was repelled (ACLED: an armed clash, no change of territory)."""

from __future__ import annotations

from spacy.tokens import Token

from frontlog.events.lexicon import word_list

COMPEL_VERBS = word_list("cues.yaml", "compel_verbs")
FROM_WORDS = frozenset({"from", "out"})


def forced_back(tok: Token) -> bool:
    """ "the troops forced them to withdraw in disarray": a withdrawal a verb of compelling governs,
    with no "from"/"out of" (a place given up) and no object of its own. "forced IS to withdraw
    from the town" is a loss of ground and stays a capture."""
    if tok.dep_ not in ("xcomp", "ccomp") or tok.head.lemma_.lower() not in COMPEL_VERBS:
        return False
    return not any(c.dep_ in ("dobj", "obj") or c.lower_ in FROM_WORDS or c.dep_ == "prt" for c in tok.children)
