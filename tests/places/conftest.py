"""Fixtures shared by the places tests."""

from __future__ import annotations

import pytest

from frontlog.places.gazetteer import load_gazetteer


@pytest.fixture(scope="module")
def gaz():  # type: ignore[no-untyped-def]
    """The installed gazetteer with its place index; tests that need the index skip without it."""
    g = load_gazetteer()
    if g.index() is None:
        pytest.skip("no place index")
    return g
