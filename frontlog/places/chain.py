"""A chain of places, each inside the next: "X in Y of Z", "X in Y in Z", "X area of Y district of Z
province", "Y district, Z" (Z a first-level region: a governorate, province or state).

News and coders' notes from countries with three levels of places name a village by its district and
its governorate ("clashes in Al Hud in As Silw of Taizz"). When the last name of such a chain is a
first-level region, every name before it lies in that region: a district of the index there ("As
Silw" is the district of Ta'izz, not a town of another governorate), a village there (near the
district the chain names, when it names one), never a homonym elsewhere ("Suq al Khamis" of Lahij,
not of Sa'dah 450 km away). A name of the chain with no reading in the region is a place the
gazetteer lacks: it keeps no reading, and the event falls to the smallest place of the chain that
is known (the district, else the region). Names the tagger left alone or cut ("Al Silw", "Khabb"
of "Khabb wa ash Shaaf", "Haydan of Sadah" as one name) become the chain's own place spans.
Words: data/chain_words.yaml.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

from frontlog.places.gazetteer import GazEntry, Gazetteer, distance_km
from frontlog.places.located import NEAR_KEEP_POP, Located
from frontlog.places.normalize import name_key, translit_key
from frontlog.places.seat import seat_of_region

__all__ = ["Chained", "Link", "chain_link", "chain_words", "chains", "chained_mentions"]

# a village of the chain lies within this many km of the district the chain names (a district's
# point may lie far from its villages: Yemen's border districts are 60 km across)
CHAIN_KM = 40.0
# a village spelt alike (not by its key or transliteration) only this near the chain's next place
ALIKE_KM = 20.0
# a chain's last name the text calls a district, spelt alike, is an index's district this many letters apart
ALIKE_LETTERS = 2


@functools.cache
def chain_words() -> dict[str, Any]:
    """data/chain_words.yaml: the kind words of a chain's names and the words that link them."""
    raw: dict[str, Any] = yaml.safe_load(
        (resources.files("frontlog.places") / "data" / "chain_words.yaml").read_text("utf-8")
    )
    return raw


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    w = chain_words()
    art = rf"(?:{_alt(w['articles'])})"
    word = r"[A-Z][\w'’`]*(?:-[A-Z][\w'’`]*)*"
    # a name: capitalised words, an Arabic article before any of them ("al-Dhahra", "Al Hud"),
    # joined by "wa" or "bin" ("Khabb wa ash Shaaf", "Jumat Bin Fadil")
    name = re.compile(
        rf"(?<![\w'’`-])(?:{art}[\s-])?{word}(?:[\s-]+(?:(?:{_alt(w['joiners'])}|{art})[\s-]+){{0,2}}{word}){{0,3}}"
    )
    kinds = rf"(?:(?:{_alt(w['qualifiers'])})\s+)?(?:{_alt(w['kinds'])})"
    # what may stand between two names of a chain: the first one's kind word, "in" or "of" (or a
    # comma before the region), the second one's kind word before "of" ("in the district of Y")
    link = re.compile(
        rf"\s+(?:(?:{kinds})s?\s+)?(?:in|of)\s+(?:the\s+)?(?:(?:{kinds})\s+of\s+(?:the\s+)?)?|(?:\s+(?:{kinds})s?)?,\s+"
    )
    after = re.compile(rf"\s+(?:{_alt(w['region_words'])})\b")
    return name, link, after


@dataclass(frozen=True, slots=True)
class Link:
    """One name of a chain: its characters in the text."""

    start: int
    end: int
    text: str


def chains(full_text: str) -> list[list[Link]]:
    """Runs of two or more names linked by "in" or "of", in text order, the last one also by a
    comma ("Nihm district, Sanaa"; not a list: "Guam, Louisiana, Nevada" is no chain); the last
    name may be a region (resolved by the caller)."""
    name, link, _ = _patterns()
    names = [n for m in name.finditer(full_text) if (n := _trimmed(Link(m.start(), m.end(), m.group(0))))]
    out: list[list[Link]] = []
    run: list[Link] = []
    comma = False  # the run's last link was a comma
    for n in names:
        found = link.fullmatch(full_text, run[-1].end, n.start) if run else None
        if found is not None and not comma:
            run.append(n)
            comma = "," in found.group(0)
            continue
        if run and not comma and _possessive(full_text, run[-1].end, n.start):
            run.insert(len(run) - 1, n)  # "the Z province's Y district": Y lies in Z (the run ends with Z)
            comma = True
            continue
        if len(run) >= 2:
            out.append(run)
        run, comma = [n], False
    if len(run) >= 2:
        out.append(run)
    return out


