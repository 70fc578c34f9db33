"""Location: the place of an event (the place nearest the trigger, else the place the article is
about) and the sub-place kept as its detail ("the city centre", "the village of X")."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Token

from frontlog.doctext import doc_text, span_text
from frontlog.events.areas import COUNTY_WORDS, bracketed_in, named_as_county, off_road, smaller_area
from frontlog.events.arguments import choose_place, is_destination, is_metonymic, place_detail, tree_distance
from frontlog.events.bearing_of import bearing_detail, far_namesake
from frontlog.events.context import Discourse, SentenceContext, Trigger
from frontlog.events.dating import has_day_expression
from frontlog.events.district_of import district_named
from frontlog.events.lexicon import word_list
from frontlog.events.list_near import near_members
from frontlog.events.next_town import later_town
from frontlog.events.place_lists import conjunct_mentions, list_tokens, other_listed, two_ends
from frontlog.events.quarters import PART_KM, named_part, quarter_city, quarter_detail
from frontlog.events.quarters import mention_km as _km
from frontlog.events.told_place import candidate_places
from frontlog.events.unplaced import NOT_PLACE_ENTS, tagger_name, unknown_name, unplaced_place
from frontlog.events.wider import wider_place
from frontlog.places.chain import chain_link
from frontlog.places.common_words import common_words_only, is_common_word
from frontlog.places.gazetteer import Gazetteer
from frontlog.places.local import region_words
from frontlog.places.located import names_where
from frontlog.places.normalize import is_title, name_key
from frontlog.places.region_part import heads_region, in_region_part
from frontlog.places.resolve import PlaceMention
from frontlog.places.seat import at_seat, seated
from frontlog.records import UNRESOLVED, Place

GENERIC_PLACE_OBJECTS = word_list("places.yaml", "generic_place_objects")
# words that make a town's name its region ("Aleppo countryside", "Hama province")
REGION_WORDS = region_words()
NEAR_WORDS = word_list("places.yaml", "near_words")
COMPASS_WORDS = word_list("places.yaml", "compass_words")
FINER_SLACK = 3  # a town in the region is the event's place unless this much farther from the trigger (2 until session 9: "In X state, a mine exploded under a truck near the town of Y")
FAR_KM = 50.0  # a place of the sentences before is used only within this distance of the sentence's places
PRECISION_RANK = {"point": 0, "city": 1, "admin1": 2, "country": 3}
NAMED_PLACE_HEADS = word_list("places.yaml", "named_place_heads")
PART_NOUNS = word_list("places.yaml", "part_nouns")
CITY_PART_NOUNS = word_list("places.yaml", "city_part_nouns")
# "the X area of Y": a town X of the gazetteer this near Y is X itself (an area is often wider than a city's part)
LOOSE_PART_NOUNS = word_list("places.yaml", "loose_part_nouns")
_PART_LEMMAS = PART_NOUNS | {w.rstrip("s") for w in PART_NOUNS}
SHIFT_WORDS = word_list("places.yaml", "thread_shift_words")
FACILITY_NOUNS = word_list("places.yaml", "facility_nouns")


@dataclass(frozen=True, slots=True)
class EventPlace:
    mention: PlaceMention | None  # the place mention the event is coded at (None: a place no gazetteer has)
    place: Place  # its gazetteer entry, with the detail
    inherited: bool  # True when the sentence named no usable place (the article's place was taken)


def event_place(
    trig: Trigger, sc: SentenceContext, state: Discourse, a1: str | None, a2: str | None
) -> EventPlace | None:
    """Where the trigger's event happened, or None when the text does not say."""
    prefer = [t for c in trig.token.children if c.dep_ in ("dobj", "obj", "nsubjpass") for t in c.subtree]
    if trig.type == "TERRITORY":  # "established full control over X" (not "near Y, ..."): X
        prefer += [
            t for c in trig.token.children if c.dep_ == "prep" and c.lower_ == "over" for t in c.subtree
        ]
    doc = sc.sent.doc  # (not a town named only to say where another lies, nor one abroad: events/told_place.py)
    places = candidate_places(trig.token, sc.places, doc)
    pm = choose_place(trig.token, places, prefer=prefer)
    told: str | None = None  # "X (northeast of Y)": X a namesake far from Y, the event coded near Y
    if pm is not None:
        pm = _town_in_region(pm, trig.token, sc) or smaller_area(pm, sc) or pm
        pm = _placed_in(pm, sc) or pm
        pm = bracketed_in(pm, sc) or pm
        pm = off_road(pm, sc) or pm
        pm = district_named(pm, sc) or pm  # "X, central Hit district": X's namesake far away (events/district_of.py)
        far = far_namesake(pm, places, doc)  # "X, northeast of Y": X's namesake far away (events/bearing_of.py)
        pm, told = far if far is not None else (pm, None)
    part = (_city_part(pm, sc) or quarter_city(pm, sc, state)) if pm is not None else None
    if part is not None:
        pm = part[0]
    inherited = False
    if pm is None or pm.place.precision == "country":
        own = _own_unknown(trig, sc, pm, a1, a2) if _new_thread(sc, state) else None
        if own is not None:
            return own
        fallback = _fallback_place(trig, sc, state, pm, a1, a2)
        if fallback is None:
            return unknown_place(trig, sc, pm, a1, a2)
        pm, inherited = fallback, fallback not in sc.places
    pm, inherited = later_town(sc, pm, inherited)  # "... in Idlib province. ... the raids on the village of X"
    detail = (named_part(pm, sc) or place_detail(pm, doc) if not inherited else None) or object_detail(trig.token)
    detail = told if told is not None and not inherited else detail
    if part is not None:
        detail = part[1]
    elif not inherited:
        pm, detail = _part_of(pm, sc, detail)
    if inherited or pm.place.precision == "admin1":
        # a village the gazetteer lacks: coded at the place the article is about (or the region
        # the sentence names), named in detail
        detail = unresolved_name(trig.token, set(sc.place_tokens | sc.actor_tokens)) or detail
    base = pm.place
    if not inherited and pm.region is not None and _names_region(pm, sc.sent.doc, detail) and heads_region(pm):
        base = pm.region  # "the countryside of Aleppo", "Idlib countryside": the region, not the town
    elif not inherited and detail is None:
        detail = _nearness(pm, sc.sent.doc) or bearing_detail(pm, sc.sent.doc)  # "X, north of Y" (X unknown): near Y
    place = base if detail is None else Place(**{**place_fields(base), "detail": detail})
    if place.precision == "admin1" and (_region_only(trig, sc, pm) or named_as_county(pm, sc.sent.doc)):
        place = at_seat(place, sc.art.gaz)  # an event known only by its region (or county): its seat kept (ACLED's point)
    elif not inherited and (place.precision == "admin1" or not _region_only(trig, sc, pm)):
        # "X village in southern Idleb" (X unknown): the middle of that part of the region
        # (the index's point kept, not GeoNames': docs/places.md "Session 14 (geoiq)")
        place = in_region_part(place, pm.region, pm, doc_text(sc.sent.doc), sc.art.gaz) or place
    return EventPlace(pm, quarter_detail(place), inherited)


