"""Issue 16's huge inputs, generated here at test time (never committed): each one is read whole,
with every dropped or cut piece counted in a warning. Their memory and time are measured by
`tools/fuzz.py --big` (README "Robustness"), not asserted here."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from frontlog.ingest import read_articles
from frontlog.ingest.limits import MAX_ARTICLE_CHARS
from frontlog.pipeline import run

PARAGRAPH = (
    "Government forces shelled the rebel-held district of Jobar on the eastern edge of Damascus on "
    "Monday, killing at least four civilians, a monitor said. "
)


def _codes(result) -> list[str]:  # type: ignore[no-untyped-def]
    return [p.code for p in result.problems]


@pytest.mark.slow
def test_repeated_phrase_without_full_stop_through_the_pipeline(tmp_path: Path) -> None:
    """'killed 999999999999 people' 9,000 times without a full stop (over 6 GB before session 3)."""
    path = tmp_path / "phrase.txt"
    path.write_text("2019-01-02\n\n" + "killed 999999999999 people " * 9_000, encoding="utf-8")
    result = run([path], db=":memory:")
    assert result.ok and result.articles
    text = "".join(a.text for a in result.articles)
    assert text.count("999999999999") == 9_000  # nothing dropped
    for event in result.events:
        assert all(s.sentence and len(s.sentence) < 5_000 for s in event.sources)  # sentences are bounded


def _write_repeated(path: Path, size: int, distinct: int) -> int:
    """About `size` bytes of `distinct` long paragraphs repeated in turn; returns the paragraph count."""
    paragraphs = [f"Report {i}. " + PARAGRAPH * 12 for i in range(distinct)]
    block = "\n\n".join(paragraphs) + "\n\n"
    n = 0
    with path.open("w", encoding="utf-8") as f:
        f.write("2019-01-02\n\n")
        for _ in range(size // len(block)):
            f.write(block)
            n += distinct
    return n


@pytest.mark.slow
def test_200mb_text_of_repeated_paragraphs_keeps_one_copy_of_each(tmp_path: Path) -> None:
    path = tmp_path / "repeated.txt"
    n = _write_repeated(path, 200_000_000, 40)  # 40 distinct paragraphs: 72,000 characters
    assert path.stat().st_size > 190_000_000
    result = read_articles([path])
    assert not result.inputs_failed
    (article,) = result.articles
    assert all(article.text.count(f"Report {i}. ") == 1 for i in range(40))
    assert _codes(result) == ["W210"]
    assert f"{n - 40:,} repeated paragraphs dropped" in str(result.problems[0])  # every dropped copy counted


@pytest.mark.slow
def test_200mb_text_of_distinct_paragraphs_is_cut_not_dropped(tmp_path: Path) -> None:
    path = tmp_path / "distinct.txt"
    line = PARAGRAPH * 12
    n = 200_000_000 // (len(line) + 20)
    with path.open("w", encoding="utf-8") as f:
        f.write("2019-01-02\n\n")
        for i in range(n):
            f.write(f"Report {i}. {line}\n\n")
    result = read_articles([path])
    assert not result.inputs_failed
    assert len(result.articles) >= 1_900 and all(len(a.text) <= MAX_ARTICLE_CHARS for a in result.articles)
    assert _codes(result) == ["W209"]
    numbers = {int(m) for a in result.articles for m in re.findall(r"Report (\d+)\. ", a.text)}
    assert numbers == set(range(n))  # every paragraph kept, in some part


@pytest.mark.slow
def test_50mb_line_is_cut_into_parts_with_every_sentence(tmp_path: Path) -> None:
    path = tmp_path / "line.txt"
    with path.open("w", encoding="utf-8") as f:
        f.write("2019-01-02\n")
        i = 0
        while f.tell() < 50_000_000:
            f.write("".join(f"Rebels fired {j} shells at the village, a monitor said. " for j in range(i, i + 1000)))
            i += 1000
    result = read_articles([path])
    assert not result.inputs_failed and _codes(result) == ["W209"]
    assert len(result.articles) >= 500 and all(len(a.text) <= MAX_ARTICLE_CHARS for a in result.articles)
    assert sum(a.text.count("Rebels fired ") for a in result.articles) == i
