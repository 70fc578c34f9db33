import json
from pathlib import Path

from typer.testing import CliRunner

from frontlog.cli import app
from frontlog.eval.geoparse import evaluate, load_benchmark

TINY = Path(__file__).parents[1] / "fixtures" / "geoparse_tiny.xml"


def test_benchmark_reads_lgl_format() -> None:
    arts = load_benchmark(TINY)
    assert len(arts) == 1 and [t.phrase for t in arts[0].toponyms] == ["Raqqa", "Aleppo"]
    assert arts[0].text[13:18] == "Raqqa"


def test_benchmark_gold_and_raw_modes() -> None:
    arts = load_benchmark(TINY)
    gold = evaluate(arts)
    assert gold.n == 2 and gold.exact == 1.0 and gold.within_161km == 1.0
    raw = evaluate(arts, raw=True)
    assert raw.span_recall == 1.0 and raw.exact == 1.0


def test_geoparse_eval_cli_json() -> None:
    result = CliRunner().invoke(app, ["geoparse-eval", str(TINY), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert {"n", "exact", "within_161km"} <= set(report) and 0 <= report["exact"] <= 1


def _two_local_articles(tmp_path: Path) -> Path:
    """Two articles of one local paper: the first names its state, the second only a town whose
    name is shared by a famous city abroad."""
    first = "Officials in Baton Rouge and Lafayette said Louisiana roads were closed."
    second = "Police in Alexandria arrested two men on Tuesday."
    xml = f"""<?xml version="1.0" encoding="utf-8"?>
<articles>
  <article docid="1"><domain>thetowntalk.com</domain><text><![CDATA[{first}]]></text><toponyms>
    <toponym><start>{first.index("Baton Rouge")}</start><end>{first.index("Baton Rouge") + 11}</end><phrase>Baton Rouge</phrase>
      <gaztag geonameid="4315588"><lat>30.45</lat><lon>-91.15</lon></gaztag></toponym>
    <toponym><start>{first.index("Lafayette")}</start><end>{first.index("Lafayette") + 9}</end><phrase>Lafayette</phrase>
      <gaztag geonameid="4330145"><lat>30.22</lat><lon>-92.02</lon></gaztag></toponym>
    <toponym><start>{first.index("Louisiana")}</start><end>{first.index("Louisiana") + 9}</end><phrase>Louisiana</phrase>
      <gaztag geonameid="4331987"><lat>31.0</lat><lon>-92.0</lon></gaztag></toponym>
  </toponyms></article>
  <article docid="2"><domain>thetowntalk.com</domain><text><![CDATA[{second}]]></text><toponyms>
    <toponym><start>10</start><end>20</end><phrase>Alexandria</phrase>
      <gaztag geonameid="4314550"><lat>31.31</lat><lon>-92.45</lon></gaztag></toponym>
  </toponyms></article>
</articles>
"""
    path = tmp_path / "local.xml"
    path.write_text(xml, encoding="utf-8")
    return path


def test_outlet_context_places_a_local_papers_town(tmp_path: Path) -> None:
    arts = load_benchmark(_two_local_articles(tmp_path))
    assert [a.outlet for a in arts] == ["thetowntalk.com", "thetowntalk.com"]
    with_outlet = evaluate(arts)
    without = evaluate(arts, outlets=False)
    assert with_outlet.outlet_context and not without.outlet_context
    assert with_outlet.exact == 1.0  # Alexandria, Louisiana
    assert without.exact < 1.0  # alone, the article gives no reason to leave Egypt's Alexandria


def test_outlet_context_leaves_the_article_itself_out(tmp_path: Path) -> None:
    import spacy

    from frontlog.eval.geoparse import doc_with_spans, outlet_contexts
    from frontlog.places.gazetteer import load_gazetteer

    arts = load_benchmark(_two_local_articles(tmp_path))
    nlp = spacy.blank("en")
    docs = [doc_with_spans(nlp, a.text, [(t.start, t.end) for t in a.toponyms]) for a in arts]
    first, second = outlet_contexts(arts, docs, load_gazetteer())
    assert ("US", "Louisiana") in second and sum(second.values()) >= 2
    assert not first  # the only other article names no sure place


def test_geoparse_eval_cli_no_outlets_flag(tmp_path: Path) -> None:
    path = _two_local_articles(tmp_path)
    on = json.loads(CliRunner().invoke(app, ["geoparse-eval", str(path), "--json"]).output)
    off = json.loads(CliRunner().invoke(app, ["geoparse-eval", str(path), "--json", "--no-outlets"]).output)
    assert on["outlet_context"] is True and off["outlet_context"] is False
    assert on["exact"] > off["exact"]


GEOVIRUS = """<articles><article><source>https://www.example.org/news/1</source>
<text>Cholera spread from Aleppo to Raqqa.</text><locations>
<location><name>Aleppo</name><start>21</start><end>27</end><lat>36.2</lat><lon>37.16</lon>
<page>https://en.wikipedia.org/wiki/Aleppo</page></location>
<location><name>Raqqa</name><start>31</start><end>36</end><lat>35.95</lat><lon>39.01</lon>
<page>https://en.wikipedia.org/wiki/Raqqa</page></location></locations></article></articles>"""

WIKTOR = """<pages><page number="7"><pageTitle>Palmyra, Syria</pageTitle><toponymName>Palmyra</toponymName>
<lat>34.56</lat><lon>38.28</lon><url>https://en.wikipedia.org/wiki/Palmyra</url>
<text>Palmyra is an ancient city in Homs. Palmyra fell in 2015.</text>
<toponymIndices><toponym><start>0</start><end>7</end></toponym>
<toponym><start>35</start><end>42</end></toponym></toponymIndices></page></pages>"""


def test_geovirus_offsets_from_one_are_realigned_and_scored_by_distance(tmp_path: Path) -> None:
    path = tmp_path / "GeoVirus.xml"
    path.write_text(GEOVIRUS, encoding="utf-8")
    (art,) = load_benchmark(path)
    assert [art.text[t.start : t.end] for t in art.toponyms] == ["Aleppo", "Raqqa"]
    assert art.outlet == "example.org"
    report = evaluate([art], outlets=False)
    assert report.n == 2 and report.exact is None and report.within_161km == 1.0


def test_wiktor_pages_give_one_toponym_with_several_mentions(tmp_path: Path) -> None:
    path = tmp_path / "WikToR.xml"
    path.write_text(WIKTOR, encoding="utf-8")
    (page,) = load_benchmark(path)
    assert page.doc_id == "7" and [t.phrase for t in page.toponyms] == ["Palmyra", "Palmyra"]
    assert evaluate([page]).within_161km == 1.0
    result = CliRunner().invoke(app, ["geoparse-eval", str(path)])
    assert result.exit_code == 0 and "no ids" in result.output


def test_geoparse_eval_says_when_a_file_holds_no_toponyms(tmp_path: Path) -> None:
    path = tmp_path / "other.xml"
    path.write_text("<documents><doc>Aleppo</doc></documents>", encoding="utf-8")
    result = CliRunner().invoke(app, ["geoparse-eval", str(path)])
    assert result.exit_code == 2 and "no gold toponyms" in result.output
