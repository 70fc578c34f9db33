"""A foreign force's nationality is no evidence for the country of the place it strikes
(events/foreign.py). Made-up sentences; the villages are real villages of the packaged WOF data."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.events.test_event_place import _place  # the event's place of a one-sentence article


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    from frontlog.nlp import load_nlp

    return load_nlp()


@pytest.mark.parametrize(
    ("text", "taken_back"),
    [
        ("Turkish warplanes struck a village on Monday.", {"TR": 1}),  # a force abroad: no home
        ("Syrian or Russian warplanes struck a village on Monday.", {"RU": 1}),  # the actor's home is Syria
        ("Syrian government forces shelled a village on Monday.", {}),  # a force at home keeps its country
        # the territory linked to Israel keeps the evidence the demonym gave it
        ("Israeli troops raided a village on Monday.", {"IL": 1, "PS": -0.5}),
    ],
)
def test_demonyms_of_forces_abroad_are_taken_back(nlp, text: str, taken_back: dict[str, float]) -> None:  # type: ignore[no-untyped-def]
    from frontlog.actors import load_actor_lexicon
    from frontlog.events.foreign import foreign_force_demonyms
    from frontlog.places.gazetteer import load_gazetteer

    doc = nlp(text)
    got = foreign_force_demonyms(doc.spans.get("actors", []), load_actor_lexicon(), load_gazetteer().demonyms)
    assert got == Counter(taken_back)


def test_a_village_struck_by_a_force_abroad_is_looked_for_at_home(gaz) -> None:  # type: ignore[no-untyped-def]
    # "Turkish" no longer makes Turkey as likely as Syria (the SDF's country): the village of the
    # town of Ayash is Syria's `Ayyash, not Ayaş in Turkey
    p = _place("SDF fighters and Turkish troops clashed in the town of Ayash on Monday.")
    assert (p.country, p.name) == ("Syria", "`Ayyash")
