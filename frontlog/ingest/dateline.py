"""Wire-style datelines at the head of a paragraph: "BEIRUT (AP) —", "AMMAN, July 4 –",
"Ain Issa, Syria (AFP)", "MOSUL, Iraq/RAQQA, Syria June 30 -", "Vienna, July 5 (IANS)", "MOSCOW
(Sputnik) An explosion ...", and after a page's date stamp, "Last updated at Jun 142016 BEIRUT A
Daesh counterattack ..." (parse_opening)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from frontlog.calendar import MONTHS
from frontlog.ingest.dates import find_full_date, find_month_days
from frontlog.ingest.rules import load_rules

_MONTH_WORDS = "|".join(sorted(MONTHS, key=len, reverse=True))
_WORD = rf"(?!(?i:{_MONTH_WORDS})\b)(?:[a-z]{{1,3}}-)?[A-Z][\w’'.]*(?:-[\w’']+)*"
_PLACE = rf"{_WORD}(?:\s(?:{_WORD}|of|de|al|el)){{0,3}}"
_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
# "July 4", "July 4, 2025", and the day-first "4 July 2025" of British and African outlets
# a page's date stamp before the story: "Last updated at Jun 142016 ", "Published October 3 2016 "
_STAMP = re.compile(
    rf"^\W*(?:last updated|updated|published|posted)(?:\s+(?:at|on))?\s*:?\s*"
    rf"(?:{_MON}\s+\d{{1,2}},?\s*(?:19|20)\d\d|\d{{1,2}}\s+{_MON},?\s+(?:19|20)\d\d)"
    rf"(?:\s+\d{{1,2}}[:.]?\d\d\s*(?:[AaPp][Mm])?)?\s+",
    re.IGNORECASE,
)
# a town in capitals opening the story after a stamp: "BEIRUT A Daesh ...", "KHAN SHEIKHUN Syria A ..."
# (or one word in title case before the story's capitalised first word: "... Feb 022015 Beirut Syrian government air strikes")
_CAPS_PLACE = re.compile(
    r"(?P<place>[A-Z][A-Z’'.-]{2,}(?:\s[A-Z][A-Z’'.-]{2,}){0,2}|[A-Z][a-z]{3,})\s+(?=[A-Z][a-z]|[A-Z]\s|\d)"
)
_MD = rf"(?:{_MON}\s+\d{{1,2}}(?:,?\s+(?:19|20)\d\d)?|\d{{1,2}}\s+{_MON},?\s+(?:19|20)\d\d)"
_DATELINE = re.compile(
    rf"^(?P<place>{_PLACE}(?:\s*,\s*{_PLACE})?(?:\s*/\s*{_PLACE}(?:\s*,\s*{_PLACE})?)*)"
    rf"(?:\s*\((?P<paren>[^()]{{1,40}})\))?"
    rf"(?:\s*,?\s*(?P<md>{_MD}))?"
    rf"(?:\s*\((?P<agency>[^()]{{1,40}})\))?"
    rf"(?P<sep>\s*:?\s*[–—-]+\s*|\s*:\s+|\s+|\s*$)"
)


@dataclass(frozen=True, slots=True)
class Dateline:
    place: str
    agency: str | None
    month_day: tuple[int, int] | None
    full_date: str | None
    end: int  # where the article's own words begin in the paragraph
    standalone: bool


def _is_caps(word: str) -> bool:
    letters = re.sub(r"[^A-Za-z]", "", word)
    return len(letters) >= 3 and letters.isupper()


_AGENCY_NAME = re.compile(r"^[A-Z][\w.&'-]*(?:\s[A-Z][\w.&'-]*){0,3}$")


def _unlisted_agency(val: str, month_day: str | None, first: str, dashed: bool) -> bool:
    """An agency the page rules do not list ("KABUL, May 2, 2021 (Pajhwok) -"): a short
    capitalised name after a month and day, behind a place in capitals, or after a full date
    (with its year) and before a dash ("Goma, 22 January 2026 (Kivu Matin) -")."""
    if not (month_day and _AGENCY_NAME.match(val.strip())):
        return False
    return _is_caps(first.split()[0]) or (dashed and find_full_date(month_day) is not None)


def parse_dateline(par: str) -> Dateline | None:
    """The dateline at the start of `par`, or None when the paragraph does not open with one."""
    m = _DATELINE.match(par)
    if not m:
        return None
    place = m.group("place")
    if len(place) > 60:
        return None
    rules = load_rules()
    first = place.split(",")[0].split("/")[0].strip()
    agency = None
    country_paren = False
    sep = m.group("sep")
    has_dash = bool(re.search(r"[–—:-]", sep))
    for g in ("paren", "agency"):
        val = m.group(g)
        if val:
            if rules.agency(val):
                agency = rules.agency(val)
            elif g == "paren":
                country_paren = True
            elif _unlisted_agency(val, m.group("md"), first, has_dash):
                agency = val.strip()
            else:
                return None
    standalone = m.end() == len(par)
    md = m.group("md")
    paren = m.group("paren")
    # "MOSCOW (Sputnik) An explosion ...": a town in capitals credited to a name in brackets
    credited = (
        _is_caps(first.split()[0]) and paren is not None and bool(_AGENCY_NAME.match(paren.strip()))
        and par[m.end() : m.end() + 1].isupper()
    )  # fmt: skip
    ok = (
        agency is not None
        or (md is not None and (has_dash or standalone or agency is not None))
        or (_is_caps(first.split()[0]) and has_dash)
        or (country_paren and has_dash)
        or credited
    )
    if not ok:
        return None
    if standalone and not (agency or md):
        return None
    month_day = None
    full = None
    if md:
        fd = find_full_date(md)
        if fd:
            full = fd.isoformat()
        else:
            mds = find_month_days(md)
            month_day = mds[0] if mds else None
    name = first.title() if _is_caps(first) else first
    return Dateline(
        place=name, agency=agency, month_day=month_day, full_date=full, end=m.end(), standalone=standalone
    )


def parse_opening(par: str) -> Dateline | None:
    """The dateline opening an article's first paragraph, also after a page's date stamp ("Last
    updated at Jun 142016 BEIRUT A Daesh counterattack ...": Beirut is where the wire filed the
    story, not where it happened). Session 14, helper news."""
    dl = parse_dateline(par)
    if dl is not None:
        return dl
    stamp = _STAMP.match(par)
    if stamp is None:
        return None
    rest = par[stamp.end() :]
    dl = parse_dateline(rest)
    if dl is None:
        caps = _CAPS_PLACE.match(rest)
        if caps is None:
            return None
        dl = Dateline(caps.group("place").title(), None, None, None, caps.end(), False)
    return replace(dl, end=dl.end + stamp.end())


# a word in capitals that may open a wire dateline inside the text ("BEIRUT", "DEIR EZZOR")
_CAPS_WORD = re.compile(r"(?<![\w'’-])[A-Z][A-Z'’.-]{2,}(?![\w'’-])")
_SENTENCE_ENDS = frozenset(".!?)]\"”’:;–—-")


def _mid_sentence(text: str, at: int) -> bool:
    """The word at `at` follows a lower-case word of its sentence ("the group ISIL (Daesh) will"),
    not a sentence's end, a paragraph's start or a headline in title case ("... East of Hama DAMASCUS")."""
    head = text[max(0, at - 40) : at]
    if not head.strip() or "\n" in head[len(head.rstrip()) :]:
        return False
    last = head.split()[-1]
    return last[-1] not in _SENTENCE_ENDS and last[0].islower()


def inner_datelines(text: str) -> tuple[tuple[int, int], ...]:
    """The wire datelines inside an article's text, after a page's summary, a related headline or a
    photo credit: "... media reported. BEIRUT (Sputnik) Clashes between ...", "... killed dozens.
    BEIRUT August 21 (The Associated Press) Syrian rebels ...". A town in capitals with an agency
    or a name in brackets, read by `parse_dateline`; the (start, end) offsets run from the town to
    the story's first word. The town is where the story was filed (days, session 16)."""
    spans: list[tuple[int, int]] = []
    for m in _CAPS_WORD.finditer(text):
        at = m.start()
        if at == 0 or (spans and at < spans[-1][1]) or _mid_sentence(text, at):
            continue
        par_end = text.find("\n", at)
        dl = parse_dateline(text[at : par_end if par_end >= 0 else len(text)])
        if dl is not None and "(" in text[at : at + dl.end]:
            spans.append((at, at + dl.end))
    return tuple(spans)


def article_datelines(text: str) -> tuple[int | None, tuple[tuple[int, int], ...]]:
    """As ingest reads an article's text: where the dateline opening its first paragraph ends
    (Article.dateline_end, None without one) and the datelines inside it (Article.filed)."""
    opening = parse_opening(text.split("\n", 1)[0])
    return (opening.end if opening else None), inner_datelines(text)
