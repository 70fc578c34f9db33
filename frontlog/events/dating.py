"""The date of each event: the date expression of the trigger's clause (events.dates), else the
article's date; undated mentions of an event the article dates elsewhere take that date."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from itertools import islice

from spacy.tokens import Doc, Span, Token

from frontlog.calendar import STAMP_LABELS, WEEKDAYS
from frontlog.doctext import doc_text, span_text
from frontlog.events.chronicle import Entry
from frontlog.events.context import Discourse, SentenceContext, Trigger, sentences
from frontlog.events.dates import DateExpr, ResolvedDate, duration_days, find_date_expressions, resolve_date
from frontlog.events.lexicon import word_list
from frontlog.events.triggers import governing_verb
from frontlog.records import Mention

REPORTING_VERBS = word_list("arguments.yaml", "reporting_verbs")
HISTORY_ADVERBS = frozenset(word_list("cues.yaml", "history_adverbs"))
DATING_VERBS = frozenset(word_list("cues.yaml", "dating_verbs"))
_SHIFTS = "|".join(re.escape(w) for w in word_list("cues.yaml", "topic_shifts"))
_SHIFT = re.compile(rf"\W*(?:{_SHIFTS})\b", re.I)  # "Meanwhile, ...": a sentence that turns to another story
DAY_KINDS = frozenset(
    {"weekday", "overnight_day", "yesterday", "today", "month_day", "day_month", "month_day_year", "day_month_year"}
)
SPAN_KINDS = frozenset({"vague", "since_year", "since_day"})
RELATIVE_KINDS = frozenset({"later", "day_before", "day_after", "same_day"})  # counted from the previous event's day  # "after weeks of fighting": no date of its own
STAMP_KINDS = frozenset({"month_day_year", "day_month_year"})
# counted from the day the sentence's report is dated ("..., the monitor said on Saturday")
REPORT_ANCHORED = frozenset({"past_day", "past_days", "last_night"})
_LABELS = "|".join(re.escape(w) for w in sorted(STAMP_LABELS, key=len, reverse=True))
_DAYS = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_STAMP_HEAD = re.compile(rf"\W*(?:(?:{_LABELS})\W*)?(?:(?:{_DAYS})\.?\W*)?", re.I)
# a photo's credit, "(AFP Photo)", "(Reuters photo)", "(File photo)", "(Photo: AP)", or a caption in
# brackets, "(Photo Smoke rises over ... by AFP)"; a caption that opens "In this photo ...", "File photo of"
_CREDIT = re.compile(r"\((?:[\w.&-]+\s+){0,3}(?:file\s+)?photos?(?:\s*[:/]\s*[^()]{0,40})?\)", re.I)
_BRACKETED = re.compile(r"\(photo\b[^()]{0,300}(?:\)|$)", re.I)
_CAPTION_HEAD = re.compile(r"\W*(?:in\s+)?(?:this|a|the|file)\s+(?:file\s+)?(?:photo|picture|image)\b", re.I)
# a caption right after the page's date stamp, which the sentence splitter leaves on its first
# sentence ("Last updated at Jun 132016 In this photo taken on June 8 ..."; session 14, fixes)
_STAMPED_CAPTION = re.compile(
    rf"\W*(?:(?:{_LABELS})\W*)?(?:(?:{_DAYS})\.?\W*)?[\w.,:/ -]{{0,24}}?\d{{4,6}}\W+(?={_CAPTION_HEAD.pattern[3:]})", re.I
)


def caption_end(sent: Span) -> int:
    """The end (a character offset in the doc) of the photo caption the sentence holds, or -1: the
    whole of a sentence that opens "In this photo ..." or that a credit "(AFP Photo)" follows, the
    text up to a credit inside it. A caption dates the picture, often an old one: no event."""
    text = span_text(sent)  # (sent.text joins the tokens anew at each access)
    if _CAPTION_HEAD.match(text) or (sent.start_char <= 60 and _STAMPED_CAPTION.match(text)):
        return sent.end_char
    m = _CREDIT.search(text) or _BRACKETED.search(text)
    if m:
        return sent.start_char + m.end()
    return sent.end_char if _CREDIT.match(doc_text(sent.doc)[sent.end_char : sent.end_char + 300].lstrip()) else -1


def _is_head_stamp(e: DateExpr, sent: Span) -> bool:
    start = sent.start_char + e.start
    return e.kind in STAMP_KINDS and start <= 60 and bool(_STAMP_HEAD.fullmatch(doc_text(sent.doc)[:start]))


def event_date_expressions(sent: Span, dateline_end: int = -1) -> list[DateExpr]:
    """The sentence's date expressions, without the date stamped at the head of the article
    ("Tuesday 4 June 2019 Rebels seize ...", "Date of publication 12 March 2018 Shelling kills
    ..."): that is the article's date and says nothing about when its events happened."""
    exprs = _after_dateline(find_date_expressions(span_text(sent)), sent, dateline_end)
    stamps = [e for e in exprs if _is_head_stamp(e, sent)]
    if not stamps:
        return exprs
    # the weekday printed with the stamp ("Tuesday 4 June 2019") goes with it
    weekday = [e for e in exprs if e.kind == "weekday" and 0 <= stamps[0].start - e.end <= 3]
    return [e for e in exprs if e not in stamps and e not in weekday]


def _after_dateline(exprs: list[DateExpr], sent: Span, dateline_end: int) -> list[DateExpr]:
    """Without the date of the wire dateline that opens the article ("SANAA, March 16, 2023
    (Reuters) - Air strikes ... on Wednesday"): the filing date, not the event's."""
    if dateline_end <= sent.start_char:
        return exprs
    return [e for e in exprs if sent.start_char + e.start >= dateline_end]


def date_for(
    trig: Trigger, sent: Span, pub: date, previous: date | None, dateline_end: int = -1,
    story_day: date | None = None, report_day: date | None = None, lead_day: date | None = None,
    entry: Entry | None = None,
) -> ResolvedDate | None:
    """The trigger's date: the expression nearest to it (one in its own clause first), resolved
    against the article's date and the previous event's; when none, `story_day` (the day of an
    event the sentence before dated, within a week of the article), else `report_day` (the day a
    bulletin reports, events/bulletin.py), else `lead_day` (the day the lead names), else the
    article's date. In a timeline entry (events/chronicle.py), a sentence with no date besides the
    entry's own takes the entry's day. None for a trigger in a photo's caption (`caption_end`),
    whose date expressions date nothing else either."""
    caption = caption_end(sent)
    if trig.token.idx < caption:
        return None
    exprs = event_date_expressions(sent, max(dateline_end, caption))
    if entry is not None and all(sent.start_char + e.start < entry.opener_end for e in exprs):
        return ResolvedDate(entry.day.isoformat(), "day", chronicle=True)
    pos = trig.token.idx - sent.start_char
    clause = trig.token if trig.is_verb else governing_verb(trig.token)
    story_day = None if _SHIFT.match(sent.text) else story_day  # "Meanwhile, ...": another story
    undated = _undated_day(pub, story_day, report_day, lead_day)
    shifted = _measured_from_main_clause(clause, sent, exprs, pub, previous, undated)
    if shifted is not None:
        return shifted
    if _undated_history(trig, clause, sent, exprs):
        return None
    best = None
    told = [e for e in exprs if _dates_the_report(e, sent)]
    if told and any(e not in told and e.kind not in SPAN_KINDS for e in exprs):
        exprs = [e for e in exprs if e not in told]  # "said on Saturday they had seized X on Friday"
    for e in exprs:
        dist = 0 if e.start <= pos < e.end else min(abs(e.start - pos), abs(e.end - pos))
        first = next((t for t in sent if t.idx - sent.start_char >= e.start), None)
        if first is not None and clause.is_ancestor(first) and not _other_verb_between(clause, first):
            dist -= 1000  # an expression in the trigger's own clause wins
        if first is not None and not trig.is_verb and _noun_head(trig.token).is_ancestor(first):
            dist -= 2000  # ... and one inside a noun's own phrase ("a raid in which ... on Thursday") first
        if best is None or dist < best[0]:
            best = (dist, e)
    if best is not None:
        base = previous
        if best[1].kind in RELATIVE_KINDS:
            # "overran the town on Thursday but lost it two days later": count from Thursday
            earlier = [e for e in exprs if e.end <= best[1].start and e.kind not in RELATIVE_KINDS]
            if earlier:
                r0 = resolve_date(earlier[-1], pub, base)
                if r0 is not None and r0.precision == "day" and not r0.durative:
                    base = date.fromisoformat(r0.value)
        reported = _from_report(best[1], told, pub, previous)
        if reported is not None:
            return reported
        if best[1].kind in REPORT_ANCHORED and report_day is not None:
            return ResolvedDate(report_day.isoformat(), "day")
        resolved = resolve_date(best[1], pub, base)
        if resolved is not None:
            return resolved
    if story_day is not None and 0 < (pub - story_day).days <= 6:
        # no date of its own, right after a sentence that dated an event: the story's day
        return ResolvedDate(story_day.isoformat(), "day", explicit=False)
    return ResolvedDate(_undated_day(pub, None, report_day, lead_day).isoformat(), "day", explicit=False)


def _undated_day(pub: date, story_day: date | None, report_day: date | None, lead_day: date | None) -> date:
    """The day of a sentence with no date of its own: the story's day (within a week), else the
    bulletin's, else the lead's, else the article's."""
    if story_day is not None and 0 < (pub - story_day).days <= 6:
        return story_day
    day = report_day or pub
    return lead_day if day == pub and lead_day is not None else day


LEAD_REACH_DAYS = 6  # a lead's "on Monday" is within the week before the article


def lead_day(doc: Doc, pub: date, dateline_end: int = -1) -> date | None:
    """The day the article's first sentence names ("Israeli strikes killed seven people on
    Monday"): the day of the story, which the events it tells with no date of their own share
    (a wire story's later paragraphs tell the lead's day). A lead in the present perfect with no
    date expression ("Dozens of civilians have been killed in air strikes on X.") leaves the time
    to the sentence after it ("The strikes early on Tuesday hit ..."), whose day is the lead's
    (days, session 17; not a lead in the simple past, "Fighting flared across the province.",
    whose time is the report's). None when the lead names no day, or a day that is the article's
    own or more than a week before it."""
    heads = list(
        islice((s for s in doc.sents if s.end_char > dateline_end and _told(s) and caption_end(s) < s.end_char), 3)
    )  # (a photo's caption before the lead dates the picture: session 14, fixes)
    if len(heads) > 1 and _stamped_headline(heads[0], dateline_end):
        heads = heads[1:]
    if not heads:
        return None
    if len(heads) > 1 and _present_perfect(heads[0]) and not event_date_expressions(heads[0], dateline_end):
        return _named_day(heads[1], pub, dateline_end)
    return _named_day(heads[0], pub, dateline_end)


def _told(sent: Span) -> bool:
    """A sentence that tells something: not empty, not a credit in brackets ("(Wire and Agencies)")."""
    text = sent.text.strip()
    return bool(text) and not (text.startswith("(") and text.endswith(")"))


def _present_perfect(sent: Span) -> bool:
    """The sentence's main verb is in the present perfect ("have been killed", "has seized"), or
    the verb of what its reporting verb tells ("X have been killed, officials said")."""
    root = sent.root
    if root.lemma_.lower() in REPORTING_VERBS:
        root = next((c for c in root.children if c.dep_ == "ccomp"), root)
    return root.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in root.children)


