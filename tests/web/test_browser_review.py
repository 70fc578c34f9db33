"""Reviewing in the browser (issue 18): keyboard shortcuts and buttons confirm, reject and edit; a
re-run keeps the reviews; a hostile review note stays text. Debian's chromium, headless."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from frontlog.pipeline import run
from tests.store.conftest import make_articles
from tests.web.browser_kit import NO_CHROMIUM, SHOTS, chromium, open_page, serving
from tests.web.conftest import XSS, build_web_store

pytestmark = NO_CHROMIUM


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    db = build_web_store(tmp_path_factory.mktemp("review"), 6)
    with serving(db) as url:
        yield url, db


@pytest.fixture(scope="module")
def page(served: tuple[str, Path]) -> Iterator[object]:
    with chromium() as browser:
        yield open_page(browser, served[0])


def _row(page, n: int):  # type: ignore[no-untyped-def]
    return page.locator("#events tbody tr").nth(n)


def test_browser_review_keyboard_confirm_and_reject(page) -> None:  # type: ignore[no-untyped-def]
    total = page.locator("#events tbody tr").count()
    _row(page, 0).click()
    page.wait_for_selector("[data-testid=review-box]", timeout=10_000)
    first = _row(page, 0).get_attribute("data-event-id")
    page.keyboard.press("c")
    page.wait_for_selector(f"tr[data-event-id='{first}'].review-confirmed", timeout=10_000)
    assert "confirmed" in page.locator("[data-testid=review-status]").inner_text()
    page.keyboard.press("j")
    second = _row(page, 1).get_attribute("data-event-id")
    page.wait_for_selector(f"tr[data-event-id='{second}'].selected", timeout=10_000)
    page.wait_for_selector("[data-testid=review-box]", timeout=10_000)
    page.keyboard.press("x")
    page.wait_for_function(f"() => !document.querySelector(\"tr[data-event-id='{second}']\")", timeout=10_000)
    assert page.locator("#events tbody tr").count() == total - 1  # rejected events are hidden
    page.check("#f-rejected")
    assert page.locator(f"tr[data-event-id='{second}'].review-rejected").count() == 1
    page.uncheck("#f-rejected")


def test_browser_review_edit_with_hostile_note(page) -> None:  # type: ignore[no-untyped-def]
    row = _row(page, 2)
    event_id = row.get_attribute("data-event-id")
    row.click()
    page.wait_for_selector("[data-testid=review-box]", timeout=10_000)
    page.keyboard.press("e")
    form = page.locator("[data-testid=edit-form]")
    form.wait_for(timeout=10_000)
    form.locator("input[name=fatalities]").fill("23")
    page.fill("[data-testid=review-note-input]", f"checked against the report {XSS}")
    page.click("[data-testid=edit-save]")
    page.wait_for_selector(f"tr[data-event-id='{event_id}'].review-edited", timeout=10_000)
    cells = page.locator(f"tr[data-event-id='{event_id}'] td").all_inner_texts()
    assert "23" in cells
    note = page.locator("[data-testid=review-note]")
    note.wait_for(timeout=10_000)
    assert "<script>" in note.inner_text() and "onerror" in note.inner_text()
    assert page.evaluate("() => window.__xss") is None
    assert page.locator("#detail img, #detail script").count() == 0
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "web-review.png"))


def test_browser_review_survives_a_rerun(page, served: tuple[str, Path], tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    url, db = served

    def mark(classes: str | None) -> str:
        return next(c for c in (classes or "").split() if c.startswith("review-"))

    reviewed = {
        tr.get_attribute("data-event-id"): mark(tr.get_attribute("class"))
        for tr in page.locator("#events tbody tr.review-confirmed, #events tbody tr.review-edited").all()
    }
    assert len(reviewed) == 2
    make_articles(tmp_path / "more", 2, start=50)
    run([db.parent / "news", tmp_path / "more"], db=db)  # the same input again, and new articles
    page.goto(url)
    page.wait_for_selector("body[data-ready='1']", timeout=30_000)
    for event_id, classes in reviewed.items():
        assert mark(page.locator(f"tr[data-event-id='{event_id}']").get_attribute("class")) == classes
    edited = next(e for e, c in reviewed.items() if c == "review-edited")
    assert "23" in page.locator(f"tr[data-event-id='{edited}'] td").all_inner_texts()