def _possessive(full_text: str, end: int, start: int) -> bool:
    """Do the words between a region's name and the next name make the second a place of the
    region ("the Bitlis province's Hizan district", "Sirnak province’s Merkez district")?"""
    after = _patterns()[2]
    return bool(
        end < start
        and (m := after.match(full_text, end)) is not None
        and re.fullmatch(r"['’]s\s+", full_text[m.end() : start]) is not None
    )


def chain_link(full_text: str, end: int, start: int) -> bool:
    """Do the words between a name (ending at `end`) and the next (starting at `start`) link them
    as a place and the place it lies in ("X in Y", "X area of Y", "Y district, Z")?"""
    return end < start and _patterns()[1].fullmatch(full_text, end, start) is not None


def _trimmed(n: Link) -> Link | None:
    """The name without opening words that are no part of a place name ("In Saada" is Saada)."""
    words = n.text.split(" ")
    cut = 0
    while cut < len(words) and words[cut].lower() in chain_words()["not_names"]:
        cut += 1
    if cut == len(words):
        return None
    skip = sum(len(w) + 1 for w in words[:cut])
    return Link(n.start + skip, n.end, n.text[skip:])


def _region(text: str, gaz: Gazetteer, ctx: Counter[str]) -> GazEntry | None:
    """The first-level region a name means: a region of that name, or the region a town of that
    name heads ("Taizz" is Ta'izz governorate); the one whose country the article names most."""
    from frontlog.places.kept import candidates

    entries, exact = candidates(gaz, text)
    if not exact:
        entries = [
            e for e, h in gaz.index_candidates(text, translit=True) if h.kind == "admin1"
        ]  # ("Hadramawt")
    if not entries or any(e.kind in ("country", "continent") for e in entries):
        return None  # ("Oaxaca State, Mexico": the country, not the State of Mexico)
    found: list[GazEntry] = []
    for e in entries:
        if e.kind == "admin1":
            found.append(e)
        elif (
            e.kind == "city"
            and e.admin1
            and translit_key(e.admin1).endswith(translit_key(e.name).split()[-1])
        ):
            region = gaz.admin1(e.cc, e.admin1)
            if region is not None:
                found.append(region)
    found = [e for e in found if e.admin1]  # (a region whose places the index gives no region: none)
    if not found:
        return None
    return max(found, key=lambda e: (ctx.get(e.cc, 0), e.pop))


def _district(text: str, region: GazEntry, gaz: Gazetteer) -> GazEntry | None:
    """The district (admin2 of the index) of that name in the region: by its key or its
    transliteration, else spelt alike word by word, else by a part of a compound name."""
    from frontlog.places.district_names import districts_named
    from frontlog.places.districts import _bare
    from frontlog.places.readings import _word_skeletons

    bare = _bare(text)
    for loose in (False, True):
        hits = [
            e for e, h in gaz.index_candidates(bare, loose=loose, translit=not loose)
            if h.kind == "admin2" and _inside(e, region)
            and (not loose or _word_skeletons(_bare(e.name)) == _word_skeletons(bare))
        ]  # fmt: skip
        if hits:  # (a district named so first, not one that has the name among its other names)
            return max(hits, key=lambda e: translit_key(_bare(e.name)) == translit_key(bare))
    named = [e for e in districts_named(bare, gaz) if _inside(e, region)]
    return named[0] if len(named) == 1 else None


def _inside(e: GazEntry, region: GazEntry) -> bool:
    return e.cc == region.cc and e.admin1 is not None and e.admin1 == region.admin1


