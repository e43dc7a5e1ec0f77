"""Events a page may report as happening on its own day, by class, against judged dates.

    # every adjudicated sample of events but the hidden one, against a run's facts and documents
    python scripts/page_day_event_classes.py FACTS.jsonl DOCS.jsonl \\
        docs/judgements/events-2012120*.jsonl docs/judgements/events-2012121*.jsonl \\
        docs/judgements/events-2012122[0-5].jsonl

Issue 12, round ae. For each judged event (`is_event`, a scored date verdict) that the run still
extracts, the sentence of its record is put in the first class it fits (`classify`):

- `range`: the sentence writes a range of days that holds the page's day ("on May 16-18" on a
  page of May 17);
- `greeting`: a greeting word ("greetings", "message", "welcome", "congratulated" ...) and an
  addressee word ("participants", "guests", "organisers", "delegates" ...) at most
  `WINDOW` characters before the name, an event that is no anniversary, holiday, war or election;
- `anniversary_greeted`: an anniversary with a greeting or congratulation word before it in its
  sentence (a check: these should keep the page's month where the readers gave it);
- `today`: "today", "tonight", "this morning" in the sentence;
- `under_way`: "under way", "is taking place", "is being held", "currently", "in full swing" ...;
- `opened`: "opened", "opening", "has begun", "kicked off" ...;
- `attended`: a news report's sentence in which someone attended, addressed, visited, took part
  in, spoke at, toured or viewed something before the name;
- everything else is not counted.

Each class's rows count the readers' date relative to the page's date (null, the page's day,
month or year, another date; `undated_event_classes.relation`) by the date the run gives
(`given=...`), and the share of the class the page's day would agree with: judged the day itself
(`day`), and judged the day or the page's month (`day|month`, which the guideline's refinement
rule scores right). With `--gold`, the files are gold pages (`gold-*.jsonl`, the dev pages'
`dev.jsonl`) instead: each gold event with a date is matched to the run's event of its page that
shares most content words with it (at least one), and counted by its gold date. `--docs-list`
keeps the gold events of the pages listed (one id a line; `--half tune` keeps the tune half of
them, `pipeline.evaluate.split_halves`). Prints counts only, never the archive's words.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict

from pipeline.evaluate import load_jsonl
from pipeline.nlp.event_defaults import relation_to_page, run_events_and_page_dates

COLUMNS = ("null", "day", "month", "year", "other")
WINDOW = 160
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH_NUMBER = {m: i + 1 for i, m in enumerate(MONTHS.split("|"))}
_RANGES = (
    re.compile(rf"\b(?P<m>{MONTHS})\s+(?P<a>\d{{1,2}})\s*(?:[-–—]|to|and)\s*(?P<b>\d{{1,2}})\b"),
    re.compile(rf"\b(?P<a>\d{{1,2}})\s*(?:[-–—]|to|and)\s*(?P<b>\d{{1,2}})\s+(?P<m>{MONTHS})\b"),
)
_GREETING = re.compile(r"\b(greetings?|message|welcome|congratulat\w*)\b", re.I)
_ADDRESSEE = re.compile(
    r"\b(participants?|guests|organi[sz]ers|delegates|attendees|contestants|"
    r"(?:all|those) taking part)\b",
    re.I,
)
_TODAY = re.compile(r"\b(today|tonight|this morning|this evening)\b", re.I)
_UNDER_WAY = re.compile(
    r"\b(under ?way|is taking place|are taking place|is being held|are being held|currently|"
    r"in full swing|is hosting|are hosting)\b",
    re.I,
)
_OPENED = re.compile(
    r"\b(opened|opens|opening|has begun|have begun|has started|kicked off|kicks off)\b", re.I
)
_ATTENDED = re.compile(
    r"\b(attended|addressed|visited|took part in|spoke at|toured|viewed|inspected)\b", re.I
)
NOT_GREETED_KINDS = frozenset({"anniversary", "holiday", "war", "election"})


relation = relation_to_page  # the judged or given date relative to the page's


def range_holds_day(sentence: str, doc_date: str) -> bool:
    """Whether the sentence writes a range of days of one month that holds the page's day."""
    if len(doc_date) < 10:
        return False
    month, day = int(doc_date[5:7]), int(doc_date[8:10])
    for pattern in _RANGES:
        for m in pattern.finditer(sentence):
            a, b = int(m["a"]), int(m["b"])
            if _MONTH_NUMBER[m["m"]] == month and a < b and a <= day <= b:
                return True
    return False


def classify(sentence: str, start: int, kind: str | None, narrative: bool, doc_date: str) -> str:
    """The first class the event named at sentence[start:] fits, or "" (none)."""
    before = sentence[max(0, start - WINDOW) : start]
    if range_holds_day(sentence, doc_date):
        return "range"
    if kind not in NOT_GREETED_KINDS and _GREETING.search(before) and _ADDRESSEE.search(before):
        return "greeting"
    if kind == "anniversary" and _GREETING.search(sentence[:start]):
        return "anniversary_greeted"
    if kind in ("anniversary", "war"):
        return ""
    if _TODAY.search(sentence):
        return "today"
    if _UNDER_WAY.search(sentence):
        return "under_way"
    if _OPENED.search(sentence):
        return "opened"
    if narrative and _ATTENDED.search(before):
        return "attended"
    return ""


