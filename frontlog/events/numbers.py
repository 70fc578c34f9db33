"""Fatality figures: the lowest firm number of people killed that a sentence reports (spec section 6).

"at least 34 ... killed" -> 34; "six civilians, including a woman and four children, were killed"
-> 6 (the head count, not the ones included); "killed at least 11" -> 11; "dozens"/"hundreds" -> None.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from frontlog.calendar import month_pattern
from frontlog.events.lexicon import word_list

# fmt: off
_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a dozen": 12, "a hundred": 100,
}
# fmt: on
_MONTHS = month_pattern()
_WORD = "|".join(sorted(_UNITS, key=len, reverse=True))
NUM = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|(?:{_WORD})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?(?:\s+hundred)?)"
_QUAL = r"(?:(?:at least|more than|over|some|around|about|nearly|almost|up to|as many as|well over|a total of|another|an estimated)\s+)?"
_KILL = (
    r"(?:killed|dead|died|executed|beheaded|slain|massacred|lost their lives|shot dead|perished|lynched|gunned down"
    r"|(?:stoned|beaten|hacked|burnt|burned|stabbed|crushed|clubbed|shot|tortured) to death)"
)
_BEFORE = re.compile(
    rf"\b{_QUAL}(?P<n>{NUM})(?:\s+(?:more\s+)?[\w’'-]+|,[^,.;]{{1,60}},){{0,7}}?\s+(?:(?:were|was|have been|had been|are|been|being|reportedly|also)\s+)*{_KILL}\b",
    re.I,
)
_AFTER = re.compile(
    rf"\b(?:killed|killing|kills|kill|executed|executing|lynched|lynching|lynch|gunned down|gunning down|shot dead"
    rf"|death toll (?:rose|climbed|reached) to|toll of|(?:the )?deaths? of)\s+{_QUAL}(?P<n>{NUM})\b",
    re.I,
)
_NOT_PEOPLE = word_list("numbers.yaml", "not_people")
_COUNTED = re.compile(r"\s+(?:more\s+)?([a-z]+(?:\s+strikes)?)", re.I)
# a toll stated as none ("caused no casualties", "no one was hurt"); "no reports of casualties" is unknown
_ZERO = re.compile(
    r"\b(?:no\s+(?:casualties|deaths|fatalities|injuries(?:\s+or\s+(?:deaths|fatalities))?)|"
    r"(?:no\s+one|nobody)\s+(?:was\s+)?(?:killed|hurt|injured|harmed)|without\s+(?:causing\s+)?casualties)\b",
    re.I,
)
_RANGE = re.compile(rf"\bbetween\s+(?P<n>{NUM})\s+and\s+{NUM}\b", re.I)
# "seven soldier deaths", "one death, one injury", "VoJ reported 5 fatalities"
_DEATHS = re.compile(rf"\b{_QUAL}(?P<n>{NUM})\s+(?:[\w’'-]+\s+)?(?:deaths?|fatalit(?:y|ies))\b", re.I)
# "5-6 policemen", "8 - 9 soldiers": the lower end of a range of figures (a date's "04-04-2016" is no range)
_DASH_RANGE = re.compile(r"(?<![\d./-])(\d{1,3})(\s*[-–]\s*\d{1,3})\b(?![-./]?\d)")
# another group of the dead named beside the first ("2 policemen and 3 militants were killed",
# "killed a councillor in addition to 3 of his guards"); not the ones included in it
_AND_MORE = re.compile(
    rf"(?:\band|\bin addition to|\bas well as)\s+(?:(?:his|her|their|its)\s+)?{_QUAL}(?P<n>{NUM})\b", re.I
)
_SUBSET = re.compile(r"\b(?:including|includ|among|of whom|of them|of which)\b", re.I)
# a page's share bar: its label and the counters after it ("Get short URL 0 85 12 militants were
# killed" reads no toll from the counters; lexicon/numbers.yaml page_counters)
_COUNTERS = re.compile(
    r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in word_list("numbers.yaml", "page_counters"))
    + r")\b(?:\s*:?\s*\d+\b)*",
    re.I,
)
# a day and year glued in a scraped stamp ("Last updated at Oct 262016"): a date, not a count
_GLUED_YEAR = re.compile(r"\d{1,2}(?:19|20)\d\d")


@dataclass(frozen=True, slots=True)
class Fatalities:
    count: int
    start: int  # offsets within the sentence
    end: int


def parse_number(text: str) -> int | None:
    t = text.lower().replace(",", "").strip()
    if t.isdigit():
        n = int(t)
        return n if n < 10_000_000 else None
    total = 0
    hundred = t.endswith("hundred") and t != "a hundred"
    t = t.removesuffix(" hundred").strip()
    for part in re.split(r"[- ]", t) if t not in _UNITS else [t]:
        if part in _UNITS:
            total += _UNITS[part]
        elif part:
            return None
    if t in _UNITS:
        total = _UNITS[t]
    return total * 100 if hundred else total


@functools.lru_cache(maxsize=8192)  # the same sentence is asked about once per trigger
def find_fatalities(sentence: str) -> Fatalities | None:
    """The first firm death count in the sentence, or None."""
    best: Fatalities | None = None
    sentence = _DASH_RANGE.sub(lambda r: r.group(1) + " " * len(r.group(2)), sentence)  # (offsets kept)
    sentence = _COUNTERS.sub(lambda r: " " * len(r.group(0)), sentence)
    for rx in (_RANGE, _BEFORE, _AFTER, _DEATHS):
        pos = 0
        while (m := rx.search(sentence, pos)) is not None:
            pos = m.start("n") + len(m.group("n"))  # a rejected figure: look again after it
            n = parse_number(m.group("n"))
            if n is None or _not_a_count(sentence, m, n):
                continue
            if best is None or m.start() < best.start:
                best = Fatalities(n + _more_dead(sentence, m, rx), m.start(), m.end())
            break
    if best is None and (z := _ZERO.search(sentence)) is not None:
        return Fatalities(0, z.start(), z.end())
    return best


def _more_dead(sentence: str, m: re.Match[str], rx: re.Pattern[str]) -> int:
    """The other groups of dead the figure's phrase adds ("1 policeman and 2 civilians were
    killed": 2 more; "killing 5 soldiers and 3 militants": 3 more), none when they are ones it
    includes ("six people, including a woman and four children, ...")."""
    if rx is _BEFORE:
        span = sentence[m.end("n") : m.end()]
    elif rx is _AFTER:
        tail = re.match(r"[^,.;:()]{0,60}", sentence[m.end("n") :])
        span = tail.group(0) if tail else ""
    else:
        return 0
    extra = 0
    for more in _AND_MORE.finditer(span):
        if _SUBSET.search(span[: more.start()]):
            break
        n = parse_number(more.group("n"))
        counted = _COUNTED.match(span, more.end("n"))
        if n is None or (counted is not None and counted.group(1).lower() in _NOT_PEOPLE):
            continue
        extra += n
    return extra


def _not_a_count(sentence: str, m: re.Match[str], n: int) -> bool:
    """A year ("16 July 2015", "in 2014") or a figure with a unit ("30 km") is not a head count."""
    before = sentence[: m.start("n")]
    if re.search(r"\bno\s*$", before, re.I):
        return True  # "no one was killed"
    if 1900 <= n <= 2100 and re.search(
        rf"(?:{_MONTHS})\.?\s*(?:\d{{1,2}},?\s*)?$|\b(?:in|since|of|by)\s+$", before, re.I
    ):
        return True
    if n <= 31 and m.group("n").isdigit() and (
        re.search(rf"\b(?:{_MONTHS})\.?\s*$", before, re.I)
        or re.match(rf"\s*(?:{_MONTHS})\b", sentence[m.end("n") :], re.I)
    ):
        return True  # a day of the month ("Tue Oct 7 2014 Hundreds killed", "7 October")
    tail = sentence[m.end("n") : m.end("n") + 12].lower()
    if re.match(r"\s*(?:percent|%|km|kilomet|miles|years?|days?|hours?|months?)", tail):
        return True
    if _part_of_date(before, sentence[m.end("n") :], n):
        return True
    if _GLUED_YEAR.fullmatch(m.group("n")) and re.search(rf"\b(?:{_MONTHS})\.?\s*$", before, re.I):
        return True  # "Oct 262016"
    counted = _COUNTED.match(sentence, m.end("n"))  # "a dozen airstrikes ... killed": strikes, not people
    return counted is not None and counted.group(1).lower() in _NOT_PEOPLE


def _part_of_date(before: str, after: str, n: int) -> bool:
    """A number of a written date: "04-04-2016" or "06.04.2017" (a numeric date's parts), the day
    of "Jun 24 2016" or "30 October 2016" (a stamp before the lede: "Fri Jun 24 2016 Two civilians
    were killed ...")."""
    if re.search(r"\d[-./]$", before) or re.match(r"[-./]\d", after):
        return True
    if n > 31:
        return False
    return bool(
        re.search(rf"\b(?:{_MONTHS})\.?\s*$", before, re.I)
        or re.match(rf"\s*(?:{_MONTHS})\b\.?,?\s+(?:19|20)\d\d\b", after, re.I)
    )
