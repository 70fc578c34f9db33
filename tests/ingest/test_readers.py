"""Bad input gets one clear message naming the input; every other input is still read."""

import json
from pathlib import Path

from frontlog.ingest import IngestOptions, read_articles

GOOD = "Government forces recaptured the town of Qalat on Monday after heavy fighting, officials said.\n"
LONG = GOOD * 20


def _codes(result, name: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [p.code for p in result.problems if name in p.source]


def test_readers_bad_inputs_reported_and_others_kept(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("2019-04-01\n\n" + GOOD, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.dat").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "nopage.html").write_text("<html><body><nav>Home</nav><script>x=1</script></body></html>")
    (tmp_path / "nocol.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    result = read_articles([tmp_path, missing])
    assert len(result.articles) == 1
    assert result.articles[0].published == "2019-04-01"
    assert _codes(result, "empty.txt") == ["E103"]
    assert _codes(result, "binary.dat") == ["E104"]
    assert _codes(result, "nopage.html") == ["E106"]
    assert _codes(result, "nocol.csv") == ["E107"]
    assert _codes(result, "missing.txt") == ["E101"]
    assert set(result.inputs_failed) == {
        str(tmp_path / n) for n in ("empty.txt", "binary.dat", "nopage.html", "nocol.csv")
    } | {str(missing)}
    for p in result.problems:
        assert p.source and str(p).startswith(p.code)


def test_readers_legacy_encodings(tmp_path: Path) -> None:
    text = (
        "Les forces gouvernementales ont repris la ville de Qalat lundi après de violents combats, a déclaré un porte-parole. "
        * 5
    )
    (tmp_path / "latin1.txt").write_bytes(text.encode("latin-1"))
    (tmp_path / "utf16.txt").write_bytes(text.encode("utf-16"))
    result = read_articles([tmp_path])
    assert len(result.articles) == 1  # the same text twice: the second copy is a duplicate
    assert "après" in result.articles[0].text
    assert any(p.code == "W207" for p in result.problems)


def test_readers_jsonl_broken_line(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"headline": "A", "body": GOOD, "published": "2019-04-01", "publisher": "Wire"}),
        "{not json",
        json.dumps(
            {
                "headline": "B",
                "body": "Rebels shelled the airport on Sunday, the army said in a statement.",
                "published": "2019-04-02",
            }
        ),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    result = read_articles([path])
    assert [a.title for a in result.articles] == ["A", "B"]
    assert result.articles[0].outlet == "Wire"
    broken = [p for p in result.problems if p.code == "W202"]
    assert len(broken) == 1 and broken[0].line == 2
    assert not result.inputs_failed


def test_readers_csv_day_month_order_inferred(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text(
        "content,date\n"
        f'"{GOOD.strip()}",4/5/17\n'
        f'"Clashes erupted near the border crossing on Friday, residents said.",25/5/17\n',
        encoding="utf-8",
    )
    result = read_articles([path])
    assert [a.published for a in result.articles] == ["2017-05-04", "2017-05-25"]
    assert any(p.code == "W204" and "day/month" in str(p) for p in result.problems)
    forced = read_articles([path], options=IngestOptions(date_order="mdy"))
    assert forced.articles[0].published == "2017-04-05"


def test_readers_csv_order_from_text(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text(
        'text,date\n"Published 5 April 2017. Troops entered the town of Qalat, officials said.",4/5/17\n',
        encoding="utf-8",
    )
    result = read_articles([path])
    assert result.articles[0].published == "2017-04-05"


def test_readers_html_page(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Town retaken</title><meta property='article:published_time' content='2018-02-03'></head>"
        "<body><nav>Home | World</nav><article><h1>Town retaken</h1>"
        f"<p>{LONG}</p></article><footer>Copyright</footer></body></html>",
        encoding="utf-8",
    )
    result = read_articles([path])
    assert len(result.articles) == 1
    art = result.articles[0]
    assert art.published == "2018-02-03" and art.title == "Town retaken"
    assert "Copyright" not in art.text


def test_readers_article_without_date_kept(tmp_path: Path) -> None:
    path = tmp_path / "undated.txt"
    path.write_text(GOOD, encoding="utf-8")
    result = read_articles([path])
    assert len(result.articles) == 1 and result.articles[0].published is None
    assert [p.code for p in result.problems] == ["W201"]


def test_readers_stable_ids(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    first = read_articles([tmp_path]).articles[0].doc_id
    (tmp_path / "a.txt").rename(tmp_path / "renamed.txt")
    assert read_articles([tmp_path]).articles[0].doc_id == first


def test_readers_csv_date_stamp_in_text_beats_the_column(tmp_path: Path) -> None:
    f = tmp_path / "scrape.csv"
    f.write_text(
        "title,text,date\n"
        'Clashes,"Published March 4 2019 Fighting broke out near the town on Monday.",3/9/2019\n'
        'Raid,"On 2 March 2019, police raided a house in the capital.",3/9/2019\n',
        encoding="utf-8",
    )
    result = read_articles([f], options=IngestOptions())
    by_title = {a.title: a for a in result.articles}
    assert by_title["Clashes"].published == "2019-03-04"  # the page's own stamp wins
    assert by_title["Raid"].published == "2019-03-09"  # an event date in the lead is no stamp
    assert [p.code for p in result.problems if p.code == "W230"] == ["W230"]


def test_readers_numeric_head_stamp_beats_the_column(tmp_path: Path) -> None:
    # a day-month-year head "14-03-2016" wins over a date column that disagrees, CSV and JSONL alike
    text = "14-03-2016 Gunmen stormed a police post on Sunday, the governor said."
    (tmp_path / "scrape.csv").write_text(f'title,text,date\nPost,"{text}",2/3/16\n', encoding="utf-8")
    (tmp_path / "scrape.jsonl").write_text(
        json.dumps({"title": "Post", "text": text.replace("Sunday", "Saturday"), "date": "2016-02-03"}) + "\n",
        encoding="utf-8",
    )
    result = read_articles([tmp_path / "scrape.csv", tmp_path / "scrape.jsonl"], options=IngestOptions())
    assert [a.published for a in result.articles] == ["2016-03-14", "2016-03-14"]
    assert [p.code for p in result.problems if p.code == "W230"] == ["W230", "W230"]
