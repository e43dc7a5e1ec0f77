"""Themed years named as events (issue 12, round cw).

A year a state, or two states, dedicate to a theme is named by a head "Year" (or "Years",
"Cross Year", "cross-years") and an "of" tail that says what it is of: "the Year of the Lake
Environment", "the Year of Pineland in Lakeland", "the Cross Years of Lakeland and Pineland",
"the cross years of Lake-Pine Scientific and Technical Cooperation". Rules: events.json's
`themed_years`:

- `heads`: the heads written capitalised ("Year", "Years"), which name a year with a tail of
  capitalised words; `cross_words` ("Cross", "cross"), joined to the head by a space or a
  hyphen, make a cross year, whose tail may also hold lowercase words ("the cross-year of
  culture and tourism"); `lowercase_heads` ("year", "years") name one only right after one of
  `lowercase_openers` ("reciprocal years of Lakeland and Pineland", "agreed to hold years of
  Lake-Pine scientific cooperation"), a tail of lowercase words only when its first word is
  capitalised or the opener is one of `plain_tail_openers`;
- `joiners` join the capitalised words of a tail ("of", "and", "the", ...; a list with commas
  before "and" too: "Scientific, Technical and Innovative Cooperation"); a lowercase tail ends at
  one of `plain_tail_stops` (a verb, a preposition, a pronoun) or after `plain_tail_max_words`;
- a place may follow the tail after one of `place_prepositions` ("in Lakeland", "in Lakeland and
  Pineland"); "and" joins no place that an "in" follows ("the Year of Lakeland in Pineland and
  Pineland in Lakeland": the second is a year of its own);
- not after a count (`not_after_counts`, or digits other than a year: "75 Years of the Lake
  Victory" is a medal, "25 Years of a New Era" a conference's title), nor after one of
  `not_after` ("New Year of ...");
- a year or a range of years right before the head is the name's ("the 2030-2031 Years of
  Lake-Pine Cooperation").
- round dh: a word of `name_prefixes` ("the International Year of ...") or, with `pair_prefix`,
  a pair's adjective ("the Lake-Pine Year of Tourism") right before the head begins the name
  (its core, for grouping, from the head on); a name with one of `proposal_cues` before it in
  its sentence ("Next year could be the Year of ...", "the idea of holding the Year of ...") is
  only put forward, not an event, nor is the same year named later on the page.

Each is an event of `kind`; it carries `themed_year`, which the event component reads: a
themed year is never the page's own meeting (the page's is its opening or closing ceremony).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

from pipeline.nlp.event_name_words import SENTENCE_BREAK
from pipeline.nlp.prefilter import Spans, kept_matches
from pipeline.nlp.rules import NEVER_MATCHES, Rules, compiled_from_rules, phrase_alternation
from pipeline.nlp.temporal import MONTH_ALTERNATION

__all__ = [
    "ThemedYears",
    "find_themed_years",
    "themed_year_date",
    "themed_years",
    "themed_years_dated",
]

_SP = r"[^\S\n]+"  # white space inside a line: a name never runs across paragraphs
_YEAR_BEFORE = re.compile(r"(?:19|20)\d\d(?:[–-](?:19|20)\d\d)?")
_WORD_BEFORE = re.compile(r"([\w’'–-]+)[^\S\n]+$")
_PLAIN_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_PAIR_ADJECTIVE = re.compile(r"[A-Z][a-z]+[-–][A-Z][a-z]+")  # "Lake-Pine"


@dataclass(frozen=True)
class ThemedYears:
    start_re: re.Pattern  # a head and "of" ("Year of the ", "cross-years of ")
    fast_re: re.Pattern  # a head's letters after its first, and "of" ("ears of ")
    cross_before_re: re.Pattern  # "Cross-" or "cross " right before a head
    proper_tail_re: re.Pattern  # capitalised words joined by joiners
    place_re: re.Pattern  # " in Lakeland and Pineland"
    plain_joint_re: re.Pattern  # what may stand between two words of a lowercase tail
    written: tuple[str, ...]  # what the prefilter looks for in a paragraph ("ear")
    heads: frozenset[str]
    lowercase_heads: frozenset[str]
    openers: frozenset[str]
    plain_openers: frozenset[str]
    plain_stops: frozenset[str]
    plain_max: int
    plain_stop_endings: tuple[str, ...]
    not_after: frozenset[str]
    name_prefixes: frozenset[str]  # "International" right before a head begins the name
    pair_prefix: bool  # a pair's adjective right before a head ("Lake-Pine") begins it
    proposal_re: re.Pattern  # "could be the " in the sentence before a head: proposed
    not_after_re: re.Pattern  # "anniversary of the " right before the head
    counts: frozenset[str]
    kind: str
    ceremony_re: re.Pattern  # "the opening ceremony of " right before a name
    # `dates`' phrases, each matched as whole words in lower-case text
    next_year_re: re.Pattern  # "the coming year was named the "
    past_re: re.Pattern  # "was held"
    proposal_date_re: re.Pattern  # "suggested holding": a year put forward, undated
    future_re: re.Pattern  # "preparations for"
    future_max_doc_month: int
    dated: bool  # whether `dates` is given: without it, the event rules' date stands


@compiled_from_rules
def themed_years(ruleset: Rules) -> ThemedYears | None:
    """events.json's `themed_years`, compiled; None when the rule is off."""
    rule = ruleset.get("events", required=("heads",)).get("themed_years")
    if not rule or not rule.get("heads"):
        return None
    heads = list(rule["heads"])
    lowercase = list(rule.get("lowercase_heads", []))
    cross = list(rule.get("cross_words", []))
    head_words = phrase_alternation(heads + lowercase)
    cross_part = rf"(?:(?P<cross>{phrase_alternation(cross)})(?:-|{_SP}))?" if cross else ""
    start_re = re.compile(
        rf"(?<![\w’'-]){cross_part}(?P<head>{head_words})\b{_SP}of{_SP}(?:the{_SP})?"
    )
    # a capitalised word of a tail or a place: not "I", not a month, not another year's head
    not_head = phrase_alternation(heads + [f"{c}-{h}" for c in cross for h in heads] + cross)
    cap = rf"(?!(?:I|{MONTH_ALTERNATION}|{not_head})\b)[A-Z][\w’'-]*(?![\w’'-])"
    joiners = phrase_alternation(rule.get("joiners", ["of", "and", "the"]))
    proper_tail_re = re.compile(
        rf"{cap}(?:(?:,{_SP}{cap})+,?{_SP}and{_SP}{cap}|(?:{_SP}(?:{joiners}))*{_SP}{cap})*"
    )
    place_re = re.compile(
        rf"{_SP}(?:{phrase_alternation(rule.get('place_prepositions', ['in']))}){_SP}"
        rf"(?:the{_SP})?{cap}"
        rf"(?:(?:{_SP}(?:of|the))?{_SP}(?:the{_SP})?{cap}"
        rf"|{_SP}and{_SP}(?:the{_SP})?{cap}(?!{_SP}in\b))*"
    )
    # the heads' letters after their first, their common start written out first ("ear" of
    # "ear", "ears"): the regex engine searches for that literal
    tails = sorted({h[1:].lower() for h in heads + lowercase if len(h) > 1}, key=len)
    common = os.path.commonprefix(tails)
    rests = "|".join(re.escape(t[len(common) :]) for t in reversed(tails))
    fast_re = re.compile(rf"{re.escape(common)}(?:{rests})\b{_SP}of{_SP}")
    cross_before_re = (
        re.compile(rf"(?<![\w’'-]){phrase_alternation(cross)}(?:-|{_SP})$")
        if cross
        else NEVER_MATCHES
    )
    written = (common,)
    dates = rule.get("dates") or {}
    return ThemedYears(
        start_re=start_re,
        fast_re=fast_re,
        cross_before_re=cross_before_re,
        proper_tail_re=proper_tail_re,
        place_re=place_re,
        plain_joint_re=re.compile(rf"(?:,?{_SP}(?:(?:and|of|the){_SP})*)"),
        written=written,
        heads=frozenset(heads),
        lowercase_heads=frozenset(lowercase),
        openers=frozenset(w.lower() for w in rule.get("lowercase_openers", [])),
        plain_openers=frozenset(w.lower() for w in rule.get("plain_tail_openers", [])),
        plain_stops=frozenset(w.lower() for w in rule.get("plain_tail_stops", [])),
        plain_max=int(rule.get("plain_tail_max_words", 8)),
        plain_stop_endings=tuple(rule.get("plain_tail_stop_endings", [])),
        not_after=frozenset(rule.get("not_after", [])),
        name_prefixes=frozenset(rule.get("name_prefixes", [])),
        pair_prefix=bool(rule.get("pair_prefix", False)),
        proposal_re=_phrase_pattern(rule.get("proposal_cues", [])),
        not_after_re=_before_pattern(rule.get("not_after_phrases", [])),
        counts=frozenset(w.lower() for w in rule.get("not_after_counts", [])),
        kind=rule.get("kind", "other"),
        ceremony_re=_before_pattern(dates.get("ceremony_phrases", [])),
        next_year_re=_lowercase_phrases_re(dates.get("next_year_phrases", [])),
        past_re=_lowercase_phrases_re(dates.get("past_phrases", [])),
        proposal_date_re=_lowercase_phrases_re(dates.get("proposal_phrases", [])),
        future_re=_lowercase_phrases_re(dates.get("future_phrases", [])),
        future_max_doc_month=int(dates.get("future_max_doc_month", 12)),
        dated=bool(dates),
    )


