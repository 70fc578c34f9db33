import pytest

from frontlog.ingest.dateline import article_datelines, inner_datelines, parse_dateline, parse_opening


@pytest.mark.parametrize(
    ("text", "place", "agency", "month_day"),
    [
        ("BEIRUT (AP) — Syria's military announced", "Beirut", "AP", None),
        ("KABUL – Taliban fighters seized", "Kabul", None, None),
        ("Sanaa, Yemen (AFP) - Houthi rebels", "Sanaa", "AFP", None),
        ("TRIPOLI, Libya/BENGHAZI, Libya May 3 - Forces loyal", "Tripoli", None, (5, 3)),
        ("Ankara, March 9 (Xinhua) Turkish", "Ankara", "Xinhua", (3, 9)),
        ("Mogadishu (Somalia) : – Gunmen attacked", "Mogadishu", None, None),
        # an agency the page rules do not list, after a place in capitals and a month and day
        ("GAO, Feb 3, 2020 (Sahel Wire) - Gunmen", "Gao", "Sahel Wire", None),
    ],
)
def test_dateline_forms(text: str, place: str, agency: str | None, month_day: tuple[int, int] | None) -> None:
    dl = parse_dateline(text)
    assert dl is not None
    assert (dl.place, dl.agency, dl.month_day) == (place, agency, month_day)


@pytest.mark.parametrize(
    "text",
    [
        "Syria's army broke the siege",
        "US-backed fighters said Wednesday",
        "Rebels launched an offensive – again",
        "IS fighters – who",
        "Rebels, May 2 (the Front) – who",
    ],
)
def test_dateline_not_in_plain_sentences(text: str) -> None:
    assert parse_dateline(text) is None


def test_dateline_standalone_with_date() -> None:
    dl = parse_dateline("Kabul (AFP) Apr 2, 2019")
    assert dl is not None and dl.standalone and dl.full_date == "2019-04-02"


@pytest.mark.parametrize(
    ("text", "place", "story"),
    [
        # a town in capitals credited to a name in brackets the page rules do not list
        ("NAIROBI (Capital Wire) Gunmen attacked a bus", "Nairobi", "Gunmen"),
        # after a page's date stamp (day and year glued by the scrape), a town in capitals or one word
        ("Last updated at Mar 052019 KANO A bomb exploded", "Kano", "A bomb"),
        ("Last updated at Mar 052019 GOMA Rebels shelled", "Goma", "Rebels"),
        ("Published June 4 2019 MOGADISHU Al-Shabaab fighters", "Mogadishu", "Al-Shabaab"),
        ("Last updated at Mar 052019 Kabul Afghan forces said", "Kabul", "Afghan"),
    ],
)
def test_opening_dateline_after_stamp_or_credit(text: str, place: str, story: str) -> None:
    dl = parse_opening(text)
    assert dl is not None and dl.place == place and text[dl.end :].startswith(story)


@pytest.mark.parametrize(
    "text",
    [
        "Last updated at Mar 052019 Afghan and American troops",  # a demonym, not a dateline
        "Last updated at Mar 052019 government forces said",
        "ISIS (Daesh) fighters attacked the town",  # no town in capitals: the credit rule needs one
        "Rebels (FDLR) Fighters attacked",
    ],
)
def test_opening_not_a_dateline(text: str) -> None:
    assert parse_opening(text) is None


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        ("Six fighters died near Zorba, media reported. HALFTOWN (Wirenews) Clashes near Zorba went on.", ["HALFTOWN"]),
        ("Rebels Shell Two Villages East of Zorba KARAK (Wirenews) The shelling began at dawn.", ["KARAK"]),
        ("a blast that killed nine people. AMMAN May 3 (The Associated Press) Police said ...", ["AMMAN"]),
        ("Rebels clashed.\n\nHOMS, Syria (Wire) - The army said ...", ["HOMS"]),
        ("The fighters of the group ABCD (Cross Front) Fighters were seen.", []),  # mid-sentence: no dateline
        ("HALFTOWN (Wire) - Rebels shelled the town.", []),  # the opening dateline is Article.dateline_end
        ("Fighting went on. KARAK Rebels said they had won.", []),  # no agency
    ],
)
def test_inner_datelines(text: str, towns: list[str]) -> None:
    assert [text[a:b].split()[0].rstrip(",") for a, b in inner_datelines(text)] == towns


def test_article_datelines_as_ingest_reads_them() -> None:
    text = "KARAK, Jordan (AP) - Rebels shelled a village, a monitor said. HALFTOWN (Wirenews) More shells fell."
    end, filed = article_datelines(text)
    assert end is not None and text[end:].startswith("Rebels")
    assert [text[a:b] for a, b in filed] == ["HALFTOWN (Wirenews) "]