def listed_places(first: EventPlace, sc: SentenceContext) -> list[EventPlace]:
    """The places listed with the event's place, each an event of its own: "captured the villages
    of A, B and C", "air strikes on A and B" (not "between A and B", "the road linking A and B": one
    event on the line)."""
    if first.inherited or first.mention is None or first.mention not in sc.places:  # (a quarter's city told before)
        return []
    doc = sc.sent.doc
    root = doc[first.mention.token_start : first.mention.token_end].root
    if two_ends(root):
        return []
    out: list[EventPlace] = []
    seen = {first.place.name}
    towns = sc.art.gaz if first.place.precision in ("city", "point") else None  # (not "the countryside of X and Y")
    listed = [m for t in list_tokens(root) for m in conjunct_mentions(t, first.mention, list(sc.places), sc.actor_tokens, towns)]
    listed = near_members(first.mention, [*listed, *other_listed(first.mention, list(sc.places), doc, sc.actor_tokens)], sc.art.gaz)
    for pm in listed:
        if pm is None or pm.place.precision == "country" or pm.place.name in seen:
            continue
        if (pm.place.precision == "admin1") != (first.mention.place.precision == "admin1"):
            continue  # "Saraqib and Idlib province": a town and the province it is in
        later = any(q is not None and q.token_start > pm.token_start for q in listed)  # "A, B and C": B is listed
        if not later and chain_link(doc_text(doc), first.mention.end, pm.start) and _lies_in(first.mention, pm):
            continue  # "in Nihm district, Sanaa": the district and the governorate it is in (places/chain.py)
        seen.add(pm.place.name)
        detail = place_detail(pm, doc)
        place = pm.place if detail is None else Place(**{**place_fields(pm.place), "detail": detail})
        if seated(first.place):  # "in Mandera and Garissa counties": each with its seat
            place = at_seat(place, sc.art.gaz)
        out.append(EventPlace(pm, quarter_detail(place), False))
    return out


