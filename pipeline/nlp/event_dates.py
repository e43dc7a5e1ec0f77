"""When an event took place or will take place, as precisely as its sentence says.

`event_date(name, sentence, start, end, doc_date, kind)` gives "YYYY", "YYYY-MM" or "YYYY-MM-DD"
or None:

- a date written in the name ("December 1999 parliamentary elections", "MAKS-2019") is kept,
  and refined by a date in the sentence that agrees with it;
- an anniversary is in the year of what it counts from plus its number ("300th anniversary of
  the peace of 1721" is 2021), the base year coming from the name, the archive's
  `anniversary_bases` (`event_gazetteer`) or the clause; with no base, a date in its clause that
  is near the document's year;
- otherwise the date nearest to the name in its clause: "May 9, 2021", "in June" (in the year the
  tense points to), "late May", "last year", "next September", "this autumn", "three months
  ago", "in two days"; not a date of another event the sentence names ("the St Petersburg
  Forum in June and the Eastern Forum in September"), nor one a verb of saying reports ("we
  announced that we will invest next year"), nor one after "since", which starts a span;
- with none, a clause that places the event at the document's date ("today", "has opened", "on
  the sidelines of", "are over now", "upon returning from"; in a news report, "took part in",
  "attended", "viewed the ... stand at", or a sentence opening "At the ... Forum, ...") gives
  the document's day or month, unless the cue is in another noun's relative clause ("and the
  assessments that you made today"); a congratulation on a victory in an
  election, the document's year; not for wars, which only a year in their
  name or clause dates ("this year marks 75 years since the war" dates the remembrance, not the
  war);
- with still nothing, the year the archive knows for a one-off event of that name
  (`event_gazetteer.known_year`: "Sochi Winter Olympics" is 2014).
- in a news report, the page's month so found (or, for an anniversary, no date) becomes the
  page's day when the sentence opens with a cue of that day and a verb of taking part
  ("Earlier in the day, the Premier took part in the Lake Forum") or when a reception or gala
  is held to mark the anniversary ("a reception in honour of the Day of Lake Unity").

The document's date resolves the relative expressions.

Groups of helpers live in sibling modules (split out in round 12split-dates), imported here and
re-exported where other code imports them from this module: `event_named_day_dates`
(fixed-day anniversaries, named days), `event_anniversary_dates` (the anniversary cues
`_anniversary_date` reads), `event_clause_cue_dates` (phrases that say whose date a clause's
date is), `event_frame_dates` (sentences framing an event as ahead, just over, or of a
message's day), `event_dates_life_spans` (life years in brackets); besides the older
`event_page_dates` and `event_title_dates`.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.nlp import event_gazetteer as gazetteer
from pipeline.nlp.event_anniversary_dates import (
    _anniversary_opens,
    _base_day_shift,
    _celebrated_ahead,
    _range_start_cue,
    _valid_day,
    anniversary_month_unsupported,
    anniversary_year_frame,
    marking_act_year,
    month_subject_date,
)
from pipeline.nlp.event_clause_cue_dates import (
    _founded_at,
    compared_with,
    other_nouns_date,
    preparation_talk_date,
    prepared_event,
)
from pipeline.nlp.event_clause_cue_dates import upcoming_lead_before as upcoming_lead_before
from pipeline.nlp.event_dates_life_spans import life_spans as life_spans
from pipeline.nlp.event_dates_life_spans import without_life_spans as without_life_spans
from pipeline.nlp.event_frame_dates import came_for_event, done_as_part_of
from pipeline.nlp.event_frame_dates import future_frame_before as future_frame_before
from pipeline.nlp.event_frame_dates import listed_after as listed_after
from pipeline.nlp.event_frame_dates import message_read_on_its_day as message_read_on_its_day
from pipeline.nlp.event_frame_dates import recent_past_year as recent_past_year
from pipeline.nlp.event_frame_dates import soon_after as soon_after
from pipeline.nlp.event_frame_dates import thanked_for_year as thanked_for_year
from pipeline.nlp.event_frame_dates import upcoming_clause_before as upcoming_clause_before
from pipeline.nlp.event_frame_dates import upcoming_trailer_after as upcoming_trailer_after
from pipeline.nlp.event_named_day_dates import fixed_day_anniversary as fixed_day_anniversary
from pipeline.nlp.event_named_day_dates import may_date_named_day as may_date_named_day
from pipeline.nlp.event_named_day_dates import named_day_doc_day as named_day_doc_day
from pipeline.nlp.event_named_day_dates import named_day_to_come as named_day_to_come
from pipeline.nlp.event_names import anniversary_number
from pipeline.nlp.event_page_dates import (
    after_event_day,
    coincidence_year,
    congratulated_on,
    congratulated_on_opening,
    in_announced_programme,
    month_part_pattern,
    shared_date_joiner,
    under_way_subject,
)
from pipeline.nlp.event_time_words import without_untimed_words
from pipeline.nlp.event_war_dates import clause_date_after_war
from pipeline.nlp.quick_tests import QuickText, may_match, requirements
from pipeline.nlp.rules import (
    NEVER_MATCHES,
    Rules,
    compiled_from_rules,
    normalise_phrase,
    phrase_alternation,
    whole_words_pattern,
)
from pipeline.nlp.temporal import MONTH_NUMBERS as MONTHS
from pipeline.nlp.temporal import MONTH_PATTERN as _MONTH
from pipeline.nlp.temporal import OF_RELATIVE_YEAR as _OF_REL_YEAR
from pipeline.nlp.temporal import RELATIVE_YEARS as _REL
from pipeline.nlp.temporal import (
    _relative_date_rules,
    doc_month,
    doc_year,
    is_vague_date,
    relative_dates,
)
from pipeline.nlp.temporal import clause_bounds as _temporal_clause_bounds

_PART = r"(?:early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+middle\s+of|end\s+of)"

# (pattern, kind): in order of precision; a match inside a more precise one is skipped
# what joins the first and last days of a range: "8–14 March", "from 8 to 14 March"
_DAY_RANGE = r"(?:st|nd|rd|th)?\s*(?:–|—|-|to|and|through)\s*\d{1,2}"
_DATE_PATTERNS = [
    # a range of days before the month is dated by its first day: "from 8 to 14 March 2018"
    (
        re.compile(
            rf"\b(\d{{1,2}}){_DAY_RANGE}(?:st|nd|rd|th)?\s+{_MONTH},?\s+((?:19|20)\d{{2}})\b"
        ),
        "dmy",
    ),
    (
        re.compile(
            rf"\b(\d{{1,2}}){_DAY_RANGE}(?:st|nd|rd|th)?\s+{_MONTH}\b(?!,?\s+(?:19|20)\d{{2}})"
        ),
        "dm",
    ),
    # a range of days after the month, then a year: its first day in that year, "January 12–18,
    # 1943", "from January 12 to 18, 1943" (before it, "January 12" took the page's year)
    (
        re.compile(
            rf"\b{_MONTH}\s+(\d{{1,2}}){_DAY_RANGE}(?:st|nd|rd|th)?,?\s+((?:19|20)\d{{2}})\b"
        ),
        "mdy",
    ),
    (re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{{2}})\b"), "mdy"),
    (re.compile(rf"\b(\d{{1,2}})\s+{_MONTH},?\s+((?:19|20)\d{{2}})\b"), "dmy"),
    # a range of months, then a year: its first month in that year ("in January–March 1943",
    # "from May to July 1943"; before it, "in January" took the page's year)
    (
        re.compile(
            rf"\b{_MONTH}\s*(?:–|—|-|to|through|till|until|and)\s*{_MONTH},?\s+((?:19|20)\d{{2}})\b"
        ),
        "mmy",
    ),
    (re.compile(rf"\b{_MONTH}\s+((?:19|20)\d{{2}})\b"), "my"),
    # "May 15 of next year", "May 15 of the previous year": that day in the year the words
    # say (round 12du; before it, "May 15" took the page's year)
    (
        re.compile(
            rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+of\s+{_OF_REL_YEAR}",
            re.IGNORECASE,
        ),
        "md_rel",
    ),
    # "this day next year, May 15": the day of the year said before it (round 12du)
    (
        re.compile(
            rf"\bday\s+(last|next)\s+year,\s+{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b"
            r"(?!,?\s+(?:19|20)\d{2})",
            re.IGNORECASE,
        ),
        "rel_md",
    ),
    # "May last year"; "in May of last year", "May of the previous year" (round 12du)
    (
        re.compile(
            rf"\b{_MONTH}\s+(?:(last|this|next)\s+year\b|of\s+{_OF_REL_YEAR})", re.IGNORECASE
        ),
        "m_rel",
    ),
    (re.compile(r"\b(last|this|next)\s+year[’']?s?\b", re.IGNORECASE), "rel"),
    # "this past May" is last May (issue 12t)
    (re.compile(rf"\b(last|this\s+past|this|next)\s+{_MONTH}\b", re.IGNORECASE), "rel_m"),
    (re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s+(?:19|20)\d{{2}})"), "md"),
    (re.compile(rf"\b(\d{{1,2}})\s+{_MONTH}\b(?!,?\s+(?:19|20)\d{{2}})"), "dm"),
    (
        re.compile(
            rf"\b(?:in\s+(?:{_PART}[\s-]+)?|{_PART}[\s-]+){_MONTH}\b(?!\s+(?:\d|last|this|next))",
            re.IGNORECASE,
        ),
        "m",
    ),
    (re.compile(r"\b(this|next|last)\s+(spring|summer|autumn|fall|winter)\b", re.I), "season_rel"),
    (
        re.compile(
            r"\bin\s+(?:the\s+)?(?:early\s+|late\s+)?(spring|summer|autumn|winter)"
            r"(?:\s+of\s+((?:19|20)\d{2}))?\b",
            re.IGNORECASE,
        ),
        "season",
    ),
    (re.compile(r"(?<![\w-])((?:19|20)\d{2})(?![\w%]|\s*(?:percent|per cent))"), "y"),
    # an older year only where a year is expected: "founded in 1723", "the war of 1812"
    (
        re.compile(
            r"\b(?:in|since|from|of|until|to|by|year)\s+(1[0-8]\d{2})(?![\w%,.]\d)(?!\s*[a-z])"
        ),
        "y",
    ),
]
# kinds whose year comes from the document's ("this year", "last June", "in June", "May 9")
_RELATIVE_KINDS = frozenset(
    {
        *("m_rel", "md_rel", "rel_md", "rel", "rel_m", "md", "dm", "m"),
        *("season", "season_rel", "season_ahead", "year_part"),
    }
)
# the month a season starts in
_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_NAME_DATE_KINDS = ("mdy", "dmy", "mmy", "my")
# not an ordinal: "the 2000th anniversary" counts years, it names none
_YEAR_IN = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d|st\b|nd\b|rd\b|th\b)")
_FIRST_MONTH = re.compile(rf"\b{_MONTH}")


@compiled_from_rules
def _cues(ruleset: Rules):
    rules = ruleset.get("events", required=("heads",))
    doc_cues = rules.get("doc_date_cues", {})

    def alternation(phrases):
        if not phrases:
            return NEVER_MATCHES
        return re.compile(r"\b" + phrase_alternation(phrases) + r"\b", re.IGNORECASE)

    return (
        alternation(doc_cues.get("day", [])),
        alternation(doc_cues.get("month", [])),
        frozenset(rules.get("undated_kinds_by_cues", [])),
        alternation(rules.get("future_cues", [])),
        alternation(rules.get("past_cues", [])),
        alternation(rules.get("anniversary_doc_date_cues", [])),
        # ", but ": the clause breaks of events.json besides temporal.json's
        tuple(rules.get("event_clause_breaks", [])),
        alternation(rules.get("narrative_doc_date_cues", [])),
        # cues that say no time of their own ("on the margins of", "welcome you to"): read
        # only in a clause with no time to come or gone ("will", "last time", "would")
        alternation(doc_cues.get("month_if_present", [])),
        alternation(doc_cues.get("not_present", [])),
        # a place hosting the event as the text is written: the document's day
        alternation(rules.get("doc_day_cues", {}).get("cues", [])),
        alternation(rules.get("doc_day_cues", {}).get("not_with", [])),
        # ... and, in a news report, a meeting on the event's sidelines (on a summit's second
        # day the day still refines the month; the scoring counts a refinement as right)
        alternation(rules.get("doc_day_cues", {}).get("narrative_cues", [])),
    )


@compiled_from_rules
def _date_limits(ruleset: Rules):
    """events.json's words that keep a date from an event: deadlines ("by 2023"), heads of
    events that last years ("war"; and the wars of `abbreviated_wars`, "WWII"), the past cues
    that leave an anniversary its year only, and what may stand between a war's name and its
    own date."""
    rules = ruleset.get("events", required=("heads",))
    deadline = rules.get("date_deadline_words", [])
    # a war written as an abbreviation ("WWII") lasts years as "World War II" does (war60)
    abbreviations = list((rules.get("abbreviated_wars") or {}).get("names", {}))
    multi_year = rules.get("multi_year_heads", []) + abbreviations
    past = rules.get("anniversary_past_cues", [])
    verbs = rules.get("multi_year_date_verbs", [])
    agent_words = int(rules.get("multi_year_agent_max_words", 0))
    relatives = rules.get("deadline_date_relatives", [])
    never = NEVER_MATCHES
    # "the siege of the fortress by the northern army lasted ...": who waged it, before the verb
    agent = rf"(?:by(?:\s+[\w’'-]+){{1,{agent_words}}}?\s+)?" if agent_words else ""
    verb = (
        rf"{agent}(?:(?:which|that)\s+)?(?:{phrase_alternation(verbs)})\b[^,.;:]{{0,40}}?"
        if verbs
        else never.pattern
    )
    # what may stand between a war's name and a date of its own: "the war of 1812", "the siege
    # of Leningrad in 1941", "the war, which ended 80 years ago"
    adjacent = re.compile(rf"\s*,?\s*(?:{verb})?\s*(?:(?:in|of|from|on)\s+)?(?:the\s+)?", re.I)
    return (
        re.compile(r"\b(?:" + phrase_alternation(deadline) + r")\s+(?:the\s+)?$", re.I)
        if deadline
        else never,
        re.compile(r"\b" + phrase_alternation(multi_year) + r"\b", re.I) if multi_year else never,
        re.compile(r"\b" + phrase_alternation(past) + r"\b", re.I) if past else never,
        adjacent,
        # "by August 26, when the ": the date the relative clause's event is at, no deadline
        re.compile(rf"\s*,?\s*(?:{phrase_alternation(relatives)})\s+(?:the\s+)?", re.I)
        if relatives
        else never,
    )


@compiled_from_rules
def _concluded_cue(ruleset: Rules) -> re.Pattern:
    """events.json's `concluded_event_cues` right before a name ("the decisions adopted at the
    "), not after "will be" / "to be" / "be"."""
    cues = ruleset.get("events", required=("heads",)).get("concluded_event_cues", [])
    if not cues:
        return NEVER_MATCHES
    return re.compile(
        rf"(?<!\bbe )(?<!\bbeen )\b(?:{phrase_alternation(cues)})\s+(?:the\s+)?$", re.IGNORECASE
    )


