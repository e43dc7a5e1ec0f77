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

    # the gold of source sets instead (issue 12 round em): gold-SET.jsonl or single-SET.jsonl
    # and pages-SET.txt of docs/judgements (--gold-dir), never a held-out set
    python scripts/undated_event_classes.py FACTS.jsonl DOCS.jsonl --gold 20121227 20130215

With `--gold`, the judged events are the gold events of the sets' pages: on each page, the
run's event records are matched to the gold events as `pipeline.evaluate` matches them (the
records deduplicated by their words, then one to one by Dice of content words, best first, at
least 0.5); a matched record is classed as above and counted by the gold date (null where the
gold has none). Optional gold events and records matched to none are left out.

The classes are read from the record's sentence, so a class's row also counts events that a cue
or page rule dates after all (`--given` adds rows by the date the run gives them). To count only
the events the defaults decide, make a second run of the same tree with every class's default
moved (each "default" of `undated_event_classes` set to "year") and pass its facts as
`--reached OTHER.jsonl`: only the records whose date differs between the two runs are counted.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from pipeline.evaluate import _match_events, dedup_events, load_jsonl, read_doc_list
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


def _count(
    rules, table: dict[str, Counter], fact: dict, doc_date: str, judged: str, given: bool = False
) -> None:
    """Count one judged event's record under its class and its class with "/news" or
    "/speech", unless its clause or name holds a date phrase; with `given`, also under its class
    with " given=" and the run's date relative to the page's (which shows the events that
    another rule dated after all: those the default does not decide)."""
    sentence = fact["sentence"]
    start = sentence.find(fact["text"])
    if start < 0:
        return
    end = start + len(fact["text"])
    if date_in_name(fact["name"]) or dates_in_clause(
        rules, sentence, start, end, doc_date, relative=True, deadlines=False, names=False
    ):
        return
    narrative = fact.get("speaker") is None
    spec = undated_class(rules, sentence, start, end, fact["kind"], narrative)
    name = spec.name if spec else "(none)"
    table[name][judged] += 1
    table[f"{name}/{'news' if narrative else 'speech'}"][judged] += 1
    if given:
        table[f"{name} given={relation(fact.get('date'), doc_date)}"][judged] += 1


def tabulate(
    facts: dict[str, dict],
    docs: dict[str, dict],
    judgements: list[dict],
    given: bool = False,
    only: set[str] | None = None,
) -> dict:
    """{row: Counter of judged relations} over the undated judged events; rows are the class,
    and the class with "/news" or "/speech". `only`: the fact ids counted (all by default)."""
    rules = installed_rules()
    table: dict[str, Counter] = defaultdict(Counter)
    for j in judgements:
        if not j.get("is_event") or j.get("date_verdict") in (None, "n/a"):
            continue
        fact = facts.get(j["fact_id"])
        doc = docs.get(j["doc_id"])
        if fact is None or doc is None or not doc.get("date"):
            continue
        if only is not None and fact["fact_id"] not in only:
            continue
        judged = relation(j.get("right_date"), doc["date"]) if j.get("scored") else "null"
        _count(rules, table, fact, doc["date"], judged, given)
    return table


def tabulate_gold(
    facts: dict[str, dict],
    docs: dict[str, dict],
    gold: list[dict],
    doc_ids: list[str],
    given: bool = False,
    only: set[str] | None = None,
) -> dict:
    """As `tabulate`, over the gold events of the pages `doc_ids`: on each page the run's event
    records (in the run's order) are matched to its gold events as `pipeline.evaluate` matches
    them, and a matched record is counted by its gold event's date. Optional gold events and
    unmatched records are left out; so are the records not in `only`, when given (after the
    matching, which reads every record)."""
    rules = installed_rules()
    table: dict[str, Counter] = defaultdict(Counter)
    gold_of: dict[str, list[dict]] = defaultdict(list)
    for g in gold:
        if g.get("type") == "event":
            gold_of[str(g.get("doc_id"))].append(g)
    run_of: dict[str, list[dict]] = defaultdict(list)
    for fact in facts.values():
        run_of[str(fact["doc_id"])].append(fact)
    for doc_id in dict.fromkeys(str(d) for d in doc_ids):
        doc = docs.get(doc_id)
        if doc is None or not doc.get("date"):
            continue
        golds = gold_of.get(doc_id, [])
        records, _ = dedup_events(run_of.get(doc_id, []))
        for gi, pi in _match_events(golds, records):
            if golds[gi].get("optional"):
                continue
            if only is not None and records[pi]["fact_id"] not in only:
                continue
            judged = relation(golds[gi].get("date"), doc["date"])
            _count(rules, table, records[pi], doc["date"], judged, given)
    return table


def reached(facts: dict[str, dict], other: dict[str, dict]) -> set[str]:
    """The ids of the records of `facts` whose date `other` (a run with every class's default
    moved) gives otherwise: the events whose date their class's default decides."""
    return {
        fid
        for fid, fact in facts.items()
        if fid in other and other[fid].get("date") != fact.get("date")
    }


def read_gold_sets(names: list[str], folder: str) -> tuple[list[dict], list[str]]:
    """The gold events and page ids of the named sets of `folder`: gold-SET.jsonl (or, for a
    one-annotator set, single-SET.jsonl) and pages-SET.txt."""
    gold: list[dict] = []
    doc_ids: list[str] = []
    for name in names:
        path = Path(folder) / f"gold-{name}.jsonl"
        if not path.exists():
            path = Path(folder) / f"single-{name}.jsonl"
        gold += load_jsonl(path)
        doc_ids += read_doc_list(f"@{Path(folder) / f'pages-{name}.txt'}")
    return gold, doc_ids


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
    parser.add_argument("judgements", nargs="*")
    parser.add_argument(
        "--gold", nargs="+", metavar="SET", help="judge by the gold of these source sets"
    )
    parser.add_argument("--gold-dir", default="docs/judgements", help="where the gold sets are")
    parser.add_argument("--given", action="store_true", help="also rows by the date the run gives")
    parser.add_argument(
        "--reached",
        metavar="OTHER",
        help="facts of a run with every class's default moved: count only the records it dates"
        " otherwise",
    )
    parser.add_argument("--share", type=float, default=0.75)
    parser.add_argument("--least", type=int, default=10)
    parser.add_argument("--json", action="store_true", help="print the table as JSON")
    args = parser.parse_args(argv)
    if bool(args.gold) == bool(args.judgements):
        parser.error("give judgement files or --gold SET ..., not both")
    facts, docs = run_events_and_page_dates(args.facts, args.docs)
    only = None
    if args.reached:
        only = reached(facts, run_events_and_page_dates(args.reached, args.docs)[0])
    if args.gold:
        gold, doc_ids = read_gold_sets(args.gold, args.gold_dir)
        table = tabulate_gold(facts, docs, gold, doc_ids, args.given, only)
    else:
        judgements = [j for path in args.judgements for j in load_jsonl(path)]
        table = tabulate(facts, docs, judgements, args.given, only)
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
