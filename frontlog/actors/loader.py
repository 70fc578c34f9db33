"""Build the ActorLexicon from data/actors.yaml (its header documents the file's sections)."""

from __future__ import annotations

from typing import Any

from frontlog.actors import (
    KINDS,
    LEXICON_FILE,
    AcledRule,
    ActorLexicon,
    AliasRule,
    Regime,
    StateInfo,
    _period,
)
from frontlog.actors.acled import _geonames_countries

NOT_ACTOR = "N:"  # the label of the phrases that contain an alias but name no actor ("suicide bombers")


def _fail(msg: str) -> ValueError:
    return ValueError(f"{LEXICON_FILE}: {msg}")


def _states(raw: dict[str, Any]) -> tuple[dict[str, StateInfo], list[dict[str, Any]]]:
    """StateInfo per ISO2, and the actor entries the states imply (military and police forces)."""
    geonames = _geonames_countries()[0]
    templates = raw.get("templates") or {}
    states: dict[str, StateInfo] = {}
    implied: list[dict[str, Any]] = []
    for entry in raw.get("states") or []:
        cc = entry["country"]
        if cc not in geonames:
            raise _fail(f"state {cc!r} is not an ISO2 country code")
        regimes = tuple(
            Regime(str(label), *_period(str(valid))) for label, valid in (entry.get("regimes") or {}).items()
        )
        name = entry.get("name") or geonames[cc]
        states[cc] = StateInfo(cc, name, regimes)
        adjectives = [str(a) for a in entry.get("adjectives") or []]
        names = list(dict.fromkeys([name, geonames[cc]]))
        for force, acled in (("military", "Military Forces of {state} ({period})"),
                             ("police", "Police Forces of {state} ({period})")):  # fmt: skip
            actor = entry.get(
                force, f"{adjectives[0]} {'government forces' if force == 'military' else 'police'}"
            )
            if not actor:
                continue
            aliases = [
                t.format(adj=a, name=n) for t in templates.get(force, []) for a in adjectives for n in names
            ]
            implied.append({"name": actor, "kind": "state", "country": cc, "acled": acled, "force": force,
                            "aliases": list(dict.fromkeys(aliases + list(entry.get(f"{force}_aliases") or [])))})  # fmt: skip
    return states, implied


def _communal(raw: dict[str, Any]) -> list[dict[str, Any]]:
    """Identity militias named after their community ("Pokot raiders"): one actor per community,
    coded as ACLED does ("Pokot Ethnic Militia (Kenya)", "Habar Gidir Clan Militia (Somalia)")."""
    templates = (raw.get("templates") or {}).get("communal", [])
    out = []
    for group in raw.get("communities") or []:
        cc, kind = group["country"], str(group.get("kind", "Ethnic"))
        for entry in group["names"]:
            name, spellings = (entry, [entry]) if isinstance(entry, str) else (entry["name"], [entry["name"], *entry["also"]])
            aliases = [t.format(name=n) for t in templates for n in spellings]
            out.append({"name": f"{name} {kind.lower()} militia", "kind": "communal", "state_of": cc,
                        "acled": f"{name} {kind} Militia ({{state}})", "aliases": aliases,
                        "community": spellings})  # fmt: skip
    return out


def _acled_rules(entry: dict[str, Any]) -> tuple[AcledRule, ...]:
    value = entry.get("acled")
    if value is None:
        return ()
    if isinstance(value, str):
        return (AcledRule(value, entry.get("inter")),)
    out = []
    for r in value:
        lo, hi = _period(r.get("valid"))
        out.append(AcledRule(str(r["name"]), r.get("inter", entry.get("inter")), r.get("country"), lo, hi))
    return tuple(out)


