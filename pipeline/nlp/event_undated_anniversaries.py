"""Dates for anniversaries that every other rule left undated (issue 12 round dv).

An anniversary is dated by `event_dates._anniversary_date` (its base year plus its number, a
date or a time phrase of its clause, the cues of its clause), by the page-level rules of
`events` and by the undated classes of `event_defaults`. Two kinds stay undated there although
the page says the year; both are read here, only for an anniversary nothing else dated:

- `listed_reading` (events.json's `anniversary_list_links`): an anniversary listed
  after another one in its sentence ("This year we celebrate the 30th anniversary of the Lake
  Treaty, and also the 20th anniversary of the Pine Council"): what the list's clause says
  before its first item (the time phrase, the cue of celebrating) is said of every item, while
  a list link ("and also") bounds the later item's own clause. The sentence is read as if the
  anniversary stood where the list begins (the items before it, with whatever is said of them
  alone, cut out), by the same rules as any anniversary's sentence (`event_dates.event_date`).
- `written_base_year_date` (events.json's `anniversary_written_base_year`): an anniversary of
  a named object ("the 300th anniversary of Lakeland") whose base year the page writes in a
  sentence naming that object ("the history of Lakeland ... from 1731"): that year plus the
  number, where it is the only such sum within the window around the page's year.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.nlp.rules import NEVER_MATCHES, Rules, compiled_from_rules, phrase_alternation
from pipeline.nlp.temporal import MONTH_PATTERN, doc_year

__all__ = ["list_start", "listed_reading", "object_words", "written_base_year_date"]


@compiled_from_rules
def _list_link(ruleset: Rules) -> re.Pattern:
    """events.json's `anniversary_list_links`: what may stand between two anniversaries of one
    list, whole (a comma, semicolon or colon and/or one of `conjunctions`, maybe one of
    `adverbs`, maybe one of `determiners`; at least a mark or a conjunction)."""
    rules = ruleset.get("events", required=("heads",)).get("anniversary_list_links", {})
    conjunctions = rules.get("conjunctions", [])
    if not conjunctions:
        return NEVER_MATCHES
    adverbs = rules.get("adverbs", [])
    determiners = rules.get("determiners", [])
    marks = re.escape("".join(rules.get("marks", [","])))
    conj = rf"(?:{phrase_alternation(conjunctions)})"
    adv = rf"(?:\s+(?:{phrase_alternation(adverbs)}))?" if adverbs else ""
    det = rf"(?:(?:{phrase_alternation(determiners)})\s*)?" if determiners else ""
    # each stretch of spaces read once, after the word or mark it follows: three optional
    # stretches side by side made a long run of spaces cost quadratic time
    return re.compile(
        rf"\s*(?:[{marks}]\s*(?:{conj}{adv}\s*)?|{conj}{adv}\s*){det}",
        re.IGNORECASE,
    )


def list_start(ruleset: Rules, sentence: str, start: int, spans: Iterable[tuple[int, int]]) -> int:
    """Where the list that the anniversary at sentence[start:] ends begins: the start of the
    first anniversary (of `spans`, each (start, end) in the sentence) joined to it by list
    links, item by item; `start` itself when none is."""
    link = _list_link(ruleset)
    by_end = sorted(spans, key=lambda s: s[1])
    first = start
    while True:
        before = [s for s in by_end if s[1] <= first and s[0] < first]
        linked = [s for s in before if link.fullmatch(sentence, s[1], first)]
        if not linked:
            return first
        first = linked[-1][0]


def listed_reading(
    ruleset: Rules,
    sentence: str,
    start: int,
    end: int,
    spans: Iterable[tuple[int, int]],
    others: Iterable[tuple[int, int]] = (),
) -> tuple[str, int, int, tuple[tuple[int, int], ...]] | None:
    """The sentence of the anniversary named at sentence[start:end], listed after others
    (`spans`: the other anniversaries of the sentence), read as if it stood where the list
    begins: the list's earlier items, with whatever is said of them alone, cut out ("This year
    the town marks the 30th anniversary of X, and also the 20th anniversary of Y" is read "This
    year the town marks the 20th anniversary of Y"). (text, start, end, the spans of `others`
    that are left, moved as the text is), or None when it is listed after none, or without
    events.json's `anniversary_list_links`."""
    first = list_start(ruleset, sentence, start, spans)
    if first >= start:
        return None
    cut = start - first
    moved = tuple(
        (s, e) if e <= first else (s - cut, e - cut) for s, e in others if e <= first or s >= end
    )
    return sentence[:first] + sentence[start:], first, end - cut, moved