def _count(table: dict, fact: dict, doc_date: str, right_date: str | None) -> None:
    """Count one judged event in `table` under its class (none: not counted), by the date the
    run gave it and the right one, each relative to the page's date."""
    sentence = fact["sentence"]
    start = sentence.find(fact["text"])
    if start < 0:
        return
    name = classify(sentence, start, fact.get("kind"), fact.get("speaker") is None, doc_date)
    if not name:
        return
    judged = relation(right_date, doc_date)
    table[name]["all"][judged] += 1
    table[name][f"given={relation(fact.get('date'), doc_date)}"][judged] += 1


def tabulate(facts: dict[str, dict], docs: dict[str, dict], judgements: list[dict]) -> dict:
    """{class: {given relation: Counter of judged relations}} over the scored judged events."""
    table: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for j in judgements:
        if not j.get("is_event") or not j.get("scored"):
            continue
        fact = facts.get(j["fact_id"])
        doc = docs.get(j["doc_id"])
        if fact is None or doc is None or not doc.get("date"):
            continue
        _count(table, fact, doc["date"], j.get("right_date"))
    return table


def tabulate_gold(by_doc: dict[str, list[dict]], docs: dict[str, dict], gold: list[dict]) -> dict:
    """As `tabulate`, for gold events: each matched to its page's event of most shared words."""
    from pipeline.evaluate import content_words

    table: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for g in gold:
        doc = docs.get(g.get("doc_id"))
        if g.get("type") != "event" or doc is None or not doc.get("date"):
            continue
        words = content_words(g.get("text"))
        fact = max(
            by_doc.get(g["doc_id"], []),
            key=lambda f: len(words & content_words(f.get("name") or f["text"])),
            default=None,
        )
        if fact is None or not words & content_words(fact.get("name") or fact["text"]):
            continue
        _count(table, fact, doc["date"], g.get("date"))
    return table


def archive_counts(facts: dict[str, dict], docs: dict[str, dict]) -> dict[str, Counter]:
    """{class: Counter of the run's dates relative to the page's} over every event record."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for fact in facts.values():
        doc = docs.get(fact["doc_id"])
        if doc is None or not doc.get("date"):
            continue
        sentence = fact["sentence"]
        start = sentence.find(fact["text"])
        if start < 0:
            continue
        narrative = fact.get("speaker") is None
        name = classify(sentence, start, fact.get("kind"), narrative, doc["date"])
        if name:
            counts[name][relation(fact.get("date"), doc["date"])] += 1
    return counts


def shares(counts: Counter) -> tuple[int, float, float]:
    """n, the share judged the page's day, the share judged its day or month."""
    n = sum(counts[c] for c in COLUMNS)
    if not n:
        return 0, 0.0, 0.0
    return n, counts["day"] / n, (counts["day"] + counts["month"]) / n


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("facts")
    parser.add_argument("docs")
    parser.add_argument("judgements", nargs="*")
    parser.add_argument(
        "--archive", action="store_true", help="count every event of the run by class and date"
    )
    parser.add_argument("--gold", action="store_true", help="the files are gold pages")
    parser.add_argument("--docs-list", help="gold events of these pages only")
    parser.add_argument("--half", choices=("tune", "held"), help="of --docs-list")
    args = parser.parse_args(argv)
    facts, docs = run_events_and_page_dates(args.facts, args.docs)
    if args.archive:
        counts = archive_counts(facts, docs)
        print("| class | null | day | month | year | other | n |")
        print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
        for name in sorted(counts):
            cells = " | ".join(str(counts[name][c]) for c in COLUMNS)
            print(f"| {name} | {cells} | {sum(counts[name].values())} |")
        return 0
    judgements = [j for path in args.judgements for j in load_jsonl(path)]
    if args.gold:
        if args.docs_list:
            from pipeline.evaluate import split_halves

            with open(args.docs_list, encoding="utf-8") as f:
                ids = [line.strip() for line in f if line.strip()]
            keep = set(split_halves(ids)[args.half] if args.half else ids)
            judgements = [g for g in judgements if g.get("doc_id") in keep]
        by_doc: dict[str, list[dict]] = defaultdict(list)
        for f in facts.values():
            by_doc[f["doc_id"]].append(f)
        table = tabulate_gold(by_doc, docs, judgements)
    else:
        table = tabulate(facts, docs, judgements)
    print("| class | given | null | day | month | year | other | n | judged day | day or month |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name in sorted(table):
        for given in sorted(table[name], key=lambda g: (g != "all", g)):
            counts = table[name][given]
            n, day, either = shares(counts)
            cells = " | ".join(str(counts[c]) for c in COLUMNS)
            print(f"| {name} | {given} | {cells} | {n} | {day:.0%} | {either:.0%} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
