"""Places of Africa and Kenya (session 15, geoafr; issue 15). Made-up one-sentence articles."""

from __future__ import annotations

import pytest

from frontlog.places.abroad import neighbours
from tests.events.test_event_place import _place


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the actors' country is no reason to drop a town across its border as a homonym abroad
        ("Tanzanian fishermen clashed with police at Sori on Friday.", "Sori"),
        ("Somali gunmen ambushed a bus near Takaba on Monday, killing two passengers.", "Takaba"),
        ("Al-Shabaab militants ambushed a bus near Takaba on Monday, killing two passengers.", "Takaba"),
    ],
)
def test_a_town_across_the_border_from_the_actors_country(text: str, name: str) -> None:
    p = _place(text)
    assert (p.name, p.country) == (name, "Kenya")


def test_a_small_homonym_far_from_the_actors_country_stays_dropped() -> None:
    # "Lago" is no village of Italy in a report of South Sudanese fighters: a name the gazetteer lacks
    p = _place("South Sudanese fighters burnt the huts of Lago cattle camp on Friday.")
    assert p.country != "Italy"


def test_neighbours_by_land() -> None:
    near = neighbours()
    assert {"ET", "SO", "SS", "TZ", "UG"} <= near["KE"]
    assert "KE" in near["SS"] and "KE" not in near.get("NG", frozenset())


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a name before "Ward" or "District" is a unit's, the tagger's reading aside, in a report
        # that names no country
        ("Youths stormed Kapsoit Primary School in Kipchebor Ward after a teacher was stabbed.", "Kipchebor", "Kenya"),
        ("A grenade thrown by unknown men exploded in the vicinity of Tarabuunka (Hodan District) in the night of 03/05.",
         "Hodan", "Somalia"),
    ],
)  # fmt: skip
def test_a_name_before_ward_or_district(text: str, name: str, country: str) -> None:
    p = _place(text)
    assert (p.name, p.country) == (name, country)


def test_a_surname_before_ward_is_no_place() -> None:
    # "Ward" after a name the tagger reads as a person's is a surname: no unit
    p = _place("Gunmen shot dead a trader in Kisumu on Monday, police commander Musa Ward said.")
    assert p.name == "Kisumu"
