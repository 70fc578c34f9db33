"""An armed group that fights in several countries gives each of them as weak evidence for the
article's places (places/theatres.py, data/theatres.tsv), on made-up one-sentence articles."""

from __future__ import annotations

import pytest

from frontlog.places.theatres import THEATRE_WEIGHT, theatre_countries, theatre_evidence
from tests.events.test_event_place import _place


def test_evidence_leaves_the_home_country_to_the_caller() -> None:
    found = theatre_evidence(["Al-Shabaab", "Al-Shabaab", "Somebody else"], {"Al-Shabaab": "SO"})
    assert found == {"KE": THEATRE_WEIGHT}  # once per article, the home country not again


def test_every_row_names_countries() -> None:
    rows = theatre_countries()
    assert "Lord's Resistance Army" in rows
    assert all(rows.values()) and all(len(cc) == 2 and cc.isupper() for ccs in rows.values() for cc in ccs)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a county town of Kenya, not a village of Somalia spelt alike (Al-Shabaab's home is Somalia)
        ("Al-Shabaab gunmen attacked a police post in Mandera town on Monday, killing two officers.",
         "Mandera", "Kenya"),
        # the LRA fights in four countries: a town of one of them is a reading the article supports
        ("LRA rebels abducted ten people in Obo on Tuesday.", "Obo", "Central African Republic"),
        # the African Union's mission fights in Somalia alone: a village of Somalia the tagger left alone
        ("Villagers protested against AMISOM in Buulo Mareer on Friday.", "Bulo Marer", "Somalia"),
    ],
)  # fmt: skip
def test_theatre_town(text: str, name: str, country: str) -> None:
    p = _place(text)
    assert (p.name, p.country) == (name, country)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # Turkish forces strike in northern Syria: a village there, not a homonym in Afghanistan or Israel
        # (session 13, geoiq; the demonym "Turkish" gives no country for the target, events/foreign.py)
        ("Turkish warplanes carried out an airstrike on the village of Meydanki on Monday.", "Syria"),
        # the PKK's bases are in Iraq's mountains: a Turkish strike on them there
        ("Turkish jets struck PKK positions in Kani Rash on Monday, killing three fighters.", "Iraq"),
    ],
)  # fmt: skip
def test_forces_abroad_give_their_theatre(text: str, country: str) -> None:
    assert _place(text).country == country
