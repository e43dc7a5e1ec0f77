"""Anniversary cues that `event_dates._anniversary_date` reads (moved out of `event_dates`; issue
12 rounds ba, cl, dj, dm and the anniversary rounds before them).

- `anniversary_month_unsupported`: a month of the clause that does not date the anniversary
  (`anniversary_unsupported_month_cues`, round dm);
- `_celebrated_ahead`: an anniversary the clause says will be celebrated
  (`anniversary_celebration_ahead_cues`); `_base_day_shift`, `_valid_day`: the day of its base
  date moved into the anniversary's year (`anniversary_base_day_shift`);
- `anniversary_year_frame`: "this year", "next year" framing the anniversary
  (`anniversary_year_frames`, round dj);
- `_anniversary_opens`: an anniversary the sentence opens (`anniversary_opening_cues`);
  `_range_start_cue`: a range of days that starts with the anniversary
  (`anniversary_range_start_cues`, round ba);
- `marking_act_year`, `month_subject_date`: the year of an act that marks the anniversary, the
  month a sentence's subject puts it in (`anniversary_marking_act_year`,
  `anniversary_month_subject`, round cl).
"""

from __future__ import annotations

import datetime
import re

from pipeline.nlp.rules import (
    NEVER_MATCHES,
    Rules,
    compiled_from_rules,
    phrase_alternation,
    whole_words_pattern,
)
from pipeline.nlp.temporal import MONTH_NUMBERS as MONTHS
from pipeline.nlp.temporal import MONTH_PATTERN as _MONTH
from pipeline.nlp.temporal import doc_month, doc_year


@compiled_from_rules
def _month_unsupported_cues(
    ruleset: Rules,
) -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern, int, int]:
    """events.json's `anniversary_unsupported_month_cues` (issue 12 round dm), compiled: (a
    document word and its link, then anything but a sentence break, up to a name's start; a
    phrase of preparing or planning, the same; a frame of a celebration under way right before
    a name, maybe with a determiner; the words that keep the frame to the page's month; the
    window in characters before a name that the first two are searched in; the last month of a
    page that preparing gives its year, `preparation_max_doc_month`)."""
    rules = ruleset.get("events", required=("heads",)).get("anniversary_unsupported_month_cues", {})
    never = NEVER_MATCHES
    words, links = rules.get("document_words", []), rules.get("document_links", [])
    not_after = rules.get("document_links_not_before", [])
    preparation = rules.get("preparation_phrases", [])
    frames, determiners = rules.get("present_frames", []), rules.get("frame_determiners", [])
    gap = r"[^.;:!?]*?"
    guard = rf"(?!\s+(?:{phrase_alternation(not_after)})\b)" if not_after else ""
    document = (
        re.compile(
            rf"\b(?:{phrase_alternation(words)})\s+(?:{phrase_alternation(links)})\b{guard}{gap}$",
            re.IGNORECASE,
        )
        if words and links
        else never
    )
    prepared = (
        re.compile(rf"\b(?:{phrase_alternation(preparation)})\b{gap}$", re.IGNORECASE)
        if preparation
        else never
    )
    det = rf"(?:(?:{phrase_alternation(determiners)})\s+)?" if determiners else ""
    frame = (
        re.compile(rf"\b(?:{phrase_alternation(frames)})\s+{det}$", re.IGNORECASE)
        if frames
        else never
    )
    return (
        document,
        prepared,
        frame,
        whole_words_pattern(rules.get("present_frames_not_with", [])),
        int(rules.get("window_chars", 0)),
        int(rules.get("preparation_max_doc_month", 0)),
    )


