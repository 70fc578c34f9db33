"""Write made-up labelled sentences for the sentence typer from templates (the project's own
text: no sentence comes from a news source or from ACLED).

    .venv/bin/python tools/make_typer_data.py [--per-label 120] [--seed 1] \
        > frontlog/events/data/typer_templates.jsonl

Each template is one way a wire report or a coder's note tells an event of one ACLED sub-event
type (definitions: ACLED codebook, spec section 2) or a sentence that is no event (NONE:
statements, plans, denials, figures, background). Slots are filled at random from lists of
actors, places, dates, casualty and attribution clauses; the data lives in
tools/typer_templates.yaml.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path
from typing import Any

import yaml

DATA = Path(__file__).with_name("typer_templates.yaml")


def expand(template: str, slots: dict[str, list[str]], rng: random.Random) -> str:
    def one(m: re.Match[str]) -> str:
        return expand(rng.choice(slots[m.group(1)]), slots, rng)

    return re.sub(r"\{([A-Z_0-9]+)\}", one, template)


def fill(template: str, slots: dict[str, list[str]], rng: random.Random) -> str:
    text = expand(template, slots, rng)
    text = re.sub(r"\s+([,.;])", r"\1", re.sub(r" {2,}", " ", text)).strip()
    text = text.replace(",,", ",").replace(".,", ",").replace("..", ".")
    return text[:1].upper() + text[1:]


def generate(data: dict[str, Any], per_label: int, seed: int) -> list[dict[str, str]]:
    rng = random.Random(seed)
    slots = {k: [str(x) for x in v] for k, v in data["slots"].items()}
    out: list[dict[str, str]] = []
    for label, templates in data["templates"].items():
        seen: set[str] = set()
        for _ in range(per_label * 4):
            if len(seen) >= per_label:
                break
            text = fill(rng.choice(templates), slots, rng)
            if text not in seen:
                seen.add(text)
                out.append({"text": text, "label": label})
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--per-label", type=int, default=120)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    data = yaml.safe_load(DATA.read_text("utf-8"))
    for row in generate(data, args.per_label, args.seed):
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
