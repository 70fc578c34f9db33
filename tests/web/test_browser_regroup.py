"""Merging and splitting events in the browser (issue 18), as an analyst does: split a sentence that
tells another strike off an event, merge two events from the merge panel (keyboard `m`), re-run
the same input and find both still applied; a review clicked while a run holds the store is
queued and saved when the run ends. Hostile notes stay text. Debian's chromium, headless."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from frontlog.pipeline import run
from tests.store.test_reviews import MORE, STRIKE
from tests.web.browser_kit import NO_CHROMIUM, SHOTS, chromium, open_page, serving
from tests.web.conftest import XSS, build_web_store
from tests.web.test_regroup_api import _run_holding

pytestmark = NO_CHROMIUM


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    root = tmp_path_factory.mktemp("regroup")
    (root / "news").mkdir()
    (root / "news" / "one.txt").write_text(STRIKE, encoding="utf-8")
    (root / "news" / "two.txt").write_text(MORE, encoding="utf-8")  # one strike, two documents
    hostile_name = "report <img src=x onerror=window.__xss=4>.txt"  # a file name is untrusted too
    (root / "news" / hostile_name).write_text(
        "2018-03-15\n\nRebels shelled the town of Jarablus on Thursday, activists said.\n", encoding="utf-8"
    )
    db = build_web_store(root, 4)
    with serving(db) as url:
        yield url, db


@pytest.fixture(scope="module")
def page(served: tuple[str, Path]) -> Iterator[object]:
    with chromium() as browser:
        yield open_page(browser, served[0], height=1000)


def _rows(page) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    return {
        tr.get_attribute("data-event-id"): tr.locator("td").all_inner_texts()
        for tr in page.locator("#events tbody tr").all()
    }


def _choose(page, event_id: str) -> None:  # type: ignore[no-untyped-def]
    page.locator(f"#events tbody tr[data-event-id='{event_id}']").click()
    page.wait_for_selector("[data-testid=review-box]", timeout=10_000)


def test_browser_split_a_source_off_then_merge_it_back_and_rerun(page, served: tuple[str, Path]) -> None:  # type: ignore[no-untyped-def]
    url, db = served
    before = _rows(page)
    douma = next(i for i, cells in before.items() if cells[6] == "2")  # the strike on Douma, two documents
    _choose(page, douma)
    assert page.locator("[data-testid=split-source]").count() == 2  # one button per source sentence
    page.fill("[data-testid=review-note-input]", f"two strikes {XSS}")
    page.locator("[data-testid=split-source]").nth(1).click()
    page.wait_for_function(f"() => document.querySelectorAll('#events tbody tr').length === {len(before) + 1}",
                           timeout=15_000)  # fmt: skip
    assert "split off" in page.locator("[data-testid=review-msg]").inner_text()
    page.wait_for_function(f"() => document.getElementById('summary').textContent.startsWith('{len(before) + 1} events')",
                           timeout=10_000)  # fmt: skip
    after = _rows(page)
    (new,) = set(after) - set(before)
    assert after[douma][6] == "1" and after[new][6] == "1" and after[new][4] == after[douma][4]
    assert after[new][-1] == "✂" and after[douma][-1] == "✂"
    history = page.locator("[data-testid=regroup-history]").inner_text()
    assert "<script>" in history and page.evaluate("() => window.__xss") is None
    # merge them again from the merge panel: the split-off event is the first candidate (same place and day)
    _choose(page, douma)
    page.keyboard.press("m")
    candidate = page.locator(f"[data-testid=merge-candidate][data-event-id='{new}']")
    candidate.wait_for(timeout=10_000)
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "web-merge.png"))
    candidate.locator("[data-testid=merge-into]").click()
    page.wait_for_function(f"() => document.querySelectorAll('#events tbody tr').length === {len(before)}",
                           timeout=15_000)  # fmt: skip
    merged = _rows(page)
    assert new not in merged and merged[douma][6] == "2" and merged[douma][-1] == "⊕"
    run([db.parent / "news"], db=db)  # the same input again: events re-merged, split and merge applied again
    page.goto(url)
    page.wait_for_selector("body[data-ready='1']", timeout=30_000)
    again = _rows(page)
    assert set(again) == set(merged) and again[douma][6] == "2" and again[douma][-1] == "⊕"
    # undo the merge, then the split, from the event's history: back to the machine's events
    for undo, count in (("merged", len(before) + 1), ("split", len(before))):
        _choose(page, douma)
        line = page.locator(
            "[data-testid=regroup-history]", has_text=f"{'⊕' if undo == 'merged' else '✂'} {undo}:"
        )
        line.locator("[data-testid=regroup-undo]").click()
        page.wait_for_function(f"() => document.querySelectorAll('#events tbody tr').length === {count}",
                               timeout=15_000)  # fmt: skip
    assert _rows(page)[douma][6] == "2" and _rows(page)[douma][-1] == ""
    _choose(page, douma)
    assert "undone" in page.locator("[data-testid=review-status]").inner_text()
    assert page.locator("[data-testid=regroup-undo]").count() == 0  # nothing left in force to undo


def test_browser_merge_two_events_by_id_survives_a_rerun(page, served: tuple[str, Path]) -> None:  # type: ignore[no-untyped-def]
    url, db = served
    before = _rows(page)
    keep, other = [i for i, c in before.items() if c[-1] == ""][:2]
    _choose(page, keep)
    page.click("[data-testid=review-merge]")
    page.fill("[data-testid=merge-id]", other)
    page.click("[data-testid=merge-id-go]")
    page.wait_for_function(f"() => !document.querySelector(\"#events tbody tr[data-event-id='{other}']\")",
                           timeout=15_000)  # fmt: skip
    docs = int(_rows(page)[keep][6])
    assert docs >= max(int(before[keep][6]), int(before[other][6])) and _rows(page)[keep][-1] == "⊕"
    run([db.parent / "news"], db=db)
    page.goto(url)
    page.wait_for_selector("body[data-ready='1']", timeout=30_000)
    again = _rows(page)
    assert other not in again and again[keep][-1] == "⊕" and int(again[keep][6]) == docs
    page.goto(f"{url}?event={other}")  # a shared link to the event merged away
    page.wait_for_selector("body[data-ready='1']", timeout=30_000)
    assert "no longer in the store" in page.locator("[data-testid=gone]").inner_text()


def test_browser_review_while_a_run_writes_is_queued_then_saved(page, served: tuple[str, Path]) -> None:  # type: ignore[no-untyped-def]
    url, db = served
    event_id = next(iter(_rows(page)))
    db.touch()  # the store changed: the server cannot copy it while the run holds it
    with _run_holding(db):
        page.reload()
        page.wait_for_selector("body[data-ready='1']", timeout=30_000)
        assert "a run is writing the store" in page.locator("[data-testid=stale]").inner_text()
        _choose(page, event_id)
        page.keyboard.press("c")
        page.wait_for_function(
            "() => (document.querySelector('[data-testid=review-msg]') || {}).textContent?.includes('queued')",
            timeout=15_000,
        )
        assert "saved when the run ends" in page.locator("[data-testid=review-msg]").inner_text()
        _choose(page, event_id)
        assert page.locator("[data-testid=review-pending]").count() == 1
    page.goto(url)  # the first read after the run stores it
    page.wait_for_selector("body[data-ready='1']", timeout=30_000)
    cls = page.locator(f"#events tbody tr[data-event-id='{event_id}']").get_attribute("class") or ""
    assert "review-confirmed" in cls


def _injected(page) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """Elements that only an injection could have made (counted whether or not the CSP blocked them)."""
    return page.evaluate(
        """() => ({
             img: document.querySelectorAll("img[src='x'], img[onerror]").length,
             script: [...document.scripts].filter(s => !(s.getAttribute('src') || '').startsWith('/static/')).length,
             xss: window.__xss === undefined ? 0 : 1,
           })"""
    )


def test_browser_hostile_values_in_every_field_are_inert(page, served: tuple[str, Path]) -> None:  # type: ignore[no-untyped-def]
    url, _ = served
    ids = list(_rows(page))
    status = page.evaluate(
        """async ([a, b, xss]) => {
             const post = (id, what, body) => fetch(`/api/events/${id}/${what}`, {method: 'POST',
               headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body)}).then(r => r.status);
             return [await post(a, 'review', {status: 'edited', changes: {actor1: `A ${xss}`, actor2: `B ${xss}`},
                                              note: xss, who: xss}),
                     await post(a, 'merge', {other: b, note: xss, who: xss})];
           }""",
        [ids[0], ids[1], XSS],
    )
    assert status == [200, 200]
    page.goto(url + "?include_rejected=1")
    page.wait_for_selector("body[data-ready='1']", timeout=30_000)
    _choose(page, ids[0])
    page.wait_for_selector("[data-testid=regroup-history]", timeout=10_000)
    page.keyboard.press("m")  # candidates list actor names
    page.keyboard.press("e")  # the edit form holds them as values
    page.fill("#changes-since", "2000-01-01")
    page.click("[data-testid=changes-button]")
    page.wait_for_selector("[data-testid=changes]", timeout=10_000)
    hostile_file = next(
        i for i, c in _rows(page).items() if "Jarablus" in c[4] and c[1].startswith("Shelling")
    )
    text = page.locator("body").inner_text()
    assert text.count("<script>") >= 4 and "onerror" in text  # shown, as text
    assert page.locator("#f-actor option", has_text="<script>").count() == 2
    _choose(page, hostile_file)
    page.wait_for_selector("#detail mark", timeout=10_000)
    assert "<img src=x" in page.locator("#detail").inner_text()
    assert _injected(page) == {"img": 0, "script": 0, "xss": 0}
