"""Problem codes and exceptions, with stable codes people can search for (see README)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

OnError = Literal["skip", "raise"]

# fmt: off
MESSAGES: dict[str, str] = {
    # E1xx: an input could not be read at all (the input is skipped, the exit status is non-zero)
    "E101": "path does not exist",
    "E102": "file could not be read",
    "E103": "file is empty",
    "E104": "file looks binary, not text",
    "E105": "text encoding could not be detected",
    "E106": "HTML page holds no article text",
    "E107": "no text column found",
    "E108": "no article text found",
    "E109": "JSON could not be parsed",
    "E110": "file name is not valid UTF-8 (rename the file)",
    "E111": "symbolic link loop",
    "E112": "input is larger than the size limit",
    "E113": "input could not be processed (please report it)",
    # W2xx: something was wrong with part of an input; the rest was kept
    "W201": "article has no date",
    "W202": "broken line skipped",
    "W203": "record without text skipped",
    "W204": "numeric dates (day/month order inferred)",
    "W205": "date not understood",
    "W206": "non-UTF-8 encoding detected",
    "W207": "duplicate article skipped",
    "W208": "events could not be extracted from this article (please report it)",
    "W209": "long text cut into parts",
    "W210": "{detail} repeated paragraphs dropped (the last copy of each is kept)",
    "W211": "article is in {detail}: frontlog codes English text",
    "W212": "impossible date ignored",
    "W213": "undated article: events without a full date in their sentence dropped",
    "W214": "rows with more cells than the header (extra cells ignored)",
    "W215": "no date column found",
    "W216": "events at places no gazetteer has, kept by name with no coordinates (not on maps; review them or import GeoNames)",
    "W230": "the date column disagrees with the date stamped at the head of the article",
    # W3xx: the store
    "W301": "a reviewed event changed in this run",
}
# fmt: on


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing that went wrong with one input, reported once at the end of a run."""

    code: str
    source: str
    detail: str = ""
    line: int | None = None

    @property
    def is_error(self) -> bool:
        return self.code.startswith("E")

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        text = MESSAGES.get(self.code, "")
        if "{detail}" in text:
            text = text.replace("{detail}", self.detail)
        elif self.detail:
            text = f"{text}: {self.detail}" if text else self.detail
        return f"{self.code} {where}: {text}"


class FrontlogError(Exception):
    """Raised for a problem when the caller asked for on_error='raise'."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem
