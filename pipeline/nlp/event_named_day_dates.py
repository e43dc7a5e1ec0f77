"""Named days dated on the page: anniversaries held every year on one day, and a named day
greeted or reported on (moved out of `event_dates`, issue 12 rounds ak, ar, cx, df, dq).

- `fixed_day_anniversary`: a day held every year on one day (events.json's
  `fixed_day_anniversaries`: "Defender of the Fatherland Day" is 02-23) on its day of the
  page's year, or of the year nearest the page (rounds ak, ar; names added in round dq).
- `named_day_doc_day`, `may_date_named_day`: a named day ("the Day of Lake Unity") that a news
  report opens with or a greeting is sent on is on the document's day (events.json's
  `named_day_doc_day`, round cx; `named_day_greeted_on`, round df).
- `named_day_to_come`: a named day a greeting says is still to come is not dated by the page
  (round df).
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from pipeline.nlp.rules import (
    NEVER_MATCHES,
    Rules,
    compiled_from_rules,
    phrase_alternation,
    whole_words_pattern,
)


@compiled_from_rules
def _fixed_day_anniversaries(
    ruleset: Rules,
) -> tuple[tuple[re.Pattern, str, str, bool], ...]:
    """events.json's `fixed_day_anniversaries`: for each entry, a pattern of an anniversary's
    whole name ("80th anniversary of victory in the 1700-1721 Lake War"), with
    the yearly day ("05-09") and the first day of its run-up ("04-01"), both month-day, and
    whether the pattern is of the day's own names (the entry's `names`, round ar)."""
    year = r"(?:1[5-9]|20)\d{2}"
    span = rf"{year}\s*[–—-]\s*(?:{year}|\d{{2}})"
    found = []
    for entry in ruleset.get("events", required=("heads",)).get("fixed_day_anniversaries", []):
        tails = phrase_alternation(entry.get("tails", []))
        tail = (
            rf"(?:\s+(?:{phrase_alternation(entry.get('links', []))})\s+(?:the\s+)?"
            rf"(?:{span}\s+)?(?:{tails})(?:\s+of\s+{span})?)?"
            if tails
            else ""
        )
        pattern = re.compile(
            rf"(?i:anniversary\s+of\s+(?:the\s+)?(?:{phrase_alternation(entry['before'])}\s+)?"
            rf"{phrase_alternation(entry['heads'])}{tail})$"
        )
        found.append((pattern, entry["day"], entry["run_up_from"], False))
        if entry.get("names"):
            # the yearly day itself, by its whole name ("Lake Victory Day", issue 12 round ar)
            names = re.compile(rf"^(?i:{phrase_alternation(entry['names'])})$")
            found.append((names, entry["day"], entry["run_up_from"], True))
    return tuple(found)


def fixed_day_anniversary(
    ruleset: Rules, name: str, date: str | None, doc_date: str | None
) -> str | None:
    """The day an anniversary marked every year on one day ("the 80th anniversary of Victory":
    05-09, events.json's `fixed_day_anniversaries`, issue 12 round ak) falls on, for a page of its
    run-up (its date from `run_up_from` to that day, inclusive) that dates the anniversary to
    the page's year or month: that year's day. The day named itself ("Lake Victory Day", the
    entry's `names`, issue 12 round ar), where nothing but the page dates it (no date, or the
    page's year, month or day: "on the approaching Lake Victory Day" is the holiday's day, not
    the page's), is the day's nearest occurrence to the page's date ("we saw them at the Lake
    Victory Day parade" in June: that year's, now past; "we will hold parades on Lake Victory
    Day" in December: the next year's). None otherwise."""
    if not doc_date or len(doc_date) < 10:
        return None
    page = (doc_date[:4], doc_date[:7])
    for pattern, day, run_up_from, own_name in _fixed_day_anniversaries(ruleset):
        if not pattern.search(name):
            continue
        if own_name and date in page + (doc_date[:10], None):
            return _nearest_yearly_day(day, doc_date[:10])
        if date in page and run_up_from <= doc_date[5:10] <= day:
            return f"{doc_date[:4]}-{day}"
    return None


# how many characters before a named day its greeting or apposition cues are read in (a greeting
# and its day share a sentence; 400 characters is about 70 words)
NAMED_DAY_CUE_WINDOW = 400


@compiled_from_rules
def _named_day_doc_day(ruleset: Rules) -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """events.json's `named_day_doc_day` (issue 12 round cx): the pattern of a named day's
    name (its head last, or first before "of"), of a news report's opening up to the name, of
    a holiday word in apposition right before it with a congratulation earlier in the
    sentence, and of the words of another time."""
    rule = ruleset.get("events", required=("heads",)).get("named_day_doc_day") or {}
    if not rule.get("heads"):
        return NEVER_MATCHES, NEVER_MATCHES, NEVER_MATCHES, NEVER_MATCHES
    heads = phrase_alternation(rule["heads"])
    # "Lake Press Day", "the Day of Pine Unity", "International Day of Lake Rivers" (round df)
    name = re.compile(rf"(?:^|\s){heads}$|(?:^|\s){heads}\s+of\s")
    # an empty list matches nothing (phrase_alternation([]) would match everywhere)
    openings, congratulations = rule.get("openings"), rule.get("congratulations")
    holiday_words = rule.get("holiday_words")
    opening = (
        re.compile(rf"\s*[\"“]?(?i:{phrase_alternation(openings)})\s+(?:the\s+)?$")
        if openings
        else NEVER_MATCHES
    )
    apposition = (
        re.compile(
            rf"\b(?i:{phrase_alternation(congratulations)})\b.*"
            rf"\b(?i:{phrase_alternation(holiday_words)})\s*[,:–—-]\s*(?:the\s+)?$"
        )
        if congratulations and holiday_words
        else NEVER_MATCHES
    )
    other_time = whole_words_pattern(rule.get("not_with", []))
    return name, opening, apposition, other_time


def may_date_named_day(ruleset: Rules, name: str, date: str | None, doc_date: str | None) -> bool:
    """Whether `named_day_doc_day` may give `name` the page's day: a named day that nothing but
    the page dates (checked before its sentence is looked up)."""
    if not doc_date or len(doc_date) < 10 or date not in (None, doc_date[:4], doc_date[:7]):
        return False
    return bool(_named_day_doc_day(ruleset)[0].search(name))


def named_day_doc_day(
    ruleset: Rules,
    name: str,
    sentence: str,
    start: int,
    date: str | None,
    doc_date: str | None,
    narrative: bool,
) -> str | None:
    """The page's day for a named day ("Lake Press Day", "the Day of Pine Unity") that nothing
    but the page dates (no date, or the page's year or month), when the sentence of its first
    mention (the name at sentence[start:]) is a news report's that opens with it ("On Lake
    Press Day, the President visited ...") or congratulates someone on a holiday named by it
    in apposition ("congratulated the staff on their professional holiday, Lake Rescue Day"):
    the report or the greeting is of the day itself (judging conventions C1/C2), unless the
    sentence has a word of another time (`not_with`: "upcoming", "ahead of", "recently").
    events.json's `named_day_doc_day`, issue 12 round cx. None otherwise."""
    if not may_date_named_day(ruleset, name, date, doc_date):
        return None
    _, opening, apposition, other_time = _named_day_doc_day(ruleset)
    cues = _named_day_cues(ruleset)
    # the name itself holds no word of another time ("the Day of People's Will"), nor does a
    # polite "I would like to congratulate" (round df)
    rest = cues.polite.sub(" ", sentence[:start] + " " + sentence[start + len(name) :])
    if other_time.search(rest):
        return None
    before = sentence[:start]
    # the greeting and apposition patterns scan back from the name through any words: read
    # only the text near it, so that a sentence's length cannot make them quadratic
    near = before[-NAMED_DAY_CUE_WINDOW:]
    if (narrative and opening.fullmatch(before)) or apposition.search(near):
        return doc_date[:10]
    if not cues.not_in_name.search(name) and _named_day_greeted_on(cues, sentence, near, narrative):
        return doc_date[:10]
    return None


@dataclass(frozen=True)
class _NamedDayCues:
    """events.json's `named_day_greeted_on` (round df), compiled."""

    greeting: re.Pattern  # "congratulated the crews on ", "Happy ", "It is ": up to the name
    present: re.Pattern  # "today", "is celebrating": the day is going on now
    report: re.Pattern  # "toured a hospital on ", "a meeting marking ": a news report's cue
    polite: re.Pattern  # "would like to": taken out before the words of another time are read
    not_in_name: re.Pattern  # words that keep a name from this rule ("anniversary")


@compiled_from_rules
def _named_day_cues(ruleset: Rules) -> _NamedDayCues:
    """events.json's `named_day_greeted_on` (round df): the patterns of a greeting up to a
    named day ("congratulated the crews on Lake Rescue Day", "Happy Pine Day"), of a word of
    the day going on now ("today", "is celebrating") and of a news report's cue right before
    the name ("toured a hospital on Lake Day", "a meeting marking Pine Day")."""
    rule = ruleset.get("events", required=("heads",)).get("named_day_greeted_on") or {}
    if not rule.get("congratulations"):
        return _NamedDayCues(*(NEVER_MATCHES,) * 5)
    article = rf"(?:(?i:{phrase_alternation(rule.get('determiners', ['the']))})\s+)?"
    greeting = (
        rf"\b(?i:{phrase_alternation(rule['congratulations'])})\b[^;]*"
        rf"\b(?i:{phrase_alternation(rule.get('prepositions', ['on']))})\s+{article}$"
    )
    if rule.get("right_before"):
        greeting += rf"|\b(?i:{phrase_alternation(rule['right_before'])})\s+{article}$"
    if rule.get("appositions"):
        greeting += (
            rf"|\b(?i:{phrase_alternation(rule['congratulations'])})\b[^;]*"
            rf"\b(?i:{phrase_alternation(rule['appositions'])})\s*[,:–—\[-]\s*{article}$"
        )
    if rule.get("present_openings"):
        greeting += rf"|^\s*(?i:{phrase_alternation(rule['present_openings'])})\s+{article}$"
    report = (
        re.compile(rf"\b(?i:{phrase_alternation(rule['report_before'])})\s+{article}$")
        if rule.get("report_before")
        else NEVER_MATCHES
    )
    return _NamedDayCues(
        greeting=re.compile(greeting),
        present=whole_words_pattern(rule.get("present_cues", [])),
        report=report,
        polite=whole_words_pattern(rule.get("polite", [])),
        not_in_name=whole_words_pattern(rule.get("not_in_names", [])),
    )


def named_day_to_come(
    ruleset: Rules, name: str, sentence: str, start: int, date: str | None, doc_date: str | None
) -> str | None:
    """The page's month for a named day ("Pine Science Day") that the other rules dated to the
    page's day (a "today" elsewhere in the sentence) while a word of a day to come stands right
    before it in its clause ("Today I send my warm wishes for the upcoming Pine Science Day",
    "Today, ahead of a wonderful holiday – Lake Women's Day – ..."): the day is not today, and
    the page's month is what such a day gets with no "today" (events.json's
    `named_day_greeted_on`, its `to_come_before` and `to_come_gap_chars`; round df). None
    otherwise."""
    if not doc_date or len(doc_date) < 10 or date != doc_date[:10]:
        return None
    if not _named_day_doc_day(ruleset)[0].search(name):
        return None
    if _named_day_to_come(ruleset).search(sentence[:start]):
        return doc_date[:7]
    return None


@compiled_from_rules
def _named_day_to_come(ruleset: Rules) -> re.Pattern:
    """events.json's `named_day_greeted_on.to_come_before`, followed by at most
    `to_come_gap_chars` characters of its clause up to the name (round df)."""
    rule = ruleset.get("events", required=("heads",)).get("named_day_greeted_on") or {}
    if not rule.get("to_come_before"):
        return NEVER_MATCHES
    gap = int(rule.get("to_come_gap_chars", 0))
    return re.compile(
        rf"\b(?i:{phrase_alternation(rule['to_come_before'])})\b[^,.;:!?]{{0,{gap}}}$"
    )


def _named_day_greeted_on(cues: _NamedDayCues, sentence: str, before: str, narrative: bool) -> bool:
    """Whether a named day's sentence (the text before the name: `before`) greets someone on
    it, says it is going on now, or in a news report tells what was done on it or to mark it
    (events.json's `named_day_greeted_on`, round df; `not_with` was checked by the caller)."""
    if cues.greeting.search(before) or cues.present.search(sentence):
        return True
    return narrative and bool(cues.report.search(before))


def _nearest_yearly_day(day: str, doc_date: str) -> str | None:
    """The occurrence of the yearly `day` (month-day) nearest to `doc_date` (YYYY-MM-DD): in
    the page's year, the year before or the year after."""
    try:
        page = datetime.date.fromisoformat(doc_date)
        days = [datetime.date.fromisoformat(f"{page.year + shift}-{day}") for shift in (-1, 0, 1)]
    except ValueError:
        return None
    return min(days, key=lambda d: abs((d - page).days)).isoformat()
