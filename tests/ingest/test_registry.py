"""Input readers register by name: a new reader is one decorated function."""

from __future__ import annotations

from pathlib import Path

import frontlog.ingest as ingest
from frontlog.ingest import READERS, read_articles, register_reader


def test_readers_built_in_and_html_sniffed(tmp_path: Path) -> None:
    assert list(READERS) == ["csv", "json", "html", "text"]
    page = "<html><body><article><p>" + "Government forces shelled the made-up town of Qalat Nur. " * 3
    (tmp_path / "page.txt").write_text(page + "</p></article></body></html>", encoding="utf-8")
    (art,) = read_articles([tmp_path / "page.txt"]).articles
    assert "<p>" not in art.text and "Qalat Nur" in art.text  # read as HTML despite its suffix


def test_readers_a_new_reader_is_one_function(tmp_path: Path) -> None:
    @register_reader("shout", ".shout")
    def _shout(text: str, name: str, base: str, options: ingest.IngestOptions):  # type: ignore[no-untyped-def]
        return READERS["text"][2](text.lower(), name, base, options)  # the plain-text reader, lower-cased

    try:
        (tmp_path / "a.shout").write_text("2019-04-01\n\nREBELS SHELLED THE MADE-UP TOWN OF QALAT NUR.\n")
        (art,) = read_articles([tmp_path / "a.shout"]).articles
        assert "rebels shelled" in art.text
    finally:
        READERS.pop("shout", None)
