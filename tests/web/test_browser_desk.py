"""The analyst's desk in the browser (issue 18): the chart follows the slider and a bar narrows it,
a shared URL restores the view, the download holds what the filters show, the map has a legend,
labels and fixed controller colours, and /docs renders with no request leaving the machine."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest

from tests.web.browser_kit import NO_CHROMIUM, SHOTS, chromium, open_page, serving
from tests.web.conftest import build_web_store

pytestmark = NO_CHROMIUM
VENDOR = Path(__file__).resolve().parents[2] / "frontlog" / "web" / "static" / "vendor"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with serving(build_web_store(tmp_path_factory.mktemp("desk"), 12)) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with chromium() as b:
        yield b


def _open(browser, url: str):  # type: ignore[no-untyped-def]
    return open_page(browser, url, height=1000, accept_downloads=True)


def _bars(page) -> list[int]:  # type: ignore[no-untyped-def]
    return [
        int(x) for x in page.eval_on_selector_all("[data-testid=bar]", "bs => bs.map(b => b.dataset.total)")
    ]


def test_browser_desk_chart_follows_slider_and_bars_filter(browser, server: str) -> None:  # type: ignore[no-untyped-def]
    page = _open(browser, server)
    rows = page.locator("#events tbody tr").count()
    assert sum(_bars(page)) == rows > 0  # the chart counts what the table shows
    page.select_option("#chart-by", "day")
    per_day = _bars(page)
    assert sum(per_day) == rows and len(per_day) >= 2
    page.eval_on_selector("#to", "el => { el.value = 1; el.dispatchEvent(new Event('input')); }")
    shown = page.locator("#events tbody tr").count()
    assert shown < rows and sum(_bars(page)) == shown
    page.eval_on_selector("#to", "el => { el.value = el.max; el.dispatchEvent(new Event('input')); }")
    last = page.locator("[data-testid=bar]").last
    period = last.get_attribute("data-period")
    last.click()
    dates = page.locator("#events tbody tr td:first-child").all_inner_texts()
    assert dates and all(d.startswith(period or "?") for d in dates)
    page.close()


def test_browser_desk_shared_url_restores_the_view(browser, server: str) -> None:  # type: ignore[no-untyped-def]
    page = _open(browser, server)
    page.select_option("#f-type", "Air/drone strike")
    page.locator("#events tbody tr").first.click()
    page.wait_for_selector("#detail mark", timeout=10_000)
    selected = page.locator("#events tbody tr.selected").get_attribute("data-event-id")
    page.select_option("#place", "Tabqa")
    url = page.url
    assert "type=Air" in url and f"event={selected}" in url and "place=Tabqa" in url
    rows = page.locator("#events tbody tr").all_inner_texts()
    page.close()
    again = _open(browser, url)  # a colleague opens the link
    assert again.input_value("#f-type") == "Air/drone strike" and again.input_value("#place") == "Tabqa"
    assert again.locator("#events tbody tr").all_inner_texts() == rows
    again.wait_for_selector(f"tr[data-event-id='{selected}'].selected", timeout=10_000)
    again.wait_for_selector("#detail mark", timeout=10_000)
    again.wait_for_selector("#timeline tbody tr", timeout=10_000)
    again.close()


def test_browser_desk_download_holds_the_filtered_rows(browser, server: str) -> None:  # type: ignore[no-untyped-def]
    page = _open(browser, server)
    page.select_option("#f-type", "Government regains territory")
    page.eval_on_selector("#from", "el => { el.value = 1; el.dispatchEvent(new Event('input')); }")
    shown = sorted(page.eval_on_selector_all("#events tbody tr", "rs => rs.map(r => r.dataset.eventId)"))
    assert shown
    with page.expect_download() as info:
        page.click("[data-testid=download]")
    body = Path(info.value.path()).read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(body)))
    assert info.value.suggested_filename.endswith(".csv")
    assert sorted(r["event_id_cnty"].split("-", 1)[1] for r in rows) == shown
    page.close()


def test_browser_desk_map_legend_labels_and_controller_colours(browser, server: str) -> None:  # type: ignore[no-untyped-def]
    page = _open(browser, server)
    legend = page.locator("[data-testid=legend]").inner_text()
    assert "Battles" in legend and "the region" in legend and "controller" in legend
    page.wait_for_selector("[data-testid=legend-controller]", timeout=10_000)
    colours = page.eval_on_selector_all(
        "[data-testid=legend-controller] .ring", "rs => rs.map(r => r.style.borderColor)"
    )
    page.reload()
    page.wait_for_selector("[data-testid=legend-controller]", timeout=10_000)
    again = page.eval_on_selector_all(
        "[data-testid=legend-controller] .ring", "rs => rs.map(r => r.style.borderColor)"
    )
    assert colours and colours == again  # a colour per controller, not per load order
    assert page.locator(".fl-cluster, .leaflet-interactive").count() > 0
    page.locator("#events tbody tr").first.click()  # the map follows the selection: a ring on the event
    page.wait_for_selector("path.selected-ring", state="attached", timeout=10_000)
    page.wait_for_selector(".place-label, .capital-label", state="attached", timeout=10_000)
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "web-desk.png"))
    page.close()


@pytest.mark.skipif(
    not (VENDOR / "swagger-ui-bundle.js").exists(), reason="swagger-ui-dist not vendored (make install)"
)
def test_browser_desk_docs_offline(browser, server: str) -> None:  # type: ignore[no-untyped-def]
    page = browser.new_page()
    hosts: set[str] = set()
    page.on("request", lambda r: hosts.add(urlparse(r.url).hostname or ""))
    page.goto(server + "docs")
    page.get_by_text("/api/events/{event_id}/review").first.wait_for(timeout=30_000)
    assert page.locator(".opblock").count() > 5
    assert hosts == {"127.0.0.1"}
    page.close()


def test_browser_desk_front_line_follows_slider_and_shows_sources(browser, server: str) -> None:  # type: ignore[no-untyped-def]
    page = _open(browser, server)
    page.select_option("#place", "Tabqa")
    page.wait_for_selector("#timeline tbody tr", timeout=10_000)
    assert page.locator("#timeline tbody tr.after").count() == 0
    page.eval_on_selector("#to", "el => { el.value = 0; el.dispatchEvent(new Event('input')); }")
    first_day = page.locator("#to-label").inner_text()
    later = page.eval_on_selector_all(
        "#timeline tbody tr", "rs => rs.map(r => [r.dataset.date, r.classList.contains('after')])"
    )
    assert later and all(after == (day > first_day) for day, after in later)
    page.locator("#timeline tbody tr").first.click()
    quote = page.locator("[data-testid=record-source]").first
    quote.wait_for(timeout=10_000)
    assert "Tabqa" in quote.inner_text()
    page.close()


def test_browser_desk_changes_panel(browser, server: str) -> None:  # type: ignore[no-untyped-def]
    page = _open(browser, server)
    page.fill("#changes-since", "2000-01-01")
    page.click("[data-testid=changes-button]")
    panel = page.locator("[data-testid=changes]")
    panel.wait_for(timeout=10_000)
    text = panel.inner_text()
    total = page.evaluate(
        "async () => (await (await fetch('/api/events?include_rejected=true')).json()).total"
    )
    assert f"new events ({total})" in text and "places whose controller changed" in text
    assert page.evaluate("() => window.__xss") is None
    page.locator(".changes-part li.link").first.click()  # opens the event
    page.wait_for_selector("#detail mark", timeout=10_000)
    page.close()
