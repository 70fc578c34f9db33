"""frontlog/settings.toml and a user file on top of it (FRONTLOG_SETTINGS)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from frontlog.settings import load_settings


def _user(tmp_path: Path, text: str) -> str:
    path = tmp_path / "mine.toml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_settings_defaults_are_the_packaged_file() -> None:
    s = load_settings(str(Path(__file__).parents[1] / "frontlog" / "settings.toml"))
    assert s.pipeline.batch == 32 and s.pipeline.on_error == "warn" and "SY" in s.places.focus_countries


def test_settings_user_file_overrides_only_its_keys(tmp_path: Path) -> None:
    s = load_settings(_user(tmp_path, "[pipeline]\nbatch = 8\n[store]\nwrite_wait_s = 3\n"))
    assert s.pipeline.batch == 8 and s.store.write_wait_s == 3.0
    assert s.pipeline.auto_parallel_min == 500 and s.nlp.batch_size == 32  # untouched keys keep the defaults


def test_settings_errors_name_the_file_and_key(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="mine.toml: unknown key 'bacth'"):
        load_settings(_user(tmp_path, "[pipeline]\nbacth = 8\n"))
    with pytest.raises(ValueError, match=r"unknown section \[pipelines\]"):
        load_settings(_user(tmp_path, "[pipelines]\nbatch = 8\n"))
    with pytest.raises(ValueError, match="batch = '8'"):
        load_settings(_user(tmp_path, "[pipeline]\nbatch = '8'\n"))
    with pytest.raises(ValueError, match="on_error"):
        load_settings(_user(tmp_path, "[pipeline]\non_error = 'ignore'\n"))


def test_settings_the_suite_runs_with_on_error_raise() -> None:
    assert load_settings().pipeline.on_error == "raise"  # tests/settings.toml via tests/conftest.py


def test_settings_events_numbers_are_read_by_the_events_stage(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """[events] background_days and the confidence weights decide background and confidence."""
    import frontlog.events.extract as extract
    from frontlog.settings import load_settings as cached

    assert not extract._is_background("2017-03-01", "day", date(2017, 3, 7))  # 6 days: news
    assert extract._is_background("2017-03-01", "day", date(2017, 3, 8))  # 7 days: background
    assert extract._is_background("2017-03", "month", date(2017, 3, 8))
    everything = extract._confidence(actor1=True, own_place=True, verb=True, day=True)
    assert (
        everything == 0.95
        and extract._confidence(actor1=False, own_place=False, verb=False, day=False) == 0.45
    )
    mine = cached(_user(tmp_path, "[events]\nbackground_days = 30\nconfidence_max = 0.9\n"))
    monkeypatch.setattr(extract, "load_settings", lambda: mine)
    assert not extract._is_background("2017-03-01", "day", date(2017, 3, 8))
    assert extract._confidence(actor1=True, own_place=True, verb=True, day=True) == 0.9
