from frontlog.ingest.split import split_page

# A made-up scraped page: section names, a headline, a teaser repeated in the text, a caption,
# an end marker, a second article with a dateline, a cross-link, a source footer.
PAGE = """Connect with us

World

Rebels seize hill town after two days of fighting

The town had been held by the army since 2012.

Rebels said Tuesday they had seized the hill town of Qalat after two days of heavy fighting with army units.

Image result for rebels seize hill town

Fighters pose near a damaged tank in Qalat on May 6,

The town had been held by the army since 2012.

Continue Reading
Leave a Reply

World

Ceasefire agreed in the south

KANDAHAR, May 8 (Reuters) - Government and tribal leaders agreed on a ceasefire on Wednesday, officials said.

Read : Rebels seize hill town

The truce is to be monitored by elders from both sides, a spokesman said.

Source: Example Wire.
"""


def test_split_finds_both_articles() -> None:
    arts = split_page(PAGE)
    assert len(arts) == 2
    first, second = arts
    assert first.text.startswith("Rebels said Tuesday")
    assert first.title == "Rebels seize hill town after two days of fighting"
    assert "Image result" not in first.text and "Fighters pose" not in first.text
    assert first.text.count("held by the army since 2012") == 1  # teaser dropped, body copy kept
    assert second.text.startswith("KANDAHAR, May 8 (Reuters)")
    assert second.title == "Ceasefire agreed in the south"
    assert second.outlet == "Reuters"
    assert second.dateline == "Kandahar"
    assert second.hints.month_day == (5, 8)
    assert "Read :" not in second.text and "Source:" not in second.text


def test_split_caption_dates_are_hints() -> None:
    first = split_page(PAGE)[0]
    assert (5, 6) in first.hints.anchors
    assert first.hints.lead_weekday == 1


def test_split_date_lines_separate_articles() -> None:
    page = (
        "2019-04-02\n\nKABUL – Taliban fighters attacked a checkpoint overnight, police said on Tuesday.\n\n"
        "Source: Wire One.\n\nMarch 30, 2019\n\nBy Jane Doe\n\nHerat (AFP)\n\n"
        "Flooding cut roads across the west of the country, officials said on Saturday.\n"
    )
    arts = split_page(page)
    assert [a.hints.explicit.isoformat() if a.hints.explicit else None for a in arts] == [
        "2019-04-02",
        "2019-03-30",
    ]
    assert arts[0].outlet == "Wire One"
    assert arts[1].outlet == "AFP" and arts[1].dateline == "Herat"


def test_split_empty_page() -> None:
    assert split_page("Home\n\nMenu\n\n") == []
