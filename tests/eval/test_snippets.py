"""frontlog eval-snippets: the labelled snippet set, reading JSONL and CSV, picking the judged
event, the measures, and the command. Every sentence here is made up."""

from __future__ import annotations

import csv
import hashlib
import json
from collections import Counter, defaultdict
from pathlib import Path

import pytest
from typer.testing import CliRunner

from frontlog.cli import app
from frontlog.eval.snippets import (
    NONE,
    Snippet,
    SnippetScore,
    evaluate_snippets,
    judge_snippet,
    read_snippets,
    report_snippets,
    sub_type_label,
)
from frontlog.events.lexicon import EVENT_TYPE
from frontlog.records import Event, Place, Source

SNIPPETS = Path(__file__).parents[1] / "data" / "snippets" / "snippets.jsonl"
# the third batch (session 8): world wire wording, a realistic mix of sub-types, labelled blind
WORLD = SNIPPETS.with_name("snippets_world.jsonl")


def _event(sub: str, *, start: int = 0, background: bool = False) -> Event:
    src = Source("d", None, None, None, "s", start, start + 1)
    return Event(event_id=f"{sub}{start}", event_date="2021-03-02", date_precision="day",
                 event_type=EVENT_TYPE[sub], sub_event_type=sub, actor1=None, actor2=None,
                 location=Place("P", None, 1.0, 2.0, "Kenya", None, "city"), fatalities=None,
                 background=background, siege=False, sources=(src,), confidence=0.5)  # fmt: skip


def _snippet(sub: str) -> Snippet:
    return Snippet("x", "made up", "2021-03-02", EVENT_TYPE.get(sub, NONE), sub)


def test_snippet_set_covers_every_sub_type_with_eight_or_more() -> None:
    rows = [json.loads(line) for line in SNIPPETS.read_text("utf-8").splitlines()]
    counts = Counter(r["sub_event_type"] for r in rows)
    assert set(counts) == set(EVENT_TYPE) | {NONE}
    assert min(counts.values()) >= 8 and counts[NONE] >= 20
    assert len({r["id"] for r in rows}) == len(rows) and len({r["text"] for r in rows}) == len(rows)
    for r in rows:
        assert r["event_type"] == (NONE if r["sub_event_type"] == NONE else EVENT_TYPE[r["sub_event_type"]])


def test_world_snippets_cover_every_sub_type_in_a_realistic_mix() -> None:
    rows = [json.loads(line) for line in WORLD.read_text("utf-8").splitlines()]
    counts = Counter(r["sub_event_type"] for r in rows)
    assert set(counts) == set(EVENT_TYPE) | {NONE} and min(counts.values()) >= 2 and counts[NONE] >= 10
    # the common sub-types outnumber the rare ones, as in the news
    assert counts["Armed clash"] > counts["Air/drone strike"] > counts["Headquarters or base established"]
    old = [json.loads(line) for line in SNIPPETS.read_text("utf-8").splitlines()]
    both = rows + old
    assert len({r["id"] for r in both}) == len(both) and len({r["text"] for r in both}) == len(both)
    for r in rows:
        assert r["event_type"] == (NONE if r["sub_event_type"] == NONE else EVENT_TYPE[r["sub_event_type"]])


@pytest.mark.parametrize("path", [SNIPPETS, WORLD], ids=["snippets", "world"])
def test_snippet_splits_follow_the_fixed_hash_rule(path: Path) -> None:
    """Within each label, snippets ranked by SHA-256 of their id alternate dev, test, dev, ...:
    the halves were fixed before any tuning and must not be moved."""
    groups: dict[str, list[dict[str, str]]] = defaultdict(list)
    for line in path.read_text("utf-8").splitlines():
        row = json.loads(line)
        groups[row["sub_event_type"]].append(row)
    for rows in groups.values():
        ranked = sorted(rows, key=lambda r: hashlib.sha256(r["id"].encode()).hexdigest())
        assert [r["split"] for r in ranked] == ["dev" if i % 2 == 0 else "test" for i in range(len(ranked))]


def test_snippet_read_jsonl_split_and_labels() -> None:
    dev = read_snippets(SNIPPETS, split="dev")
    test = read_snippets(SNIPPETS, split="test")
    assert dev and test and not {s.id for s in dev} & {s.id for s in test}
    assert len(dev) + len(test) == len(read_snippets(SNIPPETS))


