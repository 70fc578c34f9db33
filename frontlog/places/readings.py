"""A place mention's readings before the ranker: the gazetteer entries its name can mean, and the
general rules that choose them first (a demonym names its country; names listed before
"counties" are counties; a kind word after a name says its kind, "Enugu State"; a name that holds
a place, "Colorado State University"), with the ", Texas" qualifier after a name."""

from __future__ import annotations

import functools
import re
from importlib import resources

from frontlog.places.articles import article_readings
from frontlog.places.gazetteer import GazEntry, Gazetteer, not_place_keys
from frontlog.places.kept import candidates
from frontlog.places.local import kind_words
from frontlog.places.namesake import choose_kind, governorate_region, namesake_city, town_region
from frontlog.places.normalize import loose_key, name_key
from frontlog.places.regions import war_regions
from frontlog.places.units import without_unit

# A generic word after a name, and the kinds of place it says the name is ("Enugu State" is the
# region, "Kuwait City" the town); None: any kind.
_STRIP_SUFFIX: dict[str, tuple[str, ...] | None] = {
    " city": ("city",), " town": ("city",), " village": ("city",), " province": ("admin1", "admin2"),
    " governorate": ("admin1",), " countryside": None, " state": ("admin1",), " region": None,
    " district": None, " county": ("admin1", "admin2"),
}  # fmt: skip


# after a name: more names in a list, then "counties" ("Eastland and Callahan counties")
_COUNTY_CUE = re.compile(r"(?:\s*(?:,\s*and|,|and|&)\s+(?:[A-Z][\w'.-]*\s?){1,3})*\s*(?:counties|parishes)\b")


RULE_DEMONYM = "demonym"
RULE_COUNTIES = "listed before 'counties'"
RULE_KIND = "kind word after the name"
RULE_INSIDE = "place inside a longer name"
RULE_REGION = "region word before or after the name"
RULE_DATELINE = "a dateline names a town"
RULE_COUNTY_NAMED = "the article names it 'X County'"


def _region_cue(full_text: str, start: int, end: int) -> frozenset[str]:
    """The kinds a region word next to the name allows ("Kermanshah province", "the governorate
    of Idlib": data/kind_words.tsv words that never mean a town), else none."""
    before, after = kind_words()
    nxt = re.match(r"\s+(?:deputy\s+|vice\s+)?([A-Za-z]+(?:-[A-Za-z]+)?)\b", full_text[end : end + 30])
    prev = re.search(r"\b([A-Za-z]+) of (?:the )?$", full_text[max(0, start - 30) : start])
    if any(m and m.group(1).lower() in region_titles() for m in (nxt, prev)):
        return _REGION_KINDS  # "the Murmansk governor", "the governor of Kandahar"
    kinds = after.get(nxt.group(1), frozenset()) if nxt else frozenset()
    kinds = kinds or (before.get(prev.group(1), frozenset()) if prev else frozenset())
    return kinds if "city" not in kinds else frozenset()


_REGION_KINDS = frozenset({"admin1", "admin2"})


@functools.cache
def region_titles() -> frozenset[str]:
    """data/region_titles.txt: "governor"... (lower case)."""
    text = (resources.files("frontlog.places") / "data" / "region_titles.txt").read_text("utf-8")
    return frozenset(ln.strip().lower() for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))


