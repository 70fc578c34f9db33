"""`frontlog gazetteer import`: a place only in a user's GeoNames-format file is found afterwards.

The files are written here in GeoNames' formats with made-up places (ids 99000xx), imported into
a copy of the installed gazetteer in a temporary folder, and looked for by `frontlog places` and
`frontlog run` in fresh processes (the folder is passed as FRONTLOG_GAZETTEER / --gazetteer).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from frontlog.places import index as ix
from frontlog.places.gazetteer import FORMAT_VERSION, default_path, load_gazetteer
from frontlog.places.importer import place_kind

VILLAGE = "9900001\tTell Qarmazan\tTell Qarmazan\tQarmazan\t36.012\t38.561\tP\tPPL\tSY\t\t04\t\t\t\t350\t\t300\tAsia/Damascus\t2021-01-01\n"
HILL = "9900002\tJabal Qarmazan\tJabal Qarmazan\t\t36.02\t38.57\tT\tHLL\tSY\t\t04\t\t\t\t0\t\t410\tAsia/Damascus\t2021-01-01\n"
ALTERNATES = "1\t9900001\t\tQarmazan al-Fawqani\t\t\t\t\t\t\n2\t9900001\tru\t\u041a\u0430\u0440\u043c\u0430\u0437\u0430\u043d\t\t\t\t\t\t\n"


def _frontlog(*args: str, folder: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "FRONTLOG_GAZETTEER": str(folder), "COLUMNS": "250"}
    return subprocess.run([sys.executable, "-m", "frontlog", *args], env=env, capture_output=True, text=True,
                          timeout=300)  # fmt: skip


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the installed gazetteer (core, keys and index) that the test may change."""
    gaz = load_gazetteer()
    assert gaz.index_file, "the installed gazetteer has no index"
    target = tmp_path_factory.mktemp("gazetteer")
    src = default_path()
    for f in (src, src.with_name(src.stem + ".keys.pickle"), Path(gaz.index_file)):
        shutil.copy(
            f, target / f.name.replace(src.stem, f"gazetteer-v{FORMAT_VERSION}")
        )  # the folder's names
    return target


def test_import_then_places_and_run_find_the_village(folder: Path, tmp_path: Path) -> None:
    (tmp_path / "SY.txt").write_text(VILLAGE + HILL, encoding="utf-8")
    (tmp_path / "alternateNamesV2.txt").write_text(ALTERNATES, encoding="utf-8")
    (tmp_path / "notes.csv").write_text("name,lat\nTell Qarmazan,36\n", encoding="utf-8")
    done = _frontlog("gazetteer", "import", str(tmp_path / "SY.txt"), str(tmp_path / "alternateNamesV2.txt"),
                     str(tmp_path / "notes.csv"), "--gazetteer", str(folder), folder=folder)  # fmt: skip
    assert done.returncode == 1, done.stderr  # the CSV is no GeoNames file: named, the rest imported
    assert "notes.csv" in done.stderr and "SY.txt: places, 2 rows" in done.stdout

    info = _frontlog("gazetteer", "info", folder=folder)
    assert "geonames:SY" in info.stdout and "geonames:alternateNames" in info.stdout

    shown = _frontlog("places", "Government forces shelled the village of Qarmazan al-Fawqani in Syria on Monday.",
                      folder=folder)  # fmt: skip
    assert "9900001" in shown.stdout, shown.stdout + shown.stderr

    article = tmp_path / "report.txt"
    article.write_text("March 3, 2021\n\nGovernment forces shelled the village of Tell Qarmazan in northern "
                       "Syria on Monday, killing two fighters, a monitor said.\n", encoding="utf-8")  # fmt: skip
    run = _frontlog(
        "--gazetteer",
        str(folder),
        "run",
        str(article),
        "--out",
        str(tmp_path / "out"),
        "--db",
        ":memory:",
        folder=Path("/nonexistent"),
    )  # the option, not the environment, names the folder
    assert run.returncode == 0, run.stderr
    events = [json.loads(line) for line in (tmp_path / "out" / "events.jsonl").read_text().splitlines()]
    assert any(e["location"].get("geonameid") == 9900001 for e in events), events


def test_reimport_replaces_a_source(folder: Path, tmp_path: Path) -> None:
    (tmp_path / "SY.txt").write_text(VILLAGE, encoding="utf-8")
    for _ in range(2):
        assert _frontlog("gazetteer", "import", str(tmp_path / "SY.txt"), folder=folder).returncode == 0
    conn = ix.connect(next(folder.glob("*.index.sqlite")))
    assert conn.execute("SELECT rows FROM source WHERE name='geonames:SY'").fetchall() == [(1,)]
    assert conn.execute("SELECT count(*) FROM place WHERE gid=9900002").fetchone() == (0,)


def test_feature_kinds() -> None:
    assert place_kind("P", "PPLA") == "city"
    assert place_kind("A", "ADM2") == "admin2"
    assert place_kind("A", "PCLI") is None  # countries come from the core
    assert place_kind("S", "AIRP") == "airport"
    assert place_kind("H", "GULF") == "sea"
    assert place_kind("T", "MT") == "feature"
