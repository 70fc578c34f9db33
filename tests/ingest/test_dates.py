from datetime import date, timedelta

from frontlog.ingest.dates import (
    DateHints,
    credit_date,
    find_full_date,
    find_month_days,
    head_date,
    is_date_paragraph,
    settle_dates,
    timed_date,
    years_mentioned,
)


def test_dates_full_date_formats() -> None:
    assert find_full_date("2017-09-05") == date(2017, 9, 5)
    assert find_full_date("March 03, 2017") == date(2017, 3, 3)
    assert find_full_date("Nov 8, 2016") == date(2016, 11, 8)
    assert find_full_date("PUBLISHED : Sunday, 15 October, 2017, 9:37pm") == date(2017, 10, 15)
    assert find_full_date("Fri, 30 Jun 2017 - 02:56 GMT") == date(2017, 6, 30)
    assert find_full_date("no date here, only 2017") is None


def test_dates_date_paragraph_detection() -> None:
    assert is_date_paragraph("January 17, 2017")
    assert is_date_paragraph("Fri, 30 Jun 2017 - 02:56 GMT")
    assert not is_date_paragraph("The town fell on January 17, 2017 after a long siege.")


def test_dates_month_days_without_year() -> None:
    assert find_month_days("the offensive launched on June 19, and on 4 July") == [(6, 19), (7, 4)]
    assert find_month_days("in March 2011") == []
    assert find_month_days("It may be that") == []


def test_dates_page_year_chosen_by_weekdays() -> None:
    # Two datelines without a year; the weekdays named in their leads fit 2018 (July 4 2018 was a
    # Wednesday), and the page's other article is from 2017.
    pages = [
        [
            DateHints(explicit=date(2017, 5, 1)),
            DateHints(month_day=(7, 5), lead_weekday=3),  # "Thursday"
            DateHints(month_day=(7, 4), lead_weekday=2),  # "Wednesday"
        ],
    ]
    settled = settle_dates(pages)
    assert [s.published for s in settled[0][1:]] == ["2018-07-05", "2018-07-04"]


def test_dates_year_after_the_latest_year_mentioned() -> None:
    # No explicit date on the page: the year is not before the latest year the articles mention
    # (2015) and the weekdays fit 2018 better than 2015 (July 5 2015 was a Sunday).
    page = [
        DateHints(month_day=(7, 5), lead_weekday=3, max_year=2015),
        DateHints(month_day=(7, 4), lead_weekday=2, max_year=2014),
    ]
    assert [s.published for s in settle_dates([page])[0]] == ["2018-07-05", "2018-07-04"]


def test_dates_of_a_page_do_not_depend_on_other_pages() -> None:
    page = [DateHints(month_day=(7, 5), lead_weekday=3, max_year=2015)]
    others = [[DateHints(explicit=date(2011, 5, 1))], [DateHints(explicit=date(2011, 6, 1))]]
    alone = settle_dates([page])[0]
    assert settle_dates([*others, page])[2] == alone
    assert settle_dates([page, *others])[0] == alone


def test_dates_weekday_only_takes_neighbour() -> None:
    pages = [[DateHints(explicit=date(2019, 3, 14)), DateHints(lead_weekday=2)]]  # Wednesday
    settled = settle_dates(pages)
    assert settled[0][1].published == "2019-03-13"


def test_dates_weekday_after_anchor() -> None:
    # A caption "on May 2" and "said Friday" in an article whose latest year is 2019 -> Friday 2019-05-03.
    pages = [[DateHints(lead_weekday=4, anchors=((5, 2),), max_year=2019)]]
    assert settle_dates(pages)[0][0].published == "2019-05-03"


def test_dates_nothing_to_go_on() -> None:
    settled = settle_dates([[DateHints()]])
    assert settled[0][0].published is None


