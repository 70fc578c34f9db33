"""The events stage's rooms: no imports from ingest or store, word lists in headed data files,
the dateline carried on the Article by ingest."""

from __future__ import annotations

import ast
from importlib import resources
from pathlib import Path

import frontlog.events
from frontlog.calendar import MONTHS, WEEKDAYS
from frontlog.ingest import read_articles

EVENTS = Path(frontlog.events.__file__).parent


def test_events_do_not_import_ingest_or_store() -> None:
    for path in EVENTS.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                assert not node.module.startswith(("frontlog.ingest", "frontlog.store")), (
                    path.name,
                    node.module,
                )


def test_events_modules_and_functions_are_short() -> None:
    for path in EVENTS.glob("*.py"):
        text = path.read_text("utf-8")
        assert text.count("\n") <= 500, path.name
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.FunctionDef):
                assert node.end_lineno is not None
                assert node.end_lineno - node.lineno < 80, (path.name, node.name)


def test_lexicon_files_say_where_they_come_from() -> None:
    for f in (resources.files("frontlog.events") / "lexicon").iterdir():
        if f.name.endswith(".yaml"):
            head = f.read_text("utf-8")[:1500]
            for field in ("# source:", "# licence:", "# reviewer:", "# known problems:"):
                assert field in head, (f.name, field)


def test_calendar_words() -> None:
    assert MONTHS["sept"] == 9 and MONTHS["may"] == 5 and len(set(MONTHS.values())) == 12
    assert WEEKDAYS["thurs"] == 3 and len(set(WEEKDAYS.values())) == 7


def test_ingest_sets_where_the_dateline_ends(tmp_path: Path) -> None:
    body = "Rebels shelled the village of Kafr Nabl on Monday, a monitor said."
    (tmp_path / "wire.txt").write_text("2019-04-02\n\nKARAK, Jordan (AP) — " + body + "\n", encoding="utf-8")
    (tmp_path / "plain.txt").write_text("2019-04-02\n\n" + body + "\n", encoding="utf-8")
    arts = {a.file: a for a in read_articles([tmp_path]).articles}
    wire = arts["wire.txt"]
    assert wire.dateline_end is not None and wire.text[wire.dateline_end :].startswith("Rebels")
    assert arts["plain.txt"].dateline_end is None
