"""Load the page rules (data/page_rules.yaml) once, compiled and checked."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

RULES_FILE = "page_rules.yaml"


@dataclass(frozen=True, slots=True)
class PageRules:
    end_markers: tuple[re.Pattern[str], ...]
    source_footer: re.Pattern[str]
    link_footer: re.Pattern[str]
    print_footer: re.Pattern[str]  # "Published in OUTLET, DATE" after the article
    boilerplate: tuple[re.Pattern[str], ...]
    byline: re.Pattern[str]
    published_line: re.Pattern[str]
    updated_line: re.Pattern[str]
    header_stamps: tuple[re.Pattern[str], ...]
    agencies: dict[str, str]  # alias (as written) -> outlet

    def agency(self, text: str) -> str | None:
        return self.agencies.get(text.strip())


def _compile(value: Any, key: str) -> re.Pattern[str]:
    try:
        return re.compile(str(value), re.I)
    except re.error as exc:
        raise ValueError(f"{RULES_FILE}: bad pattern in {key!r}: {value!r} ({exc})") from exc


@functools.cache
def load_rules() -> PageRules:
    text = (resources.files("frontlog.ingest") / "data" / RULES_FILE).read_text(encoding="utf-8")
    raw = yaml.safe_load(text)
    agencies: dict[str, str] = {}
    for outlet, aliases in raw["agencies"].items():
        for alias in aliases:
            agencies[alias] = outlet
    return PageRules(
        end_markers=tuple(_compile(p, "end_markers") for p in raw["end_markers"]),
        source_footer=_compile(raw["source_footer"], "source_footer"),
        link_footer=_compile(raw["link_footer"], "link_footer"),
        print_footer=_compile(raw["print_footer"], "print_footer"),
        boilerplate=tuple(_compile(p, "boilerplate") for p in raw["boilerplate"]),
        byline=re.compile(raw["byline"]),
        published_line=_compile(raw["published_line"], "published_line"),
        updated_line=_compile(raw["updated_line"], "updated_line"),
        header_stamps=tuple(_compile(p, "header_stamps") for p in raw.get("header_stamps", ())),
        agencies=agencies,
    )
