"""Event dates said in ways the clause rules of `event_dates` did not read (issue 12, round q).

- A part of a month ("in the first half of November", "the last week of May", "at the start of
  June") is that month, read as "in November" is (events.json's `month_part_phrases`, added to
  the patterns `event_dates.dates_in_clause` reads).
- In an announcement ("On June 6-7, the President will take part in the Lake Forum"), an event
  that a later sentence lists in the programme ("The forum's programme also includes the Youth
  Forum ...") takes the announcement's date: its day, or its month for a range of days
  (`announcement_programme_cues`).
- A news report's sentence that opens by following an event ("Following the Lake Summit, the
  President answered questions") is of the document's day, and so is the event
  (`narrative_after_event_openings`).
- An undated event named with the head of a dated event of the same kind on the page ("the
  media forum of the Lake Front" after "the Lake City media forum on April 3") takes that
  event's date when nothing in the two names tells them apart (`same_head_coreference`).

Round r: an anniversary congratulated on or greeted is of the document's month
(`anniversary_congratulation_cues`), one something "coincides with" of its year
(`anniversary_coincidence_cues`); a congratulation on an event's opening is of the document's
day (`congratulation_opening_day_cues`); an event "along with" another event's date shares it
(`shared_date_joiners`).

Round s: an event that is the subject of a verb of taking place now in any of its sentences is
on the document's day (`subject_under_way_day_cues`); an anniversary whose founding day the page
writes out is on that day of its year (`anniversary_founding_day`).

Round t: an anniversary of n years on a page that says it happened n years ago today is on the
document's day (`anniversary_years_ago_today`); one the next sentence says will be marked on a
day ("We will celebrate it on May 20") takes that day (`anniversary_marked_next_sentence`).

Round bf: an event a sentence says its speaker has just taken part in ("We have just attended
the Lake Forum"), or that a news report's sentence says something was done right before or on
the completion of ("The two leaders met before a session of the Lake Council") is on the
document's day (`done_on_doc_day_cues`, `done_on_doc_day`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from pipeline.nlp.event_editions import other_edition
from pipeline.nlp.quick_tests import may_match
from pipeline.nlp.rules import (
    NEVER_MATCHES,
    Rules,
    compiled_from_rules,
    phrase_alternation,
    whole_words_pattern,
)
from pipeline.nlp.temporal import MONTH_NUMBERS as _MONTH_NUMBERS
from pipeline.nlp.temporal import MONTH_PATTERN as _MONTH


@compiled_from_rules
def month_part_pattern(ruleset: Rules) -> re.Pattern:
    """A month after one of events.json's `month_part_phrases` ("the first half of
    November"; the "in" or "during" before it is not read: the phrase is the date): group 1 is
    the month, as for the "m" kind of `event_dates._DATE_PATTERNS`. Not a month followed by a
    day or a year (those patterns read it)."""
    phrases = ruleset.get("events", required=("heads",)).get("month_part_phrases", [])
    if not phrases:
        return NEVER_MATCHES
    return re.compile(
        rf"\b(?i:{phrase_alternation(phrases)})\s+{_MONTH}\b"
        r"(?!\s+(?:\d|last|this|next))"
    )  # the month capitalised: "the first half of may" is no date


@compiled_from_rules
def _programme_cue(ruleset: Rules) -> re.Pattern:
    """events.json's `announcement_programme_cues` ("programme also includes"), read before the
    event's name in its sentence."""
    cues = ruleset.get("events", required=("heads",)).get("announcement_programme_cues", [])
    if not cues:
        return NEVER_MATCHES
    return re.compile(rf"\b(?:{phrase_alternation(cues)})\b", re.IGNORECASE)


def in_announced_programme(ruleset: Rules, sentence: str, start: int) -> bool:
    """Whether the sentence lists the event named at `start` in a programme ("The forum's
    programme includes the Lake Exhibition, ..."): a cue of `announcement_programme_cues`
    before the name, with no full stop between (the sentence is one)."""
    return bool(_programme_cue(ruleset).search(sentence, 0, start))


@compiled_from_rules
def _after_event_opening(ruleset: Rules) -> re.Pattern:
    """events.json's `narrative_after_event_openings`: a sentence's opening up to an event's
    name that says what follows it ("Following the ", "Upon the completion of the latest "):
    one of `openings`, "the" or not, and at most `max_words_between` words."""
    rules = ruleset.get("events", required=("heads",)).get("narrative_after_event_openings", {})
    openings = rules.get("openings", [])
    if not openings:
        return NEVER_MATCHES
    between = int(rules.get("max_words_between", 0))
    return re.compile(
        rf"\s*(?:{phrase_alternation(openings)})\s+(?:the\s+)?(?:[\w’'-]+\s+){{0,{between}}}",
        re.IGNORECASE,
    )


def after_event_day(
    ruleset: Rules, sentence: str, start: int, doc_date: str | None, narrative: bool
) -> str | None:
    """The document's day for an event a news report's sentence opens by following ("Following
    the Lake Summit, the President answered journalists' questions"): the report is of that
    day. None in a speaker's turn, or when the sentence opens otherwise."""
    if not narrative or not doc_date or len(doc_date) < 10:
        return None
    if not _after_event_opening(ruleset).fullmatch(sentence, 0, start):
        return None
    return doc_date[:10]


# -- a dated event named with the same head ---------------------------------------------------

_WORD = re.compile(r"[a-z0-9]+")
_TAIL = re.compile(r"\s+(?:of|in|on|for|at)\s+", re.IGNORECASE)
# a number, an ordinal, a roman numeral up to 39 ("civil" is no numeral)
_NUMBER = re.compile(r"\d+(?:st|nd|rd|th)?|(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})")
_STOP = frozenset({"the", "a", "an", "and"})


