"""Wording of headline-style notes and wire ledes (ACLED's notes are written so): a present
perfect that reports the news event, a demonstration or a killing told without a finite verb of
its own, and the words of a demonstration's grievance that do not type it."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span, Token

from frontlog.doctext import span_text
from frontlog.events.dates import ResolvedDate, find_date_expressions, resolve_date
from frontlog.events.lexicon import TriggerRule, word_list

SUMMARY_WORDS = word_list("cues.yaml", "summary_words")
HAPPENING = word_list("cues.yaml", "happening_verbs")
ONGOING_VERBS = word_list("modality.yaml", "habit_verbs")  # "continue", "keep": going on, no one event
FREQUENCY_WORDS = word_list("modality.yaml", "frequency_words")
GRIEVANCE_VERBS = word_list("codebook.yaml", "grievance_verbs")  # their object is what a protest is about
KIN_NOUNS = word_list("codebook.yaml", "kin_nouns")  # their "of" phrase is whose kin the demonstrators are
UNDERWAY = word_list("cues.yaml", "protest_underway")
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
CROWD_RULE_TYPES = frozenset({"Peaceful protest", "Violent demonstration"})  # protest, riot, block...


def headline_protest(tok: Token, rule: TriggerRule) -> bool:
    """A demonstration told without a verb of its own: the head of a note ("Protest in X calling
    for ..."), an act done "in protest" ("invaded the ranch in protest at Y"), a headline-style
    note whose verb the tagger took for a noun ("Members of the X community protest against Y",
    "Nurses in X protest over pay"), or the subject of a sentence that names where it was ("A protest in X was met
    with tear gas", "Protests in X turned violent")."""
    if rule.type != "Peaceful protest":
        return False
    if tok.dep_ == "ROOT" or (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "in"
        and not any(c.dep_ in ("det", "poss") for c in tok.children)
    ):
        return True  # "Protest in X calling for ...", "blocked the road in protest at Y"
    sent = tok.sent
    if not any(t.tag_ in FINITE_TAGS for t in sent):
        return not any(a.pos_ in ("VERB", "AUX") for a in tok.ancestors)
    return tok.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ == "prep" and c.lower_ in ("in", "at") and any(g.pos_ == "PROPN" for g in c.subtree)
        for c in tok.children
    )


def protest_underway(tok: Token, rule: TriggerRule) -> bool:
    """ "A protest is underway at X": a demonstration going on as the report is written, coded on
    the report's day (a battle "underway" is told as a state: events/triggers.py). (lead, session 16; one
    protest, "is"/"was", no "since": review, session 16)"""
    head = tok.head
    return (
        rule.type == "Peaceful protest"
        and tok.dep_ == "nsubj"
        and tok.tag_ == "NN"  # one protest: "A protest is underway", not "Protests have been ongoing in X since ..."
        and head.lower_ in ("is", "was")
        and not any(c.lower_ == "since" for c in head.subtree)
        and any(c.dep_ == "acomp" and c.lower_ in UNDERWAY for c in head.children)
        and any(c.dep_ == "prep" and c.lower_ in ("in", "at") for c in head.children)
    )


def headline_participle(tok: Token) -> bool:
    """ "Soldier killed in X.": a headline-style note's participle, telling of the noun heading it
    (or of the words before it, when the tagger read it as an active past: "Party official X shot
    dead.")."""
    head, finite = tok.head, any(t.tag_ in FINITE_TAGS for t in tok.sent)
    return (
        tok.dep_ == "acl"
        and tok.tag_ == "VBN"
        and head.dep_ == "ROOT"
        and head.pos_ in ("NOUN", "PROPN", "NUM")
        and not finite
    ) or _bare_passive(tok)


def _bare_passive(tok: Token) -> bool:
    """ "Party official X shot dead.", "2 shot dead in Y": a headline's passive without its
    auxiliary, tagged as an active past whose subject is the victim (a killing verb with a subject
    and nothing it was done to; africa, session 9)."""
    kids = {c.dep_ for c in tok.children}
    return (
        tok.dep_ == "ROOT"
        and tok.tag_ in ("VBD", "VBN")
        and "nsubj" in kids
        and not kids & {"dobj", "obj", "aux", "auxpass", "nsubjpass", "ccomp", "xcomp", "dative"}
    )


def lede_report(tok: Token) -> bool:
    """ "Gunmen have killed seven people in X", "Residents have lynched a man": a present perfect
    in a report's first sentence that counts or singles out whom it happened to is the report's
    news event (a wire lede, an ACLED-style note), not a summary ("the war has killed thousands
    since 2011", "IS has ravaged the region")."""
    sent = tok.sent
    if any(t.pos_ in ("VERB", "AUX") for t in sent.doc[: sent.start]) or _summary(sent):
        return False  # (a dateline or a date line before it is no sentence: "10 April. Residents have ...")
    if tok.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        tok = tok.head
    if _happened_at(tok):
        return True  # "Protests have taken place in X"
    if _placed_here(tok) and not any(t.lower_ in FREQUENCY_WORDS for t in sent):
        return True  # "Supporters of rival candidates have clashed in X" (session 9)
    args = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "obj")]
    return any(
        (t.like_num and not (t.text.isdigit() and len(t.text) == 4))
        or (t.dep_ == "det" and t.lower_ in ("a", "an"))
        for a in args
        for t in a.subtree
    )


