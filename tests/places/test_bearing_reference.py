"""A town named only to say where another place lies ("in X town, southeast of Y": the event is at
X, events/reference.py), and US state abbreviations that need their dot ("Mass." is
Massachusetts, "Mass Graves:" is no place). Session 13, helper geoiq. Made-up sentences."""

from __future__ import annotations

import pytest

from frontlog.places.gazetteer import dotted_keys, undotted_states
from tests.events.test_event_place import _place


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Police repelled an attack by gunmen on Tuesday in Makhmur town, southeast of Mosul, killing three attackers.",
         "Mexmur"),
        ("A roadside bomb wounded two soldiers on Tuesday in al-Ishaqi area, north of Baghdad.", "Ishaqi"),
    ],
)  # fmt: skip
def test_a_place_put_at_a_bearing_from_a_town_is_the_event_place(text: str, name: str) -> None:
    place = _place(text)
    assert place.name == name and place.country == "Iraq"


def test_the_town_stays_when_the_bearing_is_wrong_for_the_other_place() -> None:
    # Makhmur lies southeast of Mosul: "west of Mosul" cannot mean it, so the town is the place
    from frontlog.events.reference import _angle, _bearing

    mosul, makhmur = (36.34, 43.13), (35.78, 43.58)
    assert _angle(_bearing(mosul, makhmur), 135) < 20
    assert _angle(_bearing(mosul, makhmur), 270) > 45


def test_a_bearing_alone_keeps_the_town() -> None:
    assert _place("A roadside bomb wounded two soldiers on Tuesday north of Baghdad.").name == "Baghdad"


def test_mass_without_its_dot_is_no_state() -> None:
    assert "mass" in dotted_keys() and "calif" in dotted_keys()
    place = _place("Mass Graves: soldiers found a grave with the remains of 30 policemen near Badush on Monday.")
    assert place.country == "Iraq"


def test_undotted_states_keeps_the_dotted_name_and_other_places(gaz) -> None:  # type: ignore[no-untyped-def]
    states, _ = gaz.candidates("Mass.")
    assert states and all(e.cc == "US" for e in states)
    assert undotted_states(states, "Mass.", "in Mass. on", 3, 8) == states
    assert undotted_states(states, "Mass", "in Mass. on", 3, 7) == states  # the dot left out of the span
    assert undotted_states(states, "Mass", "Mass Graves", 0, 4) == []
    assert undotted_states(states, "Mass", "Sen. Jones, D-Mass, said", 14, 18) == states
    ny, _ = gaz.candidates("N.Y.")
    assert ny and undotted_states(ny, "N.Y", "N.Y, on", 0, 3) == ny
    others, _ = gaz.candidates("Pa")
    assert [e.cc for e in undotted_states(others, "Pa", "Pa said", 0, 2)] == [e.cc for e in others if e.cc != "US"]


def test_a_state_after_its_town_needs_no_dot() -> None:
    from tests.events.test_event_place import _place as place_of

    assert place_of("A man was shot dead on Monday in Springfield, Mass, police said.").country == "United States"
