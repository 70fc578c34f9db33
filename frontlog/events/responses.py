"""The state's answer to a crowd, told after the crowd's event: part of that event, not another.

"Youths burned the police station in X on Sunday. Police later dispersed the crowd. The
spokesman said 17 suspects had been arrested." ACLED codes the riot once; the dispersal and the
arrests that answer it are what happened at that demonstration (codebook: a protest the state
disperses or whose members it arrests is a Protest with intervention, one where it kills or
gravely hurts them Excessive force against protesters). So an intervention, excessive force or
arrests mention with no date of its own, at the place of a demonstration or riot coded in the
same sentence or the two before, folds into it; a peaceful protest takes the answer's sub-type.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from frontlog.events.dating import MentionKey, mention_key
from frontlog.records import Mention

ANSWERS = frozenset({"Protest with intervention", "Excessive force against protesters", "Arrests"})
CROWDS = frozenset({
    "Peaceful protest", "Protest with intervention", "Excessive force against protesters",
    "Violent demonstration", "Mob violence",
})  # fmt: skip
# a peaceful protest answered so becomes ...
_ANSWERED = {"Arrests": "Protest with intervention"}
WITHIN = 2  # sentences after the crowd's


def fold_answers(mentions: list[Mention], sentence_starts: list[int], undated: set[MentionKey]) -> list[Mention]:
    """The mentions without the undated answers of the state to a crowd coded just before."""
    out: list[Mention] = []
    for m in mentions:
        if m.sub_event_type in ANSWERS and mention_key(m) in undated:
            at = bisect_right(sentence_starts, m.source.start)
            crowd = next(
                (
                    i for i in range(len(out) - 1, -1, -1)
                    if out[i].sub_event_type in CROWDS and out[i].place.name == m.place.name
                    and 0 <= at - bisect_right(sentence_starts, out[i].source.start) <= WITHIN
                ),
                None,
            )  # fmt: skip
            if crowd is not None:
                out[crowd] = _answered(out[crowd], m)
                continue
        out.append(m)
    return out


def _answered(crowd: Mention, answer: Mention) -> Mention:
    if crowd.sub_event_type != "Peaceful protest":
        return crowd
    sub = _ANSWERED.get(answer.sub_event_type, answer.sub_event_type)
    state = answer.actor1 if answer.actor1 != crowd.actor1 else answer.actor2
    return replace(crowd, sub_event_type=sub, actor2=crowd.actor2 or state)