def _villages(text: str, region: GazEntry, anchor: GazEntry | None, gaz: Gazetteer) -> list[GazEntry]:
    """The towns and villages of that name in the region, by its key or its transliteration; when
    the chain names a district (or a village) after it, only the one nearest that place, within
    CHAIN_KM of it ("An Nujayd in Hayfan": not the An Nujayd of another district), and then also
    one spelt alike word by word within ALIKE_KM of it ("Khyara" = Al Khiyarah)."""
    from frontlog.places.kept import candidates
    from frontlog.places.readings import _word_skeletons

    where = Located(region.cc, region.admin1, None, CHAIN_KM)
    core, exact = candidates(gaz, text)
    found = [e for e in core if exact and e.kind in ("city", "point") and where.holds(e)]
    found += [
        e
        for e, h in gaz.index_candidates(text, translit=True)
        if h.kind in ("city", "point") and where.holds(e)
    ]
    found = list(dict.fromkeys(found))
    if anchor is None:
        return found
    km = {e: 0.0 if e in _in_district(text, anchor, gaz) else _km(e, anchor) for e in found}
    if not found or min(km.values()) > CHAIN_KM:
        skel = _word_skeletons(text)
        found = [
            e for e, h in gaz.index_candidates(text, loose=True)
            if h.kind in ("city", "point") and where.holds(e) and _word_skeletons(e.name) == skel
            and _km(e, anchor) <= ALIKE_KM
        ]  # fmt: skip
        km = {e: _km(e, anchor) for e in found}
    nearest = min(found, key=km.__getitem__, default=None)
    return [nearest] if nearest is not None and km[nearest] <= CHAIN_KM else []


def _focus_town(text: str, gaz: Gazetteer) -> bool:
    """Does the core gazetteer read the name exactly as a town of a focus country ([places])?"""
    from frontlog.places.kept import candidates
    from frontlog.settings import load_settings

    focus = load_settings().places.focus_countries
    core, exact = candidates(gaz, text)
    return exact and any(e.kind == "city" and e.cc in focus for e in core)


def _in_district(text: str, anchor: GazEntry, gaz: Gazetteer) -> set[GazEntry]:
    """The villages of that name the index puts in the district `anchor` (a district's point may lie
    farther than CHAIN_KM from its own villages: Kitaf wa Al Boqe'e is 100 km across)."""
    if anchor.kind != "admin2":
        return set()
    key = translit_key(anchor.name)
    return {e for e, h in gaz.index_candidates(text, translit=True) if h.admin2 and translit_key(h.admin2) == key}


def _km(e: GazEntry, anchor: GazEntry) -> float:
    return distance_km((e.lat, e.lon), (anchor.lat, anchor.lon))


def _seat(district: GazEntry, text: str, gaz: Gazetteer) -> GazEntry | None:
    """The town a district is named after, within CHAIN_KM of its point ("Mukayras", a town and
    its district: the town)."""
    key = translit_key(text)
    towns = [
        e for e, h in gaz.index_candidates(text, translit=True)
        if h.kind in ("city", "point") and _inside(e, district) and translit_key(e.name) == key
        and _km(e, district) <= CHAIN_KM
    ]  # fmt: skip
    return min(towns, key=lambda e: _km(e, district), default=None)


@dataclass(frozen=True, slots=True)
class Chained:
    """A chain's region and each of its other names with its readings there ([]: a place the
    gazetteer lacks) and the place of the chain after it that it lies near (None: the region);
    `last` is what the chain's last name means (the region, or a district of it)."""

    region: GazEntry
    names: tuple[tuple[Link, tuple[GazEntry, ...], GazEntry | None], ...]
    last: GazEntry  # what the chain's last name means: the region, or a district of it


def _called_town(full_text: str, n: Link) -> bool:
    """ "the city of X", "the town of X", "X village": the text says X is a town, no district."""
    before = re.search(
        r"\b(?:city|town|village|hamlet)\s+of\s+(?:the\s+)?$", full_text[max(0, n.start - 20) : n.start]
    )
    return (
        before is not None
        or re.match(r"\s+(?:city|town|village|hamlet)\b", full_text[n.end : n.end + 10]) is not None
    )


