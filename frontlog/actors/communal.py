"""Communities named as the sides of a fight by their bare names: "clashes between the Maasai and
Kipsigis", "the Pokot and Tugen communities", "militias from Maasai and Kalenjin". A bare
community name is a side only in such a coordination (two or more names joined by "and" or
commas) that a side word precedes ("between", "from") or a group noun follows ("clans",
"communities", "militias"); alone, "a Pokot elder" names no militia. Names and words in
data/actors.yaml (communities, community_group_nouns, community_side_words).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from frontlog.actors import ActorLexicon

JOINERS = frozenset({"and", ",", "&"})


def _name_at(doc: Doc, i: int, names: dict[str, str], longest: int) -> tuple[int, str] | None:
    """The community name starting at token i (its end and actor), longest first."""
    for n in range(min(longest, len(doc) - i), 0, -1):
        actor = names.get(doc[i : i + n].text.lower())
        if actor:
            return i + n, actor
    return None


def community_sides(doc: Doc, lex: ActorLexicon) -> list[Span]:
    """Spans (labelled as the actor's own alias match, "A:<actor>") of bare community names that a
    coordination names as sides."""
    if not lex.communities:
        return []
    names = {k.lower(): v for k, v in lex.communities.items()}
    longest = max(len(k.split()) for k in names)
    out: list[Span] = []
    i = 0
    while i < len(doc):
        found = _name_at(doc, i, names, longest)
        if found is None:
            i += 1
            continue
        group = [(i, *found)]
        j = found[0]
        while j + 1 < len(doc) and doc[j].text.lower() in JOINERS:
            k = j + 1 + (doc[j + 1].lower_ == "the")
            nxt = _name_at(doc, k, names, longest) if k < len(doc) else None
            if nxt is None:
                break
            group.append((k, *nxt))
            j = nxt[0]
        before = doc[i - 1] if i > 0 else None
        before = doc[i - 2] if before is not None and before.lower_ == "the" and i > 1 else before
        side = before is not None and before.lower_ in lex.community_sides
        noun = j < len(doc) and doc[j].lower_ in lex.community_nouns
        if len(group) > 1 and (side or noun):
            out += [Span(doc, s, e, label=f"A:{actor}") for s, e, actor in group]
        i = j if len(group) > 1 else found[0]
    return out
