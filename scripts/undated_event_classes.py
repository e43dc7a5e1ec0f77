"""The classes of undated events (events.json's `undated_event_classes`) against judged dates.

    # every adjudicated sample of events but the hidden one, against a run's facts and documents
    python scripts/undated_event_classes.py FACTS.jsonl DOCS.jsonl \\
        docs/judgements/events-2012120*.jsonl docs/judgements/events-2012121*.jsonl \\
        docs/judgements/events-2012122[0-4].jsonl

For each judged event (`is_event`, a date verdict) that the run still extracts, the sentence of
its record is read as `extract` reads it: an event with a date phrase in its clause or its name
(`event_dates.dates_in_clause`, `date_in_name`) is left out; the others are put in the first
class they fit (`event_defaults.undated_class`; a record without a speaker counts as a news
report's sentence) and counted by the date the readers gave them, relative to the page's date:
null (also the events judged null, which the date scores leave out), the page's day, month or
year, or another date. Per class and news/speech, the share each default would agree with (the
page's day with a judged day or month of the page, a month or a year only with itself, null with
null) and the default the row takes: of those that agree with at least `--share` of at least
`--least` events, the one the readers wrote most often ("-": none passes, the event stays null).
Those of the classes are what `undated_event_classes` writes. Prints counts only, never the
archive's words.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict

from pipeline.evaluate import load_jsonl
from pipeline.nlp.event_dates import date_in_name, dates_in_clause
from pipeline.nlp.event_defaults import (
    relation_to_page,
    run_events_and_page_dates,
    undated_class,
)
from pipeline.nlp.rules import installed_rules

COLUMNS = ("null", "day", "month", "year", "other")
AGREES = {  # default -> the judged values it agrees with
    "null": ("null",),
    "day": ("day", "month"),
    "month": ("month",),
    "year": ("year",),
}


relation = relation_to_page  # the judged or given date relative to the page's


def tabulate(facts: dict[str, dict], docs: dict[str, dict], judgements: list[dict]) -> dict:
    """{row: Counter of judged relations} over the undated judged events; rows are the class,
    and the class with "/news" or "/speech"."""
    rules = installed_rules()
    table: dict[str, Counter] = defaultdict(Counter)
    for j in judgements:
        if not j.get("is_event") or j.get("date_verdict") in (None, "n/a"):
            continue
        fact = facts.get(j["fact_id"])
        doc = docs.get(j["doc_id"])
        if fact is None or doc is None or not doc.get("date"):
            continue
        sentence, doc_date = fact["sentence"], doc["date"]
        start = sentence.find(fact["text"])
        if start < 0:
            continue
        end = start + len(fact["text"])
        if date_in_name(fact["name"]) or dates_in_clause(
            rules, sentence, start, end, doc_date, relative=True, deadlines=False, names=False
        ):
            continue
        narrative = fact.get("speaker") is None
        spec = undated_class(rules, sentence, start, end, fact["kind"], narrative)
        name = spec.name if spec else "(none)"
        judged = relation(j.get("right_date"), doc_date) if j.get("scored") else "null"
        table[name][judged] += 1
        table[f"{name}/{'news' if narrative else 'speech'}"][judged] += 1
    return table


def best_default(counts: Counter, share: float, least: int) -> tuple[str | None, dict]:
    """The default a row takes: of those that agree with at least `share` of its events (and it
    has at least `least`), the one the readers wrote most often; None when none passes. Also
    each default's share."""
    n = sum(counts[c] for c in COLUMNS)
    shares = {d: sum(counts[c] for c in agree) / n for d, agree in AGREES.items()} if n else {}
    passing = [d for d, s in shares.items() if n >= least and s >= share]
    best = max(passing, key=lambda d: (counts[d], shares[d])) if passing else None
    return best, shares


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("facts")
    parser.add_argument("docs")
    parser.add_argument("judgements", nargs="+")
    parser.add_argument("--share", type=float, default=0.75)
    parser.add_argument("--least", type=int, default=10)
    parser.add_argument("--json", action="store_true", help="print the table as JSON")
    args = parser.parse_args(argv)
    facts, docs = run_events_and_page_dates(args.facts, args.docs)
    judgements = [j for path in args.judgements for j in load_jsonl(path)]
    table = tabulate(facts, docs, judgements)
    rows = {}
    for name in sorted(table):
        counts = table[name]
        best, shares = best_default(counts, args.share, args.least)
        rows[name] = {
            **{c: counts[c] for c in COLUMNS},
            "n": sum(counts[c] for c in COLUMNS),
            "shares": {d: round(v, 3) for d, v in shares.items()},
            "default": best,
        }
    if args.json:
        json.dump(rows, sys.stdout, indent=1)
        print()
        return 0
    head = "| class | null | day | month | year | other | n | agree: null / day / month / year |"
    print(head + " default |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |")
    for name, row in rows.items():
        cells = " | ".join(str(row[c]) for c in COLUMNS)
        agree = " / ".join(f"{row['shares'].get(d, 0):.0%}" for d in AGREES)
        chosen = row["default"] or "-"
        print(f"| {name} | {cells} | {row['n']} | {agree} | {chosen} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
