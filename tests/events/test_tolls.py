"""Tolls beyond a sentence's firm figure (events/tolls.py) and the figures numbers.py now reads:
ranges, groups of dead named together, killing verbs of mobs (made-up sentences)."""

import pytest

from frontlog.events.numbers import find_fatalities
from frontlog.events.tolls import event_toll, stated_toll


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("On Monday, 3-4 guards were killed at the depot.", 3),  # the lower end of a range
        ("Two herders and three rangers were killed near the dam.", 5),  # every group of the dead
        ("Gunmen shot and killed one trader in addition to 2 of his porters.", 3),
        ("The militia attacked the camp, killing 6 soldiers and injuring 4.", 6),  # the wounded are no toll
        ("Nine villagers, including a teacher and two pupils, were killed.", 9),  # included: not added
        ("Residents lynched two suspected thieves at the market.", 2),
        ("Four men were stoned to death by a crowd.", 4),
        ("The raid caused three deaths and one injury.", 3),
        ("The landslide of debris caused the death of one.", 1),
    ],
)
def test_fatalities_more_wordings(text: str, count: int) -> None:
    fat = find_fatalities(text)
    assert fat is not None and fat.count == count


def test_a_date_is_no_range() -> None:
    fat = find_fatalities("12-05-2019 Five killed in a raid on a farm.")
    assert fat is not None and fat.count == 5


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A shopkeeper was shot dead by two men on a motorbike.", 1),
        ("A young herder is lynched by villagers after a theft.", 1),
        ("Unknown gunmen shot and killed a tax collector outside his home.", 1),
        ("Eight porters were killed when a truck overturned.", 8),  # a firm figure first
    ],
)
def test_event_toll_one_person(text: str, count: int) -> None:
    fat = event_toll(text)
    assert fat is not None and fat.count == count


@pytest.mark.parametrize(
    "text",
    [
        "A car bomb was found and defused near the bank.",
        "The soldiers killed a number of cattle rustlers, police said.",
        "A man was wounded in the attack.",
    ],
)
def test_event_toll_not_one_person(text: str) -> None:
    assert event_toll(text) is None


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Fatalities coded as 0 (the group claimed 12).", 0),
        ("Total fatalities coded as 17.", 17),
        ("Fatalities are split across 3 events (2).", 2),
        ("Fatalities split over 2 locations (4).", 4),
        ("The group claimed 12 fatalities.", None),
    ],
)
def test_stated_toll(text: str, toll: int | None) -> None:
    assert stated_toll(text) == toll
