"""Countries an armed group fights in, as weak evidence for an article's places.

An article that names no country but names an armed group ("Al-Shabaab gunmen attacked a police
camp in Mandera", "LRA rebels raided Bondo") gives its places that group's country: actors.yaml's
home country counts one mention (events/extract.py). A group that fights in several countries
gives each of them, as listed in data/theatres.tsv, half a mention more, so that a town of its
other countries is a reading the article supports: Mandera and Garissa are Kenya's county towns,
not villages of Somalia spelt alike (places/local.home_spelling reads a name with no reading in
the article's one country as a village of that country)."""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable
from importlib import resources

__all__ = ["THEATRE_WEIGHT", "theatre_countries", "theatre_evidence"]

THEATRE_WEIGHT = 0.5  # a country of a group's theatre counts half a mention (its home country one)


@functools.cache
def theatre_countries() -> dict[str, tuple[str, ...]]:
    """data/theatres.tsv: canonical actor -> the ISO2 countries it fights in."""
    text = (resources.files("frontlog.places") / "data" / "theatres.tsv").read_text("utf-8")
    out: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("actor\t"):
            continue
        actor, countries = line.split("\t")
        out[actor] = tuple(countries.split())
    return out


def theatre_evidence(actors: Iterable[str], home: dict[str, str]) -> Counter[str]:
    """Half a mention for each country of each named group's theatre other than its `home`
    country (which the caller counts already), each country once per article."""
    found: set[str] = set()
    for actor in set(actors):
        found.update(cc for cc in theatre_countries().get(actor, ()) if cc != home.get(actor))
    return Counter({cc: THEATRE_WEIGHT for cc in sorted(found)})
