from datetime import date

import pytest

from frontlog.events.dates import ResolvedDate, duration_days, find_date_expressions, resolve_date

WED = date(2017, 9, 20)


@pytest.mark.parametrize(
    ("text", "pub", "value", "precision"),
    [
        ("the strikes on Monday", WED, "2017-09-18", "day"),
        ("clashes on Wednesday", WED, "2017-09-20", "day"),
        ("late Thursday", WED, "2017-09-14", "day"),
        ("yesterday", WED, "2017-09-19", "day"),
        ("earlier this month", WED, "2017-09", "month"),
        ("last month", WED, "2017-08", "month"),
        ("last December", date(2017, 3, 2), "2016-12", "month"),
        ("in May 2015", WED, "2015-05", "month"),
        ("in January", date(2017, 3, 2), "2017-01", "month"),
        ("on Feb. 23", date(2017, 3, 3), "2017-02-23", "day"),
        ("on December 30", date(2017, 1, 14), "2016-12-30", "day"),
        ("over the weekend", date(2016, 12, 12), "2016-12-11", "day"),
        ("three days ago", WED, "2017-09-17", "day"),
        ("last week", date(2019, 4, 2), "2019-03", "month"),  # a week is dated to its month
        ("two weeks ago", WED, "2017-09", "month"),
        ("in 2014", WED, "2014", "year"),
    ],
)
def test_dates_resolve(text: str, pub: date, value: str, precision: str) -> None:
    exprs = find_date_expressions(text)
    assert exprs, text
    r = resolve_date(exprs[0], pub)
    assert r is not None and (r.value, r.precision) == (value, precision)


def test_dates_later_counts_from_previous_event() -> None:
    exprs = find_date_expressions("lost the town again two days later")
    r = resolve_date(exprs[0], WED, previous=date(2017, 11, 9))
    assert r is not None and r.value == "2017-11-11" and r.relative_to_previous


def test_dates_since_and_vague_are_durative() -> None:
    for text in ("besieged since 2014", "in recent months", "for two years"):
        r = resolve_date(find_date_expressions(text)[0], WED)
        assert r is not None and r.durative, text


def test_dates_may_the_verb() -> None:
    assert find_date_expressions("they may have left bombers behind") == []


def test_day_month_year_and_capitalised_prepositions() -> None:
    pub = date(2020, 6, 1)
    (e,) = find_date_expressions("On 4 May 2020, rebels attacked.")
    assert resolve_date(e, pub) == ResolvedDate("2020-05-04", "day")
    (e,) = find_date_expressions("on the 3rd of March 2019 there")
    assert resolve_date(e, pub) == ResolvedDate("2019-03-03", "day")
    (e,) = find_date_expressions("In December local leaders agreed")
    assert resolve_date(e, pub) == ResolvedDate("2019-12", "month")
    (e,) = find_date_expressions("Since 2014 the group has held it")
    assert resolve_date(e, pub).durative  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("number", "unit", "days"),
    [("a", "week", 7), ("two", "days", 2), ("10", "days", 10), (None, "day", 1), (None, "days", None),
     ("three", "months", None), ("many", "weeks", None)],
)  # fmt: skip
def test_dates_duration_days(number: str | None, unit: str, days: int | None) -> None:
    assert duration_days(number, unit) == days


def test_dates_overnight_with_weekday() -> None:
    fri = date(2019, 4, 12)
    for text, value in (("overnight Wednesday", "2019-04-10"), ("overnight into Thursday", "2019-04-10")):
        (e,) = find_date_expressions(f"shells fell {text} on the town")
        assert resolve_date(e, fri) == ResolvedDate(value, "day"), text


def test_dates_period_tolls_are_durative() -> None:
    for text in ("over the past five days", "in the last 10 days", "over the past 48 hours", "in 40 days"):
        r = resolve_date(find_date_expressions(f"killed 30 people {text}")[0], WED)
        assert r is not None and r.durative, text
    assert find_date_expressions("the talks resume in two days time") == []


def test_dates_same_day_counts_from_previous_event() -> None:
    for text in ("The same day, rebels shelled the port", "later that day rebels shelled the port"):
        (e,) = find_date_expressions(text)
        r = resolve_date(e, WED, previous=date(2017, 9, 17))
        assert r is not None and r.value == "2017-09-17" and r.relative_to_previous, text
