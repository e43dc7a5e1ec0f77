"""Event dates from the page's title: the document's day or month for the event the title names.

kremlin.ru publishes greetings read out at an event's opening under titles such as "Greetings on
the opening of the 14th Lake Forum" on the day it opens. The event of that title, named on the
page, opened on the document's day: `opening_day_from_title` gives that day where the sentence
left the event undated or gave only the document's year or month (events.json's
`greetings_opening_titles`). A title whose subject took part in an event ("Vladimir Putin
attended the Lake Summit") or that sends greetings to it puts it in the document's month
(`participation_month_from_title`; `participation_titles`, `greetings_titles`).
A title that sends greetings to an event and says it opened ("..., which opened in
Pinetown") gives the document's day (`opened_day_from_greetings_title`, `greetings_titles`'
`opened_cues`). `date_from_title` applies them in that order.
A title that reports an evening held to mark an anniversary ("Gala evening marking 60 years of
the Lake Commission") puts the anniversary it names on the document's day
(`anniversary_celebration_title`, events.json's `anniversary_celebration_title_day`).
"""

from __future__ import annotations

import re

from pipeline.nlp.rules import (
    NEVER_MATCHES,
    Rules,
    compiled_from_rules,
    phrase_alternation,
    whole_words_pattern,
)

_WORD = re.compile(r"[a-z0-9]+")
_STOP = frozenset({"the", "of", "in", "on", "a", "an", "and", "for", "to", "at", "by", "with"})


@compiled_from_rules
def _opening_titles(ruleset: Rules) -> tuple[re.Pattern, float, frozenset[str]]:
    """events.json's `greetings_opening_titles`: a title's opening ("Greetings on the opening
    of "), the share of an event's words the rest of the title must hold, and the kinds never
    dated this way (an anniversary the opened event is dedicated to is not opening)."""
    rules = ruleset.get("events", required=("heads",))
    titles = rules.get("greetings_opening_titles", {})
    openings = titles.get("openings", [])
    never = frozenset(titles.get("not_kinds", [])) | frozenset(
        rules.get("undated_kinds_by_cues", [])
    )
    if not openings:
        return NEVER_MATCHES, 1.0, never
    return (
        re.compile(rf"\s*(?:{phrase_alternation(openings)})\s+(?:the\s+)?", re.IGNORECASE),
        float(titles.get("min_shared_words", 1.0)),
        never,
    )


def title_words(text: str) -> list[str]:
    """The words of a title or a name that tell it apart: lower case, letters and digits, a
    possessive "'s" and the small words of `_STOP` dropped."""
    return [
        w for w in _WORD.findall(text.lower().replace("’s", "").replace("'s", "")) if w not in _STOP
    ]


def opening_day_from_title(
    ruleset: Rules,
    name: str,
    kind: str,
    date: str | None,
    title: str | None,
    doc_date: str | None,
) -> str | None:
    """The document's day for the event `name` when the title says it is opening ("Greetings
    on opening of 14th Lake Forum") and names it: the title holds the name's last word and at
    least `min_shared_words` of its words. Only where `date` is None or the document's year or
    month (a date of its own is kept); None otherwise."""
    if not title or not doc_date or len(doc_date) < 10:
        return None
    if date is not None and not doc_date.startswith(date):
        return None
    opening, share, never = _opening_titles(ruleset)
    m = opening.match(title)
    if m is None or kind in never:
        return None
    if not _names_in(title_words(name), set(title_words(title[m.end() :])), share):
        return None
    return doc_date[:10]


