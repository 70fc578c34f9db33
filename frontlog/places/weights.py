"""The place ranker's features and weights (data/resolver_weights.tsv, learnt by
tools/train_resolver.py; see frontlog/places/resolve.py for what each feature means)."""

from __future__ import annotations

import functools
from importlib import resources

FEATURES = (
    "primary", "log_pop", "top_pop", "country_kind", "admin1_kind", "admin2_kind", "continent_kind", "point_kind",
    "curated", "reviewed_town", "capital", "ctx_country", "top_country", "ctx_admin1", "near_50", "near_300",
    "far_2000", "qualified", "outlet_country", "outlet_admin1", "res_country", "res_admin1", "res_near",
)  # fmt: skip
FIRST_PASS = FEATURES[:-3]  # the res_* features need the first pass's choices


@functools.cache
def load_weights() -> tuple[dict[str, float], dict[str, float]]:
    """The ranker's weights for the first and second pass (data/resolver_weights.tsv)."""
    return parse_weights(
        (resources.files("frontlog.places") / "data" / "resolver_weights.tsv").read_text("utf-8")
    )


def parse_weights(text: str) -> tuple[dict[str, float], dict[str, float]]:
    """Rows "feature<TAB>pass1<TAB>pass2" after "#" comment lines and a header row."""
    first: dict[str, float] = {}
    second: dict[str, float] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("feature\t"):
            continue
        name, w1, w2 = line.split("\t")
        if name not in FEATURES:
            raise ValueError(f"resolver_weights.tsv: unknown feature {name!r}")
        first[name], second[name] = float(w1), float(w2)
    return first, second
