"""A country's own words are never a village's name: "Syria", "Syrian", "Syrians" and the
possessive "Syria's", which scraped text often writes without its apostrophe ("Syrias").

The scan of capitalised words (places/local.py) reads a five-letter word after "in" loosely, and
the loose key of "Syrias" is that of Sarisah, a village of Tartus: "killed in Syrias north" put
the event there. A word whose key, with or without a final "s", is a country's name or one of the
gazetteer's demonyms is left to the tagger and the country readings.
"""

from __future__ import annotations

from frontlog.places.gazetteer import Gazetteer
from frontlog.places.normalize import name_key


def country_word(text: str, gaz: Gazetteer) -> bool:
    """True for a country's name, its demonym or either with an "s" after it ("Syrias" for
    "Syria's", "Iraqis")."""
    key = name_key(text)
    keys = (key, key[:-1]) if key.endswith("s") and len(key) > 3 else (key,)
    return any(k in gaz.demonyms or _names_country(k, gaz) for k in keys)


def _names_country(key: str, gaz: Gazetteer) -> bool:
    return any(gaz.entry(i).kind == "country" for i in gaz.exact.get(key, ()))
