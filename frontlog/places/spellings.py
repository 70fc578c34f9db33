"""Readings of a name by its Arabic transliteration that a spelt-alike town abroad would hide, and
of a name with the Arabic article glued to a word ("Maaret Alnouman", "Abu Alduhour").

The on-disk index is looked up by a name's transliteration key ("Dumeir" = "Dumayr") only where
the core gazetteer has no reading or an exact one (places/local.py): a loose reading of the core
(a name spelt alike) keeps a transliteration in the same country from outweighing it. A loose
reading abroad ("Dumeir": Damara in the Central African Republic, Dummer in Germany) is no such
reason, nor one that is the transliteration's own place ("Deir Ezour"): those are kept beside it
(the article's evidence then chooses, places/local.merge_index). And a name with no reading as written whose
word opens with the article written together with it ("Alnouman") is read with the article
apart ("al-Nouman"). And an alternate name of the index is no reading of a town the core knows by
other names when the core gives the name to another town (index_spellings). Session 15, helper nplaces."""

from __future__ import annotations

import re
from typing import Any

from frontlog.places.gazetteer import GazEntry, Gazetteer

# "Alnouman", "Elbab": the article glued to a word that starts with a consonant
_GLUED = re.compile(r"\b([Aa]l|[Ee]l)(?=[b-df-hj-np-tv-z][a-z]{2,}\b)")


def index_spellings(gaz: Gazetteer, text: str, core: list[GazEntry], core_exact: bool) -> list[Any]:
    """The index's readings of `text` (by its exact key; by its transliteration key where the
    core has no reading or an exact one), else other_spellings(). A reading the index links to a
    town of the core that the core does not name so, where the core names another town of its
    country so, is left out: the reviewed core outweighs an alternate name of the index ("Kobani" is 'Ayn al
    'Arab, not Afrin, which one source also calls "Kobani")."""
    found = gaz.index_candidates(text, translit=core_exact or not core)
    if core_exact:
        towns = {e.cc for e in core if e.kind == "city"}  # (a region the index links keeps its reading: "Idleb")
        return [x for x in found if x[1].core is None or x[0] in core or x[0].kind != "city" or x[0].cc not in towns]
    return found or other_spellings(gaz, text, core, core_exact)


def other_spellings(gaz: Gazetteer, text: str, core: list[GazEntry], core_exact: bool) -> list[Any]:
    """Index readings of `text` by its transliteration key in countries where the core has no
    loose reading, else (no reading at all) by the text with a glued article set apart."""
    if core_exact:
        return []
    spelt = {e.cc for e in core}  # (the same place as a loose reading is no rival: "Deir Ezour")
    found = [x for x in gaz.index_candidates(text, translit=True) if x[0] in core or x[0].cc not in spelt]
    if found or not _GLUED.search(text):
        return found if core else []
    return gaz.index_candidates(_GLUED.sub(lambda m: f"{m.group(1)}-", text), translit=True)