@compiled_from_rules
def _coreference(ruleset: Rules) -> tuple[int, frozenset[str]]:
    """events.json's `same_head_coreference`: how many words the shared head has (0: the rule
    is off), and the kinds it never dates (elections and anniversaries recur under one head in
    many places, a war is dated by its own words)."""
    rules = ruleset.get("events", required=("heads",)).get("same_head_coreference", {})
    return int(rules.get("head_words", 0)), frozenset(rules.get("not_kinds", []))


def singular(word: str) -> str:
    """A plural word's singular, for telling names apart ("elections" and "election",
    "championships" and "championship" name one event)."""
    if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _parts(name: str, size: int) -> tuple[tuple[str, ...], frozenset[str], bool] | None:
    """A name's head (its last `size` words before a tail "of ...", "in ..."), the words
    before the head (numbers left out), and whether anything follows the head."""
    pieces = _TAIL.split(name, maxsplit=1)
    words = [
        w
        for w in _WORD.findall(pieces[0].lower().replace("’s", "").replace("'s", ""))
        if w not in _STOP
    ]
    if len(words) < size:
        return None
    head = tuple(singular(w) for w in words[-size:])
    before = frozenset(w for w in words[:-size] if not _NUMBER.fullmatch(w))
    return head, before, len(pieces) > 1


def dates_from_same_head(ruleset: Rules, dated: list[tuple[dict, str | None]]) -> dict[int, str]:
    """The dates, by index in `dated` (each event's first mention and its date, in page order),
    of undated events that share their head with dated events of the same kind ("media forum"
    in "the media forum of the Lake Front" and "the Lake City media forum"), taken from those
    when they all give one date. Only when the undated name says more than its head and the two
    names do not each put their own words before the head ("the Eastern Economic Forum" and
    "the International Economic Forum" are two forums); not for `not_kinds`."""
    size, never = _coreference(ruleset)
    if size <= 0 or all(date is not None or e["kind"] in never for e, date in dated):
        return {}  # nothing to date: most pages
    parts = [
        _parts(event["name"], size) if event["kind"] not in never else None for event, _ in dated
    ]
    out: dict[int, str] = {}
    for index, ((event, date), part) in enumerate(zip(dated, parts, strict=True)):
        if date is not None or part is None:
            continue
        head, before, tail = part
        if not before and not tail:
            continue  # "the World Cup" alone: any of them
        dates = set()
        for (other, other_date), other_part in zip(dated, parts, strict=True):
            if other_date is None or other_part is None or other["kind"] != event["kind"]:
                continue
            if other_part[0] != head or other_edition(other, event):
                continue  # another head, or another edition of the series (round bx)
            if before and other_part[1] and not before & other_part[1]:
                dates.add(None)  # another event of that head: the two cannot be told apart
                continue
            dates.add(other_date)
        if len(dates) == 1 and None not in dates:
            out[index] = dates.pop()
    return out


# -- issue 12r: congratulations, openings, joined events ---------------------------------------

_FUTURE_WORDS = re.compile(r"\b(?:will|shall|next|upcoming|forthcoming)\b", re.IGNORECASE)


@compiled_from_rules
def _anniversary_congratulation(ruleset: Rules) -> re.Pattern:
    """events.json's `anniversary_congratulation_cues`: a word of congratulations, then (in the
    sentence) one of `before_name` and maybe other things congratulated on and a list joiner,
    right up to an anniversary's name ("congratulated the staff on their holiday and the ")."""
    rules = ruleset.get("events", required=("heads",)).get("anniversary_congratulation_cues", {})
    cues, before = rules.get("cues", []), rules.get("before_name", [])
    if not cues or not before:
        return NEVER_MATCHES
    gap = int(rules.get("gap_chars", 160))
    joiners = rules.get("list_joiners", [])
    listed = (
        rf"(?:[^.;:!?]{{0,{gap}}}?(?:,\s*|\s)(?:{phrase_alternation(joiners)})\s+)?"
        if joiners
        else ""
    )
    return re.compile(
        rf"\b(?:{phrase_alternation(cues)})\b[^.;:!?]{{0,{gap}}}?\s(?:{phrase_alternation(before)})"
        rf"\s+{listed}(?:the\s+)?$",
        re.IGNORECASE,
    )


def congratulated_on(ruleset: Rules, sentence: str, start: int) -> bool:
    """Whether the sentence congratulates someone on the anniversary named at `start`, or says
    greetings were exchanged on it ("exchanged greetings on the 75th anniversary of ...";
    `anniversary_congratulation_cues`), with no word of a time to come between the
    congratulation and the name ("will congratulate")."""
    window = sentence[max(0, start - 400) : start]
    m = _anniversary_congratulation(ruleset).search(window)
    return m is not None and not _FUTURE_WORDS.search(window, max(0, m.start() - 20))


@compiled_from_rules
def _coincidence_cue(ruleset: Rules) -> re.Pattern:
    cues = ruleset.get("events", required=("heads",)).get("anniversary_coincidence_cues", [])
    if not cues:
        return NEVER_MATCHES
    return re.compile(rf"\b(?:{phrase_alternation(cues)})\s+(?:the\s+)?$", re.IGNORECASE)


def coincidence_year(
    ruleset: Rules, sentence: str, start: int, lo: int, hi: int, doc_date: str | None
) -> str | None:
    """The document's year for an anniversary something coincides with ("the festival, which
    coincides with the 125th anniversary of ..."; `anniversary_coincidence_cues`), with no word
    of a time to come just before the cue (in the clause sentence[lo:hi]); None otherwise."""
    if not doc_date or len(doc_date) < 4:
        return None
    cue = _coincidence_cue(ruleset).search(sentence, max(0, start - 40), start)
    if cue is None:
        return None
    if _FUTURE_WORDS.search(sentence, max(lo, cue.start() - 40), start):
        return None  # "next year's festival will coincide with the anniversary"
    return doc_date[:4]


