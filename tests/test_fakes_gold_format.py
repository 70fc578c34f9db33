"""The hand-coded FA-KES gold sets (tests/data/fakes_dev2 ... fakes_devN): every record has the
fields the scorer reads, in the form it reads them (spec sections 2, 5, 7, 8). Structure only: no
article text is read, and the blind set is left alone (nobody reads its gold)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent / "data"
SETS = sorted(p for p in DATA.glob("fakes_dev*") if p.is_dir())
TYPES = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Air/drone strike", "Shelling/artillery/missile attack", "Suicide bomb",
                                   "Remote explosive/landmine/IED", "Grenade", "Chemical weapon"},
    "Violence against civilians": {"Attack", "Abduction/forced disappearance", "Sexual violence"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"},
}  # fmt: skip
DATE = {"day": r"\d{4}-\d{2}-\d{2}", "month": r"\d{4}-\d{2}", "year": r"\d{4}"}
STATUS = {"captured", "besieged", "siege_broken", "partial", "contested"}


def _records(folder: Path, kind: str) -> list[dict]:
    (path,) = folder.glob(f"gold_*.{kind}.jsonl")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _check_sources(sources: list[dict], units: set[str]) -> None:
    assert sources
    for src in sources:
        assert src["unit_id"] in units and 0 <= src["start"] < src["end"]


@pytest.mark.parametrize("folder", SETS, ids=lambda p: p.name)
def test_fakes_gold_records_have_the_scored_fields(folder: Path) -> None:
    docs = _records(folder, "docs")
    units = {d["unit_id"] for d in docs}
    assert len(docs) == len(units) == 30
    for doc in docs:
        assert re.fullmatch(DATE["day"], doc["published"]) and doc["starts_with"] and doc["file"]
    ids = set()
    for event in _records(folder, "events"):
        assert event["event_id"] not in ids
        ids.add(event["event_id"])
        assert event["sub_event_type"] in TYPES[event["event_type"]]
        assert re.fullmatch(DATE[event["date_precision"]], event["event_date"])
        loc = event["location"]
        assert loc["name"] and -90 <= loc["lat"] <= 90 and -180 <= loc["lon"] <= 180
        assert event["fatalities"] is None or event["fatalities"] >= 0
        assert isinstance(event["background"], bool) and isinstance(event["siege"], bool)
        _check_sources(event["sources"], units)
    for rec in _records(folder, "control"):
        assert rec["status"] in STATUS and re.fullmatch(DATE[rec["date_precision"]], rec["date"])
        assert rec["place"]["name"] and set(rec["event_ids"]) <= ids
        _check_sources(rec["sources"], units)
