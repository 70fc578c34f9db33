"""A name the text calls a district ("X district", "the district of X", "X directorate") is the
district (a second-level division of the place index), not a town of the same name: "airstrikes
on Haidan district" is Yemen's Haydan district, not the village of Haydan 300 km away in Ta'izz.

The district is looked up by the name's exact key, then its transliteration key, then its loose
key with each word spelt alike ("Ghamer" = Ghamr, "Munabeh" = Monabbih; an Arabic article may
stand before the district's name: "Dhahir" = Al Dhaher). A district found only by a looser
spelling needs a reason for its country: the article's country evidence, or, when the article's
place names give no country at all, one of the focus countries ([places] focus_countries).
Words: data/district_words.txt.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from importlib import resources
from typing import Any

import yaml

from frontlog.places.gazetteer import GazEntry, Gazetteer, distance_km
from frontlog.places.listed_units import listed_before_districts
from frontlog.places.local import _unique
from frontlog.places.normalize import arabic_articles, name_key, translit_key
from frontlog.places.units import unit_after, without_unit
from frontlog.settings import load_settings

__all__ = [
    "DISTRICT_KM", "called_district", "district_readings", "district_words", "inside_districts", "is_district_name"
]

# "X area of Y district": X lies within this many km of the district's point
DISTRICT_KM = 40.0
# the kind words of a part of a town ("the X area of Y", "the X neighbourhood of Y")
_PART_WORDS = frozenset({"area", "neighbourhood", "neighborhood", "quarter", "suburb"})
_ARTICLES = arabic_articles()


@functools.cache
def district_words() -> frozenset[str]:
    """data/district_words.txt: words that call the name beside them a district."""
    text = (resources.files("frontlog.places") / "data" / "district_words.txt").read_text("utf-8")
    return frozenset(ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))


def called_district(full_text: str, start: int, end: int, text: str) -> bool:
    """ "X district", "X border district", "X directorate", "the district of X", "the border
    district of X"; a span that ends with the word ("Haidan district")."""
    words = district_words()
    last = text.split()[-1].lower() if text.split() else ""
    after = re.match(r"\s+(?:border\s+)?([a-z-]+)\b", full_text[end : end + 27])  # ("Baqim border district")
    # (not "the Semdinli district of [Hakkari] province": that district word is the other name's)
    before = re.search(
        r"\b(?:the|a|border)\s+([a-z-]+)\s+of\s+(?:the\s+)?$", full_text[max(0, start - 30) : start]
    )
    return (
        last in words or bool(after and after.group(1) in words) or bool(before and before.group(1) in words)
        or unit_after(full_text, end) or without_unit(text) != text  # "Gwoza LGA" (places/units.py)
        or listed_before_districts(full_text, end)  # "Razeh, Munabeh and Ghamer districts" (places/listed_units.py)
    )


def _bare(text: str) -> str:
    """The name without a district word at its end and without a leading Arabic article."""
    words = re.split(r"[\s-]+", without_unit(text.strip()))
    if len(words) > 1 and words[-1].lower() in district_words():
        words = words[:-1]
    if len(words) > 1 and words[0].lower() in _ARTICLES:
        words = words[1:]
    return " ".join(words)


# a capitalised word joined by a hyphen ("Bani-" of "Bani-Hushaish") or by "wa" (Arabic "and":
# "Khab wa" of "Khab wa Ashaf") right before a name, which the tagger may leave out of the span
_JOINED = r"[A-Z][a-z]+-|[A-Z][\w'-]*\s+wa\s+"


def _hyphened(full_text: str, start: int) -> str:
    """The words joined to the name from before (_JOINED), else ""."""
    found = re.search(rf"\b(?:{_JOINED})$", full_text[max(0, start - 20) : start])
    return found.group(0) if found else ""


# Arabic dhal (and tha) written "dh" or "th" ("Thubab" = Dhubab, "Thi Na'em" = Dhi Na'im)
_DHAL = re.compile(r"([DdTt])h")
_OTHER = {"D": "T", "d": "t", "T": "D", "t": "d"}


