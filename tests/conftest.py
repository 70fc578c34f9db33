from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
# In tests an extraction error must fail loudly, not become a W208 warning: tests/settings.toml
# sets [pipeline] on_error = "raise" (read once, before any frontlog module asks for settings).
os.environ.setdefault("FRONTLOG_SETTINGS", str(ROOT / "tests" / "settings.toml"))
SHARED = ROOT.parent / "shared"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, skipping the test when the folder is absent (core suite runs without it)."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not available")
    return path


@pytest.fixture(scope="session")
def seed_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One pipeline run over the seed pages, shared by the eval tests (skipped without ../shared)."""
    from frontlog.pipeline import run

    seeds = shared_path("data", "seeds")
    out = tmp_path_factory.mktemp("seeds")
    run([seeds], out_dir=out)
    return out


def load_tool(name: str) -> Any:
    """tools/NAME.py as a module (registered in sys.modules, which its dataclasses need)."""
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


def reference_scorer() -> Any:
    """../shared/eval/score.py as a module (skips without ../shared)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("score", shared_path("eval", "score.py"))
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod
