"""Would the archive's page titles date the events a run leaves undated? A measured experiment.

    python scripts/title_calendar.py FACTS.jsonl DOCS.jsonl docs/judgements/events-*.jsonl \\
        [--exclude-docs ../shared/gold/dev_docs.txt] [--within DAYS] [--list]

Issue 12 suggests knowledge the archive holds: its page titles name thousands of events, each on
the day of its page. This script builds that calendar from a run's document records and asks, for
every judged event of the judgements files, what the calendar would give: the date of the titled
page nearest in time to the event's own page, among the pages whose title holds every content word
of the event's name (at least two such words; numbers and stop words left out; the event's own page
and the excluded documents never count). It changes no record: it prints, for the events the run
leaves undated, how many the calendar would date and how many of those dates the judges' date
allows (the page's day, or its year, refining the judged date), and how many events the judges left
undated (`right_date` null) it would date all the same, which is the cost of a wrong date.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

STOP_WORDS = frozenset("a an and at by for from in of on the to with".split())
_WORD = re.compile(r"\w+")
_POSSESSIVE = re.compile(r"['’]s\b")


def content_words(text: str) -> frozenset[str]:
    """The lower-cased words of `text` without numbers ("12th" too), possessive endings and stop
    words."""
    words = _WORD.findall(_POSSESSIVE.sub("", text.lower()))
    return frozenset(w for w in words if w not in STOP_WORDS and not any(c.isdigit() for c in w))


@dataclass(frozen=True)
class TitledPage:
    """One document of the calendar: its id, date ("YYYY-MM-DD") and its title's content words."""

    doc_id: str
    date: str
    words: frozenset[str]


def _day_number(date: str) -> int:
    year, month, day = (int(part) for part in date.split("-"))
    return year * 372 + month * 31 + day


def calendar_date(
    pages: Iterable[TitledPage],
    name: str,
    doc_id: str,
    doc_date: str,
    min_words: int = 2,
    max_days: int | None = None,
) -> str | None:
    """The date of the page nearest to `doc_date` whose title holds every content word of the
    event's `name` (None when the name has fewer than `min_words` content words, or no such title
    is within `max_days` of `doc_date` when it is given); the event's own page `doc_id` is left
    out, the earlier page wins a tie."""
    words = content_words(name)
    if len(words) < min_words:
        return None
    here = _day_number(doc_date)
    best: tuple[int, str] | None = None
    for page in pages:
        if page.doc_id == doc_id or not words <= page.words:
            continue
        candidate = (abs(_day_number(page.date) - here), page.date)
        if best is None or candidate < best:
            best = candidate
    if best is None or (max_days is not None and best[0] > max_days):
        return None
    return best[1]


def allows(right_date: str | None, predicted: str | None) -> bool:
    """A predicted date is right when it equals the judged date or refines it (guideline)."""
    return bool(right_date and predicted and predicted.startswith(right_date))


def _rows(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def measure(
    facts: list[dict],
    docs: list[dict],
    judgements: list[dict],
    excluded: frozenset[str],
    max_days: int | None = None,
) -> tuple[Counter, list[tuple]]:
    """Counts of what the calendar would give the judged events, and one row per judged event
    the run leaves undated (doc_id, name, judged date, the calendar's date)."""
    pages = [
        TitledPage(d["doc_id"], d["date"], content_words(d.get("title") or ""))
        for d in docs
        if d.get("date") and d["doc_id"] not in excluded
    ]
    dates = {d["doc_id"]: d.get("date") for d in docs}
    events = {(f["doc_id"], f["start"]): f for f in facts if f["type"] == "event"}
    counts: Counter = Counter()
    rows = []
    for judged in judgements:
        fact = events.get((judged["doc_id"], judged["start"]))
        if not judged.get("is_event") or fact is None or fact["date"] is not None:
            continue
        doc_date = dates.get(judged["doc_id"])
        found = doc_date and calendar_date(
            pages, fact["name"] or "", judged["doc_id"], doc_date, max_days=max_days
        )
        right = judged.get("right_date")
        group = "judged undated" if right is None else "judged dated"
        counts[group, "events"] += 1
        if found:
            counts[group, "dated by the calendar"] += 1
            counts[group, "right (the page's day)"] += allows(right, found)
            counts[group, "right (the page's year)"] += allows(right, found[:4])
        rows.append((judged["doc_id"], fact["name"], right, found or None))
    return counts, rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("facts")
    parser.add_argument("docs")
    parser.add_argument("judgements", nargs="+")
    parser.add_argument("--exclude-docs", default=None, help="a file of document ids, one a line")
    parser.add_argument(
        "--within", type=int, default=None, help="only titled pages this many days off (about)"
    )
    parser.add_argument("--list", action="store_true", help="also print each undated event")
    args = parser.parse_args()
    excluded: frozenset[str] = frozenset()
    if args.exclude_docs:
        with open(args.exclude_docs, encoding="utf-8") as f:
            excluded = frozenset(line.strip() for line in f if line.strip())
    judgements = [row for path in args.judgements for row in _rows(path)]
    counts, rows = measure(_rows(args.facts), _rows(args.docs), judgements, excluded, args.within)
    if args.list:
        for row in rows:
            print("\t".join(str(value) for value in row))
    for (group, what), n in sorted(counts.items()):
        print(f"{group}\t{what}\t{n}")


if __name__ == "__main__":
    main()
