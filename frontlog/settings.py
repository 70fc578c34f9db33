"""frontlog's tunable numbers: frontlog/settings.toml, overridden key by key by the file that
$FRONTLOG_SETTINGS names. Read once; checked on load (an unknown key, or a value of another type
than the default's, names the file and the key)."""

from __future__ import annotations

import functools
import os
import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Literal

ENV = "FRONTLOG_SETTINGS"
OnExtractError = Literal["warn", "raise"]


@dataclass(frozen=True, slots=True)
class PipelineSettings:
    batch: int
    auto_parallel_min: int
    on_error: OnExtractError


@dataclass(frozen=True, slots=True)
class NlpSettings:
    batch_size: int
    batch_chars: int
    component_batch: int


@dataclass(frozen=True, slots=True)
class StoreSettings:
    write_wait_s: float


@dataclass(frozen=True, slots=True)
class WebSettings:
    max_page: int


@dataclass(frozen=True, slots=True)
class PlacesSettings:
    focus_countries: tuple[str, ...]
    text_match_min_pop: int
    war_countries: tuple[str, ...]
    war_text_match_min_pop: int
    supplement_pop: int
    seat_pop: int
    sea_pop: int


@dataclass(frozen=True, slots=True)
class EventsSettings:
    background_days: int
    confidence_base: float
    confidence_actor1: float
    confidence_own_place: float
    confidence_verb: float
    confidence_day: float
    confidence_max: float
    cue_window: int


@dataclass(frozen=True, slots=True)
class Settings:
    pipeline: PipelineSettings
    nlp: NlpSettings
    store: StoreSettings
    web: WebSettings
    places: PlacesSettings
    events: EventsSettings


_TYPES = {"pipeline": PipelineSettings, "nlp": NlpSettings, "store": StoreSettings, "web": WebSettings,
          "places": PlacesSettings, "events": EventsSettings}  # fmt: skip


def _merge(base: dict[str, Any], user: dict[str, Any], source: str) -> dict[str, Any]:
    out = {k: dict(v) for k, v in base.items()}
    for section, values in user.items():
        if section not in out or not isinstance(values, dict):
            raise ValueError(f"{source}: unknown section [{section}] (known: {', '.join(sorted(out))})")
        for key, value in values.items():
            if key not in out[section]:
                raise ValueError(f"{source}: unknown key {key!r} in [{section}]")
            default = out[section][key]
            if isinstance(default, float) and isinstance(value, int) and not isinstance(value, bool):
                value = float(value)
            if not isinstance(value, type(default)) or isinstance(value, bool) != isinstance(default, bool):
                raise ValueError(f"{source}: [{section}] {key} = {value!r} should be like {default!r}")
            out[section][key] = value
    return out


def _build(raw: dict[str, Any], source: str) -> Settings:
    if raw["pipeline"]["on_error"] not in ("warn", "raise"):
        raise ValueError(f'{source}: [pipeline] on_error must be "warn" or "raise"')
    parts = {}
    for section, cls in _TYPES.items():
        values = {k: tuple(v) if isinstance(v, list) else v for k, v in raw[section].items()}
        parts[section] = cls(**values)
    return Settings(**parts)


@functools.cache
def load_settings(user_file: str | None = None) -> Settings:
    """The packaged settings, with the user file's keys (`user_file`, else $FRONTLOG_SETTINGS) on top."""
    raw = tomllib.loads((resources.files("frontlog") / "settings.toml").read_text("utf-8"))
    path = user_file or os.environ.get(ENV)
    source = "frontlog/settings.toml"
    if path:
        try:
            user = tomllib.loads(Path(path).read_text("utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ValueError(f"{path}: cannot read the settings file ({exc})") from exc
        raw, source = _merge(raw, user, path), path
    return _build(raw, source)