def anniversary_month_unsupported(
    ruleset: Rules, sentence: str, start: int, doc_date: str
) -> tuple[str | None] | None:
    """Whether the page's month that a cue of marking or celebrating gave the anniversary named
    at `start` is one the text does not support (issue 12 round dm, events.json's
    `anniversary_unsupported_month_cues`): `(date,)`, the date to give instead, or None where
    the month stands. A document on it ("a declaration was signed on the 40th anniversary of ...",
    "statements on terrorism, drugs and the 25th anniversary of ...") or a celebration under way
    ("as we celebrate the 60th anniversary of ..."; not with a word of the day, "today"): the
    page's year, when such documents are adopted, not the anniversary's day or month. Preparing
    or planning it ("preparations to mark the 55th anniversary of ...", "a plan of events to
    mark ..."): the page's year in a page written no later than `preparation_max_doc_month`,
    no date later in the year (preparing spoken of after midyear is for next year or later)."""
    document, prepared, frame, not_with, window, last_month = _month_unsupported_cues(ruleset)
    if len(doc_date) < 7 or not doc_date[:4].isdigit():
        return None
    lo = max(0, start - window)
    if document.search(sentence, lo, start):
        return (doc_date[:4],)
    found = frame.search(sentence, max(0, start - 60), start)
    if found and not not_with.search(sentence, 0, start):
        return (doc_date[:4],)
    if prepared.search(sentence, lo, start):
        return (doc_date[:4] if 0 < int(doc_date[5:7]) <= last_month else None,)
    return None


@compiled_from_rules
def _celebration_ahead(ruleset: Rules) -> re.Pattern:
    """events.json's `anniversary_celebration_ahead_cues`: a lead of time to come, at most
    `gap_words` words, a verb of celebrating and maybe a determiner, right before a name."""
    rules = ruleset.get("events", required=("heads",)).get("anniversary_celebration_ahead_cues", {})
    leads, verbs = rules.get("leads", []), rules.get("verbs", [])
    determiners = rules.get("determiners", [])
    if not (leads and verbs):
        return NEVER_MATCHES
    gap = int(rules.get("gap_words", 0))
    det = rf"(?:(?:{phrase_alternation(determiners)})\s+)?" if determiners else ""
    return re.compile(
        rf"\b(?:{phrase_alternation(leads)})\s+(?:[a-z]+\s+){{0,{gap}}}"
        rf"(?:{phrase_alternation(verbs)})\s+{det}$",
        re.IGNORECASE,
    )


def _celebrated_ahead(ruleset: Rules, sentence: str, start: int, doc_date: str) -> bool:
    """Whether the anniversary named at `start` is one someone will celebrate or gets ready to
    ("Lakeland is getting ready to celebrate its 40th anniversary", "we will jointly mark the"):
    still to come, so not of the document's month (`anniversary_celebration_ahead_cues`; asked
    only where the clause holds no date, "In 2040 we will celebrate" is no year of ours); in a
    document written no later than `upcoming_event_year.max_doc_month` of its year (later in
    the year it may be next year's, convention 11e)."""
    rules = ruleset.get("events", required=("heads",))
    limit = int(rules.get("upcoming_event_year", {}).get("max_doc_month", 0))
    month = int(doc_date[5:7]) if len(doc_date) >= 7 else 0
    return bool(
        limit
        and 0 < month <= limit
        and _celebration_ahead(ruleset).search(sentence, max(0, start - 80), start)
    )


@compiled_from_rules
def _base_day_shift(ruleset: Rules) -> bool:
    """events.json's `anniversary_base_day_shift`: whether an anniversary whose object's own
    day is written right after its name ("of May 29, 2026") is dated to that day, the
    anniversary's number of years on."""
    return bool(ruleset.get("events", required=("heads",)).get("anniversary_base_day_shift"))


def _valid_day(value: str) -> bool:
    """Whether "YYYY-MM-DD" is a day of the calendar (no February 29 of a common year)."""
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True


