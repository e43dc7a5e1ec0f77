"""Draw the seeded sample that judges the roles of country counts (`subject_key`, round ccs54).

    python scripts/sample_country_roles.py FACTS [--hidden IDS] [--seed 54] [--roled 60] [--null 20]

Country counts outside the documents listed in `--hidden`, sorted by document and offset; `--roled`
of those with a role, stratified so that every role appears (each at least min(4, its size), the
rest in proportion, the largest role trimmed to make the total), then `--null` of those without
one. One JSON line per count on standard output: fact_id, doc_id, text, sentence, subject,
subject_key. `docs/judgements/country-roles-s20.jsonl` holds the verdicts of the sample drawn
with the defaults from the archive run of the twentieth session.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

FIELDS = ("fact_id", "doc_id", "text", "sentence", "subject", "subject_key")


def quotas(by_role: dict, total: int) -> dict:
    """How many counts to draw of each role: at least min(4, its size), the rest in proportion."""
    sizes = {role: len(items) for role, items in by_role.items() if role is not None}
    roled = sum(sizes.values())
    want = {role: max(min(4, n), round(total * n / roled)) for role, n in sizes.items()}
    largest = max(want, key=lambda role: sizes[role])
    want[largest] -= sum(want.values()) - total
    return want


def main(argv: list[str] | None = None) -> int:
    """Print the sample; exit 0."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("facts", type=Path)
    parser.add_argument("--hidden", type=Path, help="a file of document ids to leave out")
    parser.add_argument("--seed", type=int, default=54)
    parser.add_argument("--roled", type=int, default=60)
    parser.add_argument("--null", type=int, default=20)
    args = parser.parse_args(argv)
    hidden = set(args.hidden.read_text().split()) if args.hidden else set()
    records = []
    with args.facts.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record["type"] == "country_count" and record["doc_id"] not in hidden:
                records.append(record)
    records.sort(key=lambda r: (r["doc_id"], r["start"]))
    by_role = defaultdict(list)
    for record in records:
        by_role[record["subject_key"]].append(record)
    rng = random.Random(args.seed)
    picked = []
    for role, n in sorted(quotas(by_role, args.roled).items()):
        picked += rng.sample(by_role[role], n)
    picked += rng.sample(by_role[None], min(args.null, len(by_role[None])))
    for record in picked:
        print(json.dumps({k: record[k] for k in FIELDS}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
