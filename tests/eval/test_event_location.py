from pathlib import Path

from frontlog.eval.event_location import evaluate_event_locations, load_records

TINY = Path(__file__).parents[1] / "fixtures" / "event_location_tiny.jsonl"


def test_event_location_picks_the_event_place_not_the_speakers() -> None:
    records = load_records(TINY)
    assert len(records) == 2
    report = evaluate_event_locations(records)
    assert report.n == 2 and report.accuracy == 1.0


def _record(text: str, verb: str, place: str) -> dict[str, object]:
    v, p = text.index(verb), text.index(place)
    return {"text": text, "spans": [{"start": v, "end": v + len(verb), "label": "VERB"},
                                    {"start": p, "end": p + len(place), "label": "LOCATION"}]}  # fmt: skip


def test_a_country_naming_whose_soldier_is_not_where() -> None:
    text = (
        "A US soldier was killed and four wounded when their vehicle was hit by a roadside bomb while "
        "conducting operations in Iraq's northern Nineveh province, the American military said."
    )
    assert evaluate_event_locations([_record(text, "killed", "Nineveh")]).accuracy == 1.0


def test_the_town_the_text_calls_a_town_is_the_place() -> None:
    text = "Gunmen attacked Damboa town on Friday, killing 60 residents, officials in Maiduguri said."
    assert evaluate_event_locations([_record(text, "attacked", "Damboa")]).accuracy == 1.0
