"""What the browser tests share: Debian's chromium, a server on a free port in a thread, and a
page opened once the app says it is ready."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"
NO_CHROMIUM = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian chromium is not installed")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic"]  # fmt: skip


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def serving(db: Path) -> Iterator[str]:
    """The web app on the store `db`, served by uvicorn in a thread: yields its URL."""
    import uvicorn

    from frontlog.web import create_app

    port = free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not srv.started and time.time() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}/"
    srv.should_exit = True
    thread.join(timeout=10)


@contextmanager
def chromium() -> Iterator[Any]:
    """A headless Debian chromium driven by Playwright (skipped when Playwright is missing)."""
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield browser
        browser.close()


def open_page(browser: Any, url: str, *, height: int = 900, **options: Any) -> Any:
    """A new page at `url`, once the app has loaded its data."""
    page = browser.new_page(viewport={"width": 1400, "height": height}, **options)
    page.goto(url)
    page.wait_for_selector("body[data-ready='1']", timeout=30_000)
    return page