@compiled_from_rules
def _year_part(ruleset: Rules) -> tuple[re.Pattern, re.Pattern, int]:
    """events.json's `year_part_phrases`: a part of "the year" said with no year ("at the end
    of the year", "in the middle of the year"), the document's year; the phrases' last words
    ("year"), a quick test of a clause before the full pattern; and the first month of the
    year in which a clause in the past may say it (before it, the year's end told of in the
    past may be last year's). Issue 12 round cz."""
    rules = ruleset.get("events", required=("heads",)).get("year_part_phrases", {})
    phrases = [p for p in rules.get("phrases", []) if p.split()]
    if not phrases:
        return NEVER_MATCHES, NEVER_MATCHES, 1
    pattern = re.compile(rf"\b(?:{phrase_alternation(phrases)})\b(?!\s*(?:of\b|\d))", re.IGNORECASE)
    last_words = whole_words_pattern({p.split()[-1] for p in phrases})
    return pattern, last_words, int(rules.get("past_from_doc_month", 1))


@compiled_from_rules
def _countdown(
    ruleset: Rules,
) -> tuple[re.Pattern, dict[str, str], dict[str, int], re.Pattern] | None:
    """events.json's `countdown_event_cues`, compiled: a count (digits or one of temporal.json's
    `relative_dates.numbers`), a unit, one of `middles`, one of `links`, maybe 'the' and one of
    `openers`, then 'the' maybe, right before a name; with the units, the number words and
    the `middles` alone (a quick test before the full pattern)."""
    rules = ruleset.get("events", required=("heads",)).get("countdown_event_cues", {})
    units = {normalise_phrase(k): v for k, v in rules.get("units", {}).items()}
    if not units or not rules.get("middles") or not rules.get("links"):
        return None
    relative = ruleset.get("temporal", required=("relative",)).get("relative_dates", {})
    numbers = {normalise_phrase(k): v for k, v in relative.get("numbers", {}).items()}
    count = r"\d{1,3}" + (f"|{phrase_alternation(numbers)}" if numbers else "")
    openers = rules.get("openers", [])
    opener = rf"(?:(?:the\s+)?{phrase_alternation(openers)}\s+)?" if openers else ""
    pattern = re.compile(
        rf"\b(?P<count>{count})\s+(?P<unit>{phrase_alternation(units)})\s+"
        rf"(?:{phrase_alternation(rules['middles'])})\s+(?:{phrase_alternation(rules['links'])})"
        rf"\s+{opener}(?:the\s+)?$",
        re.IGNORECASE,
    )
    return pattern, units, numbers, re.compile(phrase_alternation(rules["middles"]), re.I)


def countdown_year(ruleset: Rules, sentence: str, start: int, doc_date: str | None) -> str | None:
    """The year of the day a count of days, weeks, months or years after the document's date
    falls in, where the name at `start` follows such a count and a word of time left before
    it ("with five months to go before the Lake Games", "two years left until the opening
    of the Pine Games"; events.json's `countdown_event_cues`, issue 12 round cz): the year only,
    since the count is often rounded. None for a document not dated to the day."""
    compiled = _countdown(ruleset)
    if compiled is None or not doc_date or len(doc_date) < 10:
        return None
    pattern, units, numbers, middle = compiled
    lo = max(0, start - 120)
    if not middle.search(sentence, lo, start):
        return None  # no word of time left: the full pattern is not tried
    m = pattern.search(sentence, lo, start)
    if m is None:
        return None
    raw = normalise_phrase(m.group("count"))
    n = int(raw) if raw.isdigit() else numbers.get(raw)
    unit = units[normalise_phrase(m.group("unit"))]
    if not n:
        return None
    year, month, day = int(doc_date[:4]), int(doc_date[5:7]), int(doc_date[8:10])
    if unit == "year":
        return f"{year + n:04d}"
    if unit == "month":
        return f"{year + (month - 1 + n) // 12:04d}"
    days = n * (7 if unit == "week" else 1)
    return f"{(datetime.date(year, month, day) + datetime.timedelta(days=days)).year:04d}"


@compiled_from_rules
def _month_lead(ruleset: Rules) -> re.Pattern:
    """A bare month after events.json's `month_leads` ("planned for November"), read as the "m"
    kind of `_DATE_PATTERNS` ("in November") is: its group 1 is the month."""
    leads = ruleset.get("events", required=("heads",)).get("month_leads", [])
    if not leads:
        return NEVER_MATCHES
    return re.compile(
        rf"\b(?i:{phrase_alternation(leads)})\s+(?:{_PART}[\s-]+)?{_MONTH}\b"
        r"(?!\s+(?:\d|last|this|next))"
    )  # the month capitalised: "planned for march" is no date


@compiled_from_rules
def _past_month_lead(ruleset: Rules) -> re.Pattern:
    """events.json's `past_month_leads` ending right before a bare month ("back in October"),
    searched up to the month's start: the month is one gone by (issue 12 round ce)."""
    leads = ruleset.get("events", required=("heads",)).get("past_month_leads", [])
    if not leads:
        return NEVER_MATCHES
    return re.compile(rf"\b(?i:{phrase_alternation(leads)})\s+$")


@compiled_from_rules
def _past_participle_day_lead(ruleset: Rules) -> tuple[re.Pattern, re.Pattern]:
    """events.json's `past_participle_day_leads`: a participle ("held"), maybe "in" and up to
    `place_words` capitalised words, and "on", ending right before a day written without its
    year ("the summit held in Pinetown on March 10"): a day gone by, whatever the clause says
    of a time to come (issue 12 round ev91); and the words which, right before the participle,
    make it a passive of any time ("to be held on", "is held on")."""
    rules = ruleset.get("events", required=("heads",)).get("past_participle_day_leads", {})
    participles = rules.get("participles", [])
    if not participles:
        return NEVER_MATCHES, NEVER_MATCHES
    words = int(rules.get("place_words", 0))
    place = rf"(?:\s+in\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,{words - 1}}})?" if words > 0 else ""
    lead = re.compile(rf"\b(?i:{phrase_alternation(participles)}){place}\s+(?i:on)\s+$")
    not_after = rules.get("not_after", [])
    before = (
        re.compile(rf"\b(?i:{phrase_alternation(not_after)})\s+$") if not_after else NEVER_MATCHES
    )
    return lead, before


def _past_participle_day(ruleset: Rules, sentence: str, lo: int, at: int) -> bool:
    """Whether the day at sentence[at] follows a past participle of `_past_participle_day_lead`
    within the clause starting at `lo` ("held in Pinetown on"), not a passive of another time
    ("to be held on")."""
    lead, before = _past_participle_day_lead(ruleset)
    m = lead.search(sentence, max(lo, at - 80), at)
    return m is not None and not before.search(sentence, max(lo, m.start() - 20), m.start())


@compiled_from_rules
def _name_year_determiner(ruleset: Rules) -> re.Pattern:
    words = ruleset.get("events", required=("heads",)).get("name_year_determiners", [])
    if not words:
        return NEVER_MATCHES
    return re.compile(rf"\b(?:{phrase_alternation(words)})\s+$", re.IGNORECASE)


_CAPITALISED_NEXT = re.compile(r"\s+[A-Z][\w’'-]*")
# "the 2014 Olympics and Paralympics": the year is shared by the names it coordinates
_SHARED_NAME = re.compile(r"(?:\s+[A-Z][\w’'-]*)+\s+(?:and|&)\s+(?:the\s+)?")


def _year_of_a_name(ruleset: Rules, sentence: str, start: int, end: int) -> bool:
    """Whether the year at sentence[start:end] stands between a determiner and a capitalised
    word ("the 2018 World Cup", "our 2030 Agenda"): a name's year, not a date of the clause."""
    return bool(
        _CAPITALISED_NEXT.match(sentence, end)
        and _name_year_determiner(ruleset).search(sentence[max(0, start - 12) : start])
    )


@compiled_from_rules
def _remembered_cue(ruleset: Rules) -> re.Pattern:
    words = ruleset.get("events", required=("heads",)).get("remembered_event_cues", [])
    if not words:
        return NEVER_MATCHES
    # "the anniversary of the legendary Victory Parade", "80 years since the Yalta Conference"
    return re.compile(
        rf"\b(?:{phrase_alternation(words)})\s+(?:the\s+)?(?:[a-z][\w’'-]*\s+){{0,2}}$",
        re.IGNORECASE,
    )


def _remembered(ruleset: Rules, sentence: str, start: int) -> bool:
    """Whether the event named at `start` is what an anniversary counts from (events.json's
    `remembered_event_cues`): the dates of its clause are the remembrance's, not its own."""
    return bool(_remembered_cue(ruleset).search(sentence[max(0, start - 60) : start]))


@lru_cache(maxsize=1024)  # the clauses of a page's mentions, asked for again by each reading
def clause_bounds(ruleset: Rules, sentence: str, start: int, end: int) -> tuple[int, int]:
    """The clause of sentence[start:end] in which its date is looked for: temporal's clause,
    cut also at events.json's `event_clause_breaks` (", but ") and before or after a verb of
    saying and its "that" (`reported_speech_verbs`: "we announced that ... next year")."""
    lo, hi = _temporal_clause_bounds(ruleset, sentence, start, end, _cues(ruleset)[6])
    # "said that ": what follows a verb of saying is a clause of its own
    reported = _reported_speech(ruleset)
    for m in reported.finditer(sentence, lo, hi) if may_match(reported, sentence, lo, hi) else ():
        if m.end() <= start:
            lo = m.end()
        elif m.start() >= end:
            hi = m.start()
            break
    return lo, hi


@compiled_from_rules
def _reported_speech(ruleset: Rules) -> re.Pattern:
    """A verb of saying or believing and its "that" (events.json's `reported_speech_verbs`),
    not "that" as a pronoun, followed by one of `pronoun_that_followers` ("I think that was in
    2015": the clause goes on)."""
    rules = ruleset.get("events", required=("heads",))
    verbs = rules.get("reported_speech_verbs", [])
    if not verbs:
        return NEVER_MATCHES
    followers = rules.get("pronoun_that_followers", [])
    pronoun = rf"(?!(?:{phrase_alternation(followers)})\b)" if followers else ""
    return re.compile(rf"\b{phrase_alternation(verbs)} that {pronoun}")


def resolve_date(
    match: re.Match,
    kind: str,
    year: int | None,
    doc_month_: int | None = None,
    tense: int = 0,
) -> str | None:
    """The date a match of `_DATE_PATTERNS` stands for, against the document's year and month;
    `tense` (+1 future, -1 past, 0 unknown) places a bare month before or after the document."""
    g = match.groups()
    if kind == "mdy":
        return f"{int(g[2]):04d}-{MONTHS[g[0].lower()]:02d}-{int(g[1]):02d}"
    if kind == "dmy":
        return f"{int(g[2]):04d}-{MONTHS[g[1].lower()]:02d}-{int(g[0]):02d}"
    if kind == "my":
        return f"{int(g[1]):04d}-{MONTHS[g[0].lower()]:02d}"
    if kind == "mmy":
        # "in December–February 2013": December of the year before
        first, last = MONTHS[g[0].lower()], MONTHS[g[1].lower()]
        return f"{int(g[2]) - (1 if first > last else 0):04d}-{first:02d}"
    if kind == "y":
        return g[0]
    if year is None:
        return None
    if kind == "m_rel":
        rel = next(w for w in g[1:] if w)
        return f"{year + _REL[rel.lower()]:04d}-{MONTHS[g[0].lower()]:02d}"
    if kind == "md_rel":
        rel = g[2] or g[3]
        return f"{year + _REL[rel.lower()]:04d}-{MONTHS[g[0].lower()]:02d}-{int(g[1]):02d}"
    if kind == "rel_md":
        return f"{year + _REL[g[0].lower()]:04d}-{MONTHS[g[1].lower()]:02d}-{int(g[2]):02d}"
    if kind == "rel":
        return f"{year + _REL[g[0].lower()]:04d}"
    if kind == "year_part":
        return f"{year:04d}"  # "at the end of the year": the document's (issue 12 round cz)
    if kind == "rel_m":
        # "last June": the most recent June before the document; "next June": the coming one
        month = MONTHS[g[1].lower()]
        rel = g[0].lower()
        if rel == "last" or rel.endswith("past"):
            y = year if doc_month_ is not None and month < doc_month_ else year - 1
        elif rel == "next":
            y = year if doc_month_ is not None and month > doc_month_ else year + 1
        else:
            y = year
        return f"{y:04d}-{month:02d}"
    if kind == "season" and g[1]:
        return g[1]  # "in the summer of 2019"
    if kind in ("season", "season_rel"):
        return _season_year(match, kind, year, doc_month_, tense)
    if kind == "season_ahead":
        return _season_ahead_year(match, year, doc_month_)
    if kind in ("md", "dm", "m"):
        if kind == "md":
            month_name, day = g[0], g[1]
        elif kind == "dm":
            month_name, day = g[1], g[0]
        else:
            month_name, day = g[0], None
        month = MONTHS[month_name.lower()]
        y = year
        if doc_month_ is not None and tense > 0 and month < doc_month_:
            y = year + 1  # "will be held in March", said in November
        elif doc_month_ is not None and tense < 0 and month > doc_month_:
            y = year - 1  # "took place in November", said in March
        return f"{y:04d}-{month:02d}" + (f"-{int(day):02d}" if day else "")
    return None


def _season_year(match: re.Match, kind: str, year: int, doc_month_: int | None, tense: int) -> str:
    """The year of "this spring", "next autumn", "in the summer": the document's, or the one
    before or after as the words or the tense say."""
    if kind == "season_rel":
        rel, season = match.group(1).lower(), match.group(2).lower()
    else:
        rel, season = None, match.group(1).lower()
    start = _SEASONS[season]
    if doc_month_ is None:
        return f"{year + _REL.get(rel, 0):04d}" if rel else f"{year:04d}"
    if rel == "next" or (rel is None and tense > 0):
        return f"{year if start > doc_month_ else year + 1:04d}"
    if rel == "last" or (rel is None and tense < 0):
        return f"{year if start < doc_month_ else year - 1:04d}"
    return f"{year:04d}"


@lru_cache(maxsize=1024)  # a clause's tense, read again for each of its dates and mentions
def _tense(ruleset: Rules, clause: str) -> int:
    future, past = _cues(ruleset)[3:5]
    quick = QuickText(clause)  # the words of the cues, looked up before the patterns (issue 19)
    if quick.may(future) and future.search(clause):
        return 1
    if quick.may(past) and past.search(clause):
        return -1
    return 0


def forget_page_clauses() -> None:
    """Empty the caches of clauses and tenses (`clause_bounds`, `_tense`) as a new page starts:
    their hits are within a page (whole archive, 1 worker: 10 of 16,336 clause hits and 7 of
    506 tense hits were of an earlier page), so kept across pages they only held memory that
    grew with the run (issue 19, round mem72). Their own bounds stay for callers outside a
    pipeline run."""
    clause_bounds.cache_clear()
    _tense.cache_clear()


