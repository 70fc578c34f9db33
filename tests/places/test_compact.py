"""The compact gazetteer file (frontlog/places/compact.py): what the build filled comes back from
the mapped file, entry for entry and key for key, and a file in another format is not taken."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from frontlog.places import compact
from frontlog.places.gazetteer import Gazetteer, _map, save_gazetteer


def _small() -> Gazetteer:
    gaz = Gazetteer()
    gaz.entries = [
        (101, "Alpha", 1.5, -2.25, "SY", "Idlib", 1200, "city", False),
        (None, "Béta Camp", 33.125, 44.0625, "IQ", None, 0, "point", True),
        (303, "Gamma", -10.0, 170.5, "SY", "Idlib", 3_812_366_000, "continent", False),
    ]
    gaz.exact = {"alpha": [0], "beta camp": [1], "gamma": [2, 0], "\u0639\u0641\u0631\u064a\u0646": [1]}
    gaz.loose = {"alf": [0], "gam": [2]}
    gaz.text_keys = {"alpha", "beta camp"}
    gaz.max_words = 2
    gaz.demonyms = {"alphan": "SY"}
    gaz.country_entry = {"SY": 0}
    gaz.admin1_entry = {("SY", "Idlib"): 0}
    gaz.capitals = {101}
    gaz.unreviewed = {(101, "gamma")}
    return gaz


def _mapped(gaz: Gazetteer) -> Gazetteer:
    buffer = io.BytesIO()
    compact.write(gaz, "fp", buffer)
    return Gazetteer(**compact.views(buffer.getvalue(), *compact.read_header_bytes(buffer.getvalue())))


def test_round_trip_keeps_entries_keys_and_order() -> None:
    built = _small()
    gaz = _mapped(built)
    assert list(gaz.entries) == built.entries and len(gaz.entries) == 3
    assert [type(v) for v in gaz.entries[1]] == [type(v) for v in built.entries[1]]  # None stays None
    assert gaz.entries[-1] == built.entries[2]
    assert dict(gaz.exact) == built.exact and dict(gaz.loose) == built.loose
    assert gaz.exact["gamma"] == [2, 0]  # the build's order within a key
    assert "nothing" not in gaz.exact and gaz.exact.get("nothing") is None and "alp" not in gaz.exact
    with pytest.raises(KeyError):
        gaz.exact["nothing"]
    assert set(gaz.text_keys) == built.text_keys and len(gaz.text_keys) == 2
    assert "alpha" in gaz.text_keys and "gamma" not in gaz.text_keys
    assert gaz.demonyms == built.demonyms and gaz.unreviewed == built.unreviewed and gaz.max_words == 2
    assert gaz.has_gid(303) and not gaz.has_gid(202)
    assert [e.name for e in gaz.candidates("Gamma")[0]] == ["Gamma", "Alpha"]
    assert gaz.admin1("SY", "Idlib") == gaz.entry(0)


def test_lone_surrogate_is_a_missing_key() -> None:
    """Text with an unpaired surrogate (a broken file) is looked up, not an encoding crash."""
    gaz = _mapped(_small())
    assert gaz.exact.get("\ud800") is None


def test_saved_file_is_mapped_and_another_format_is_not(tmp_path: Path) -> None:
    path = tmp_path / "gaz.pickle"
    save_gazetteer(_small(), path)
    assert path.read_bytes().startswith(compact.MAGIC)
    mapped = _map(path)
    assert mapped is not None and list(mapped.entries) == _small().entries
    (tmp_path / "old.pickle").write_bytes(b"\x80\x05 not ours")
    assert _map(tmp_path / "old.pickle") is None
    assert _map(tmp_path / "missing.pickle") is None


def test_a_missing_gazetteer_is_built_with_a_word_to_the_user(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """The first run after an install or upgrade builds the gazetteer (about a minute): it says so
    instead of a silent wait, once; the next load maps the saved file without a word."""
    from frontlog.places import build, gazetteer, index_build

    monkeypatch.setattr(build, "build_gazetteer", _small)
    monkeypatch.setattr(index_build, "ensure_index", lambda gaz, path: path)
    path = tmp_path / "gaz.pickle"
    with caplog.at_level("WARNING"):
        built = gazetteer.load_gazetteer.__wrapped__(path)
    assert [r.getMessage() for r in caplog.records if "building the place gazetteer" in r.getMessage()]
    assert list(built.entries) == _small().entries
    caplog.clear()
    with caplog.at_level("WARNING"):
        gazetteer.load_gazetteer.__wrapped__(path)
    assert not caplog.records