def test_dates_head_stamp_with_glued_year() -> None:
    # the scrape lost the space between day and year of the page's stamp
    assert head_date("Last updated at Mar 072016 Gunmen stormed a police post.") == date(2016, 3, 7)
    assert head_date("Posted Nov 312016 text") is None  # no such day
    # only at the head, after a label: a number later in the text is not a stamp
    assert head_date("Gunmen stormed a police post in the Mar 072016 operation and fled.") is None


def test_dates_credit_stamp_after_headline() -> None:
    # a wire story's stamp after its headline: agency, weekday, full date (made-up text)
    agencies = frozenset({"AFP", "Reuters"})
    text = "Gunmen storm river port town Monitor AFP Tuesday 3 Mar 2015 Gunmen stormed the port on Monday."
    assert credit_date(text, agencies) == date(2015, 3, 3)
    assert credit_date("Ferry sinks Reuters Friday May 8 2015 A ferry sank.", agencies) == date(2015, 5, 8)
    # a weekday date in a sentence is an event's date, not a stamp; a stamp far down is not the head's
    assert credit_date("Gunmen stormed the port on Tuesday 3 Mar 2015 the monitor said.", agencies) is None
    assert credit_date("x " * 200 + "AFP Tuesday 3 Mar 2015", agencies) is None
    assert credit_date("AFP Tuesday 3 Mar 2015", frozenset()) is None


def test_dates_numeric_head_stamp() -> None:
    # a page stamp written in numbers at the head: dots and dashes put the day first (made-up text)
    assert head_date("14-03-2016 Gunmen stormed a police post on Monday.") == date(2016, 3, 14)
    assert head_date("04-03-2016 Gunmen stormed a police post.") == date(2016, 3, 4)
    assert head_date("03-24-2016 Gunmen stormed a police post.") == date(2016, 3, 24)  # month first
    assert head_date("09.11.2015Share this Rebels shelled the port.") == date(2015, 11, 9)  # year glued
    assert head_date("Published 19/05/2018 Rebels shelled the port.") == date(2018, 5, 19)
    assert head_date("05/04/2018 Rebels shelled the port.") is None  # slashes: the order unknown
    assert head_date("Print this page Friday 4 March 2016 17:05 Rebels shelled the port.") == date(2016, 3, 4)
    # a number further in is no stamp
    assert head_date("Rebels shelled the port of 14-03-2016 fame.") is None


def test_dates_timed_stamp_after_headline() -> None:
    # a headline, then the page's date and clock time (made-up text)
    text = "Rebels Shell Port Killing 5 Tue Mar 8 2016 101530 Rebels shelled the port on Monday."
    assert timed_date(text) == date(2016, 3, 8)
    assert timed_date("Rebels Shell Port News Local 08-03-2016 0742 PM Rebels shelled the port.") == date(2016, 3, 8)
    # an event's hour in prose comes with "at"; a date with no time is no stamp
    assert timed_date("Rebels shelled the port on 7 March 2016 at 10:30 the navy said.") is None
    assert timed_date("Rebels shelled the port on 7 March 2016 and 1200 people fled.") is None


def test_dates_no_year_anywhere_weekday_outweighs_this_year() -> None:
    # "Sep 12 (Agency) ... on Friday" with no year on the page: the year in which the dateline's day
    # is the Friday the lead names, a year back, beats this year (where that day is a Saturday)
    today = date.today() - timedelta(days=1 if (date.today().month, date.today().day) == (2, 29) else 0)
    last = today.replace(year=today.year - 1)
    pages = [[DateHints(month_day=(last.month, last.day), lead_weekday=last.weekday())]]
    assert settle_dates(pages)[0][0].published == last.isoformat()


def test_dates_target_years_set_no_floor() -> None:
    # "to be eliminated by March 2031" names a plan's year, not one the article has seen (made-up text)
    text = "Rebels took the town in 2019. The army vowed to end the revolt by March 2031, until 2032 at most."
    assert years_mentioned(text) == [2019]
