"""A chemical attack told with the strike, shell or attack that delivered it: one Chemical weapon event.

ACLED codes the use of chemical weapons as its own sub-type, however the agent was delivered: a
helicopter's chlorine barrel bomb, rockets carrying sarin. An article tells the attack with both
words ("warplanes carried out strikes that released toxic gas", "regime forces fired rockets in
what activists called a poison gas attack"), so the trigger lexicon gives a strike or a shelling
beside the chemical attack at one place on one day. Here, inside one article, such a mention is
retyped as the chemical attack (with its sides where it names them), so that merging makes one
event of them: the mentions at the place and day of a Chemical weapon mention told in its
sentence or in a sentence that names a chemical agent; and a strike or shelling whose own
sentence names an agent as its weapon. A strike told after the chemical attack ("after the gas
attack, jets bombed the hospital") is an event of its own. Session 14, helper news.
"""

from __future__ import annotations

import re
from dataclasses import replace

from frontlog.events.lexicon import word_list
from frontlog.records import Mention

CHEMICAL = "Chemical weapon"
REMOTE = "Explosions/Remote violence"
CIVILIANS = "Civilians"
UNNAMED = (None, "Unidentified armed group")
DELIVERY = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})  # retyped on an agent alone
TOLD_WITH = DELIVERY | {"Attack", "Armed clash"}  # folded where a chemical attack is coded
_AGENTS = "|".join(
    re.escape(w) for w in sorted(word_list("fold.yaml", "chemical_agents"), key=len, reverse=True)
)
_AGENT = re.compile(rf"\b(?:{_AGENTS})\b", re.IGNORECASE)
_EARLIER = word_list("fold.yaml", "earlier_words")
_LINKS = word_list("fold.yaml", "weapon_links")


def names_agent(sentence: str) -> bool:
    """The sentence names a chemical agent as the weapon that was carried ("rockets carrying toxic
    gas", "struck with chlorine"), not as an attack before the one it tells."""
    return any(link for link, earlier in _agents(sentence) if not earlier)


def _agents(sentence: str) -> list[tuple[bool, bool]]:
    """For each chemical agent the sentence names: whether a weapon carried it (a link word among
    the three words before it) and whether it is told as an earlier attack (among the five)."""
    out = []
    for match in _AGENT.finditer(sentence):
        before = [w.lower() for w in re.findall(r"[A-Za-z]+", sentence[: match.start()])[-5:]]
        out.append((any(w in _LINKS for w in before[-3:]), any(w in _EARLIER for w in before)))
    return out


def fold_chemical(mentions: list[Mention]) -> list[Mention]:
    """Strikes, shellings, attacks and clashes told as a chemical attack become that attack; the
    chemical mentions of one place and day then share one pair of sides (one event when merged)."""
    chemical = [m for m in mentions if m.sub_event_type == CHEMICAL and m.date_precision == "day"]
    told = [_told_as_chemical(m, chemical) for m in mentions]
    own = {id(c) for c in chemical}
    families: dict[tuple[str, str], list[Mention]] = {}
    for m, is_told in zip(mentions, told, strict=True):
        if is_told or id(m) in own:
            families.setdefault((m.event_date, m.place.name), []).append(m)
    sides = {key: _sides(family) for key, family in families.items() if len(family) > 1}
    out = []
    for m, is_told in zip(mentions, told, strict=True):
        pair = sides.get((m.event_date, m.place.name)) if is_told or id(m) in own else None
        if is_told or pair is not None:
            a1, a2 = pair or (m.actor1, m.actor2)
            m = replace(m, event_type=REMOTE, sub_event_type=CHEMICAL, actor1=a1, actor2=a2)
        out.append(m)
    return out


def _told_as_chemical(m: Mention, chemical: list[Mention]) -> bool:
    if m.sub_event_type not in TOLD_WITH or m.date_precision != "day":
        return False
    agents = _agents(m.source.sentence)
    agent = any(link for link, earlier in agents if not earlier)
    if agent and m.sub_event_type in DELIVERY:
        return True
    if agents and all(earlier for _, earlier in agents):
        return False  # "hours after the gas attack, jets bombed the hospital": another event
    return any(
        c.event_date == m.event_date and c.place.name == m.place.name
        and (c.source.start == m.source.start or agent)
        for c in chemical
    )  # fmt: skip


def _sides(family: list[Mention]) -> tuple[str | None, str | None]:
    """The chemical attack's sides: its own attacker, else the one a strike or shelling names (a
    clash's sides are the fighting's, not the attack's); its victims, civilians first."""
    ranked = sorted(family, key=lambda m: (m.sub_event_type != CHEMICAL, m.sub_event_type == "Armed clash"))
    a1 = next(
        (m.actor1 for m in ranked if m.actor1 not in UNNAMED and m.sub_event_type != "Armed clash"), None
    )
    a1 = a1 or next((m.actor1 for m in ranked if m.actor1), None)
    victims = [m.actor2 for m in ranked]
    a2 = CIVILIANS if CIVILIANS in victims else next((v for v in victims if v and v != a1), None)
    return a1, a2
