"""Time `speechfacts load` on synthetic fact records, into SQLite, PostgreSQL and/or DuckDB.

    python scripts/bench_load.py --facts 1000000                     # SQLite only
    python scripts/bench_load.py --facts 1000000 --pg postgresql://speechfacts@127.0.0.1:PORT/postgres
    python scripts/bench_load.py --facts 1000000 --duckdb --no-sqlite   # DuckDB only
    python scripts/bench_load.py --facts-file all.facts.jsonl --docs-file all.docs.jsonl --pg URL

Writes N fact records that match the fact schema (the four types in turn, `--per-doc` facts per
document) and one short document record per document, then runs the real command line, as a
user would, once into an empty database and once more into the same one (the idempotent reload:
every document's facts replaced). With --facts-file the given files are timed instead.
PostgreSQL runs go into a fresh schema (search_path), dropped at the end unless --keep.
Prints one line per run; docs/benchmarks-load.md records the figures.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TYPES = ("money", "percentage", "country_count", "event")


def schema_version() -> str:
    """The version the records must carry (read from the shipped schema, without spaCy)."""
    from pipeline.schemas import load_schema

    return load_schema("fact")["properties"]["schema_version"]["const"]


def fact_id(doc_id: str, fact_type: str, start: int, end: int) -> str:
    # the same recipe as pipeline.records.fact_id, without importing spaCy
    return hashlib.sha1(f"{doc_id}\x1f{fact_type}\x1f{start}\x1f{end}".encode()).hexdigest()[:16]


def synthetic_fact(i: int, per_doc: int) -> dict:
    doc = i // per_doc
    doc_id = f"bench-{doc}"
    fact_type = TYPES[i % len(TYPES)]
    start = (i % per_doc) * 40
    year = 2000 + doc % 21
    record = {
        "schema_version": SCHEMA_VERSION,
        "fact_id": fact_id(doc_id, fact_type, start, start + 12),
        "doc_id": doc_id,
        "doc_date": f"{year}-{1 + doc % 12:02d}-{1 + doc % 28:02d}",
        "type": fact_type,
        "text": "about 12 units",
        "start": start,
        "end": start + 12,
        "sentence": f"Synthetic sentence number {i} with about 12 units in {year - 1}.",
        "speaker": f"Speaker {doc % 50}",
        "speaker_source": "turn",
        "value": None,
        "high": None,
        "unit": None,
        "qualifier": None,
        "change": None,
        "period": year - 1 if i % 3 else None,
        "per": None,
        "subject": None,
        "subject_key": None,
        "scope": None,
        "event": None,
        "name": None,
        "kind": None,
        "date": None,
    }
    if fact_type == "event":
        record.update(name=f"Synthetic Forum {doc % 100}", kind="forum", date=str(year))
        record["period"] = None
    else:
        unit = {"money": "USD", "percentage": "percent", "country_count": "country"}[fact_type]
        value = (i % 1000) * 1_000_000 if fact_type == "money" else i % 100
        record.update(value=value, unit=unit, qualifier="approx")
        if fact_type == "percentage":
            record["change"] = ("increase", "decrease", None)[i % 3]
    return record


def synthetic_document(doc: int, per_doc: int) -> dict:
    counts = {t: 0 for t in TYPES}
    for i in range(doc * per_doc, (doc + 1) * per_doc):
        counts[TYPES[i % len(TYPES)]] += 1
    year = 2000 + doc % 21
    return {
        "schema_version": SCHEMA_VERSION,
        "doc_id": f"bench-{doc}",
        "title": f"Synthetic document {doc}",
        "date": f"{year}-{1 + doc % 12:02d}-{1 + doc % 28:02d}",
        "place": None,
        "url": None,
        "source": f"bench/{doc}.html",
        "speakers": [f"Speaker {doc % 50}"],
        "participants": [{"name": f"Speaker {doc % 50}", "label": f"Minister Speaker {doc % 50}"}],
        "word_count": 400,
        "fact_counts": counts,
        "text": "Synthetic text. " * 100,
    }


def write_files(folder: Path, n: int, per_doc: int) -> tuple[Path, Path]:
    facts, docs = folder / "facts.jsonl", folder / "docs.jsonl"
    with facts.open("w", encoding="utf-8") as out:
        for i in range(n):
            out.write(json.dumps(synthetic_fact(i, per_doc), separators=(",", ":")) + "\n")
    with docs.open("w", encoding="utf-8") as out:
        for doc in range((n + per_doc - 1) // per_doc):
            out.write(json.dumps(synthetic_document(doc, per_doc), separators=(",", ":")) + "\n")
    return facts, docs


def count_lines(path: Path) -> int:
    with path.open("rb") as lines:
        return sum(1 for _ in lines)


def time_load(facts: Path, docs: Path | None, url: str, batch_size: int) -> float:
    command = [sys.executable, "-m", "pipeline.cli", "load", str(facts), "--db", url, "-q"]
    command += ["--batch-size", str(batch_size)]
    if docs is not None:
        command += ["--docs", str(docs)]
    started = time.perf_counter()
    subprocess.run(command, check=True)
    return time.perf_counter() - started


def pg_schema(base: str, name: str, create: bool) -> str:
    import psycopg

    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA IF EXISTS {name} CASCADE")
        if create:
            conn.execute(f"CREATE SCHEMA {name}")
    separator = "&" if "?" in base else "?"
    return f"{base}{separator}options=-csearch_path%3D{name}"


SCHEMA_VERSION = schema_version()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=int, default=1_000_000, help="synthetic facts")
    parser.add_argument("--per-doc", type=int, default=10, help="synthetic facts per document")
    parser.add_argument("--facts-file", type=Path, help="time this facts file instead")
    parser.add_argument("--docs-file", type=Path, help="with --facts-file: its documents")
    parser.add_argument("--batch-size", type=int, default=10_000)
    parser.add_argument("--pg", metavar="URL", help="also load into this PostgreSQL server")
    parser.add_argument("--duckdb", action="store_true", help="also load into a DuckDB file")
    parser.add_argument("--no-sqlite", action="store_true")
    parser.add_argument("--keep", action="store_true", help="keep the databases and files")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="speechfacts-bench-load-"))
    try:
        if args.facts_file:
            facts, docs = args.facts_file, args.docs_file
        else:
            started = time.perf_counter()
            facts, docs = write_files(work, args.facts, args.per_doc)
            print(f"generated {args.facts:,} facts in {time.perf_counter() - started:.1f} s")
        n_facts = count_lines(facts)
        n_docs = count_lines(docs) if docs else 0
        size = facts.stat().st_size + (docs.stat().st_size if docs else 0)
        print(f"input: {n_facts:,} facts, {n_docs:,} documents, {size / 1e6:,.1f} MB")
        targets = []
        if not args.no_sqlite:
            targets.append(("sqlite", f"sqlite:///{work / 'bench.db'}"))
        if args.pg:
            targets.append(("postgres", pg_schema(args.pg, f"bench_{os.getpid()}", create=True)))
        if args.duckdb:
            targets.append(("duckdb", f"duckdb:///{work / 'bench.duckdb'}"))
        for name, url in targets:
            for run in ("empty database", "reload"):
                seconds = time_load(facts, docs, url, args.batch_size)
                rate = (n_facts + n_docs) / seconds
                print(f"{name:<9} {run:<15} {seconds:7.1f} s  {rate:10,.0f} lines/s")
            if name in ("sqlite", "duckdb"):
                megabytes = (
                    (work / f"bench.{'db' if name == 'sqlite' else 'duckdb'}").stat().st_size
                )
                print(f"{name:<9} {'file size':<15} {megabytes / 1e6:7.1f} MB")
        if args.pg and not args.keep:
            pg_schema(args.pg, f"bench_{os.getpid()}", create=False)
    finally:
        if args.keep:
            print(f"kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
