"""Sentences that frame an event as still ahead, just over, or of the day a message is read
(moved out of `event_dates`; issue 12 rounds w, x, z, bg, by).

- round w: `upcoming_trailer_after` ("the elections which lie ahead"),
  `message_read_on_its_day` (a greeting's message read on the event's day; round z too),
  `came_for_event` (arrived for the event), `done_as_part_of` (done as part of the event);
- round x: `recent_past_year`, `thanked_for_year`, `thanked_for_before` (an event just over),
  `upcoming_clause_before` (a clause that puts the event ahead);
- round bg: `soon_after`, `future_frame_before` (an event framed by a time to come; round by
  too), `listed_after` (events listed in one list share what is said of the first).
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


@compiled_from_rules
def _upcoming_trailer(ruleset: Rules) -> re.Pattern:
    """events.json's `upcoming_event_trailing_phrases` right after a name, maybe after a
    comma ("the Lake Summit, which lies ahead")."""
    rules = ruleset.get("events", required=("heads",)).get("upcoming_event_trailing_phrases", {})
    phrases = rules.get("phrases", [])
    if not phrases:
        return NEVER_MATCHES
    return re.compile(rf"\s*,?\s*(?:{phrase_alternation(phrases)})\b", re.IGNORECASE)


def upcoming_trailer_after(ruleset: Rules, text: str, end: int) -> bool:
    """Whether the name ending at text[end] is followed by a phrase that puts it still ahead
    ("the elections which lie ahead"; `upcoming_event_trailing_phrases`, issue 12w)."""
    return bool(_upcoming_trailer(ruleset).match(text, end))


@compiled_from_rules
def _message_day(ruleset: Rules) -> tuple[re.Pattern, int, frozenset[str]]:
    """events.json's `greeting_message_day_cues`: the phrases of a greeting's message that
    place the event on the day it is read, how far after the greeting they are looked for,
    and the kinds left alone."""
    events = ruleset.get("events", required=("heads",))
    rules = events.get("greeting_message_day_cues", {})
    # issue 12x: "these Games are being held in Pinetown", read while they are
    cues = rules.get("cues", []) + events.get("greeting_message_progressive_cues", [])
    pattern = whole_words_pattern(cues)
    return pattern, int(rules.get("window_chars", 0)), frozenset(rules.get("not_kinds", []))


def message_read_on_its_day(ruleset: Rules, text: str, after: int, kind: str) -> bool:
    """Whether the message of greetings that follows text[after] (the end of the sentence
    sending it) says the greeted event is going on as it is read ("Today's agenda includes",
    "is opening here"; `greeting_message_day_cues`, issue 12w), within `window_chars` and
    before any further greeting; not for the kinds it leaves alone (anniversaries)."""
    pattern, window, not_kinds = _message_day(ruleset)
    if not window or kind in not_kinds:
        return False
    hi = min(len(text), after + window)
    further = _greeting_anywhere(ruleset).search(text, after, hi)
    if further:
        hi = further.start()
    if pattern.search(text, after, hi) is not None:
        return True
    # issue 12z: "experts have gathered in Pinetown", "the forum has brought together ..."
    gathered, against = _message_gathered(ruleset)
    for match in gathered.finditer(text, after, hi):
        lo_s, hi_s = _sentence_around(text, match.start(), match.end())
        if not against.search(text, lo_s, hi_s):
            return True
    return False


_SENTENCE_END = re.compile(r"[.!?](?=[\s”\"]|$)")


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence of text[start:end]: after the last stop before it, up to the
    first stop after it."""
    lo = max(
        (m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 400), start)),
        default=max(0, start - 400),
    )
    m = _SENTENCE_END.search(text, end, end + 400)
    return lo, m.end() if m else min(len(text), end + 400)


@compiled_from_rules
def _message_gathered(ruleset: Rules) -> tuple[re.Pattern, re.Pattern]:
    """events.json's `greeting_message_gathered_cues`: a message's phrases saying the
    participants have gathered ("have gathered", "has brought together"), and the words of
    their sentence that keep the day away ("over these ten years")."""
    rules = ruleset.get("events", required=("heads",)).get("greeting_message_gathered_cues", {})
    cues, against = rules.get("cues", []), rules.get("not_with", [])
    return (
        whole_words_pattern(cues),
        whole_words_pattern(against),
    )


@compiled_from_rules
def _greeting_anywhere(ruleset: Rules) -> re.Pattern:
    """events.json's `greeting_cues` anywhere: where another greeting begins."""
    cues = ruleset.get("events", required=("heads",)).get("greeting_cues", [])
    if not cues:
        return NEVER_MATCHES
    return re.compile(rf"\b{phrase_alternation(cues)}", re.IGNORECASE)