@compiled_from_rules
def shared_date_joiner(ruleset: Rules) -> re.Pattern:
    """events.json's `shared_date_joiners`: what may stand between another event's date and
    this event's name when the date is both's (" in Oslo, along with the opening of the ")."""
    rules = ruleset.get("events", required=("heads",)).get("shared_date_joiners", {})
    joiners = rules.get("joiners", [])
    if not joiners:
        return NEVER_MATCHES
    nouns = rules.get("nouns", [])
    noun = rf"(?:(?:{phrase_alternation(nouns)})\s+of\s+(?:the\s+)?)?" if nouns else ""
    gap = int(rules.get("gap_chars", 40))
    return re.compile(
        rf"[^.;:!?,]{{0,{gap}}}?,?\s*(?:{phrase_alternation(joiners)})\s+(?:the\s+)?{noun}",
        re.IGNORECASE,
    )


@compiled_from_rules
def _opening_congratulation(ruleset: Rules) -> tuple[re.Pattern, re.Pattern]:
    rules = ruleset.get("events", required=("heads",)).get("congratulation_opening_day_cues", {})
    words, openings = rules.get("congratulations", []), rules.get("openings", [])
    if not words or not openings:
        return NEVER_MATCHES, NEVER_MATCHES
    return (
        re.compile(rf"\b(?:{phrase_alternation(words)})\b", re.IGNORECASE),
        re.compile(rf"\b(?:{phrase_alternation(openings)})\b", re.IGNORECASE),
    )


def congratulated_on_opening(ruleset: Rules, sentence: str, start: int, end: int) -> bool:
    """Whether the sentence congratulates or greets the event named at sentence[start:end] on
    its opening, or the opening of a stage of it ("congratulated the participants of the Pine
    Festival on the opening of its final round"; `congratulation_opening_day_cues`): a word of
    congratulations before the name, then one of the openings."""
    word, opening = _opening_congratulation(ruleset)
    m = word.search(sentence, 0, start)
    return m is not None and opening.search(sentence, m.end()) is not None


@compiled_from_rules
def _under_way_subject(ruleset: Rules) -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """events.json's `subject_under_way_day_cues`, compiled: a present progressive verb of
    taking place right after a name, bare or after a relative pronoun ("... is taking place",
    ", which is also being held"); the same with a verb of a news report ("which was chaired
    by"); what may stand before a name that opens its clause ("The first "); the words that
    keep the day away (`not_with`)."""
    rules = ruleset.get("events", required=("heads",)).get("subject_under_way_day_cues", {})
    never = NEVER_MATCHES
    adverbs = rules.get("adverbs", [])
    adverb = rf"(?:(?:{phrase_alternation(adverbs)})\s+)?" if adverbs else ""
    relatives = rules.get("relatives", [])
    relative = rf"(?:(?:{phrase_alternation(relatives)})\s+)?" if relatives else ""
    tail_connectors = ruleset.get("events", required=("heads",)).get(
        "subject_under_way_tail_connectors", []
    )

    def verbs(key: str) -> re.Pattern:
        phrases = rules.get(key, [])
        if not phrases:
            return never
        # "is being held" also as "is also being held": an adverb after the first word
        forms = []
        for phrase in sorted(set(phrases), key=lambda p: (-len(p), p)):
            first, _, rest = phrase.partition(" ")
            tail = rf"\s+{adverb}{phrase_alternation([rest])}" if rest else ""
            forms.append(rf"{re.escape(first)}{tail}")
        # a proper tail the name was cut before ("the Lake Forum 2030 Pine Partnership")
        tail_words = int(rules.get("name_tail_words", 0))
        # issue 12z: lowercase connectors inside that tail ("the XV Forum Gas of Russia 2017")
        connectors = phrase_alternation(tail_connectors) if tail_connectors else ""
        link = rf"(?:(?:{connectors})\s+)?" if connectors else ""
        name_tail = rf"(?-i:(?:\s+{link}[A-Z0-9][\w’'-]*){{0,{tail_words}}})" if tail_words else ""
        return re.compile(
            rf"{name_tail}\s*,?\s*(?P<relative>{relative}){adverb}(?:{'|'.join(forms)})\b",
            re.IGNORECASE,
        )

    openers = rules.get("clause_openers", [])
    opener = rf"(?:(?:{phrase_alternation(openers)})\s+)?" if openers else ""
    ordinals = phrase_alternation(
        list(ruleset.get("events", required=("heads",)).get("ordinal_words", {})) or ["first"]
    )
    against = rules.get("not_with", [])
    return (
        verbs("verbs"),
        verbs("narrative_verbs"),
        re.compile(rf"[\s\"“]*{opener}(?:(?:{ordinals}|\d+(?:st|nd|rd|th))\s+)?", re.IGNORECASE),
        re.compile(rf"\b(?:{phrase_alternation(against)})\b", re.IGNORECASE) if against else never,
    )


@compiled_from_rules
def _reduced_under_way(ruleset: Rules) -> re.Pattern:
    """events.json's `reduced_under_way_day_cues` (issue 12 round ad), compiled: a comma, an
    adverb of now and a participle of taking place right after a name (", currently under
    way in Pinetown")."""
    rules = ruleset.get("events", required=("heads",)).get("reduced_under_way_day_cues", {})
    adverbs, verbs = rules.get("adverbs", []), rules.get("verbs", [])
    if not adverbs or not verbs:
        return NEVER_MATCHES
    return re.compile(
        rf"\s*,\s*(?:{phrase_alternation(adverbs)})\s+(?:{phrase_alternation(verbs)})\b",
        re.IGNORECASE,
    )