def _actors(
    raw: dict[str, Any], implied: list[dict[str, Any]]
) -> tuple[list[dict[str, Any]], dict[str, list[dict[str, Any]]]]:
    """The actor entries with the states' forces merged in, and the forces per kind ("military")."""
    entries = [dict(e) for e in raw["actors"]]
    explicit = {e.get("name"): e for e in entries}
    forces: dict[str, list[dict[str, Any]]] = {}
    # an alias an actor lists itself is never another actor's by template ("Syrian National Army")
    owner = {str(a).lower(): e["name"] for e in entries for a in e.get("aliases") or []}
    for com in _communal(raw):
        com["aliases"] = [a for a in com["aliases"] if a.lower() not in owner]
        if com["name"] not in explicit:
            entries.append(com)
    for imp in implied:
        forces.setdefault(imp["force"], []).append(imp)
        imp["aliases"] = [a for a in imp["aliases"] if owner.get(a.lower(), imp["name"]) == imp["name"]]
        if imp["name"] in explicit:
            own = explicit[imp["name"]]
            # a state's forces abroad ("external") keep no home: they fight elsewhere
            own.setdefault("state_of" if own.get("kind") == "external" else "country", imp["country"])
            own.setdefault("acled", imp["acled"])
            own["aliases"] = list(own.get("aliases") or []) + imp["aliases"]
        else:
            entries.append(imp)
    # a phrase listed under context_aliases means what its country rules say, never one actor
    in_context = {str(a).lower() for g in raw.get("context_aliases") or [] for a in g["aliases"]}
    for e in entries:
        e["aliases"] = [
            a for a in dict.fromkeys(str(x) for x in e.get("aliases") or []) if a.lower() not in in_context
        ]
    return entries, forces


def build_lexicon(raw: dict[str, Any]) -> ActorLexicon:
    states, implied = _states(raw)
    entries, forces = _actors(raw, implied)
    kinds: dict[str, str] = {}
    home: dict[str, str] = {}
    state_of: dict[str, str] = {}
    acled: dict[str, tuple[AcledRule, ...]] = {}
    rules: dict[str, tuple[AliasRule, ...]] = {}
    aliases: dict[str, list[str]] = {}
    for n, entry in enumerate(entries, 1):
        name, kind = entry.get("name"), entry.get("kind")
        if not name or kind not in KINDS:
            raise _fail(f"actor #{n} needs a name and a kind in {sorted(KINDS)}: {entry}")
        if name in kinds:
            raise _fail(f"actor {name!r} is listed twice")
        kinds[name] = kind
        if entry.get("country"):
            home[name] = entry["country"]
        sof = entry.get("state_of") or (entry.get("country") if kind == "state" else None)
        if sof:
            state_of[name] = sof
        acled[name] = _acled_rules(entry)
        label = f"A:{name}"
        rules[label] = (AliasRule(name),)
        aliases[label] = [str(a) for a in entry.get("aliases") or []]
    for n, group in enumerate(raw.get("context_aliases", []), 1):
        label = f"C:{n}"
        rules[label] = _rules(group.get("rules") or [], kinds, f"context group #{n}")
        rules[label] += tuple(
            AliasRule(f["name"], f["country"]) for f in forces.get(group.get("states", ""), [])
        )
        if group.get("fallback"):
            rules[label] += _rules([{"actor": group["fallback"]}], kinds, f"context group #{n} fallback")
        aliases[label] = [str(a) for a in group["aliases"]]
    aliases[NOT_ACTOR] = [str(a) for a in raw.get("not_actors") or []]
    modifiers: dict[str, str] = {}
    modifier_rules: dict[str, tuple[AliasRule, ...]] = {}
    for word, value in (raw.get("modifiers") or {}).items():
        key = str(word).lower()
        if isinstance(value, str):
            value = [{"actor": value}]
        modifier_rules[key] = _rules(value, kinds, f"modifier {word!r}")
        default = [r.actor for r in modifier_rules[key] if not r.country and not r.requires]
        if default:
            modifiers[key] = default[0]
    return ActorLexicon(
        kinds, home, rules, aliases, modifiers, _alliances(raw, kinds, implied), _specialisations(raw, kinds),
        modifier_rules, acled, state_of, states, _crowds(raw, kinds), _unnamed(raw, kinds),
        _rules(raw.get("unnamed_aircraft") or [], kinds, "unnamed_aircraft"), _hedged(raw, kinds),
        _victims(raw, kinds), frozenset(str(t) for t in raw.get("crowd_second") or []),
        {e["name"]: {f["country"]: f["name"] for f in forces.get(e["stands_for"], [])}
         for e in entries if e.get("stands_for")},
        {str(n): e["name"] for e in entries for n in e.get("community") or []},
        frozenset(str(w) for w in raw.get("community_group_nouns") or []),
        frozenset(str(w) for w in raw.get("community_side_words") or []),
    )  # fmt: skip


