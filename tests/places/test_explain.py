"""`frontlog places`: the resolver's reasons, from the library and the command line."""

from __future__ import annotations

from typer.testing import CliRunner

from frontlog.cli import app
from frontlog.nlp import load_nlp
from frontlog.places.explain import explain_places


def test_explanations_name_the_deciding_features_and_the_runner_up() -> None:
    doc = load_nlp()("Police in Paris, Texas, said the roads were closed.")
    (paris,) = [r for r in explain_places(doc) if r.text == "Paris"]
    assert paris.chosen.cc == "US" and paris.chosen.admin1 == "Texas"
    assert paris.runner_up is not None and paris.runner_up_score is not None
    assert paris.score >= paris.runner_up_score
    names = [k for k, _ in paris.contributions]
    assert "qualified" in names  # ", Texas" decided it
    assert paris.candidates > 1


def test_places_command_prints_a_table_and_fails_without_places() -> None:
    runner = CliRunner()
    ok = runner.invoke(app, ["places", "Strikes hit Raqqa and Palmyra."])
    assert ok.exit_code == 0, ok.output
    assert "172955" in ok.output and "Palmyra" in ok.output
    none = runner.invoke(app, ["places", "nothing to see here"])
    assert none.exit_code == 1


def test_explanation_names_the_rule_that_chose_the_readings() -> None:
    doc = load_nlp()("Fires burned in Eastland and Callahan counties, Texas.")
    by_text = {e.text: e for e in explain_places(doc)}
    assert by_text["Eastland"].rule == "listed before 'counties'"
    assert by_text["Texas"].rule is None


def test_places_command_lists_names_no_gazetteer_has() -> None:
    # "Xilorvuto" is a made-up village: the tagger calls it a place ("the village of X"), no
    # gazetteer has it, and the command says an event there would be kept by name (unplaced)
    res = CliRunner().invoke(app, ["places", "Gunmen attacked the village of Xilorvuto near Raqqa on Monday."])
    assert res.exit_code == 0, res.output
    assert "Xilorvuto" in res.output and "unplaced" in res.output and "172955" in res.output


def test_text_or_file_reads_a_file_and_keeps_text_too_long_for_a_file_name(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from frontlog.places.explain import text_or_file

    f = tmp_path / "note.txt"
    f.write_text("Shelling hit the village of Kafr Amr.", encoding="utf-8")
    assert text_or_file(str(f)) == "Shelling hit the village of Kafr Amr."
    long_text = "Fighting was reported near the town. " * 12  # over 255 bytes: no file can have this name
    assert text_or_file(long_text) == long_text
