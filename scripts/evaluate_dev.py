"""Score the extractor on the development pages of the shared archive, half by half.

    python scripts/evaluate_dev.py [--shared ../shared] [--archive /tmp/kremlin/kremlin-en/news]
                                   [--half tune|held|all] [--verbose]

Unpacks ../shared/kremlin-en.tar.xz into a temporary folder unless --archive names an unpacked
news/ folder, runs `extract` on the pages of gold/dev_docs.txt and prints `speechfacts evaluate`'s
report (scoring rules of gold/GUIDELINE.md) for the whole set and for each fixed half
(`pipeline.evaluate.split_halves`): `tune`, whose errors rules may be written from, and `held`,
which is never looked at while writing rules and estimates accuracy on unseen pages. --verbose
lists the errors of the halves printed; list those of `held` only to report them, never to tune.
"""

from __future__ import annotations

import argparse
import subprocess
import tempfile
from pathlib import Path

from pipeline.evaluate import evaluate, format_report, load_jsonl, read_doc_list, split_halves
from pipeline.runner import run

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--archive", type=Path, default=None)
    parser.add_argument(
        "--half",
        choices=("tune", "held", "all"),
        default=None,
        help="score one half only (default: the whole set, then each half)",
    )
    parser.add_argument("--verbose", action="store_true", help="list false positives and negatives")
    args = parser.parse_args()
    ids = read_doc_list(f"@{args.shared / 'gold' / 'dev_docs.txt'}")
    halves = split_halves(ids)
    sets = {"all": ids, **halves}
    chosen = [args.half] if args.half else ["all", "tune", "held"]
    with tempfile.TemporaryDirectory() as tmp:
        news = args.archive
        if news is None:
            subprocess.run(
                ["tar", "-xJf", str(args.shared / "kremlin-en.tar.xz"), "-C", tmp], check=True
            )
            news = Path(tmp) / "kremlin-en" / "news"
        facts = Path(tmp) / "dev_facts.jsonl"
        run([str(news / f"{i}.html") for i in ids], str(facts), errors_out=str(facts) + ".err")
        gold, predicted = load_jsonl(args.shared / "gold" / "dev.jsonl"), load_jsonl(facts)
    for name in chosen:
        result = evaluate(gold, predicted, sets[name])
        print(f"=== {name}: {len(sets[name])} pages ===")
        print(format_report(result))
        if args.verbose:
            for row in result["false_positives"]:
                print("FP", row)
            for row in result["false_negatives"]:
                print("FN", row)
            for row in result.get("field_errors", []):
                print("FIELD", row)
        print()


if __name__ == "__main__":
    main()