def _readings(
    text: str, full_text: str, end: int, gaz: Gazetteer, *, dateline: bool = False
) -> tuple[list[GazEntry], bool, str | None]:
    """The entries a mention can mean, whether its name matched exactly, and the rule (if any)
    that chose them before the ranker sees them. A name in the dateline ("WASHINGTON (AP) -")
    is the town the story was filed from."""
    entries, exact = candidates(gaz, text)
    entries = article_readings(text, entries, gaz, full_text, end - len(text))  # "Ad Dali" is no Dali of China
    if not exact:  # a spelling variant spells each word alike ("Deir Ezzor" ~ "Dayr az Zawr")
        words = _word_skeletons(text)
        entries = [e for e in entries if _word_skeletons(e.name) == words]
    target = _demonym(text, gaz)
    if target is not None:
        return [target], True, RULE_DEMONYM  # "Iraqi", "Sri Lankans", "European", "Texans"
    if not any(e.curated for e in entries):  # "SA", "NJ", "WA": the ranker picks by the article's countries
        entries = entries + [e for e in _initials(text, gaz) if e not in entries]
    if _COUNTY_CUE.match(full_text, end):  # "Clarke, Oconee and Walton counties"
        suffixed = [candidates(gaz, text + suf) for suf in (" County", " Parish")]
        counties = [e for found, exact_name in suffixed if exact_name for e in found if e.kind == "admin2"]
        if counties:
            return counties, True, RULE_COUNTIES
    counties = _named_county(text, full_text, entries, gaz)
    if counties:  # "Suffolk County police ... the Suffolk Times" where no Suffolk lies in New York
        return counties, True, RULE_COUNTY_NAMED
    if exact and dateline and any(e.kind == "city" for e in entries):
        return [e for e in entries if e.kind == "city"], exact, RULE_DATELINE
    if exact:
        # the region word chooses between a town and its region of the same name (Kermanshah),
        # not between countries ("the Charlotte region" stays Charlotte, North Carolina)
        home = governorate_region(entries, full_text, end - len(text), end, gaz)  # "Beja governorate"
        if home:
            return home, exact, RULE_REGION
        cue = _region_cue(full_text, end - len(text), end)
        regions = [
            e for e in entries if e.kind in cue and any(x.cc == e.cc and x.kind not in cue for x in entries)
        ]
        regions = regions or war_regions(entries, cue)  # "Bari region" is Somalia's (places/regions.py)
        if regions:
            return regions, exact, RULE_REGION
        seats = town_region(entries, full_text, end, gaz)  # "Kasserine governorate"
        if seats:
            return seats, exact, RULE_REGION
        chosen, rule = choose_kind(entries, full_text, end - len(text), end, gaz, _qualifier(full_text, end, gaz))
        return chosen, exact, rule
    low = text.lower()
    abbr = re.match(r"(.+?)\s+(co|cos|cty)\.?$", text, re.IGNORECASE)
    if abbr:  # "Loudon Co.", "Platte Co": the abbreviation of "County"
        counties, county_exact = candidates(gaz, abbr.group(1) + " County")
        counties = [e for e in counties if e.kind in ("admin1", "admin2")]
        if counties and county_exact:
            return counties, True, RULE_KIND
    unit_bare = without_unit(text)
    if unit_bare != text:  # "Maru LGA": the area's own name (places/units.py), else a name inside a longer one
        bare, bare_exact = candidates(gaz, unit_bare)
        if bare and bare_exact:
            return bare, True, RULE_KIND
    for suf, kinds in _STRIP_SUFFIX.items():  # "Enugu State", "Idlib province": the bare name first
        if low.endswith(suf):
            bare, bare_exact = candidates(gaz, text[: -len(suf)])
            if kinds and any(e.kind in kinds for e in bare):
                bare = [e for e in bare if e.kind in kinds]
            if bare and (bare_exact or not entries):
                entries, exact = bare, bare_exact
                if exact:
                    return entries, exact, RULE_KIND
            break
    inner, inner_exact = _embedded(text, gaz)
    if inner:
        return inner, inner_exact, RULE_INSIDE
    return entries, exact, None


def kind_bare(text: str) -> str:
    """The name without the kind word or area phrase after it ("Yei County" -> "Yei", "Maru LGA" ->
    "Maru"): the name a reading chosen by RULE_KIND bears as its own."""
    low = text.lower()
    suf = next((s for s in _STRIP_SUFFIX if low.endswith(s) and len(s) < len(text)), "")
    return without_unit(text[: len(text) - len(suf)] if suf else text)


def _named_county(text: str, full_text: str, entries: list[GazEntry], gaz: Gazetteer) -> list[GazEntry]:
    """A bare name that the article also writes as "X County" (or "X Parish") is that county,
    when none of the name's own readings lies in a county's first-level region: a writer who
    named "Suffolk County" means it by "Suffolk" too, unless a town Suffolk lies in the same state
    (then "Lancaster" may be the city of Lancaster County's seat, and the ranker decides)."""
    if text[:1].islower() or name_key(text).endswith((" county", " parish")):
        return []
    if not _mentions_counties(full_text):
        return []
    found = re.search(rf"\b{re.escape(text)}\s+(County|Parish)\b", full_text, re.IGNORECASE)
    if not found:
        return []
    counties, exact = candidates(gaz, f"{text} {found.group(1)}")
    counties = [e for e in counties if e.kind == "admin2"] if exact else []
    regions = {(e.cc, e.admin1) for e in counties}
    if not counties or any((e.cc, e.admin1) in regions for e in entries if e.kind != "admin2"):
        return []
    return counties


_COUNTY_WORD = re.compile(r"\s(?:County|Parish)\b", re.IGNORECASE)


@functools.lru_cache(maxsize=4)
def _mentions_counties(full_text: str) -> bool:
    """Does the text write "County" or "Parish" after a space at all (once per article, not per name)?"""
    return _COUNTY_WORD.search(full_text) is not None


_INITIALS: dict[int, dict[str, list[int]]] = {}