@compiled_from_rules
def _anniversary_year_frame(
    ruleset: Rules,
) -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern] | None:
    """events.json's `anniversary_year_frames` (issue 12 round dj): (a year frame right before
    an anniversary's name, its determiner captured; the determiners of the next year; the bare
    determiners; the words that, before a bare frame in its clause, make its year another)."""
    rules = ruleset.get("events", required=("heads",)).get("anniversary_year_frames", {})
    this, nxt = rules.get("this_year_determiners", []), rules.get("next_year_determiners", [])
    bare, links = rules.get("bare_determiners", []), rules.get("links", [])
    if not (links and (this or nxt or bare)):
        return None
    relatives = rules.get("relatives", [])
    relative = rf"(?:(?:{phrase_alternation(relatives)})\s+)?" if relatives else ""
    heads = rules.get("appositive_heads", [])
    words = int(rules.get("appositive_max_words", 0))
    # "marks a special date – the", "was marked by a jubilee, "
    apposition = (
        rf"(?:(?:an?|the)\s+(?:[\w-]+\s+){{0,{words}}}(?:{phrase_alternation(heads)})"
        r"\s*[,:\u2013\u2014-]\s*)?"
        if heads
        else ""
    )
    frame = re.compile(
        rf"(?<![\w-])(?P<det>{phrase_alternation(this + nxt + bare)})\s+years?\s+{relative}"
        rf"(?:{phrase_alternation(links)})\s+{apposition}(?:the\s+)?$",
        re.IGNORECASE,
    )
    return (
        frame,
        whole_words_pattern(nxt),
        whole_words_pattern(bare),
        whole_words_pattern(rules.get("bare_not_before", [])),
    )


# how far before a name `_anniversary_year_frame` is searched: longer than any frame it takes
_YEAR_FRAME_WINDOW = 120


def anniversary_year_frame(
    ruleset: Rules, sentence: str, start: int, lo: int, doc_date: str
) -> tuple[str | None] | None:
    """An anniversary named right after a year frame ("this year marks the", "the outgoing year
    was marked by a notable jubilee, ", "the coming year marking the", "opens in a year which
    marks a special date - the"): `(date,)`, the year the frame speaks of rather
    than the page's month the cues gave, or None where no frame stands before the name (issue
    12 round dj, events.json's `anniversary_year_frames`). The page's year for a determiner of
    `this_year_determiners`, the next for one of `next_year_determiners`; for a bare frame
    ("a year that marks", "the year marking") the page's year where the clause before it holds
    none of `bare_not_before` (no past or future verb: "was opened in the year marking" is
    another year, unknown: `(None,)`)."""
    rules = _anniversary_year_frame(ruleset)
    if rules is None or len(doc_date) < 4 or not doc_date[:4].isdigit():
        return None
    frame, next_year, bare, not_before = rules
    found = frame.search(sentence, max(lo, start - _YEAR_FRAME_WINDOW), start)
    if found is None:
        return None
    determiner = found.group("det")
    year = int(doc_date[:4])
    if next_year.fullmatch(determiner):
        return (f"{year + 1:04d}",)
    if bare.fullmatch(determiner) and not_before.search(sentence, lo, found.start()):
        return (None,)
    return (f"{year:04d}",)


@compiled_from_rules
def _anniversary_opening(ruleset: Rules) -> re.Pattern:
    """A sentence's opening up to an anniversary's name: one of events.json's
    `anniversary_opening_cues` and one of `anniversary_opening_determiners` ("On the ")."""
    rules = ruleset.get("events", required=("heads",))
    cues = rules.get("anniversary_opening_cues", [])
    determiners = rules.get("anniversary_opening_determiners", [])
    if not cues or not determiners:
        return NEVER_MATCHES
    return re.compile(
        rf"\s*[\"“]?(?:{phrase_alternation(cues)})\s+(?:{phrase_alternation(determiners)})\s+",
        re.IGNORECASE,
    )


def _anniversary_opens(ruleset: Rules, sentence: str, start: int) -> bool:
    """Whether the sentence opens with a cue and the anniversary named at `start` ("On the
    20th anniversary of ..., the President ...")."""
    return bool(_anniversary_opening(ruleset).fullmatch(sentence, 0, start))