def under_way_subject(
    ruleset: Rules, sentence: str, start: int, end: int, lo: int, hi: int, narrative: bool
) -> bool:
    """Whether the event named at sentence[start:end] is the subject of a present progressive
    verb of taking place (issue 12s; `subject_under_way_day_cues`): "The Lake Forum is taking
    place in Pinetown", "the guests of the Pine Forum, which is also being held in Lakeside at
    this time"; in a news report also "the session of the Lake Council, which was chaired by
    the President". A bare verb only after a name that opens its clause sentence[lo:hi] ("The
    second Lake Forum is taking place", not "Preparations for the Lake Forum are under way");
    the stretch from the name to the clause's end speaks of no other time and has none of the
    `not_with` words."""
    verbs, narrative_verbs, opening, against = _under_way_subject(ruleset)
    m = verbs.match(sentence, end) or (narrative_verbs.match(sentence, end) if narrative else None)
    if m is None:
        # ", currently under way in Pinetown": a reduced relative clause (issue 12 round ad)
        reduced = _reduced_under_way(ruleset).match(sentence, end)
        return reduced is not None and not against.search(sentence, end, hi)
    if not m.group("relative") and not opening.fullmatch(sentence, lo, start):
        return False
    return not against.search(sentence, end, hi)


_FULL_DATES = (
    # "October 22, 1992", "22 October 1992": a day, its month and a year of the page
    re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(1[5-9]\d{{2}}|20\d{{2}})\b"),
    re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(1[5-9]\d{{2}}|20\d{{2}})\b"),
)


def _occurrences(text: str, number: str) -> list[int]:
    """Where `number` stands in `text` as a number of its own, no digit on either side (str.find:
    a regex over a long page costs far more)."""
    found, at = [], text.find(number)
    while at >= 0:
        end = at + len(number)
        if not (at and text[at - 1].isdigit()) and not (end < len(text) and text[end].isdigit()):
            found.append(at)
        at = text.find(number, at + 1)
    return found


# the most characters a day and its month take before the year ("September 22nd,  ")
_DAY_MONTH_CHARS = 40


def _full_dates(
    text: str, taken: re.Pattern, ends: frozenset[int], years: set[int]
) -> set[tuple[int, int, int]]:
    """The days a text writes out with their month and year, for the `years` wanted: (year,
    month, day); not one written right after the end of another event's name (`ends`) through
    `taken` ("the Pine Parade of June 24, 1945": the parade's day). Only the stretch before each
    of those years is read: a scan of the whole page for every date cost as much as the rest of
    the event dates."""
    found = set()
    spans = [
        (max(0, at - _DAY_MONTH_CHARS), at + len(str(year)))
        for year in sorted(years)
        for at in _occurrences(text, str(year))
    ]
    for pattern, (y, m, d) in ((_FULL_DATES[0], (3, 1, 2)), (_FULL_DATES[1], (3, 2, 1))):
        for match in (hit for lo, hi in spans for hit in pattern.finditer(text, lo, hi)):
            before = match.start()
            if any(
                taken.fullmatch(text, end, before) for end in ends if before - 12 <= end <= before
            ):
                continue
            found.add(
                (
                    int(match.group(y)),
                    _MONTH_NUMBERS[match.group(m).lower()],
                    int(match.group(d)),
                )
            )
    return {day for day in found if 1 <= day[2] <= 31}


@compiled_from_rules
def _other_event_date_link(ruleset: Rules) -> re.Pattern:
    """`anniversary_founding_day.other_event_links`: what joins another event's name to its own
    date (" of ", ", held on ")."""
    rules = ruleset.get("events", required=("heads",)).get("anniversary_founding_day", {})
    links = rules.get("other_event_links", [])
    link = rf"(?:{phrase_alternation(links)})\s+" if links else ""
    return re.compile(rf"\s*,?\s*{link}(?:the\s+)?", re.IGNORECASE)


def founding_day(
    ruleset: Rules,
    text: str,
    number: int | None,
    date: str | None,
    doc_date: str | None,
    other_ends: frozenset[int] = frozenset(),
) -> str | None:
    """The day of an anniversary counted from a founding date the page writes out (issue 12s;
    judging convention 11d; `anniversary_founding_day`): "the 25th anniversary of diplomatic
    relations" and "relations were established on October 22, 1992" on one page make it
    October 22 of 1992 + 25. Only when exactly one day of the page lies in the year the number
    counts back to, that year plus the number is within `max_years_from_doc` of the document's
    year and is the year of the date already found (if any), and that date is no day already.
    A day written right after another event's name (`other_ends`, the ends of the page's
    mentions of events other than anniversaries) is that event's, not a founding day."""
    rules = ruleset.get("events", required=("heads",)).get("anniversary_founding_day", {})
    if not rules or not number or not doc_date or (date is not None and len(date) >= 10):
        return None
    window = int(rules.get("max_years_from_doc", 1))
    doc_year_ = int(doc_date[:4])
    years = {doc_year_ - number + k for k in range(-window, window + 1)}
    days = {
        (y + number, m, d)
        for y, m, d in _full_dates(text, _other_event_date_link(ruleset), other_ends, years)
        if abs(y + number - doc_year_) <= window and (date is None or int(date[:4]) == y + number)
    }
    if len(days) != 1:
        return None
    (year, month, day) = days.pop()
    return f"{year:04d}-{month:02d}-{day:02d}"


# -- issue 12u: an event named by its place --------------------------------------------------

_PLACE_HEAD = re.compile(r"([A-Z][\w-]+)\s+(\w+)")


