"""control.build_control on hand-built events and claims (made-up places; no model)."""

from __future__ import annotations

from frontlog.control import build_control
from frontlog.records import Event, Place, ShareClaim, Source

TOWN = Place("Qalat Nur", 9990001, 35.0, 38.0, "Syria", "Raqqa", "city")


def _src(start: int = 0, who: str | None = None) -> Source:
    return Source("d1", None, "Made-up Times", "2018-03-13", "a made-up sentence", start, start + 10, who)


def _event(sub: str, *, place: Place = TOWN, siege: bool = False, siege_broken: bool = False,
           start: int = 0, who: str | None = None) -> Event:  # fmt: skip
    kind = "Battles" if sub != "Other" else "Strategic developments"
    return Event(f"e{start}", "2018-03-12", "day", kind, sub, "Syrian government forces", "Islamic State", place,
                 None, False, siege, (_src(start, who),), 0.8, siege_broken)  # fmt: skip


def test_build_control_capture_names_controller_previous_and_claimant() -> None:
    (rec,) = build_control([_event("Government regains territory", who="Syrian Observatory")])
    assert (rec.status, rec.controller, rec.previous) == (
        "captured",
        "Syrian government forces",
        "Islamic State",
    )
    assert rec.claimed_by == "Syrian Observatory" and rec.event_ids == ("e0",)


def test_build_control_part_of_a_place_is_partial_and_siege_swaps_sides() -> None:
    district = Place("Qalat Nur", 9990001, 35.0, 38.0, "Syria", "Raqqa", "city", "eastern district")
    (part,) = build_control([_event("Government regains territory", place=district)])
    assert part.status == "partial"
    (siege,) = build_control([_event("Other", siege=True)])
    assert (siege.status, siege.controller, siege.besieger) == (
        "besieged",
        "Islamic State",
        "Syrian government forces",
    )
    (broken,) = build_control([_event("Government regains territory", siege_broken=True)])
    assert broken.status == "siege_broken"
    assert build_control([_event("Armed clash")]) == []  # a clash moves no front line


def test_build_control_keeps_disagreeing_claims_and_folds_repeats() -> None:
    def claim(share: float, who: str, start: int) -> ShareClaim:
        return ShareClaim("partial", TOWN, "2018-03-12", "day", "Syrian Democratic Forces", None, share, who,
                          _src(start))  # fmt: skip

    records = build_control([], [claim(0.9, "SOHR", 0), claim(0.65, "coalition", 20), claim(0.9, "SOHR", 40)])
    assert sorted((r.share, r.claimed_by, len(r.sources)) for r in records) == [
        (0.65, "coalition", 1),
        (0.9, "SOHR", 2),
    ]
