"""People hurt by remote violence, told without their side (events/victims.py; made-up sentences)."""

import pytest

from frontlog.events.victims import people_hurt


@pytest.mark.parametrize(
    ("text", "hurt"),
    [
        ("Mortars hit the market, which resulted in material damage and injuries.", True),
        ("The strikes led to the death of an old shepherd.", True),
        ("Rockets fell on the village, wounding several residents.", True),
        ("Rockets fell on the village with no injuries or fatalities reported.", False),
        ("The raid caused neither injuries nor fatalities.", False),
        ("The shelling of the base killed three soldiers.", False),  # armed victims: not civilians
        ("Artillery pounded the hills east of the town.", False),
    ],
)
def test_people_hurt(text: str, hurt: bool) -> None:
    assert people_hurt(text) is hurt