def _lookup(text: str, gaz: Gazetteer, short: bool, alike: bool = True) -> tuple[list[GazEntry], bool, bool]:
    """Districts named `text`: exact or transliterated (True), else spelt alike (False); each
    word spelt alike either way ("Tarinkot" is not the district of Kot); else by a part of a
    compound name or, with `short`, a short name's letters (district_names.py). Each step takes
    the name as written, then with its dh and th swapped (_DHAL). The last flag: a town of the
    name may stand for the district (not for a district named by a part of its name)."""
    from frontlog.places.readings import _word_skeletons

    swapped = _DHAL.sub(lambda m: _OTHER[m.group(1)] + "h", text)
    spellings = [text] if swapped == text else [text, swapped]
    for loose in (False, True) if alike else (False,):
        for spelt in spellings:
            skel = _word_skeletons(_bare(spelt))
            hits = [
                e for e, h in gaz.index_candidates(spelt, loose=loose, translit=not loose)
                if h.kind == "admin2" and _word_skeletons(_bare(e.name)) == skel
            ]  # fmt: skip
            if hits:
                return hits, not loose, True
    if not alike:
        return [], False, False
    from frontlog.places.district_names import districts_named

    for spelt in spellings:  # "Kutaf district" = Kitaf wa Al Boqe'e, "Razeh" = Razih
        named = districts_named(_bare(spelt), gaz, short=short)
        if named:
            return named, False, False
    return [], False, False


def is_district_name(text: str, cc: str, gaz: Gazetteer) -> bool:
    """Does the place index hold a district of that name (spelt alike) in country cc?"""
    return any(e.cc == cc for e in _lookup(text, gaz, short=False)[0])


@functools.cache
def _focus() -> frozenset[str]:
    return frozenset(load_settings().places.focus_countries)


def district_readings(
    m: Any, full_text: str, ctx: Counter[str], named_home: str | None, gaz: Gazetteer, km: float
) -> bool:
    """Narrow a mention the text calls a district to its district readings, found as the module
    docstring says, or to its towns within `km` of one of them (the town a district is named
    after is its seat: "Garmsir district" is coded at Garmsir); True when it has some.
    `named_home`: the country the article's place names give, if any."""
    called = called_district(full_text, m.span.start_char, m.span.end_char, m.text)
    if not called and not _bare_focus(m, named_home, full_text):
        return bool(m.entries)
    from frontlog.places.readings import _word_skeletons

    own = m.group_evidence
    name = _bare(_hyphened(full_text, m.span.start_char) + m.text)
    skel = _word_skeletons(name)
    def reason(e: GazEntry) -> bool:  # the article's evidence for its country, else a focus country
        return ctx.get(e.cc, 0) - own.get(e.cc, 0) > 0 or (named_home in (None, e.cc) and e.cc in _focus())

    districts = [e for e in m.entries if e.kind == "admin2" and _word_skeletons(_bare(e.name)) == skel]
    if not m.exact:  # spelt alike only: as the looser lookup's ("Sehar district" is no Shira of Nigeria)
        districts = _closest([e for e in districts if reason(e)], name)
    exact = seats = True
    if not districts:
        # (not a district only spelt alike where a town of the name's own spelling, of known
        # population, is a reading: "Hodan district" is Mogadishu's Hodan, not Haadweyn district;
        # a town abroad that the article gives no reason for is none: "Majaz district" in a story
        # of Yemen's war is no town of Sharjah)
        town = any(
            e.kind == "city" and e.pop > 0 and name_key(e.name) == name_key(name) and not _abroad(e, ctx, own)
            and (e.cc in _focus() or ctx.get(e.cc, 0) > own.get(e.cc, 0))  # ("Manbah district": no Manba of Japan)
            for e in m.entries
        )
        # (a short name only with no reading spelt as it is: "Ans district" is Anss, not the town of 'Anis)
        short = not any(name_key(_bare(e.name)) == name_key(name) for e in m.entries)
        found, exact, seats = _lookup(name, gaz, short=short, alike=not town)
        districts = _closest([e for e in found if reason(e)], name)
    if not called:  # a bare name: a letter apart at most ("Saqain" = Saqayn; "Qarnaw" is no Qurna)
        districts = [e for e in districts if _letters_apart(e, name) <= 1]
    if not districts:
        return bool(m.entries)
    # the towns among the name's readings (any of them when the name matched exactly: "Nad Ali"
    # is also the name of Hukumat-e Nad Ali, the district's seat; else those named alike)
    # (none for a district named by a part of its name: "Kutaf district" is Kitaf wa Al Boqe'e)
    towns = [
        e for e in m.entries
        if seats and e.kind in ("city", "point") and (m.exact or translit_key(e.name) == translit_key(name))
    ]  # fmt: skip
    if not towns and seats and name != m.text:  # the span holds the district word: "Konduga LGA"
        towns = _towns_named(name, gaz)
    kept: list[GazEntry] = []
    for d in districts:  # a district with a town of its readings inside it is coded at the town
        inside = [t for t in towns if _seat_of(t, d, name, km)]
        kept += inside or [d]
    m.entries = _unique(kept)
    m.from_index, m.cued = set(m.entries), True
    m.exact = m.exact and (exact or any(e.kind != "admin2" for e in m.entries))
    return True