@compiled_from_rules
def _participation_titles(
    ruleset: Rules, key: str = "participation_titles"
) -> tuple[re.Pattern, re.Pattern, float, frozenset[str]]:
    """events.json's `participation_titles` (or `greetings_titles`, of the same shape): a
    title's subject (capitalised words, "and") and one of its `verbs` ("President Vladimir
    Putin attended "), or one of its `openings` with no subject ("Greetings to "); a cue of a
    time to come (`future_cues`); the share of an event's words the rest of the title must
    hold; and the kinds never dated this way."""
    rules = ruleset.get("events", required=("heads",))
    titles = rules.get(key, {})
    verbs, openings = titles.get("verbs", []), titles.get("openings", [])
    future = rules.get("future_cues", [])
    never = frozenset(titles.get("not_kinds", [])) | frozenset(
        rules.get("undated_kinds_by_cues", [])
    )
    starts = []
    if verbs:
        starts.append(rf"(?:(?:[A-Z][\w’'.-]*|and),?\s+)+(?:{phrase_alternation(verbs)})")
    if openings:
        starts.append(rf"(?i:{phrase_alternation(openings)})")
    if not starts:
        return NEVER_MATCHES, NEVER_MATCHES, 1.0, never
    return (
        re.compile(rf"\s*(?:{'|'.join(starts)})\s+"),
        whole_words_pattern(future),
        float(titles.get("min_shared_words", 1.0)),
        never,
    )


def _names_in(words: list[str], in_title: set[str], share: float) -> bool:
    """Whether the title's words hold a name's last word and `share` of its words."""
    if not words or words[-1] not in in_title:
        return False
    return sum(w in in_title for w in set(words)) >= share * len(set(words))


def _title_after_subject(
    ruleset: Rules, key: str, kind: str, title: str
) -> tuple[str, float] | None:
    """The title after its subject and verb as `key` (`participation_titles`,
    `greetings_titles`) reads them, with the share of a name's words it must hold; None when
    the title does not open so, `kind` is never dated this way (the key's `not_kinds`), or
    the title speaks of a time to come."""
    subject_verb, future, share, never = _participation_titles(ruleset, key)
    m = subject_verb.match(title)
    if m is None or kind in never or future.search(title):
        return None
    return title[m.end() :], share


def participation_month_from_title(
    ruleset: Rules,
    name: str,
    kind: str,
    date: str | None,
    title: str | None,
    doc_date: str | None,
    key: str = "participation_titles",
) -> str | None:
    """The document's month for the event `name` when the title says its subject took part
    in, attended, addressed, visited or opened it ("Vladimir Putin attended the Millennium
    Summit in New York", events.json's `participation_titles`), or, with `key`
    "greetings_titles", sent greetings to it ("Greetings to the 5th Lake Forum"), and names it
    as `opening_day_from_title` reads a name. Only where `date` is None or the document's
    year; None otherwise, or when the title speaks of a time to come."""
    if not title or not doc_date or len(doc_date) < 7:
        return None
    if date is not None and date != doc_date[:4]:
        return None
    read = _title_after_subject(ruleset, key, kind, title)
    if read is None or not _names_in(title_words(name), set(title_words(read[0])), read[1]):
        return None
    return doc_date[:7]


@compiled_from_rules
def _opened_cues(ruleset: Rules) -> re.Pattern:
    """events.json's `greetings_titles` `opened_cues` (issue 12 round cf): a relative clause
    after the greeted event's name that says it opened ("..., which opened in Pinetown")."""
    titles = ruleset.get("events", required=("heads",)).get("greetings_titles", {})
    return whole_words_pattern(titles.get("opened_cues", []))


def opened_day_from_greetings_title(
    ruleset: Rules,
    name: str,
    kind: str,
    date: str | None,
    title: str | None,
    doc_date: str | None,
) -> str | None:
    """The document's day for the event `name` when the title sends greetings to it (as
    `greetings_titles` reads a title) and says, after its name, that it opened ("The
    President sent greetings to the participants of the 5th Lake Forum, which opened in
    Pinetown": events.json's `greetings_titles` `opened_cues`, issue 12 round cf): the
    greeting is read out at the opening, as under `greetings_opening_titles`. Only where
    `date` is None or the document's year or month; None otherwise."""
    if not title or not doc_date or len(doc_date) < 10:
        return None
    if date is not None and not doc_date.startswith(date):
        return None
    read = _title_after_subject(ruleset, "greetings_titles", kind, title)
    if read is None:
        return None
    rest, share = read
    cue = _opened_cues(ruleset).search(rest)
    if cue is None or not _names_in(
        title_words(name), set(title_words(rest[: cue.start()])), share
    ):
        return None
    return doc_date[:10]


