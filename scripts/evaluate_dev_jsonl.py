"""The development pages as JSON lines: do they give the same facts as the HTML pages?

    python scripts/evaluate_dev_jsonl.py [--shared ../shared] [--archive NEWS_FOLDER]
                                         [--half tune|held|all] [--out /tmp/dev-pages.jsonl]
                                         [--verbose]

Reads every page of gold/dev_docs.txt with the HTML reader, writes its cleaned text (lead and
body paragraphs, speaker labels inline as printed: "President of Russia Vladimir Putin: ...")
with its id, title, date, url and place as one JSON line of a file under /tmp (never in the
project), and runs `extract` on the pages and on that file. The JSON lines carry no turns: their
speakers come from the labels in the text alone. Prints, for all pages and each fixed half
(`pipeline.evaluate.split_halves`), the guideline's scores of both runs (strict F1, speaker
accuracy on matched facts) and how many facts of the JSON-lines run have the speaker of the same
fact (same document, type and offsets) from the HTML run. --half runs and scores one set only.
--verbose lists the facts whose speaker differs, for the `tune` half only (never look at `held`
to write rules).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from pipeline.evaluate import evaluate, load_jsonl, read_doc_list, split_halves
from pipeline.ingest import load_source
from pipeline.runner import run
from pipeline.speech import Speech

ROOT = Path(__file__).resolve().parents[1]


def write_pages_as_jsonl(pages: list[Path], target: Path) -> int:
    """One JSON line per page: id, title, date, url, place and the cleaned text, no turns."""
    written = 0
    with target.open("w", encoding="utf-8") as out:
        for page in pages:
            for item in load_source(str(page)):
                if not isinstance(item, Speech):
                    print(f"{page}: not an article ({item})", file=sys.stderr)
                    continue
                record = {
                    "id": item.doc_id,
                    "title": item.title,
                    "date": item.date,
                    "url": item.url,
                    "place": item.place,
                    "text": item.text,
                }
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                written += 1
    return written


def speaker_agreement(html: list[dict], jsonl: list[dict], ids: set[str]) -> tuple[int, int, list]:
    """(same, total, differing): facts of both runs at the same place, and whether their speaker
    and speaker_source agree."""
    by_place = {(f["doc_id"], f["type"], f["start"], f["end"]): f for f in html}
    same, total, differing = 0, 0, []
    for fact in jsonl:
        if fact["doc_id"] not in ids:
            continue
        other = by_place.get((fact["doc_id"], fact["type"], fact["start"], fact["end"]))
        if other is None:
            continue
        total += 1
        if other["speaker"] == fact["speaker"]:
            same += 1
        else:
            differing.append((fact["doc_id"], fact["text"], other["speaker"], fact["speaker"]))
    return same, total, differing


def _line(name: str, result: dict) -> str:
    scores = result["scores"]["all"]
    speaker = scores["fields"]["speaker"]
    return (
        f"{name:<6} P {scores['precision']:.3f}  R {scores['recall']:.3f}  F1 {scores['f1']:.3f}  "
        f"strict F1 {scores['strict_f1']:.3f}  speaker {speaker['correct']}/{speaker['total']}"
        f" {speaker['accuracy']:.3f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--archive", type=Path, default=None)
    parser.add_argument(
        "--out", type=Path, default=None, help="keep the JSON-lines file here (under /tmp)"
    )
    parser.add_argument(
        "--half",
        choices=("tune", "held", "all"),
        default=None,
        help="run and score one set only (default: the whole set, then each half)",
    )
    parser.add_argument("--verbose", action="store_true", help="list differing speakers (tune)")
    args = parser.parse_args()
    every = read_doc_list(f"@{args.shared / 'gold' / 'dev_docs.txt'}")
    sets = {"all": every, **split_halves(every)}
    if args.half:
        sets = {args.half: sets[args.half]}
    ids = sets.get("all") or next(iter(sets.values()))
    gold = load_jsonl(args.shared / "gold" / "dev.jsonl")
    with tempfile.TemporaryDirectory() as tmp:
        news = args.archive
        if news is None:
            subprocess.run(
                ["tar", "-xJf", str(args.shared / "kremlin-en.tar.xz"), "-C", tmp], check=True
            )
            news = Path(tmp) / "kremlin-en" / "news"
        pages = [news / f"{i}.html" for i in ids]
        jsonl = args.out or Path(tmp) / "dev-pages.jsonl"
        count = write_pages_as_jsonl(pages, jsonl)
        html_facts = Path(tmp) / "html.facts.jsonl"
        jsonl_facts = Path(tmp) / "jsonl.facts.jsonl"
        run([str(p) for p in pages], str(html_facts), errors_out=str(html_facts) + ".err")
        run([str(jsonl)], str(jsonl_facts), errors_out=str(jsonl_facts) + ".err")
        html, from_jsonl = load_jsonl(html_facts), load_jsonl(jsonl_facts)
    print(f"{count} pages written as JSON lines to {jsonl if args.out else 'a temporary file'}")
    for name, chosen in sets.items():
        by_html = evaluate(gold, html, chosen)
        by_jsonl = evaluate(gold, from_jsonl, chosen)
        gap = by_html["scores"]["all"]["strict_f1"] - by_jsonl["scores"]["all"]["strict_f1"]
        same, total, differing = speaker_agreement(html, from_jsonl, set(chosen))
        print(f"=== {name}: {len(chosen)} pages ===")
        print(_line("html", by_html))
        print(_line("jsonl", by_jsonl))
        print(f"strict F1 gap (html - jsonl): {gap:+.3f}")
        share = same / total if total else 1.0
        print(f"same speaker as the HTML run: {same}/{total} facts {share:.3f}")
        if args.verbose and name == "tune":
            for row in differing:
                print("SPEAKER", *row)
        print()


if __name__ == "__main__":
    main()