def unknown_place(
    trig: Trigger, sc: SentenceContext, pm: PlaceMention | None, a1: str | None, a2: str | None
) -> EventPlace | None:
    """A place the text names as the event's ("shelled the village of X") that no gazetteer has and
    the article gives nothing finer for: kept under the text's words with no coordinates
    (events/unplaced.py), so the event is not lost, two such places stay apart, and no map shows
    it at a country's centroid."""
    wider = wider_place(trig, sc, a1)
    if wider is not None and wider[1].precision != UNRESOLVED:  # an organisation's town, a capital
        return EventPlace(wider[0], wider[1], False)
    place = unplaced_place(trig, sc, pm, a1, a2)
    if wider is not None and (place is None or not place.name):  # (a report naming no place: the wider one's name)
        place = wider[1]
    return EventPlace(None, quarter_detail(place), True) if place is not None else None


def _new_thread(sc: SentenceContext, state: Discourse) -> bool:
    """The sentence opens a new thread: no town told before it in its paragraph (the last place was
    in another paragraph or is the article's dateline town), or it says so ("separately",
    "meanwhile"). Inside a paragraph about a town, an unknown name is more often a part of it."""
    recent = state.recent_place(sc.index)
    if recent is None or any(t.lower_ in SHIFT_WORDS for t in sc.sent):
        return True
    return "\n\n" in doc_text(sc.sent.doc)[recent.end : sc.sent.start_char]


def _own_unknown(
    trig: Trigger, sc: SentenceContext, pm: PlaceMention | None, a1: str | None, a2: str | None
) -> EventPlace | None:
    """The trigger's own clause names its place, which no gazetteer has ("attacked the market in X",
    "took control of the locality of X"): the event keeps that name (events/unplaced.py) instead of
    a town of the sentences before or of the dateline (issue 15: never a town far from every place
    the sentence names). Session 11, helper "wire"."""
    name = tagger_name(trig, sc) or unknown_name(trig, sc)
    last = name.split()[-1].lower() if name else ""
    if not name or last in FACILITY_NOUNS or last.rstrip("s") in FACILITY_NOUNS:
        return None  # (a named building is a part of the town told before: "captured the Grand Mosque")
    if _city_part_cue(name, sc):
        return None  # "the X neighbourhood", "the district of X": a part of the town told before
    place = unplaced_place(trig, sc, pm, a1, a2)
    return EventPlace(None, quarter_detail(place), True) if place is not None and place.name else None


def _city_part_cue(name: str, sc: SentenceContext) -> bool:
    """The sentence calls the name a part of a city ("the X neighbourhood", "the quarter of X")."""
    text = span_text(sc.sent)
    at = text.find(name)
    if at < 0:
        return False
    around = (text[max(0, at - 20) : at] + " " + text[at + len(name) : at + len(name) + 16]).lower()
    return any(re.search(rf"\b{re.escape(w)}s?\b", around) for w in CITY_PART_NOUNS)


def _region_only(trig: Trigger, sc: SentenceContext, pm: PlaceMention) -> bool:
    """Is the region all the sentence says of where the event was? Not when it names a place the
    gazetteer lacks ("shelled Tabish village in southern Idlib", "raids on the area between X and
    Y in southern Idlib": there, not at the region's seat), nor another town of the same country
    ("strikes on Idlib province, including one in Maaret Misrin"; "west of Raqqa, ... its last
    territory in Aleppo province": the rest of the region, or a part of it a town locates)."""
    known = sc.place_tokens | sc.actor_tokens
    unresolved = unresolved_name(trig.token, set(known))
    if (unresolved is not None and not common_words_only(unresolved.split(), sc.art.gaz)) or unknown_name(trig, sc) is not None:
        return False  # (not "hit Farms in X province": places/common_words.py)
    doc = sc.sent.doc
    if any(_unknown_proper_name(t, known, sc.art.gaz) for t in sc.sent):
        return False
    return not any(
        p is not pm and p.cc == pm.cc and not p.context_only and p.place.precision in ("city", "point")
        and not (_names_region(p, doc, None) or _compass_before(p, doc))
        for p in sc.places
    )  # fmt: skip


