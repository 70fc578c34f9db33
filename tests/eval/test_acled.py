"""frontlog eval-acled: reading ACLED exports, picking the judged event, the report.

The CSV below is made up in ACLED's format (its notes are not ACLED's); the last test reads the
real files in ../shared/data/acled when they are there.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from frontlog.cli import app
from frontlog.eval import normalise_actor
from frontlog.eval.acled import AcledNote, CodedNote, evaluate_acled, judge, pick_event, read_acled_notes
from frontlog.records import Event, Place, Source
from tests.conftest import shared_path

COLUMNS = ["event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
           "country", "latitude", "longitude", "fatalities", "notes"]  # fmt: skip
ROWS = [
    ["SYR1", "2018-01-03", "1", "Remote violence", "", "Military Forces of Syria (2000-)", "Civilians (Syria)",
     "Syria", "35.8644", "36.8059", "3", "Regime warplanes carried out air strikes on the town of Saraqib, killing three civilians."],
    ["IRQ1", "2018-01-04", "1", "Battle-No change of territory", "", "Islamic State (Iraq)", "Military Forces of Iraq (2014-)",
     "Iraq", "34.8881", "44.6326", "4", "Islamic State fighters clashed with Iraqi forces near the town of Tuz Khurmatu, killing four soldiers."],
    ["KEN1", "2016-05-02", "1", "Protests", "Peaceful protest", "Protesters (Kenya)", "", "Kenya", "-0.3031", "36.08",
     "0", "Hundreds of traders marched peacefully through Nakuru against new market fees."],
    ["KEN2", "2016-05-03", "1", "Riots/Protests", "", "Rioters (Kenya)", "", "Kenya", "0.5143", "35.2698", "0",
     "Youths burned tyres in Eldoret over a land dispute."],
    ["KEN3", "2016-05-04", "1", "Riots/Protests", "", "", "", "Kenya", "0.5", "35.2", "0", "  "],
]  # fmt: skip


def _csv(tmp_path: Path, rows: list[list[str]] = ROWS) -> Path:
    path = tmp_path / "acled_made_up.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(COLUMNS)
        w.writerows(rows)
    return path


def _note(**kw: object) -> AcledNote:
    base: dict[str, object] = dict(event_id="X1", event_date="2018-01-03", time_precision="1",
        event_types=("Battles",), sub_event_type=None, prefer_sub_type="Armed clash", actor1="Islamic State (Iraq)",
        actor2="", country="Iraq", point=(34.0, 44.0), fatalities=0, notes="made up")  # fmt: skip
    base.update(kw)
    return AcledNote(**base)  # type: ignore[arg-type]


def _event(sub: str, kind: str, lat: float, lon: float, *, start: int = 0, **kw: object) -> Event:
    src = Source("d", None, None, None, "s", start, start + 1)
    base: dict[str, object] = dict(event_id=f"{sub}{lat}", event_date="2018-01-03", date_precision="day",
        event_type=kind, sub_event_type=sub, actor1="Islamic State", actor2=None,
        location=Place("P", None, lat, lon, "Iraq", None, "city"), fatalities=None, background=False,
        siege=False, sources=(src,), confidence=0.5)  # fmt: skip
    base.update(kw)
    return Event(**base)  # type: ignore[arg-type]


def test_acled_normalise_actor_drops_bracketed_parts() -> None:
    assert normalise_actor("Military Forces of Syria (2000-)") == normalise_actor("military forces of Syria")
    assert normalise_actor("Civilians (Syria)") == normalise_actor("Civilians")
    assert normalise_actor("Islamic State") != normalise_actor("Civilians")


def test_acled_actor_compares_by_acled_name_when_the_event_has_one() -> None:
    from types import SimpleNamespace

    from frontlog.eval.acled import acled_names

    gold = normalise_actor("Military Forces of Syria (2000-)")
    plain = _event("Armed clash", "Battles", 34.0, 44.0, actor1="Syrian government forces")
    assert gold not in acled_names(plain, "actor1")
    coded = SimpleNamespace(
        actor1="Syrian government forces", actor1_acled="Military Forces of Syria (2000-)"
    )
    assert gold in acled_names(coded, "actor1")  # type: ignore[arg-type]


def test_acled_read_notes_maps_legacy_types_and_filters(tmp_path: Path) -> None:
    notes = read_acled_notes(_csv(tmp_path))
    assert [n.event_id for n in notes] == ["SYR1", "IRQ1", "KEN1", "KEN2"]  # the empty note is skipped
    syr, irq, ken, riot = notes
    assert syr.event_types == ("Explosions/Remote violence",) and syr.sub_event_type is None
    assert (
        irq.event_types == ("Battles",)
        and irq.prefer_sub_type == "Armed clash"
        and irq.sub_event_type is None
    )
    assert ken.sub_event_type == "Peaceful protest" and ken.event_types == ("Protests",)
    assert riot.event_types == ("Protests", "Riots") and riot.gold_label == "Protests or Riots"
    only = read_acled_notes(_csv(tmp_path), countries=["syria", "Iraq"])
    assert [n.country for n in only] == ["Syria", "Iraq"]
    assert [n.country for n in read_acled_notes(_csv(tmp_path), exclude=["Kenya"])] == ["Syria", "Iraq"]


def test_acled_sample_is_seeded_and_in_file_order(tmp_path: Path) -> None:
    rows = [[f"K{i}", "2016-05-02", "1", "Protests", "Peaceful protest", "", "", "Kenya", "0", "36", "0",
             f"Made-up note number {i} about a march."] for i in range(40)]  # fmt: skip
    path = _csv(tmp_path, rows)
    a = read_acled_notes(path, sample=10, seed=1)
    assert [n.event_id for n in a] == [n.event_id for n in read_acled_notes(path, sample=10, seed=1)]
    assert len(a) == 10 and [int(n.event_id[1:]) for n in a] == sorted(int(n.event_id[1:]) for n in a)
    assert [n.event_id for n in a] != [n.event_id for n in read_acled_notes(path, sample=10, seed=2)]


def test_acled_pick_prefers_the_gold_type_then_the_nearest() -> None:
    note = _note()
    strike_here = _event("Air/drone strike", "Explosions/Remote violence", 34.0, 44.0)
    clash_far = _event("Armed clash", "Battles", 35.0, 44.0, start=5)
    clash_near = _event("Armed clash", "Battles", 34.1, 44.0, start=9)
    assert pick_event(note, [strike_here, clash_far, clash_near]) is clash_near
    assert pick_event(note, [strike_here]) is strike_here
    assert pick_event(note, []) is None
    background = _event("Armed clash", "Battles", 34.0, 44.0, background=True)
    assert pick_event(note, [background, strike_here]) is strike_here


def test_acled_judge_counts_place_date_fatalities_and_legacy_riots() -> None:
    note = _note(fatalities=0, actor2="Civilians (Iraq)")
    clash = _event("Armed clash", "Battles", 34.1, 44.0, actor2="Civilians")  # 11 km away, null fatalities
    s = judge(CodedNote(note, (clash,)))
    assert s.type_ok and s.place_ok and s.date_ok and s.fatalities_ok and s.actor1_ok and s.actor2_ok
    assert s.sub_type_ok is None  # a legacy row has no current sub-type to judge
    far = judge(CodedNote(note, (_event("Armed clash", "Battles", 34.5, 44.0),)))
    assert far.type_ok and not far.place_ok and not far.type_place_ok
    month = judge(CodedNote(_note(time_precision="3", event_date="2018-01-15"), (clash,)))
    week = judge(CodedNote(_note(time_precision="2", event_date="2018-01-15"), (clash,)))
    assert month.date_ok and not week.date_ok
    riot = _note(event_types=("Protests", "Riots"), prefer_sub_type=None)
    assert judge(CodedNote(riot, (_event("Violent demonstration", "Riots", 34.0, 44.0),))).type_ok
    none = judge(CodedNote(note, ()))
    assert none.predicted == "(none)" and not (none.type_ok or none.date_ok or none.fatalities_ok)


def test_acled_evaluate_made_up_export(tmp_path: Path) -> None:
    report = evaluate_acled(_csv(tmp_path))
    assert report.overall.n == 4 and report.overall.sub_event_type.n == 1  # only KEN1 has a current sub-type
    syria, iraq = report.by_country["Syria"], report.by_country["Iraq"]
    assert syria.event_type.right == 1 and syria.type_place.right == 1 and syria.fatalities.right == 1
    assert syria.actor2.right == 1  # "Civilians (Syria)" = Civilians
    assert iraq.type_place.right == 1 and iraq.date.right == 1
    assert report.confusion["Explosions/Remote violence"] == {"Explosions/Remote violence": 1}
    assert sum(report.confusion["Protests or Riots"].values()) == 1


def test_acled_cli_json_is_one_object(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["eval-acled", str(_csv(tmp_path)), "--country", "Syria", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output.strip().splitlines()[-1])
    assert (
        report["n"] == 1 and report["event_type"]["value"] == 1.0 and set(report["by_country"]) == {"Syria"}
    )
    table = CliRunner().invoke(app, ["eval-acled", str(_csv(tmp_path)), "--country", "Nowhere"])
    assert table.exit_code == 1


def test_acled_details_give_each_note_its_coding_and_what_matched(tmp_path: Path) -> None:
    out = tmp_path / "details.jsonl"
    result = CliRunner().invoke(app, ["eval-acled", str(_csv(tmp_path)), "--json", "--details", str(out)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert [d["event_id"] for d in lines] == ["SYR1", "IRQ1", "KEN1", "KEN2"]  # KEN3 has no note
    syria = lines[0]
    assert syria["acled"]["type"] == "Explosions/Remote violence" and syria["acled"]["fatalities"] == 3
    assert syria["frontlog"]["place"]["name"] == "Saraqib" and syria["frontlog"]["km"] < 25
    assert syria["right"]["place"] and syria["right"]["type_place"] and "sub_event_type" not in syria["right"]
    report = json.loads(result.output.strip().splitlines()[-1])
    assert sum(d["right"]["place"] for d in lines) == report["place"]["right"]
    assert not list(tmp_path.glob("*.part"))


@pytest.mark.shared
def test_acled_reads_the_shared_exports() -> None:
    kenya = evaluate_acled(shared_path("data", "acled", "acled_kenya_2014_2019.csv"), sample=8, seed=0)
    assert kenya.overall.n == 8 and kenya.overall.sub_event_type.n == 8 and set(kenya.by_country) == {"Kenya"}
    me = shared_path("data", "acled", "acled_middle_east_2018_jan_feb.csv")
    syria = evaluate_acled(me, countries=["Syria"], sample=8, seed=0)
    assert syria.overall.n == 8 and syria.overall.sub_event_type.n == 0
    assert syria.overall.event_type.right <= syria.overall.any_event.right
    assert sum(sum(row.values()) for row in syria.confusion.values()) == 8