def crowd_relative(tok: Token, rule: TriggerRule) -> bool:
    """ "Police teargassed students who were protesting in X", "dispersed youths who had blocked the
    highway": a demonstration told in a relative clause about its crowd, in the past or going on,
    is the event the sentence reports (a relative clause is a state for seizures: "the districts
    they seized")."""
    return (
        tok.dep_ == "relcl"
        and rule.type in CROWD_RULE_TYPES
        and tok.head.pos_ in ("NOUN", "PROPN")
        and tok.tag_ in ("VBD", "VBG", "VBN")
        and not any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in tok.children)
    )


def lede_present(tok: Token) -> bool:
    """ "Residents protest the poor state of a road.", "A mob lynches a man suspected of theft.": a
    present simple with its own subject, the main verb of a report's first sentence, is the
    report's news event told headline-style (ACLED's notes, wire headlines), not a habit; not a
    summary, nor a verb of going on ("continue")."""
    sent = tok.sent
    if any(t.pos_ in ("VERB", "AUX") for t in sent.doc[: sent.start]) or _summary(sent):
        return False
    if any(t.lower_ in FREQUENCY_WORDS for t in sent):
        return False  # "farmers protest every year": a habit
    if tok.dep_ == "conj" and tok.head.dep_ == "ROOT" and not any(c.dep_ == "nsubj" for c in tok.children):
        tok = tok.head  # "Teachers strike, protest over pay"
    return (
        tok.dep_ == "ROOT"
        and tok.pos_ == "VERB"
        and tok.tag_ in ("VBZ", "VBP")
        and tok.lemma_.lower() not in HAPPENING | ONGOING_VERBS
        and any(c.dep_ == "nsubj" for c in tok.children)
    )


def _placed_here(tok: Token) -> bool:
    """The verb names where it happened: an "in"/"at" phrase of its own whose noun is a named place
    ("have clashed in Kisumu", "have blocked the highway at X"), or its subject is people of a
    named place ("Teachers at the University of X have gone on strike"; africa, session 10)."""
    subjects = [c for c in tok.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
    return any(
        c.dep_ == "prep" and c.lower_ in ("in", "at") and any(g.ent_type_ in ("GPE", "LOC", "FAC") for g in c.subtree)
        for c in tok.children
    ) or any(
        c.dep_ == "prep" and c.lower_ in ("in", "at") and any(g.ent_type_ in ("GPE", "LOC", "FAC", "ORG") for g in c.subtree)
        for s in subjects
        for c in s.children
    )


def _happened_at(tok: Token) -> bool:
    """ "have taken place in X", "have erupted in Y": a verb of happening with a named place."""
    lemma = tok.lemma_.lower()
    kids = {(c.dep_, c.lower_) for c in tok.children}
    if lemma not in HAPPENING or (lemma == "take" and ("dobj", "place") not in kids):
        return False
    if lemma == "break" and ("prt", "out") not in kids:
        return False
    return any(
        c.dep_ == "prep" and c.lower_ in ("in", "at") and any(g.pos_ == "PROPN" for g in c.subtree)
        for c in tok.children
    )


def _summary(sent: Span) -> bool:
    text = f" {span_text(sent).lower()} "
    return any(f" {w} " in text for w in SUMMARY_WORDS) or any(
        (resolve_date(e, date(2000, 1, 1)) or ResolvedDate("", "day")).durative
        for e in find_date_expressions(span_text(sent))
    )


def grievance_tokens(spans: list[Span], preps: frozenset[str], crowd: frozenset[str]) -> frozenset[int]:
    """Words telling what a demonstration was about ("against the arrest of their leader"), or of
    someone else than the demonstrators ("an MP who was arrested"), not what happened at it."""
    return frozenset(
        x.i
        for s in spans
        for t in s
        if (t.dep_ == "prep" and t.lower_ in preps)
        or (t.dep_ == "relcl" and t.head.lemma_.lower() not in crowd)
        or (t.dep_ == "dobj" and t.head.lemma_.lower() in GRIEVANCE_VERBS)  # "protested the arrest of X"
        or (t.dep_ == "prep" and t.lower_ == "of" and t.head.lemma_.lower() in KIN_NOUNS)  # "relatives of detained men"
        for x in t.subtree
    )
