"""The resolver's weight-fitting (tools/train_resolver.py) learns what decides the gold candidate."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from frontlog.places.resolve import FEATURES
from tests.conftest import load_tool


def _tool():  # type: ignore[no-untyped-def]
    return load_tool("train_resolver")


def test_fit_learns_the_deciding_feature() -> None:
    tool = _tool()
    rng = np.random.default_rng(0)
    rows = []
    pop, ctx = FEATURES.index("log_pop"), FEATURES.index("ctx_country")
    for _ in range(300):
        x = np.zeros((3, len(FEATURES)))
        x[:, pop] = rng.uniform(1, 7, 3)  # noise
        gold = int(rng.integers(3))
        x[gold, ctx] = 1.0  # the gold candidate is always in the article's country
        rows.append((x, gold))
    w = tool.fit(rows, FEATURES, steps=400)
    assert w["ctx_country"] > 1.0 and abs(w["log_pop"]) < 0.5
    assert tool.accuracy(rows, w) > 0.95


def test_training_writes_weights_the_resolver_reads(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """`tools/train_resolver.py BENCH --write` on a tiny benchmark: a weights file the resolver
    parses, with every feature, the hand-set ones kept, and its provenance in the header."""
    import sys

    from frontlog.places.resolve import parse_weights

    tool = _tool()
    bench = tmp_path / "tiny.xml"
    text = "Police in Alexandria, Louisiana, and in Paris said roads were closed."
    spans = [("Alexandria", 4314550), ("Louisiana", 4331987), ("Paris", 2988507)]
    tops = "".join(
        f"<toponym><start>{text.index(p)}</start><end>{text.index(p) + len(p)}</end><phrase>{p}</phrase>"
        f'<gaztag geonameid="{g}"><lat>0</lat><lon>0</lon></gaztag></toponym>'
        for p, g in spans
    )
    bench.write_text(
        f'<?xml version="1.0" encoding="utf-8"?><articles><article docid="1"><domain>x.com</domain>'
        f"<text><![CDATA[{text}]]></text><toponyms>{tops}</toponyms></article></articles>",
        encoding="utf-8",
    )
    out = tmp_path / "weights.tsv"
    monkeypatch.setattr(tool, "OUT", out)
    monkeypatch.setattr(sys, "argv", ["train_resolver.py", str(bench), "--write"])
    tool.main()
    written = out.read_text(encoding="utf-8")
    assert "# source: tools/train_resolver.py on the gold toponyms of tiny.xml" in written
    first, second = parse_weights(written)
    assert set(second) == set(FEATURES)
    assert second["reviewed_town"] == tool.FIXED["reviewed_town"]
    assert all(first[k] == 0.0 for k in ("res_country", "res_admin1", "res_near"))
    # --out writes elsewhere (weights of one benchmark, to score the other), leaving the package's file
    other = tmp_path / "other.tsv"
    monkeypatch.setattr(sys, "argv", ["train_resolver.py", str(bench), "--write", "--out", str(other)])
    tool.main()
    assert parse_weights(other.read_text(encoding="utf-8"))[1].keys() == second.keys()
    assert out.read_text(encoding="utf-8") == written


def test_parse_weights_rejects_unknown_features() -> None:
    import pytest

    from frontlog.places.resolve import parse_weights

    with pytest.raises(ValueError, match="unknown feature"):
        parse_weights("feature\tpass1\tpass2\nbogus\t1\t1\n")