@compiled_from_rules
def _range_start_cue(ruleset: Rules) -> re.Pattern:
    """events.json's `anniversary_range_start_cues` before the years of an anniversary's name
    ("the beginning of the War of 1941–1945"): the anniversary counts from the first year."""
    cues = ruleset.get("events", required=("heads",)).get("anniversary_range_start_cues", [])
    if not cues:
        return NEVER_MATCHES
    return re.compile(
        rf"\b(?:{phrase_alternation(cues)})\s+of\b(?=.*(?:19|20)\d\d\s*[–—-]\s*(?:19|20)?\d\d)",
        re.IGNORECASE,
    )


@compiled_from_rules
def _marking_act_year(ruleset: Rules) -> re.Pattern:
    """events.json's `anniversary_marking_act_year`: a few words, a marking cue and "the",
    between "in YEAR" and an anniversary's name."""
    rules = ruleset.get("events", required=("heads",)).get("anniversary_marking_act_year", {})
    cues = rules.get("cues", [])
    if not cues:
        return NEVER_MATCHES
    words = int(rules.get("max_words_between", 0))
    return re.compile(
        rf"(?:\s+[\w’'-]+){{0,{words}}}?\s+(?:{phrase_alternation(cues)})\s+(?:the\s+)?"
        # a second anniversary of a list: "to mark the 100th anniversary of X and the 20th"
        r"(?:[^.;:]*?\banniversary\b[^.;:]*?(?:,|\s+and)\s+(?:the\s+)?)?",
        re.IGNORECASE,
    )


def marking_act_year(ruleset: Rules, sentence: str, start: int, lo: int) -> str | None:
    """The year of "in YEAR" that a marking cue right before the anniversary starting at
    `start` follows ("built in 1990 to commemorate the 1,000th anniversary of ...";
    `anniversary_marking_act_year`, round cl), else None."""
    pattern = _marking_act_year(ruleset)
    for m in _IN_YEAR.finditer(sentence, lo, start):
        if pattern.fullmatch(sentence, m.end(), start):
            return m.group(1)
    return None


@compiled_from_rules
def _month_subject(ruleset: Rules) -> tuple[re.Pattern, re.Pattern]:
    """events.json's `anniversary_month_subject`: a bare month opening a sentence or clause and
    a verb of marking, right before an anniversary's name, said ahead and said past."""
    rules = ruleset.get("events", required=("heads",)).get("anniversary_month_subject", {})

    def pattern(verbs: list[str]) -> re.Pattern:
        if not verbs:
            return NEVER_MATCHES
        return re.compile(
            rf"(?:^|[.;:]\s+){_MONTH}\s+(?:{phrase_alternation(verbs)})\s+(?:the\s+)?$"
        )

    return pattern(rules.get("ahead_verbs", [])), pattern(rules.get("past_verbs", []))


def month_subject_date(
    ruleset: Rules, sentence: str, start: int, doc_date: str | None
) -> str | None:
    """The month of "July marks the 25th anniversary of ...", the anniversary starting at
    `start`, in the year its verb points to from the page's date (`anniversary_month_subject`,
    round cl), else None."""
    year, month = doc_year(doc_date), doc_month(doc_date)
    if year is None or month is None:
        return None
    ahead, past = _month_subject(ruleset)
    for pattern, sign in ((ahead, 1), (past, -1)):
        m = pattern.search(sentence, 0, start)
        if m:
            named = MONTHS[m.group(1).lower()]
            if sign > 0:
                return f"{year if named >= month else year + 1:04d}-{named:02d}"
            return f"{year if named <= month else year - 1:04d}-{named:02d}"
    return None


_IN_YEAR = re.compile(r"\b[Ii]n\s+((?:1[0-9]|20)[0-9]{2})\b")
