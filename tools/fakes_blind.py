"""The hand-coded FA-KES sets: which articles, and a CSV of them for `frontlog run`.

Sets of 30 real FA-KES articles outside the dev set, coded by hand before frontlog ran on them:
`blind` (tests/data/fakes_blind, session 13: a test set, nobody reads its gold or output) and
`dev2` to `dev5` (tests/data/fakes_dev2 ... fakes_dev5, session 14: the next four thirties of the
same order, for development), `dev6`, `dev7` (tests/data/fakes_dev6, fakes_dev7, session 15: the
next two thirties, coded as a held-out check of session 15's work; development from session 16 on)
and `dev8`, `dev9` (tests/data/fakes_dev8, fakes_dev9, session 16: the next two thirties, the held-out
check of session 16; development from session 17 on) and `dev10`, `dev11` (tests/data/fakes_dev10,
fakes_dev11, session 17: the next two thirties, the held-out check of session 17).
The articles stay in ../shared/data/corpora/fakes.csv (FA-KES, CC BY 4.0); only the hand-coded gold
is in the repository. The choice is reproducible: the articles of fakes.csv that are not in
../shared/data/dev/fakes_dev.csv (by id or by text; repeated ids once), grouped by outlet; the
outlets and each outlet's articles shuffled with random.Random(13); then taken round-robin over the
outlets, skipping the ones with no codable event (SKIPPED, decided by reading them, before any run);
the first 30 left are `blind`, then `dev2` ... `dev11`, 30 each. (From dev5 on, a copy of an article
already in a set or in the dev set is skipped too; there is none before it.)

    python tools/fakes_blind.py --out /tmp/fb        # writes /tmp/fb/fakes_blind30.csv
    python tools/fakes_blind.py --set dev2 --out /tmp/fd2   # writes /tmp/fd2/fakes_dev2.csv
    python tools/fakes_blind.py --set dev2 --quote tests/data/fakes_dev2/gold_fakes_dev2.events.jsonl
    frontlog run /tmp/fd2/fakes_dev2.csv --out /tmp/fd2_o
    frontlog eval tests/data/fakes_dev2/gold_fakes_dev2.events.jsonl /tmp/fd2_o \\
        --gold-docs tests/data/fakes_dev2/gold_fakes_dev2.docs.jsonl \\
        --gold-control tests/data/fakes_dev2/gold_fakes_dev2.control.jsonl
"""

from __future__ import annotations

import argparse
import csv
import random
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
SEED = 13
SETS = {  # slice of the order (skipped articles left out), file
    "blind": (0, 30, "fakes_blind30.csv"),
    "dev2": (30, 60, "fakes_dev2.csv"),
    "dev3": (60, 90, "fakes_dev3.csv"),
    "dev4": (90, 120, "fakes_dev4.csv"),
    "dev5": (120, 150, "fakes_dev5.csv"),
    "dev6": (150, 180, "fakes_dev6.csv"),
    "dev7": (180, 210, "fakes_dev7.csv"),
    "dev8": (210, 240, "fakes_dev8.csv"),
    "dev9": (240, 270, "fakes_dev9.csv"),
    "dev10": (270, 300, "fakes_dev10.csv"),
    "dev11": (300, 330, "fakes_dev11.csv"),
}
FILE_NAME = SETS["blind"][2]
SKIPPED = {
    # blind (session 13)
    "1926479006": "Zarif's call for a probe: the 'recent' chemical attack has no date",
    "1924058225": "a Kurdish official's toll of a chemical attack with no date",
    # dev2 (session 14)
    "1926479115": "the Coalition declares Idlib a disaster area: bombing 'over the past few days', no town, no day",
    # dev3 (session 14)
    "1926479223": "Obama turns to domestic priorities: the August 21 chemical attack is not placed in the text",
    "1926479140": "the Coalition counts 136 chemical attacks: the Ghouta massacre is not dated in the text",
    # dev4 (session 14)
    "1926479260": "Putin on the chemical weapons plan: the August 21 attack is not placed in the text",
    # dev5 (session 14): two copies of articles already coded, one with no dated event
    "1924058042": "the same text as dev2's 1924058058 (another unit_id)",
    "1924058210": "WHO's four-day toll for eastern Ghouta and 'the past week': no day for any event",
    "1924058080": "a near-copy of the FA-KES dev article 1919191746",
    # dev6 (session 15)
    "1926479274": "Kerry on a new U.N. vote (September 2013): the August 21 chemical attack is not placed in the text",
    # dev7 (session 15): three with no dated, placed event, one copy
    "1965495328": "the UN's total of civilians killed by coalition strikes since September 2014: no dated event",
    "1923848187": "a near-copy of dev5's 1924058050 (another outlet's print of the same AFP text, ratio 0.92)",
    "1962495673": "Turkish artillery and US strikes 'in northern Syria': no place for any event",
    "1926479261": "the Coalition's letter to the UN on Aleppo: period totals and ongoing bombardment, no dated event",
    # dev8 (session 16): two copies
    "1924058038": "the same text as an article of the blind set (another unit_id of the Jordan Times page)",
    "1962495724": "a near-copy of dev3's 1923848150 (Al-Alam's print of the AFP text, ratio 0.91)",
    # dev9 (session 16): one copy, two with no dated, placed event
    "1962495634": "rebels blamed for the Ghouta chemical attack 'last week' (August 2013): no day, and the rest is claims",
    "1965511127": "IS's video of the killing of Peter Kassig and 18 Syrian soldiers: neither the day nor the place of the killings",
    "1926479096": "the same text as dev3's 1926478915 (another unit_id, ratio 1.0)",
    # dev10 (session 17): one copy, one with no event
    "1923848124": "a near-copy of dev4's 1914947534 (Al-Ahram's print of the same Reuters text, ratio 0.97)",
    "1962495688": "Russia's claim of 150 fighters crossing from Turkey into Latakia: movements and claims, no event",
    # dev11 (session 17): three copies, one with no dated, placed event
    "1926479251": "the same text as dev5's 1926478913 (another unit_id of the Syrian Coalition's page, ratio 1.0)",
    "1926478911": "a near-copy of dev2's 1926478966 (SANA's page under another unit_id, ratio 0.97)",
    "1919191772": "the same text as dev3's 1924058078 (TRT's page under another unit_id, ratio 1.0)",
    "1926479108": "the Syrian Coalition on Russia's policy: ten days' and April's totals of the bombing of Aleppo, no dated event",
}


