"""A raid told with what was done in it: "gunmen stormed the village and abducted 30 women", "RSF
fighters raided the town and looted the market". The verb of entering by force (codebook.yaml
`raid_verbs`) conjoined with a verb of violence against civilians or of looting is how that event
was done: coded alone it adds a clash (armed raiders) or an attack beside the abduction."""

from __future__ import annotations

from frontlog.events.context import Trigger
from frontlog.events.lexicon import word_list

RAID_VERBS = frozenset(word_list("codebook.yaml", "raid_verbs"))
DONE_IN_RAID = frozenset(
    {"Abduction/forced disappearance", "Sexual violence", "Attack", "Looting/property destruction"}
)


def raid_part(trig: Trigger, found: list[Trigger]) -> bool:
    """The trigger is a raid verb whose conjunct verb is an act on civilians coded in the sentence."""
    tok = trig.token
    if not trig.is_verb or tok.lemma_.lower() not in RAID_VERBS:
        return False
    done = {o.token.i for o in found if o is not trig and o.is_verb and o.type in DONE_IN_RAID}
    return any(c.i in done for c in tok.conjuncts)
