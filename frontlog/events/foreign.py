"""A foreign force's nationality is no evidence for the country of the places it strikes.

"Turkish warplanes struck X", "Russian jets bombed X", "Israeli forces raided X": the adjective
names the attacker's state, whose forces here fight abroad (the actor lexicon's `external`
kind). The place resolver counts every demonym of the text as evidence for its country; for the
demonyms inside the name of such a force (or naming another country than the home of an actor
that has one: "Syrian or Russian warplanes", "Turkish-backed rebels"), that evidence is taken
back, so that X is looked for where the article's other places and actors put it (a force at
home, "Syrian government forces", keeps its country through the actor's home:
`ActorLexicon.home`). The territory linked to the force's country (places/data/linked_countries.tsv:
the West Bank and Gaza for Israel) keeps the evidence it had from the demonym.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from frontlog.actors import ActorLexicon
from frontlog.places.abroad import linked_countries

__all__ = ["foreign_force_demonyms"]


def foreign_force_demonyms(actor_spans: Iterable[Any], actors: ActorLexicon, demonyms: dict[str, str]) -> Counter[str]:
    """Country -> number of demonym tokens inside actor spans that do not say where the actor
    fights: every demonym of a force abroad (kind `external` with no home: "Turkish forces",
    "Russian warplanes"), and those naming another country than an actor's home ("Russian" of
    "Syrian or Russian warplanes", "Turkish" of "Turkish-backed rebels")."""
    out: Counter[str] = Counter()
    for span in actor_spans:
        actor = actors.resolve(span.label_)
        home = actors.home.get(actor or "")
        if not actor or (home is None and actors.kinds.get(actor) != "external"):
            continue
        for tok in span:
            cc = demonyms.get(tok.lower_)
            if cc and len(cc) == 2 and cc != home:
                out[cc] += 1
                for a, b, w in linked_countries():  # "Israeli troops raided Jenin": the West Bank
                    if a == cc and b != home:
                        out[b] -= w  # type: ignore[assignment]  # (evidence may be fractional)
    return out
