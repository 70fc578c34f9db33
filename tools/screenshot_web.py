"""Screenshot the web view over a store, in a view given as a shareable query string.

    python tools/screenshot_web.py --db out/seeds.duckdb --view "place=Raqqa&by=month" --out docs/web-view.png
    python tools/screenshot_web.py --db sample.duckdb --view "type=Air%2Fdrone+strike" --event-at 2015-07-05 --press m --out docs/web-review.png

Serves the store on a free local port, opens the page in Debian's chromium (Playwright), waits
until it is ready and, with --event-at PLACE, selects that place's first event (the map follows
it), presses the --press keys (m: the merge panel, e: the edit form), then writes the PNG. Used
for the README's screenshots.
"""

from __future__ import annotations

import argparse
import socket
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--view", default="", help="the page's query string (filters, place, event, chart)")
    ap.add_argument("--event-at", default=None, help="select the first event at this place")
    ap.add_argument("--out", required=True)
    ap.add_argument("--press", action="append", default=[], help="keys to press after choosing the event")
    ap.add_argument("--size", default="1500x950")
    args = ap.parse_args()
    import uvicorn
    from playwright.sync_api import sync_playwright

    from frontlog.web import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    srv = uvicorn.Server(uvicorn.Config(create_app(args.db), host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=srv.run, daemon=True).start()
    while not srv.started:
        time.sleep(0.05)
    width, height = (int(x) for x in args.size.split("x"))
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": width, "height": height})
        page.goto(f"http://127.0.0.1:{port}/?{args.view}")
        page.wait_for_selector("body[data-ready='1']", timeout=60_000)
        if args.event_at:
            row = page.locator("#events tbody tr", has_text=args.event_at).first
            row.click()
            page.wait_for_selector("#detail mark", timeout=30_000)
        for key in args.press:
            page.keyboard.press(key)
            time.sleep(0.5)
        time.sleep(1.5)  # tiles of the basemap and the labels settle
        page.screenshot(path=args.out)
        browser.close()
    srv.should_exit = True
    print(f"screenshot -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
