"""frontlog.update: rows in, events and control merged again, one transaction; and the store's
row-level methods it uses. Records are built by hand (made-up places), no model is loaded."""

from __future__ import annotations

import pytest

from frontlog.records import Article, DocumentResult, Mention, Place, ShareClaim, Source
from frontlog.store import Store
from frontlog.update import add_documents

TOWN = Place("Qalat Nur", 9990001, 35.0, 38.0, "Syria", "Raqqa", "city")
OTHER = Place("Tell Ward", 9990002, 35.5, 38.5, "Syria", "Raqqa", "city")
TEXT = "Government forces recaptured Qalat Nur on Monday. They hold 80 percent of Qalat Nur."


def _result(
    doc_id: str, *, place: Place = TOWN, date: str = "2018-03-12", claim: bool = True
) -> DocumentResult:
    article = Article(doc_id, f"{doc_id}.txt", TEXT, None, "2018-03-13", "Made-up Times", None)
    src = Source(doc_id, None, "Made-up Times", "2018-03-13", TEXT[:49], 0, 49)
    mention = Mention("Battles", "Government regains territory", date, "day", "Syrian government forces",
                      "Islamic State", place, None, False, False, src, "recapture", 0.8)  # fmt: skip
    claims = (ShareClaim("partial", place, date, "day", "Syrian government forces", None, 0.8, None,
                         Source(doc_id, None, None, None, TEXT[50:], 50, len(TEXT))),) if claim else ()  # fmt: skip
    return DocumentResult(article, ((0, 49), (50, len(TEXT))), (mention,), claims)


def test_update_adds_rows_and_merges_events_and_control() -> None:
    with Store(":memory:") as store:
        assert add_documents(store, [_result("d1"), _result("d2")], run_id="r", extractor="x") == 2
        events = store.events()
        assert len(events) == 1 and len(events[0].sources) == 2  # one capture told by two documents
        statuses = sorted(c.status for c in store.control())
        assert statuses == ["captured", "partial"]
        assert add_documents(store, [_result("d1")], run_id="r2", extractor="x") == 0  # already stored


def test_update_new_rules_replace_a_document_and_what_it_fed() -> None:
    with Store(":memory:") as store:
        add_documents(store, [_result("d1")], run_id="r", extractor="old")
        assert [e.location.name for e in store.events()] == ["Qalat Nur"]
        moved = _result("d1", place=OTHER, claim=False)
        assert add_documents(store, [moved], run_id="r2", extractor="new") == 1
        assert [e.location.name for e in store.events()] == ["Tell Ward"]  # the old block was re-merged away
        assert {c.place.name for c in store.control()} == {"Tell Ward"}
        assert store.counts()["documents"] == 1


def test_update_is_one_transaction(monkeypatch: pytest.MonkeyPatch) -> None:
    import frontlog.update

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("control failed")

    with Store(":memory:") as store:
        add_documents(store, [_result("d1")], run_id="r", extractor="x")
        before = store.counts()
        monkeypatch.setattr(frontlog.update, "build_control", broken)
        with pytest.raises(RuntimeError):
            add_documents(store, [_result("d2", place=OTHER)], run_id="r2", extractor="x")
        assert store.counts() == before


def test_store_row_methods_by_block_and_place() -> None:
    with Store(":memory:") as store, store.transaction():
        store.insert_documents([_result("d1"), _result("d2", place=OTHER, date="2018-03-14")], run_id="r")
        key = str(TOWN.geonameid)
        assert [m.place.name for m in store.mentions_in({(key, "2018-03-12")})] == ["Qalat Nur"]
        assert store.mentions_in({(key, "2018-03-14")}) == []
        assert [c.share for c in store.claims_at([key])] == [0.8]
        blocks, places = store.blocks_of(["d2"])
        assert blocks == {(str(OTHER.geonameid), "2018-03-14")} and places == {str(OTHER.geonameid)}
        store.delete_documents(["d2"])
        assert store.counts()["mentions"] == 1 and store.counts()["sentences"] == 2