def _unknown_proper_name(t: Token, known: frozenset[int], gaz: Gazetteer) -> bool:
    """A capitalised proper noun inside the sentence that is no known place, actor, date or
    number: perhaps a place the gazetteer lacks."""
    return (
        t.pos_ == "PROPN" and is_title(t.text) and not t.is_sent_start and t.i not in known
        and t.ent_type_ not in NOT_PLACE_ENTS and t.lower_ not in COMPASS_WORDS and not is_common_word(t.text, gaz)
    )  # fmt: skip


def _part_of(pm: PlaceMention, sc: SentenceContext, detail: str | None) -> tuple[PlaceMention, str | None]:
    """ "the Sukkari district of Aleppo": a named part of a town is coded at the town, the part
    kept as the detail."""
    for other in sc.places:
        if other.start > pm.end and not other.context_only and other.place.precision in ("city", "point"):
            if _compass_before(other, sc.sent.doc) or _names_region(other, sc.sent.doc, None):
                continue  # "the Afrin district of northern Aleppo": a town's area in the region
            if (
                pm.features.get("admin2_kind") or (pm.place.admin1 == other.place.admin1 and _km(pm, other) > PART_KM)
            ) and name_key(other.place.admin1 or "").startswith(name_key(other.place.name)):
                continue  # "Razih district of Sadah": a district (or its seat, far from the town) of the region the town heads
            part = place_detail(other, sc.sent.doc)
            if part and pm.text in part:
                return other, part
    return pm, detail


def _town_in_region(pm: PlaceMention, trigger: Token, sc: SentenceContext) -> PlaceMention | None:
    """ "shelled X village in eastern Idlib", "X in the Hama countryside": when the chosen place
    is a region (or a town named as its region), a town of the sentence that lies in that region
    is where the event happened, unless it is much farther from the trigger in the parse."""
    doc = sc.sent.doc
    if pm.place.precision == "admin1":
        region = pm.place
    elif pm.region is not None and (_names_region(pm, doc, None) or _compass_before(pm, doc)):
        region = pm.region
    else:
        return None
    reach = tree_distance(trigger, doc[pm.token_start : pm.token_end].root) + FINER_SLACK
    best: tuple[int, PlaceMention] | None = None
    for p in sc.places:
        if p is pm or p.context_only or p.place.precision not in ("city", "point") or p.region is None:
            continue
        if (
            p.region.geonameid != region.geonameid
            or p.region.name != region.name
            or p.place.name == pm.place.name
        ):
            continue
        if name_key(region.name).startswith(name_key(p.place.name)):
            continue  # "northern Afrin, Aleppo": the region's own town names the region
        span = doc[p.token_start : p.token_end]
        d = tree_distance(trigger, span.root)
        if d <= reach and not is_metonymic(span) and (best is None or d < best[0]):
            best = (d, p)
    return best[1] if best else None


def _placed_in(pm: PlaceMention, sc: SentenceContext) -> PlaceMention | None:
    """ "shelled the vicinity of X village in northern Hama", "clashes near X town in Deir ez-Zor
    eastern countryside", "in Y, which lies southwest of X": when the chosen place is the one the
    text uses to say where a town of the sentence lies, that town is the event's place."""
    text = doc_text(sc.sent.doc)
    for _ in range(2):  # "X near Y in Z": X; "X in Y of Z" (places/chain.py): X
        inner = next(
            (p for p in sc.places if p is not pm and not p.context_only and p.end < pm.start
             and (p.place.precision in ("city", "point") or bool(p.features.get("admin2_kind")))  # "X district in Y"
             and ((_lies_in(p, pm) and names_where(text, p.end, pm.start)) or _chained(p, pm, text))),
            None,
        )  # fmt: skip
        if inner is None:
            break
        pm = inner
    return pm