def _readings(run: list[Link], gaz: Gazetteer, ctx: Counter[str], full_text: str) -> Chained | None:
    """The chain's readings (Chained), None when the chain ends in neither a region nor a name the
    text calls a district that the index has (then its region is the chain's, and the names before
    it lie near it: "X area of Y district")."""
    region = _region(run[-1].text, gaz, ctx)
    anchor = None if region is not None else _last_district(run[-1], gaz, ctx, full_text)
    if anchor is not None and anchor.admin1:
        region = gaz.admin1(anchor.cc, anchor.admin1)
    if region is None:
        return None
    last = anchor or region
    out: list[tuple[Link, tuple[GazEntry, ...], GazEntry | None]] = []
    for n in reversed(run[:-1]):
        if n.text.lower() in gaz.demonyms:
            continue  # "the English city of Salisbury": a people, no place of the chain
        if anchor is None and n.text.lower() in chain_words()["central_districts"]:
            seat = seat_of_region(region, gaz)  # "the Kilis province's Merkez district": its seat, Kilis
            out.append((n, (seat,) if seat is not None else (), None))
            anchor = seat
            continue
        district = (
            _district(n.text, region, gaz) if anchor is None and not _called_town(full_text, n) else None
        )
        if district is not None:
            seat = _seat(district, n.text, gaz)
            out.append((n, (seat or district,), None))
            anchor = district
            continue
        found = _villages(n.text, region, anchor, gaz)
        out.append((n, tuple(found), anchor))
        if len(found) == 1:
            anchor = found[0]
    return Chained(region, tuple(out[::-1]), last)


def _last_district(n: Link, gaz: Gazetteer, ctx: Counter[str], full_text: str) -> GazEntry | None:
    """The district of the index a chain's last name means when the text calls it one ("Y border
    district", "the district of Y") and no region follows: by its key or its transliteration, else
    a compound district by a part of its name or spelt alike word by word; of the country the
    article gives most reason for, and only when that leaves one."""
    from frontlog.places.district_names import districts_named
    from frontlog.places.districts import _bare, _letters_apart, called_district
    from frontlog.places.readings import _word_skeletons

    if not called_district(full_text, n.start, n.end, n.text):
        return None
    bare = _bare(n.text)
    hits = [e for e, h in gaz.index_candidates(bare, translit=True) if h.kind == "admin2"]
    hits = hits or districts_named(bare, gaz, short=False)  # ("Kutaf" = Kitaf wa Al Boqe'e)
    alike = [
        e for e, h in gaz.index_candidates(bare, loose=True)
        if h.kind == "admin2" and _word_skeletons(_bare(e.name)) == _word_skeletons(bare)
    ] + districts_named(bare, gaz)  # fmt: skip
    # spelt alike only within ALIKE_LETTERS ("Majaz" = Majz, "Razeh" = Razih; not "Mayuge" = Miga), and
    # not for a town of a focus country so named ("Mandali district": the town's, not Mandol of Nuristan)
    if not hits and not _focus_town(bare, gaz):
        hits = [e for e in alike if _letters_apart(e, bare) <= ALIKE_LETTERS]
    hits = list(dict.fromkeys(hits))
    most = max((ctx.get(e.cc, 0) for e in hits), default=0)
    hits = [e for e in hits if ctx.get(e.cc, 0) == most]
    return hits[0] if len(hits) == 1 else None


