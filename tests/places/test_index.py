"""The on-disk place index: sources are added (streamed), replaced, looked up by name key, and
linked to the core gazetteer by GeoNames id; the packaged WOF file carries its credit."""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest

from frontlog.places import index as ix


def _row(name: str, gid: int | None, *names: str, kind: str = "city") -> ix.IndexRow:
    return ix.IndexRow(gid, name, "SY", "Homs Governorate", None, 34.5, 38.3, 0, kind, "PPL", names)


def test_add_lookup_replace(tmp_path: Path) -> None:
    path = tmp_path / "g.index.sqlite"
    conn = ix.connect(path)
    src = ix.Source("test", "made-up places", "CC0", "nobody", "f1")
    n = ix.add_source(
        conn, src, iter([_row("Tall Zarzur", 1, "Tal Zarzour"), _row("Qasr Nabi", None)]), batch=1
    )
    assert n == 2
    ix.link_core(conn, {1: 7}, "core-1")
    conn.close()
    index = ix.PlaceIndex(path)
    hits = index.lookup("tall zarzour")  # "Tal" is rewritten "tall": the key of the alternate name
    assert [(h.name, h.gid, h.core, h.local) for h in hits] == [("Tall Zarzur", 1, 7, True)]
    assert index.lookup("qsrnb", True) and not index.lookup("qasr nabi", True)
    assert index.has_gid(1) and not index.has_gid(2)
    assert [s["name"] for s in index.sources()] == ["test"]
    conn = ix.connect(path)  # re-adding a source replaces its rows
    ix.add_source(
        conn, ix.Source("test", "again", "CC0", "nobody", "f2"), iter([_row("Qasr Nabi", 3, kind="sea")])
    )
    conn.close()
    index = ix.PlaceIndex(path)
    assert not index.lookup("tall zarzur")
    assert [(h.gid, h.local) for h in index.lookup("qasr nabi")] == [(3, False)]


def test_a_source_cut_off_half_way_is_not_whole(tmp_path: Path) -> None:
    """A build killed (here: its rows fail) after some batches leaves no fingerprint, so
    ensure_index and `gazetteer import` see the source as out of date and build it again."""
    path = tmp_path / "g.index.sqlite"
    conn = ix.connect(path)

    def rows_then_fail() -> Iterator[ix.IndexRow]:
        yield _row("Tall Zarzur", 1)
        raise OSError("killed")

    with pytest.raises(OSError):
        ix.add_source(conn, ix.Source("wof", "made-up", "CC0", "nobody", "f1"), rows_then_fail(), batch=1)
    assert conn.execute("SELECT fingerprint, rows FROM source WHERE name='wof'").fetchone() == ("", 0)
    assert [s["complete"] for s in ix.PlaceIndex(path).sources()] == [False]
    ix.add_source(conn, ix.Source("wof", "made-up", "CC0", "nobody", "f1"), iter([_row("Qasr Nabi", 2)]))
    assert conn.execute("SELECT fingerprint, rows FROM source WHERE name='wof'").fetchone() == ("f1", 1)
    conn.close()


def test_packaged_wof_file_credits_its_sources() -> None:
    raw = (resources.files("frontlog.places") / "data" / ix.WOF_FILE).read_bytes()
    head = gzip.decompress(raw)[:2000].decode("utf-8")
    assert "GeoNames" in head and "Who's On First" in head and "CC BY 4.0" in head
    rows = list(ix.wof_rows({}))
    kinds = {r.kind for r in rows}
    assert {"city", "admin2", "admin1", "sea", "airport"} <= kinds
    assert len([r for r in rows if r.kind == "city"]) > 200_000
