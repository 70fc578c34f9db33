"""Load the trigger and modality lexicons and the word lists (events/lexicon/*.yaml) once, checked."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import yaml
from spacy.tokens import Span

from frontlog.settings import load_settings

# ACLED event_type of each sub_event_type (acled_reference/acled_event_categories.csv).
EVENT_TYPE = {
    "Armed clash": "Battles",
    "Government regains territory": "Battles",
    "Non-state actor overtakes territory": "Battles",
    "Air/drone strike": "Explosions/Remote violence",
    "Shelling/artillery/missile attack": "Explosions/Remote violence",
    "Suicide bomb": "Explosions/Remote violence",
    "Remote explosive/landmine/IED": "Explosions/Remote violence",
    "Chemical weapon": "Explosions/Remote violence",
    "Grenade": "Explosions/Remote violence",
    "Attack": "Violence against civilians",
    "Abduction/forced disappearance": "Violence against civilians",
    "Sexual violence": "Violence against civilians",
    "Agreement": "Strategic developments",
    "Non-violent transfer of territory": "Strategic developments",
    "Looting/property destruction": "Strategic developments",
    "Other": "Strategic developments",
    "Arrests": "Strategic developments",
    "Headquarters or base established": "Strategic developments",
    "Disrupted weapons use": "Strategic developments",
    "Change to group/activity": "Strategic developments",
    "Peaceful protest": "Protests",
    "Protest with intervention": "Protests",
    "Excessive force against protesters": "Protests",
    "Violent demonstration": "Riots",
    "Mob violence": "Riots",
}
SPECIAL = {"TERRITORY", "SIEGE_BROKEN", "SIEGE_LAID"}


@dataclass(frozen=True, slots=True)
class TriggerRule:
    type: str
    object: frozenset[str] = frozenset()
    particle: frozenset[str] = frozenset()
    prep: frozenset[str] = frozenset()
    modifiers: tuple[tuple[str, str], ...] = ()
    requires_modifier: bool = False
    requires_verb: bool = False
    object_place: bool = False
    object_actor: bool = False
    subject_place: bool = False
    passive_actor: str | None = None
    loser_is_subject: bool = False
    defender_is_subject: bool = False  # "troops repelled the attack": the attacker is actor1
    subject_types: tuple[tuple[str, str], ...] = ()
    requires_subject_type: bool = False
    context_types: tuple[tuple[str, str], ...] = ()  # a word of the sentence that types the trigger
    consequence: bool = False  # "killed": an event only when the sentence has no other trigger
    requires_context: bool = False  # only with one of its context words in the sentence
    governors: frozenset[str] = frozenset()  # a noun that counts only under one of these verbs
    except_governors: frozenset[str] = frozenset()  # ... never under one of these ("started a fire")
    past_only: bool = False  # a verb of state ("controlled") that is an event only in the past tense
    intransitive: bool = False  # a verb that is the event only without a direct object ("rallied")
    object_types: tuple[tuple[str, str], ...] = ()  # object lemma -> type ("found a bomb": disrupted weapons use)
    governed: tuple[tuple[str, str], ...] = ()  # "take to" -> type: the noun as object of that verb+preposition
    context_child: bool = False  # its context word must hang on the trigger ("set fire to", "set ablaze")
    alleged: bool = False  # an abuse armed men are accused of, at the accusing verb (events/allegations.py)
    aim_prep: frozenset[str] = frozenset()  # with no object, these prepositions stand for it ("fired on a car")

    @property
    def needs_arguments(self) -> bool:
        """A verb that is a trigger only with an object, particle, preposition, subject or context
        word of its list ("set fire", "opened a base"): by itself ("set", "opened") no event word."""
        return bool(
            self.object or self.particle or self.prep or self.requires_context or self.requires_subject_type
            or self.object_actor
        )  # fmt: skip


LEMMA_CACHE = 200_000  # lemmas kept by EventLexicon.lemma (a few MB)


@dataclass(frozen=True, slots=True)
class EventLexicon:
    verbs: dict[str, TriggerRule]
    nouns: dict[str, TriggerRule]
    event_verbs: frozenset[str]
    modals: frozenset[str]
    irrealis_heads: frozenset[str]
    realis_heads: frozenset[str]
    denials: frozenset[str]
    conditionals: frozenset[str]
    factual_marks: frozenset[str]
    inflections: dict[str, str]
    realis_when_past: frozenset[str] = frozenset()  # "were able to take"
    disarming_verbs: frozenset[str] = frozenset()  # "found an IED": the device did not go off
    # (lower form, lemma) string ids -> lemma: every rule asks for its tokens' lemmas, about 2,000
    # times per article, and reading spaCy's strings is most of the cost (cleared when large).
    _lemmas: dict[tuple[int, int], str] = field(default_factory=dict, compare=False, repr=False)

    def lemma(self, tok: Any) -> str:
        key = (tok.lower, tok.lemma)
        found = self._lemmas.get(key)
        if found is None:
            if len(self._lemmas) >= LEMMA_CACHE:
                self._lemmas.clear()
            found = self._lemmas[key] = self.inflections.get(tok.lower_) or tok.lemma_.lower()
        return found


@functools.cache
def _read(name: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(
        (resources.files("frontlog.events") / "lexicon" / name).read_text("utf-8")
    )
    return data


def _longest_first(types: dict[str, str]) -> tuple[tuple[str, str], ...]:
    """Subject words and their types, a two-word key before the one-word keys (a "suicide bomber"
    is no "bomber" aircraft), otherwise in the lexicon's order."""
    pairs = [(str(k).lower(), str(v)) for k, v in types.items()]
    return tuple(sorted(pairs, key=lambda kv: -len(kv[0].split())))