@compiled_from_rules
def _place_head(ruleset: Rules) -> tuple[re.Pattern | None, int, frozenset[str]]:
    """events.json's `place_head_coreference`: the links before a place, the window after a
    dated name they are read in, and the kinds left alone."""
    rules = ruleset.get("events", required=("heads",)).get("place_head_coreference", {})
    links = rules.get("links", [])
    link = re.compile(rf"\b(?:{phrase_alternation(links)})\s+$", re.IGNORECASE) if links else None
    return link, int(rules.get("window_chars", 0)), frozenset(rules.get("not_kinds", []))


def dates_from_place_head(
    ruleset: Rules, text: str, dated: list[tuple[dict, str | None]]
) -> dict[int, str]:
    """The dates, by index in `dated`, of undated events named by a place and their head alone
    ("the Pinetown summit"), taken from the one dated event of that head and kind that the text
    within the window after its name places there ("the Lake Union summit, which had recently
    finished in Pinetown")."""
    link, window, never = _place_head(ruleset)
    if link is None or window <= 0:
        return {}
    out: dict[int, str] = {}
    for index, (event, date) in enumerate(dated):
        if date is not None or event["kind"] in never:
            continue
        m = _PLACE_HEAD.fullmatch(event["name"])
        if m is None:
            continue
        place, head = m.group(1), m.group(2).lower()
        after = re.compile(rf"\b{re.escape(place)}\b")
        dates = set()
        for other, other_date in dated:
            if (
                other_date is None
                or other is event
                or other["kind"] != event["kind"]
                or other["name"].split()[-1].lower() != head
            ):
                continue
            for p in after.finditer(text, other["end"], other["end"] + window):
                if link.search(text, max(other["end"], p.start() - 10), p.start()):
                    dates.add(other_date)
                    break
        if len(dates) == 1:
            out[index] = dates.pop()
    return out


# -- issue 12t: "exactly two years ago" -----------------------------------------------------------

_COUNT = r"(?P<n>\d{1,4}|[A-Za-z]+(?:[-‑][A-Za-z]+)?)"


@compiled_from_rules
def _years_ago_today(ruleset: Rules) -> tuple[tuple[re.Pattern, ...], dict[str, int]]:
    """events.json's `anniversary_years_ago_today.phrases`, each with "{n}" for the number of
    years ("exactly {n} years ago"), compiled; and the number words read for "{n}" (temporal.json's
    relative-date numbers and events.json's `tens_words`)."""
    rules = ruleset.get("events", required=("heads",))
    phrases = rules.get("anniversary_years_ago_today", {}).get("phrases", [])
    patterns = tuple(
        re.compile(
            r"\b" + re.escape(p).replace(r"\ ", r"\s+").replace(r"\{n\}", _COUNT) + r"\b",
            re.IGNORECASE,
        )
        for p in phrases
        if "{n} years ago" in p
    )
    words = {
        k.lower(): int(v)
        for k, v in ruleset.get("temporal", required=("relative",))
        .get("relative_dates", {})
        .get("numbers", {})
        .items()
    }
    words.update({k.lower(): int(v) for k, v in rules.get("tens_words", {}).items()})
    return patterns, words


def _count_value(text: str, words: dict[str, int]) -> int | None:
    """The number "2", "two" or "seventy-five" stands for; None for any other word."""
    if text.isdigit():
        return int(text)
    parts = re.split(r"[-‑]", text.lower())
    if len(parts) == 1:
        return words.get(parts[0])
    tens, unit = words.get(parts[0]), words.get(parts[1])
    if tens is None or unit is None or tens % 10 or not 0 < unit < 10:
        return None
    return tens + unit


def years_ago_today(
    ruleset: Rules, text: str, number: int | None, date: str | None, doc_date: str | None
) -> str | None:
    """The document's day for an anniversary counting `number` years when the page says that
    many years have passed today (issue 12t; `anniversary_years_ago_today`: "The first race was
    run exactly two years ago" and "the second anniversary of the launch of the Lake Games"):
    the anniversary falls on the page's day. Only where `date` is None or the document's year
    or month; `events.py` leaves out a number two anniversaries of the page share."""
    if not number or not doc_date or len(doc_date) < 10:
        return None
    if date is not None and date not in (doc_date[:4], doc_date[:7]):
        return None
    patterns, words = _years_ago_today(ruleset)
    if not patterns:
        return None
    # the phrases are read only around "years ago" (found by str.find): a pattern that opens
    # with the number would be tried at every word of a long page
    at = text.find(_YEARS_AGO)
    while at >= 0:
        lo, hi = max(0, at - _AROUND_YEARS_AGO), at + len(_YEARS_AGO) + _AROUND_YEARS_AGO
        at = text.find(_YEARS_AGO, at + 1)
        for pattern in patterns:
            for m in pattern.finditer(text, lo, hi):
                if _count_value(m.group("n"), words) == number:
                    return doc_date[:10]
    return None


_YEARS_AGO = "years ago"
# how far from "years ago" a phrase of `anniversary_years_ago_today` may reach
_AROUND_YEARS_AGO = 40


# -- issue 12t: "We will celebrate it on May 20" ---------------------------------------------


@compiled_from_rules
def _marked_next(ruleset: Rules) -> re.Pattern:
    """events.json's `anniversary_marked_next_sentence.phrases` ("we will mark it", "it will
    be celebrated"), each a whole word sequence."""
    rules = ruleset.get("events", required=("heads",)).get("anniversary_marked_next_sentence", {})
    phrases = rules.get("phrases", [])
    if not phrases:
        return NEVER_MATCHES
    return re.compile(rf"\b(?:{phrase_alternation(phrases)})\b", re.IGNORECASE)


