"""The date an event takes when nothing dates it: a default per class of its sentence's cues.

`event_dates` and the page-level rules of `events` date an event from a phrase (a date written
out, "today", "last year"), from a cue ("is taking place", "the upcoming ...") or from the page.
An event none of them dates is classed by the cues of its first mention (events.json's
`undated_event_classes`, issue 12 round ac) and takes its class's default: the page's day,
month or year, or nothing. The classes are read in order, the first that fits wins:

- `kinds`: the event's kind is one of these (`not_kinds`: it is none of these);
- `narrative`: true for a news report's sentence only (outside any speaker's turn), false for a
  speaker's only;
- `before`: one of these phrases stands before the name in its sentence (at most
  `before_chars` characters before it, when given); `clause`: one of these phrases is in the
  name's clause (`event_dates.clause_bounds`); `not_clause`: none of these is.

The defaults were learned from the adjudicated samples of events (docs/accuracy.md, issue 12
round ac): a class takes a date only where at least three quarters of its judged events (at
least ten) agree with it, the others stay null (the guideline's "null otherwise").
"""

from __future__ import annotations

import datetime
import json
import re
from dataclasses import dataclass

from pipeline.nlp.event_dates import clause_bounds, dates_in_clause
from pipeline.nlp.rules import NEVER_MATCHES, Rules, compiled_from_rules, phrase_alternation

__all__ = [
    "UndatedClass",
    "previous_sentence_year",
    "undated_class",
    "undated_default",
    "undated_classes",
]

_PRECISION = {"day": 10, "month": 7, "year": 4}


@dataclass(frozen=True)
class UndatedClass:
    name: str
    kinds: frozenset[str]
    not_kinds: frozenset[str]
    narrative: bool | None
    before: re.Pattern
    before_chars: int
    clause: re.Pattern
    not_clause: re.Pattern
    default: str | None


def relation_to_page(value: str | None, doc_date: str) -> str:
    """A date relative to its page's date: "day", "month" or "year" when it is the page's day,
    month or year, "null" when there is none, "other" otherwise (the columns of the judged
    tables of scripts/undated_event_classes.py and scripts/page_day_event_classes.py)."""
    if value is None:
        return "null"
    for name, size in _PRECISION.items():
        if value == doc_date[:size] and len(doc_date) >= size:
            return name
    return "other"


def run_events_and_page_dates(
    facts_path: str, docs_path: str
) -> tuple[dict[str, dict], dict[str, dict]]:
    """A run's event records by fact id, and each document's `{"date": ...}` by doc id: what
    the judged-date tables of scripts/undated_event_classes.py and
    scripts/page_day_event_classes.py read (only the event lines are parsed)."""
    facts = {}
    with open(facts_path, encoding="utf-8") as lines:
        for line in lines:
            if '"type":"event"' in line or '"type": "event"' in line:
                fact = json.loads(line)
                facts[fact["fact_id"]] = fact
    docs = {}
    with open(docs_path, encoding="utf-8") as lines:
        for line in lines:
            doc = json.loads(line)
            docs[doc["doc_id"]] = {"date": doc.get("date")}
    return facts, docs


def _alternation(phrases) -> re.Pattern | None:
    if not phrases:
        return None
    return re.compile(r"\b" + phrase_alternation(phrases) + r"(?!\w)", re.IGNORECASE)


@compiled_from_rules
def undated_classes(ruleset: Rules) -> tuple[UndatedClass, ...]:
    """The classes of events.json's `undated_event_classes`, in order (none without the key)."""
    rules = ruleset.get("events", required=("heads",))
    out = []
    # issue 12 round ad: more `before` phrases of a class, by its name
    more_before = rules.get("undated_class_more_before", {})
    for spec in rules.get("undated_event_classes", {}).get("classes", []):
        default = spec.get("default")
        if default not in (None, *_PRECISION):
            raise ValueError(f"undated_event_classes: unknown default {default!r}")
        out.append(class_from_spec(spec, more_before.get(spec["name"], [])))
    return tuple(out)


