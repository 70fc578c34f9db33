"""Present-tense verbs of headline-style sentences that the tagger read as nouns or adjectives:
"SAF bomb Kadugli", "Army forces shell rebels in X", "Gunmen fire on a displaced group in X".
ACLED's notes and wire headlines write events this way (a note in the historical present with no
finite verb the parser could find). Moved out of triggers.py and widened (lead, session 16): the
tagger also reads the verb as an adjective ("shell/JJ") or as a noun heading a compound subject
("Gunmen fire on ...")."""

from __future__ import annotations

from spacy.tokens import Token

from frontlog.events.lexicon import TriggerRule, word_list

HEADLINE_TYPES = word_list("cues.yaml", "headline_verb_types")
_FINITE = ("VBD", "VBZ", "VBP", "MD")
_SUBJECT_TAGS = ("NNS", "NNP", "NNPS")  # "Gunmen fire", "SAF shell": a plural or a name before the verb
_OBJECT_TAGS = ("NNS", "NNP", "NNPS")  # "shell rebels", "bomb Kadugli": a plural or a name after it


def headline_verb(tok: Token, rule: TriggerRule, lemma: str) -> bool:
    """The noun or adjective `tok` is the present-tense verb of a headline-style sentence: a
    root with a subject, or a modifier of the object or place that ends the sentence, after
    the actor. Only for verbs that need no object, particle or subject word to be read."""
    if rule.particle or rule.prep or rule.requires_subject_type or rule.type not in HEADLINE_TYPES:
        return False
    if rule.object and not _aimed(tok, rule):  # "Gunmen fire on a group": the aim stands for the object
        return False
    if tok.pos_ == "ADJ":  # "SAF shell/JJ rebels": a plural or a name as the object
        return tok.lower_ == lemma and tok.dep_ in ("amod", "compound") and _before_object(tok, _OBJECT_TAGS)
    if tok.pos_ != "NOUN":
        return False
    if tok.dep_ == "ROOT":  # "Villagers protest lack of water": the parser's own predicate
        return any(c.dep_ == "nsubj" for c in tok.children) or _compound_subject(tok, rule)
    if any(t.tag_ in _FINITE for t in tok.sent):
        return False
    if rule.type == "Peaceful protest" and tok.dep_ == "compound":
        return True  # "Villagers in X protest lack of water" parsed as a noun phrase
    # (a name ends the phrase: "SAF bomb Kadugli"; not "a car bomb attack killed 20")
    return _before_object(tok, ("NNP", "NNPS")) and tok.lower_ in (lemma, lemma + "s", lemma + "es")


def _compound_subject(tok: Token, rule: TriggerRule) -> bool:
    """ "Gunmen fire on a displaced group": the subject parsed as a compound of the verb, the
    verb's aim ("on", "at") among its children when the verb reads one."""
    before = tok.doc[tok.i - 1] if tok.i > tok.sent.start else None
    if before is None or before.dep_ != "compound" or before.head.i != tok.i or before.tag_ not in _SUBJECT_TAGS:
        return False
    return not rule.aim_prep or _aimed(tok, rule)


def _aimed(tok: Token, rule: TriggerRule) -> bool:
    """One of the verb's aiming prepositions hangs on it ("fire on", "fire at")."""
    return any(c.dep_ == "prep" and c.lower_ in rule.aim_prep for c in tok.children)


def _before_object(tok: Token, object_tags: tuple[str, ...]) -> bool:
    """ "SAF bomb Kadugli", "SAF shell rebels in X": the word modifies (through compounds) the
    sentence's root noun, and an actor's word stands before it."""
    if tok.i <= tok.sent.start or any(t.tag_ in _FINITE for t in tok.sent):
        return False
    if tok.doc[tok.i - 1].pos_ not in ("PROPN", "NOUN", "ADJ"):
        return False
    head = tok.head
    while head.dep_ in ("compound", "amod") and head.head.i != head.i:
        head = head.head
    return head.dep_ == "ROOT" and head.tag_ in object_tags and head.i > tok.i
