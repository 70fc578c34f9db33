"""Reviews (issue 18): rows in the store that re-runs keep and re-apply, exports that mark reviewed
events and leave rejected ones out, corroboration fields, and reviews as gold for `eval`."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from frontlog.cli import app
from frontlog.export import EventFilter, export, select_events
from frontlog.pipeline import run
from frontlog.records import Event, Place, Source
from frontlog.store import Store
from frontlog.store.reviews import ReviewError, add_review, reviews_of
from tests.store.conftest import make_articles

runner = CliRunner()
STRIKE = "2018-03-13\n\nRussian warplanes struck the town of Douma on Monday, residents said.\n"
MORE = (
    "2018-03-13\n\nRussian air strikes killed at least four civilians in Douma on Monday, the Syrian Observatory "
    "for Human Rights said.\n"
)


def _events(db: Path) -> list[Event]:
    with Store(db, read_only=True) as store:
        return store.events()


def test_reviews_survive_and_apply_after_reruns(tmp_path: Path) -> None:
    news = tmp_path / "news"
    make_articles(news, 4)
    db = tmp_path / "s.duckdb"
    first = run([news], db=db).events
    rejected, edited, confirmed = first[0].event_id, first[1].event_id, first[2].event_id
    with Store(db) as store:
        add_review(store.con, rejected, status="rejected", note="not an event", who="ana")
        add_review(store.con, edited, status="edited", changes={"fatalities": 17, "actor2": None}, who="ana")
        add_review(store.con, confirmed, status="confirmed", who="ben")
    for again in ([news], [news, tmp_path / "more"]):  # the same input, then new input too
        make_articles(tmp_path / "more", 3, start=20)
        run(again, db=db)
        by_id = {e.event_id: e for e in _events(db)}
        assert by_id[rejected].review == "rejected" and by_id[confirmed].review == "confirmed"
        assert (
            by_id[edited].review == "edited"
            and by_id[edited].fatalities == 17
            and by_id[edited].actor2 is None
        )
    with Store(db, read_only=True) as store:
        history = reviews_of(store.con, edited)
        assert history[0].who == "ana" and history[0].changes == {"fatalities": 17, "actor2": None}
        machine = store.con.execute("SELECT fatalities FROM events WHERE event_id = ?", [edited]).fetchone()
        assert machine is not None and machine[0] != 17  # the machine's row is untouched


def test_reviews_follow_a_remerged_event_and_say_its_evidence_changed(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "one.txt").write_text(STRIKE, encoding="utf-8")
    (tmp_path / "b" / "two.txt").write_text(MORE, encoding="utf-8")
    db = tmp_path / "s.duckdb"
    (before,) = run([tmp_path / "a"], db=db).events
    with Store(db) as store:
        add_review(store.con, before.event_id, status="edited", changes={"fatalities": 4}, note="4 said SOHR")
    second = run([tmp_path / "b"], db=db)
    (after,) = _events(db)
    assert after.event_id != before.event_id and after.actor2 == "Civilians"  # a new actor: a new id
    assert after.review == "edited" and after.fatalities == 4
    notes = [str(p) for p in second.problems if p.code == "W301"]
    assert any("is now" in n and before.event_id in n for n in notes)
    assert any("evidence changed" in n for n in notes)
    with Store(db, read_only=True) as store:
        assert reviews_of(store.con, after.event_id)[0].evidence_changed


def test_reviews_checked(tmp_path: Path) -> None:
    news = tmp_path / "news"
    make_articles(news, 1)
    db = tmp_path / "s.duckdb"
    event_id = run([news], db=db).events[0].event_id
    with Store(db) as store:
        for kwargs, says in [
            ({"status": "approved"}, "status is one of"),
            ({"status": "edited"}, "at least one field"),
            ({"status": "edited", "changes": {"colour": "red"}}, "cannot change colour"),
            ({"status": "edited", "changes": {"sub_event_type": "Airstrike"}}, "unknown sub_event_type"),
            ({"status": "edited", "changes": {"event_date": "2018-02-30"}}, "not a date"),
            ({"status": "edited", "changes": {"fatalities": -1}}, "whole number"),
            ({"status": "confirmed", "note": "x" * 5000}, "at most"),
        ]:
            with pytest.raises(ReviewError, match=says):
                add_review(store.con, event_id, **kwargs)  # type: ignore[arg-type]
        with pytest.raises(ReviewError, match="no event"):
            add_review(store.con, "0123456789abcdef", status="confirmed")
        review = add_review(store.con, event_id, status="edited",
                            changes={"sub_event_type": "Armed clash", "event_date": "2018-03"})  # fmt: skip
    assert review.changes["event_type"] == "Battles" and review.changes["date_precision"] == "month"


def test_reviews_in_exports(tmp_path: Path) -> None:
    news = tmp_path / "news"
    make_articles(news, 4)
    db = tmp_path / "s.duckdb"
    events = run([news], db=db).events
    with Store(db) as store:
        add_review(store.con, events[0].event_id, status="rejected")
        add_review(store.con, events[1].event_id, status="confirmed")
    with Store(db, read_only=True) as store:
        kept = export(store, "acled-csv", tmp_path / "e.csv")
        every = export(store, "jsonl", tmp_path / "e.jsonl", filt=EventFilter(include_rejected=True))
    assert kept.events == len(events) - 1 and every.events == len(events)
    with (tmp_path / "e.csv").open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert {r["review"] for r in rows} == {"confirmed", ""}
    assert all(r["n_sources"] and r["n_outlets"] and r["party_attributed"] in ("0", "1") for r in rows)
    lines = [json.loads(line) for line in (tmp_path / "e.jsonl").read_text().splitlines()]
    assert {x.get("review") for x in lines} == {"rejected", "confirmed", None}
    cli = runner.invoke(
        app, ["export", "--db", str(db), "--out", str(tmp_path / "x.jsonl"), "--include-rejected"]
    )
    assert cli.exit_code == 0 and f"{len(events)} events" in cli.output


def _src(doc: str, outlet: str | None, by: str | None = None) -> Source:
    return Source(doc, None, outlet, "2018-03-01", "text", 0, 4, by)


def test_reviews_corroboration_fields(tmp_path: Path) -> None:
    place = Place("Douma", 1, 33.5, 36.4, "Syria", None, "city")
    e = Event("ab", "2018-03-01", "day", "Battles", "Armed clash", "Syrian government forces", "Jaysh al-Islam",
              place, None, False, False, (_src("d1", "AFP"), _src("d1", "AFP"), _src("d2", "afp ", "Jaysh al-Islam"),
                                          _src("d3", None)), 0.8)  # fmt: skip
    assert (e.n_sources, e.n_outlets, e.party_attributed) == (3, 2, True)
    lone = Event("cd", "2018-03-01", "day", "Battles", "Armed clash", "Syrian government forces", None, place, None,
                 False, False, (_src("d1", "AFP", "Syrian Observatory for Human Rights"),), 0.8)  # fmt: skip
    assert (lone.n_sources, lone.n_outlets, lone.party_attributed) == (1, 1, False)
    assert {"n_sources", "n_outlets", "party_attributed"} <= set(lone.to_json())
    news = tmp_path / "news"
    make_articles(news, 3)
    (news / "one.txt").write_text(STRIKE, encoding="utf-8")
    (news / "two.txt").write_text(MORE, encoding="utf-8")  # the same strike: two documents
    db = tmp_path / "s.duckdb"
    run([news], db=db)
    with Store(db, read_only=True) as store:
        single = select_events(store, EventFilter(single_source=True))
        several = select_events(store, EventFilter(single_source=False))
        assert single and several and len(single) + len(several) == len(select_events(store))
    assert all(x.n_sources == 1 for x in single) and all(x.n_sources > 1 for x in several)


def test_reviews_as_gold_for_eval(tmp_path: Path) -> None:
    news = tmp_path / "news"
    make_articles(news, 3)
    db = tmp_path / "s.duckdb"
    out = tmp_path / "out"
    events = run([news], db=db, out_dir=out).events
    with Store(db) as store:
        add_review(store.con, events[0].event_id, status="confirmed")
        add_review(store.con, events[1].event_id, status="rejected")
        add_review(
            store.con,
            events[2].event_id,
            status="edited",
            changes={"sub_event_type": "Shelling/artillery/missile attack"},
        )
    result = runner.invoke(app, ["eval", str(db), str(out), "--gold-from-reviews", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    strict = report["events"]["strict"]
    assert report["reviews"]["gold_events"] == 2
    assert (
        strict["gold"] == 2 and strict["matched"] == 1
    )  # the confirmed one; the edited type no longer matches
    assert strict["predicted"] >= 3  # the rejected one is predicted again: spurious
    empty = tmp_path / "empty.duckdb"
    Store(empty).close()
    none = runner.invoke(app, ["eval", str(empty), str(out), "--gold-from-reviews"])
    assert none.exit_code == 2 and "no reviewed events" in none.output
