"""Link lines of news pages are other stories' headlines, not the article's report (events/fold.py
is_link_line, lexicon/links.yaml); made-up lines."""

from __future__ import annotations

from frontlog.events.fold import is_link_line


def test_topic_labels_are_link_lines() -> None:
    assert is_link_line("Get short URL Topic Army Offensive in the North (120) 0")
    assert is_link_line("41 Topic Army Offensive in the North (120) Tags army offensive north")
    assert is_link_line("12 Related Army Retakes Hill Town After Week of Fighting")


def test_report_sentences_are_not() -> None:
    assert not is_link_line("Get short URL 0 12 Five soldiers were killed in a rocket attack on Monday.")
    assert not is_link_line("Related fighting killed four people in the town on Monday.")
    assert not is_link_line("Topical issues were discussed at the talks in the capital.")
