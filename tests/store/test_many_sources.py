"""Issue 16's hostile case for the store: one sentence repeated 12,000 times on one 2.3 MB line
(with a number changed) is one event with 12,000 sources and one control record with 12,000
claims. The records are built by hand (made-up place, no model); the input is generated here."""

from __future__ import annotations

from frontlog.records import Article, DocumentResult, Mention, Place, ShareClaim, Source
from frontlog.store import Store
from frontlog.update import add_documents

TOWN = Place("Qalat Nur", 9990001, 35.0, 38.0, "Syria", "Raqqa", "city")
PARTS, PER_PART = 24, 500  # as the ingest stage cuts the 2.3 MB line: parts of at most 100,000 characters


def _part(n: int) -> DocumentResult:
    doc_id = f"line-part-{n:02d}"
    sentences = [
        f"Government forces recaptured Qalat Nur and hold 80 percent of it (report {n * PER_PART + i}). "
        for i in range(PER_PART)
    ]
    text = "".join(sentences)
    article = Article(doc_id, "line.txt", text, None, "2018-03-13", "Made-up Times", None)
    spans, start = [], 0
    for s in sentences:
        spans.append((start, start + len(s) - 1))
        start += len(s)
    mentions, claims = [], []
    for a, b in spans:
        src = Source(doc_id, None, "Made-up Times", "2018-03-13", text[a:b], a, b)
        mentions.append(Mention("Battles", "Government regains territory", "2018-03-12", "day",
                                "Syrian government forces", "Islamic State", TOWN, None, False, False, src,
                                "recaptured", 0.8))  # fmt: skip
        claims.append(ShareClaim("partial", TOWN, "2018-03-12", "day", "Syrian government forces", None, 0.8,
                                 None, src))  # fmt: skip
    return DocumentResult(article, tuple(spans), tuple(mentions), tuple(claims))


def test_one_event_told_12000_times_keeps_every_source() -> None:
    parts = [_part(n) for n in range(PARTS)]
    with Store(":memory:") as store:
        add_documents(store, parts, run_id="r", extractor="x")
        (event,) = store.events()
        assert len(event.sources) == PARTS * PER_PART == 12_000
        assert event.n_sources == PARTS  # distinct documents
        texts = {p.article.doc_id: p.article.text for p in parts}
        assert all(s.sentence == texts[s.doc_id][s.start : s.end] for s in event.sources)
        assert len({s.sentence for s in event.sources}) == 12_000
        by_status = {c.status: c for c in store.control()}
        assert sorted(by_status) == ["captured", "partial"]
        assert len(by_status["captured"].sources) == 12_000
        assert len(by_status["partial"].sources) == 12_000  # 12,000 claims, one record
        assert by_status["captured"].event_ids == (event.event_id,)


def test_one_event_told_in_many_batches_is_the_same_event() -> None:
    parts = [_part(n) for n in range(6)]
    with Store(":memory:") as whole, Store(":memory:") as batched:
        add_documents(whole, parts, run_id="r", extractor="x")
        for i in range(0, 6, 2):
            add_documents(batched, parts[i : i + 2], run_id="r", extractor="x")
        (a,), (b,) = whole.events(), batched.events()
        assert a.event_id == b.event_id and a.sources == b.sources and len(a.sources) == 3_000
        assert [(c.control_id, c.sources) for c in whole.control()] == [
            (c.control_id, c.sources) for c in batched.control()
        ]