def _bare_focus(m: Any, named_home: str | None, full_text: str) -> bool:
    """A name the tagger calls a place, without a district word, that no gazetteer spells exactly,
    in a report whose place names give no country or a focus country ("Coalition airstrikes hit a
    farm in Saqain"): read as a district spelt alike (of a country the article gives reason for,
    else of a focus country), as "Saqain district" would be. Not a name the text calls a town
    ("not far from Shirqat"), nor one the core reads as a town of a focus country that a report
    would name alone (the same town spelt otherwise: Shirqat = Ash Sharqat)."""
    from frontlog.places.abroad import named_as_town
    from frontlog.places.focus import KEEP_TOWN_POP

    return (
        not m.exact
        and not m.index_exact
        and not m.cued  # ("the town of Sanjar": the text says what it is)
        and m.span.label_ in ("GPE", "LOC")
        and (named_home is None or named_home in _focus())
        and not named_as_town(full_text, m.span.start_char)
        and not any(
            e.kind == "city" and e.cc in _focus() and e.pop >= KEEP_TOWN_POP and _letters_apart(e, m.text) <= 2
            for e in m.entries
        )
    )


def _closest(districts: list[GazEntry], name: str) -> list[GazEntry]:
    """Of districts spelt alike, those spelt closest to the name, letter by letter ("Sehar" is
    Sahar, not Ash Shihr; "Shoaub" is Shu'aub, not Ash Shu'ayb)."""
    dist = {e: _letters_apart(e, name) for e in districts}
    best = min(dist.values(), default=0)
    return [e for e in districts if dist[e] == best]


def _letters_apart(e: GazEntry, name: str) -> int:
    """Edit distance between the district's name and the text's, articles and district words aside."""
    from frontlog.places.fuzzy import _distance

    return _distance(name_key(_bare(name)), name_key(_bare(e.name)))


def _abroad(e: GazEntry, ctx: Counter[str], own: Counter[str]) -> bool:
    """Does the article give country evidence, none of it for e's country (its own name left out)?"""
    rest = {k: v - own.get(k, 0) for k, v in ctx.items() if len(k) == 2 and v - own.get(k, 0) > 0}
    return bool(rest) and e.cc not in rest


def _towns_named(name: str, gaz: Gazetteer) -> list[GazEntry]:
    """The towns of the core and the index called exactly by the name."""
    from frontlog.places.kept import candidates

    core, exact = candidates(gaz, name)
    found = [e for e in core if exact and e.kind in ("city", "point")]
    return _unique(found + [e for e, h in gaz.index_candidates(name) if h.kind == "city"])


def _seat_of(t: GazEntry, d: GazEntry, name: str, km: float) -> bool:
    """Does town t stand for district d: inside it (within `km` of its point), or named like it in
    the same region (a district named after its seat: "the Duma district" is coded at Douma,
    though the district's point lies in the desert 110 km east)?"""
    if t.cc != d.cc:
        return False
    if distance_km((t.lat, t.lon), (d.lat, d.lon)) <= km:
        return True
    # (named like the district itself too: "Baqem district" is Baqim, not the village of Al Baqamah
    # 50 km off that "Baqem" also spells)
    key = translit_key(t.name)
    return bool(t.admin1) and t.admin1 == d.admin1 and key == translit_key(name) == translit_key(_bare(d.name))


def _is_district(m: Any) -> bool:
    return bool(m.entries) and all(e.kind == "admin2" for e in m.entries)


