"""Hostile inputs (issue 16): each one is reported for itself and never stops the others.

Big inputs are generated here at test time, never committed.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from frontlog.ingest import read_articles
from frontlog.ingest.limits import MAX_ARTICLE_CHARS, cut_text
from frontlog.ingest.split import split_page

GOOD = "2019-04-01\n\nGovernment forces recaptured the town of Qalat on Monday after heavy fighting, officials said.\n"


def _codes(result, name: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [p.code for p in result.problems if name in p.source]


def _remove_deep(top: str, depth: int) -> None:
    """Remove the deep tree from the bottom up (shutil.rmtree, and so pytest's own clean-up of
    tmp_path, would recurse once per level)."""
    path = top + "/d" * depth
    while len(path) > len(top):
        for entry in os.scandir(path):
            if not entry.is_dir(follow_symlinks=False):
                os.unlink(entry.path)
        os.rmdir(path)
        path = os.path.dirname(path)


def test_folder_1000_levels_deep_is_walked(tmp_path: Path) -> None:
    deep = str(tmp_path)
    try:
        for _ in range(1000):
            deep += "/d"
            os.mkdir(deep)  # Path.mkdir(parents=True) would itself recurse 1,000 times
        Path(deep, "bottom.txt").write_text(GOOD, encoding="utf-8")
        (tmp_path / "top.txt").write_text(GOOD.replace("Qalat", "Tabqa"), encoding="utf-8")
        result = read_articles([tmp_path])
        assert sorted(a.file for a in result.articles) == ["bottom.txt", "top.txt"]
        assert not result.problems
    finally:
        _remove_deep(str(tmp_path), deep.count("/d") - str(tmp_path).count("/d"))


def test_folder_order_is_sorted_path_order(tmp_path: Path) -> None:
    for rel in ("b/c.txt", "b.txt", "a/z.txt", "c.txt"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(GOOD.replace("Qalat", rel.replace("/", " ")), encoding="utf-8")
    from frontlog.ingest import expand_inputs

    got = [f.name for f in expand_inputs([tmp_path])]
    assert got == [str(p) for p in sorted(p for p in tmp_path.rglob("*") if p.is_file())]


def test_symlink_loops_are_reported(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "up").symlink_to(tmp_path, target_is_directory=True)  # leads back up
    (tmp_path / "self.txt").symlink_to(tmp_path / "self.txt")  # a link to itself
    (tmp_path / "ping.txt").symlink_to(tmp_path / "pong.txt")
    (tmp_path / "pong.txt").symlink_to(tmp_path / "ping.txt")
    result = read_articles([tmp_path])
    assert [a.file for a in result.articles] == ["good.txt"]
    for name in ("up", "self.txt", "ping.txt", "pong.txt"):
        assert _codes(result, name) == ["E111"], name
    assert "loop" in str(next(p for p in result.problems if p.source.endswith("up")))
    # a looping link given on the command line is reported the same way, not as "does not exist"
    alone = read_articles([tmp_path / "self.txt"])
    assert [p.code for p in alone.problems] == ["E111"]


def test_file_name_not_utf8_is_one_named_error(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    bad = os.fsdecode(os.path.join(os.fsencode(tmp_path), b"caf\xe9.txt"))
    Path(bad).write_text(GOOD.replace("Qalat", "Tabqa"), encoding="utf-8")
    result = read_articles([tmp_path])
    assert [a.file for a in result.articles] == ["good.txt"]
    (problem,) = result.problems
    assert problem.code == "E110" and problem.source.endswith("caf\\xe9.txt")
    problem.source.encode("utf-8")  # printable: it can be stored and written to JSON
    assert result.inputs_failed == (problem.source,)


def test_over_long_line_is_cut_into_parseable_parts(tmp_path: Path) -> None:
    line = "".join(
        f"Rebels fired {i} shells at the village of Kafr Nabl, a monitor said. " for i in range(29_000)
    )
    assert len(line) > 2_000_000
    (tmp_path / "long.txt").write_text("2019-04-01\n" + line, encoding="utf-8")
    result = read_articles([tmp_path / "long.txt"])
    assert len(result.articles) >= 20
    assert all(len(a.text) <= MAX_ARTICLE_CHARS for a in result.articles)
    assert all(a.published == "2019-04-01" for a in result.articles)
    assert all(a.text.endswith("said.") for a in result.articles)  # cut after a sentence
    assert [p.code for p in result.problems] == ["W209"]


def test_cut_text_keeps_every_word() -> None:
    text = ("word " * 30 + "\n") * 5000 + "x" * 250_000
    parts = cut_text(text, 10_000)
    assert all(len(p) <= 10_000 for p in parts)
    assert "".join(parts).replace(" ", "").replace("\n", "") == text.replace(" ", "").replace("\n", "")


@pytest.mark.slow
def test_repeated_paragraphs_counted_and_linear() -> None:
    par = "Government forces shelled the rebel-held district of Jobar on Monday, activists said."
    page = "2019-04-01\n\n" + "\n\n".join(f"{par} Report {i % 500}." for i in range(100_000))
    (article,) = split_page(page)
    assert article.repeats_dropped == 100_000 - 500
    assert article.text.count("Report 7.") == 1


def test_repeated_paragraphs_reported(tmp_path: Path) -> None:
    par = "Government forces shelled the rebel-held district of Jobar on Monday, activists said."
    (tmp_path / "rep.txt").write_text("2019-04-01\n\n" + "\n\n".join([par] * 1234), encoding="utf-8")
    result = read_articles([tmp_path / "rep.txt"])
    assert len(result.articles) == 1
    assert any(p.code == "W210" and "1,233 repeated paragraphs dropped" in str(p) for p in result.problems)


def test_teaser_quoted_in_a_later_paragraph_still_dropped() -> None:
    teaser = "The town had been held by the army since 2012, residents said."
    page = f"{teaser}\n\nRebels seized the town of Qalat on Tuesday. {teaser} Fighting went on.\n"
    (article,) = split_page(page)
    assert article.text.count("held by the army") == 1 and article.repeats_dropped == 1


@pytest.mark.slow
def test_million_row_csv_without_text(tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    path.write_text("text,date\n" + ",2019-01-01\n" * 1_000_000, encoding="utf-8")
    result = read_articles([path])
    assert not result.articles and result.inputs_failed == (str(path),)
    w203 = [p for p in result.problems if p.code == "W203"]
    assert len(w203) <= 11 and "1,000,000 in all" in str(w203[-1])
    assert any(p.code == "E108" for p in result.problems)


def test_csv_rows_with_extra_cells_warned(tmp_path: Path) -> None:
    path = tmp_path / "wide.csv"
    path.write_text(
        'text,date\n"Rebels shelled the airport on Sunday, the army said.",2019-04-01,AFP,extra\n'
        '"Government forces recaptured Qalat on Monday, officials said.",2019-04-02\n',
        encoding="utf-8",
    )
    result = read_articles([path])
    assert len(result.articles) == 2
    (w,) = [p for p in result.problems if p.code == "W214"]
    assert "1 rows, first at lines 2" in str(w)


def test_impossible_dates_are_warnings(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Published: 31 February 2019\n\nRebels shelled the airport on 30 February, the army said in a statement.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.csv").write_text(
        'text,date\n"Rebels shelled the airport on Sunday, the army said.",2019-02-30\n', encoding="utf-8"
    )
    result = read_articles([tmp_path])
    w212 = [str(p) for p in result.problems if p.code == "W212"]
    assert len(w212) == 2
    assert "31 February 2019" in w212[0] and "30 February" in w212[0] and "2019-02-30" in w212[1]
    assert all(a.published is None for a in result.articles)


def test_a_reader_bug_is_one_error_for_that_input(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import frontlog.ingest

    real = frontlog.ingest.split_page

    def broken(page: str):  # type: ignore[no-untyped-def]
        if "boom" in page:
            raise ValueError("boom")
        return real(page)

    monkeypatch.setattr(frontlog.ingest, "split_page", broken)
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_text(GOOD + "boom\n", encoding="utf-8")
    result = read_articles([tmp_path], on_reader_error="warn")  # the suite's settings say raise
    assert [a.file for a in result.articles] == ["a.txt"]
    assert _codes(result, "b.txt") == ["E113"] and "boom" in str(result.problems[0])
