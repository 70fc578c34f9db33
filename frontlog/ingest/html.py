"""HTML pages: trafilatura extracts the main text and metadata offline."""

from __future__ import annotations

import re
from dataclasses import dataclass

_HTML_SNIFF = re.compile(r"^\s*(?:<!doctype html|<html|<head|<body|<meta|<article|<div|<p[\s>])", re.I)


@dataclass(frozen=True, slots=True)
class HtmlPage:
    text: str | None
    title: str | None
    date: str | None
    sitename: str | None
    url: str | None


def looks_like_html(text: str) -> bool:
    return bool(_HTML_SNIFF.match(text[:2000])) or "</p>" in text[:20000].lower()


def extract_html(html: str) -> HtmlPage:
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, favor_recall=True, include_comments=False)
    if doc is None:
        return HtmlPage(None, None, None, None, None)
    fields = (
        doc
        if isinstance(doc, dict)
        else {k: getattr(doc, k, None) for k in ("text", "title", "date", "sitename", "url")}
    )
    return HtmlPage(
        text=fields.get("text") or None,
        title=fields.get("title") or None,
        date=fields.get("date") or None,
        sitename=fields.get("sitename") or None,
        url=fields.get("url") or None,
    )