def class_from_spec(spec: dict, more_before: list[str] | None = None) -> UndatedClass:
    """A class of the shape of `undated_event_classes`' entries, from its JSON object;
    more_before: further `before` phrases for it (`undated_class_more_before`, round ad)."""
    return UndatedClass(
        name=spec.get("name", ""),
        kinds=frozenset(spec.get("kinds", [])),
        not_kinds=frozenset(spec.get("not_kinds", [])),
        narrative=spec.get("narrative"),
        before=_alternation((spec.get("before") or []) + (more_before or []) or None),
        before_chars=int(spec.get("before_chars", 0)),
        clause=_alternation(spec.get("clause")),
        not_clause=_alternation(spec.get("not_clause")) or NEVER_MATCHES,
        default=spec.get("default"),
    )


@compiled_from_rules
def greeting_participants_class(ruleset: Rules) -> UndatedClass | None:
    """events.json's `greeting_participants_day` as a class (issue 12 round ag), or None."""
    spec = ruleset.get("events", required=("heads",)).get("greeting_participants_day")
    return class_from_spec(spec) if spec else None


def fits_class(
    ruleset: Rules,
    spec: UndatedClass,
    sentence: str,
    start: int,
    end: int,
    kind: str | None,
    narrative: bool,
) -> bool:
    """Whether the event named at sentence[start:end] fits the class `spec`."""
    bounds = clause_bounds(ruleset, sentence, start, end)
    return _fits(spec, sentence, start, bounds, kind, narrative)


def _fits(
    spec: UndatedClass,
    sentence: str,
    start: int,
    bounds: tuple[int, int],
    kind: str | None,
    narrative: bool,
) -> bool:
    if spec.kinds and kind not in spec.kinds:
        return False
    if kind in spec.not_kinds:
        return False
    if spec.narrative is not None and spec.narrative != narrative:
        return False
    lo, hi = bounds
    if spec.not_clause.search(sentence, lo, hi):
        return False
    if spec.before is not None:
        first = max(0, start - spec.before_chars) if spec.before_chars else 0
        if not spec.before.search(sentence[first:start]):
            return False
    if spec.clause is not None and not spec.clause.search(sentence, lo, hi):
        return False
    return True


def undated_class(
    ruleset: Rules,
    sentence: str,
    start: int,
    end: int,
    kind: str | None,
    narrative: bool,
) -> UndatedClass | None:
    """The first class of `undated_event_classes` that the event named at sentence[start:end]
    fits, or None (no class fits, or there are none)."""
    classes = undated_classes(ruleset)
    if not classes:
        return None
    bounds = clause_bounds(ruleset, sentence, start, end)
    for spec in classes:
        if _fits(spec, sentence, start, bounds, kind, narrative):
            return spec
    return None


def undated_default(spec: UndatedClass | None, doc_date: str | None) -> str | None:
    """The class's default for a page dated `doc_date`: the page's day, month or year, or None
    (no class, a null default, or a page not dated that precisely)."""
    if spec is None or spec.default is None or not doc_date:
        return None
    size = _PRECISION[spec.default]
    return doc_date[:size] if len(doc_date) >= size else None


_WEEKDAY_NUMBERS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}


@compiled_from_rules
def _weekday_cues(ruleset: Rules) -> tuple[re.Pattern, re.Pattern, int]:
    """events.json's `weekday_day_cues` (issue 12 round ai), compiled: a weekday after one of
    its leads anywhere; the same opening a sentence and set off by a comma; the window."""
    rules = ruleset.get("events", required=("heads",)).get("weekday_day_cues")
    if not rules or not rules.get("weekdays") or not rules.get("leads"):
        return NEVER_MATCHES, NEVER_MATCHES, 0
    days = "|".join(re.escape(d) for d in rules["weekdays"])
    leads = phrase_alternation(rules["leads"])
    openers = phrase_alternation(rules.get("openers", []) or rules["leads"])
    return (
        re.compile(rf"\b(?i:{leads})\s+({days})\b"),
        re.compile(rf"[\s\"“]*(?i:{openers})\s+({days})\s*,"),
        int(rules.get("window_days", 3)),
    )