@compiled_from_rules
def _came_for(ruleset: Rules) -> re.Pattern:
    """events.json's `arrival_for_event_day_cues`: a present perfect of coming, then at most
    `gap_chars` characters with no comma or full stop, then "for" and maybe "the", right
    before a name ("has come to Pinetown for the ")."""
    rules = ruleset.get("events", required=("heads",)).get("arrival_for_event_day_cues", {})
    verbs = rules.get("verbs", [])
    if not verbs:
        return NEVER_MATCHES
    gap = int(rules.get("gap_chars", 40))
    return re.compile(
        rf"\b(?:{phrase_alternation(verbs)})\b[^.;:!?,]{{0,{gap}}}?\bfor\s+(?:the\s+)?$",
        re.IGNORECASE,
    )


def came_for_event(ruleset: Rules, sentence: str, start: int, lo: int) -> bool:
    """Whether the clause from sentence[lo] says that someone has come for the event named at
    `start` ("The President of Lakeland has come to Pinetown for the Lake Summit";
    `arrival_for_event_day_cues`, issue 12w): the guest is there, the event is on the page's
    day."""
    return _came_for(ruleset).search(sentence, lo, start) is not None


@compiled_from_rules
def _part_of(ruleset: Rules) -> tuple[re.Pattern, re.Pattern]:
    """events.json's `part_of_event_day_cues`: its cues right before a name, maybe with "the"
    and a lowercase word ("as part of the ", "as part of the informal "), and its `not_with`
    words in the clause."""
    rules = ruleset.get("events", required=("heads",)).get("part_of_event_day_cues", {})
    cues, against = rules.get("cues", []), rules.get("not_with", [])
    never = NEVER_MATCHES
    return (
        # "as part of the informal Lake Summit": one lowercase word may stand before the name
        re.compile(rf"\b(?i:{phrase_alternation(cues)})\s+(?i:the\s+)?(?:[a-z]+\s+)?$")
        if cues
        else never,
        re.compile(rf"\b(?:{phrase_alternation(against)})\b", re.IGNORECASE) if against else never,
    )


def done_as_part_of(ruleset: Rules, sentence: str, start: int, lo: int, hi: int) -> bool:
    """Whether the clause sentence[lo:hi] tells of something done as part of the event named
    at `start` ("As part of the Lake Forum, the President met with ..."; events.json's
    `part_of_event_day_cues`, issue 12w), with none of its `not_with` words."""
    before, against = _part_of(ruleset)
    return bool(before.search(sentence, max(lo, start - 40), start)) and not against.search(
        sentence, lo, hi
    )


@compiled_from_rules
def _recent_past_trailer(ruleset: Rules) -> re.Pattern:
    """events.json's `recent_past_trailing_phrases` right after a name ("the Lake Olympiad has
    been held")."""
    rules = ruleset.get("events", required=("heads",)).get("recent_past_trailing_phrases", {})
    phrases = rules.get("phrases", [])
    if not phrases:
        return NEVER_MATCHES
    return re.compile(rf"\s*,?\s*(?:{phrase_alternation(phrases)})\b", re.IGNORECASE)


def _recent_past_doc_year(ruleset: Rules, doc_date: str) -> str | None:
    """The document's year as the year of an event just over, unless the document is written
    before `recent_past_trailing_phrases.min_doc_month` (early in January an event just over
    may be last year's); None for a document without a month."""
    rules = ruleset.get("events", required=("heads",)).get("recent_past_trailing_phrases", {})
    if len(doc_date) < 7 or int(doc_date[5:7]) < int(rules.get("min_doc_month", 1)):
        return None
    return doc_date[:4]


def recent_past_year(ruleset: Rules, text: str, end: int, doc_date: str) -> str | None:
    """The document's year for the name ending at text[end] when a present perfect of holding
    follows it ("the Lake Olympiad has been held"; `recent_past_trailing_phrases`, issue 12x):
    an event just over, of this year unless the document is written early in January."""
    year = _recent_past_doc_year(ruleset, doc_date)
    if year is None or not _recent_past_trailer(ruleset).match(text, end):
        return None
    return year


def thanked_for_year(ruleset: Rules, text: str, start: int, doc_date: str) -> str | None:
    """The document's year for the name starting at text[start] after a thanks for it
    (`recent_past_lead_phrases`, issue 12x), on the same month condition as `recent_past_year`."""
    year = _recent_past_doc_year(ruleset, doc_date)
    return year if year is not None and thanked_for_before(ruleset, text, start) else None