def marked_in_next_sentence(
    ruleset: Rules, sentence: str, date: str | None, doc_date: str | None
) -> tuple[int, int] | None:
    """Where the sentence after an anniversary's mention says the anniversary will be marked or
    celebrated (issue 12t; `anniversary_marked_next_sentence`: "... just before the 30th
    anniversary of our relations. We will celebrate it on May 20."): the span of the phrase,
    whose clause's date `events.py` reads as the anniversary's; None when the sentence does not
    say it, or the anniversary has a day already."""
    if not doc_date or (date is not None and len(date) >= 10):
        return None
    pattern = _marked_next(ruleset)
    m = pattern.search(sentence) if may_match(pattern, sentence) else None  # issue 19
    return (m.start(), m.end()) if m else None


def _marked_event_tail(rules: dict, lead: str, held: str | None = None) -> re.Pattern:
    """`lead` (who is greeted and how, a verb of attending), then maybe a determiner and a few
    modifiers, one of the rule's `events` (maybe `held`), one of its `marking` phrases, right
    before an anniversary's name: "... of a gala evening marking the "."""
    dets = phrase_alternation(rules.get("determiners", []) or ["the"])
    modifiers = int(rules.get("modifiers_max", 0))
    maybe_held = rf"(?:(?:{held})\s+)?" if held else ""
    return re.compile(
        rf"{lead}\s+(?:(?:{dets})\s+)?"
        rf"(?:[\w’'-]+\s+){{0,{modifiers}}}(?:{phrase_alternation(rules['events'])})"
        rf"\s+{body_tail(rules)}{maybe_held}(?:{phrase_alternation(rules['marking'])})\s+(?:the\s+)?"
        rf"{possessive_before_name(rules)}$",
        re.IGNORECASE,
    )


def body_tail(rules: dict) -> str:
    """A rule's `body_tail_max_words` (issue 12 round ej): "of the" and up to that many
    capitalised words naming whose the event is, between the event noun and the marking words
    ("attended a session of the Lake Trade Board in honour of the Pine Canal's centenary"),
    as a pattern; "" without it."""
    words = int(rules.get("body_tail_max_words", 0))
    if words <= 0:
        return ""
    return rf"(?:of\s+the\s+(?:(?-i:[A-Z])[\w’'-]*\s+){{1,{words}}})?"


def possessive_before_name(rules: dict) -> str:
    """A rule's `possessive_before_name` (issue 12 round ej): one possessive word that may stand
    between the marking words and an anniversary's name ("a ceremony marking the Lake Union’s
    fifth anniversary", the name being "fifth anniversary"), as a pattern; "" without it."""
    if not rules.get("possessive_before_name"):
        return ""
    return r"(?:[\w-]+(?:’s|'s|’|')\s+)?"


@compiled_from_rules
def _greeted_event(ruleset: Rules) -> tuple[re.Pattern, re.Pattern, re.Pattern, int, frozenset]:
    """events.json's `anniversary_greeted_event_day` (issue 12 round ai), compiled: who is
    greeted, of which event held to mark what follows, right before an anniversary's name; the
    greeting word looked for before it; the words that keep the day away in the clause; the
    window (characters) for the greeting; the name words that keep the day away."""
    rules = ruleset.get("events", required=("heads",)).get("anniversary_greeted_event_day")
    if not rules:
        return NEVER_MATCHES, NEVER_MATCHES, NEVER_MATCHES, 0, frozenset()
    who = phrase_alternation(rules["who"])
    held = phrase_alternation(rules.get("held", []) or ["held"])
    lead = (
        rf"\b(?:{who})(?:(?:\s*,\s*|\s+and\s+|,\s+and\s+)(?:{who}))*"
        rf"\s+(?:{phrase_alternation(rules['links'])})"
    )
    tail = _marked_event_tail(rules, lead, held)
    greeting = whole_words_pattern(rules["greetings"])
    not_clause = whole_words_pattern(rules.get("not_clause", []))
    words = frozenset(w.lower() for w in rules.get("not_name_words", []))
    return tail, greeting, not_clause, int(rules.get("window_chars", 0)), words


def greeted_event_marks(
    ruleset: Rules, name: str, sentence: str, start: int, end: int, clause_start: int = 0
) -> bool:
    """Whether the anniversary named at sentence[start:end] is marked by an event whose
    participants, guests or organisers the sentence greets ("greetings to the guests of a
    gala evening marking the 20th anniversary of the Lake Theatre";
    `anniversary_greeted_event_day`, issue 12 round ai): the greeting is read out there on the
    page's day. Not a name holding one of its `not_name_words`, nor a stretch from the start of
    the name's clause (`clause_start`; the sentence's by default) or the greeting, whichever
    comes first, to the name holding one of its `not_clause` words: "The President will send
    greetings to ..." is a greeting to come (review53; the stretch began at the greeting)."""
    tail, greeting, not_clause, window, not_words = _greeted_event(ruleset)
    if not_words & {w.lower() for w in re.findall(r"[\w’']+", name)}:
        return False
    m = tail.search(sentence, max(0, start - window), start)
    if m is None:
        return False
    greet = greeting.search(sentence, max(0, m.start() - window), m.start())
    if greet is None:
        return False
    return not_clause.search(sentence, min(clause_start, greet.start()), end) is None


@compiled_from_rules
def _attended_event(ruleset: Rules) -> tuple[re.Pattern, re.Pattern, frozenset]:
    """events.json's `anniversary_attended_event_day` (issue 12 round am), compiled: a verb of
    attending in the past, then an event held to mark what follows, right before an
    anniversary's name; the words that keep the day away in the sentence; the name words that
    keep the day away."""
    rules = ruleset.get("events", required=("heads",)).get("anniversary_attended_event_day")
    if not rules:
        return NEVER_MATCHES, NEVER_MATCHES, frozenset()
    tail = _marked_event_tail(rules, rf"\b(?:{phrase_alternation(rules['verbs'])})")
    not_sentence = whole_words_pattern(rules.get("not_sentence", []))
    words = frozenset(w.lower() for w in rules.get("not_name_words", []))
    return tail, not_sentence, words