def read_rows(path: Path) -> list[dict[str, str]]:
    csv.field_size_limit(1 << 30)
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def candidates(
    corpus: list[dict[str, str]], dev: list[dict[str, str]], seed: int = SEED
) -> list[dict[str, str]]:
    """Every article outside the dev set, in the seeded round-robin order over outlets."""
    dev_ids = {r["unit_id"] for r in dev}
    dev_texts = {r["article_content"] for r in dev}
    by_outlet: dict[str, list[dict[str, str]]] = defaultdict(list)
    seen: set[str] = set()
    for row in corpus:
        if row["unit_id"] in dev_ids | seen or row["article_content"] in dev_texts:
            continue
        seen.add(row["unit_id"])
        by_outlet[row["source"]].append(row)
    rng = random.Random(seed)
    outlets = sorted(by_outlet)
    rng.shuffle(outlets)
    for outlet in outlets:
        rng.shuffle(by_outlet[outlet])
    order = []
    while any(by_outlet.values()):
        order += [by_outlet[o].pop(0) for o in outlets if by_outlet[o]]
    return order


def chosen(shared: Path = SHARED, name: str = "blind") -> list[dict[str, str]]:
    """The 30 articles of set NAME (`blind` or `dev2`), in their order."""
    corpus = read_rows(shared / "corpora" / "fakes.csv")
    dev = read_rows(shared / "dev" / "fakes_dev.csv")
    first, last, _ = SETS[name]
    return [r for r in candidates(corpus, dev) if r["unit_id"] not in SKIPPED][first:last]


def write_csv(out_dir: Path, shared: Path = SHARED, name: str = "blind") -> Path:
    """OUT_DIR/<the set's file> with fakes.csv's columns: the input `frontlog run` reads."""
    rows = chosen(shared, name)
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / SETS[name][2]
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def quote(gold_events: Path, shared: Path = SHARED) -> None:
    """Print each gold event with its source sentences, read from fakes.csv by offset."""
    import json

    texts = {r["unit_id"]: r["article_content"] for r in read_rows(shared / "corpora" / "fakes.csv")}
    for line in gold_events.read_text(encoding="utf-8").splitlines():
        event = json.loads(line)
        print(event["event_id"], event["event_date"], event["sub_event_type"], event["location"]["name"])
        for src in event["sources"]:
            print("   ", texts[src["unit_id"]][src["start"] : src["end"]])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", dest="name", choices=sorted(SETS), default="blind", help="which set (default blind)")
    parser.add_argument("--out", type=Path, help="folder for the set's CSV (fakes_blind30.csv, fakes_dev2.csv)")
    parser.add_argument("--quote", type=Path, help="a gold events file: print its source sentences")
    parser.add_argument("--shared", type=Path, default=SHARED, help="../shared/data")
    args = parser.parse_args()
    if args.quote:
        quote(args.quote, args.shared)
    if args.out:
        print(write_csv(args.out, args.shared, args.name))


if __name__ == "__main__":
    main()