def date_in_name(name: str) -> str | None:
    """A date written inside an event's name: "1999-12" for "December 1999 parliamentary
    elections", "2015" for "Army-2015 Forum"; the first year of a range ("1941–1945")."""
    if "19" not in name and "20" not in name:
        # every date read here holds a year that starts so (`_NAME_DATE_KINDS`, `_YEAR_IN`):
        # most names have none, and skip the patterns (round date64)
        return None
    for pattern, kind in _DATE_PATTERNS:
        if kind in _NAME_DATE_KINDS:
            m = pattern.search(name)
            if m:
                return resolve_date(m, kind, None)
    m = _YEAR_IN.search(name)
    return m.group(1) if m else None


_NAME_MONTH = re.compile(rf"{_MONTH}\b(?!\s+\d)")


def _month_naming(
    ruleset: Rules, name: str, sentence: str, start: int, end: int, doc_date: str | None
) -> str | None:
    """The month a name starts with ("the November Russia-EU summit", "September elections"),
    in the year the clause's tense points to."""
    m = _NAME_MONTH.match(name)
    if not m:
        return None
    lo, hi = clause_bounds(ruleset, sentence, start, end)
    return resolve_date(
        m, "m", doc_year(doc_date), doc_month(doc_date), _tense(ruleset, sentence[lo:hi])
    )


@compiled_from_rules
def _date_ranges(ruleset: Rules) -> dict:
    """events.json's `date_ranges_at` (issue 12 round at), compiled: `cross`, a range across two
    months ("from June 28 to July 2", "28 June – 2 July", maybe with a year after it); `end`,
    the last day after a range's first ("–14" after "May 12"); the flags and `max_days`."""
    rules = ruleset.get("events", required=("heads",)).get("date_ranges_at", {})
    cross_words, end_words = rules.get("cross_month_joiners"), rules.get("range_end_joiners")
    cross = phrase_alternation(cross_words) if cross_words else None
    end = phrase_alternation(end_words) if end_words else None
    year = r"(?:,?\s+((?:19|20)\d{2}))?\b"
    return {
        "cross": (
            re.compile(
                rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?\s*{cross}\s*{_MONTH}\s+"
                rf"(\d{{1,2}})(?:st|nd|rd|th)?{year}"
            ),
            re.compile(
                rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH}\s*{cross}\s*(\d{{1,2}})"
                rf"(?:st|nd|rd|th)?\s+{_MONTH}{year}"
            ),
        )
        if cross
        else (),
        "end": re.compile(rf"\s*{end}\s*(\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*(?:[:.]\d|%|per))")
        if end
        else None,
        "dm_end": re.compile(rf"\d{{1,2}}{_DAY_RANGE}"),
        # the first day of "May 12–14, 2030" (a range of days with its year): the last day is
        # read after it with `end`, as after a bare "May 12"
        "md_first": re.compile(rf"{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?"),
        "under_way": bool(rules.get("under_way_on_doc_day")),
        "max_days": int(rules.get("max_days", 0)),
        "name_year": bool(rules.get("name_year_completes_date")),
    }


def _cross_month_ranges(
    ruleset: Rules,
    sentence: str,
    lo: int,
    hi: int,
    year: int | None,
    quick: QuickText | None = None,
):
    """The ranges across two months in sentence[lo:hi]: (start, end, first day, last day), the
    days as ISO dates (a range without a year takes `year`; None without one). `quick`: the
    quick tests of that same span, if the caller has them (round date64: one per clause)."""
    out = []
    for i, pattern in enumerate(_date_ranges(ruleset)["cross"]):
        if not (quick.may(pattern) if quick is not None else may_match(pattern, sentence, lo, hi)):
            continue  # no month or no digit there (issue 19)
        for m in pattern.finditer(sentence, lo, hi):
            g = m.groups()
            if i == 0:
                (m1, d1, m2, d2, y) = g
            else:
                (d1, m1, d2, m2, y) = g
            y = int(y) if y else year
            if y is None:
                continue
            a, b = MONTHS[m1.lower()], MONTHS[m2.lower()]
            first = f"{y - (1 if a > b else 0):04d}-{a:02d}-{int(d1):02d}"
            last = f"{y:04d}-{b:02d}-{int(d2):02d}"
            out.append((m.start(), m.end(), first, last))
    return out


def range_end(ruleset: Rules, sentence: str, s: int, e: int, value: str) -> str | None:
    """The last day of a range whose first day is the date at sentence[s:e] (`value`, a day):
    "May 12–14" gives May 14, "12–14 May" too; None for a single day (issue 12 round at)."""
    rules = _date_ranges(ruleset)
    if len(value) != 10:
        return None
    for cs, _, first, last in _cross_month_ranges(ruleset, sentence, s, e, int(value[:4])):
        if cs == s:
            shift = 1 if last[5:] < first[5:] else 0
            return f"{int(value[:4]) + shift:04d}{last[4:]}"
    m = rules["dm_end"].match(sentence, s, e)
    if m and m.end() > s:
        days = re.findall(r"\d{1,2}", sentence[s : m.end()])
        return f"{value[:8]}{int(days[-1]):02d}" if len(days) >= 2 else None
    if rules["end"] is not None:
        first = rules["md_first"].match(sentence, s, e)
        m = rules["end"].match(sentence, first.end(), e) if first else None
        if m and int(m.group(1)) > int(value[8:]):
            return f"{value[:8]}{int(m.group(1)):02d}"  # "May 12–14, 2030"
        m = rules["end"].match(sentence, e)
        if m and int(m.group(1)) > int(value[8:]):
            return f"{value[:8]}{int(m.group(1)):02d}"
    return None


def doc_day_in_range(
    ruleset: Rules, sentence: str, s: int, e: int, value: str, doc_date: str | None
) -> bool:
    """Whether the day at sentence[s:e] (`value`) starts a range of days that holds the
    document's day after its first (events.json's `date_ranges_at.under_way_on_doc_day`), in a
    sentence with no cue of a time to come."""
    rules = _date_ranges(ruleset)
    if not rules["under_way"] or not doc_date or len(doc_date) != 10 or len(value) != 10:
        return False
    last = range_end(ruleset, sentence, s, e, value)
    if not last or not value < doc_date <= last or _tense(ruleset, sentence) > 0:
        return False  # "will take part in the Lake Forum on May 12–14": not said as under way
    days = (datetime.date.fromisoformat(last) - datetime.date.fromisoformat(value)).days
    return days <= rules["max_days"]


def dates_in_clause(
    ruleset: Rules,
    sentence: str,
    start: int,
    end: int,
    doc_date: str | None,
    *,
    relative: bool = True,
    deadlines: bool = True,
    names: bool = True,
    ranges: bool = True,
) -> list[tuple[int, str, int, int]]:
    """The dates in the clause of sentence[start:end], outside it: (distance, date, start, end),
    nearest first. `relative=False` leaves out those said relative to the document's year;
    `deadlines=False` those after a deadline word ("by 2023", events.json's
    `date_deadline_words`). An anniversary keeps them: "by 2023, the centenary of the
    Republic" is the anniversary's year. `names=False` leaves out a year that belongs to
    another name ("the 2018 World Cup", events.json's `name_year_determiners`).
    `ranges=False` reads a range across two months as its two dates, as before issue 12 at
    (an anniversary's clause: the days of what it counts from)."""
    year, month = doc_year(doc_date), doc_month(doc_date)
    lo, hi = clause_bounds(ruleset, sentence, start, end)
    clause = sentence[lo:hi]
    # the clause's tense, read at the first date that needs it: most clauses have none (date64)
    tense: int | None = None
    found = []
    taken: list[tuple[int, int]] = []
    month_lead = _month_lead(ruleset)
    # round cz: a part of the year said without one ("at the end of the year")
    _, year_part_words, year_part_past_from = _year_part(ruleset)
    range_rules = _date_ranges(ruleset)
    quick = QuickText(sentence, lo, hi)
    # the quick test's answer for each set of requirements: patterns that require the same
    # words (a month's name and a digit: most dates) are tested once, not once each
    patterns = _clause_date_patterns(ruleset)
    may: list[bool | None] = [None] * patterns.distinct
    # "from June 28 to July 2": the first day; the last is no date of the event (issue 12 at)
    cross = _cross_month_ranges(ruleset, sentence, lo, hi, year, quick) if ranges else ()
    for s, e, first, _ in cross:
        if (s < end and e > start) or _postponed_from(ruleset).search(sentence, max(0, s - 40), s):
            continue  # in the name, or "moved from June 28 to July 2": read as two dates
        taken.append((s, e))
        if sentence[s:e][-4:].isdigit():
            found.append((_distance(s, e, start, end), first, s, e))
        elif relative and year is not None:
            # no year written: the first day's month placed by the clause's tense, as "May 9"
            m = _FIRST_MONTH.search(sentence, s, e)
            if tense is None:
                tense = _tense(ruleset, clause)
            value = resolve_date(m, "m", year, month, tense) if m else None
            if value:
                found.append((_distance(s, e, start, end), value + first[7:], s, e))
    year_part_read = year_part_words.search(sentence, lo, hi) is not None
    # the year part's pattern read only where the clause holds a phrase's last word ("year")
    for pattern, kind, tested in (
        patterns.always + patterns.year_part if year_part_read else patterns.always
    ):
        holds = may[tested]
        if holds is None:
            holds = may[tested] = quick.may(pattern)
        if not holds:
            continue  # a word or a digit each match holds is not in the clause (issue 19)
        for m in pattern.finditer(sentence, lo, hi):
            if (
                m.start() < end
                and m.end() > start
                and not (
                    # "the March 3, 2030 Lake summit": the name's year ends the date (issue 12 at)
                    range_rules["name_year"]
                    and kind in ("mdy", "dmy")
                    and m.start() < start
                    and m.end() == start + 4
                    and _YEAR_IN.fullmatch(sentence, start, start + 4)
                )
            ):
                continue
            if any(m.start() < e and m.end() > s for s, e in taken):
                continue  # part of a more precise date already seen
            taken.append((m.start(), m.end()))
            if not relative and kind in _RELATIVE_KINDS:
                continue
            if tense is None:
                tense = _tense(ruleset, clause)
            if kind == "year_part" and tense < 0 and (month or 0) < year_part_past_from:
                continue  # "at the end of the year, the Lake Forum was held", said in January
            if (
                not deadlines
                and _date_limits(ruleset)[0].search(sentence, max(lo, m.start() - 30), m.start())
                and not _date_limits(ruleset)[4].fullmatch(sentence, m.end(), start)
            ):
                continue  # "by 2023": a deadline, not the event's date ("by May 5, when the X")
            if (
                not names
                and kind == "y"
                and _year_of_a_name(ruleset, sentence, m.start(), m.end())
                and not _SHARED_NAME.fullmatch(sentence, m.end(), start)
            ):
                continue  # "than the 2018 World Cup": another event's year
            # "planned for March" points ahead unless the clause says it is past
            ahead = 1 if pattern is month_lead and tense == 0 else tense
            if kind in ("m", "md") and _past_month_lead(ruleset).search(
                sentence, max(lo, m.start(1) - 20), m.start(1)
            ):
                ahead = -1  # "back in October": gone by, whatever the clause plans (round ce)
            elif (
                kind in ("md", "dm")
                and ahead > 0
                and _past_participle_day(ruleset, sentence, lo, m.start())
            ):
                ahead = -1  # "the summit held in Pinetown on March 10" (round ev91)
            value = resolve_date(m, kind, year, month, ahead)
            if value is not None:
                found.append((_distance(m.start(), m.end(), start, end), value, m.start(), m.end()))
    # read only where the clause holds a word every relative expression does (issue 19)
    relative_rules = _relative_date_rules(ruleset)
    may_be_relative = relative_rules is None or quick.may(relative_rules[0])
    for rel in relative_dates(ruleset, clause, doc_date) if may_be_relative else ():
        s, e = rel.start + lo, rel.end + lo
        if (s < end and e > start) or any(s < te and e > ts for ts, te in taken):
            continue
        if not relative and rel.unit in ("day", "week", "month"):
            continue
        if not deadlines and _date_limits(ruleset)[0].search(sentence, max(lo, s - 30), s):
            continue
        found.append((_distance(s, e, start, end), rel.date, s, e))
    found.sort(key=lambda f: f[0])
    return found


@dataclass(frozen=True)
class _ClauseDatePatterns:
    """The patterns `dates_in_clause` reads a clause's dates with, in its order, each as
    (pattern, kind, index of its requirements): `always`, then `year_part` where the clause
    holds one of the year part's last words; `distinct`: how many distinct requirements
    (`quick_tests.requirements`) they have. Patterns with the same requirements get the same
    answer from a quick test, asked once (round ev63)."""

    always: tuple[tuple[re.Pattern, str, int], ...]
    year_part: tuple[tuple[re.Pattern, str, int], ...]
    distinct: int


@compiled_from_rules
def _clause_date_patterns(ruleset: Rules) -> _ClauseDatePatterns:
    """`_ClauseDatePatterns` of these rules."""
    entries = [
        *_DATE_PATTERNS,
        (_month_lead(ruleset), "m"),
        (_issue_12i_patterns(ruleset)["month_adjective"], "m"),
        (month_part_pattern(ruleset), "m"),  # "in the first half of November"
        (_season_ahead(ruleset), "season_ahead"),  # "in the coming spring" (issue 12u)
        (_year_part(ruleset)[0], "year_part"),  # "at the end of the year" (round cz)
    ]
    index: dict[tuple[int, ...], int] = {}  # requirements are interned: told by identity
    indexed = tuple(
        (pattern, kind, index.setdefault(tuple(map(id, requirements(pattern))), len(index)))
        for pattern, kind in entries
    )
    return _ClauseDatePatterns(indexed[:-1], indexed[-1:], len(index))


def _another_events_date(
    ruleset: Rules,
    sentence: str,
    start: int,
    end: int,
    found: tuple[int, str, int, int],
    others: tuple[tuple[int, int], ...],
) -> bool:
    """Whether the date `found` (from `dates_in_clause`) is another event's: it follows that
    event's name ("the Lake Forum in June and the Arctic Summit"), or, after this event, that
    event is named between the two and does not share this one's predicate ("X is taking place
    in Grozny and Y is taking place on May 18"; not "X and the second Y are planned for May",
    "X and its Y open in May"), unless that event is named in an insertion after this one that
    closes before the date ("X, which hosts the Y, will open on May 5"). Not when this event is
    held within that one ("during the Lake Forum in June"; events.json's `shared_date_links`).
    A date before both is kept: "This year, X and Y" dates both."""
    _, _, s, _ = found
    coordination, adjacent, within, window = _other_event_patterns(ruleset)
    for o_start, o_end in others:
        if o_start < end and o_end > start:
            continue  # the event itself, or a name inside it
        if end <= o_start and within.search(sentence, max(end, o_start - window), o_start):
            continue  # "will take place during the Lake Forum in June": its date is this one's
        if o_end <= s and adjacent.fullmatch(sentence, o_end, s):
            if o_end <= start and shared_date_joiner(ruleset).fullmatch(sentence, found[3], start):
                continue  # "the Lake Summit on June 8, along with the opening of the X": both's
            return True
        if end <= o_start and o_end <= s and not coordination.fullmatch(sentence, end, o_start):
            if _inserted(sentence, end, o_end, s):
                continue  # "X, which hosts the Y, will open on May 5": the date is X's
            return True
    return False