def attended_event_marks(ruleset: Rules, name: str, sentence: str, start: int) -> bool:
    """Whether the anniversary named at sentence[start:] is marked by an event that the
    sentence's subject attended, spoke at or took part in ("The President spoke at a gala
    meeting to mark the 40th anniversary of the Lake Works"; `anniversary_attended_event_day`,
    issue 12 round am): a news report of the page's own day. Not a name holding one of its
    `not_name_words`, nor a sentence holding one of its `not_sentence` words ("will")."""
    tail, not_sentence, not_words = _attended_event(ruleset)
    if not_words & {w.lower() for w in re.findall(r"[\w’']+", name)}:
        return False
    return tail.search(sentence, 0, start) is not None and not_sentence.search(sentence) is None


# -- issue 12 round bf: an event just taken part in, or right before what is told --------------


@compiled_from_rules
def _done_on_doc_day(ruleset: Rules) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """events.json's `done_on_doc_day_cues`, compiled: one of `cues` (any text) and one of
    `narrative_cues` (a news report's), each maybe followed by one of `determiners` and at most
    `max_words_between` words, right up to the end of the stretch searched (the name's start);
    and the `not_with` words of the sentence."""
    rules = ruleset.get("events", required=("heads",)).get("done_on_doc_day_cues", {})
    determiners = rules.get("determiners", [])
    det = rf"(?:(?:{phrase_alternation(determiners)})\s+)?" if determiners else ""
    between = int(rules.get("max_words_between", 0))
    tail = rf"\s+{det}(?:[\w’'-]+\s+){{0,{between}}}$"

    def before_name(key: str) -> re.Pattern:
        phrases = rules.get(key, [])
        if not phrases:
            return NEVER_MATCHES
        return re.compile(rf"\b(?:{phrase_alternation(phrases)}){tail}", re.IGNORECASE)

    return (
        before_name("cues"),
        before_name("narrative_cues"),
        whole_words_pattern(rules.get("not_with", [])),
    )


# how far before a name the cues of `done_on_doc_day_cues` are looked for: longer than any
# cue with its determiner and words between
_DONE_WINDOW = 100


def done_on_doc_day(ruleset: Rules, sentence: str, start: int, narrative: bool) -> bool:
    """Whether the sentence places the event named at `start` on the document's day by what was
    done at it just now or right before it (events.json's `done_on_doc_day_cues`, issue 12
    round bf): a cue of having just taken part in it ("We have just attended the Lake Forum"),
    or in a news report one of doing something right before it or on its completion ("The
    leaders met before a session of the Lake Council"), with no word of `not_with` in the
    sentence (a time to come or another time: "will", "the day before", "last year") and no
    month named in it ("shortly before the Lake Summit, which was to open in late November":
    the sentence dates the event itself)."""
    cues, narrative_cues, against = _done_on_doc_day(ruleset)
    lo = max(0, start - _DONE_WINDOW)
    if not (
        cues.search(sentence, lo, start)
        or (narrative and narrative_cues.search(sentence, lo, start))
    ):
        return False
    return not against.search(sentence) and not _MONTH_NAMED.search(sentence)


_MONTH_NAMED = re.compile(rf"\b{_MONTH}\b")


@compiled_from_rules
def _demonstrative_doc_day(ruleset: Rules) -> tuple[re.Pattern, re.Pattern]:
    """events.json's `demonstrative_doc_day_cues`, compiled: one of `cues` ("on the sidelines
    of this"), at most `max_words_between` words, then a head word (group 1); and the
    `not_with` words of the sentence."""
    events = ruleset.get("events", required=("heads",))
    rules = events.get("demonstrative_doc_day_cues", {})
    if not rules.get("cues") or not rules.get("heads"):
        return NEVER_MATCHES, NEVER_MATCHES
    between = int(rules.get("max_words_between", 0))
    heads = phrase_alternation(rules["heads"])
    words = rf"(?:[\w’'-]+\s+){{0,{between}}}?"
    pattern = rf"\b(?:{phrase_alternation(rules['cues'])})\s+{words}({heads})\b"
    # "visit this exhibition, which is being held in Pinetown" (issue 12 round cz)
    under_way = events.get("demonstrative_under_way_day_cues", {})
    if under_way.get("determiners") and under_way.get("followers"):
        pattern += (
            rf"|\b(?:{phrase_alternation(under_way['determiners'])})\s+{words}({heads})"
            rf"(?:\s*,)?\s+(?:{phrase_alternation(under_way['followers'])})\b"
        )
    return (
        re.compile(pattern, re.IGNORECASE),
        whole_words_pattern(rules.get("not_with", [])),
    )


def demonstrative_doc_day(ruleset: Rules, text: str, name: str, after: int) -> bool:
    """Whether `text` (the document's), after character `after` (the event's first mention),
    says something happens "on the sidelines of this summit" where "summit" is a word of the
    event's `name` (events.json's `demonstrative_doc_day_cues`, issue 12 round cv): the event
    the page's subject takes part in, on the page's day (convention C1). Not in a sentence
    with a word of `not_with` ("last", "previous": another edition)."""
    words = {w.lower() for w in re.findall(r"[\w’'-]+", name)}
    heads = _demonstrative_head_words(ruleset)
    if heads is not None and name.isascii() and words.isdisjoint(heads):
        # no cue's head can be a word of this name: the text is not read (round date64). A
        # head matched (case ignored) and lowercased is an ASCII word only as the head's
        # lowercase: a name of ASCII words holds it or no head at all
        return False
    hits = _demonstrative_hits(ruleset)(text)
    if not hits:
        return False
    return any(start >= after and head in words for start, head in hits)