def _named_day(sent: Span, pub: date, dateline_end: int) -> date | None:
    """The first day the sentence names, within the week before the article (not its own day)."""
    for e in event_date_expressions(sent, dateline_end):
        if e.kind not in DAY_KINDS:
            continue
        r = resolve_date(e, pub)
        if r is None or r.precision != "day" or r.durative:
            return None
        d = date.fromisoformat(r.value)
        return d if 0 < (pub - d).days <= LEAD_REACH_DAYS else None
    return None


_TITLE_LOWER = frozenset({"ADP", "CCONJ", "SCONJ", "DET", "PART", "PRON", "AUX"})  # "over", "into", "with" in a title


def _stamped_headline(sent: Span, dateline_end: int) -> bool:
    """A first sentence that is a headline with no day of its own: the lead is the sentence after
    it. A headline in title case, stamped or not ("Tuesday 14 May 2019 Rebels Shell Two Villages.",
    "07-05-2019 Five Killed in Rocket Attack on Taiz."; days, sessions 16 and 17), or a stamp and a
    headline whose root is a present tense ("... 2019 Rebels shell two villages."). Not a stamp
    before the lead itself ("19 May 2019 The blast happened as ..."; the splitter often leaves a
    headline and its lead in one sentence, and there the sentence is no headline)."""
    if any(e.kind in DAY_KINDS for e in event_date_expressions(sent, dateline_end)):
        return False
    words = [t for t in sent if t.is_alpha and len(t.text) > 3 and t.pos_ not in _TITLE_LOWER]
    if words and all(t.text[0].isupper() for t in words):
        return True
    stamped = any(_is_head_stamp(e, sent) for e in find_date_expressions(span_text(sent)))
    return stamped and sent.root.tag_ in ("VBZ", "VBP") and not any(t.tag_ == "VBD" for t in sent)


