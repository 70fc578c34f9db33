from pathlib import Path

from frontlog.places.event_location import evaluate_event_locations, load_records

TINY = Path(__file__).parents[1] / "fixtures" / "event_location_tiny.jsonl"


def test_event_location_picks_the_event_place_not_the_speakers() -> None:
    records = load_records(TINY)
    assert len(records) == 2
    report = evaluate_event_locations(records)
    assert report["n"] == 2 and report["accuracy"] == 1.0
