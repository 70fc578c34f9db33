"""Pages in other outlets' layouts (made-up text): date stamps inside by-line rows, live pages and
report titles, numeric stamps, and digests of datelined items (session 10, helper "wire")."""

from datetime import date

from frontlog.ingest.dates import DateHints, settle_dates, stamp_date
from frontlog.ingest.split import split_page


def _dates(page: str) -> list[str | None]:
    arts = split_page(page)
    return [s.published for s in settle_dates([[a.hints for a in arts]])[0]]


def test_stamp_after_a_byline_in_one_row() -> None:
    page = "Gunmen raid a market in a river town\n\nStaff Reporter | Published March 3, 2024\n\n" + (
        "Gunmen raided a market in the river town of Lokoja on Saturday, killing two traders, police said.\n"
    )
    assert _dates(page) == ["2024-03-03"]


def test_last_updated_stamp_of_a_live_page() -> None:
    page = (
        "Flood live: rivers keep rising\n\nLive updates | Last updated: 9 October 2023, 11:05 GMT\n\n10:40 GMT\n\n"
        + (
            "Rescue teams evacuated about 300 families from low-lying districts of the city on Monday morning.\n"
        )
    )
    assert _dates(page) == ["2023-10-09"]


def test_report_dated_as_of_in_its_title() -> None:
    page = "Northern region: Flash Update No. 2 (as of 14 November 2022)\n\n" + (
        "On 12 November, heavy rains damaged some 400 shelters in two displacement sites, partners said.\n"
    )
    arts = split_page(page)
    assert _dates(page) == ["2022-11-14"]
    assert arts[0].title and "Flash Update" in arts[0].title
    bulletin = "Situation as of 07:00 on 03.02.2021 in the eastern sector\n\nThe day passed with artillery duels along the whole line of contact, the staff said.\n"
    assert _dates(bulletin) == ["2021-02-03"]


def test_numeric_stamps_only_when_the_order_is_certain() -> None:
    assert stamp_date("21/04/2025") == date(2025, 4, 21)
    assert stamp_date("04/21/2025") == date(2025, 4, 21)
    assert stamp_date("12.06.2025") == date(2025, 6, 12)
    assert stamp_date("04/05/2025") is None  # April 5 or 4 May: not guessed
    page = "Clashes in the hills\n\nPublished: 21/04/2025\n\nTroops and rebels clashed near a border post on Sunday, a local official said by telephone.\n"
    assert _dates(page) == ["2025-04-21"]


def test_a_dateline_year_is_never_guessed_in_the_future() -> None:
    # "Friday" and "Sep 13" would fit a year far ahead; a page is not published after today
    hints = DateHints(month_day=(9, 13), lead_weekday=4, max_year=date.today().year)
    settled = settle_dates([[hints]])[0][0]
    assert settled.published and int(settled.published[:4]) <= date.today().year


DIGEST = """News in brief

Monday, January 16, 2023

FIRSTTOWN (Wire) - Police dispersed a march of teachers in the capital on Sunday, organisers said.

SECONDTOWN (Wire) - A bridge collapsed under a lorry on Saturday, cutting the main road to the coast.

THIRDTOWN (Wire) - Farmers blocked a highway with tractors on Sunday to protest against new taxes.
"""


def test_digest_items_are_stories_dated_by_the_page() -> None:
    arts = split_page(DIGEST)
    assert [a.dateline for a in arts] == ["Firsttown", "Secondtown", "Thirdtown"]
    assert arts[0].text.startswith("FIRSTTOWN (Wire) - Police dispersed")  # the first item is not a teaser
    assert _dates(DIGEST) == ["2023-01-16"] * 3


def test_one_story_with_a_dateline_is_not_cut() -> None:
    page = "MIDTOWN (Wire) - Two soldiers were killed in an ambush on Sunday, the army said.\n\n" + (
        "The army said the attackers fled towards the forest after a gunfight that lasted an hour.\n"
    )
    assert len(split_page(page)) == 1


def test_a_date_standing_alone_between_bars_in_a_header_row() -> None:
    # a by-line row, a report's number and an "Issued" row, each "... | DATE | ..."
    byline = "Floods cut the road to the coast\n\nBy Delta Desk Staff | 4 March 2024\n\n" + (
        "Floods cut the coastal road near the port town of Warri on Sunday, stranding hundreds of trucks.\n"
    )
    assert _dates(byline) == ["2024-03-04"]
    report = "Northern region: floods\nSituation Report No. 5 | 2 August 2023\n\n" + (
        "Prepared by the regional office with partners. Figures are preliminary and may change.\n"
    )
    assert _dates(report) == ["2023-08-02"]
    brief = "WEEKLY BRIEF\nIssued 6 June 2022 | Analysis Desk | Internal use only\n\n" + (
        "Road travel in the north remains difficult after heavy rains damaged two bridges last week.\n"
    )
    assert _dates(brief) == ["2022-06-06"]
    # a bar row whose segments hold no date alone is no stamp
    assert _dates("Markets | Weather | Sport\n\nTraders in the capital said prices rose by a tenth on Tuesday.\n") == [None]


def test_dateline_with_day_month_year_and_an_outlet() -> None:
    page = "Bukavu, 14 February 2023 (Lake Post) - Traders reopened the central market on Monday after a week of rain.\n"
    arts = split_page(page)
    assert _dates(page) == ["2023-02-14"]
    assert arts[0].outlet == "Lake Post" and arts[0].dateline == "Bukavu"


def test_print_edition_footer_dates_the_article_above_it() -> None:
    page = "Water tariffs raised again\n\nQuetta: The provincial cabinet raised water tariffs for the third time this year on Monday, officials said.\n\n" + (
        "Traders said the increase would hurt small shops.\n\nPublished in The Morning Ledger, March 7th, 2023\n"
    )
    arts = split_page(page)
    assert len(arts) == 1
    assert _dates(page) == ["2023-03-07"]
    assert arts[0].outlet == "The Morning Ledger"
    assert "Published in" not in arts[0].text


DIGEST_WITH_INTRO = """NEWS OF THE COAST IN BRIEF
Tuesday, May 9, 2023

Shipping and weather news from the coast, gathered by our reporters.

---

PORTVILLE (Wire) - Dockers stopped work at the container terminal on Monday over unpaid wages, their union said.

---

BAYTOWN (Wire) - A ferry ran aground in fog near the harbour mouth on Sunday; all passengers were brought ashore.
"""


def test_digest_intro_is_not_glued_to_the_first_story() -> None:
    # a short introduction before the first datelined item: each item is still its own story
    arts = split_page(DIGEST_WITH_INTRO)
    assert [a.dateline for a in arts] == ["Portville", "Baytown"]
    assert arts[0].text.startswith("PORTVILLE (Wire) - Dockers")
    assert "gathered by our reporters" not in arts[0].text
    assert _dates(DIGEST_WITH_INTRO) == ["2023-05-09"] * 2