def chained_mentions(
    doc: Any, mentions: list[Any], gaz: Gazetteer, ctx: Counter[str], scan: bool
) -> list[Any]:
    """The mentions with each chain's names read inside its region (module docstring): a mention of
    a chain's name keeps its readings there (near the chain's next place), else takes the chain's
    (none: a place the gazetteer lacks, unless a town of NEAR_KEEP_POP people); with `scan`, the
    chain's names that no mention covers as they stand become mentions with their readings there
    (their spans join doc.spans["places"])."""
    from frontlog.doctext import doc_text
    from frontlog.places.districts import called_district
    from frontlog.places.units import without_unit

    full_text = doc_text(doc)
    by_span = {(m.span.start_char, m.span.end_char): m for m in mentions}
    actors = [(s.start_char, s.end_char) for s in doc.spans.get("actors", [])]
    added: list[Any] = []
    dropped: set[int] = set()
    for run in chains(full_text):
        found = _readings(run, gaz, ctx, full_text)
        if found is None:
            continue
        for link, entries, anchor in found.names:
            # ("Gwoza Local Government area of Borno State": the mention of Gwoza, places/units.py)
            m = by_span.get((link.start, link.end)) or next(
                (o for o in mentions if o.span.start_char == link.start and without_unit(o.text) == without_unit(link.text)),
                None,
            )
            if m is not None:
                _narrow(
                    m,
                    found.region,
                    list(entries),
                    anchor,
                    called_district(full_text, link.start, link.end, link.text),
                )
                continue
            if not scan or any(a < link.end and link.start < b for a, b in actors):
                continue
            over = [o for o in mentions if o.span.start_char < link.end and link.start < o.span.end_char]
            if not entries:  # a part of a name the gazetteer lacks ("Jawf" of "Ahl al Jawf") is no place
                dropped.update(
                    id(o) for o in over if link.start <= o.span.start_char and o.span.end_char <= link.end
                )
                continue
            new = _new_mention(doc, link, list(entries))
            if new is None:
                continue
            dropped.update(id(o) for o in over)
            added.append(new)
        z = run[-1]
        _at_district(found, z, mentions, gaz)
        if (
            scan
            and any(e for _, e, _ in found.names)
            and not any(m.span.start_char == z.start for m in [*mentions, *added])
        ):
            # the region the tagger left alone, or joined to a name before it ("Haydan of Sadah")
            new = _new_mention(doc, z, [found.last])
            if new is not None:
                dropped.update(
                    id(o) for o in mentions if o.span.start_char < z.end and z.start < o.span.end_char
                )
                added.append(new)
    if not added and not dropped:
        return mentions
    kept = [m for m in mentions if id(m) not in dropped]
    gone = [o.span for o in mentions if id(o) in dropped]  # (their spans leave too)
    doc.spans["places"] = sorted(
        [s for s in doc.spans.get("places", []) if s not in gone] + [m.span for m in added],
        key=lambda s: s.start,
    )
    return kept + added


def _at_district(found: Chained, z: Link, mentions: list[Any], gaz: Gazetteer) -> None:
    """The mention of a chain's last name, when the text calls it a district: that district
    ("Dhukhaia area of Majaz district" is Majz district of Sa'dah, not Al Majaz of Sharjah), unless
    the mention is a part of the name that reads a town inside the district (its namesake)."""
    if found.last is found.region:
        return
    m = next((o for o in mentions if o.span.start_char == z.start and o.span.end_char <= z.end), None)
    if m is None:
        return
    towns = _in_district(m.text, found.last, gaz) if m.span.end_char < z.end else set()
    if any(e in towns for e in m.entries):
        return  # a part of the name, a town of the district ("Kitaf" of "Kitaf wa al-Buoqee district")
    m.entries = [found.last]
    m.from_index, m.cued, m.rule = {found.last}, True, None


def _narrow(
    m: Any, region: GazEntry, entries: list[GazEntry], anchor: GazEntry | None, district: bool
) -> None:
    """A mention's readings inside the chain's region (near its next place: those spelt alike,
    ALIKE_KM), else the chain's."""
    if m.exact and any(e.kind in ("admin1", "country", "continent") for e in m.entries):
        return  # a region or a country of its own ("Guam, Louisiana"), no village of the chain's region
    km = CHAIN_KM if m.exact else ALIKE_KM
    inside = [
        e for e in m.entries
        if e.kind in ("city", "point", "admin2") and _inside(e, region) and (anchor is None or _km(e, anchor) <= km)
    ]  # fmt: skip
    if inside and (region.cc, region.admin1) in m.qualifier:
        return  # "Paris, Texas": the ranker's qualifier feature reads it (places/readings.py)
    if inside:  # (the chain's district among them, when the text calls the name a district: "the district of Munabbih")
        m.entries = [e for e in inside if district and e in entries] or inside
        return
    m.entries = entries or [e for e in m.entries if e.kind in ("city", "point") and e.pop >= NEAR_KEEP_POP]
    m.from_index, m.cued, m.rule = set(entries), True, None


def _new_mention(doc: Any, link: Link, entries: list[GazEntry]) -> Any | None:
    from frontlog.places.resolve import _Mention

    span = doc.char_span(link.start, link.end, label="GPE", alignment_mode="expand")
    if span is None:
        return None
    m = _Mention(span, link.text, name_key(link.text), entries, True, True)
    m.from_index, m.cued = set(entries), True
    return m
