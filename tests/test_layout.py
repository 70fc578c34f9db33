"""The house rules, checked on the source tree: short functions and modules, and which stage
may import which (issue 17).

The allow-list names every function over 80 lines and module over 500 lines as of 2026-12-01.
It may only shrink: the test fails on a new offender, on an offender that grew, and on an
allow-listed name that is no longer an offender (delete its line when you split it).
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "frontlog"
MAX_FUNCTION, MAX_MODULE = 80, 500

# path -> lines (modules); "path:function" -> lines (functions), at most this long until split.
# fmt: off
ALLOWED = {
    "places/gazetteer.py": 628,
    "places/gazetteer.py:build_gazetteer": 245,
    "places/resolve.py": 539,
}
# fmt: on

# stage -> stages it must not import (issue 17, "Done means")
FORBIDDEN = {
    "store": ("frontlog.merge", "frontlog.control"),
    "places": ("frontlog.events", "frontlog.nlp", "frontlog.eval"),
    "events": ("frontlog.ingest", "frontlog.store"),
}


def _offenders() -> dict[str, int]:
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        source = path.read_text(encoding="utf-8")
        if len(source.splitlines()) > MAX_MODULE:
            out[rel] = len(source.splitlines())
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > MAX_FUNCTION:
                    out[f"{rel}:{node.name}"] = max(length, out.get(f"{rel}:{node.name}", 0))
    return out


def test_layout_no_new_long_functions_or_modules() -> None:
    found = _offenders()
    new = {k: v for k, v in found.items() if k not in ALLOWED}
    assert not new, f"over {MAX_FUNCTION} lines (functions) or {MAX_MODULE} (modules): {new}"
    grown = {k: (v, ALLOWED[k]) for k, v in found.items() if k in ALLOWED and v > ALLOWED[k]}
    assert not grown, f"allow-listed and grown (now, allowed): {grown}"
    gone = sorted(set(ALLOWED) - set(found))
    assert not gone, f"no longer over the limit: delete from ALLOWED {gone}"


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_layout_stages_import_only_what_they_may() -> None:
    bad = []
    for stage, forbidden in FORBIDDEN.items():
        for path in sorted((PACKAGE / stage).rglob("*.py")):
            for name in _imports(path):
                if name.startswith(forbidden):
                    bad.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert not bad, bad
