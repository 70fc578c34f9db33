"""Places of Africa's and today's wars (session 13, geoafr; issue 15): directions the tagger
takes for places, spellings alike that a place word alone does not admit abroad, units of
South Sudan and Ethiopia. Made-up one-sentence articles."""

from __future__ import annotations

import pytest

from tests.events.test_event_place import _place


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a lower-case direction is no place (Botswana's South-East District): the town before it
        ("Gunmen killed two people in the town of Tarhouna, 80 kilometres south east of Tripoli.",
         "Tarhuna", "Libya"),
        ("Fighters shelled the town of Gharyan, some 80 km south west of Tripoli, on Monday.",
         "Gharyan", "Libya"),
    ],
)  # fmt: skip
def test_lower_case_direction_is_no_place(text: str, name: str, country: str) -> None:
    p = _place(text)
    assert (p.name, p.country) == (name, country)


@pytest.mark.parametrize(
    "text",
    [
        # spelt alike word by word like villages of several countries, none of which the article
        # names: a place word ("X town") admits none of them
        "Soldiers shot dead two protesters in Masalaha town on Monday.",
        "Gunmen killed three farmers in Sichawo village on Tuesday.",
    ],
)
def test_place_word_admits_no_spelling_alike_abroad(text: str) -> None:
    p = _place(text)
    assert p.country not in ("Iraq", "Afghanistan", "Yemen", "Syria", "Sudan", "Nigeria")


def test_place_word_admits_a_spelling_alike_of_one_country() -> None:
    """Spelt alike only by villages of one country: the place word admits them."""
    p = _place("Artillery shelled the town of al-Latamna on Monday, wounding four people.")
    assert p.country == "Syria"


@pytest.mark.parametrize(
    "text",
    [
        # South Sudan's payam and Ethiopia's woreda are units, not Payām in Iran
        "Armed youths abducted three children in Akobo Payam on Monday.",
        "Soldiers shot dead two students in Dendi Woreda on Monday.",
    ],
)
def test_unit_word_is_no_place(text: str) -> None:
    p = _place(text)
    assert p.country != "Iran"
    assert "Payām" not in p.name


@pytest.mark.parametrize(
    ("text", "seat"),
    [
        # an event known only by its region: at the region's capital (data/region_seats.tsv), as
        # ACLED codes it, not at the region's middle
        ("Militiamen looted two villages in Maniema province on Monday.", "Kindu"),
        ("Suspected Boko Haram fighters killed four herders in Cameroon's Far North region on Monday.", "Maroua"),
        ("Government aircraft bombed rebel positions in Southern Kordofan on Monday.", "Kadugli"),
        ("Al-Shabaab fighters attacked an army base in Bay region on Monday.", "Baidoa"),
    ],
)
def test_region_at_its_listed_seat(text: str, seat: str) -> None:
    p = _place(text)
    assert p.precision == "admin1"
    assert p.seat is not None and p.seat.name == seat


@pytest.mark.parametrize(
    ("text", "region", "country"),
    [
        # an unknown village and, in brackets, the first-level region it lies in: the region, not a
        # town abroad named like it (Plateau, Alabama) nor a village of another region
        ("On 3 May 2024, gunmen attacked several villages around Gindiri (Plateau), killing 12 villagers.",
         "Plateau", "Nigeria"),
        ("On 3 May 2024, RSF fighters abducted 12 men from a village near Wad Tirkeil (Al Jazirah).",
         "Al Jazīrah", "Sudan"),
    ],
)  # fmt: skip
def test_region_in_brackets(text: str, region: str, country: str) -> None:
    p = _place(text)
    assert (p.name, p.country, p.precision) == (region, country, "admin1")


def test_town_in_brackets_stays_the_town() -> None:
    """A town named like its region in brackets is the town: "X (Belgorod)" is Belgorod city."""
    p = _place("On 3 May 2024, drones struck the centre of Belgorod city (Belgorod), killing two civilians.")
    assert (p.name, p.precision) == ("Belgorod", "city")