def _victims(raw: dict[str, Any], kinds: dict[str, str]) -> dict[str, tuple[str, bool]]:
    """sub_event_type -> (the victims' actor, only when the event has dead)."""
    spec = raw.get("victims") or {}
    if not spec:
        return {}
    if spec["actor"] not in kinds:
        raise _fail(f"victims names unknown actor {spec['actor']!r}")
    out = {str(t): (str(spec["actor"]), False) for t in spec.get("sub_event_types") or []}
    out.update({str(t): (str(spec["actor"]), True) for t in spec.get("deadly") or []})
    return out


def _hedged(raw: dict[str, Any], kinds: dict[str, str]) -> dict[str, str]:
    hedged = {str(k): str(v) for k, v in (raw.get("hedged") or {}).items()}
    for a in [*hedged, *hedged.values()]:
        if a not in kinds:
            raise _fail(f"hedged names unknown actor {a!r}")
    return hedged


def _unnamed(raw: dict[str, Any], kinds: dict[str, str]) -> dict[str, str]:
    spec = raw.get("unnamed_attackers") or {}
    if not spec:
        return {}
    if spec["actor"] not in kinds:
        raise _fail(f"unnamed_attackers names unknown actor {spec['actor']!r}")
    return {str(t): str(spec["actor"]) for t in spec["sub_event_types"]}


def _crowds(raw: dict[str, Any], kinds: dict[str, str]) -> dict[str, str]:
    crowds = {str(k): str(v) for k, v in (raw.get("crowds") or {}).items()}
    for actor in crowds.values():
        if actor not in kinds:
            raise _fail(f"crowds names unknown actor {actor!r}")
    return crowds


def _rules(values: list[dict[str, Any]], kinds: dict[str, str], where: str) -> tuple[AliasRule, ...]:
    out = []
    for r in values:
        if r["actor"] not in kinds:
            raise _fail(f"{where} names unknown actor {r['actor']!r}")
        lo, hi = _period(r.get("valid"))
        out.append(AliasRule(r["actor"], r.get("country"), r.get("requires"), lo, hi))
    return tuple(out)


def _alliances(
    raw: dict[str, Any], kinds: dict[str, str], implied: list[dict[str, Any]]
) -> dict[str, frozenset[str]]:
    groups = [list(g) for g in raw.get("alliances") or []]
    by_state: dict[str, list[str]] = {}
    for imp in implied:  # a state's army and police
        by_state.setdefault(imp["country"], []).append(imp["name"])
    groups += [g for g in by_state.values() if len(g) > 1]
    allies: dict[str, set[str]] = {}
    for group in groups:
        for a in group:
            if a not in kinds:
                raise _fail(f"alliance names unknown actor {a!r}")
            allies.setdefault(a, set()).update(x for x in group if x != a)
    return {k: frozenset(v) for k, v in allies.items()}


def _specialisations(raw: dict[str, Any], kinds: dict[str, str]) -> dict[str, tuple[str, ...]]:
    special: dict[str, tuple[str, ...]] = {}
    for general, specifics in (raw.get("specialisations") or {}).items():
        for a in [general, *specifics]:
            if a not in kinds:
                raise _fail(f"specialisation names unknown actor {a!r}")
        special[general] = tuple(specifics)
    return special
