"""The records that differ between two runs of `extract`, for reading every change a rule makes.

    # event records added, removed or changed, pages of a hidden sample left out
    python scripts/diff_runs.py BEFORE/facts.jsonl AFTER/facts.jsonl --hidden HIDDEN_IDS.txt
    # every type (a check that a rule touched only what it should)
    python scripts/diff_runs.py BEFORE/facts.jsonl AFTER/facts.jsonl --type all
    # only the count of changed records, by type and change
    python scripts/diff_runs.py BEFORE/facts.jsonl AFTER/facts.jsonl --type all --count
    # across a schema change: fields left out of the comparison (a new field, the version)
    python scripts/diff_runs.py BEFORE AFTER --ignore event_key --ignore schema_version

Records are matched by document, type and start offset (a fact's id depends on its fields, so a
changed date gives a new id). Each line says ADDED, REMOVED or CHANGED (with the fields that
changed, before -> after) and the sentence, for reading against the page. The last line counts
the changed records; the exit code is 0 whether or not any changed.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Iterable, Iterator

Key = tuple[str, str, int]


def load(
    path: str,
    types: frozenset[str] | None,
    hidden: frozenset[str],
    ignored: Iterable[str] = (),
) -> dict[Key, dict]:
    """The records of a facts file by (document, type, start), of `types` (None: all) and
    outside the `hidden` documents, without the `ignored` fields."""
    records: dict[Key, dict] = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            if record["doc_id"] in hidden or (types is not None and record["type"] not in types):
                continue
            for field in ignored:
                record.pop(field, None)
            records[(record["doc_id"], record["type"], record["start"])] = record
    return records


def _order(key: Key) -> tuple:
    doc_id, kind, start = key
    return (int(doc_id) if doc_id.isdigit() else -1, doc_id, kind, start)


def changes(before: dict[Key, dict], after: dict[Key, dict]) -> Iterator[tuple[str, Key, dict]]:
    """("ADDED" | "REMOVED" | "CHANGED", key, detail) for each record that differs, in document
    order; a change's detail maps each differing field to its (before, after) values."""
    for key in sorted(before.keys() | after.keys(), key=_order):
        old, new = before.get(key), after.get(key)
        if old == new:
            continue
        if old is None:
            yield "ADDED", key, new
        elif new is None:
            yield "REMOVED", key, old
        else:
            fields = sorted(old.keys() | new.keys())
            diff = {f: (old.get(f), new.get(f)) for f in fields if old.get(f) != new.get(f)}
            yield "CHANGED", key, diff


def _hidden(paths: Iterable[str]) -> frozenset[str]:
    ids: set[str] = set()
    for path in paths:
        with open(path, encoding="utf-8") as f:
            ids.update(line.strip() for line in f if line.strip())
    return frozenset(ids)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", help="facts.jsonl of the run before")
    parser.add_argument("after", help="facts.jsonl of the run after")
    parser.add_argument(
        "--type",
        action="append",
        help="a fact type to compare (repeatable; default event; 'all' for every type)",
    )
    parser.add_argument(
        "--hidden",
        action="append",
        default=[],
        help="a text file of document ids (one a line) left out of the comparison",
    )
    parser.add_argument("--count", action="store_true", help="print only the counts")
    parser.add_argument(
        "--ignore",
        action="append",
        default=[],
        metavar="FIELD",
        help="a field left out of the comparison (repeatable: a field a schema change added)",
    )
    args = parser.parse_args()
    chosen = args.type or ["event"]
    types = None if "all" in chosen else frozenset(chosen)
    hidden = _hidden(args.hidden)
    before = load(args.before, types, hidden, args.ignore)
    after = load(args.after, types, hidden, args.ignore)
    counts: Counter[tuple[str, str]] = Counter()
    for change, key, detail in changes(before, after):
        counts[(key[1], change)] += 1
        if args.count:
            continue
        record = after.get(key) or before[key]
        shown = detail if change == "CHANGED" else {f: detail.get(f) for f in ("kind", "date")}
        print(change, *key, repr(record.get("text")), shown, "|", record.get("sentence", "")[:300])
    for (kind, change), n in sorted(counts.items()):
        print(f"{kind} {change}: {n}")
    print(f"{sum(counts.values())} changed records ({len(hidden)} hidden documents left out)")


if __name__ == "__main__":
    main()
