"""A store for the web tests: made-up news plus one article whose text carries HTML and script."""

from __future__ import annotations

from pathlib import Path

from frontlog.pipeline import run
from tests.store.conftest import make_articles

LOCAL = "http://127.0.0.1:8765"  # the TestClient's base URL: a Host header the server answers to
XSS = '<script>window.__xss=1</script><img src=x onerror="window.__xss=2">'


def build_web_store(root: Path, n: int) -> Path:
    make_articles(root / "news", n)
    (root / "news" / "hostile.txt").write_text(
        f"2018-03-20\n\nGovernment forces recaptured the town of Saraqib {XSS} from Islamic State fighters on Tuesday.\n",
        encoding="utf-8",
    )
    # hostile title and outlet too, through an export
    import json

    row = {"headline": f"Title {XSS}", "publisher": f"Outlet {XSS}", "published": "2018-03-21", "url": "javascript:window.__xss=3",
           "body": "Rebels shelled the town of Douma on Wednesday, killing three people, activists said."}  # fmt: skip
    (root / "news" / "feed.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    db = root / "s.duckdb"
    run([root / "news"], db=db)
    return db