def _rule(name: str, lemma: str, spec: dict[str, Any]) -> TriggerRule:
    t = spec.get("type")
    if t not in EVENT_TYPE and t not in SPECIAL:
        raise ValueError(f"{name}: trigger {lemma!r} has unknown type {t!r}")
    for key in ("object", "particle", "prep", "governors", "except_governors", "aim_prep"):
        if any(not isinstance(w, str) for w in spec.get(key, [])):  # YAML reads a bare on/off/no as a boolean
            raise ValueError(f"{name}: trigger {lemma!r} has a {key} that is not a word (quote it)")
    mods = spec.get("modifiers") or {}
    pairs = [
        *mods.items(),
        *(spec.get("subject_types") or {}).items(),
        *(spec.get("context_types") or {}).items(),
        *(spec.get("governed") or {}).items(),
        *(spec.get("object_types") or {}).items(),
    ]
    for m, mt in pairs:
        if mt not in EVENT_TYPE and mt not in SPECIAL:
            raise ValueError(f"{name}: trigger {lemma!r} modifier {m!r} has unknown type {mt!r}")
    return TriggerRule(
        type=t,
        object=frozenset(spec.get("object", [])) | frozenset(spec.get("object_types") or {}),
        particle=frozenset(spec.get("particle", [])),
        prep=frozenset(spec.get("prep", [])),
        modifiers=tuple((str(k).lower(), str(v)) for k, v in mods.items()),
        requires_modifier=bool(spec.get("requires_modifier")),
        requires_verb=bool(spec.get("requires_verb")),
        object_place=bool(spec.get("object_place")),
        object_actor=bool(spec.get("object_actor")),
        subject_place=bool(spec.get("subject_place")),
        passive_actor=spec.get("passive_actor"),
        loser_is_subject=bool(spec.get("loser_is_subject")),
        defender_is_subject=bool(spec.get("defender_is_subject")),
        subject_types=_longest_first(spec.get("subject_types") or {}),
        requires_subject_type=bool(spec.get("requires_subject_type")),
        context_types=tuple((str(k).lower(), str(v)) for k, v in (spec.get("context_types") or {}).items()),
        consequence=bool(spec.get("consequence")),
        requires_context=bool(spec.get("requires_context")),
        governors=frozenset(spec.get("governors", [])),
        except_governors=frozenset(spec.get("except_governors", [])),
        past_only=bool(spec.get("past_only")),
        intransitive=bool(spec.get("intransitive")),
        object_types=tuple((str(k).lower(), str(v)) for k, v in (spec.get("object_types") or {}).items()),
        governed=tuple((str(k).lower(), str(v)) for k, v in (spec.get("governed") or {}).items()),
        context_child=bool(spec.get("context_child")),
        aim_prep=frozenset(spec.get("aim_prep", [])),
    )


@functools.cache
def load_event_lexicon() -> EventLexicon:
    trig = _read("triggers.yaml")
    mod = _read("modality.yaml")
    return EventLexicon(
        verbs={k: _rule("triggers.yaml", k, v) for k, v in trig["verbs"].items()},
        nouns={k: _rule("triggers.yaml", k, v) for k, v in trig["nouns"].items()},
        event_verbs=frozenset(trig["event_verbs"]),
        modals=frozenset(mod["modals"]),
        irrealis_heads=frozenset(mod["irrealis_heads"]),
        realis_heads=frozenset(mod["realis_heads"]),
        denials=frozenset(mod["denials"]),
        conditionals=frozenset(mod["conditionals"]),
        factual_marks=frozenset(mod["factual_marks"]),
        inflections={str(k).lower(): str(v) for k, v in (trig.get("inflections") or {}).items()},
        realis_when_past=frozenset(mod.get("realis_when_past") or ()),
        disarming_verbs=frozenset(trig.get("disarming_verbs") or ()),
    )


def word_list(name: str, key: str) -> frozenset[str]:
    """One word list of a lexicon file: `word_list("places.yaml", "territory_objects")`."""
    words = _read(name)[key]
    if not isinstance(words, list):
        raise ValueError(f"{name}: {key} is not a list")
    return frozenset(str(w) for w in words)


def word_map(name: str, key: str) -> dict[str, str]:
    """One word -> name table of a lexicon file."""
    table = _read(name)[key]
    if not isinstance(table, dict):
        raise ValueError(f"{name}: {key} is not a table")
    return {str(k): str(v) for k, v in table.items()}


def word(name: str, key: str) -> str:
    """One word or phrase of a lexicon file."""
    return str(_read(name)[key])


def entry(name: str, key: str) -> Any:
    """Any entry of a lexicon file, as YAML gives it (lists of lists, numbers)."""
    return _read(name)[key]


def cue_words(spans: list[Span], lex: EventLexicon, skip: frozenset[int] = frozenset()) -> list[tuple[str, str]]:
    """(lemma, lower form) of the spans' tokens, for has_cue."""
    return [(lex.lemma(t), t.lower_) for s in spans for t in s if t.i not in skip]


def has_cue(words: list[tuple[str, str]], cues: tuple[tuple[str, ...], ...]) -> bool:
    """Some cue phrase occurs: its words in order, each within [events] cue_window tokens of the
    one before (frontlog/settings.toml)."""
    window = load_settings().events.cue_window
    for cue in cues:
        starts = [i for i, w in enumerate(words) if cue[0] in w]
        for i in starts:
            pos, ok = i, True
            for part in cue[1:]:
                nxt = next(
                    (j for j in range(pos + 1, min(pos + 1 + window, len(words))) if part in words[j]), None
                )
                if nxt is None:
                    ok = False
                    break
                pos = nxt
            if ok:
                return True
    return False
