"""Print a random sample of facts with a `subject`, for judging subject precision by hand.

    python scripts/sample_subjects.py FACTS.jsonl [-n 100] [--seed 2026] [--types money,...] [--any]

Each line: number, [subject], <fact text>, value, high, unit, qualifier, per, and the words around
the fact in its sentence. Also prints how many facts of the types have a subject at all. `--any`
samples among all facts of the types, with a subject or not (to judge quantities themselves).
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("facts")
    parser.add_argument("-n", type=int, default=100)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--types", default="money,percentage,country_count,quantity")
    parser.add_argument("--any", action="store_true", help="sample facts without a subject too")
    args = parser.parse_args()
    types = set(args.types.split(","))
    with open(args.facts, encoding="utf-8") as f:
        facts = [r for r in map(json.loads, f) if r["type"] in types]
    with_subject = [r for r in facts if r["subject"]]
    counts = Counter(r["type"] for r in with_subject)
    print(f"{len(with_subject)} of {len(facts)} facts have a subject: {dict(counts)}")
    random.seed(args.seed)
    pool = facts if args.any else with_subject
    sample = random.sample(pool, min(args.n, len(pool)))
    for k, r in enumerate(sample):
        sentence = " ".join(r["sentence"].split())
        at = sentence.find(r["text"])
        context = sentence[max(0, at - 140) : at + len(r["text"]) + 60]
        fields = f"{r['value']} {r['high']} {r['unit']} {r['qualifier']} per={r['per']}"
        print(f"{k} [{r['subject']}] <{r['text']}> {fields} :: {context}")


if __name__ == "__main__":
    main()