@compiled_from_rules
def _demonstrative_head_words(ruleset: Rules) -> frozenset[str] | None:
    """The lowercase `demonstrative_doc_day_cues.heads`, for `demonstrative_doc_day`'s test of a
    name; None (no test) unless each is a word of ASCII letters, as the test's proof needs."""
    heads = ruleset.get("events", required=("heads",)).get("demonstrative_doc_day_cues", {})
    words = heads.get("heads", [])
    if not all(re.fullmatch(r"[A-Za-z]+", w) for w in words):
        return None
    return frozenset(w.lower() for w in words)


# the characters other than ASCII letters that a case-ignoring pattern matches with an ASCII
# letter, or whose `str.lower` holds one (U+0130 dotted capital I, U+0131 dotless i, U+017F long
# s, U+212A Kelvin sign); tests/nlp/event_dates/test_demonstrative_phrase_gate.py checks every
# code point
_FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")


# phrases for `has_phrase`: per anchor word, the words before it and the words after it of
# each phrase holding it
Anchored = tuple[tuple[str, tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]], ...]


def has_phrase(text: str, phrases: Anchored) -> bool:
    r"""False only where no phrase of `phrases` (`_phrases_for_test`) is in `text` as a
    case-ignoring pattern with `\s+` between its words would find it. Read in the text
    lowercased: each written place of a phrase's anchor (its longest word), then its other words
    around it over white space runs (`str.isspace` is `\s`). True (not read) on a text with a
    character of `_FOLDS_TO_ASCII`, where lowercasing and the pattern's ignoring of case differ.
    The words are of ASCII or uncased characters."""
    if any(c in text for c in _FOLDS_TO_ASCII):
        return True
    lowered = text.lower()
    for anchor, around in phrases:
        i = lowered.find(anchor)
        while i >= 0:
            end = i + len(anchor)
            for before, after in around:
                if _words_before(lowered, i, before) and _words_after(lowered, end, after):
                    return True
            i = lowered.find(anchor, i + 1)
    return False


def _words_before(lowered: str, end: int, words: tuple[str, ...]) -> bool:
    """Whether `words` end at `end`, each followed by a run of white space."""
    for word in reversed(words):
        if end == 0 or not lowered[end - 1].isspace():
            return False
        while end > 0 and lowered[end - 1].isspace():
            end -= 1
        if not lowered.endswith(word, 0, end):
            return False
        end -= len(word)
    return True


def _words_after(lowered: str, start: int, words: tuple[str, ...]) -> bool:
    """Whether `words` start at `start`, each after a run of white space."""
    n = len(lowered)
    for word in words:
        if start >= n or not lowered[start].isspace():
            return False
        while start < n and lowered[start].isspace():
            start += 1
        if not lowered.startswith(word, start):
            return False
        start += len(word)
    return True


def _phrases_for_test(phrases: list[str]) -> Anchored | None:
    """`phrases` for `has_phrase`: each phrase's lowercase words, grouped by their anchor (the
    longest word, the last of the longest); None when a character of one is a letter beyond
    ASCII with a case (the test could not be proved) or one is empty."""
    anchored: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
    for phrase in phrases:
        words = tuple(phrase.lower().split())
        # the phrase as written, not lowercased: "İ" lowercases to "i" and a combining dot,
        # which the pattern (matching "i" for it) does not ask for (review65)
        if not words or any(not c.isascii() and (c.lower() != c or c.upper() != c) for c in phrase):
            return None
        k = max(range(len(words)), key=lambda i: (len(words[i]), i))
        anchored.setdefault(words[k], []).append((words[:k], words[k + 1 :]))
    return tuple((anchor, tuple(around)) for anchor, around in anchored.items())


@compiled_from_rules
def _demonstrative_phrases(ruleset: Rules) -> Anchored | None:
    """The phrases one of which every match of `_demonstrative_doc_day`'s cue pattern holds: the
    `cues` (first branch) and the `followers` (second branch), for `has_phrase`; None (no test)
    when they cannot be read so."""
    events = ruleset.get("events", required=("heads",))
    under_way = events.get("demonstrative_under_way_day_cues", {})
    phrases = list(events.get("demonstrative_doc_day_cues", {}).get("cues", []))
    if under_way.get("determiners") and under_way.get("followers"):
        phrases += under_way["followers"]
    return _phrases_for_test(phrases)


@compiled_from_rules
def _demonstrative_hits(ruleset: Rules) -> Callable[[str], tuple[tuple[int, str], ...]]:
    """For a document's text, (start, head word in lowercase) of each
    `demonstrative_doc_day_cues` cue whose sentence has no word of `not_with`: read once per
    text, the last few texts kept, as each of a page's events asks."""
    cues, against = _demonstrative_doc_day(ruleset)
    phrases = _demonstrative_phrases(ruleset)

    @lru_cache(maxsize=8)
    def hits(text: str) -> tuple[tuple[int, str], ...]:
        found = []
        if not may_match(cues, text):
            return ()  # no page has the words every cue holds (issue 19)
        if phrases is not None and not has_phrase(text, phrases):
            return ()  # none of the phrases every match holds (round lead64)
        for m in cues.finditer(text):
            lo = max(text.rfind(stop, 0, m.start()) for stop in (".", "!", "?", "\n")) + 1
            ends = [
                i for i in (text.find(stop, m.end()) for stop in (".", "!", "?", "\n")) if i >= 0
            ]
            if not against.search(text[lo : min(ends, default=len(text))]):
                found.append((m.start(), (m.group(1) or m.group(2)).lower()))
        return tuple(found)

    return hits