@compiled_from_rules
def _base_year_rule(
    ruleset: Rules,
) -> tuple[frozenset[str], int, int, re.Pattern, int, re.Pattern] | None:
    """events.json's `anniversary_written_base_year`: (words that name no object, years before
    and after the page's year the sum may fall, a pattern of what may not stand right before a
    base year: a month or a day, so the year belongs to a written date; the least number of
    years counted; what must stand right before a year of three digits, "in 753", lest a count
    of things be read as one); None without it."""
    rules = ruleset.get("events", required=("heads",)).get("anniversary_written_base_year")
    if not rules:
        return None
    not_before = (
        rf"(?:\b{MONTH_PATTERN}\s+(?:\d{{1,2}}(?:\s*[–—-]\s*\d{{1,2}})?,?\s+)?|\d\s*[–—-]\s*)$"
    )
    return (
        frozenset(w.lower() for w in rules.get("not_object_words", [])),
        int(rules.get("years_before", 0)),
        int(rules.get("years_after", 0)),
        re.compile(not_before, re.IGNORECASE),
        int(rules.get("min_number", 1)),
        re.compile(rf"\b(?:{phrase_alternation(rules['short_year_leads'])})\s+$", re.IGNORECASE)
        if rules.get("short_year_leads")
        else NEVER_MATCHES,
    )


_OBJECT = re.compile(r"\b(?:of|since)\s+(.+)$")
_CAPITALISED = re.compile(r"\b[A-Z][\w’'-]*")
_YEAR = re.compile(r"(?<![\w.,/-])(1\d{3}|20\d{2}|[1-9]\d{2})(?![\w%/]|[.,]\d|\s*[–—-]\s*\d)")


def object_words(ruleset: Rules, name: str) -> list[str]:
    """The capitalised words of what an anniversary is of ("Lakeland" in "300th anniversary of
    Lakeland"), less events.json's `anniversary_written_base_year.not_object_words`; none when
    the name says no "of"/"since"."""
    rule = _base_year_rule(ruleset)
    found = _OBJECT.search(name)
    if rule is None or not found:
        return []
    skip = rule[0]
    words = []
    for word in _CAPITALISED.findall(found.group(1)):
        word = re.sub(r"[’']s$", "", word)
        if word.lower() not in skip and word not in words:
            words.append(word)
    return words


def written_base_year_date(
    ruleset: Rules,
    name: str,
    number: int | None,
    sentences: Iterable[tuple[str, list[tuple[int, int]]]],
    doc_date: str | None,
) -> str | None:
    """The year of an anniversary counting `number` years of a named object whose base year
    the page writes: in one of `sentences` (each with the spans of the event names in it,
    whose years are theirs) that holds every word of `object_words`, a year before the page's
    that is no part of a written date or a span of years, the year plus `number` within the
    rule's window around the page's year; None unless exactly one such sum is found, for fewer
    years than the rule's `min_number`, or without the rule."""
    rule = _base_year_rule(ruleset)
    year = doc_year(doc_date)
    if rule is None or not number or year is None or _YEAR.search(name):
        return None
    words = object_words(ruleset, name)
    _, before, after, not_before, least, short_lead = rule
    if not words or number < least:
        return None  # "the second anniversary": any recent year of the object would do
    sums = set()
    for text, names in sentences:
        if not all(re.search(rf"\b{re.escape(w)}\b", text) for w in words):
            continue
        for m in _YEAR.finditer(text):
            if any(s <= m.start() < e for s, e in names):
                continue
            if not_before.search(text, max(0, m.start() - 30), m.start()):
                continue
            if len(m.group(1)) < 4 and not short_lead.search(
                text, max(0, m.start() - 12), m.start()
            ):
                continue  # "its 999 schools": a count, not a year
            total = int(m.group(1)) + number
            # a base year is before the page's ("in 2033" on a page of 2031 is no base)
            if int(m.group(1)) < year and year - before <= total <= year + after:
                sums.add(total)
    return str(sums.pop()) if len(sums) == 1 else None