def test_snippet_labels_accept_acled_spelling_and_none() -> None:
    assert sub_type_label("excessive force against PROTESTORS") == "Excessive force against protesters"
    assert sub_type_label(" Air/drone  strike ") == "Air/drone strike"
    assert sub_type_label("") == NONE and sub_type_label("None") == NONE
    with pytest.raises(ValueError):
        sub_type_label("Skirmish")


def test_snippet_read_csv_with_text_and_sub_type_only(tmp_path: Path) -> None:
    path = tmp_path / "mine.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["Text", "sub_event_type"])
        w.writerow(["Police fired tear gas at marchers in Eldoret on Monday.", "Protest with intervention"])
        w.writerow(["The minister visited the port.", ""])
    rows = read_snippets(path, default_date="2020-02-03")
    assert [(r.event_type, r.sub_event_type, r.date) for r in rows] == [
        ("Protests", "Protest with intervention", "2020-02-03"),
        (NONE, NONE, "2020-02-03"),
    ]
    bad = tmp_path / "bad.csv"
    bad.write_text("text,label\nsomething,Attack\n", encoding="utf-8")
    with pytest.raises(ValueError, match="sub_event_type"):
        read_snippets(bad)


def test_snippet_pick_prefers_gold_sub_type_then_type_then_first() -> None:
    events = [_event("Armed clash", start=0), _event("Air/drone strike", start=5), _event("Attack", start=9)]
    assert judge_snippet(_snippet("Air/drone strike"), events).predicted == "Air/drone strike"
    # no event of the gold sub-type: one of the gold event type beats the first
    assert judge_snippet(_snippet("Suicide bomb"), events).predicted == "Air/drone strike"
    assert judge_snippet(_snippet("Arrests"), events).predicted == "Armed clash"
    # background events count only when nothing else is there
    old = [_event("Attack", start=0, background=True), _event("Armed clash", start=3)]
    assert judge_snippet(_snippet("Attack"), old).predicted == "Armed clash"
    assert judge_snippet(_snippet("Attack"), []).predicted == NONE


def _score(gold: str, predicted: str) -> SnippetScore:
    return SnippetScore("x", EVENT_TYPE.get(gold, NONE), gold, EVENT_TYPE.get(predicted, NONE), predicted, 1)


def test_snippet_report_measures() -> None:
    scores = [
        _score("Attack", "Attack"),
        _score("Attack", "Armed clash"),
        _score("Armed clash", "Armed clash"),
        _score("Arrests", NONE),
        _score(NONE, NONE),
        _score(NONE, "Armed clash"),
    ]
    r = report_snippets(scores, file="f", split=None, seconds=1.0)
    assert (r.n, r.n_events, r.n_none) == (6, 4, 2)
    assert (r.sub_event_type.right, r.sub_event_type.n) == (2, 4)
    assert (r.event_type.right, r.event_type.n) == (2, 4)  # Attack/Armed clash differ in type too
    assert (r.none_precision.right, r.none_precision.n) == (1, 2)
    assert (r.none_recall.right, r.none_recall.n) == (1, 2)
    clash = r.labels["Armed clash"]  # 1 right of 3 predicted, 1 gold
    assert (clash.n, clash.precision, clash.recall, clash.f1) == (1, 0.333, 1.0, 0.5)
    attack = r.labels["Attack"]
    assert (attack.precision, attack.recall, attack.f1) == (1.0, 0.5, 0.667)
    assert r.labels["Arrests"].f1 is None  # never predicted: counts 0 in the weighted F1
    assert r.weighted_f1 == round((2 * 0.667 + 1 * 0.5 + 0) / 4, 3)
    assert r.confusion["Attack"] == {"Attack": 1, "Armed clash": 1}


def test_snippet_evaluate_and_cli_on_a_made_up_csv(tmp_path: Path) -> None:
    path = tmp_path / "mine.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "text", "date", "sub_event_type"])
        w.writerow(["a", "Warplanes bombed the town of Saraqib in Idlib province on Tuesday.", "2019-05-07",
                    "Air/drone strike"])  # fmt: skip
        w.writerow(["b", "The minister will visit Nairobi next month.", "2019-05-07", "none"])
    report = evaluate_snippets(path)
    assert report.n == 2 and report.confusion[NONE] == {NONE: 1}
    assert report.confusion["Air/drone strike"] == {"Air/drone strike": 1}
    result = CliRunner().invoke(app, ["eval-snippets", str(path), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["sub_event_type"]["value"] == 1.0
    result = CliRunner().invoke(app, ["eval-snippets", str(path), "--split", "test"])
    assert result.exit_code == 1  # no snippet of that split
