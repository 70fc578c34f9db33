import json
from pathlib import Path

from typer.testing import CliRunner

from frontlog.cli import app
from frontlog.places.benchmark import evaluate, load_benchmark

TINY = Path(__file__).parents[1] / "fixtures" / "geoparse_tiny.xml"


def test_benchmark_reads_lgl_format() -> None:
    arts = load_benchmark(TINY)
    assert len(arts) == 1 and [t.phrase for t in arts[0].toponyms] == ["Raqqa", "Aleppo"]
    assert arts[0].text[13:18] == "Raqqa"


def test_benchmark_gold_and_raw_modes() -> None:
    arts = load_benchmark(TINY)
    gold = evaluate(arts)
    assert gold["n"] == 2 and gold["exact"] == 1.0 and gold["within_161km"] == 1.0
    raw = evaluate(arts, raw=True)
    assert raw["span_recall"] == 1.0 and raw["exact"] == 1.0


def test_geoparse_eval_cli_json() -> None:
    result = CliRunner().invoke(app, ["geoparse-eval", str(TINY), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert {"n", "exact", "within_161km"} <= set(report) and 0 <= report["exact"] <= 1