_INSERTION = re.compile(r"\s*([,(])")


def _inserted(sentence: str, end: int, o_end: int, s: int) -> bool:
    """Whether the other event (ending at `o_end`) is named in an insertion that opens right
    after this one (ending at `end`: ", which hosts the", ", including the", " (the") and
    closes before the date (at `s`): "X, which hosts the Y, will open on May 5". A date inside
    the insertion is not this event's: "X (the Y was in May) opened on June 3"."""
    opened = _INSERTION.match(sentence, end)
    if opened is None:
        return False
    return sentence.find(")" if opened.group(1) == "(" else ",", o_end, s) >= 0


@compiled_from_rules
def _other_event_patterns(
    ruleset: Rules,
) -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern, int]:
    """(what joins two events that share a predicate: ", and the second ", " and its "; what
    may stand between an event's name and a date of its own: " in Oslo on "; what links an
    event to another it is held within: "during the "; how many characters before the other
    event such a link is looked for). events.json's `event_list_joiners`,
    `event_list_determiners`, `shared_date_links`, `shared_date_link_window` and
    `other_event_place_words`."""
    rules = ruleset.get("events", required=("heads",))
    ordinals = phrase_alternation(list(rules.get("ordinal_words", {})) or ["first"])
    links = rules.get("shared_date_links", [])
    joiners = phrase_alternation(rules.get("event_list_joiners", []) or ["and"])
    determiners = phrase_alternation(rules.get("event_list_determiners", []) or ["the"])
    places = phrase_alternation(rules.get("other_event_place_words", []) or ["in"])
    before_name = rf"(?:{determiners}\s+)?(?:(?:{ordinals}|\d+(?:st|nd|rd|th))\s+)?"
    coordination = re.compile(
        rf"\s*(?:,\s*)?(?:{joiners}\s+)?{before_name}",
        re.IGNORECASE,
    )
    # no comma: "the anniversary of ..., this April I paid a visit" starts another stretch
    adjacent = re.compile(rf"\s*(?:{places}\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s*)?(?:on\s+)?")
    within = (
        re.compile(rf"\b(?:{phrase_alternation(links)})\s+(?:the\s+)?$", re.IGNORECASE)
        if links
        else NEVER_MATCHES
    )
    return coordination, adjacent, within, int(rules.get("shared_date_link_window", 40))


@compiled_from_rules
def _postponed_from(ruleset: Rules) -> re.Pattern:
    """One of events.json's `postponement_cues` and "from", right before a date: "was postponed
    from "."""
    cues = ruleset.get("events", required=("heads",)).get("postponement_cues", [])
    if not cues:
        return NEVER_MATCHES
    return re.compile(rf"\b(?:{phrase_alternation(cues)})\s+from\s+(?:the\s+)?$", re.IGNORECASE)


_LAST_DAY = re.compile(rf"\d{{1,2}}{_DAY_RANGE}")


def _new_dates(
    ruleset: Rules, sentence: str, found: list[tuple[int, str, int, int]]
) -> list[tuple[int, str, int, int]]:
    """The dates of `found` with those an event was moved from left out ("postponed from 8 March
    to 14 March": 14 March), and a range of days it was moved across read as its last day
    ("postponed from 8 to 14 March": 14 March)."""
    moved = _postponed_from(ruleset)
    kept = []
    for distance, value, s, e in found:
        if moved.search(sentence, max(0, s - 40), s):
            days = _LAST_DAY.match(sentence, s, e)
            if days is None or len(value) != 10:
                continue  # the old date
            last = int(re.findall(r"\d{1,2}", days.group(0))[-1])
            if not 1 <= last <= 31:
                continue
            value = f"{value[:8]}{last:02d}"
        kept.append((distance, value, s, e))
    return kept


def _distance(s: int, e: int, start: int, end: int) -> int:
    return start - e if e <= start else s - end


@compiled_from_rules
def _issue_12i_patterns(ruleset: Rules) -> dict[str, re.Pattern]:
    """events.json's date cues of issue 12i, compiled: `date_span_start_words` right before a
    date ("since 2011": when a run of events began, not one's date); `just_over_cues` (the event
    has just ended or is being left: "are over now", "upon returning from"; the document's
    month); `narrative_visit_cues` (a news report's "viewed the stand at the ... Forum");
    `month_adjective_nouns` (a month before a celebration noun, "the August celebrations of",
    read as "in August"); `other_noun_relatives` (" and the <noun> that/which ...": a cue after
    it belongs to that noun's relative clause, "the assessments that you made today")."""
    rules = ruleset.get("events", required=("heads",))
    never = NEVER_MATCHES

    def alternation(phrases):
        if not phrases:
            return never
        return re.compile(r"\b" + phrase_alternation(phrases) + r"\b", re.IGNORECASE)

    since = rules.get("date_span_start_words", [])
    nouns = rules.get("month_adjective_nouns", [])
    relatives = rules.get("other_noun_relatives", {})
    joiners, pronouns = relatives.get("joiners", []), relatives.get("pronouns", [])
    determiners = relatives.get("determiners", [])
    return {
        "since": re.compile(rf"\b(?:{phrase_alternation(since)})\s+(?:the\s+)?$", re.I)
        if since
        else never,
        "over": alternation(rules.get("just_over_cues", [])),
        "visit": alternation(rules.get("narrative_visit_cues", [])),
        # the month capitalised: "the may celebrations" is no date
        "month_adjective": re.compile(
            rf"(?<=\b(?i:the) ){_MONTH}(?=\s+(?i:{phrase_alternation(nouns)})\b)"
        )
        if nouns
        else never,
        "other_relative": re.compile(
            rf"\s(?:{phrase_alternation(joiners)})\s+(?:{phrase_alternation(determiners)})\s"
            rf"[^,;]*?\b(?:{phrase_alternation(pronouns)})\b",
            re.IGNORECASE,
        )
        if joiners and pronouns and determiners
        else never,
    }


def _after_span_start(ruleset: Rules, sentence: str, s: int) -> bool:
    """Whether the date at `s` follows one of events.json's `date_span_start_words` ("since
    2011"): the start of a span, not the date of one event."""
    return bool(_issue_12i_patterns(ruleset)["since"].search(sentence, max(0, s - 20), s))


def _just_over(ruleset: Rules, clause: str, narrative: bool) -> bool:
    """Whether the clause says its event has just ended or is being left as the document is
    written (events.json's `just_over_cues`: "are over now", "upon returning from"), or, in a
    news report, that the President went round something there (`narrative_visit_cues`:
    "viewed the stand at the Northern Forum")."""
    patterns = _issue_12i_patterns(ruleset)
    return bool(patterns["over"].search(clause) or (narrative and patterns["visit"].search(clause)))


def _future_year_window(ruleset: Rules, sentence: str, start: int, end: int) -> int:
    """How many years after the document's a year of an anniversary's clause may be when the
    clause speaks of a time to come (events.json's `anniversary_future_year_window`: "in 2031
    we will be marking the 150th anniversary of the Lake Academy", said in 2025); 0 otherwise."""
    rules = ruleset.get("events", required=("heads",))
    lo, hi = clause_bounds(ruleset, sentence, start, end)
    if _tense(ruleset, sentence[lo:hi]) <= 0:
        return 0
    return int(rules.get("anniversary_future_year_window", 0))


def _cue_clause_end(ruleset: Rules, sentence: str, end: int, hi: int) -> int:
    """Where the stretch read for cues of the document's date ends after an event ending at
    `end`: before another noun joined to it that has a relative clause of its own ("the Lake
    Games and the comments on our plans that you made today": "today" is the comments')."""
    m = _issue_12i_patterns(ruleset)["other_relative"].search(sentence, end, hi)
    return m.start() if m else hi


@compiled_from_rules
def _issue_12m_patterns(ruleset: Rules) -> dict[str, re.Pattern]:
    """events.json's cues of issue 12m, compiled: `narrative_venue_cues` (a verb of meeting or
    saying, a short stretch, then "at the" right before the name: "met with business leaders
    at the "; and what may not follow the name, "at a"), `other_document_date_cues` (what
    makes a date a document's or a holiday's: "dated " before it, " holiday" after it),
    `event_day_cues` ("the second day of "), `present_perfect_month_cues` ("have begun")."""
    rules = ruleset.get("events", required=("heads",))
    never = NEVER_MATCHES
    venue = rules.get("narrative_venue_cues", {})
    verbs, before = venue.get("verbs", []), venue.get("before_name", [])
    after = venue.get("not_after_name", [])
    gap = int(venue.get("gap_chars", 80))
    other = rules.get("other_document_date_cues", {})
    before_date, nouns = other.get("before_date", []), other.get("nouns_after_date", [])
    marks = other.get("number_marks_before_date", [])
    day_cues, month_cues = (
        rules.get("event_day_cues", []),
        rules.get("present_perfect_month_cues", []),
    )
    # issue 12x: a part of the event held on one day ("a gala concert of the Lake Festival")
    part_cues = rules.get("event_part_day_cues", [])
    return {
        "day_of": re.compile(rf"\b(?:{phrase_alternation(day_cues)})\s+(?:the\s+)?$", re.I)
        if day_cues
        else never,
        "part_of": re.compile(rf"\b(?:{phrase_alternation(part_cues)})\s+(?:the\s+)?$", re.I)
        if part_cues
        else never,
        "month_more": re.compile(rf"\b(?:{phrase_alternation(month_cues)})\b", re.I)
        if month_cues
        else never,
        "venue": re.compile(
            rf"\b(?:{phrase_alternation(verbs)})\b[^,.;:]{{0,{gap}}}?"
            rf"\s(?:{phrase_alternation(before)})\s+(?:(?:the|an?)\s+)?$",
            re.IGNORECASE,
        )
        if verbs and before
        else never,
        "venue_after": re.compile(rf"\b(?:{phrase_alternation(after)})\b", re.IGNORECASE)
        if after
        else never,
        "dated": re.compile(rf"\b(?:{phrase_alternation(before_date)})\s+$", re.IGNORECASE)
        if before_date
        else never,
        "holiday": re.compile(rf"\s+(?:{phrase_alternation(nouns)})\b", re.IGNORECASE)
        if nouns
        else never,
        # round 12bm: "Decree No. 41 of ", a document's number and "of" right before the date;
        # or a sentence opening with "41 of ": the sentencizer ends one after "No."
        "numbered": re.compile(
            rf"(?:(?<![\w.])(?:{phrase_alternation(marks)})\s*|^)\d[\w/-]*,?\s+of\s+$",
            re.IGNORECASE,
        )
        if marks
        else never,
    }


def _met_or_said_at(ruleset: Rules, sentence: str, start: int, end: int, lo: int, hi: int) -> bool:
    """Whether the clause sentence[lo:hi] of the event named at sentence[start:end] says that
    someone met with someone, or said something, at it ("met with business leaders at the
    Northern Forum"; events.json's `narrative_venue_cues`), speaking of no other time, and no
    second place follows the name ("met with the medal winners at the Games at a reception")."""
    patterns = _issue_12m_patterns(ruleset)
    return bool(
        patterns["venue"].search(sentence[max(lo, start - 200) : start])
        and not patterns["venue_after"].search(sentence, end, hi)
        and _present(ruleset, sentence[lo:hi])
    )


@dataclass(frozen=True)
class _ReportDayFlags:
    """Which news-report phrasings give the document's day rather than its month, when the
    sentence speaks of no other time (`_report_on_doc_day`)."""

    venue: bool  # "met with ... at the X": narrative_venue_cues.doc_day (issue 12 round at)
    opening: bool  # "At the X, ...": narrative_opening_doc_day (round ba)
    anniversary: bool  # "On the 20th anniversary of ..., ...": anniversary_opening_doc_day (ba)


@compiled_from_rules
def _report_day_flags(ruleset: Rules) -> _ReportDayFlags:
    """events.json's flags of `_ReportDayFlags`."""
    rules = ruleset.get("events", required=("heads",))
    return _ReportDayFlags(
        venue=bool((rules.get("narrative_venue_cues") or {}).get("doc_day")),
        opening=bool(rules.get("narrative_opening_doc_day")),
        anniversary=bool(rules.get("anniversary_opening_doc_day")),
    )


def _report_on_doc_day(
    ruleset: Rules, flag: bool, clause: str, sentence: str, doc_date: str
) -> bool:
    """Whether a news report's phrasing whose `_ReportDayFlags` flag is on gives the
    document's day, not its month: a full date, a whole sentence of no other time and a clause
    with no word of doc_day_cues.not_with or present_day_cues.not_with (`_of_the_doc_day`)."""
    return flag and len(doc_date) >= 10 and _of_the_doc_day(ruleset, clause, sentence)


def _of_the_doc_day(ruleset: Rules, clause: str, sentence: str) -> bool:
    """Whether a clause with a cue of the document's day speaks of no other time: no word of
    doc_day_cues.not_with nor of present_day_cues.not_with in the clause, no cue of a time to
    come or gone in the sentence (`_present`). What `going_on_today` and `_report_on_doc_day`
    ask after their cues."""
    return (
        not _cues(ruleset)[11].search(clause)
        and not _present_day(ruleset)[2].search(clause)
        and _present(ruleset, sentence)
    )


def _under_way_issue_12m(
    ruleset: Rules,
    sentence: str,
    start: int,
    lo: int,
    hi: int,
    doc_date: str | None,
    narrative: bool,
) -> str | None:
    """The document's day for an event a news report speaks of a day of ("the second day of
    the Pine Summit"; events.json's `event_day_cues`), the document's month for one whose
    clause says it has begun or is going on (`present_perfect_month_cues`: "The Lake Games have
    begun"); None otherwise, or when the clause speaks of another time."""
    if not doc_date or len(doc_date) < 7 or not _present(ruleset, sentence[lo:hi]):
        return None
    patterns = _issue_12m_patterns(ruleset)
    if (
        narrative
        and len(doc_date) >= 10
        and patterns["day_of"].search(sentence[max(lo, start - 40) : start])
    ):
        return doc_date[:10]
    if patterns["month_more"].search(sentence, lo, hi):
        return doc_date[:7]
    return None


def _part_of_event_today(
    ruleset: Rules,
    sentence: str,
    start: int,
    lo: int,
    hi: int,
    doc_date: str | None,
    narrative: bool,
) -> bool:
    """Whether a news report tells of a part of the event held on one day, right before its
    name ("attended a gala concert of the Lake Festival"; events.json's `event_part_day_cues`,
    issue 12x), in a clause that speaks of no other time: the document's day."""
    return bool(
        narrative
        and doc_date
        and len(doc_date) >= 10
        and _issue_12m_patterns(ruleset)["part_of"].search(sentence[max(lo, start - 40) : start])
        and _present(ruleset, sentence[lo:hi])
    )