@compiled_from_rules
def _upcoming_clause(ruleset: Rules) -> re.Pattern:
    """events.json's `upcoming_event_clause_cues`: a phrase of looking ahead, a short stretch
    of its clause, then a link right before the name ("looking forward to meeting him at the ")."""
    rules = ruleset.get("events", required=("heads",)).get("upcoming_event_clause_cues", {})
    phrases, links = rules.get("phrases", []), rules.get("links", [])
    if not (phrases and links):
        return NEVER_MATCHES
    gap = int(rules.get("gap_chars", 80))
    return re.compile(
        rf"\b(?:{phrase_alternation(phrases)})\b[^.;:!?]{{0,{gap}}}?"
        rf"\s(?:{phrase_alternation(links)})\s+(?:the\s+)?$",
        re.IGNORECASE,
    )


def upcoming_clause_before(ruleset: Rules, text: str, start: int) -> bool:
    """Whether the name starting at text[start] ends a clause that looks forward to it ("he is
    looking forward to meeting the Premier at the Lake Union summit"; issue 12x)."""
    return bool(_upcoming_clause(ruleset).search(text, max(0, start - 160), start))


@compiled_from_rules
def _thanked_for(ruleset: Rules) -> re.Pattern:
    """events.json's `recent_past_lead_phrases`: a verb of thanking, a short stretch, then
    "for the", maybe one lowercase word, right before the name."""
    rules = ruleset.get("events", required=("heads",)).get("recent_past_lead_phrases", {})
    verbs, links = rules.get("verbs", []), rules.get("links", [])
    if not (verbs and links):
        return NEVER_MATCHES
    gap = int(rules.get("gap_chars", 60))
    return re.compile(
        # the first link after the verb: "thanked them for the work done to prepare for the
        # Lake Summit" thanks for work, not for the summit
        rf"\b(?:{phrase_alternation(verbs)})\b"
        rf"(?:(?!\s(?:{phrase_alternation(links)})\s)[^.;:!?]){{0,{gap}}}?"
        rf"\s(?:{phrase_alternation(links)})\s+(?:the|an?)\s+(?:[a-z][\w’'-]*\s+)?$"
    )


def thanked_for_before(ruleset: Rules, text: str, start: int) -> bool:
    """Whether the name starting at text[start] follows a thanks for it ("thanked the Secretary
    General for the well-organised Lake Summit"; `recent_past_lead_phrases`, issue 12x): an
    event just over."""
    return bool(_thanked_for(ruleset).search(text, max(0, start - 140), start))


# -- issue 12 round bg: an event framed by a time to come; the events listed before one --------


@compiled_from_rules
def _soon_after(
    ruleset: Rules,
) -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern, int, frozenset[str]]:
    """events.json's `upcoming_event_soon_cues`: one of `words` ("soon"); the phrases that make
    it no cue of a time to come ("as soon as", "soon after"; `not_phrases`); the words that,
    right before the name, make it a past event's outcome ("results of the "; `not_before`);
    the words of its sentence that say it is over ("was held"; `not_in_sentence`); how far
    after the name the word is looked for (`window_chars`); the kinds it leaves alone."""
    rules = ruleset.get("events", required=("heads",)).get("upcoming_event_soon_cues", {})
    words = rules.get("words", [])
    if not words:
        return NEVER_MATCHES, NEVER_MATCHES, NEVER_MATCHES, NEVER_MATCHES, 0, frozenset()
    not_before = rules.get("not_before", [])
    return (
        whole_words_pattern(words),
        whole_words_pattern(rules.get("not_phrases", [])),
        re.compile(
            rf"\b(?:{phrase_alternation(not_before)})\b\s+(?:the\s+|an?\s+)?$", re.IGNORECASE
        )
        if not_before
        else NEVER_MATCHES,
        whole_words_pattern(rules.get("not_in_sentence", [])),
        int(rules.get("window_chars", 150)),
        frozenset(rules.get("not_kinds", [])),
    )


_STOP = re.compile(r"[.;:!?]")


