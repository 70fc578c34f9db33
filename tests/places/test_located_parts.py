"""Where the text puts a village: "X, area of Y", "X village in the area of Y", "X, Y district"
place X within reach of the town Y (places/located.py, data/located.yaml part_of), as "X, near Y"
does. Made-up phrases; Makhmur (Mexmur) is a real town of the packaged data."""

from __future__ import annotations

import pytest

from frontlog.places.gazetteer import distance_km
from frontlog.places.located import located_after

MAKHMUR = (35.78, 43.58)


@pytest.mark.parametrize(
    "text",
    [
        "Kubaybah, area of Makhmur, on Monday",
        "Kubaybah village in the area of Makhmur on Monday",
        "Kubaybah, Makhmur district, on Monday",
        "Kubaybah, the Makhmur sub-district, on Monday",
    ],
)
def test_a_village_in_the_area_or_district_of_a_town(gaz, text: str) -> None:  # type: ignore[no-untyped-def]
    where = located_after(text, len("Kubaybah"), gaz)
    assert where is not None and where.cc == "IQ" and where.admin1 is None
    assert where.anchor is not None and distance_km(where.anchor, MAKHMUR) < 15


def test_a_district_named_alone_is_no_such_phrase(gaz) -> None:  # type: ignore[no-untyped-def]
    # "X and the Y district": no comma or "of" ties X to Y; "X district of Y": X is the district
    assert located_after("Kubaybah and the Makhmur district", len("Kubaybah"), gaz) is None
    assert located_after("Kubaybah district of Makhmur", len("Kubaybah"), gaz) is None


@pytest.mark.parametrize(
    "text",
    ["Kubaybah, a village near Makhmur, on Monday", "Kubaybah, a small farming village near Makhmur"],
)
def test_an_apposition_naming_the_kind_then_where(gaz, text: str) -> None:  # type: ignore[no-untyped-def]
    # "X, a village near Y" places X as "X village near Y" does
    where = located_after(text, len("Kubaybah"), gaz)
    assert where is not None and where.anchor is not None and distance_km(where.anchor, MAKHMUR) < 15


def test_an_apposition_in_a_region(gaz) -> None:  # type: ignore[no-untyped-def]
    where = located_after("Kubaybah, a village in Nineveh province, on Monday", len("Kubaybah"), gaz)
    assert where is not None and where.cc == "IQ" and where.admin1 is not None


def test_an_apposition_of_a_person_is_no_place_phrase(gaz) -> None:  # type: ignore[no-untyped-def]
    assert located_after("Kubaybah, a spokesman in Makhmur", len("Kubaybah"), gaz) is None