@compiled_from_rules
def _occasion(ruleset: Rules) -> re.Pattern:
    """events.json's `event_occasion_day_cues`: a noun of a one-evening part of an event, a
    short stretch with no stop, then a link of occasion right before a name ("a concert on the
    occasion of the ", "a performance was held on the occasion of the ")."""
    rules = ruleset.get("events", required=("heads",)).get("event_occasion_day_cues", {})
    nouns, links = rules.get("nouns", []), rules.get("links", [])
    if not (nouns and links):
        return NEVER_MATCHES
    gap = int(rules.get("gap_chars", 0))
    return re.compile(
        rf"\b(?:{phrase_alternation(nouns)})\b[^,.;:]{{0,{gap}}}?\s"
        rf"(?:{phrase_alternation(links)})\s+(?:the\s+)?$",
        re.IGNORECASE,
    )


def _other_documents_date(ruleset: Rules, sentence: str, s: int, e: int) -> bool:
    """Whether the date at sentence[s:e] is a document's ("dated July 3, 2020", "Decree No. 41
    of May 2, 2031": after a document's number, round 12bm) or a holiday's ("the May 28
    holiday"; events.json's `other_document_date_cues`), not an event's."""
    patterns = _issue_12m_patterns(ruleset)
    return bool(
        patterns["dated"].search(sentence[max(0, s - 20) : s])
        or patterns["numbered"].search(sentence, max(0, s - 30), s)
        or (
            sentence[max(0, s - 4) : s].lower() == "the " and patterns["holiday"].match(sentence, e)
        )
    )


def _date_from_cues(
    ruleset: Rules,
    clause: str,
    doc_date: str | None,
    anniversary: bool = False,
    narrative: bool = False,
    days: bool = True,
) -> str | None:
    """The document's day or month when the clause places the event there (events.json's
    `doc_date_cues`; for an anniversary, `anniversary_doc_date_cues`; in a news report,
    `narrative_doc_date_cues`). The cues of `month_if_present` only in a clause that speaks of
    no other time (`_present`). `doc_day_cues` (a city is hosting it; in a news report, a
    meeting on its sidelines) give the day, in such a clause with none of their `not_with`
    words. With `days` False (an upcoming event), no cue gives the day."""
    cues = _cues(ruleset)
    quick = QuickText(clause)  # each cue's words looked up before its pattern (issue 19)
    day_cues, month_cues, anniversary_cues, narrative_cues = cues[0], cues[1], cues[5], cues[7]
    if (
        days
        and doc_date
        and len(doc_date) >= 10
        and (quick.may(day_cues) and day_cues.search(clause))
    ):
        return doc_date[:10]
    if (
        days
        and doc_date
        and len(doc_date) >= 10
        and (
            (quick.may(cues[10]) and cues[10].search(clause))
            or (narrative and (quick.may(cues[12]) and cues[12].search(clause)))
        )
        and not (quick.may(cues[11]) and cues[11].search(clause))
        and _present(ruleset, clause)
    ):
        return doc_date[:10]  # "New Delhi is hosting the business forum" (going on now)
    if doc_date and len(doc_date) >= 7:
        if (
            (quick.may(month_cues) and month_cues.search(clause))
            or ((quick.may(cues[8]) and cues[8].search(clause)) and _present(ruleset, clause))
            or (anniversary and (quick.may(anniversary_cues) and anniversary_cues.search(clause)))
            or (narrative and (quick.may(narrative_cues) and narrative_cues.search(clause)))
        ):
            return doc_date[:7]  # under way as the document is written, met on its sidelines
    return None


@compiled_from_rules
def _upcoming_word(ruleset: Rules) -> re.Pattern:
    """events.json's `upcoming_event_words` right before a name ("the upcoming ")."""
    words = ruleset.get("events", required=("heads",)).get("upcoming_event_words", [])
    if not words:
        return NEVER_MATCHES
    return re.compile(rf"\b(?:{phrase_alternation(words)})\s+$", re.IGNORECASE)


@compiled_from_rules
def _demonstrative(ruleset: Rules) -> tuple[re.Pattern, re.Pattern]:
    """events.json's `demonstrative_event_cues`: its `before_name` words right before a name
    ("this "), and its `not_with` words in the clause ("preparation")."""
    cues = ruleset.get("events", required=("heads",)).get("demonstrative_event_cues", {})
    before, against = cues.get("before_name", []), cues.get("not_with", [])
    never = NEVER_MATCHES
    return (
        re.compile(rf"\b(?:{phrase_alternation(before)})\s+$", re.IGNORECASE) if before else never,
        re.compile(rf"\b(?:{phrase_alternation(against)})\b", re.IGNORECASE) if against else never,
    )


def _this_event(ruleset: Rules, sentence: str, start: int, lo: int, hi: int) -> bool:
    """Whether the event named at `start` is pointed at as the one at hand ("at this SCO
    summit"; events.json's `demonstrative_event_cues`) in a clause sentence[lo:hi] that speaks
    of the time it is said in: no cue of a time to come or gone (`_present`), no past verb
    (`past_cues`: "this championship, which was held in Moscow"), no word of preparing or
    holding it (`not_with`: "the preparation for this World Cup", said before it)."""
    before, against = _demonstrative(ruleset)
    if not before.search(sentence, lo, start):
        return False
    clause = sentence[lo:hi]
    return (
        _present(ruleset, clause)
        and not _cues(ruleset)[4].search(clause)
        and not against.search(clause)
    )


def _present(ruleset: Rules, clause: str) -> bool:
    """Whether the clause may speak of the time it is said in: no cue of a time to come
    (`future_cues`: "will", "next") nor of another time, a wish or a condition
    (`doc_date_cues.not_present`: "last time", "would", "hope to"). A past verb is no such cue:
    a news report tells in the past what happened on its day ("The two ministers talked on
    the sidelines of the Lake Forum")."""
    clause = _polite_present(ruleset).sub(" ", clause)
    future, other = _cues(ruleset)[3], _cues(ruleset)[9]
    quick = QuickText(clause)  # the cues' words looked up before the patterns (issue 19)
    return not (quick.may(future) and future.search(clause)) and not (
        quick.may(other) and other.search(clause)
    )


@compiled_from_rules
def _polite_present(ruleset: Rules) -> re.Pattern:
    """events.json's `polite_present_phrases` ("would like to"): a courteous present, said at
    the time of speaking, not the wish or condition that "would" alone marks (issue 12w)."""
    phrases = ruleset.get("events", required=("heads",)).get("polite_present_phrases", [])
    if not phrases:
        return NEVER_MATCHES
    return re.compile(rf"\b(?:{phrase_alternation(phrases)})\b", re.IGNORECASE)


@compiled_from_rules
def _greeting(ruleset: Rules) -> re.Pattern:
    """A greeting sent to the event that follows, through addressee words only."""
    rules = ruleset.get("events", required=("heads",))
    cues, words = rules.get("greeting_cues", []), rules.get("greeting_addressee_words", [])
    if not cues:
        return NEVER_MATCHES
    return re.compile(
        rf"\b{phrase_alternation(cues)}(?:[\s,]+{phrase_alternation(words)}\b)*[\s,]*$",
        re.IGNORECASE,
    )


@compiled_from_rules
def _opening(ruleset: Rules) -> re.Pattern:
    """A sentence's opening up to an event's name: one of events.json's
    `narrative_opening_cues`, maybe one of `narrative_opening_determiners` and an ordinal ("At
    the ", "During the second ")."""
    rules = ruleset.get("events", required=("heads",))
    cues = rules.get("narrative_opening_cues", [])
    if not cues:
        return NEVER_MATCHES
    ordinals = phrase_alternation(list(rules.get("ordinal_words", {})))
    determiners = rules.get("narrative_opening_determiners", [])
    determiner = rf"(?:(?:{phrase_alternation(determiners)})\s+)?" if determiners else ""
    return re.compile(
        rf"\s*[\"“]?(?:{phrase_alternation(cues)})\s+{determiner}"
        rf"(?:(?:{ordinals}|\d+(?:st|nd|rd|th))\s+)?",
        re.IGNORECASE,
    )


def _opens_with(ruleset: Rules, sentence: str, start: int) -> bool:
    """Whether the sentence opens with a cue and the event named at `start` ("At the Northern
    Forum, ..."): in a news report, what happens there as the report is written."""
    return bool(_opening(ruleset).fullmatch(sentence, 0, start))


@compiled_from_rules
def _victory(
    ruleset: Rules, key: str = "election_victory_cues"
) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """events.json's `election_victory_cues` (or another key of the same shape,
    `outcome_congratulation_cues`): a congratulation, a victory right before an election's
    name ("on his victory in the ", "on the victory of his party at the "), and a wish
    ("wished him victory in the "), which speaks of an election to come."""
    cues = ruleset.get("events", required=("heads",)).get(key, {})
    congratulations, victories = cues.get("congratulations", []), cues.get("victories", [])
    never = NEVER_MATCHES
    if not congratulations or not victories:
        return never, never, never
    owner = int(cues.get("owner_max_chars", 60))
    before_name = phrase_alternation(cues.get("before_name", []) or ["in"])
    wishes = cues.get("wishes", [])
    return (
        re.compile(rf"\b(?:{phrase_alternation(congratulations)})\b", re.IGNORECASE),
        re.compile(
            rf"\b(?:{phrase_alternation(victories)})(?:\s+of\s+[^,;:.]{{1,{owner}}}?)?"
            rf"\s+(?:{before_name}\s+)?(?:the\s+)?$",
            re.IGNORECASE,
        ),
        re.compile(rf"\b(?:{phrase_alternation(wishes)})\b", re.IGNORECASE) if wishes else never,
    )


def _won(
    ruleset: Rules, sentence: str, start: int, end: int, key: str = "election_victory_cues"
) -> bool:
    """Whether the clause of the election named at sentence[start:end] congratulates someone
    on winning it: a congratulation, then a victory right before the name, and no wish between
    the two ("congratulated him on his birthday and wished him victory in the election").
    With `key` "outcome_congratulation_cues", on any event's outcome ("on the successful
    conclusion of the Lake Forum", "on winning the Pine Cup")."""
    congratulation, victory, wish = _victory(ruleset, key)
    lo, _ = clause_bounds(ruleset, sentence, start, end)
    won = victory.search(sentence, lo, start)
    if won is None:
        return False
    # the last congratulation before the victory
    said = max((m.end() for m in congratulation.finditer(sentence, lo, won.start())), default=-1)
    return said >= 0 and not wish.search(sentence, said, won.start())


@compiled_from_rules
def _after_election_cue(ruleset: Rules) -> tuple[re.Pattern, int]:
    """events.json's `election_after_cues` (issue 12 round am): the words right before an
    election's name ("after the "), and the last month of the year in which a clause speaking
    of a time to come still gives the page's year."""
    cues = ruleset.get("events", required=("heads",)).get("election_after_cues", {})
    before = cues.get("before_name", [])
    if not before:
        return NEVER_MATCHES, 0
    return (
        re.compile(rf"\b(?:{phrase_alternation(before)})\s+$", re.IGNORECASE),
        int(cues.get("future_max_doc_month", 10)),
    )


def after_election_year(
    ruleset: Rules, sentence: str, start: int, end: int, kind: str | None, doc_date: str | None
) -> str | None:
    """The page's year for an election named at sentence[start:end] as the time after which
    something is done or said ("the trip will be settled after the presidential election", "the
    government was renewed following the parliamentary elections"; `election_after_cues`,
    issue 12 round am): the nearest election, held or to be held in the page's year (judging
    conventions C2 and C4). Not in a sentence speaking of a time to come ("will") on a page
    written after `future_max_doc_month` (the election may be the next year's). Read only
    for an election that nothing else dates (not even a later mention: "after the presidential
    election", then "the March 2031 election"); None otherwise."""
    if kind != "election" or not doc_date or len(doc_date) < 4:
        return None
    before, future_max = _after_election_cue(ruleset)
    lo, _ = clause_bounds(ruleset, sentence, start, end)
    if not before.search(sentence, lo, start):
        return None
    late = len(doc_date) >= 7 and int(doc_date[5:7]) > future_max
    if late and _cues(ruleset)[3].search(sentence):
        # the whole sentence: "which they fear will grow after the election" (a relative clause)
        return None
    return doc_date[:4]


@compiled_from_rules
def _recent_cues(ruleset: Rules) -> tuple[re.Pattern, re.Pattern, int]:
    """events.json's `recent_event_cues`: words right before a name ("the recent "), words of
    the clause ("recently"), and the first month of the year in which they are read."""
    cues = ruleset.get("events", required=("heads",)).get("recent_event_cues", {})
    never = NEVER_MATCHES
    before, in_clause = cues.get("before_name", []), cues.get("in_clause", [])
    return (
        re.compile(rf"\b(?:{phrase_alternation(before)})\s+$", re.IGNORECASE) if before else never,
        re.compile(rf"\b(?:{phrase_alternation(in_clause)})\b", re.IGNORECASE)
        if in_clause
        else never,
        int(cues.get("min_doc_month", 1)),
    )


def _recent(ruleset: Rules, sentence: str, start: int, end: int, doc_date: str) -> bool:
    """Whether the clause of the event named at sentence[start:end] says it was held recently
    ("the recent Lake Forum", "we met recently at the Lake Forum"), speaking of no time to come,
    in a document written late enough in its year for "recent" to be in that year."""
    before, in_clause, min_month = _recent_cues(ruleset)
    if len(doc_date) < 7 or int(doc_date[5:7]) < min_month:
        return False
    lo, hi = clause_bounds(ruleset, sentence, start, end)
    if _recent_name_over_future(ruleset) and before.search(sentence, lo, start):
        # "discussed the results of the recent Lake summit and ..., plans to build ...": the
        # word before the name says the event is over, whatever the clause says of other
        # things to come (issue 12 round cz, `recent_name_cue_over_future_cues`)
        return True
    if _cues(ruleset)[3].search(sentence, lo, hi):
        return False  # "will", "next": a time to come
    return bool(before.search(sentence, lo, start) or in_clause.search(sentence, lo, hi))


@compiled_from_rules
def _recent_name_over_future(ruleset: Rules) -> bool:
    """events.json's `recent_name_cue_over_future_cues`: whether a `recent_event_cues` word
    right before the name dates the event to the page's year even where the clause holds a
    cue of a time to come (issue 12 round cz)."""
    rules = ruleset.get("events", required=("heads",))
    return bool(rules.get("recent_name_cue_over_future_cues", False))


@compiled_from_rules
def _outcome_cue(ruleset: Rules) -> re.Pattern:
    """events.json's `outcome_cues` right before a name ("the results of the ")."""
    cues = ruleset.get("events", required=("heads",)).get("outcome_cues", [])
    if not cues:
        return NEVER_MATCHES
    return re.compile(rf"\b(?:{phrase_alternation(cues)})\s+(?:the\s+)?$", re.IGNORECASE)


