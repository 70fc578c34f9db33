"""The smallest area the text gives for an event, a county's seat, and a cue that admits no village
abroad (issue 15 point 4; events/areas.py, places/local.py), on made-up one-sentence articles."""

from __future__ import annotations

import pytest

from frontlog.export import geo_precision
from tests.events.test_event_place import _place


@pytest.mark.parametrize(
    ("text", "name", "country", "seat"),
    [
        # a village no gazetteer has in a county: at the county's seat, not the county's middle
        ("Militants fired mortars at a police camp in Kalalo, Mandera County on Monday.", "Mandera", "Kenya", True),
        ("Parents protested against the school board in Kajiado sub-county on Monday.", "Kajiado", "Kenya", True),
        # the district (sub-county) the sentence names inside the county, not the county
        ("Cattle raiders shot dead a herder in Tiaty subcounty, Baringo county on Monday.",
         "Tiaty", "Kenya", False),
        ("Gunmen killed two farmers in Sanjuru, Cheptais sub-county, Bungoma county on Sunday.",
         "Cheptais", "Kenya", False),
        # "village" admits a village of any country, but not one abroad when the story's places are
        # all in another country: Harbul is a Syrian village, Garissa a Kenyan town
        ("Militants killed nine people in Harbul village near Garissa town on Monday.", "Garissa", "Kenya", False),
        # an unknown village and the unit after it ("X constituency", "Y sub county": the tagger calls
        # the unit's name a person, and the article names no country): the unit
        ("Two herders were shot dead at Gorofani, Nyatike constituency on Monday.", "Nyatike", "Kenya", False),
        ("Bandits shot a herder at Qorqora, Tiaty sub county on Monday.", "Tiaty", "Kenya", False),
        # a town that only names an end of a road is not where the event was
        ("Traders blocked the Kisumu-Kakamega road in Maseno on Friday.", "Maseno", "Kenya", False),
        # the place in brackets says where the town before it lies: the town
        ("Thieves shot a guard at a bank in Oyugis (Homa Bay district) on Friday.", "Oyugis", "Kenya", False),
        # a town abroad beside a place the story names is no missed name (Somalia has a village
        # called Mandera too, 700 km away)
        ("A roadside bomb exploded in Mandera on Monday, a day after an attack across the border in Beled Hawo.",
         "Mandera", "Kenya", False),
    ],
)  # fmt: skip
def test_smallest_area(text: str, name: str, country: str, seat: bool) -> None:
    p = _place(text)
    assert (p.name, p.country) == (name, country)
    assert (p.seat is not None) == seat
    if seat:
        assert geo_precision(p) == 3


def test_village_of_a_province_stays_at_the_province() -> None:
    """A province is no county: an unknown village in southern Idlib is not moved to Idlib city."""
    p = _place("Jets dropped barrel bombs on Tarmala village in southern Idlib on Monday.")
    assert p.seat is None