def _city_part(pm: PlaceMention, sc: SentenceContext) -> tuple[PlaceMention, str] | None:
    """ "the X neighbourhood in Damascus city", "the X district of Aleppo", "Damascus city's X
    district": a named part of a city is coded at the city, "X neighbourhood" the detail (the
    name is not a village of the same name elsewhere)."""
    doc = sc.sent.doc
    text = doc_text(doc)
    nouns = "|".join(CITY_PART_NOUNS)
    after = re.match(rf"\s+({nouns})\b", text[pm.end : pm.end + 30])
    if after is None:
        return None
    detail = f"{pm.text} {after.group(1)}"
    of = re.match(r"\s+(?:in|of)\s+(?:the\s+)?(?:city\s+of\s+)?", text[pm.end + after.end() :])
    for q in sc.places:
        if q is pm or q.context_only or q.place.precision != "city" or _compass_before(q, doc):
            continue
        near = FAR_KM if after.group(1) in LOOSE_PART_NOUNS else PART_KM
        if pm.place.precision in ("city", "point") and _km(pm, q) <= near:
            return None  # the gazetteer has the part itself ("the Dummar district of Damascus")
        city = re.match(r"\s+city\b", text[q.end : q.end + 6]) is not None
        if (
            after.group(1) == "district"
            and not city
            and (pm.place.precision in ("city", "point") or bool(pm.features.get("admin2_kind")))  # (a region abroad is no district of the region)
            and name_key(q.place.admin1 or "").startswith(name_key(q.place.name))
        ):
            continue  # "the Al-Bukamal district of Deir ez-Zor": a district of the region
        if after.group(1) == "district" and pm.features.get("admin2_kind") and pm.cc == q.cc and _km(pm, q) > FAR_KM:
            continue  # "Kitaf district in Saada": a district of the index far from the town, not its quarter
        if of is not None and q.start == pm.end + after.end() + of.end() and not _names_region(q, doc, None):
            return q, detail
        if q.end < pm.start and re.fullmatch(r"(?:\s+city)?['’]s\s+(?:the\s+)?", text[q.end : pm.start]):
            return q, detail
    return None


def _chained(p: PlaceMention, where: PlaceMention, text: str) -> bool:
    """ "X in Y of Z", "Y district, Z" (places/chain.py read X and Y inside Z's region): X lies in
    the place named right after it (a district's point may lie 50-100 km from its governorate's
    town: "Nihm district, Sanaa")."""
    return p.cc == where.cc and _km(p, where) <= 2 * FAR_KM and chain_link(text, p.end, where.start)


def _lies_in(p: PlaceMention, where: PlaceMention) -> bool:
    """Does the reading of p lie in (or near) the place the text puts it in?"""
    if p.cc != where.cc:
        return False
    if p.place.admin1 is None:  # a village whose region the index does not give
        return _km(p, where) <= 2 * FAR_KM
    return p.place.admin1 == where.place.admin1 or _km(p, where) <= FAR_KM


def _compass_before(pm: PlaceMention, doc: Any) -> bool:
    """ "eastern Deir ez-Zor", "southeast Idlib": a compass word right before the name."""
    return pm.token_start > 0 and doc[pm.token_start - 1].lower_ in COMPASS_WORDS


def _names_region(pm: PlaceMention, doc: Any, detail: str | None) -> bool:
    """Does the text call the town's name a region ("Aleppo countryside", "the countryside of
    Aleppo", "Hama province")?"""
    if pm.place.precision not in ("city", "point"):
        return False
    last = pm.text.split()[-1].lower()
    words = {last, (detail or "").split()[-1].lower() if detail else ""}
    nxt = doc[pm.token_end] if pm.token_end < len(doc) else None
    if nxt is not None and nxt.is_lower:
        words.add(nxt.lower_)
    found = words & REGION_WORDS
    if found and found <= COUNTY_WORDS and pm.region is not None and not _named_alike(pm.region.name, pm.place.name):
        return False  # "Rezvanshahr county" inside Gilan: a county of its own, at the town it is named after
    return bool(found)


def _named_alike(region: str, town: str) -> bool:
    """Is the region named as the town ("Mandera" county of Kenya, seat Mandera), a kind word aside?"""
    words = name_key(region).split()
    return " ".join(w for w in words if w not in REGION_WORDS) == name_key(town)


def _nearness(pm: PlaceMention, doc: Any) -> str | None:
    """ "near X", "around X", "outside X": the event was close to the town, not in it (detail)."""
    head = doc[pm.token_start : pm.token_end].root.head
    return head.lower_ if head.lower_ in NEAR_WORDS else None