def _before_pattern(phrases: list[str]) -> re.Pattern:
    """One of `phrases` (case ignored), maybe with "the", right before where a search ends."""
    if not phrases:
        return NEVER_MATCHES
    return re.compile(
        rf"(?<![\w’'-]){phrase_alternation(phrases)}{_SP}(?:the{_SP})?$", re.IGNORECASE
    )


def _lowercase_phrases_re(phrases: list[str]) -> re.Pattern:
    """One of `phrases`, lower-cased and written exactly, as whole words: for a search in a
    lower-cased text."""
    if not phrases:
        return NEVER_MATCHES
    words = "|".join(re.escape(p.lower()) for p in phrases)
    return re.compile(rf"(?<![\w’'-])(?:{words})(?![\w’'-])")


def _phrase_pattern(phrases: list[str]) -> re.Pattern:
    """One of `phrases` (case ignored, any white space between its words) as whole words."""
    if not phrases:
        return NEVER_MATCHES
    words = "|".join(
        _SP.join(re.escape(w) for w in p.split()) for p in sorted(phrases, key=len, reverse=True)
    )
    return re.compile(rf"(?<![\w’'-])(?:{words})(?![\w’'-])", re.IGNORECASE)


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence that `at` is in starts (after the last stop or line break before it,
    looked for in the 300 characters before it)."""
    start = max(0, at - 300)
    for m in SENTENCE_BREAK.finditer(text, start, at):
        start = m.end()
    return start


@compiled_from_rules
def prefilter_pattern(ruleset: Rules) -> tuple[_ParagraphTest, tuple[str, ...]] | None:
    """What makes a paragraph a candidate for a themed year: a test with a pattern's `search`
    (a head that passes the checks of what stands before it) and what must be written in the
    paragraph for it to pass (the heads' letters after their first that all share: "ear")."""
    rule = themed_years(ruleset)
    return None if rule is None else (_ParagraphTest(rule), rule.written)


def _plain_tail_end(rule: ThemedYears, text: str, at: int) -> int | None:
    """The end of a tail of plain words from `at` ("culture and tourism", "Lake-Pine scientific,
    technical and innovation cooperation"), or None when it has no word."""
    end = None
    pos = at
    words = 0
    while words < rule.plain_max:
        w = _PLAIN_WORD.match(text, pos)
        word = w.group(0) if w else ""
        if not word or word.lower() in rule.plain_stops or word in rule.heads:
            break
        if word.islower() and word.endswith(rule.plain_stop_endings):
            break  # "the cross year of pupil exchanges aimed at ...": a participle
        end = w.end()
        words += 1
        joint = rule.plain_joint_re.match(text, end)
        if joint is None or joint.end() == end:
            break
        pos = joint.end()
    return end


def _start_matches(rule: ThemedYears, text: str, kept: Spans | None):
    """The matches of `rule.start_re` in `text` (in the paragraphs kept, when given), found from
    where a head's letters after its first and "of" are written ("ear of", "ears of": a search
    the regex engine runs on a literal), not tried at every character."""
    hits = rule.fast_re.finditer(text) if kept is None else kept_matches(rule.fast_re, text, kept)
    for hit in hits:
        at = hit.start() - 1  # the head's first letter
        if at < 0:
            continue
        cross = rule.cross_before_re.search(text, max(0, at - 12), at)
        m = rule.start_re.match(text, cross.start() if cross else at)
        if m is None and cross:
            m = rule.start_re.match(text, at)
        if m is not None:
            yield m


def _heads(rule: ThemedYears, text: str, kept: Spans | None):
    """The heads of themed years in `text` that pass the checks of what stands before them:
    each its `start_re` match, its cross word, whether it is a lowercase head, the word before
    it and where the name starts."""
    for m in _start_matches(rule, text, kept):
        head = m.group("head")
        cross = m.groupdict().get("cross")
        if cross is None and head not in rule.heads and head not in rule.lowercase_heads:
            continue
        before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
        word = before.group(1) if before else ""
        start = m.start()
        if _YEAR_BEFORE.fullmatch(word):
            start = before.start(1)  # "the 2030-2031 Years of ...": the name's years
        elif any(c.isdigit() for c in word) or word.lower() in rule.counts:
            continue  # "75 Years of the Lake Victory": a count of years
        elif word in rule.not_after:
            continue
        if rule.not_after_re.search(text, max(0, m.start() - 40), m.start()):
            continue  # "the 50th anniversary of the Year of Lakeland": the anniversary's
        lowercase = cross is None and head in rule.lowercase_heads
        if lowercase and word.lower() not in rule.openers:
            continue  # "over the years of Lake rule"
        if not lowercase and (
            word in rule.name_prefixes or (rule.pair_prefix and _PAIR_ADJECTIVE.fullmatch(word))
        ):
            start = before.start(1)  # "the International Year of ...", "the Lake-Pine Year of"
        yield m, cross, lowercase, word, start


class _ParagraphTest:
    """The prefilter's test of a paragraph (`search`, as a pattern's): whether it holds a head
    of a themed year that passes the checks of what stands before it."""

    def __init__(self, rule: ThemedYears):
        self.rule = rule

    def search(self, text: str) -> bool:
        return next(_heads(self.rule, text, None), None) is not None


def find_themed_years(ruleset: Rules, text: str, kept: Spans | None = None) -> list[dict]:
    """The themed years named in `text` (in the paragraphs kept, when given): dicts with start,
    end, name, kind and `themed_year`."""
    rule = themed_years(ruleset)
    if rule is None:
        return []
    found: list[dict] = []
    proposed: set[str] = set()  # the names of years only put forward, from the head on
    for m, cross, lowercase, word, start in _heads(rule, text, kept):
        if found and m.start() < found[-1]["end"]:
            continue  # inside the last name ("the Year of Lakeland in Pineland ...")
        tail = m.end()
        # a tail of plain words: a cross year's that a lowercase word opens ("the cross-year
        # of culture and tourism"), one after an opener of plain tails ("exchange years of the
        # Lake and Pine media"); else capitalised words, unless they are a pair's adjective
        # alone ("the Year of Lake-Pine interregional exchanges")
        if lowercase:
            plain = word.lower() in rule.plain_openers
        else:
            plain = cross is not None and text[tail : tail + 1].islower()
        proper = None if plain else rule.proper_tail_re.match(text, tail)
        if proper and not _PAIR_ADJECTIVE.fullmatch(proper.group(0)):
            end = proper.end()
        elif plain or proper:
            end = _plain_tail_end(rule, text, tail)
        else:
            continue
        if end is None:
            continue
        core = text[m.start() : end].lower()
        if rule.proposal_re.search(text, _sentence_start(text, start), start):
            # "Next year could be the Year of Lake Crafts": only put forward; so is the same
            # year named later on the page ("As for the Year of Lake Crafts, ...")
            proposed.add(core)
            continue
        if core in proposed:
            continue
        event = {"start": start, "end": end, "name": text[start:end], "kind": rule.kind}
        if start < m.start() and not _YEAR_BEFORE.fullmatch(word):
            # "the Lake-Pine Year of Tourism" and "the Year of Tourism": one year
            event["core_name"] = text[m.start() : end]
        place = rule.place_re.match(text, end)
        if place:
            # told apart by what it is of: "the Year of Lakeland in Pineland" and "the Year of
            # Pineland in Lakeland" are two years; "the Year of Lake Art in Lakeland" and "the
            # Year of Lake Art" one
            event.setdefault("core_name", event["name"])
            event["end"] = place.end()
            event["name"] = text[start : place.end()]
        event["themed_year"] = True
        found.append(event)
    return found


def themed_years_dated(ruleset: Rules) -> bool:
    """Whether `themed_years` has its `dates` (else a themed year is dated as any event)."""
    rule = themed_years(ruleset)
    return rule is not None and rule.dated


def themed_year_date(
    ruleset: Rules, sentence: str, start: int, date: str | None, doc_date: str | None
) -> str | None:
    """The date of a themed year named at `start` of `sentence` (its first mention), given the
    `date` the event rules read: a year lasts a year, so a month or a day of its clause ("was
    launched in June", "the Lake Forum, under way in the Year of ...") is cut to its year,
    unless one of `dates.ceremony_words` stands right before the name ("the opening ceremony of
    the Year of ...": the ceremony's day, judging conventions C1, C2). Nothing dated it: the
    year after the page's with one of `next_year_phrases` before the name in its sentence ("the
    coming year was named the Year of Lake Crafts"); none with one of `past_phrases` in the
    sentence ("the Year of ... was held in Pineland": some year before) or with one of
    `future_phrases` after `future_max_doc_month` ("preparations for the Year of ..." in
    December: this year's or next); else the page's year (a themed year is named while it runs:
    "as part of the Year of ...")."""
    rule = themed_years(ruleset)
    if rule is None or not rule.dated:
        return date
    if date is not None:
        if len(date) > 4 and not rule.ceremony_re.search(sentence, 0, start):
            return date[:4]
        return date
    if not doc_date or len(doc_date) < 7 or not doc_date[:4].isdigit():
        return None
    lowered = sentence.lower()
    before = lowered[:start]
    if rule.next_year_re.search(before):
        return str(int(doc_date[:4]) + 1)
    if rule.past_re.search(lowered) or rule.proposal_date_re.search(before):
        return None
    month = int(doc_date[5:7]) if doc_date[5:7].isdigit() else 0
    if month > rule.future_max_doc_month and rule.future_re.search(before):
        return None
    return doc_date[:4]
