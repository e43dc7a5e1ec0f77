"""Seeded samples for judging subjects, scopes and series by hand, and their scores.

    # 200 money and percentage facts of a whole-archive run, for two readers
    python scripts/sample_facts.py facts FACTS.jsonl --docs DOCS.jsonl -n 200 --seed 2027 \\
        -o SAMPLE.jsonl
    # the same, none of the facts judged before
    python scripts/sample_facts.py facts FACTS.jsonl --docs DOCS.jsonl -n 200 --seed 2040 \\
        --exclude docs/judgements/subjects-*.jsonl -o SAMPLE.jsonl
    # 100 facts that have a scope (scope precision on more than the few of a plain sample)
    python scripts/sample_facts.py facts FACTS.jsonl --docs DOCS.jsonl --only scope -n 100 \
        --seed 2027 -o SCOPES.jsonl
    # 100 points of `speechfacts series` output, and its 50 largest restatements
    python scripts/sample_facts.py points SERIES.jsonl -n 100 --seed 2027 -o POINTS.jsonl
    python scripts/sample_facts.py restatements SERIES.jsonl -n 50 -o RESTATED.jsonl
    # 60 event facts for judging names and dates, none from the dev pages or earlier samples
    python scripts/sample_facts.py events FACTS.jsonl --docs DOCS.jsonl -n 60 --seed 20121215 \
        --exclude-docs ../shared/gold/dev_docs.txt --exclude docs/judgements/events-*.jsonl \
        -o EVENTS.jsonl
    # event dates of a run against an adjudicated judgements file (right_date per event)
    python scripts/sample_facts.py dates JUDGEMENTS.jsonl FACTS.jsonl
    # the same over several judgements files: each file's score and their total
    python scripts/sample_facts.py dates docs/judgements/events-*.jsonl FACTS.jsonl
    # a run's subjects against an adjudicated subjects file: those kept with the judged key,
    # how many of them are right, and the judged ones the run no longer gives (right or wrong)
    python scripts/sample_facts.py subjects docs/judgements/subjects-2043.jsonl FACTS.jsonl
    # scores of a judgements file (one JSON object per judged item)
    python scripts/sample_facts.py score JUDGEMENTS.jsonl

A sample file holds what a reader needs (the sentence, the document's title, place and
participants): it quotes the archive and stays out of the repository. A judgements file keeps
only ids, offsets, the short extracted values and the verdicts (docs/judgements/).

Judgements of events: `scored` true where the fact is an event whose date can be judged,
`right_date` the date the page supports ("YYYY", "YYYY-MM", "YYYY-MM-DD" or null). A run's date
is right when it equals `right_date` or refines it ("2019-10-08" for "2019-10"), as the guideline
scores dates; an event a run no longer extracts counts as wrong.

Judgements of facts: `subject_ok` true/false (null when the fact has no subject), `scope_ok`
true/false (null when its scope is null). Scores: coverage = facts with a subject / facts;
subject precision = subject_ok true / subjects; scope precision = scope_ok true / scopes. Points:
`belongs` true/false. Restatements: `verdict` "real" or "error".
"""

from __future__ import annotations

import argparse
import json
import random
import sys

from pipeline.evaluate import field_correct

TYPES = ("money", "percentage")