def _fallback_place(
    trig: Trigger,
    sc: SentenceContext,
    state: Discourse,
    pm: PlaceMention | None,
    a1: str | None,
    a2: str | None,
) -> PlaceMention | None:
    """The place of the sentences before (within three), else the article's town, when the
    sentence names none finer than a country."""
    if not (trig.is_verb or a1 or has_day_expression(sc.sent)):
        return None
    fallback = state.recent_place(sc.index)
    if fallback is None:
        fallback = sc.art.focus
    if fallback is None or (pm is not None and fallback.cc != pm.cc):
        return None
    if _destination(sc, fallback):
        return None  # "advanced towards X amid fighting": not at X, and the sentence says no more
    if _elsewhere(sc, fallback):
        return None  # "In Iraq meanwhile, ...", "in northwestern Syria meanwhile, ...": not the town told before
    named = [p for p in sc.places if _located(p, sc, fallback.cc) and not is_metonymic(sc.sent.doc[p.token_start : p.token_end])]
    if named and all(_km(fallback, p) > FAR_KM for p in named):
        # never a town far from every place the sentence names: the sentence's finest place
        return min(named, key=lambda p: (PRECISION_RANK.get(p.place.precision, 9), p.start))
    homes = {sc.art.actors.home.get(a) for a in (a1, a2) if a} - {None}
    if homes and fallback.cc not in homes:
        return None  # "Iraqi forces ..." is not about the Syrian town the article is about
    direct = [c for c in trig.token.children if c.dep_ in ("dobj", "obj")]
    if trig.type == "TERRITORY" and direct and unnamed_places(direct[0]):
        return None  # "captured ten villages": unnamed places
    return fallback


def _destination(sc: SentenceContext, fallback: PlaceMention) -> bool:
    """The sentence names the fallback's town only as where a side is heading ("towards X")."""
    doc = sc.sent.doc
    return any(
        p.place.name == fallback.place.name and is_destination(doc[p.token_start : p.token_end].root)
        for p in sc.places
    )


def _elsewhere(sc: SentenceContext, fallback: PlaceMention) -> bool:
    """The sentence says where it happened only by a country other than the fallback's ("In Iraq,
    ..."), or by a part of a country as a new thread of the story ("In northwestern Syria
    meanwhile, ..."): the town of the sentences before is not that place."""
    if any(p.place.precision != "country" for p in sc.places):
        return False  # the sentence names a finer place of its own
    countries = [p for p in sc.places if p.place.precision == "country" and not p.context_only]
    shift = any(t.lower_ in SHIFT_WORDS for t in sc.sent)
    return any(p.cc != fallback.cc or (shift and _compass_before(p, sc.sent.doc)) for p in countries)


def unnamed_places(obj: Token) -> bool:
    """ "ten villages", "large swathes of territory" (but not "the village of Tell X")."""
    if obj.lemma_.lower() not in GENERIC_PLACE_OBJECTS:
        return False
    named = any(t.is_title for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree)
    return not named


def unresolved_name(tok: Token, known: set[int]) -> str | None:
    """A proper name the trigger takes as its place that no gazetteer entry matched:
    "the village of Tell X", "near Ain Y", "took Z"."""
    heads = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    heads += [
        g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "near", "at", "into", "of")
        for g in c.children if g.dep_ == "pobj"
    ]  # fmt: skip
    for h in heads:
        if h.lemma_.lower() in NAMED_PLACE_HEADS:  # "the village of X"
            words = [t for c in h.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree]
        else:
            words = [t for t in h.subtree if t.i <= h.i] if h.pos_ == "PROPN" else []
        words = [t for t in words if is_title(t.text) and t.i not in known]
        if words and words[-1].i - words[0].i < 5:
            return str(tok.doc[words[0].i : words[-1].i + 1].text)
    return None


def object_detail(tok: Token) -> str | None:
    """A sub-place that is the object of the trigger ("captured the city center")."""
    for c in tok.children:
        if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _PART_LEMMAS:
            words = [t.text for t in c.subtree if t.i <= c.i and t.pos_ != "DET"]
            return " ".join(words)
    return None


def focus_place(places: list[PlaceMention], counts: Counter[str]) -> PlaceMention | None:
    """The article's main place: its most mentioned town (first mention on a tie)."""
    if not counts:
        return None
    name, _ = counts.most_common(1)[0]
    return next((p for p in places if p.place.name == name), None)


def place_fields(p: Place) -> dict[str, Any]:
    return {
        f: getattr(p, f)
        for f in ("name", "geonameid", "lat", "lon", "country", "admin1", "precision", "detail")
    }


def _located(p: PlaceMention, sc: SentenceContext, cc: str) -> bool:
    """A place of the sentence that says where things are: in the fallback's country, finer than
    a country, not a modifier ("the Damascus military statement") nor a demonym."""
    if p.context_only or p.cc != cc or p.place.precision == "country":
        return False
    return sc.sent.doc[p.token_start : p.token_end].root.dep_ not in ("compound", "amod", "nmod", "poss")

