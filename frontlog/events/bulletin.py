"""The day a daily bulletin reports: "Over the past day, ... Yesterday, the enemy launched ...".

A military bulletin or situation report covers "the past day" (or "the past 24 hours") up to the
hour it is issued. When it also dates what it tells by "yesterday" and names no other day ("today",
a weekday, a date), the day it covers is the day before its date: that is how a coder dates a
morning bulletin's events (the General Staff's "as of 08:00 on 12 June" reports 11 June). Its
"past day" and the events it tells with no date of their own then take that day. An evening report
("killed 10 fighters in the past 24 hours, ... on Monday") names its day and keeps it.
"""

from __future__ import annotations

from datetime import date, timedelta

from frontlog.events.dates import PATTERNS, find_date_expressions

# expressions that name a day other than the one before the bulletin's
_OTHER_DAYS = frozenset(
    {"weekday", "overnight_day", "today", "month_day", "day_month", "month_day_year", "day_month_year", "last_night", "weekend"}
)

_NEEDED = dict(PATTERNS)


def report_day(text: str, pub: date) -> date:
    """The day the article's undated events and its "past day" fall on: the day before `pub` for a
    bulletin as above, else `pub`."""
    if not all(_NEEDED[k].search(text) for k in ("past_day", "yesterday")):
        return pub  # (cheap first: most articles write neither, and the full search reads the whole text)
    kinds = {e.kind for e in find_date_expressions(text)}
    if "past_day" in kinds and "yesterday" in kinds and not kinds & _OTHER_DAYS:
        return pub - timedelta(days=1)
    return pub
