"""Golden output: the pipeline's whole output on fixed inputs, compared with a committed copy.

    .venv/bin/python tools/golden.py            # check: exit 1 and a short diff when outputs changed
    .venv/bin/python tools/golden.py --update   # the change is intended: rewrite the golden files
    .venv/bin/python tools/golden.py --case sample [--update]   # one case only

Cases: `sample` (the bundled examples/) and `seeds` (../shared/data/seeds, skipped when absent).
Each golden file (tests/golden_output/CASE.jsonl) holds every document, event, control record
and problem of a `frontlog run CASE --db :memory:`, one sorted JSON line each, with what depends
on the run removed (the input folder's path) and texts replaced by a short digest (no seed
sentence is copied into the repository; a changed offset or text still shows). tests/
test_golden_output.py runs the same comparison, so a refactoring that changes any output fails.
The suite's settings (tests/settings.toml) are used here too, so the tool and the test agree.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import json
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden_output"
CASES = {"sample": ROOT / "examples", "seeds": ROOT.parent / "shared" / "data" / "seeds"}
TEXT_FIELDS = ("text", "sentence", "title")  # replaced by a digest
REGENERATE = "python tools/golden.py --update"


def _digest(value: str) -> str:
    return "sha1:" + hashlib.sha1(value.encode("utf-8")).hexdigest()[:12]


def _scrub(value: Any, root: str) -> Any:
    """Texts to digests, the input folder's path to `<in>`, recursively."""
    if isinstance(value, dict):
        return {
            k: _digest(v) if k in TEXT_FIELDS and isinstance(v, str) else _scrub(v, root)
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [_scrub(v, root) for v in value]
    if isinstance(value, str):
        return value.replace(root, "<in>")
    return value


def canonical_lines(out_dir: Path, input_root: Path) -> list[str]:
    """The run's outputs in `out_dir` as sorted JSON lines (with a `kind` key), run-dependent parts removed."""
    lines = []
    for kind in ("documents", "events", "control", "problems"):
        path = out_dir / f"{kind}.jsonl"
        for raw in path.read_text(encoding="utf-8").splitlines():
            record = _scrub(json.loads(raw), str(input_root))
            lines.append(json.dumps({"kind": kind, **record}, ensure_ascii=False, sort_keys=True))
    return sorted(lines)


def run_case(input_root: Path) -> list[str]:
    """Run the pipeline on `input_root` (no store) and return its canonical lines."""
    from frontlog.pipeline import run

    with tempfile.TemporaryDirectory(prefix="frontlog-golden-") as tmp:
        run([input_root], out_dir=Path(tmp), db=":memory:")
        return canonical_lines(Path(tmp), input_root)


def _key(line: str) -> str:
    record = json.loads(line)
    ident = record.get("event_id") or record.get("control_id") or record.get("doc_id")
    return f"{record['kind']} {ident or record.get('message', '')}"


def _changed_fields(old: str, new: str) -> list[str]:
    a, b = json.loads(old), json.loads(new)
    return [f"    {k}: {a.get(k)!r} -> {b.get(k)!r}" for k in sorted(set(a) | set(b)) if a.get(k) != b.get(k)]


def diff_lines(golden: list[str], current: list[str], *, most: int = 25) -> str:
    """A short report of what changed: records removed, added, and fields changed by key."""
    old = {_key(line): line for line in golden}
    new = {_key(line): line for line in current}
    if len(old) != len(golden) or len(new) != len(current):  # keys not unique: plain diff
        body = list(difflib.unified_diff(golden, current, "golden", "now", n=0, lineterm=""))
        return "\n".join(body[:most] + ([f"... {len(body) - most} more lines"] if len(body) > most else []))
    out = []
    for key in sorted(set(old) | set(new)):
        if key not in new:
            out.append(f"- removed {key}: {old[key][:200]}")
        elif key not in old:
            out.append(f"+ added {key}: {new[key][:200]}")
        elif old[key] != new[key]:
            out.append(f"~ changed {key}:")
            out.extend(_changed_fields(old[key], new[key]))
    head = f"{len(set(old) - set(new))} removed, {len(set(new) - set(old))} added, " + (
        f"{sum(1 for k in set(old) & set(new) if old[k] != new[k])} changed"
    )
    more = [f"... {len(out) - most} more lines"] if len(out) > most else []
    return "\n".join([head, *out[:most], *more])


def golden_path(case: str) -> Path:
    return GOLDEN / f"{case}.jsonl"


def check(case: str, current: list[str]) -> str | None:
    """None when `current` matches the committed golden file, else a message with a short diff."""
    path = golden_path(case)
    if not path.exists():
        return f"{path} is missing: create it with `{REGENERATE} --case {case}`"
    golden = path.read_text(encoding="utf-8").splitlines()
    if golden == current:
        return None
    return (
        f"the pipeline's output on `{case}` differs from {path.relative_to(ROOT)}.\n"
        f"If the change is intended, regenerate it with `{REGENERATE} --case {case}` and commit it.\n"
        + diff_lines(golden, current)
    )


def _main(argv: list[str] | None = None, *, runner: Callable[[Path], list[str]] = run_case) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="rewrite the golden files")
    parser.add_argument("--case", choices=sorted(CASES), action="append", help="default: every case")
    args = parser.parse_args(argv)
    status = 0
    for case in args.case or sorted(CASES):
        if not CASES[case].exists():
            print(f"{case}: skipped ({CASES[case]} not available)")
            continue
        current = runner(CASES[case])
        if args.update:
            GOLDEN.mkdir(parents=True, exist_ok=True)
            golden_path(case).write_text("".join(line + "\n" for line in current), encoding="utf-8")
            print(f"{case}: wrote {golden_path(case).relative_to(ROOT)} ({len(current)} lines)")
            continue
        message = check(case, current)
        print(f"{case}: {'same' if message is None else message}")
        status |= message is not None
    return status


if __name__ == "__main__":
    os.environ.setdefault("FRONTLOG_SETTINGS", str(ROOT / "tests" / "settings.toml"))
    sys.path.insert(0, str(ROOT))  # this tree's frontlog, not whichever one is installed
    sys.exit(_main())
