"""Places of the Syrian and Iraqi wars that no GeoNames town names (places/data/supplement.tsv,
session 11 rows): parts of Damascus and Baghdad, airbases, border crossings, mountains and
fields. Made-up sentences."""

from __future__ import annotations

import pytest

from frontlog.places.gazetteer import distance_km
from tests.events.test_event_place import _place

DAMASCUS = (33.51, 36.29)
BAGHDAD = (33.34, 44.40)


@pytest.mark.parametrize(
    ("text", "name", "near", "km"),
    [
        ("Mortar rounds fell on the Jobar neighbourhood overnight, wounding three people.", "Jobar", DAMASCUS, 10),
        ("Government forces shelled Qaboun on Sunday, a monitor said.", "Qaboun", DAMASCUS, 10),
        ("A car bomb exploded in Karrada on Friday, killing four people.", "Karrada", BAGHDAD, 10),
        ("A roadside bomb wounded two policemen in Adhamiya on Monday.", "Adhamiya", BAGHDAD, 10),
        ("Rebel rockets struck the Menagh airbase on Tuesday.", "Menagh airbase", (36.52, 37.04), 5),
        ("A car bomb went off near the Bab al-Hawa crossing on Thursday.", "Bab al-Hawa", (36.23, 36.67), 5),
        ("Turkish jets bombed PKK hideouts in the Qandil mountains on Wednesday.", "Qandil", (36.40, 45.05), 5),
        ("Militants attacked a police post near the Hamrin Dam on Saturday.", "Hamrin Dam", (34.12, 44.97), 5),
    ],
)  # fmt: skip
def test_a_war_place_no_town_names(text: str, name: str, near: tuple[float, float], km: float) -> None:
    place = _place(text)
    assert place.name == name
    assert place.lat is not None and place.lon is not None
    assert distance_km((place.lat, place.lon), near) < km
