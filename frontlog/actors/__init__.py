"""Actors: the lexicon of canonical actors and their aliases (data/actors.yaml), resolved in context."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date
from importlib import resources
from typing import Any

import yaml

KINDS = frozenset({"state", "nonstate", "civilians", "external"})


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
        if when is not None:
            ym = f"{when.year:04d}-{when.month:02d}"
            if self.valid_from and ym < self.valid_from:
                return False
            if self.valid_to and ym > self.valid_to:
                return False
        return True


@dataclass(frozen=True, slots=True)
class ActorLexicon:
    kinds: dict[str, str]  # canonical actor -> kind
    home: dict[str, str]  # canonical actor -> ISO2 country where it is the state
    rules: dict[str, tuple[AliasRule, ...]]  # match label -> rules, first that holds wins
    aliases: dict[str, list[str]]  # match label -> alias strings
    modifiers: dict[str, str]  # lower-case adjective -> canonical actor (only as trigger modifiers)
    allies: dict[str, frozenset[str]]  # actor -> the actors it fights alongside
    specialisations: dict[str, tuple[str, ...]]  # general actor -> specific actors it can stand for

    def specialise(self, actor: str | None, named: frozenset[str]) -> str | None:
        """The specific actor a general name stands for when the article names one."""
        for specific in self.specialisations.get(actor or "", ()):
            if specific in named:
                return specific
        return actor

    def are_allies(self, a: str | None, b: str | None) -> bool:
        return a is not None and b is not None and (a == b or b in self.allies.get(a, frozenset()))

    def is_armed(self, actor: str | None) -> bool:
        return actor is not None and self.kinds.get(actor) in ("state", "nonstate", "external")

    def resolve(
        self,
        label: str,
        *,
        country: str | None = None,
        when: date | None = None,
        named: frozenset[str] = frozenset(),
    ) -> str | None:
        for rule in self.rules.get(label, ()):
            if rule.holds(country=country, when=when, named=named):
                return rule.actor
        return None

    def is_state(self, actor: str | None) -> bool:
        return actor is not None and self.kinds.get(actor) in ("state", "external")


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
    raw: dict[str, Any] = yaml.safe_load(
        (resources.files("frontlog.actors") / "data" / LEXICON_FILE).read_text("utf-8")
    )
    kinds: dict[str, str] = {}
    home: dict[str, str] = {}
    rules: dict[str, tuple[AliasRule, ...]] = {}
    aliases: dict[str, list[str]] = {}
    for n, entry in enumerate(raw["actors"], 1):
        name, kind = entry.get("name"), entry.get("kind")
        if not name or kind not in KINDS:
            raise ValueError(
                f"{LEXICON_FILE}: actor #{n} needs a name and a kind in {sorted(KINDS)}: {entry}"
            )
        kinds[name] = kind
        if entry.get("country"):
            home[name] = entry["country"]
        label = f"A:{name}"
        rules[label] = (AliasRule(name),)
        aliases[label] = [str(a) for a in entry["aliases"]]
    for n, group in enumerate(raw.get("context_aliases", []), 1):
        label = f"C:{n}"
        group_rules = []
        for r in group["rules"]:
            if r["actor"] not in kinds:
                raise ValueError(f"{LEXICON_FILE}: context group #{n} names unknown actor {r['actor']!r}")
            lo, hi = _period(r.get("valid"))
            group_rules.append(AliasRule(r["actor"], r.get("country"), r.get("requires"), lo, hi))
        rules[label] = tuple(group_rules)
        aliases[label] = [str(a) for a in group["aliases"]]
    modifiers = {}
    for word, actor in (raw.get("modifiers") or {}).items():
        if actor not in kinds:
            raise ValueError(f"{LEXICON_FILE}: modifier {word!r} names unknown actor {actor!r}")
        modifiers[str(word).lower()] = actor
    allies: dict[str, set[str]] = {}
    for group in raw.get("alliances") or []:
        for a in group:
            if a not in kinds:
                raise ValueError(f"{LEXICON_FILE}: alliance names unknown actor {a!r}")
            allies.setdefault(a, set()).update(x for x in group if x != a)
    special: dict[str, tuple[str, ...]] = {}
    for general, specifics in (raw.get("specialisations") or {}).items():
        for a in [general, *specifics]:
            if a not in kinds:
                raise ValueError(f"{LEXICON_FILE}: specialisation names unknown actor {a!r}")
        special[general] = tuple(specifics)
    return ActorLexicon(
        kinds, home, rules, aliases, modifiers, {k: frozenset(v) for k, v in allies.items()}, special
    )
