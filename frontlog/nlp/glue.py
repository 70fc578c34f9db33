"""Words glued together where a web page lost the space around a link ("inGazaCity",
"duringclasheswith"): the tokens are split back into words before tagging and parsing, so the
place tagger sees "Gaza City" and the trigger lexicon "clashes". The text is never changed
(offsets of sources and places stay those of the text); the split words simply have no space
between them. Word lists in nlp/data/glue.yaml.

Two cuts, both conservative:
- case: a lower-case letter followed by a capital, where what comes before is a glued
  lower-case word ("in|Gaza") or a capitalised word of at least MIN_NAME letters ("Gaza|City";
  not "Mac|Arthur", "Mc|Donald", "i|Phone");
- words: a lower-case run that splits wholly into the function and event words of the lists,
  with at least one event word or three pieces, and is not itself one of them ("within"
  stays); a capitalised name followed by one of a few longer prepositions ("Israel|without";
  not "Holl|and", "Mean|while": those tails are not on the list) or by a division word
  ("Juban|district").
"""

from __future__ import annotations

import functools
import re
from importlib import resources

import yaml
from spacy.language import Language
from spacy.tokens import Doc

MIN_NAME = 4  # letters of a capitalised word before a glued capital ("Gaza|City", not "Mac|Arthur")
MIN_TOKEN = 5  # shorter tokens are never split
MAX_WORD = 16  # letters of the longest word of the lists
_CASE = re.compile(r"(?<=[a-z])(?=[A-Z])")
_ALPHA = re.compile(r"^[A-Za-z]+$")


@functools.cache
def _data() -> dict[str, list[str]]:
    text = (resources.files("frontlog.nlp") / "data" / "glue.yaml").read_text("utf-8")
    return yaml.safe_load(text)  # type: ignore[no-any-return]


def _words() -> tuple[frozenset[str], frozenset[str]]:
    return frozenset(_data()["function_words"]), frozenset(_data()["event_words"])


def _tails() -> frozenset[str]:
    return frozenset(_data()["name_tails"])


def split_glued(text: str) -> list[str]:
    """The words a glued token is made of (the token itself when it is not glued)."""
    if len(text) < MIN_TOKEN or not _ALPHA.match(text):
        return [text]
    out: list[str] = []
    for part in _case_parts(text):
        out.extend(_word_parts(part))
    return out


def _case_parts(text: str) -> list[str]:
    parts: list[str] = []
    start = 0
    for m in _CASE.finditer(text):
        before = text[start : m.start()]
        if (before.islower() and len(before) >= 2) or (before[:1].isupper() and len(before) >= MIN_NAME):
            parts.append(before)
            start = m.start()
    parts.append(text[start:])
    return parts


def _word_parts(part: str) -> list[str]:
    """ "duringclasheswith" -> during|clashes|with; "Israelwithout" -> Israel|without."""
    function, event = _words()
    low = part.lower()
    if low in function or low in event:
        return [part]
    if part.islower():
        pieces = _segment(part, function | event)
        if pieces and len(pieces) > 1 and (any(p in event for p in pieces) or len(pieces) >= 3):
            return pieces
        return [part]
    if part[:1].isupper() and part[1:].islower():  # a name with a function word glued after it
        for w in sorted(_tails(), key=len, reverse=True):
            if low.endswith(w) and len(part) - len(w) >= MIN_NAME:
                return [part[: -len(w)], part[-len(w) :]]
    return [part]


def _segment(text: str, vocab: frozenset[str]) -> list[str] | None:
    """The split of `text` into words of `vocab` with the fewest pieces (None when there is none)."""
    best: list[list[str] | None] = [None] * (len(text) + 1)
    best[0] = []
    for end in range(1, len(text) + 1):
        for start in range(max(0, end - MAX_WORD), end):
            prev, now = best[start], best[end]
            if prev is None or text[start:end] not in vocab:
                continue
            if now is None or len(prev) + 1 < len(now):
                best[end] = [*prev, text[start:end]]
    return best[len(text)]


@Language.component("frontlog_glue")
def unglue(doc: Doc) -> Doc:
    """Split glued tokens into their words (before the tagger and parser).

    The split document is built anew from its words rather than by `doc.retokenize().split`: a
    split must give its pieces heads, and a parse that starts from those pre-set heads can leave
    a token with no label heading itself, whose subtree never ends ("Rioters firebomb a church":
    `Token.subtree` looped until the process died)."""
    pieces = [split_glued(t.text) if t.is_alpha and len(t) >= MIN_TOKEN else [t.text] for t in doc]
    if all(len(p) == 1 for p in pieces):
        return doc
    words = [w for p in pieces for w in p]
    spaces = [i == len(p) - 1 and bool(t.whitespace_) for t, p in zip(doc, pieces, strict=True) for i in range(len(p))]
    out = Doc(doc.vocab, words=words, spaces=spaces, user_data=doc.user_data)
    at = 0
    for tok, p in zip(doc, pieces, strict=True):
        if len(p) == 1 and tok.norm_ != tok.lower_:
            out[at].norm_ = tok.norm_  # the tokenizer's special cases (nlp/data/acronyms.yaml)
        at += len(p)
    return out
