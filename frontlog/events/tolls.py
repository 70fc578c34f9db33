"""An event's toll beyond the firm figure of its own sentence (events/numbers.py; spec section 6,
ACLED's codebook: the fatalities of an event are all the dead it reports, of every side):

- one person told in the singular: "a man was lynched", "gunmen shot and killed a chief": 1;
- a toll the text states as the one coded ("Fatalities coded as 0 (X reported 5).", "Total
  fatalities coded as 22.", "Fatalities are split across 4 events (1).", the way ACLED's coders
  write it in their notes): it replaces the figures reported before it.

Cue words in lexicon/numbers.yaml.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from spacy.tokens import Span

from frontlog.doctext import span_text
from frontlog.events.arguments import tree_distance
from frontlog.events.context import Trigger
from frontlog.events.lexicon import word_list
from frontlog.events.numbers import Fatalities, find_fatalities
from frontlog.records import Mention

_NOT_PEOPLE = word_list("numbers.yaml", "not_people")
_NOT_ONE = word_list("numbers.yaml", "not_one_person")
KILLING_LEMMAS = word_list("cues.yaml", "killing_lemmas")
_KILLED = (
    r"(?:killed|shot dead|shot and killed|lynched|murdered|beheaded|executed|gunned down|found dead"
    r"|(?:stoned|beaten|hacked|burnt|burned|stabbed|crushed|clubbed|shot|tortured) to death)"
)
# "a man was killed", "a former soldier was shot dead by ...", "A man is lynched by ..."
_ONE_PASSIVE = re.compile(
    rf"\b(?:a|an)\s+(?P<who>(?:[\w’'-]+\s+){{0,4}}?)(?:was|is|has been|had been|got)\s+"
    rf"(?:(?:reportedly|allegedly|later|also|then|brutally)\s+)?{_KILLED}\b",
    re.I,
)
# "shot and killed a chief", "lynched a man", "killing a pedestrian"
_ONE_ACTIVE = re.compile(
    r"\b(?:killed|killing|kills|kill|lynched|lynches|lynching|murdered|murdering|gunned down|shot dead"
    r"|shot and killed|beheaded|executed)\s+(?:a|an)\s+(?P<who>[\w’'-]+(?:\s+[\w’'-]+){0,2})",
    re.I,
)
_STATED = re.compile(
    r"\b(?:total\s+)?fatalities\s+(?:are\s+|were\s+|have\s+been\s+)?(?:coded|recorded|counted)\s+as\s+(?P<n>\d+)"
    r"|\bfatalities\s+(?:are\s+|were\s+)?split\s+(?:across|over|between|among)\s+\d+\s+\w+\s*\((?P<m>\d+)\)",
    re.I,
)


def _people(words: str) -> bool:
    toks = [w.lower() for w in re.findall(r"[\w’'-]+", words)]
    return not any(w in _NOT_PEOPLE or w in _NOT_ONE for w in toks)


@functools.lru_cache(maxsize=4096)
def event_toll(sentence: str) -> Fatalities | None:
    """The sentence's toll: its firm figure, else one person it tells killed in the singular."""
    fat = find_fatalities(sentence)
    if fat is not None:
        return fat
    for rx in (_ONE_PASSIVE, _ONE_ACTIVE):
        m = rx.search(sentence)
        if m is not None and _people(m.group("who")):
            return Fatalities(1, m.start(), m.end())
    return None


def stated_toll(sentence: str) -> int | None:
    """The toll the text says is the one coded ("Fatalities coded as 0"), or None."""
    m = _STATED.search(sentence)
    return None if m is None else int(m.group("n") or m.group("m"))


def apply_stated(mentions: list[Mention], start: int, sentence: str, violent: frozenset[str]) -> bool:
    """Set the stated toll on the violent mentions from `start` on; True when the sentence states one."""
    toll = stated_toll(sentence)
    if toll is None:
        return False
    for i in range(start, len(mentions)):
        if mentions[i].sub_event_type in violent:
            mentions[i] = replace(mentions[i], fatalities=toll)
    return True


def add_toll(mentions: list[Mention], sent: Span, violent: frozenset[str]) -> None:
    """The fatalities a later mention gives go to the last violent event when it has none."""
    fat = event_toll(span_text(sent))
    last = next((i for i in range(len(mentions) - 1, -1, -1) if mentions[i].sub_event_type in violent), None)
    if fat is not None and last is not None and mentions[last].fatalities is None:
        mentions[last] = replace(mentions[last], fatalities=fat.count)


def attach_fatalities(
    sent: Span, sent_mentions: list[tuple[Trigger, Mention]], violent_types: frozenset[str]
) -> None:
    """The sentence's fatality figure goes to the violent event nearest to it in the parse (to its
    one violent event however far)."""
    fat = event_toll(span_text(sent))
    if fat is None or not sent_mentions:
        return
    violent = [(t, m) for t, m in sent_mentions if m.sub_event_type in violent_types]
    if not violent:
        return
    anchor = next((t for t in sent if t.idx >= sent.start_char + fat.start), sent.root)
    killed = next(
        (t for t in sent if t.idx >= sent.start_char + fat.start and t.lemma_.lower() in KILLING_LEMMAS),
        anchor,
    )
    near = [
        (min(tree_distance(tm[0].token, anchor), tree_distance(tm[0].token, killed)), n, tm)
        for n, tm in enumerate(violent)
    ]
    dist, _, (trig, m) = min(near, key=lambda x: (x[0], x[1]))
    if dist > 4 and len(violent) > 1:
        return
    idx = sent_mentions.index((trig, m))
    sent_mentions[idx] = (trig, replace(m, fatalities=fat.count))
