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
"""

from __future__ import annotations

import re

from pipeline.nlp.rules import NEVER_MATCHES, Rules, compiled_from_rules, phrase_alternation

_MONTH = r"(January|February|March|April|May|June|July|August|September|October|November|December)"


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


def _singular(word: str) -> str:
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
    head = tuple(_singular(w) for w in words[-size:])
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
            if other_part[0] != head:
                continue
            if before and other_part[1] and not before & other_part[1]:
                dates.add(None)  # another event of that head: the two cannot be told apart
                continue
            dates.add(other_date)
        if len(dates) == 1 and None not in dates:
            out[index] = dates.pop()
    return out