def _outcome_spoken_of(ruleset: Rules, sentence: str, start: int, lo: int, hi: int) -> bool:
    """Whether the event named at `start` is spoken of by its outcome ("discussed the results
    of the Lake Forum"): an event just over, in the document's year; not in a clause
    sentence[lo:hi] that speaks of a time to come ("will", "should", "upcoming")."""
    return bool(_outcome_cue(ruleset).search(sentence, lo, start)) and not _cues(ruleset)[3].search(
        sentence, lo, hi
    )


@compiled_from_rules
def _announcement_cues(ruleset: Rules) -> tuple[re.Pattern, re.Pattern]:
    """events.json's `announcement_cues`: what an announcement's first sentence opens with
    ("On "), and the words by which a later sentence says the President will take part in an
    event ("will take part in")."""
    cues = ruleset.get("events", required=("heads",)).get("announcement_cues", {})
    openings, taking_part = cues.get("openings", []), cues.get("taking_part", [])
    never = NEVER_MATCHES
    return (
        re.compile(rf"\s*(?:{phrase_alternation(openings)})\s+", re.IGNORECASE)
        if openings
        else never,
        re.compile(rf"\b(?:{phrase_alternation(taking_part)})\b", re.IGNORECASE)
        if taking_part
        else never,
    )


def _announced_refines_year(
    ruleset: Rules,
    sentence: str,
    start: int,
    end: int,
    year: str,
    narrative: bool,
    lead_date: str | None,
) -> bool:
    """Whether a news report's announcement date (`lead_date`: the first sentence's "On May
    5, ...", or the title's) refines the year alone that the event's clause gives (`year`, "this
    year"): the clause says the President will take part in the event (announcement_cues's
    `taking_part`) and the announced date is in that year; with events.json's
    `announcement_refines_clause_year` (issue 12 round cz)."""
    if not (narrative and lead_date and len(year) == 4 and lead_date[:4] == year):
        return False
    rules = ruleset.get("events", required=("heads",))
    if not rules.get("announcement_refines_clause_year", False):
        return False
    lo, hi = clause_bounds(ruleset, sentence, start, end)
    hi = _cue_clause_end(ruleset, sentence, end, hi)
    return bool(_announcement_cues(ruleset)[1].search(sentence, lo, hi))


def announcement_date(ruleset: Rules, sentence: str, doc_date: str | None) -> str | None:
    """The date an announcement's first sentence opens with and speaks of in the future ("On
    May 5, the President will visit Oslo"): its day, or its month for a range of days ("On May
    5-6, ..."); None for any other sentence."""
    opening = _announcement_cues(ruleset)[0].match(sentence)
    if opening is None or not _cues(ruleset)[3].search(sentence):
        return None
    at = opening.end()
    for _, value, s, e in dates_in_clause(ruleset, sentence, at, at, doc_date):
        if s == at and len(value) == 10:
            ranged = re.search(r"\d\s*(?:[–—-]|to)\s*\d", sentence[s:e]) or re.match(
                r"\s*(?:[–—-]|to)\s*\d", sentence[e:]
            )
            return value[:7] if ranged else value
    return None


def title_announcement_date(ruleset: Rules, title: str | None, doc_date: str | None) -> str | None:
    """The date a title announcing the President's day gives ("Vladimir Putin will visit
    Lakeland on July 4", "On June 21, the President will meet ..."; events.json's
    `announcement_titles`): the first date after "on" in a title that speaks of the future, its
    day, or its month for a range of days; None for any other title."""
    rules = ruleset.get("events", required=("heads",))
    if not title or not rules.get("announcement_titles", False):
        return None
    if not _cues(ruleset)[3].search(title):
        return None
    for on in re.finditer(r"\bon\s+", title, re.IGNORECASE):
        at = on.end()
        for _, value, s, e in dates_in_clause(ruleset, title, at, at, doc_date):
            if s == at and len(value) == 10:
                ranged = re.search(r"\d\s*(?:[–—-]|to)\s*\d", title[s:e]) or re.match(
                    r"\s*(?:[–—-]|to)\s*\d", title[e:]
                )
                return value[:7] if ranged else value
    return None


@compiled_from_rules
def _own_meeting_link(ruleset: Rules) -> tuple[re.Pattern, re.Pattern]:
    """events.json's `own_meeting_links`: a verb of the page's meeting, then a link right
    before an event's name ("The meeting was held ... ahead of the "), and the words that keep
    it from dating the event ("telephone")."""
    cues = ruleset.get("events", required=("heads",)).get("own_meeting_links", {})
    verbs, links, against = cues.get("verbs", []), cues.get("links", []), cues.get("not_with", [])
    never = NEVER_MATCHES
    gap = int(cues.get("gap_chars", 80))
    return (
        re.compile(
            rf"\b(?:{phrase_alternation(verbs)})\b[^.;:]{{0,{gap}}}?"
            rf"\b(?:{phrase_alternation(links)})\s+(?:the\s+)?$",
            re.IGNORECASE,
        )
        if verbs and links
        else never,
        re.compile(rf"\b(?:{phrase_alternation(against)})\b", re.IGNORECASE) if against else never,
    )


def _own_meeting_around(ruleset: Rules, sentence: str, start: int, lo: int, hi: int) -> bool:
    """Whether a news report's sentence says the page's meeting took place right before or
    after the event named at `start` ("The two leaders spoke after the Pine Summit";
    `own_meeting_links`), in a clause sentence[lo:hi] of no other time. A sentence that opens
    with the link is `after_event_day`'s."""
    link, against = _own_meeting_link(ruleset)
    return (
        link.search(sentence, max(0, start - 200), start) is not None
        and not against.search(sentence)
        and _present(ruleset, sentence[lo:hi])
    )


def upcoming_before(ruleset: Rules, text: str, start: int, lo: int = 0) -> bool:
    """Whether one of events.json's `upcoming_event_words` stands right before the name that
    starts at `start` ("the forthcoming Lake Summit"), within 30 characters and not before
    `lo` (the start of its clause)."""
    return bool(_upcoming_word(ruleset).search(text, max(lo, start - 30), start))


def under_way_on_doc_day(
    ruleset: Rules, sentence: str, start: int, end: int, narrative: bool
) -> bool:
    """Whether the sentence places the event named at sentence[start:end] on the document's
    day as the subject of a verb of taking place now ("The Lake Forum is taking place in
    Pinetown", ", which is also being held in Lakeside at this time"; in a news report "the
    session ..., which was chaired by the President"; `event_page_dates.under_way_subject`):
    not after "upcoming", and the stretch from the name to its clause's end speaks of no other
    time. `events.py` reads it over all of an event's mentions, after the dates they say."""
    lo, hi = clause_bounds(ruleset, sentence, start, end)
    hi = _cue_clause_end(ruleset, sentence, end, hi)
    if upcoming_before(ruleset, sentence, start, lo):
        return False
    return under_way_subject(ruleset, sentence, start, end, lo, hi, narrative) and _present(
        ruleset, sentence[end:hi]
    )


def greeted(ruleset: Rules, sentence: str, start: int) -> bool:
    """Whether the sentence sends greetings to the event named at `start` ("sent his greetings
    to all who attend the Northern Fair")."""
    return bool(_greeting(ruleset).search(sentence, max(0, start - 200), start))


_PLACE_NAMED = re.compile(r"([A-Z][\w-]+)(?:’s|'s)?\s+(\w+)")


def named_by_page_place(
    ruleset: Rules, name: str, kind: str, place: str | None, doc_date: str | None
) -> bool:
    """Whether the event is of a kind of events.json's `page_place_head_day`, named by a place
    and its head alone, that place one of the comma-separated parts of the page's place line,
    on a page dated to the day: what `page_place_day` asks before reading the sentence."""
    rules = ruleset.get("events", required=("heads",)).get("page_place_head_day", {})
    if kind not in rules.get("kinds", []) or not place or not doc_date or len(doc_date) < 10:
        return False
    m = _PLACE_NAMED.fullmatch(name)
    return m is not None and m.group(1) in {part.strip() for part in place.split(",")}


def page_place_day(
    ruleset: Rules,
    name: str,
    kind: str,
    sentence: str,
    start: int,
    end: int,
    place: str | None,
    doc_date: str | None,
) -> str | None:
    """The document's day for an event named by a place and its head alone ("the Pinetown
    summit"), of a kind of events.json's `page_place_head_day`, where that place is one of
    the comma-separated parts of the page's place line ("The Harbour Hall, Pinetown"): the
    page is written where and while it is held. Not when its clause holds a date, a cue of a
    time to come or another time (`_present`) or one of `past_cues` ("which ended
    yesterday"). None otherwise."""
    if not named_by_page_place(ruleset, name, kind, place, doc_date):
        return None
    lo, hi = clause_bounds(ruleset, sentence, start, end)
    clause = sentence[lo:hi]
    if (
        not _present(ruleset, clause)
        or _cues(ruleset)[4].search(clause)
        or dates_in_clause(ruleset, sentence, start, end, doc_date)
    ):
        return None
    return doc_date[:10]


@compiled_from_rules
def _greeted_list_joiner(ruleset: Rules) -> re.Pattern:
    """events.json's `greeted_list_joiners` between two names, maybe with a determiner of
    `event_list_determiners` (" and the ")."""
    rules = ruleset.get("events", required=("heads",))
    joiners = rules.get("greeted_list_joiners", [])
    if not joiners:
        return NEVER_MATCHES
    determiners = rules.get("event_list_determiners", [])
    det = rf"(?:(?:{phrase_alternation(determiners)})\s+)?" if determiners else ""
    return re.compile(rf"\s*,?\s*(?:{phrase_alternation(joiners)})\s+{det}", re.IGNORECASE)


def greeted_with_list(
    ruleset: Rules, sentence: str, start: int, others: tuple[tuple[int, int], ...] = ()
) -> bool:
    """Whether the sentence sends greetings to the event named at `start`, itself or as the
    next of a list whose first name is greeted ("sent greetings to the guests of the Lake
    Forum and the Pine Exhibition"; `greeted_list_joiners`); `others`, the spans of the other
    events the sentence names."""
    if greeted(ruleset, sentence, start):
        return True
    joiner = _greeted_list_joiner(ruleset)
    for s, e in sorted(others, reverse=True):
        if e <= start and joiner.fullmatch(sentence, e, start):
            return greeted_with_list(ruleset, sentence, s, tuple(o for o in others if o[1] <= s))
    return False


def _two_phrase_lists(ruleset: Rules, key: str, first: str, second: str) -> tuple | None:
    """events.json's rule `key` as (its list `first` and its list `second`, each a regex
    alternation, its `gap_chars`), or None when either list is empty (the rule is off)."""
    rules = ruleset.get("events", required=("heads",)).get(key, {})
    firsts, seconds = rules.get(first, []), rules.get(second, [])
    if not (firsts and seconds):
        return None
    return phrase_alternation(firsts), phrase_alternation(seconds), int(rules.get("gap_chars", 0))


@compiled_from_rules
def _same_day_opener(ruleset: Rules) -> re.Pattern:
    """events.json's `same_day_report_openers`: a sentence's opener of the page's day, then
    one of its verbs, up to the end of the stretch it is searched in (the name's start)."""
    lists = _two_phrase_lists(ruleset, "same_day_report_openers", "openers", "verbs")
    if lists is None:
        return NEVER_MATCHES
    openers, verbs, gap = lists
    return re.compile(
        rf"^\W*(?:{openers})\b[^.;:!?]{{0,{gap}}}?\b(?:{verbs})\b[^.;:!?]{{0,{gap}}}$",
        re.IGNORECASE,
    )


@compiled_from_rules
def _held_for_anniversary(ruleset: Rules) -> re.Pattern:
    """events.json's `anniversary_event_held_day`: an event held on one evening, a short
    stretch with no stop, then a link of marking right before a name, maybe with "the"."""
    lists = _two_phrase_lists(ruleset, "anniversary_event_held_day", "events", "marking")
    if lists is None:
        return NEVER_MATCHES
    events, marking, gap = lists
    return re.compile(
        rf"\b(?:{events})\b[^,.;:!?]{{0,{gap}}}?\s(?:{marking})\s+(?:the\s+)?$",
        re.IGNORECASE,
    )


# how far before a name `_held_for_anniversary` is searched: longer than any match it makes
_HELD_FOR_WINDOW = 120


def event_date(
    ruleset: Rules,
    name: str,
    sentence: str,
    start: int,
    end: int,
    doc_date: str | None,
    kind: str | None = None,
    narrative: bool = False,
    others: tuple[tuple[int, int], ...] = (),
    lead_date: str | None = None,
) -> str | None:
    """The date of the event named at sentence[start:end] (see the module's docstring).
    `narrative`: the sentence is a news report's, outside any speaker's turn. `others`: the
    spans of the other events named in the sentence, whose own dates are not this one's.
    `lead_date`: the date an announcement's first sentence opens with (`announcement_date`),
    which an event its report says the President will take part in is at. A time word that is
    no time (in the event's own name, a quoted title or a title's capitalised word: "a photo
    exhibition “Pine Today”") is blanked first (`event_time_words`, round dx73)."""
    sentence = without_untimed_words(ruleset, sentence, ((start, end),))
    date = _event_date(
        ruleset, name, sentence, start, end, doc_date, kind, narrative, others, lead_date
    )
    date = _clause_date_amended(ruleset, sentence, start, end, doc_date, kind, narrative, date)
    if not (narrative and doc_date and len(doc_date) >= 10):
        return date
    if date == doc_date[:7] and _same_day_opener(ruleset).search(sentence[:start]):
        # "Earlier in the day, the Premier took part in the Lake Forum": the page's day
        # (issue 12 round bb, `same_day_report_openers`)
        return doc_date[:10]
    if (
        kind == "anniversary"
        and date in (None, doc_date[:4], doc_date[:7])
        and _held_for_anniversary(ruleset).search(sentence, max(0, start - _HELD_FOR_WINDOW), start)
        and _present(ruleset, sentence)
    ):
        # "A reception in honour of the Day of Lake Unity was given": the page's day (issue 12
        # round bb, `anniversary_event_held_day`; round bf: also for the page's year)
        return doc_date[:10]
    if (
        kind == "anniversary"
        and date == doc_date[:7]
        and _national_day_word(ruleset).search(name)
        and congratulated_on(ruleset, sentence, start)
        and _present(ruleset, sentence)
    ):
        # "greeted the Lakeland leader on the 30th anniversary of Lakeland's independence": a
        # national day's message, sent on the day (issue 12 round bp)
        return doc_date[:10]
    return date


def _clause_date_amended(
    ruleset: Rules,
    sentence: str,
    start: int,
    end: int,
    doc_date: str | None,
    kind: str | None,
    narrative: bool,
    date: str | None,
) -> str | None:
    """`date` amended from the clause around the name (issue 12 round bt), each only where the
    other rules gave no date or only the page's year or month: the page's own happening held
    at, on or during the event ("The consultations took place in the context of the Pine Week":
    the page's day, events.json's `own_happening_event_day`); a year pointed back to ("the Lake
    Congress was held that same year", `year_anaphora`); an anniversary in "the year of" which
    the clause speaks in (`anniversary_year_of_leads`: the page's year)."""
    if not doc_date:
        return date
    if date in (None, doc_date[:4], doc_date[:7]) and len(doc_date) >= 10:
        if own_happening_at(ruleset, sentence, start, end, kind, narrative):
            return doc_date[:10]
    if date is None:
        year = year_pointed_back(ruleset, sentence, start, end, narrative, doc_date)
        if year is None and kind == "anniversary":
            year = anniversary_year_of(ruleset, sentence, start, end, doc_date)
        return year
    return date