def _initials(text: str, gaz: Gazetteer) -> list[GazEntry]:
    """The countries and first-level regions of several words that an upper-case abbreviation
    spells by their initials ("SA": South Africa, South Australia, Saudi Arabia; "NJ", "WA")."""
    bare = text.replace(".", "")
    if not (2 <= len(bare) <= 4 and bare.isalpha() and bare.isupper()):
        return []
    table = _INITIALS.get(id(gaz))
    if table is None:
        table = _INITIALS[id(gaz)] = {}
        for i in [*gaz.country_entry.values(), *gaz.admin1_entry.values()]:
            words = [w for w in str(gaz.entries[i][1]).split() if w[:1].isupper()]
            if len(words) >= 2:
                table.setdefault("".join(w[0] for w in words), []).append(i)
    return [gaz.entry(i) for i in table.get(bare, ())]


@functools.lru_cache(maxsize=16_384)
def _word_skeletons(name: str) -> tuple[tuple[str, str], ...]:
    """Each word's first letter (any vowel alike: "Ezzor" ~ "az") and consonant skeleton."""
    return tuple(("a" if w[0] in "aeiouy" else w[0], loose_key(w)) for w in name_key(name).split())


def _demonym(text: str, gaz: Gazetteer) -> GazEntry | None:
    """The country, continent or region a demonym names ("Iraqi", "Sri Lankans", "Texans")."""
    demonym = gaz.demonyms.get(text.lower()) or gaz.demonyms.get(text.lower().rstrip("s"))
    if not demonym:
        return None
    if demonym.startswith("admin1:"):
        _, cc, region = demonym.split(":", 2)
        return gaz.admin1(cc, region)
    return gaz.country(demonym) or gaz.continent(demonym)


@functools.cache
def feature_nouns() -> frozenset[str]:
    """data/feature_nouns.txt: "River", "Park", "Township"... (lower case)."""
    text = (resources.files("frontlog.places") / "data" / "feature_nouns.txt").read_text("utf-8")
    return frozenset(ln.strip().lower() for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))


def _embedded(text: str, gaz: Gazetteer) -> tuple[list[GazEntry], bool]:
    """A name that is no place but holds one ("Colorado State University", "Dubai World Cup",
    "US Federal Reserve", "European Commission"): the longest run of its capitalised words that
    is a place's own name (or a demonym), the largest place first. The mention stands for that
    place. Not for a feature named after one ("Neches River", "Port of Los Angeles"), nor for a
    lone compass or generic word."""
    words = text.split()
    nouns = feature_nouns()
    if len(words) < 2 or words[-1].lower() in nouns or words[0].lower() in nouns:
        return [], False
    if "of" in words[1:-1]:  # "University of California", "Bank of Japan": the place follows "of"
        at = len(words) - 1 - words[::-1].index("of")
        found = _embedded_run(words[at + 1 :], gaz, whole=True)
        if found[0]:
            # unless a larger place comes before it ("Manitoba Chambers of Commerce")
            before = _embedded_run(words[:at], gaz, whole=True) if at >= 1 else ([], False)
            return before if before[0] and _size(before[0]) > _size(found[0]) else found
    return _embedded_run(words, gaz, whole=False)


def _size(entries: list[GazEntry]) -> int:
    return max((e.pop for e in entries), default=0)


def _embedded_run(words: list[str], gaz: Gazetteer, *, whole: bool) -> tuple[list[GazEntry], bool]:
    """The longest run of `words` (all of them only if `whole`) that names a place by its own name
    or is a demonym; of runs as long, the one naming the largest place ("Robinson College
    Cambridge": Cambridge, not Robinson, Texas)."""
    for n in range(len(words) if whole else len(words) - 1, 0, -1):
        runs: list[list[GazEntry]] = []
        for i in range(len(words) - n + 1):
            run = " ".join(words[i : i + n])
            key = name_key(run)
            if not all(w[:1].isupper() for w in words[i : i + n]) or key in not_place_keys():
                continue
            target = _demonym(run, gaz)
            if target is not None:
                runs.append([target])
                continue
            entries, exact = candidates(gaz, run)
            own = [e for e in entries if e.curated or name_key(e.name) == key]  # not an alternate name
            if own and exact:
                runs.append(namesake_city(own, entries))
        if runs:
            return max(runs, key=_size), True
    return [], False


_QUALIFIER = re.compile(r"\s*,\s*([A-Z][A-Za-z.]*\.?(?:[ -][A-Z][A-Za-z.]*){0,2})")


def _qualifier(text: str, end: int, gaz: Gazetteer) -> set[tuple[str, str]]:
    """The first-level regions ((cc, name)) and countries ((cc, "")) that ", <Name>" right after a
    place name can mean: the shortest leading run of words that names one."""
    found = _QUALIFIER.match(text, end)
    if not found:
        return set()
    words = found.group(1).split()
    for n in range(len(words), 0, -1):
        entries, exact = candidates(gaz, " ".join(words[:n]))
        out = {(e.cc, e.admin1 or "") if e.kind == "admin1" else (e.cc, "") for e in entries
               if exact and e.kind in ("admin1", "country")}  # fmt: skip
        if out:
            return out
    return set()
