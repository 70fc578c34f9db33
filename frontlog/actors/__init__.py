"""Actors: the lexicon of canonical actors and their aliases (data/actors.yaml), resolved in context.

Each actor has a readable canonical name (what `actor1`/`actor2` hold) and ACLED's name for it
(frontlog.actors.acled), which depends on the event's country and date.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from typing import Any

import yaml

from frontlog.actors.acled import (
    INTER,
    AcledActor,
    AcledRule,
    ActorCoding,
    Regime,
    StateInfo,
    acled_key,
    country_iso2,
    country_label,
    in_period,
    interaction,
)

KINDS = frozenset(INTER)
ARMED = frozenset({"state", "nonstate", "militia", "communal", "external"})

__all__ = [
    "ARMED", "INTER", "KINDS", "AcledActor", "AcledRule", "ActorCoding", "ActorLexicon", "AliasRule", "Regime",
    "StateInfo", "acled_key", "interaction", "load_actor_lexicon",
]  # fmt: skip


@dataclass(frozen=True, slots=True)
class AliasRule:
    actor: str
    country: str | None = None
    requires: str | None = None  # the alias means this actor only if that actor is named in the article
    valid_from: str | None = None  # YYYY-MM
    valid_to: str | None = None

    def holds(self, *, country: str | None, when: date | None, named: frozenset[str]) -> bool:
        if self.country and country != self.country:
            return False
        if self.requires and self.requires not in named:
            return False
        return in_period(when, self.valid_from, self.valid_to)


def _first(
    rules: tuple[AliasRule, ...], country: str | None, when: date | None, named: frozenset[str]
) -> str | None:
    return next((r.actor for r in rules if r.holds(country=country, when=when, named=named)), None)


@dataclass(frozen=True, slots=True)
class ActorLexicon:
    kinds: dict[str, str]  # canonical actor -> kind
    home: dict[str, str]  # canonical actor -> ISO2 country where it is the state (or where it fights)
    rules: dict[str, tuple[AliasRule, ...]]  # match label -> rules, first that holds wins
    aliases: dict[str, list[str]]  # match label -> alias strings
    modifiers: dict[str, str]  # lower-case adjective -> its actor wherever no country rule holds
    allies: dict[str, frozenset[str]]  # actor -> the actors it fights alongside
    specialisations: dict[str, tuple[str, ...]]  # general actor -> specific actors it can stand for
    modifier_rules: dict[str, tuple[AliasRule, ...]]  # lower-case adjective -> rules in context
    acled_rules: dict[str, tuple[AcledRule, ...]]  # canonical actor -> its ACLED names
    state_of: dict[str, str]  # canonical actor -> ISO2 of the state whose forces it is
    states: dict[str, StateInfo]  # ISO2 -> ACLED's country name and government periods
    crowds: dict[str, str]  # event_type -> the crowd actor its events always have (Protests: Protesters)
    unnamed: dict[str, str] = field(default_factory=dict)  # sub_event_type -> who did it when no one is named
    unnamed_air: tuple[AliasRule, ...] = ()  # who flies an air strike no one is named for, by country
    hedged: dict[str, str] = field(default_factory=dict)  # "Syrian or Russian forces" -> the side it is when named
    victims: dict[str, tuple[str, bool]] = field(default_factory=dict)  # sub_event_type -> (actor2 unnamed, if deadly)
    crowd_second: frozenset[str] = frozenset()  # sub_event_types whose crowd is actor2 (the forces act)
    stands_for: dict[str, dict[str, str]] = field(default_factory=dict)  # "Police forces" -> ISO2 -> "Kenyan police"
    communities: dict[str, str] = field(default_factory=dict)  # "Pokot" -> "Pokot ethnic militia"
    community_nouns: frozenset[str] = frozenset()  # "the Pokot and Tugen communities"
    community_sides: frozenset[str] = frozenset()  # "clashes between the Pokot and Tugen"

    @property
    def crowd_actors(self) -> frozenset[str]:
        """The actors that are crowds or unarmed people: civilians, protesters, rioters."""
        return frozenset(a for a, k in self.kinds.items() if k in ("civilians", "protesters", "rioters"))

    def specialise(self, actor: str | None, named: frozenset[str]) -> str | None:
        """The specific actor a general name stands for when the article names one."""
        for specific in self.specialisations.get(actor or "", ()):
            if specific in named:
                return specific
        return actor

    def are_allies(self, a: str | None, b: str | None) -> bool:
        return a is not None and b is not None and (a == b or b in self.allies.get(a, frozenset()))

    def same_state(self, a: str | None, b: str | None) -> bool:
        """Two forces of one state (its army and its police): one acting side when one article
        tells the same act of both ("the army said it found ...", "police said they found ...")."""
        state = self.state_of.get(a or "")
        kinds = (self.kinds.get(a or ""), self.kinds.get(b or ""))
        return state is not None and state == self.state_of.get(b or "") and kinds == ("state", "state")

    def is_armed(self, actor: str | None) -> bool:
        return actor is not None and self.kinds.get(actor) in ARMED

    def resolve(
        self,
        label: str,
        *,
        country: str | None = None,
        when: date | None = None,
        named: frozenset[str] = frozenset(),
    ) -> str | None:
        return _first(self.rules.get(label, ()), country, when, named)

    def modifier(self, word: str, *, country: str | None = None, when: date | None = None) -> str | None:
        """The actor an adjective names before a trigger noun ("coalition airstrikes") in that country."""
        word = word.lower()
        return _first(self.modifier_rules.get(word, ()), country, when, frozenset()) or self.modifiers.get(
            word
        )

    def crowd_pair(self, event_type: str, a1: str | None, a2: str | None) -> tuple[str | None, str | None]:
        """ACLED's actors of a protest or a riot: the crowd first (Protesters, Rioters), then whom it
        faces (the police that intervened, the people a mob attacked); other event types unchanged."""
        crowd = self.crowds.get(event_type)
        if crowd is None:
            return a1, a2
        if a1 is not None and a1 != crowd and self.kinds.get(a1) == self.kinds.get(crowd):
            crowd = a1  # a crowd ACLED names ("Settlers (Israel)" rampaging) is the riot's own (session 14)
        drop = {crowd} | ({a for a, k in self.kinds.items() if k in ("civilians", "protesters", "rioters")}
                          if self.kinds.get(crowd) == "protesters" else set())  # fmt: skip
        others = [a for a in (a1, a2) if a and a not in drop]
        return crowd, (others[0] if others else None)

    def acled_pair(
        self, event_type: str, sub_event_type: str, a1: str | None, a2: str | None, *,
        country: str | None = None, when: date | None = None, fatalities: int | None = None,
    ) -> tuple[str | None, str | None]:
        """An event's actors as ACLED codes them: a crowd's event has its crowd (first, or second
        where the forces act on it), an attack no one is named for its unidentified attackers,
        violence against civilians its civilians (crowd_pair, unnamed_attacker, victims)."""
        cc = self.country_code(country)
        a1, a2 = (self.stands_for.get(a or "", {}).get(cc or "", a) for a in (a1, a2))  # "police" of the place
        a1, a2 = self.crowd_pair(event_type, a1, a2)
        if sub_event_type in self.crowd_second and a2 is not None:
            a1, a2 = a2, a1  # "police fired on protesters": Police Forces / Protesters
        a1 = self.unnamed_attacker(sub_event_type, a1, a2, country=country, when=when)
        victim, deadly = self.victims.get(sub_event_type, (None, False))
        if a2 is None and victim is not None and victim != a1 and (not deadly or (fatalities or 0) > 0):
            a2 = victim
        return a1, a2

    def unnamed_attacker(
        self, sub_event_type: str, a1: str | None, a2: str | None, *, country: str | None = None,
        when: date | None = None,
    ) -> str | None:
        """ACLED's actor1 of an attack whose perpetrator the text does not name (an IED went off,
        a man was abducted): "Unidentified armed group"; an air strike in a war where one side
        alone flies: that side; a named actor1 is kept."""
        if a1 is not None:
            return a1
        if sub_event_type == "Air/drone strike":
            flier = _first(self.unnamed_air, self.country_code(country), when, frozenset())
            return flier if flier != a2 else None
        unnamed = self.unnamed.get(sub_event_type)
        return unnamed if unnamed != a2 else None

    def is_state(self, actor: str | None) -> bool:
        return actor is not None and self.kinds.get(actor) in ("state", "external")

    def country_name(self, iso2: str | None) -> str:
        """The country as ACLED names it ("Democratic Republic of Congo", "Palestine")."""
        return country_label(iso2, {k: s.name for k, s in self.states.items()})

    def country_code(self, name: str | None) -> str | None:
        """ISO2 of a country named as GeoNames or ACLED name it (or given as its code)."""
        return country_iso2(name, {k: s.name for k, s in self.states.items()})

    def acled(self, actor: str | None, *, country: str | None, when: date | None) -> AcledActor | None:
        """ACLED's name and inter code of a canonical actor in an event of that country (ISO2) and date.

        An unknown actor keeps its name, coded as a rebel group (2)."""
        if not actor:
            return None
        kind = self.kinds.get(actor, "nonstate")
        rule = next((r for r in self.acled_rules.get(actor, ()) if r.holds(country, when)), None)
        state = self.state_of.get(actor)
        inter = rule.inter if rule and rule.inter is not None else INTER[kind]
        if (rule is None or rule.inter is None) and state and kind in ("state", "external") and country:
            inter = 1 if country == state else 8
        if rule is None:
            return AcledActor(actor, inter)
        info = self.states.get(state or "")
        name = rule.name.format(
            country=self.country_name(country),
            state=self.country_name(state) if state else "",
            period=(info.period(when) if info else None) or "",
        )
        return AcledActor(" ".join(name.replace("()", "").split()), inter)

    def coding(
        self, actor1: str | None, actor2: str | None, *, country: str | None, when: date | None
    ) -> ActorCoding:
        """The ACLED fields of an event's actor pair (country: ISO2 or a country name)."""
        cc = self.country_code(country) if country and len(country) != 2 else country
        a1 = self.acled(actor1, country=cc, when=when)
        a2 = self.acled(actor2, country=cc, when=when)
        i1, i2 = (a1.inter if a1 else None), (a2.inter if a2 else None)
        return ActorCoding(a1.name if a1 else None, i1, a2.name if a2 else None, i2, interaction(i1, i2))


LEXICON_FILE = "actors.yaml"


def _period(value: str | None) -> tuple[str | None, str | None]:
    if not value:
        return None, None
    if not re.fullmatch(r"(\d{4}-\d{2})?\.\.(\d{4}-\d{2})?", value):
        raise ValueError(
            f"{LEXICON_FILE}: bad valid period {value!r} (use YYYY-MM..YYYY-MM, either side open)"
        )
    lo, hi = value.split("..")
    return lo or None, hi or None


@functools.cache
def load_actor_lexicon() -> ActorLexicon:
    from frontlog.actors.loader import build_lexicon

    raw: dict[str, Any] = yaml.safe_load(
        (resources.files("frontlog.actors") / "data" / LEXICON_FILE).read_text("utf-8")
    )
    return build_lexicon(raw)