# the rest of a list of names before the kind word ("X, W and Z areas of Y district"), and a name's
# other spelling in brackets ("Laiah (Liyah) area of ..."): each name of the list lies in Y
_NAME = r"(?:(?:a[lnrsdtz]h?|el)-)?[A-Z][\w'’`-]*(?:[ -]+(?:(?:a[lnrsdtz]h?|el)-)?[A-Z][\w'’`-]*){0,3}"
_LISTED = rf"(?:\s*\([^()]{{1,30}}\))?(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_NAME}(?:\s*\([^()]{{1,30}}\))?){{0,5}}"


def inside_districts(mentions: list[Any], full_text: str, km: float) -> None:
    """ "X area of Y district", "X village in Y district", "X in the district of Y", "X and W areas
    of Y district", and "X area of Y", "the X and Z neighbourhoods of Y" where Y is a town: X's
    readings lie within `km` of one of Y's readings (the districts district_readings left, or the
    town's); a name with none there is one the gazetteer lacks (its event is coded at Y), not a
    homonym elsewhere ("Maran area of Haidan district" is no town of Ibb, "the Milano area of
    Malindi" no Milan)."""
    kinds = _between_words()
    by_start = {m.span.start_char: m for m in mentions}
    for m in mentions:
        nxt = (
            by_start.get(m.span.end_char + 1)
            if full_text[m.span.end_char : m.span.end_char + 1] == "-"
            else None
        )
        if (
            nxt is not None
            and nxt.entries
            and called_district(full_text, nxt.span.start_char, nxt.span.end_char, nxt.text)
        ):
            m.entries = []  # "Bani" of "Bani-Hushaish district": a part of the district's name
            continue
        gap = re.match(
            rf"{_LISTED}(?:(?:\s+[a-z]+)?\s+(?P<kind>{kinds})s?)?\s+(?P<rel>of|in)\s+(?:the\s+)?"
            rf"(?:(?:border\s+)?(?:district|directorate)\s+of\s+)?",
            full_text[m.span.end_char : m.span.end_char + 160],
        )
        if gap is None:
            continue
        at = m.span.end_char + gap.end()
        pre = re.match(_JOINED, full_text[at : at + 20])  # "Bani-" of "Bani-Hushaish", "Khab wa" of "Khab wa Ashaf"
        y = by_start.get(at + (pre.end() if pre else 0))
        if y is None or y is m or not y.entries or _is_district(m):
            continue
        if called_district(full_text, m.span.start_char, m.span.end_char, m.text):
            continue
        part_of_town = (
            gap.group("rel") == "of"
            and (gap.group("kind") or "") in _PART_WORDS
            and all(e.kind in ("city", "point") for e in y.entries)
            and y.exact
            and y.rule is None  # (not a place found inside a longer name: "Bab al-Tabbaneh" is no Al-Bab)
        )
        if not (part_of_town or called_district(full_text, y.span.start_char, y.span.end_char, y.text)):
            continue
        near = [
            e for e in m.entries
            if e.kind not in ("country", "continent", "sea", "admin1")
            and any(distance_km((e.lat, e.lon), (d.lat, d.lon)) <= km for d in y.entries)
        ]  # fmt: skip
        m.entries = near if near or not part_of_town else _same_region(m.entries, y.entries)


def _same_region(xs: list[GazEntry], ys: list[GazEntry]) -> list[GazEntry]:
    """A part of town Y none of whose readings lies near Y: those in the same first-level region
    as one of Y's readings (a gazetteer's point for a neighbourhood may be that of a namesake in
    the same state: "the Crown Heights neighborhood of Brooklyn"), else none (the event is coded
    at Y)."""
    regions = {(d.cc, d.admin1) for d in ys if d.admin1}
    return [e for e in xs if e.kind in ("city", "point") and (e.cc, e.admin1) in regions]


@functools.cache
def _between_words() -> str:
    """The kind words that may stand between a place and the district it lies in ("X area of Y
    district"): data/located.yaml's kinds."""
    raw = yaml.safe_load((resources.files("frontlog.places") / "data" / "located.yaml").read_text("utf-8"))
    return "|".join(re.escape(w) for w in sorted(raw["kinds"], key=len, reverse=True))