@compiled_from_rules
def _own_happening(ruleset: Rules) -> tuple[re.Pattern, re.Pattern, frozenset[str]]:
    """events.json's `own_happening_event_day` (issue 12 round bt): (a news report's own
    happening, a verb of being held and a link right before a name, with the report's
    determiners; the same with the determiners said anywhere; the kinds never so dated)."""
    rules = ruleset.get("events", required=("heads",)).get("own_happening_event_day", {})
    subjects, verbs, links = (rules.get(k, []) for k in ("subjects", "verbs", "links"))
    if not (subjects and verbs and links):
        return NEVER_MATCHES, NEVER_MATCHES, frozenset()
    name_dets = rules.get("name_determiners", [])
    before_name = rf"(?:(?:{phrase_alternation(name_dets)})\s+)?" if name_dets else ""
    tail = (
        rf"\s+(?:{phrase_alternation(subjects)})\s+(?:{phrase_alternation(verbs)})"
        rf"\s+(?:{phrase_alternation(links)})\s+{before_name}(?:[\w-]+(?:’s|'s)\s+)?$"
    )

    def pattern(determiners: list[str]) -> re.Pattern:
        if not determiners:
            return NEVER_MATCHES
        return re.compile(rf"(?<![\w’'-])(?:{phrase_alternation(determiners)}){tail}", re.I)

    anywhere = rules.get("determiners", [])
    return (
        pattern(anywhere + rules.get("narrative_determiners", [])),
        pattern(anywhere),
        frozenset(rules.get("not_kinds", [])),
    )


# how far before a name `_own_happening` is searched: longer than any match it makes
_OWN_HAPPENING_WINDOW = 120


def own_happening_at(
    ruleset: Rules, sentence: str, start: int, end: int, kind: str | None, narrative: bool
) -> bool:
    """Whether the page's own happening is said to be held at, on or during the event named at
    sentence[start:end] ("The talks were held on the margins of", "This session is held
    during the"), in a clause with no cue of a time to come or gone (issue 12 round bt)."""
    in_report, anywhere, not_kinds = _own_happening(ruleset)
    if kind in not_kinds:
        return False
    found = (in_report if narrative else anywhere).search(
        sentence, max(0, start - _OWN_HAPPENING_WINDOW), start
    )
    return found is not None and _clause_present(ruleset, sentence, start, end)


def _clause_present(ruleset: Rules, sentence: str, start: int, end: int) -> bool:
    """Whether the clause around the name at sentence[start:end], the name left out, has no cue
    of a time to come or gone (`_present`): what the clause says of the event is of now."""
    lo, hi = clause_bounds(ruleset, sentence, start, end)
    return _present(ruleset, sentence[lo:start] + " " + sentence[end:hi])


@compiled_from_rules
def _year_anaphora(ruleset: Rules) -> tuple[re.Pattern, re.Pattern]:
    """events.json's `year_anaphora` (issue 12 round bt): (a phrase pointing back to a year;
    those of them that a news report says of its own year)."""
    rules = ruleset.get("events", required=("heads",)).get("year_anaphora", {})
    return (
        whole_words_pattern(rules.get("phrases", [])),
        whole_words_pattern(rules.get("report_phrases", [])),
    )


# a year written out ("1966", "2031"), not a number of a count or a figure ("2031%")
_WRITTEN_YEAR = re.compile(r"(?<![\w.,-])(1\d{3}|20\d{2})(?![\w%]|[.,]\d)")


def year_pointed_back(
    ruleset: Rules, sentence: str, start: int, end: int, narrative: bool, doc_date: str
) -> str | None:
    """The year a phrase of the event's clause points back to ("that same year": the year last
    written before it in the sentence, outside the event's name; "later that year" in a news
    report with no year before it: the report's year), or None (issue 12 round bt)."""
    phrases, report_phrases = _year_anaphora(ruleset)
    lo, hi = clause_bounds(ruleset, sentence, start, end)
    for found in phrases.finditer(sentence, lo, hi):
        if start <= found.start() < end:
            continue
        before = sentence[: found.start()]
        years = [y for y in _WRITTEN_YEAR.finditer(before) if not (start <= y.start() < end)]
        if years:
            return years[-1].group(1)
        if narrative and report_phrases.fullmatch(found.group(0)):
            return doc_date[:4]
        return None
    return None


@compiled_from_rules
def _anniversary_year_of(ruleset: Rules) -> re.Pattern:
    """events.json's `anniversary_year_of_leads` (issue 12 round bt): a lead and a determiner
    right before an anniversary's name ("in the year of the ")."""
    rules = ruleset.get("events", required=("heads",)).get("anniversary_year_of_leads", {})
    leads, determiners = rules.get("leads", []), rules.get("determiners", [])
    if not (leads and determiners):
        return NEVER_MATCHES
    return re.compile(
        rf"\b(?:{phrase_alternation(leads)})\s+(?:{phrase_alternation(determiners)})\s+$",
        re.IGNORECASE,
    )


def anniversary_year_of(
    ruleset: Rules, sentence: str, start: int, end: int, doc_date: str
) -> str | None:
    """The page's year for an anniversary named right after "in the year of the" in a clause
    with no cue of a time to come or gone, or None (issue 12 round bt)."""
    if not _anniversary_year_of(ruleset).search(sentence, max(0, start - 40), start):
        return None
    return doc_date[:4] if _clause_present(ruleset, sentence, start, end) else None


@compiled_from_rules
def _national_day_word(ruleset: Rules) -> re.Pattern:
    """events.json's `national_day_greeting_day.name_words` (issue 12 round bp): a word of an
    anniversary's name that makes it a country's national day, on which a news report's
    greetings are sent."""
    rules = ruleset.get("events", required=("heads",)).get("national_day_greeting_day", {})
    return whole_words_pattern(rules.get("name_words", []))


def _event_date(
    ruleset: Rules,
    name: str,
    sentence: str,
    start: int,
    end: int,
    doc_date: str | None,
    kind: str | None,
    narrative: bool,
    others: tuple[tuple[int, int], ...],
    lead_date: str | None,
) -> str | None:
    """`event_date` before a news report's refinement to the page's day (by an opener of the
    page's day, or an evening's event held for an anniversary)."""
    if kind == "anniversary":
        return _anniversary_date(ruleset, name, sentence, start, end, doc_date, narrative)
    undated_kinds = _cues(ruleset)[2]
    cued = kind not in undated_kinds
    in_name = date_in_name(name)
    if in_name is None and cued:
        in_name = _month_naming(ruleset, name, sentence, start, end, doc_date)
    found = dates_in_clause(
        ruleset, sentence, start, end, doc_date, relative=cued, deadlines=False, names=False
    )
    # "since 2011": when a run of events began, not this one's date
    found = [f for f in found if not _after_span_start(ruleset, sentence, f[2])]
    # "dated July 3, 2020", "the May 28 holiday": a document's or a holiday's date
    found = [f for f in found if not _other_documents_date(ruleset, sentence, f[2], f[3])]
    # "up 20 percent compared to last year": a figure's comparison, not the event's date (12u)
    found = [f for f in found if not compared_with(ruleset, sentence, f[2])]
    # "the session of the Lake Council that was elected on May 5": the council's date (12u)
    found = [f for f in found if not other_nouns_date(ruleset, sentence, f[2])]
    # "The Lake Festival was founded in 2009": when the event was founded (12z)
    found = [f for f in found if not _founded_at(ruleset, sentence, end, f[2])]
    # "yesterday we discussed preparations for the Lake Games": the preparing's date (round cl)
    found = [f for f in found if not preparation_talk_date(ruleset, sentence, start, f[3])]
    remembered = _remembered(ruleset, sentence, start)
    if remembered or (not cued and _date_limits(ruleset)[1].search(name)):
        # a war lasts years, and what an anniversary counts from is in the past of the clause's
        # dates ("On June 24, the anniversary of the Victory Parade"): only a date right after
        # its name is its own
        found = [
            f
            for f in found
            if f[2] >= end
            and _date_limits(ruleset)[3].fullmatch(sentence, end, f[2])
            # "during the Lake War in 1702", "the history of the Lake War ended on": the
            # clause's date right after the name (round war60)
            and not clause_date_after_war(ruleset, sentence, start, end, f[2])
        ]
        cued = cued and not remembered
    if others:
        found = [
            f for f in found if not _another_events_date(ruleset, sentence, start, end, f, others)
        ]
    found = _new_dates(ruleset, sentence, found)
    if not found and not in_name and cued:
        # "with five months to go before the Lake Games": the year that many months on
        # (issue 12 round cz, `countdown_event_cues`)
        counted = countdown_year(ruleset, sentence, start, doc_date)
        if counted:
            return counted
    if in_name:
        # a date in the name ("Army-2015") may be refined by one in the text, never replaced
        for _, value, _, _ in found:
            if value.startswith(in_name) and len(value) > len(in_name):
                return value
        window = _name_year_cue_window(ruleset)
        if cued and narrative and len(in_name) == 4 and window:
            # "greetings to the participants of KHIMIA-2017", "the 2017 Forum, which is
            # underway": a news report's cues near the name refine the name's year, within
            # that year (in a speech "the opening of EXPO 2017" is often one to come, or long
            # past; a cue far off is often another clause's: "visited ... and met with the
            # winners of the Universiade 2017")
            lo = sentence.find(" ", max(0, start - window), start) + 1 if start > window else 0
            hi = sentence.rfind(" ", end, end + window) if end + window < len(sentence) else -1
            near = sentence[lo : hi if hi > 0 else len(sentence)]
            cue_date = _cued_date(
                ruleset, near, start - lo, end - lo, doc_date, kind, narrative, lead_date, sentence
            )
            if cue_date and cue_date.startswith(in_name + "-"):
                return cue_date
        return in_name
    if found:
        _, nearest, s, e = found[0]
        if doc_day_in_range(ruleset, sentence, s, e, nearest, doc_date):
            return doc_date  # "the Lake Forum, held on May 12–14", on May 13 (issue 12 at)
        if is_vague_date(ruleset, sentence[s:e]):
            # "in a few days, on March 5": the date that says the day
            for _, value, _, _ in found[1:]:
                if value.startswith(nearest) and len(value) > len(nearest):
                    return value
        if _announced_refines_year(ruleset, sentence, start, end, nearest, narrative, lead_date):
            # "On May 5-6, the President will visit Lakeland. ... will take part in the opening
            # of the Lake Fair, where Pineland is the partner country this year": the
            # announced day or month, within the year the clause says (issue 12 round cz)
            return lead_date
        return nearest
    if cued:
        cue_date = _cued_date(ruleset, sentence, start, end, doc_date, kind, narrative, lead_date)
        if cue_date:
            return cue_date
    known = gazetteer.known_year(ruleset, name, kind, doc_year(doc_date))
    return str(known) if known else None


@compiled_from_rules
def _name_year_cue_window(ruleset: Rules) -> int:
    """events.json's `name_year_cue_window_chars`: how far on either side of an event's name
    the cues that may refine the name's year are read (0: they are not)."""
    rules = ruleset.get("events", required=("heads",))
    return int(rules.get("name_year_cue_window_chars", 0))


def _cued_date(
    ruleset: Rules,
    sentence: str,
    start: int,
    end: int,
    doc_date: str | None,
    kind: str | None,
    narrative: bool,
    lead_date: str | None,
    whole: str | None = None,
) -> str | None:
    """The date the cues of the event's clause give it: the document's day, month or year
    ("is taking place", greetings, "the recent", an outcome), or an announcement's date.
    `whole`: the sentence `sentence` was cut from, if it was."""
    if _concluded_cue(ruleset).search(sentence[max(0, start - 40) : start]):
        return None
    if prepared_event(ruleset, sentence, start):
        return None  # "as part of preparations for the Lake Cup": the preparing's (12dq)
    lo, hi = clause_bounds(ruleset, sentence, start, end)
    hi = _cue_clause_end(ruleset, sentence, end, hi)
    if lead_date and narrative and _announcement_cues(ruleset)[1].search(sentence, lo, hi):
        return lead_date  # "On May 5, the President will visit Oslo. ... will attend the X"
    if lead_date and narrative and in_announced_programme(ruleset, sentence, start):
        return lead_date  # "On May 5, ... Lake Forum. The programme includes the Youth Forum"
    after = after_event_day(ruleset, sentence, start, doc_date, narrative)
    if after:
        return after  # "Following the Lake Summit, the President answered questions"
    # "at the upcoming Lake Summit ... today": still to come, not on the document's day
    days = not upcoming_before(ruleset, sentence, start, lo)
    if (
        days
        and narrative
        and doc_date
        and len(doc_date) >= 10
        and _own_meeting_around(ruleset, sentence, start, lo, hi)
    ):
        return doc_date[:10]  # "The meeting was held in Lakeside ahead of the Pine Summit"
    if (
        days
        and doc_date
        and len(doc_date) >= 10
        and congratulated_on_opening(ruleset, sentence, start, end)
        and _present(ruleset, sentence)
    ):
        return doc_date[:10]  # "congratulated the Pine Festival on the opening of its finals"
    if (
        days
        and doc_date
        and len(doc_date) >= 10
        and came_for_event(ruleset, sentence, start, lo)
        and _present(ruleset, sentence[lo:hi])
        and not _cues(ruleset)[11].search(sentence[lo:hi])
    ):
        return doc_date[:10]  # "The Prime Minister has come to Pinetown for the Lake Summit"
    if (
        days
        and narrative
        and doc_date
        and len(doc_date) >= 10
        and done_as_part_of(ruleset, sentence, start, lo, hi)
        and _present(ruleset, sentence[lo:hi])
        and not _cues(ruleset)[11].search(sentence[lo:hi])
    ):
        return doc_date[:10]  # "As part of the Lake Forum, the President met with ..."
    if _part_of_event_today(ruleset, sentence, start, lo, hi, doc_date, narrative):
        return doc_date[:10]  # "The President attended a gala concert of the Lake Festival"
    if (
        narrative
        and doc_date
        and len(doc_date) >= 10
        and _occasion(ruleset).search(sentence, max(lo, start - 120), start)
        and _present(ruleset, sentence[lo:hi])
    ):
        return doc_date[:10]  # "enjoyed a concert on the occasion of the Lake Summit" (12z)
    if (
        days
        and going_on_today(ruleset, sentence, start, lo, hi, doc_date, narrative)
        and _present(ruleset, whole or sentence)
    ):
        return doc_date[:10]  # "the Lake Forum is under way", "took part in the Pine Festival"
    cue_date = _date_from_cues(ruleset, sentence[lo:hi], doc_date, narrative=narrative, days=days)
    if cue_date:
        return cue_date
    if doc_date and len(doc_date) >= 7 and _this_event(ruleset, sentence, start, lo, hi):
        return doc_date[:7]  # "Lakeland sends its foreign minister to this Lake Union summit"
    if doc_date and len(doc_date) >= 7 and _just_over(ruleset, sentence[lo:hi], narrative):
        return doc_date[:7]  # "The Games are over now", "Upon returning from the Forum"
    if doc_date and len(doc_date) >= 7 and greeted(ruleset, sentence, start):
        return doc_date[:7]
    if narrative and doc_date and len(doc_date) >= 7 and _opens_with(ruleset, sentence, start):
        flag = _report_day_flags(ruleset).opening
        if days and _report_on_doc_day(ruleset, flag, sentence[lo:hi], sentence, doc_date):
            return doc_date[:10]  # the report's day: the session was going on (round ba)
        return doc_date[:7]  # "At the Northern Forum, Vladimir Putin said ..."
    if (
        narrative
        and doc_date
        and len(doc_date) >= 7
        and _met_or_said_at(ruleset, sentence, start, end, lo, hi)
    ):
        flag = _report_day_flags(ruleset).venue
        if days and _report_on_doc_day(ruleset, flag, sentence[lo:hi], sentence, doc_date):
            return doc_date[:10]  # the report's day: the forum was going on (issue 12 at)
        return doc_date[:7]  # "Vladimir Putin met with business leaders at the Northern Forum"
    under_way = _under_way_issue_12m(ruleset, sentence, start, lo, hi, doc_date, narrative)
    if under_way:
        return under_way  # "began the second day of the Pine Summit", "the Games have begun"
    if kind == "election" and doc_date and _won(ruleset, sentence, start, end):
        return doc_date[:4]  # "congratulated him on his victory in the election"
    if (
        doc_date
        and _won(ruleset, sentence, start, end, "outcome_congratulation_cues")
        and not _cues(ruleset)[3].search(sentence, lo, hi)
    ):
        return doc_date[:4]  # "congratulated him on the successful Lake Forum"
    if doc_date and _recent(ruleset, sentence, start, end, doc_date):
        return doc_date[:4]  # "the recent Lake Forum", "we met recently at the Lake Forum"
    if doc_date and _outcome_spoken_of(ruleset, sentence, start, lo, hi):
        return doc_date[:4]  # "They discussed the results of the Lake Forum"
    return None


