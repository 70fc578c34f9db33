"""A parsed document's text, joined once: spaCy's `Doc.text` joins every token's text anew at each
access (a pass over the whole article), and the rules read it per sentence, per place and per
event mention. The text is kept in the document's `user_data` (it lives and dies with the doc)."""

from __future__ import annotations

from typing import Any

_KEY = "frontlog.doc_text"


def doc_text(doc: Any) -> str:
    """`doc.text`, joined at the first call and kept on the document (a parse's text never changes)."""
    text: str | None = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text


def span_text(span: Any) -> str:
    """`span.text` (a sentence's, a phrase's) cut from the document's joined text instead of joined
    from its tokens anew: the same string (a span ends at its last token's end, spaces excluded)."""
    return doc_text(span.doc)[span.start_char : span.end_char]
