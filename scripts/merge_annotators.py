"""Merge two annotators' facts for a set of pages into one gold file.

Each annotator reads every page alone, by ``../shared/gold/GUIDELINE.md``. Their facts are
paired the way the scorer pairs a prediction with a gold fact (``pipeline.evaluate``: values
within the guideline's tolerance, events by the Dice overlap of their names), then:

- a fact both gave is firm, unless either doubted it (``"optional": true``);
- a fact only one gave is optional (neutral when scored: neither found nor missed);
- a scored field (qualifier, speaker, period, change, date) the two set differently is left
  ``null``, so that neither reading is scored; where one date refines the other ("2019-10" and
  "2019-10-08") the coarser is kept, which both readings satisfy.

The other fields (text, value, unit, high, kind) are the first annotator's; ``annotators`` says
who gave the fact (``both``, ``a``, ``b``). An event name of over seven words is written as its
sorted content words (all the scorer reads of it). Over the 35 gold sets under
``docs/judgements`` with both annotators' files, this merge gives the same facts, the same
optional marks and the same names; it differs where the earlier merges were adjudicated by a
third reader (a disagreeing date or speaker settled, about 1 fact in 25; the unscored ``kind``).

Input: one JSON-lines file per annotator, or one file whose records carry ``"annotator"``;
output: the merged gold, and with ``--tagged`` the two annotators' records in one file, each
tagged, as ``docs/judgements/annotators-SET.jsonl`` holds them::

    python scripts/merge_annotators.py A.jsonl B.jsonl -o gold-SET.jsonl \
        --tagged annotators-SET.jsonl
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from pipeline.evaluate import (
    FIELDS,
    TYPES,
    _match_events,
    _match_values,
    content_words,
    field_correct,
    load_jsonl,
)

# a longer event name is stored as its sorted content words: the scorer reads only those, and a
# gold file kept in the repository holds no run of an archive page's words
LONG_NAME_WORDS = 7


def _merged_field(field: str, first: Any, second: Any) -> Any:
    """The merged value of a scored field: the shared reading, the coarser of two dates one of
    which refines the other, else None (the annotators disagree: not scored)."""
    if first is None or second is None:
        return None if first != second else first
    if field_correct(field, first, second):
        return first
    if field_correct(field, second, first):
        return second
    return None


def merge(first: list[dict], second: list[dict]) -> list[dict]:
    """The merged gold of two annotators' facts, page by page in the first's order of pages,
    each page's facts in the order of the first annotator, then the second's unpaired ones."""
    pages: list[str] = []
    for record in (*first, *second):
        if record["doc_id"] not in pages:
            pages.append(record["doc_id"])
    merged: list[dict] = []
    for doc_id in pages:
        for fact_type in TYPES:
            a = [r for r in first if r["doc_id"] == doc_id and r["type"] == fact_type]
            b = [r for r in second if r["doc_id"] == doc_id and r["type"] == fact_type]
            if fact_type == "event":
                pairs = _match_events(a, b)
            else:
                pairs = _match_values(fact_type, a, b)
            partner = dict(pairs)
            for ai, record in enumerate(a):
                out = {k: v for k, v in record.items() if k != "annotator"}
                if ai in partner:
                    other = b[partner[ai]]
                    for field in FIELDS:
                        if field in record or field in other:
                            out[field] = _merged_field(field, record.get(field), other.get(field))
                    out["optional"] = bool(record.get("optional") or other.get("optional"))
                    out["annotators"] = "both"
                else:
                    out["optional"] = True
                    out["annotators"] = "a"
                merged.append(out)
            paired_b = set(partner.values())
            for bi, record in enumerate(b):
                if bi not in paired_b:
                    out = {k: v for k, v in record.items() if k != "annotator"}
                    out["optional"] = True
                    out["annotators"] = "b"
                    merged.append(out)
    return merged


def _short_names(records: list[dict]) -> list[dict]:
    """The records with every event name of over `LONG_NAME_WORDS` words as its content words."""
    out = []
    for record in records:
        text = record.get("text") or ""
        if record.get("type") == "event" and len(text.split()) > LONG_NAME_WORDS:
            record = {**record, "text": " ".join(sorted(content_words(text)))}
        out.append(record)
    return out


def _write(path: Path, records: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> int:
    """Command line: see the module's docstring."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="+", help="A.jsonl B.jsonl, or one tagged file")
    parser.add_argument("-o", "--output", required=True, help="the merged gold (JSON lines)")
    parser.add_argument("--tagged", help="also write both annotators' records, tagged A and B")
    args = parser.parse_args(argv)
    if len(args.inputs) == 2:
        first, second = (load_jsonl(path) for path in args.inputs)
    elif len(args.inputs) == 1:
        records = load_jsonl(args.inputs[0])
        names = sorted({r.get("annotator") for r in records} - {None})
        if len(names) != 2:
            parser.error(f"a tagged file needs records of two annotators, found {names}")
        first = [r for r in records if r.get("annotator") == names[0]]
        second = [r for r in records if r.get("annotator") == names[1]]
    else:
        parser.error("give two annotators' files, or one tagged file")
    for records in (first, second):
        for record in records:
            record["doc_id"] = str(record["doc_id"])
    _write(Path(args.output), _short_names(merge(first, second)))
    if args.tagged:
        tagged = [{**r, "annotator": "A"} for r in first]
        tagged += [{**r, "annotator": "B"} for r in second]
        _write(Path(args.tagged), _short_names(tagged))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
