"""The page in a real browser (Playwright driving Debian's chromium, headless).

`make test` installs chromium (apt) when it is missing; without it (not root, no apt) these
tests are skipped with the reason.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.web.browser_kit import NO_CHROMIUM, SHOTS, chromium, open_page, serving
from tests.web.conftest import build_web_store

pytestmark = NO_CHROMIUM


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with serving(build_web_store(tmp_path_factory.mktemp("browser"), 8)) as url:
        yield url


@pytest.fixture(scope="module")
def page(server: str) -> Iterator[object]:
    with chromium() as browser:
        yield open_page(browser, server)


def test_browser_markers_and_table(page) -> None:  # type: ignore[no-untyped-def]
    rows = page.locator("#events tbody tr")
    assert rows.count() > 0
    drawn = page.locator(".leaflet-interactive, .marker-cluster").count()
    assert drawn > 0
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "web-overview.png"))


def test_browser_slider_filters_events(page) -> None:  # type: ignore[no-untyped-def]
    before = page.locator("#events tbody tr").count()
    page.eval_on_selector("#to", "el => { el.value = 0; el.dispatchEvent(new Event('input')); }")
    after = page.locator("#events tbody tr").count()
    assert after < before
    page.eval_on_selector("#to", "el => { el.value = el.max; el.dispatchEvent(new Event('input')); }")
    assert page.locator("#events tbody tr").count() == before


def test_browser_row_shows_highlighted_sentence(page) -> None:  # type: ignore[no-untyped-def]
    page.locator("#events tbody tr").first.click()
    mark = page.locator("#detail mark").first
    mark.wait_for(timeout=10_000)
    assert len(mark.inner_text()) > 20
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "web-event.png"))


def test_browser_control_timeline(page) -> None:  # type: ignore[no-untyped-def]
    page.select_option("#place", "Tabqa")
    page.wait_for_selector("#timeline tbody tr", timeout=10_000)
    text = page.locator("#timeline tbody").inner_text()
    assert "captured" in text and "80%" in text


def test_browser_article_html_is_not_executed(page) -> None:  # type: ignore[no-untyped-def]
    hostile = page.evaluate(
        """async () => (await (await fetch('/api/events?limit=1000')).json()).events
             .find(e => e.sources.some(s => s.sentence.includes('<script>'))).event_id"""
    )
    page.locator(f"#events tbody tr[data-event-id='{hostile}']").click()
    page.wait_for_selector("#detail mark", timeout=10_000)
    assert "<script>" in page.locator("#detail").inner_text()
    assert page.evaluate("() => window.__xss") is None
    assert page.locator("#detail img").count() == 0


def test_browser_hostile_title_and_outlet_are_text(page) -> None:  # type: ignore[no-untyped-def]
    target = page.evaluate(
        """async () => (await (await fetch('/api/events?limit=1000')).json()).events
             .find(e => e.sources.some(s => (s.outlet || '').includes('<script>'))).event_id"""
    )
    page.locator(f"#events tbody tr[data-event-id='{target}']").click()
    page.wait_for_selector("#detail mark", timeout=10_000)
    shown = page.locator("#detail").inner_text()
    assert "Title <script>" in shown and "Outlet <script>" in shown
    assert page.locator("#detail a[href^='javascript']").count() == 0  # an untrusted URL is no link
    assert page.evaluate("() => window.__xss") is None
    assert page.locator("#detail img, #detail script").count() == 0
