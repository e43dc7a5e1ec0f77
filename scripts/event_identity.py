"""Event records, names and keys (`event_key`) per year and kind: how many rows, how many ways
of naming, how many events by the key.

    python scripts/event_identity.py FACTS [--docs DOCS] [--kind K] [--year Y]
        [--hidden IDS.txt] [--by event|doc] [--list] [--sample N --seed S --out FILE
        [--exclude SAMPLE.jsonl]]

FACTS is a facts.jsonl of `extract` (schema 1.4 or later). The year is the event's own (the
first four characters of `date`, as the key reads it; records without one count under '-'),
or with `--by doc` the year of the document (`doc_date`; with `--docs`, the docs file's `date`
where a record has none). `--list` prints each key with its names and record counts, and the
records without a key, for reading. `--hidden` leaves out the documents listed (one id a line).
`--sample N --seed S --out FILE` also writes N keys (of the records chosen) that group records of
two documents or more, drawn with `random.Random(S)` from the sorted keys, one JSON line a key
with its records (doc_id, name, date, sentence), for reading whether each is one occurrence.
`--exclude` (repeatable) leaves out of the draw the keys of an earlier sample file (its lines'
"key") and any key holding one of that file's records (doc_id and name), so that a fresh sample
shares no key and no record with it.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import defaultdict


def _ids(path: str | None) -> set[str]:
    if not path:
        return set()
    with open(path, encoding="utf-8") as f:
        return {line.strip() for line in f if line.strip()}


def main() -> None:
    intro, _, rest = __doc__.partition("\n\n")
    parser = argparse.ArgumentParser(
        description=" ".join(intro.split()),
        epilog=rest,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("facts", help="facts.jsonl of `extract` (schema 1.4 or later)")
    parser.add_argument("--docs", help="docs.jsonl of the run, for documents' dates")
    parser.add_argument("--kind", action="append", help="an event kind (repeatable)")
    parser.add_argument(
        "--year",
        action="append",
        help="a year, the event's or the document's (see --by; repeatable)",
    )
    parser.add_argument(
        "--hidden",
        action="append",
        default=[],
        metavar="IDS.txt",
        help="a file of document ids to leave out, one id a line (repeatable)",
    )
    parser.add_argument(
        "--by",
        choices=("event", "doc"),
        default="event",
        help="which year a record counts in: 'event' (default), the year of its `date`, when the "
        "event is (the key's year; no date: '-'); 'doc', the year of its document (`doc_date`, "
        "or the --docs file's date), when it was spoken of",
    )
    parser.add_argument("--list", action="store_true", help="print each key and its names")
    parser.add_argument("--sample", type=int, help="keys of 2+ documents to write to --out")
    parser.add_argument("--seed", type=int, default=0, help="the sample's seed")
    parser.add_argument("--out", help="the sample's file (JSON lines)")
    parser.add_argument(
        "--exclude",
        action="append",
        default=[],
        metavar="SAMPLE.jsonl",
        help="an earlier sample file: its keys, and keys holding its records, are not drawn "
        "(repeatable)",
    )
    args = parser.parse_args()
    if args.sample and not args.out:
        parser.error("--sample needs --out")
    hidden = set().union(*(_ids(p) for p in args.hidden)) if args.hidden else set()
    doc_dates: dict[str, str] = {}
    if args.docs:
        with open(args.docs, encoding="utf-8") as f:
            for line in f:
                doc = json.loads(line)
                if doc.get("date"):
                    doc_dates[doc["doc_id"]] = doc["date"]
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    with open(args.facts, encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            if record["type"] != "event" or record["doc_id"] in hidden:
                continue
            if "event_key" not in record:
                parser.error(f"{args.facts}: records have no event_key (schema before 1.4)")
            if args.kind and record["kind"] not in args.kind:
                continue
            if args.by == "event":
                when = record["date"]
            else:
                when = record["doc_date"] or doc_dates.get(record["doc_id"])
            year = (when or "-")[:4]
            if args.year and year not in args.year:
                continue
            groups[(year, record["kind"])].append(record)
    print("year\tkind\trecords\tdocuments\tnames\tkeys\tkeyed\tkeys_2docs")
    for (year, kind), records in sorted(groups.items()):
        keyed = [r for r in records if r["event_key"]]
        docs_of: dict[str, set] = defaultdict(set)
        for r in keyed:
            docs_of[r["event_key"]].add(r["doc_id"])
        print(
            year,
            kind,
            len(records),
            len({r["doc_id"] for r in records}),
            len({r["name"] for r in records}),
            len(docs_of),
            len(keyed),
            sum(len(d) >= 2 for d in docs_of.values()),
            sep="\t",
        )
        if not args.list:
            continue
        names: dict[str | None, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for r in records:
            names[r["event_key"]][r["name"]] += 1
        for key in sorted(names, key=lambda k: (k is None, k or "")):
            shown = "; ".join(f"{n} x{c}" for n, c in sorted(names[key].items()))
            print(f"    {key}  <=  {shown}")
    if args.sample:
        write_sample(groups, args.sample, args.seed, args.out, _excluded(args.exclude))


def _excluded(paths: list[str]) -> tuple[set[str], set[tuple[str, str]]]:
    """The keys of earlier sample files and their records as (doc_id, name)."""
    keys: set[str] = set()
    records: set[tuple[str, str]] = set()
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    row = json.loads(line)
                    keys.add(row["key"])
                    records.update((r["doc_id"], r["name"]) for r in row.get("records", []))
    return keys, records


def write_sample(
    groups: dict,
    n: int,
    seed: int,
    out: str,
    excluded: tuple[set[str], set[tuple[str, str]]] = (set(), set()),
) -> None:
    """N keys of 2+ documents (seeded draw from the sorted keys) with their records to `out`;
    the `excluded` keys, and keys holding an `excluded` record, are not drawn."""
    by_key: dict[str, list[dict]] = defaultdict(list)
    for records in groups.values():
        for r in records:
            if r["event_key"]:
                by_key[r["event_key"]].append(r)
    old_keys, old_records = excluded
    keys = sorted(
        k
        for k, rs in by_key.items()
        if len({r["doc_id"] for r in rs}) >= 2
        and k not in old_keys
        and not any((r["doc_id"], r["name"]) in old_records for r in rs)
    )
    chosen = sorted(random.Random(seed).sample(keys, min(n, len(keys))))
    with open(out, "w", encoding="utf-8") as f:
        for key in chosen:
            records = [
                {k: r[k] for k in ("doc_id", "name", "date", "sentence")}
                for r in sorted(by_key[key], key=lambda r: (r["doc_date"] or "", r["doc_id"]))
            ]
            f.write(json.dumps({"key": key, "records": records}, ensure_ascii=False) + "\n")
    print(f"{len(chosen)} of {len(keys)} keys of 2+ documents -> {out}")


if __name__ == "__main__":
    main()