def soon_after(ruleset: Rules, text: str, start: int, end: int, kind: str | None = None) -> bool:
    """Whether the name at text[start:end] is followed in its clause, within
    `upcoming_event_soon_cues.window_chars` and before any stop, by "soon" that is not part of
    "as soon as" or "soon after" ("the Lake Forum, due to open in Pinetown soon", "we are
    holding Lake Council elections soon"; issue 12 round by, judging convention C4): an event
    still to come, read as after `upcoming_event_words`. Not after a word of its outcome
    ("the decisions of the Lake Summit will soon be carried out": the summit is over), not in
    a sentence that says an event was held, nor for the kinds it leaves alone (games are
    hosted years ahead)."""
    word, against, outcome, past, window, not_kinds = _soon_after(ruleset)
    if kind in not_kinds or not window:
        return False
    if outcome.search(text, max(0, start - 40), start):
        return False
    stop = _STOP.search(text, end, end + window)
    hi = stop.start() if stop else min(len(text), end + window)
    for match in word.finditer(text, end, hi):
        if against.search(text[max(0, match.start() - 4) : match.end() + 12]):
            continue
        lo_s, hi_s = _sentence_around(text, start, end)
        return not past.search(text, lo_s, hi_s)
    return False


@compiled_from_rules
def _future_frame(ruleset: Rules) -> tuple[re.Pattern, re.Pattern, frozenset[str]]:
    """events.json's `upcoming_event_frame_cues`: a lead of a time to come ("will", "agreed
    that"), a short stretch of its clause without a stop or a word of `not_between` (a past
    participle: "will discuss the results reached at"), then a link and "the" right before the
    name ("will meet at the "), or a verb of `verb_links`, maybe with "the", "a" or "an" ("will
    soon hold ", "will host a "); the words of `not_in_sentence` ("in two years"); the kinds
    it leaves alone."""
    rules = ruleset.get("events", required=("heads",)).get("upcoming_event_frame_cues", {})
    leads, links = rules.get("leads", []), rules.get("links", [])
    verbs = rules.get("verb_links", [])
    if not (leads and (links or verbs)):
        return NEVER_MATCHES, NEVER_MATCHES, frozenset()
    gap = int(rules.get("gap_chars", 80))
    stops = rules.get("not_between", [])
    step = rf"(?!\s(?:{phrase_alternation(stops)})\b)[^.;:!?]" if stops else r"[^.;:!?]"
    ends = [rf"(?:{phrase_alternation(links)})\s+the\s+" if links else None]
    ends.append(rf"(?:{phrase_alternation(verbs)})\s+(?:(?:the|an?)\s+)?" if verbs else None)
    ends = [e for e in ends if e]
    not_with = rules.get("not_in_sentence", [])
    return (
        re.compile(
            rf"\b(?:{phrase_alternation(leads)})\b(?:{step}){{0,{gap}}}?\s(?:{'|'.join(ends)})$",
            re.IGNORECASE,
        ),
        re.compile(rf"\b(?:{phrase_alternation(not_with)})\b", re.IGNORECASE)
        if not_with
        else NEVER_MATCHES,
        frozenset(rules.get("not_kinds", [])),
    )


def future_frame_before(ruleset: Rules, text: str, start: int, kind: str | None = None) -> bool:
    """Whether the name starting at text[start] is the frame or the object of something its
    clause says is to come ("the leaders will meet on the sidelines of the Lake Union summit",
    "Lakeland will soon hold presidential elections"; `upcoming_event_frame_cues`, issue 12
    round bg): an event to come, read as after `upcoming_event_words`; not for the kinds it
    leaves alone (games, hosted years ahead), nor in a sentence that names another time
    ("In two years we will report at the Lake Forum", "... in the upcoming summer")."""
    pattern, not_with, not_kinds = _future_frame(ruleset)
    if kind in not_kinds:
        return False
    m = pattern.search(text, max(0, start - 200), start)
    if m is None:
        return False
    lo, hi = _sentence_around(text, m.start(), start)
    return not not_with.search(text, lo, hi)


_CAPITALISED_RUN = r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*"


@compiled_from_rules
def _listed_after(ruleset: Rules) -> re.Pattern:
    """events.json's `upcoming_event_list_joiners`: what may stand between an event's name and
    the next one's in a list: maybe its place ("in Pinetown", ", Lakeland"), maybe a comma, a
    joiner and maybe "the"."""
    joiners = ruleset.get("events", required=("heads",)).get("upcoming_event_list_joiners", [])
    if not joiners:
        return NEVER_MATCHES
    return re.compile(
        rf"(?:\s+(?:in|of)\s+{_CAPITALISED_RUN})?(?:,\s*{_CAPITALISED_RUN})*,?"
        rf"\s+(?i:{phrase_alternation(joiners)})\s+(?i:the\s+)?"
    )


def listed_after(ruleset: Rules, text: str, end: int, start: int) -> bool:
    """Whether text[end:start], between an event's name ending at `end` and another's starting
    at `start`, joins them in one list ("the Lake summit in Pinetown and the "; issue 12 round
    bg): what the first is said to be (to come) the second is as well."""
    return 0 <= start - end <= 80 and bool(_listed_after(ruleset).fullmatch(text, end, start))