def _read(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _write(rows: list[dict], path: str) -> None:
    text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    if path == "-":
        sys.stdout.write(text)
    else:
        with open(path, "w", encoding="utf-8") as out:
            out.write(text)


def sample_facts(
    facts: list[dict],
    docs: dict[str, dict],
    n: int,
    seed: int,
    only: str | None = None,
    exclude: frozenset[str] = frozenset(),
) -> list[dict]:
    """n facts of TYPES drawn with `seed` (in file order before the draw), with what a reader
    needs to judge them; `only` = "subject" or "scope": among the facts that have one; facts
    whose id is in `exclude` (judged in an earlier sample) are left out of the draw."""
    pool = [
        f
        for f in facts
        if f["type"] in TYPES and (only is None or f[only]) and f["fact_id"] not in exclude
    ]
    chosen = random.Random(seed).sample(pool, min(n, len(pool)))
    rows = []
    for k, fact in enumerate(chosen, 1):
        doc = docs.get(fact["doc_id"], {})
        rows.append(
            {
                "n": k,
                "doc_id": fact["doc_id"],
                "fact_id": fact["fact_id"],
                "start": fact["start"],
                "end": fact["end"],
                "type": fact["type"],
                "figure": fact["text"],
                "subject": fact["subject"],
                "subject_key": fact["subject_key"],
                "scope": fact["scope"],
                "sentence": fact["sentence"],
                "title": doc.get("title"),
                "place": doc.get("place"),
                "participants": [p["label"] for p in doc.get("participants") or []],
            }
        )
    return rows


def sample_events(
    facts: list[dict], docs: dict[str, dict], n: int, seed: int, exclude: frozenset[str]
) -> list[dict]:
    """n event facts drawn with `seed` (in file order before the draw) from documents not in
    `exclude` (dev pages, pages of earlier samples), with what a reader needs to judge them."""
    pool = [f for f in facts if f["type"] == "event" and f["doc_id"] not in exclude]
    chosen = random.Random(seed).sample(pool, min(n, len(pool)))
    rows = []
    for k, fact in enumerate(chosen, 1):
        doc = docs.get(fact["doc_id"], {})
        rows.append(
            {
                "i": k - 1,
                "doc_id": fact["doc_id"],
                "fact_id": fact["fact_id"],
                "start": fact["start"],
                "end": fact["end"],
                "name": fact["text"],
                "kind": fact.get("kind"),
                "date": fact.get("date"),
                "sentence": fact["sentence"],
                "title": doc.get("title"),
                "doc_date": doc.get("date"),
                "url": doc.get("url"),
            }
        )
    return rows


def date_is_right(predicted: str | None, right: str | None) -> bool:
    """The guideline's rule, as `speechfacts evaluate` scores it (`field_correct`): equal, or a
    refinement of the right date; with no right date, right only when none is given either."""
    if right is None:
        return predicted is None
    return field_correct("date", right, predicted)


def score_dates(judgements: list[dict], facts: list[dict]) -> dict:
    """Right dates of a run over the scored events of a judgements file, matched by fact id,
    else by document and start offset."""
    events = {}
    for f in facts:
        if f["type"] == "event":
            events[f["fact_id"]] = f
            events[(f["doc_id"], f["start"])] = f
    scored = [j for j in judgements if j.get("scored")]
    right = 0
    for j in scored:
        fact = events.get(j["fact_id"]) or events.get((j["doc_id"], j["start"]))
        right += fact is not None and date_is_right(fact.get("date"), j["right_date"])
    return {"events": len(scored), "right": right, "share": round(right / max(1, len(scored)), 3)}


def score_dates_of_files(judgements: dict[str, list[dict]], facts: list[dict]) -> dict:
    """`score_dates` of each judgements file (by its name) and of all of them together."""
    files = {name: score_dates(rows, facts) for name, rows in judgements.items()}
    events = sum(s["events"] for s in files.values())
    right = sum(s["right"] for s in files.values())
    total = {"events": events, "right": right, "share": round(right / max(1, events), 3)}
    return {"files": files, "total": total}


def score_subjects(judgements: list[dict], facts: list[dict]) -> dict:
    """A run's subjects against an adjudicated subjects file, matched by fact id.

    A judged subject the run still gives under the same key is `kept` (and `right` when judged
    right); one the run gives under another key is `changed`: its verdict no longer applies, and
    it counts as not right until judged again; one the run no longer gives is `removed`, counted
    apart as right or wrong so that a refusal that drops right subjects shows."""
    keys = {f["fact_id"]: f.get("subject_key") for f in facts}
    kept = right = changed = removed_right = removed_wrong = 0
    for j in judgements:
        if j.get("subject_key") is None:
            continue
        key = keys.get(j["fact_id"])
        if key is None:
            removed_right += bool(j["subject_ok"])
            removed_wrong += not j["subject_ok"]
        elif key != j["subject_key"]:
            changed += 1
        else:
            kept += 1
            right += bool(j["subject_ok"])
    return {
        "kept": kept,
        "right": right,
        "precision": round(right / max(1, kept + changed), 3),
        "changed": changed,
        "removed_right": removed_right,
        "removed_wrong": removed_wrong,
    }


def sample_points(
    series: list[dict], n: int, seed: int, exclude: frozenset[str] = frozenset()
) -> list[dict]:
    """n points of all series drawn with `seed`, each with its series key (and its span, where
    the series have one); points whose fact id is in `exclude` (judged in an earlier sample) are
    left out of the draw."""
    pool = []
    for s in series:
        for p in s["points"]:
            if p.get("fact_id") in exclude:
                continue
            key = {k: s[k] for k in ("subject_key", "scope", "unit", "measure", "span") if k in s}
            pool.append(
                key
                | {
                    k: p.get(k)
                    for k in (
                        "fact_id",
                        "doc_id",
                        "year",
                        "value",
                        "qualifier",
                        "subject",
                        "sentence",
                    )
                }
            )
    chosen = random.Random(seed).sample(pool, min(n, len(pool)))
    return [{"n": k} | row for k, row in enumerate(chosen, 1)]


def largest_restatements(series: list[dict], n: int) -> list[dict]:
    """The n restatements with the largest gap over all series."""
    found = []
    for s in series:
        key = {k: s[k] for k in ("subject_key", "scope", "unit", "measure")}
        for r in s["restatements"]:
            found.append(key | {"year": r["year"], "gap": r["gap"], "a": r["a"], "b": r["b"]})
    found.sort(key=lambda r: (-r["gap"], r["subject_key"], r["year"], r["a"]["fact_id"]))
    return [{"n": k} | row for k, row in enumerate(found[:n], 1)]


def score(rows: list[dict]) -> dict:
    result = {}
    if rows and "subject_ok" in rows[0]:
        # sample files carry the subject phrase; judgements files only its key
        with_subject = [r for r in rows if r.get("subject") or r.get("subject_key")]
        scoped = [r for r in rows if r.get("scope")]
        result = {
            "facts": len(rows),
            "with_subject": len(with_subject),
            "coverage": round(len(with_subject) / len(rows), 3),
            "subject_right": sum(bool(r["subject_ok"]) for r in with_subject),
            "subject_precision": round(
                sum(bool(r["subject_ok"]) for r in with_subject) / max(1, len(with_subject)), 3
            ),
            "with_scope": len(scoped),
            "scope_right": sum(bool(r["scope_ok"]) for r in scoped),
            "scope_precision": round(
                sum(bool(r["scope_ok"]) for r in scoped) / max(1, len(scoped)), 3
            ),
        }
    elif rows and "belongs" in rows[0]:
        right = sum(bool(r["belongs"]) for r in rows)
        result = {"points": len(rows), "belong": right, "share": round(right / len(rows), 3)}
    elif rows and "verdict" in rows[0]:
        verdicts = [r["verdict"] for r in rows]
        result = {v: verdicts.count(v) for v in sorted(set(verdicts))}
    return result


def _ids(paths: list[str], field: str) -> frozenset[str]:
    """The `field` values ("fact_id", "doc_id") of every row of the JSON-lines files `paths`."""
    return frozenset(row[field] for path in paths for row in _read(path))


def _add_exclude(parser: argparse.ArgumentParser, what: str) -> None:
    """The --exclude option: sample or judgement files whose `what` are not drawn again."""
    parser.add_argument(
        "--exclude",
        nargs="+",
        action="extend",
        default=[],
        help=f"sample or judgement files (JSON lines) whose {what} are not drawn again",
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="what", required=True)
    p = sub.add_parser("facts")
    p.add_argument("facts")
    p.add_argument("--docs", required=True)
    p.add_argument("--only", choices=("subject", "scope"), help="draw among facts with one")
    _add_exclude(p, "facts (by fact_id)")
    p.add_argument("-n", type=int, default=200)
    p.add_argument("--seed", type=int, required=True)
    p.add_argument("-o", "--output", default="-")
    p = sub.add_parser("points")
    p.add_argument("series")
    _add_exclude(p, "points (by fact_id)")
    p.add_argument("-n", type=int, default=100)
    p.add_argument("--seed", type=int, required=True)
    p.add_argument("-o", "--output", default="-")
    p = sub.add_parser("restatements")
    p.add_argument("series")
    p.add_argument("-n", type=int, default=50)
    p.add_argument("-o", "--output", default="-")
    p = sub.add_parser("events")
    p.add_argument("facts")
    p.add_argument("--docs", required=True)
    p.add_argument(
        "--exclude-docs",
        action="append",
        default=[],
        help="a text file of document ids (one a line) whose events are not drawn",
    )
    _add_exclude(p, "pages (by doc_id)")
    p.add_argument("-n", type=int, default=60)
    p.add_argument("--seed", type=int, required=True)
    p.add_argument("-o", "--output", default="-")
    p = sub.add_parser("dates")
    p.add_argument("judgements", nargs="+", help="one or more adjudicated events-*.jsonl files")
    p.add_argument("facts")
    p = sub.add_parser("subjects")
    p.add_argument("judgements", help="an adjudicated subjects-*.jsonl file")
    p.add_argument("facts")
    p = sub.add_parser("score")
    p.add_argument("judgements")
    args = parser.parse_args()
    if args.what == "facts":
        docs = {d["doc_id"]: d for d in _read(args.docs)}
        exclude = _ids(args.exclude, "fact_id")
        rows = sample_facts(_read(args.facts), docs, args.n, args.seed, args.only, exclude)
        _write(rows, args.output)
    elif args.what == "points":
        exclude = _ids(args.exclude, "fact_id")
        _write(sample_points(_read(args.series), args.n, args.seed, exclude), args.output)
    elif args.what == "events":
        docs = {d["doc_id"]: d for d in _read(args.docs)}
        excluded = set()
        for path in args.exclude_docs:
            with open(path, encoding="utf-8") as f:
                excluded.update(line.strip() for line in f if line.strip())
        excluded.update(_ids(args.exclude, "doc_id"))
        rows = sample_events(_read(args.facts), docs, args.n, args.seed, frozenset(excluded))
        _write(rows, args.output)
    elif args.what == "dates":
        facts = _read(args.facts)
        if len(args.judgements) == 1:
            result = score_dates(_read(args.judgements[0]), facts)
        else:
            result = score_dates_of_files({p: _read(p) for p in args.judgements}, facts)
        print(json.dumps(result, indent=2))
    elif args.what == "subjects":
        print(json.dumps(score_subjects(_read(args.judgements), _read(args.facts)), indent=2))
    elif args.what == "restatements":
        _write(largest_restatements(_read(args.series), args.n), args.output)
    else:
        print(json.dumps(score(_read(args.judgements)), indent=2))


if __name__ == "__main__":
    main()
