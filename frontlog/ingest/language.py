"""Which language an article is in: offline, with py3langid (BSD-3; its model ships in the wheel).

frontlog's model, lexicons and rules are English: an article in another language is kept (with
its date, where dateparser reads it) but not coded, and the run says so (W211) instead of
reporting its missing date or finding nothing in it.
"""

from __future__ import annotations

import functools
from typing import Any

SAMPLE_CHARS = 2000  # the opening of an article says its language
MIN_LETTERS = 40  # below this, a guess is noise: such a text is taken as English
MIN_CONFIDENCE = 0.9


@functools.cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def release() -> None:
    """Free the identifier's model (about 70 MB) once the inputs are read: the parsing processes
    forked after that do not inherit it. It is loaded again if asked for."""
    _identifier.cache_clear()


def detect_language(text: str) -> str:
    """The ISO 639 code of the language `text` is written in ('en' when unsure)."""
    sample = text[:SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return "en"
    lang, prob = _identifier().classify(sample)
    return str(lang) if prob >= MIN_CONFIDENCE else "en"


@functools.cache
def language_name(code: str) -> str:
    """'French' for 'fr' (babel's CLDR names), the code itself when unknown."""
    try:
        from babel import Locale

        return str(Locale("en").languages.get(code) or code)
    except Exception:  # babel missing or an odd code: the code is still a clear name
        return code
