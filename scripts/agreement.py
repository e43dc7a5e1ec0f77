"""How far apart the two annotators of a gold set are, against how far the tool is from each.

Every gold set under ``docs/judgements`` was annotated by two people working alone
(``annotators-SET.jsonl``, each record tagged ``"annotator": "A"`` or ``"B"``) and then merged
(``gold-SET.jsonl``, where a fact only one of them gave, or one of them doubted, is optional).
Scoring the tool against the merged gold is the project's measure; it cannot say how much of
the tool's distance is the task's own ambiguity. This script scores, per group of sets and by
the guideline's rules (``pipeline.evaluate``):

- each annotator against the other: one annotator's facts (all of them, doubted ones too, as
  the tool's are all its own) are the prediction, the other's are the gold, with that
  annotator's doubted facts neutral;
- the tool against each annotator alone, the same way;
- the tool against the merged gold (the figure the docs report).

If the tool is as far from each annotator as they are from each other, the gold cannot tell
a better tool apart; if it is further, the gap is the tool's. Only aggregate scores are
printed, never a fact, so held-out sets can be scored without being read::

    python scripts/agreement.py /tmp/run/facts.jsonl --types event,all
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from pipeline.evaluate import evaluate, load_jsonl, read_doc_list

JUDGEMENTS = Path(__file__).resolve().parent.parent / "docs" / "judgements"

# The groups the docs report. The held-out sets are tests/test_gold_pages.py's HELD_OUT,
# HELD_OUT_SHORT, HELD_OUT_WHOLE and HELD_OUT_FRESH_EVENTS minus 20121226, whose two annotators'
# files were not kept; the source sets are the ones rounds were written from (20121227 has no
# annotators' files either).
DEFAULT_GROUPS: dict[str, tuple[str, ...]] = {
    "long held-out": ("20121229", "20130101", *(f"201301{day}" for day in range(15, 24))),
    "short held-out": ("20130124", "20130126", "20130127", "20130129", "20130130", "20130131"),
    "whole transcripts held-out": ("20130205", "20130206"),
    # its gold holds events only: read --types event
    "fresh events-only held-out": ("20130210", "20130213"),
    "long source": (
        "20121228",
        "20121231",
        *(f"201301{day:02d}" for day in range(2, 15)),
    ),
    "short source": ("20130125", "20130128", "20130202"),
    "fresh events-only source": (
        "20130209",
        "20130212",
        "20130214",
        "20130215",
        "20130216",
        "20130217",
    ),
}


def load_set(name: str, judgements: Path = JUDGEMENTS) -> dict[str, Any]:
    """One gold set: its page ids, the merged gold and each annotator's own records."""
    pages = read_doc_list(f"@{judgements / f'pages-{name}.txt'}")
    by_annotator: dict[str, list[dict]] = {"A": [], "B": []}
    for record in load_jsonl(judgements / f"annotators-{name}.jsonl"):
        by_annotator[record["annotator"]].append(record)
    return {
        "pages": pages,
        "merged": load_jsonl(judgements / f"gold-{name}.jsonl"),
        **by_annotator,
    }


def pair_scores(
    gold: list[dict], predicted: list[dict], pages: list[str], types: list[str]
) -> dict[str, dict[str, Any]]:
    """P, R, F1, strict F1 and date accuracy of ``predicted`` against ``gold``, per type."""
    scores = evaluate(gold, predicted, pages)["scores"]
    out = {}
    for fact_type in types:
        score = scores[fact_type]
        dates = score["fields"]["date"]
        out[fact_type] = {
            "precision": score["precision"],
            "recall": score["recall"],
            "f1": score["f1"],
            "strict_f1": score["strict_f1"],
            "date": (dates["correct"], dates["total"]),
        }
    return out


def group_rows(
    sets: list[dict[str, Any]], tool: list[dict], types: list[str]
) -> list[tuple[str, dict[str, dict[str, Any]]]]:
    """The five comparisons of one group of sets, as (label, scores) rows."""
    pages = [page for one in sets for page in one["pages"]]
    page_set = set(pages)
    merged = [fact for one in sets for fact in one["merged"]]
    first = [fact for one in sets for fact in one["A"]]
    second = [fact for one in sets for fact in one["B"]]
    predicted = [fact for fact in tool if str(fact.get("doc_id")) in page_set]
    return [
        ("annotator A against B", pair_scores(second, first, pages, types)),
        ("annotator B against A", pair_scores(first, second, pages, types)),
        ("tool against A", pair_scores(first, predicted, pages, types)),
        ("tool against B", pair_scores(second, predicted, pages, types)),
        ("tool against merged gold", pair_scores(merged, predicted, pages, types)),
    ]


def format_rows(title: str, pages: int, rows: list[tuple[str, dict]], types: list[str]) -> str:
    """A markdown table: one row per comparison, P / R / F1 / strict F1 / date per type."""
    head = ["comparison"] + [f"{t} P / R / F1 / strict / date" for t in types]
    lines = [
        f"{title} ({pages} pages)",
        "",
        "| " + " | ".join(head) + " |",
        "| " + " | ".join(["---"] * len(head)) + " |",
    ]
    for label, scores in rows:
        cells = [label]
        for fact_type in types:
            s = scores[fact_type]
            right, total = s["date"]
            cells.append(
                f"{s['precision']:.3f} / {s['recall']:.3f} / {s['f1']:.3f} / "
                f"{s['strict_f1']:.3f} / {right}/{total}"
            )
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Print one table per group of gold sets."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("facts", help="the tool's facts.jsonl over the archive")
    parser.add_argument("--types", default="event", help="comma-separated: event, money, all...")
    parser.add_argument(
        "--group",
        action="append",
        metavar="LABEL=SET,SET",
        help="a group of gold sets (default: the held-out and source groups the docs report)",
    )
    parser.add_argument("--judgements", type=Path, default=JUDGEMENTS)
    args = parser.parse_args(argv)
    types = [t for t in args.types.split(",") if t]
    if args.group:
        groups = {}
        for spec in args.group:
            label, _, names = spec.partition("=")
            groups[label] = tuple(n for n in names.split(",") if n)
    else:
        groups = DEFAULT_GROUPS
    tool = load_jsonl(args.facts)
    for label, names in groups.items():
        sets = [load_set(name, args.judgements) for name in names]
        pages = sum(len(one["pages"]) for one in sets)
        print(format_rows(label, pages, group_rows(sets, tool, types), types))
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