def weekday_day(
    ruleset: Rules, sentence: str, start: int, end: int, doc_date: str | None
) -> str | None:
    """The day of the week that the clause of the event named at sentence[start:end] names
    ("to be held on Wednesday"), or that opens its sentence ("Earlier on Friday, ..."),
    resolved to the one nearest `doc_date` (events.json's `weekday_day_cues`, issue 12 round
    ai); None where the clause writes a date of its own or names no weekday."""
    anywhere, opening, window = _weekday_cues(ruleset)
    if not window or not doc_date or len(doc_date) < 10:
        return None
    lo, hi = clause_bounds(ruleset, sentence, start, end)
    found = [m for m in anywhere.finditer(sentence, lo, hi) if not start <= m.start() < end]
    if not found:
        first = opening.match(sentence)
        found = [first] if first is not None and first.end() <= start else []
    if len(found) != 1 or dates_in_clause(ruleset, sentence, start, end, doc_date):
        return None
    try:
        day = datetime.date.fromisoformat(doc_date[:10])
    except ValueError:
        return None
    delta = (_WEEKDAY_NUMBERS[found[0].group(1).lower()] - day.weekday()) % 7
    if delta > window:
        delta -= 7
    if abs(delta) > window:
        return None
    return (day + datetime.timedelta(days=delta)).isoformat()


@dataclass(frozen=True)
class _YearFrames:
    frames: tuple[tuple[re.Pattern, int, re.Pattern | None], ...]
    any_frame: re.Pattern
    written_year: re.Pattern
    not_sentence: re.Pattern
    not_kinds: frozenset[str]


@compiled_from_rules
def _previous_year_frames(ruleset: Rules) -> _YearFrames | None:
    """events.json's `previous_sentence_year_frames` (issue 12 round dn), compiled; None
    without the key."""
    rules = ruleset.get("events", required=("heads",)).get("previous_sentence_year_frames")
    if not rules or not rules.get("frames"):
        return None
    tenses = {name: _alternation(words) for name, words in rules.get("tenses", {}).items()}
    frames, phrases = [], []
    for frame in rules["frames"]:
        phrases.extend(frame["phrases"])
        needs = frame.get("needs")
        if needs is not None and tenses.get(needs) is None:
            raise ValueError(f"previous_sentence_year_frames: unknown tense {needs!r}")
        # "next year's budget" speaks of a thing of that year, not of the year as a frame
        pattern = re.compile(
            r"\b" + phrase_alternation(frame["phrases"]) + r"\b(?!['’]s\b)", re.IGNORECASE
        )
        frames.append((pattern, int(frame["years"]), tenses.get(needs) if needs else None))
    return _YearFrames(
        frames=tuple(frames),
        any_frame=_alternation(phrases) or NEVER_MATCHES,
        written_year=re.compile(r"\b(?:1[5-9]|20)\d{2}\b"),
        not_sentence=_alternation(rules.get("not_sentence")) or NEVER_MATCHES,
        not_kinds=frozenset(rules.get("not_kinds", [])),
    )


def previous_sentence_year(
    ruleset: Rules, previous: str | None, sentence: str, kind: str | None, doc_date: str | None
) -> str | None:
    """The year that the sentence before an undated event's sentence, in the same paragraph,
    frames it by ("This year the Lake Fund will back 40 events. The biggest one will be the
    Pine Cup."; events.json's `previous_sentence_year_frames`, issue 12 round dn): the
    page's year moved by the frame's `years`, where `previous` holds one frame phrase and no
    written year, the event's sentence holds none of either (nor one of `not_sentence`), and,
    for a frame that `needs` a tense, the event's sentence speaks in it and not in the other
    ("Next year ... The Pine Cup will ..."). None otherwise, for a kind of `not_kinds`, or
    without the key."""
    rule = _previous_year_frames(ruleset)
    if rule is None or not previous or kind in rule.not_kinds:
        return None
    if not doc_date or len(doc_date) < 4 or not doc_date[:4].isdigit():
        return None
    if rule.any_frame.search(sentence) or rule.written_year.search(sentence):
        return None
    if rule.written_year.search(previous) or rule.not_sentence.search(sentence):
        return None
    found = [(years, needs) for pattern, years, needs in rule.frames if pattern.search(previous)]
    if len(found) != 1:
        return None
    years, needs = found[0]
    if needs is not None:
        others = [n for _, _, n in rule.frames if n is not None and n is not needs]
        if not needs.search(sentence) or any(o.search(sentence) for o in others):
            return None
    return str(int(doc_date[:4]) + years)