TOLD_BACK = 3  # "it took place Tuesday" dates the undated events of the three sentences before it


def stated_day(sent: Span, pub: date) -> date | None:
    """The day a sentence gives an event told before it ("A spokesman said it took place Tuesday",
    "the attack happened on Monday night"): a day expression inside a clause of happening
    (`dating_verbs`) that has a subject, within the week before the article."""
    exprs = [e for e in event_date_expressions(sent) if e.kind in DAY_KINDS]
    for tok in sent if exprs else ():
        if not _happening(tok) or not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            continue
        inside = {t.idx - sent.start_char for t in tok.subtree}
        for e in (e for e in exprs if e.start in inside):
            r = resolve_date(e, pub)
            if r is not None and r.precision == "day" and not r.durative:
                d = date.fromisoformat(r.value)
                return d if 0 <= (pub - d).days <= LEAD_REACH_DAYS else None
    return None


_DOING = frozenset({"commit", "carry", "conduct"})  # dating verbs of an act, in the passive only


def _happening(tok: Token) -> bool:
    """A verb of happening ("it took place", "the attack occurred"), or the passive of doing an act
    told before ("the raid was carried out on Sunday"; not "jets carried out raids on Sunday", an
    act of its own)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in DATING_VERBS:
        return False
    lemma = tok.lemma_.lower()
    if lemma in _DOING:
        told = any(c.dep_ == "nsubjpass" for c in tok.children)
        return told and (lemma != "carry" or any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children))
    return lemma != "take" or any(c.dep_ == "dobj" and c.lower_ == "place" for c in tok.children)


def redate_stated(sc: SentenceContext, state: Discourse, mentions: list[Mention], undated: set[MentionKey]) -> None:
    """The undated mentions of the TOLD_BACK sentences before a sentence that states their day
    (`stated_day`) take it, in place, and count as dated from then on; the sentences after it
    tell its day too (the story's day). `mentions` is empty when the sentence codes events of its own."""
    day = stated_day(sc.sent, sc.art.pub) if mentions else None
    if day is None:
        return
    since = sentences(sc)[max(0, sc.index - TOLD_BACK)].start_char
    for i, m in enumerate(mentions):
        key = mention_key(m)
        if m.source.start >= since and key in undated and m.date_precision == "day" and not m.background:
            undated.discard(key)
            mentions[i] = replace(m, event_date=day.isoformat())
    state.last_event_date, state.last_event_sentence = day, sc.index


def _from_report(e: DateExpr, told: list[DateExpr], pub: date, previous: date | None) -> ResolvedDate | None:
    """ "killed 20 over the past 24 hours, the monitor said on Saturday": the day of the report
    (not the article's, which may be a day later); "overnight", "last night" likewise: the night
    that ends on the report's day is coded on that day, as ACLED's notes of "overnight raids" are
    and as the real-news gold is (tests/data/fakes_dev2/README.md; days, session 15)."""
    if e.kind not in REPORT_ANCHORED or not told:
        return None
    said = resolve_date(told[0], pub, previous)
    if said is None or said.precision != "day" or said.durative:
        return None
    return ResolvedDate(said.value, "day")


def _undated_history(trig: Trigger, clause: Token, sent: Span, exprs: list[DateExpr]) -> bool:
    """ "after it first captured the city": a verb the history adverbs send back in time, with no
    date expression of its own clause, is no event of the article's day (nor of any day)."""
    if not trig.is_verb or not any(c.dep_ == "advmod" and c.lower_ in HISTORY_ADVERBS for c in clause.children):
        return False
    for e in exprs:
        first = next((t for t in sent if t.idx - sent.start_char >= e.start), None)
        if first is not None and clause.is_ancestor(first) and not _other_verb_between(clause, first):
            return False
    return True


def _dates_the_report(e: DateExpr, sent: Span) -> bool:
    """ "X said on Saturday ...", "reported Monday": an expression right after a reporting verb
    dates the report (whatever the parse hangs it from)."""
    before = [t for t in sent if t.idx - sent.start_char < e.start]
    words = [t for t in before[-2:] if t.lower_ != "on"]
    return bool(words) and words[-1].lemma_.lower() in REPORTING_VERBS and words[-1].pos_ == "VERB"


def _noun_head(tok: Token) -> Token:
    """The head of the noun phrase a noun trigger is in ("grenade" in "a grenade attack")."""
    return tok.head if tok.dep_ in ("compound", "amod", "nmod") and tok.head.i > tok.i else tok


def _measured_from_main_clause(
    clause: Token, sent: Span, exprs: list[DateExpr], pub: date, previous: date | None, undated: date
) -> ResolvedDate | None:
    """ "seized the villages on Monday, a week after the town was retaken" (or "a day after
    launching an offensive"): the retaking is dated a week before the main clause's date (`undated`,
    the day an undated sentence takes, when the main clause has none), and "took the town a week
    before the army shelled it on Tuesday" a week before that Tuesday."""
    if clause.dep_ in ("advcl", "pcomp") and clause.head.i != clause.i and (m := _measure(clause)) is not None:
        sign, days = -m[0], m[1]
        inside = {t.idx - sent.start_char for t in clause.subtree}
        anchors = [e for e in exprs if e.start not in inside and e.kind in DAY_KINDS]
    else:
        subs = [c for c in clause.children if c.dep_ == "advcl"] + [
            g for c in clause.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pcomp"
        ]
        sub = next((c for c in subs if _measure(c)), None)
        if sub is None:
            return None
        sign, days = _measure(sub) or (0, 0)
        inside = {t.idx - sent.start_char for t in sub.subtree}
        anchors = [e for e in exprs if e.start in inside and e.kind in DAY_KINDS]
        if not anchors:
            return None
    anchor = resolve_date(anchors[-1], pub, previous) if anchors else None
    base = date.fromisoformat(anchor.value) if anchor is not None and anchor.precision == "day" else undated
    return ResolvedDate((base + timedelta(days=sign * days)).isoformat(), "day")


def _measure(clause: Token) -> tuple[int, int] | None:
    """(+1 for "after", -1 for "before", days) of a clause opened by "a week after", "two days
    before" ("a day after launching": the gerund of the preposition)."""
    if clause.dep_ == "pcomp":
        prep = clause.head
        mark = prep.lower_ if prep.dep_ == "prep" and prep.lower_ in ("after", "before") else None
        measures = [c for c in (*prep.children, *prep.head.children) if c.dep_ == "npadvmod" and c.i < prep.i]
        return _measured(mark, measures[0] if measures else None)
    marker = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
    measures = [
        c
        for c in (*clause.children, *clause.head.children, *(marker.children if marker is not None else ()))
        if c.dep_ == "npadvmod" and c.i < clause.i
    ]  # "a week" hangs from either verb, or from "after" itself ("came a day after strikes killed 26")
    return _measured(marker.lower_ if marker is not None else None, measures[0] if measures else None)


def _measured(mark: str | None, measure: Token | None) -> tuple[int, int] | None:
    if mark is None or measure is None:
        return None
    number = next((c.text for c in measure.children if c.dep_ in ("nummod", "det")), None)
    days = duration_days(number, measure.text)
    return None if days is None else (1 if mark == "after" else -1, days)


def _other_verb_between(clause: Token, tok: Token) -> bool:
    """True when tok hangs from another clause inside the trigger's ("said on Monday" under it)."""
    node = tok.head
    while node.i != clause.i and node.head.i != node.i:
        if node.pos_ in ("VERB", "AUX") and node.dep_ in ("ccomp", "advcl", "relcl", "xcomp", "conj"):
            return True
        node = node.head
    return False


def has_day_expression(sent: Span) -> bool:
    """The sentence names a day ("on Monday", "yesterday", "March 3")."""
    return any(e.kind in DAY_KINDS for e in event_date_expressions(sent))


MentionKey = tuple[int, str, str, str]


def mention_key(m: Mention) -> MentionKey:
    return (m.source.start, m.trigger, m.sub_event_type, m.event_date)


def corefer_dates(mentions: list[Mention], undated: set[MentionKey]) -> list[Mention]:
    """An undated mention of an event the article dates elsewhere takes that date.

    "troops had gained control of the town" (no date) is the capture the lead dates "on
    Thursday": same type, same place, compatible actors, within three days of it.
    """
    dated = [m for m in mentions if mention_key(m) not in undated and m.date_precision == "day"]
    out = []
    for m in mentions:
        if mention_key(m) in undated and m.date_precision == "day":
            same = [
                d for d in dated
                if d.sub_event_type == m.sub_event_type and d.place.name == m.place.name
                and (m.actor1 is None or d.actor1 is None or m.actor1 == d.actor1)
                and abs((date.fromisoformat(d.event_date) - date.fromisoformat(m.event_date)).days) <= 3
            ]  # fmt: skip
            if same:
                d = _likeliest_twin(m, same)
                m = replace(m, event_date=d.event_date, background=d.background)
        out.append(m)
    return out


def _likeliest_twin(m: Mention, same: list[Mention]) -> Mention:
    """Of the dated mentions an undated one may retell, the one on the day it already has (the
    day of its own paragraph: "... killed 40 on Saturday. Rebel shelling killed nine." after a
    Sunday event of that type), else the nearest told before it, else the first after it."""
    if own := [d for d in same if d.event_date == m.event_date]:
        return own[0]
    before = [d for d in same if d.source.start < m.source.start]
    return max(before, key=lambda d: d.source.start) if before else same[0]
