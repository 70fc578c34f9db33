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
ALLOWED: dict[str, int] = {}
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


def _imports(path: Path, package: str) -> set[str]:
    """The modules `path` imports, anywhere in it (also inside functions), relative ones made
    absolute against `package` (the dotted package holding `path`)."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")[: len(package.split(".")) - node.level + 1] if node.level else []
            module = ".".join([*base, node.module] if node.module else base)
            names.add(module)
            names.update(f"{module}.{a.name}" for a in node.names)  # `from frontlog import merge`
    return names


def _forbidden_imports(root: Path) -> list[str]:
    bad = []
    for stage, forbidden in FORBIDDEN.items():
        for path in sorted((root / stage).rglob("*.py")):
            package = ".".join(["frontlog", *path.relative_to(root).parent.parts])
            for name in sorted(_imports(path, package)):
                if any(name == f or name.startswith(f + ".") for f in forbidden):
                    bad.append(f"{path.relative_to(root)} imports {name}")
    return bad


def test_layout_stages_import_only_what_they_may() -> None:
    bad = _forbidden_imports(PACKAGE)
    assert not bad, bad


def test_layout_import_check_sees_every_spelling(tmp_path: Path) -> None:
    """Absolute, relative, `from frontlog import x` and imports inside functions all count."""
    (tmp_path / "places" / "sub").mkdir(parents=True)
    (tmp_path / "store").mkdir()
    (tmp_path / "places" / "a.py").write_text("from ..events import extract\n", encoding="utf-8")
    (tmp_path / "places" / "sub" / "b.py").write_text(
        "def f():\n    from ...nlp.components import x\n", encoding="utf-8"
    )
    (tmp_path / "places" / "ok.py").write_text(
        "from .sub import b\nimport frontlog.eventsx\n", encoding="utf-8"
    )
    (tmp_path / "store" / "c.py").write_text(
        "from frontlog import merge\nimport frontlog.control.x\n", encoding="utf-8"
    )
    assert sorted(_forbidden_imports(tmp_path)) == [
        "places/a.py imports frontlog.events",
        "places/a.py imports frontlog.events.extract",
        "places/sub/b.py imports frontlog.nlp.components",
        "places/sub/b.py imports frontlog.nlp.components.x",
        "store/c.py imports frontlog.control.x",
        "store/c.py imports frontlog.merge",
    ]