def anniversary_greeting_title(ruleset: Rules, name: str, title: str | None) -> bool | None:
    """Whether the page's title, a congratulation or greeting (events.json's
    `anniversary_greeting_title_day`, issue 12 round ch: "Congratulations to the President of
    Lakeland", "Greetings on the 80th anniversary of Pine Region", "Vladimir Putin
    congratulated Lakeland residents on City Day"), names the anniversary `name` as
    `opening_day_from_title` reads a name; None when the title is no such greeting or speaks
    of a time to come."""
    if not title:
        return None
    read = _title_after_subject(ruleset, "anniversary_greeting_title_day", "anniversary", title)
    if read is None:
        return None
    return _names_in(title_words(name), set(title_words(read[0])), read[1])


@compiled_from_rules
def _celebration_titles(ruleset: Rules) -> tuple[re.Pattern, float]:
    """events.json's `anniversary_celebration_title_day` (issue 12 round cq): a title's opening
    naming an evening held to mark something ("Gala evening marking ", "Reception to mark the
    "), and the share of an anniversary's words the rest of the title must hold."""
    rules = ruleset.get("events", required=("heads",)).get("anniversary_celebration_title_day", {})
    events, marking = rules.get("events", []), rules.get("marking", [])
    if not events or not marking:
        return NEVER_MATCHES, 1.0
    return (
        re.compile(
            rf"\s*(?i:(?:an?|the)\s+)?(?i:{phrase_alternation(events)})\s+"
            rf"(?i:{phrase_alternation(marking)})\s+(?i:the\s+)?"
        ),
        float(rules.get("min_shared_words", 1.0)),
    )


def anniversary_celebration_title(ruleset: Rules, name: str, title: str | None) -> bool:
    """Whether the page's title reports an evening held to mark the anniversary `name`
    ("Gala evening marking 60 years of the Lake Commission", events.json's
    `anniversary_celebration_title_day`, issue 12 round cq) and names it as
    `opening_day_from_title` reads a name: the page is of the evening, held on the day the
    anniversary is marked."""
    if not title:
        return False
    pattern, share = _celebration_titles(ruleset)
    m = pattern.match(title)
    if m is None:
        return False
    # "marking 60 years of the Lake Commission" names "the 60th anniversary of ..."
    rest = _YEARS_COUNT.sub(_as_anniversary, title[m.end() :])
    return _names_in(title_words(name), set(title_words(rest)), share)


_YEARS_COUNT = re.compile(r"\b(\d{1,4})\s+years\b")


def _as_anniversary(m: re.Match) -> str:
    """ "60 years" as the anniversary it counts: "60th anniversary"."""
    n = int(m.group(1))
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix} anniversary"


def date_from_title(
    ruleset: Rules,
    name: str,
    kind: str,
    date: str | None,
    title: str | None,
    doc_date: str | None,
) -> str | None:
    """`date` as the page's title refines it: the document's day for an event the title says is
    opening (`opening_day_from_title`), else its month for one the title's subject took part in
    or sends greetings to (`participation_month_from_title` with `participation_titles`, then
    `greetings_titles`); `date` itself when the title says nothing of the event."""
    date = opening_day_from_title(ruleset, name, kind, date, title, doc_date) or date
    opened = opened_day_from_greetings_title(ruleset, name, kind, date, title, doc_date)
    if opened is not None:
        return opened
    for key in ("participation_titles", "greetings_titles"):
        month = participation_month_from_title(ruleset, name, kind, date, title, doc_date, key)
        if month is not None:
            return month
    return date
