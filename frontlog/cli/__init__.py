"""The command line: parse arguments, call library functions, print summaries."""

from __future__ import annotations

from frontlog.cli import acled as _acled  # noqa: F401  (registers eval-acled)
from frontlog.cli import diff_cmd, store_cmds  # noqa: F401  (register diff; export, query, serve)
from frontlog.cli import evaluate as _evaluate  # noqa: F401  (registers eval, geoparse-eval, event-location-eval)
from frontlog.cli import gazetteer as _gazetteer  # noqa: F401  (registers gazetteer import/info)
from frontlog.cli import snippets as _snippets  # noqa: F401  (registers eval-snippets)
from frontlog.cli.app import app


def main() -> None:
    app()


__all__ = ["app", "main"]
