"""`run --country` / IngestOptions.countries: the user's word on which country the news is about
is context for places, as if each article had named the country (made-up text)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from frontlog.cli import app
from frontlog.eval.acled import AcledNote, note_article
from frontlog.ingest import IngestOptions
from frontlog.pipeline import run

# A Kenyan town of a few tens of thousands that Congo and Italy also have, named with no country:
# on its own it reads as "a small town abroad the article gives no reason for" and is dropped.
TEXT = "March 3, 2019\n\nPolice shot dead two protesters in Bondo on Saturday during a demonstration.\n"


def _places(tmp_path: Path, options: IngestOptions) -> set[tuple[str, str | None]]:
    page = tmp_path / "page.txt"
    page.write_text(TEXT, encoding="utf-8")
    result = run([page], db=":memory:", options=options)
    return {(e.location.name, e.location.country) for e in result.events}


def test_country_hint_admits_a_small_town_of_that_country(tmp_path: Path) -> None:
    hinted = _places(tmp_path, IngestOptions(countries=("KE",)))
    assert ("Bondo", "Kenya") in hinted
    assert ("Bondo", "Kenya") not in _places(tmp_path, IngestOptions())


def test_run_cli_rejects_an_unknown_country(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(TEXT, encoding="utf-8")
    res = CliRunner().invoke(app, ["run", str(page), "--db", ":memory:", "--out", str(tmp_path / "o"),
                                   "-q", "--country", "Atlantis"])  # fmt: skip
    assert res.exit_code == 2
    assert "Atlantis" in res.output


@pytest.mark.parametrize(("hint", "expected"), [(True, ("KE",)), (False, ())])
def test_eval_acled_gives_a_note_its_country_only_when_asked(hint: bool, expected: tuple[str, ...]) -> None:
    note = AcledNote(event_id="KEN1", event_date="2019-03-02", time_precision="1", event_types=("Protests",),
                     sub_event_type=None, prefer_sub_type=None, actor1="", actor2="", country="Kenya",
                     point=None, fatalities=None, notes=TEXT)  # fmt: skip
    assert note_article(note, "f.csv", country_hint=hint).countries == expected
