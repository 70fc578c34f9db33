"""The civilians that remote violence hurt, told without a word for their side: "shells fell on
the neighbourhood, which resulted in injuries", "airstrikes ... led to the death of an elderly
man", "the injury of several civilians" (ACLED codes such shelling and air strikes with
"Civilians (country)" as actor2). Words in lexicon/victims.yaml.
"""

from __future__ import annotations

import re

from frontlog.events.lexicon import word_list

HARM = word_list("victims.yaml", "harm_words")
NEGATIONS = word_list("victims.yaml", "negations")
ARMED = word_list("victims.yaml", "armed_words")
PEOPLE = word_list("victims.yaml", "people_words")
_WORD = re.compile(r"[\w'-]+")


def people_hurt(sentence: str) -> bool:
    """The sentence tells of people hurt or killed (a harm word with no negation in the three
    words before it), and names none of them as armed."""
    words = [w.lower() for w in _WORD.findall(sentence)]
    if any(w in ARMED for w in words):
        return False
    return any(w in HARM and not any(n in NEGATIONS for n in words[max(i - 3, 0) : i]) for i, w in enumerate(words))


def people_named_hurt(sentence: str) -> bool:
    """The sentence tells of people it names as such hurt or killed ("Two civilians were killed",
    "the driver died"), none of them armed: a sentence after remote violence telling its victims."""
    words = {w.lower() for w in _WORD.findall(sentence)}
    return bool(words & PEOPLE) and people_hurt(sentence)
