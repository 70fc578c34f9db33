"""Regenerate the bundled sample in examples/ from FA-KES (../shared/data/corpora/fakes.csv).

FA-KES (Salem et al., Zenodo 10.5281/zenodo.2607278) is CC BY 4.0. The rows are copied verbatim;
the HTML page and the JSONL file hold verbatim FA-KES articles too, so that the demo exercises
every reader (CSV, JSONL, HTML, plain text). Run from the repository root:

    .venv/bin/python tools/make_examples.py ../shared/data/corpora/fakes.csv
"""

from __future__ import annotations

import csv
import html
import json
import re
import sys
from pathlib import Path

PATTERN = re.compile(r"Islamic State|ISIS|Daesh|Raqqa|Palmyra|Deir|Aleppo|Idlib|Manbij")
N_CSV = 30


def main(src: str) -> None:
    with open(src, encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    picked = [r for r in rows if PATTERN.search(r["article_content"])][: N_CSV + 4]
    out = Path("examples")
    out.mkdir(exist_ok=True)
    fields = list(rows[0].keys())
    with open(out / "fakes_sample.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=fields)
        w.writeheader()
        w.writerows(picked[:N_CSV])
    extra = picked[N_CSV:]
    with open(out / "fakes_sample.jsonl", "w", encoding="utf-8") as f:
        for r in extra[:2]:
            f.write(
                json.dumps(
                    {
                        "id": r["unit_id"],
                        "headline": r["article_title"],
                        "body": r["article_content"],
                        "publisher": r["source"],
                        "published": r["date"],
                    },
                    ensure_ascii=False,
                )
                + "\n"
            )
    r = extra[2]
    page = f"""<!doctype html>
<html><head><meta charset="utf-8"><title>{html.escape(r["article_title"])}</title></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/syria">Syria</a></nav>
<article><h1>{html.escape(r["article_title"])}</h1>
<p class="date">{html.escape(r["date"])}</p>
<p>{html.escape(r["article_content"])}</p></article>
<footer>Share this article. Copyright notice. Subscribe to our newsletter.</footer></body></html>
"""
    (out / "fakes_page.html").write_text(page, encoding="utf-8")
    r = extra[3]
    (out / "fakes_article.txt").write_text(
        f"{r['article_title']}\n\n{r['date']}\n\n{r['article_content']}\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/corpora/fakes.csv")