def _anniversary_date(
    ruleset: Rules,
    name: str,
    sentence: str,
    start: int,
    end: int,
    doc_date: str | None,
    narrative: bool,
) -> str | None:
    number = anniversary_number(ruleset, name)
    year_of_doc = doc_year(doc_date)
    found = dates_in_clause(ruleset, sentence, start, end, doc_date, ranges=False)
    # "preparations for the 50th anniversary of ...": the preparing's date is not its (round cl)
    found = [f for f in found if not preparation_talk_date(ruleset, sentence, start, f[3])]
    marked_in = marking_act_year(
        ruleset, sentence, start, clause_bounds(ruleset, sentence, start, end)[0]
    )
    if marked_in:
        return marked_in  # "the mosque was built in 1990 to commemorate the 1,000th anniversary"
    named_month = month_subject_date(ruleset, sentence, start, doc_date)
    base = None
    years_in_name = [int(y) for y in _YEAR_IN.findall(name)]
    if years_in_name:
        base = max(years_in_name)  # "of Victory in the 1941–1945 war": from 1945
        if _range_start_cue(ruleset).search(name):
            base = min(years_in_name)  # "of the beginning of the 1941–1945 war": from 1941
    else:
        base = gazetteer.anniversary_base(ruleset, name)
    base_day = None
    if base is None and number and year_of_doc:
        # a year in the clause that the number carries near the document's year is the base
        day_shift = _base_day_shift(ruleset)
        for _, value, s, e in found:
            y = int(value[:4])
            if abs(y + number - year_of_doc) > 5 or y + number == y:
                continue
            if len(value) == 4:
                base = y
                break
            if (
                day_shift
                and len(value) == 10
                and s >= end
                and str(y) in sentence[s:e]
                and _date_limits(ruleset)[3].fullmatch(sentence, end, s)
            ):
                # issue 12z: "the 5th anniversary of the Lake Treaty of May 29, 2026": the
                # object's own day, the number of years on
                base, base_day = y, value[4:]
                break
    if named_month and (not (number and base is not None) or named_month[:4] == str(base + number)):
        return named_month  # "July marks the 25th anniversary of ..." (round cl)
    if number and base is not None:
        year = str(base + number)
        if base_day and _valid_day(year + base_day):
            return year + base_day
        # refined by a date of its year: "on May 9 we mark the 75th anniversary"; not by a
        # deadline ("by the end of April"), which says when something else is done by
        for _, value, _, _ in dates_in_clause(
            ruleset, sentence, start, end, doc_date, deadlines=False, ranges=False
        ):
            if value.startswith(year):
                return value
        if doc_date and doc_date.startswith(year):
            if not found and _celebrated_ahead(ruleset, sentence, start, doc_date):
                return year  # "Lakeland is getting ready to celebrate its 40th anniversary" (12z)
            # "Today we are celebrating the 6th anniversary of ...": the document's day
            dated = (
                _anniversary_at_doc_date(ruleset, sentence, start, end, doc_date, narrative)
                or _congratulated_month(ruleset, sentence, start, end, doc_date)
                or year
            )
            if len(dated) == 7 and anniversary_month_unsupported(
                ruleset, sentence, start, doc_date
            ):
                return year  # "a declaration on the 25th anniversary of ...": its year (12dm)
            return dated
        return year
    ahead = _future_year_window(ruleset, sentence, start, end)
    for _, value, _, _ in found:
        if year_of_doc is None or -5 <= int(value[:4]) - year_of_doc <= max(5, ahead):
            return value
    if (
        narrative
        and doc_date
        and len(doc_date) >= 7
        and _anniversary_opens(ruleset, sentence, start)
    ):
        # "On the 20th anniversary of ..., the President laid flowers"
        return _anniversary_opening_date(ruleset, sentence, start, end, doc_date)
    lo, hi = clause_bounds(ruleset, sentence, start, end)
    cue_date = _date_from_cues(
        ruleset, sentence[lo:hi], doc_date, anniversary=True, narrative=narrative
    )
    if cue_date is None and doc_date and len(doc_date) >= 7:
        if _this_event(ruleset, sentence, start, lo, hi):
            return doc_date[:7]  # "Observing this anniversary of ..., we pay tribute"
    if cue_date is None and doc_date:
        # "congratulated the staff on their holiday and the 30th anniversary of ...": the
        # document's month; "the festival, which coincides with the anniversary": its year
        cue_date = _congratulated_month(
            ruleset, sentence, start, end, doc_date
        ) or coincidence_year(ruleset, sentence, start, lo, hi, doc_date)
    if cue_date and len(cue_date) == 7 and doc_date:
        framed = anniversary_year_frame(ruleset, sentence, start, lo, doc_date)
        if framed is not None:
            return framed[0]  # "in a year which marks the 30th anniversary of ...": a year
    if cue_date and len(cue_date) == 7 and _date_limits(ruleset)[2].search(sentence[lo:hi]):
        return cue_date[:4]  # "Recently, we marked ...": this year, maybe not this month
    if (
        cue_date
        and len(cue_date) == 7
        and doc_date
        and not found
        and _celebrated_ahead(ruleset, sentence, start, doc_date)
    ):
        return cue_date[:4]  # "We will celebrate the 30th anniversary of ...": this year (12z)
    if cue_date and len(cue_date) == 7 and doc_date:
        unsupported = anniversary_month_unsupported(ruleset, sentence, start, doc_date)
        if unsupported is not None:
            return unsupported[0]  # "preparations to mark the 55th anniversary of ...": 12dm
    return cue_date


def _congratulated_month(
    ruleset: Rules, sentence: str, start: int, end: int, doc_date: str
) -> str | None:
    """The document's month for an anniversary the sentence congratulates on or exchanges
    greetings on (`event_page_dates.congratulated_on`), unless its clause says it was recently
    (`anniversary_past_cues`: this year, maybe not this month)."""
    if len(doc_date) < 7 or not congratulated_on(ruleset, sentence, start):
        return None
    lo, hi = clause_bounds(ruleset, sentence, start, end)
    if _date_limits(ruleset)[2].search(sentence[lo:hi]):
        return None
    return doc_date[:7]


def _anniversary_at_doc_date(
    ruleset: Rules, sentence: str, start: int, end: int, doc_date: str, narrative: bool
) -> str | None:
    """The document's day or month for an anniversary of the document's year that its clause
    places there: a day cue with a cue of celebration and no time to come ("Today we are
    celebrating the 6th anniversary"), or a news report's opening ("On the 75th anniversary of
    ..., the event is held"). None otherwise."""
    day_cues, anniversary_cues = _cues(ruleset)[0], _cues(ruleset)[5]
    lo, hi = clause_bounds(ruleset, sentence, start, end)
    clause = sentence[lo:hi]
    if (
        len(doc_date) >= 10
        and day_cues.search(clause)
        and anniversary_cues.search(clause)
        and _tense(ruleset, clause) <= 0
    ):
        return doc_date[:10]
    if narrative and len(doc_date) >= 7 and _anniversary_opens(ruleset, sentence, start):
        return _anniversary_opening_date(ruleset, sentence, start, end, doc_date)
    return None


def _anniversary_opening_date(
    ruleset: Rules, sentence: str, start: int, end: int, doc_date: str
) -> str:
    """The date of an anniversary a news report's sentence opens with ("On the 20th
    anniversary of ..., the President laid flowers"): the document's month, or its day with
    events.json's `anniversary_opening_doc_day` (issue 12 round ba) where the sentence speaks
    of no other time and its clause, the name aside, has no word of doc_day_cues.not_with or
    present_day_cues.not_with."""
    lo, hi = clause_bounds(ruleset, sentence, start, end)
    flag = _report_day_flags(ruleset).anniversary
    clause = sentence[lo:start] + " " + sentence[end:hi]
    if _report_on_doc_day(ruleset, flag, clause, sentence, doc_date):
        return doc_date[:10]
    return doc_date[:7]


# -- issue 12u: a season to come, the time a figure is compared with, an event prepared for --


@compiled_from_rules
def _season_ahead(ruleset: Rules) -> re.Pattern:
    """events.json's `season_ahead_words` before a season: "(in the) coming spring"."""
    words = ruleset.get("events", required=("heads",)).get("season_ahead_words", [])
    if not words:
        return NEVER_MATCHES
    return re.compile(
        rf"\b(?:{phrase_alternation(words)})\s+"
        r"(spring|summer|autumn|fall|winter)\b",
        re.IGNORECASE,
    )


def _season_ahead_year(match: re.Match, year: int, doc_month_: int | None) -> str:
    """The year of "the coming spring": the document's when the season starts after the
    document's month, else the next (as "next spring"); the next when the month is unknown."""
    start = _SEASONS[match.group(1).lower()]
    return f"{year if doc_month_ is not None and start > doc_month_ else year + 1:04d}"


@compiled_from_rules
def _present_day(ruleset: Rules) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """events.json's `present_day_cues`: its `cues` anywhere in a clause, its `narrative_cues`
    followed by at most `gap_chars` characters with no comma or stop up to a name, and its
    `not_with` words."""
    rules = ruleset.get("events", required=("heads",)).get("present_day_cues", {})
    cues, narrative = rules.get("cues", []), rules.get("narrative_cues", [])
    gap = int(rules.get("gap_chars", 0))
    return (
        whole_words_pattern(cues),
        re.compile(rf"\b(?i:{phrase_alternation(narrative)})\b[^,;.:]{{0,{gap}}}$")
        if narrative
        else NEVER_MATCHES,
        whole_words_pattern(rules.get("not_with", [])),
    )


def going_on_today(
    ruleset: Rules,
    sentence: str,
    start: int,
    lo: int,
    hi: int,
    doc_date: str | None,
    narrative: bool,
) -> bool:
    """Whether the clause sentence[lo:hi] places the event named at `start` on the page's day
    (events.json's `present_day_cues`, issue 12 round ao): a cue of an event going on as the
    text is written ("is under way", "met on the sidelines of"), or in a news report one of
    taking part in it right before the name ("The President took part in the Lake Forum"); in a
    sentence with no cue of a time to come or gone (`_present`), a clause with no word of
    doc_day_cues.not_with or of the rule's `not_with`, and in a speaker's turn no verb of
    taking part nor of `speech_not_with` (said in a speech, "you attended the opening of",
    "we met on the sidelines of" recall another day)."""
    if not doc_date or len(doc_date) < 10:
        return False
    cues, took_part, _ = _present_day(ruleset)
    adjacent, opener = _present_day_bp(ruleset)
    clause = sentence[lo:hi]
    if not (
        (may_match(cues, clause) and cues.search(clause))
        or (
            narrative
            and (took_part.search(sentence, lo, start) or adjacent.search(sentence, lo, start))
        )
    ):
        return False
    if not narrative and _recalled_in_speech(ruleset).search(clause):
        return False
    if narrative:
        # Issue 12 round bp: "After that, the President visited ..." tells the day's next step.
        clause = opener.sub("", clause, count=1)
        sentence = opener.sub("", sentence, count=1)
    return _of_the_doc_day(ruleset, clause, sentence)


@compiled_from_rules
def _present_day_bp(ruleset: Rules) -> tuple[re.Pattern, re.Pattern]:
    """events.json's `present_day_cues` of issue 12 round bp: its `adjacent_narrative_cues`
    right before a name, with at most one of `adjacent_determiners` between ("during his visit
    to the Lake Forum", "in his address to the Pine Assembly session"), and its
    `narrative_sequence_openers` opening a clause ("After that, ..."), a report's next step of
    the same day, which is no word of another time."""
    rules = ruleset.get("events", required=("heads",)).get("present_day_cues", {})
    adjacent = rules.get("adjacent_narrative_cues", [])
    determiners = rules.get("adjacent_determiners", [])
    openers = rules.get("narrative_sequence_openers", [])
    det = rf"(?:(?i:{phrase_alternation(determiners)})\s+)?" if determiners else ""
    return (
        re.compile(rf"\b(?i:{phrase_alternation(adjacent)})\s+{det}$")
        if adjacent
        else NEVER_MATCHES,
        re.compile(rf"^\s*(?i:{phrase_alternation(openers)})\s*,\s*") if openers else NEVER_MATCHES,
    )


@compiled_from_rules
def _recalled_in_speech(ruleset: Rules) -> re.Pattern:
    """events.json's `present_day_cues`: its `narrative_cues` and `speech_not_with` anywhere
    (in a speaker's turn, "you attended", "we met" recall another day)."""
    rules = ruleset.get("events", required=("heads",)).get("present_day_cues", {})
    return whole_words_pattern(rules.get("narrative_cues", []) + rules.get("speech_not_with", []))
