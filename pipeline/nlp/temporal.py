"""Years a figure is tied to ("in 2019", "last year", "by 2024"), resolved against the doc date.

Pure functions over text: `year_mentions(text, doc_year)` lists every year expression with its
resolved year; `period_for(sentence, start, end, doc_year)` picks the one nearest to a figure
inside the figure's clause, ignoring years that only serve as a base of comparison
("more than in 2016", "for the first time since 1992").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from pipeline.nlp.quick_tests import QuickText
from pipeline.nlp.rules import (
    NEVER_MATCHES,
    Rules,
    compiled_from_rules,
    normalise_phrase,
    phrase_alternation,
)

# the English month names, capitalised as written: an alternation, a pattern that captures one,
# and each one's number
MONTH_ALTERNATION = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
MONTH_PATTERN = f"({MONTH_ALTERNATION})"
MONTH_NUMBERS = {m.lower(): i for i, m in enumerate(MONTH_ALTERNATION.split("|"), 1)}
# the words that place a year against the document's ("last year", "the following year"), each
# with how many years it moves; and the phrase after a month or a day that names its year ("of
# last year", "of the previous year"; group 1 a word of the first three, group 2 of the others;
# not "of next year's")
RELATIVE_YEARS = {"last": -1, "this": 0, "next": 1, "previous": -1, "following": 1, "current": 0}
OF_RELATIVE_YEAR = r"(?:(last|this|next)|the\s+(previous|following|current))\s+year\b(?![’']s)"
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class YearMention:
    start: int
    end: int
    year: int | None  # None: a range or list of years ("from 2008 to 2018"), no one year
    first: int | None = None  # a range's first and last years
    last: int | None = None


@compiled_from_rules
def _patterns(ruleset: Rules):
    rules = ruleset.get("temporal", required=("relative", "comparison_markers", "clause_breaks"))
    relative = {k.lower(): v for k, v in rules["relative"].items()}
    # "this summer's": the document's year, as "this year's" (issue 12 round ai)
    relative.update({k.lower(): v for k, v in rules.get("relative_seasons", {}).items()})
    # "by the end of the year": the document's year, as "this year" (issue 12 round bl)
    relative.update({k.lower(): v for k, v in rules.get("relative_year_ends", {}).items()})
    trailing = {k.lower() for k in rules.get("trailing_twelve_months", [])}
    # "this year and last": two years, no one year (issue 12 round cb)
    spans = {k.lower() for k in rules.get("relative_spans", [])}
    phrases = set(relative) | trailing | spans
    rel = phrase_alternation(phrases)
    # the phrases' first words, looked ahead for first: the long alternation is tried only where
    # one of them starts (issue 12 round cb, which made the alternation longer)
    first = phrase_alternation({p.split()[0] for p in phrases if p.split()})
    explicit = r"(?<![\w$€£.,-])(?:1[89]\d{2}|20\d{2})(?![\w%]|[.,]\d|\s*(?:percent|per cent))"
    pattern = re.compile(rf"\b(?={first}\b){rel}(?![\w])|{explicit}", re.IGNORECASE)
    comparison = re.compile(
        # the marker, then words without numbers ("than in the first quarter of"): a number in
        # between ("more than 70 percent in 2016") means the marker belongs to a qualifier
        phrase_alternation(rules["comparison_markers"]) + r"(?:\s+[A-Za-z’']+){0,5}\s*$",
        re.IGNORECASE,
    )
    superlatives = rules.get("superlatives_before_since", [])
    if superlatives:
        # "the highest level since 1991", "the lowest figure since 2012": a base, like "than"
        since = (
            rf"\b(?:{phrase_alternation(superlatives)})(?:\s+[A-Za-z’']+){{0,2}}"
            r"\s+since\s+(?:the\s+(?:start|beginning|end)\s+of\s+)?$"
        )
        comparison = re.compile(rf"(?:{comparison.pattern})|{since}", re.IGNORECASE)
    breaks = list(rules["clause_breaks"])
    return pattern, relative, comparison, breaks, trailing


@compiled_from_rules
def _year_ends(ruleset: Rules) -> frozenset:
    """temporal.json's `relative_year_ends` ("by the end of the year"): the end of the year of
    an explicit year said before in the sentence, else of the document's year."""
    rules = ruleset.get("temporal", required=("relative",)).get("relative_year_ends", {})
    return frozenset(normalise_phrase(k) for k in rules)


@compiled_from_rules
def _spans(ruleset: Rules) -> frozenset:
    """temporal.json's `relative_spans` ("this year and last"): two years said together."""
    rules = ruleset.get("temporal", required=("relative",)).get("relative_spans", [])
    return frozenset(normalise_phrase(k) for k in rules)


@compiled_from_rules
def _later_clause_openers(ruleset: Rules) -> re.Pattern:
    """temporal.json's `later_clause_openers` ("and in", "and this year", "whereas"): a
    coordinator that opens a clause of its own after a figure."""
    rules = ruleset.get("temporal", required=("relative",)).get("later_clause_openers", [])
    if not rules:
        return NEVER_MATCHES
    return re.compile(rf"\b(?:{phrase_alternation(rules)})\b", re.I)


def doc_year(date: str | None) -> int | None:
    if date and len(date) >= 4 and date[:4].isdigit():
        return int(date[:4])
    return None


def doc_month(date: str | None) -> int | None:
    if date and len(date) >= 7 and date[5:7].isdigit():
        return int(date[5:7])
    return None


def year_mentions(
    ruleset: Rules, text: str, year_of_doc: int | None, month_of_doc: int | None = None
) -> list[YearMention]:
    pattern, relative, comparison, _, trailing = _patterns(ruleset)
    mentions = []
    year_ends = _year_ends(ruleset)
    last_explicit: int | None = None  # the last year written out: a year-end's own year
    for match in pattern.finditer(text):
        if mentions and match.start() < mentions[-1].end:
            continue  # the tail of a range read with its first year ("2013-2020")
        surface = normalise_phrase(match.group(0))
        if surface[0].isdigit():
            year = int(surface)
        elif surface in year_ends and last_explicit is not None:
            # "up since July 2016, and by the end of the year a gain": that year's end
            year = last_explicit
        elif year_of_doc is not None and surface in relative:
            year = year_of_doc + relative[surface]
        elif year_of_doc is not None and surface in trailing:
            # the twelve months before the document: the calendar year holding most of them
            year = year_of_doc if (month_of_doc or 1) >= 7 else year_of_doc - 1
        elif surface in _spans(ruleset):
            year = None  # "this year and last": a span of two years, read as a range
        else:
            continue
        # a base of comparison is not the figure's period
        before = text[max(0, match.start() - 40) : match.start()]
        if _is_base(ruleset, comparison, before):
            continue
        if _names_a_document(ruleset, text, match.start(), match.end()):
            continue
        mention = YearMention(match.start(), match.end(), year)
        if surface[0].isdigit():
            mention = _year_range(ruleset, text, mention, mentions)
        mentions.append(mention)
        if surface[0].isdigit():
            last_explicit = year  # not a base of comparison (those were skipped above)
    if year_of_doc is not None:
        mentions.extend(_month_mentions(ruleset, text, year_of_doc, month_of_doc))
        mentions.sort(key=lambda m: m.start)
    return mentions


@compiled_from_rules
def _range_rules(ruleset: Rules):
    """temporal.json's `year_range_joiners` (what may join two years into a range or a list:
    "from 2008 to 2018", "2020-2022", "in 2017 and 2018") and `comparison_ends` (words after a
    comparison's marker that begin a clause of their own: "relative to revenues and in 2032")."""
    rules = ruleset.get("temporal", required=("relative",))
    joiners = frozenset(normalise_phrase(j) for j in rules.get("year_range_joiners", []))
    dashes = "".join(re.escape(j) for j in joiners if len(j) == 1 and not j.isalnum() and j != ",")
    # "2019-20", "2019-2020": a year's tail that the year pattern does not read on its own
    tail = (
        re.compile(rf"[{dashes}](?:(?:1[89]|20)\d{{2}}|\d{{2}})(?![\w%]|[.,]\d)")
        if dashes
        else NEVER_MATCHES
    )
    ends = rules.get("comparison_ends", [])
    stop = re.compile(rf"\b(?:{phrase_alternation(ends)})\b", re.I) if ends else NEVER_MATCHES
    return joiners, tail, stop


def _is_base(ruleset: Rules, comparison: re.Pattern, before: str) -> bool:
    """Whether the words `before` a year make it a base of comparison ("more than in 2016"), and
    no clause of its own begins between the marker and the year ("relative to revenues and in
    2032 it will be 44 percent": 2032 is the figure's; temporal.json's `comparison_ends`)."""
    match = comparison.search(before)
    if match is None:
        return False
    return _range_rules(ruleset)[2].search(before, match.start()) is None


def _year_range(
    ruleset: Rules, text: str, mention: YearMention, mentions: list[YearMention]
) -> YearMention:
    """A year written out, joined to the year before it or to a tail by one of temporal.json's
    `year_range_joiners` ("from 2008 to 2018", "for 2020-2022", "in 2017 and 2018"): one
    mention of the whole range with no year, which ties a figure to no one year (the year
    before it is taken out of `mentions`)."""
    joiners, tail, _ = _range_rules(ruleset)
    if not joiners:
        return mention
    start, end, joined = mention.start, mention.end, False
    first = last_year = mention.year
    if mentions:
        last = mentions[-1]
        gap = normalise_phrase(text[last.end : mention.start])
        if gap in joiners and text[last.start : last.start + 1].isdigit():
            start, joined = last.start, True
            first = last.first if last.year is None else last.year
            mentions.pop()
    more = tail.match(text, end)
    if more:
        end, joined = more.end(), True
        digits = re.sub(r"\D", "", more.group(0))
        last_year = (
            int(digits) if len(digits) == 4 else (mention.year or 0) // 100 * 100 + int(digits)
        )
    return YearMention(start, end, None, first, last_year) if joined else mention


@compiled_from_rules
def _another_figure_before(ruleset: Rules) -> re.Pattern:
    """A number and up to three lowercase words ("573 billion rubles", "5%") joined to what
    follows by `_adjacent_after`'s words: a year after it is that number's."""
    words = ruleset.get("temporal", required=("relative",)).get("figure_year_prepositions", [])
    if not words:
        return NEVER_MATCHES
    return re.compile(
        rf"(?<![\w.,])\d(?:[\d.,]*\d)?(?:\s*%|(?:\s+[a-z]+){{0,3}})"
        rf"\s+(?:{phrase_alternation(words)})\s+(?:the\s+)?$"
    )


def _joined_to_another_figure(ruleset: Rules, sentence: str, at: int, start: int, end: int) -> bool:
    """Whether the year at sentence[at:] follows another figure than the one at [start, end)
    ("up from 573 billion rubles in 2018")."""
    lo = max(0, at - 60)
    m = _another_figure_before(ruleset).search(sentence, lo, at)
    return m is not None and not (start <= m.start() < end)


@compiled_from_rules
def _document_dates(ruleset: Rules):
    """temporal.json's `document_names`: a year that dates a document ("the May 2012
    Executive Orders", "the Executive Order of May 7, 2018") rather than a figure."""
    nouns = ruleset.get("temporal", required=("relative",)).get("document_names", [])
    if not nouns:
        return None
    names = phrase_alternation(nouns)
    after = re.compile(rf"\s+(?:{names})\b", re.IGNORECASE)
    before = re.compile(
        rf"\b(?:{names})\s+(?:no\.?\s*\d+\s+)?(?:of|dated)\s+"
        r"(?:(?:[A-Z][a-z]+\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+),?\s+)?$",
        re.IGNORECASE,
    )
    return after, before


def _names_a_document(ruleset: Rules, text: str, start: int, end: int) -> bool:
    rules = _document_dates(ruleset)
    if rules is None or not text[start].isdigit():
        return False
    after, before = rules
    return bool(after.match(text, end) or before.search(text[max(0, start - 60) : start]))


@compiled_from_rules
def _month_rules(ruleset: Rules):
    rules = ruleset.get("temporal", required=("relative",)).get("months_as_periods", {})
    months = {normalise_phrase(k): int(v) for k, v in rules.get("months", {}).items()}
    if not months:
        return None
    names = "|".join(sorted((m.capitalize() for m in months), key=len, reverse=True))
    pattern = re.compile(
        # "in April", "for January-April", "since late May"; not "May 9", not "April 2019"
        rf"\b(?:{phrase_alternation(rules.get('before', ['in']))})\s+"
        rf"(?:(?:early|mid|late|the\s+end\s+of|the\s+beginning\s+of)[\s-]+)?"
        rf"(?-i:({names}))(?:\s*[–-]\s*(?-i:(?:{names})))?\b(?![\s,]*\d)",
        re.IGNORECASE,
    )
    # "would like", "would have": no future; temporal.json's `future_cue_not_before`
    not_before = rules.get("future_cue_not_before", [])
    unless = rf"(?!\s+(?:{phrase_alternation(not_before)})\b)" if not_before else ""
    future = re.compile(
        r"\b" + phrase_alternation(rules.get("future_cues", ["will"])) + r"\b" + unless, re.I
    )
    day_leads = rules.get("before_day", [])
    with_day = (
        re.compile(
            # "from June 1", "as of 1 September": a day and a month, no year after them
            rf"\b(?:{phrase_alternation(day_leads)})\s+(?:(?-i:({names}))\s+\d{{1,2}}"
            rf"(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?-i:({names})))\b(?![\s,]*\d)",
            re.IGNORECASE,
        )
        if day_leads
        else NEVER_MATCHES
    )
    ahead = rules.get("ahead_day_leads", [])
    # "until November 1", "from September 1" (not a range "from May 1 to June 5"): ahead
    ahead_lead = re.compile(rf"(?:{phrase_alternation(ahead)})\s", re.IGNORECASE) if ahead else None
    near = int(rules.get("day_ahead_within_months", 0))
    # "this February", "this October": the document's year whatever the month (`this_leads`)
    this_leads = rules.get("this_leads", [])
    this_month = (
        re.compile(
            rf"\b(?:{phrase_alternation(this_leads)})\s+"
            rf"(?:(?:early|mid|late)[\s-]+)?(?-i:({names}))\b(?![\s,]*\d)",
            re.IGNORECASE,
        )
        if this_leads
        else NEVER_MATCHES
    )
    return pattern, months, future, with_day, ahead_lead, near, this_month


def _month_mentions(
    ruleset: Rules, text: str, year_of_doc: int, month_of_doc: int | None
) -> list[YearMention]:
    """Months said without a year ("grew by 1.4 percent in April"): the document's year, or the
    year before for a month after the document's, unless the sentence speaks of the future;
    "this October" is the document's year whatever the month (round cd)."""
    rules = _month_rules(ruleset)
    if rules is None:
        return []
    pattern, months, future, with_day, ahead_lead, near, this_month = rules
    found = []
    # the words every match of a pattern holds (a month's name, "this"), looked for once before
    # the scans: a pattern is skipped only where it has no match (issue 19)
    quick = QuickText(text)
    for m in pattern.finditer(text) if quick.may(pattern) else ():
        if _MONTH_RANGE_YEAR_AFTER.match(text, m.end()):
            continue  # "from January to March 2011": the first month of a range with its year
        month = months[m.group(1).lower()]
        year = year_of_doc
        of_year = _OF_REL_YEAR_AFTER.match(text, m.end())
        if of_year:
            year += RELATIVE_YEARS[(of_year.group(1) or of_year.group(2)).lower()]  # round 12du
        elif month_of_doc is not None and month > month_of_doc and not future.search(text):
            year -= 1  # "in November", said in March: last November
        found.append(YearMention(m.start(), m.end(), year))
    for m in with_day.finditer(text) if quick.may(with_day) else ():
        if _RANGE_YEAR_AFTER.match(text, m.end()):
            continue  # "from January 12 to 18, 1943": the first day of a range with its year
        month = months[next(g for g in m.groups() if g).lower()]
        year = year_of_doc
        of_year = _OF_REL_YEAR_AFTER.match(text, m.end())
        if of_year:
            year += RELATIVE_YEARS[(of_year.group(1) or of_year.group(2)).lower()]  # round 12du
        elif month_of_doc is not None and month > month_of_doc and not future.search(text):
            ahead = ahead_lead is not None and ahead_lead.match(text, m.start())
            ahead = ahead or month - month_of_doc <= near  # "on May 1", said in January
            if not ahead or _RANGE_AFTER.match(text, m.end()):
                year -= 1  # "as of November 1", said in March: last November
        found.append(YearMention(m.start(), m.end(), year))
    for m in this_month.finditer(text) if quick.may(this_month) else ():
        found.append(YearMention(m.start(), m.end(), year_of_doc))
    return found


# "in May of last year", "on May 15 of the following year": the month's year is the one the
# words say, not the page's (round 12du)
_OF_REL_YEAR_AFTER = re.compile(rf",?\s+of\s+{OF_RELATIVE_YEAR}", re.IGNORECASE)
_RANGE_AFTER = re.compile(r"\s*(?:[–-]|to\b|through\b|till\b|until\b)")
# the rest of a range of days whose year is written after its last day ("–18, 1943", " to
# February 2, 1943", " to 2 February 1943"): the day before it is that year's, not the page's
_RANGE_YEAR_AFTER = re.compile(
    r"\s*(?:[–—-]|(?:to|through|till|until|and)\b)\s*"
    rf"(?:(?:{MONTH_ALTERNATION})\s+)?\d{{1,2}}(?:st|nd|rd|th)?(?:\s+(?:{MONTH_ALTERNATION}))?"
    r",?\s+(?:19|20)\d{2}\b"
)
# the rest of a range of months whose year is written after its last month (" to March 2011"):
# the month before it is that year's
_MONTH_RANGE_YEAR_AFTER = re.compile(
    rf"\s*(?:[–—-]|(?:to|through|till|until|and)\b)\s*(?:{MONTH_ALTERNATION}),?\s+(?:19|20)\d{{2}}\b"
)


def clause_bounds(
    ruleset: Rules, sentence: str, start: int, end: int, extra_breaks: tuple[str, ...] = ()
) -> tuple[int, int]:
    """The stretch of `sentence` around [start, end) bounded by clause breaks (", and", ";"),
    and by `extra_breaks` if given."""
    _, _, _, breaks, _ = _patterns(ruleset)
    lo, hi = 0, len(sentence)
    for brk in (*breaks, *extra_breaks):
        i = sentence.rfind(brk, 0, start)
        if i >= 0:
            lo = max(lo, i + len(brk))
        j = sentence.find(brk, end)
        if j >= 0:
            hi = min(hi, j)
    return lo, hi


_LAST_MENTIONS: list = [None, []]


def _sentence_mentions(
    ruleset: Rules, sentence: str, year_of_doc: int | None, month_of_doc: int | None
) -> list[YearMention]:
    """year_mentions of the last sentence asked, kept: the figures of one sentence come one after
    another, and a long sentence with many figures must not be scanned once per figure."""
    key = (_patterns(ruleset), sentence, year_of_doc, month_of_doc)
    if _LAST_MENTIONS[0] != key:
        _LAST_MENTIONS[:] = [key, year_mentions(ruleset, sentence, year_of_doc, month_of_doc)]
    return _LAST_MENTIONS[1]


@compiled_from_rules
def _forward_breaks(ruleset: Rules) -> list[str]:
    return list(ruleset.get("temporal", required=("relative",)).get("forward_clause_breaks", []))


def period_for(
    ruleset: Rules,
    sentence: str,
    start: int,
    end: int,
    year_of_doc: int | None,
    month_of_doc: int | None = None,
    change: str | None = None,
) -> int | None:
    """The year tied to the figure at sentence[start:end], or None. `change` (the figure is the
    size of a rise or fall) lets the year it is measured against be its period."""
    lo, hi = clause_bounds(ruleset, sentence, start, end)
    for brk in _forward_breaks(ruleset):
        # "90 billion and will reach 100 billion by 2015": a later predicate's year is its own
        j = sentence.find(brk, end, hi)
        if j >= 0:
            hi = j
    best = None
    base_after = None  # "a 9.3 percent increase over 2018": the base the change is measured on
    for mention in _sentence_mentions(ruleset, sentence, year_of_doc, month_of_doc):
        if mention.start < lo or mention.end > hi:
            continue
        if mention.start < end and mention.end > start:
            continue  # inside the figure itself
        if (
            change is not None
            and mention.start >= end
            and _figure_base_after(ruleset).fullmatch(sentence, end, mention.start)
        ):
            # the base right after a rise or fall gives way to a year of the figure's own clause
            # ("In 2019, ... a 9.3 percent increase over 2018"); alone, it is the period as before
            if base_after is None:
                base_after = mention
            continue
        distance = start - mention.end if mention.end <= start else mention.start - end
        if mention.end <= start and _CONJUNCT.search(sentence, mention.end, start):
            # "... this year and a 1.6 percent increase next year": a year before an "and"
            # belongs to the other conjunct; it is taken only when no other year is said
            distance += len(sentence)
        if _founding_year_apart(ruleset, sentence, mention, start, end):
            continue  # "founded in 1889 and now unites 173 countries": the founding's year
        if _in_aside(ruleset, sentence, mention.start, start):
            continue  # "lowered by 5 percent (by 10 percent last year)": the aside's figure's
        if _joined_to_another_figure(ruleset, sentence, mention.start, start, end):
            # "700 billion, up from 573 billion in 2018": the year is the other figure's
            distance += len(sentence)
        elif mention.start >= end and "," in sentence[end : mention.start]:
            # "While last year it was 965 billion, this year it is 1.5 trillion": a year after
            # a comma is the next stretch's; one before the figure is kept ("In 2017, ...")
            distance += len(sentence) // 2
        if mention.start >= end and _later_clause_openers(ruleset).search(
            sentence, end, mention.end
        ):
            # "12 billion in the first half of 2030 and in 2029 to 24 billion": the later
            # clause's year gives way to one said before the figure in its own stretch
            distance += len(sentence)
        if mention.start >= end and _adjacent_after(ruleset).fullmatch(
            sentence, end, mention.start
        ):
            # "from 14.2 percent in 2013 to 12.7 percent in 2014": a year joined to the figure
            # by a preposition alone is its own, whatever stands before the figure
            distance = -1
        if (
            mention.year is None
            and distance >= 0
            and not (
                mention.end <= start and _RANGE_RIGHT_BEFORE.fullmatch(sentence, mention.end, start)
            )
        ):
            # "the slump of 2028-2029 ... In 2030, the fall was 4.1 percent": a range or
            # list ties a figure to no one year, but gives way to any single year of the clause
            distance += len(sentence)
        if best is None or distance < best[0]:
            best = (distance, mention.year, mention)
    if base_after is not None and (best is None or best[2].start > base_after.end):
        # the base closes the figure's phrase: a year said after it is the next phrase's ("up
        # 4 percent over last year and 80 percent over the first months of this year")
        best = (-1, base_after.year, base_after)
    if best is not None and best[1] is None:
        return _range_end_year(sentence, start, end, best[2])
    if best is None:
        year = _opening_year(ruleset, sentence, start, lo, hi, year_of_doc, month_of_doc)
        if year is None:
            year = _list_intro_year(ruleset, sentence, start, year_of_doc, month_of_doc)
        if year is None and change is not None:
            year = _change_base_year(ruleset, sentence, end, hi, year_of_doc, month_of_doc)
        if year is None and change is not None:
            # "Compared to 2010, exports have grown by 40 percent": the base before the figure
            year = _change_base_year(
                ruleset, sentence, lo, start, year_of_doc, month_of_doc, figure=start
            )
        if year is None:
            year = _ellipsis_year(ruleset, sentence, start, lo, hi, year_of_doc, month_of_doc)
        return year
    return best[1]


_RANGE_RIGHT_BEFORE = re.compile(r"\s*,?\s*")  # "in 2029-2030, 30 towns": the range's own
_FROM_FIGURE = re.compile(r"\bfrom\s+(?:[a-z]+\s+){0,3}$", re.IGNORECASE)
_TO_FIGURE_AFTER = re.compile(r"(?:\s+[a-z]+){0,3}\s+to\s+(?:[a-z]+\s+){0,2}[\d$€£]", re.I)
_TO_FIGURE_BEFORE = re.compile(
    r"\bfrom\s+(?:[a-z]+\s+){0,3}[\d$€£][^;:]{0,60}?\bto\s+(?:[a-z]+\s+){0,2}$", re.I
)


def _range_end_year(sentence: str, start: int, end: int, mention: YearMention) -> int | None:
    """A figure whose nearest year is a range ties to no one year, unless it is an end of a
    change that runs over the range ("From 2020 to 2030 the share grew from 38 percent to 61
    percent": 38 percent is the first year's, 61 percent the last's)."""
    if mention.first is None or mention.last is None:
        return None
    if _FROM_FIGURE.search(sentence, max(0, start - 40), start) and _TO_FIGURE_AFTER.match(
        sentence, end
    ):
        return mention.first
    if _TO_FIGURE_BEFORE.search(sentence, max(0, start - 120), start):
        return mention.last
    return None


@compiled_from_rules
def _ellipsis_rules(ruleset: Rules):
    """temporal.json's `ellipsis_clause`: a clause that leaves out its verb and says only what
    changed and "by" how much ("..., and the number hurt - by 2.2 percent"), and the words
    (auxiliaries, subject pronouns, rise and fall words) that show a verb of its own."""
    rules = ruleset.get("temporal", required=("relative",)).get("ellipsis_clause", {})
    leads = rules.get("leads", [])
    if not leads:
        return None
    words = [*rules.get("verbs", []), *rules.get("change_words", [])]
    limit = int(rules.get("max_words", 8))
    clause = re.compile(
        rf"[\s,–—-]*(?:[A-Za-z’']+[\s,–—-]+){{0,{limit}}}?"
        rf"(?:{phrase_alternation(leads)})\s+$",
        re.IGNORECASE,
    )
    verb = re.compile(rf"\b(?:{phrase_alternation(words)})\b", re.IGNORECASE)
    # the clause before says a figure after the same lead: "went down by 3.9 percent"
    parallel = re.compile(rf"\b(?:{phrase_alternation(leads)})\s+(?:\S+\s+)?[\d$€£]", re.I)
    # no lead at all: a few words, then the figure ("..., and for butter, 102.7 percent"), after
    # a clause that says a figure with a unit; no word of a verb's form ("-ed") either
    bare_limit = int(rules.get("bare_max_words", 0))
    # "..., and 10 billion rubles each for farm machinery": the clause may open with the figure
    # itself (`bare_min_words` 0, issue 12 round dg), when no verb follows it in its clause
    bare_min = int(rules.get("bare_min_words", 1))
    bare = (
        re.compile(
            rf"[\s,–—-]*(?:(?![A-Za-z’']*ed\b)[A-Za-z’']+[\s,–—-]+){{{bare_min},{bare_limit}}}"
        )
        if bare_limit
        else NEVER_MATCHES
    )
    units = phrase_alternation(rules.get("bare_parallel_units", ["percent"]))
    bare_parallel = re.compile(rf"\d[\d.,]*\s*(?:%|(?:{units})\b)|[$€£]\s?\d", re.I)
    times = rules.get("own_time_words", [])
    own_time = rf"\b(?:{phrase_alternation(times)})\b" if times else NEVER_MATCHES.pattern
    # the breaks after which a clause may open with its figure (`bare_open_after`: ", and")
    opens_bare = tuple(rules.get("bare_open_after", [", and "]))
    return clause, verb, parallel, bare, bare_parallel, re.compile(own_time, re.I), opens_bare


def _ellipsis_year(
    ruleset: Rules,
    sentence: str,
    start: int,
    lo: int,
    hi: int,
    year_of_doc: int | None,
    month_of_doc: int | None,
) -> int | None:
    """The year of the clause before, for a figure whose own clause repeats that clause's verb
    by leaving it out ("River accidents in 2030 fell by 4.4 percent, and people hurt - by 2.2
    percent": 2030; temporal.json's `ellipsis_clause`): when that clause says a figure after
    the same lead and names one year."""
    rules = _ellipsis_rules(ruleset)
    if rules is None or lo == 0:
        return None
    clause, verb, parallel, bare, bare_parallel, own_time, opens_bare = rules
    if verb.search(sentence, lo, start) or own_time.search(sentence, lo, hi):
        return None  # a verb of its own, or a time of its own ("and only 1.9 percent today")
    if clause.fullmatch(sentence, lo, start):
        pass
    elif bare.fullmatch(sentence, lo, start):
        digit = _DIGIT.search(sentence, start, hi)
        after = digit.end() if digit else start
        if not sentence[lo:start].strip(" ,–—-") and (
            verb.search(sentence, after, hi) or not sentence.endswith(opens_bare, 0, lo)
        ):
            # "..., and 3 percent is the target": a verb of its own after it; "...: 10 percent
            # in 2015; 12 percent for imports": a list item after another break than ", and"
            return None
        parallel = bare_parallel
    else:
        return None
    prev = clause_bounds(ruleset, sentence, lo - 1, lo - 1)[0], lo
    if not parallel.search(sentence, *prev):
        return None
    years = {
        m.year
        for m in _sentence_mentions(ruleset, sentence, year_of_doc, month_of_doc)
        if prev[0] <= m.start and m.end <= prev[1]
    }
    return years.pop() if len(years) == 1 else None


@compiled_from_rules
def _founding_rules(ruleset: Rules):
    """temporal.json's `founding_verbs` (a year right after one dates a founding: "founded in
    1889", "set up in May 2004") and `founding_separators`; None without verbs."""
    rules = ruleset.get("temporal", required=("relative",))
    verbs = rules.get("founding_verbs", [])
    if not verbs:
        return None
    before = re.compile(
        rf"\b(?:{phrase_alternation(verbs)})\s+(?:(?:back\s+)?(?:in|on)\s+)?"
        r"(?-i:(?:[A-Z][a-z]+\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+),?\s+)?$",
        re.IGNORECASE,
    )
    return before, tuple(rules.get("founding_separators", []))


def _founding_year_apart(ruleset: Rules, sentence: str, mention, start: int, end: int) -> bool:
    """Whether `mention` is the year of a founding ("it was founded in 1889") that one of
    `founding_separators` divides from the figure at sentence[start:end] ("... and now unites
    173 countries"): no period of that figure (issue 12 round an)."""
    rules = _founding_rules(ruleset)
    if rules is None or not sentence[mention.start : mention.start + 1].isdigit():
        return False
    before, separators = rules
    if not before.search(sentence[max(0, mention.start - 60) : mention.start]):
        return False
    gap = sentence[mention.end : start] if mention.end <= start else sentence[end : mention.start]
    return any(sep in gap for sep in separators)


@compiled_from_rules
def _brackets(ruleset: Rules) -> tuple[tuple[str, str], ...]:
    pairs = ruleset.get("temporal", required=("relative",)).get("aside_brackets", [])
    return tuple((o, c) for o, c in pairs)


def _in_aside(ruleset: Rules, sentence: str, at: int, figure: int) -> bool:
    """Whether sentence[at] lies inside brackets (temporal.json's `aside_brackets`) that hold
    another figure, not the one starting at `figure`: the year is that figure's."""
    for opening, closing in _brackets(ruleset):
        o = sentence.rfind(opening, 0, at)
        if o < 0 or sentence.rfind(closing, o, at) >= 0:
            continue  # not inside these brackets
        c = sentence.find(closing, at)
        c = c if c >= 0 else len(sentence)
        if o < figure < c:
            return False
        # another figure in the aside (an amount or a percentage, not a day, a count of months
        # or the year itself: "(as of 1 October 2018)", "(for the 9 months of 2018)"), or a
        # statement of its own ("(in 2011, it was almost half that)")
        return _aside_figure(ruleset).search(sentence, o + 1, c) is not None
    return False


@compiled_from_rules
def _aside_figure(ruleset: Rules) -> re.Pattern:
    """Another figure or a statement of its own inside an aside (temporal.json's
    `aside_figure_units`, `aside_currency_symbols`, `aside_verbs`)."""
    data = ruleset.get("temporal", required=("relative",))
    symbols = "".join(re.escape(s) for s in data.get("aside_currency_symbols", []))
    units = data.get("aside_figure_units", [])
    verbs = data.get("aside_verbs", [])
    parts = [rf"\d[\d.,]*\s*(?:%|{phrase_alternation(units)}\b)" if units else r"\d[\d.,]*\s*%"]
    if symbols:
        parts.append(rf"[{symbols}]\s?\d")
    if verbs:
        parts.append(rf"\b{phrase_alternation(verbs)}\b")
    return re.compile("|".join(parts), re.I)


@compiled_from_rules
def _change_base_marker(ruleset: Rules) -> re.Pattern:
    markers = ruleset.get("temporal", required=("relative",)).get("change_base_markers", [])
    if not markers:
        return NEVER_MATCHES
    return re.compile(
        rf"\b(?:{phrase_alternation(markers)})(?:\s+(?:the|same|period|of|in|year))*\s+$", re.I
    )


def _change_base_year(
    ruleset: Rules,
    sentence: str,
    end: int,
    hi: int,
    year_of_doc: int | None,
    month_of_doc: int | None,
    figure: int | None = None,
) -> int | None:
    """The year a rise or fall is measured against in sentence[end:hi] ("risen by 18 percent
    compared to last year"; temporal.json's `change_base_markers`), when it ends the comparison:
    not "compared to last year's 8 billion", whose year is the other figure's. `period_for`
    asks after the figure first, then before it in its clause ("Compared to 2010, ..."), where
    `figure` (its start) rules out a comparison in brackets that hold another figure."""
    pattern = _patterns(ruleset)[0]
    marker = _change_base_marker(ruleset)
    for match in pattern.finditer(sentence, end, hi):
        if not marker.search(sentence, max(end, match.start() - 30), match.start()):
            continue
        if figure is not None and _in_aside(ruleset, sentence, match.start(), figure):
            continue  # "(30 percent higher compared to last year), ... over 35 percent"
        if re.match(
            r"(?:[’']s?)?\s*(?:[\d$€£]|\w+\s+\d)", sentence[match.end() : match.end() + 20]
        ):
            continue  # "last year's 8 billion", "2015 level of 5 percent"
        mentions = year_mentions(ruleset, match.group(0), year_of_doc, month_of_doc)
        return mentions[0].year if mentions else None
    return None


@compiled_from_rules
def _list_separators(ruleset: Rules) -> tuple[str, ...]:
    return tuple(ruleset.get("temporal", required=("relative",)).get("list_item_separators", []))


def _list_intro_year(
    ruleset: Rules, sentence: str, start: int, year_of_doc: int | None, month_of_doc: int | None
) -> int | None:
    """The year of the words that open a list after a colon ("in 2017 the figures were as
    follows: 170 percent for grain; 150 percent for oil"), for an item of the list whose own
    clause names no year; the items are told by temporal.json's `list_item_separators`."""
    colon = sentence.rfind(":", 0, start)
    separators = _list_separators(ruleset)
    if colon < 0 or not any(sep in sentence[colon:] for sep in separators):
        return None
    intro = max(sentence.rfind(":", 0, colon) + 1, 0)
    for sep in separators:
        i = sentence.rfind(sep, 0, colon)
        if i >= 0:
            intro = max(intro, i + len(sep))
    year = None
    for mention in _sentence_mentions(ruleset, sentence, year_of_doc, month_of_doc):
        if colon < mention.start < start:
            return None  # an earlier item has a year of its own
        if intro <= mention.start and mention.end <= colon:
            year = mention.year
    return year


@compiled_from_rules
def _figure_base_after(ruleset: Rules) -> re.Pattern:
    """temporal.json's `figure_base_after` (issue 12 round cr): what stands between a rise or
    fall and the year it is measured on ("15.7 percent over 2016", "a 47 percent increase on
    2016", "20 percent up on last year")."""
    rules = ruleset.get("temporal", required=("relative",)).get("figure_base_after", {})
    preps = rules.get("prepositions", [])
    if not preps:
        return NEVER_MATCHES
    words = rules.get("words_before", [])
    word = rf"(?:\s+(?:{phrase_alternation(words)}))?" if words else ""
    return re.compile(rf"{word}\s+(?:{phrase_alternation(preps)})\s+(?:the\s+)?", re.IGNORECASE)


@compiled_from_rules
def _adjacent_after(ruleset: Rules) -> re.Pattern:
    """What may stand between a figure and a year that follows it as its own ("5 percent in
    2017", "4 percent last year"): spaces, or one of temporal.json's `figure_year_prepositions`."""
    words = ruleset.get("temporal", required=("relative",)).get("figure_year_prepositions", [])
    if not words:
        return NEVER_MATCHES
    return re.compile(rf"\s*|\s+(?:{phrase_alternation(words)})\s+(?:the\s+)?", re.IGNORECASE)


@compiled_from_rules
def _opening_rules(ruleset: Rules):
    rules = ruleset.get("temporal", required=("relative",)).get("opening_year_scope", {})
    if not rules:
        return None
    prepositions = rules.get("prepositions", [])
    lead = rf"(?:{phrase_alternation(prepositions)})\s+" if prepositions else ""
    # a discourse word may come first: "For example: in 2017, output grew ..."
    words = rules.get("discourse_leads", [])
    discourse = rf"(?:(?:{phrase_alternation(words)})[\s,:]+)?" if words else ""
    opening = re.compile(rf"[\W_]*{discourse}(?:{lead})?(?:the\s+)?", re.IGNORECASE)
    future = re.compile(
        r"\b" + phrase_alternation(rules.get("future_cues", ["will"])) + r"\b", re.IGNORECASE
    )
    return opening, future


def _opening_year(
    ruleset: Rules,
    sentence: str,
    start: int,
    lo: int,
    hi: int,
    year_of_doc: int | None,
    month_of_doc: int | None,
) -> int | None:
    """The year that opens the sentence, set off by a comma ("Last year, GDP grew by 1.5
    percent, and consumer demand by 3.4 percent"), for a figure whose own clause names no year
    and does not speak of the future (temporal.json's `opening_year_scope`)."""
    rules = _opening_rules(ruleset)
    if rules is None:
        return None
    opening, future = rules
    if future.search(sentence, lo, hi):
        return None
    for mention in _sentence_mentions(ruleset, sentence, year_of_doc, month_of_doc):
        if mention.end > start:
            break
        if opening.fullmatch(sentence, 0, mention.start) and re.match(
            r"\s*(?:alone\s*)?,", sentence[mention.end : mention.end + 10]
        ):
            return mention.year
        break  # only the sentence's first year expression may open it
    return None


_CONJUNCT = re.compile(r"\s(?:and|or|while|whereas|but)\s")


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    date: str  # "YYYY", "YYYY-MM" or "YYYY-MM-DD"
    unit: str = "year"  # the unit the expression counts in: day, week, month, year, decade


@compiled_from_rules
def _relative_date_rules(ruleset: Rules):
    rules = ruleset.get("temporal", required=("relative",)).get("relative_dates", {})
    fixed = {normalise_phrase(k): v for k, v in rules.get("fixed", {}).items()}
    numbers = {normalise_phrase(k): v for k, v in rules.get("numbers", {}).items()}
    units = {normalise_phrase(k): v for k, v in rules.get("units", {}).items()}
    ahead_units = {normalise_phrase(k): v for k, v in rules.get("ahead_units", {}).items()}
    from_now = {normalise_phrase(k): v for k, v in rules.get("from_now_units", {}).items()}
    vague = [normalise_phrase(k) for k in rules.get("vague_days_ago", [])]
    vague_ahead = [normalise_phrase(k) for k in rules.get("vague_days_ahead", [])]
    if not (fixed or units):
        return None
    never = r"(?!x)x"

    def count(prefix: str) -> str:
        if not numbers:
            return never
        return rf"(?:(?P<{prefix}digits>\d{{1,3}})|(?P<{prefix}word>{phrase_alternation(numbers)}))"

    ago = rf"{count('')}\s+(?P<unit>{phrase_alternation(units)})\s+ago" if units else never
    ahead = (
        rf"in\s+{count('a_')}\s+(?P<a_unit>{phrase_alternation(ahead_units)})"
        if ahead_units
        else never
    )
    # "two weeks from now": ahead of the document, as "in two weeks"
    later = (
        rf"{count('n_')}\s+(?P<n_unit>{phrase_alternation(from_now)})\s+from\s+(?:now|today)"
        if from_now
        else never
    )
    # what every alternative begins with (a phrase's first letter, a count's digit or word, the
    # "in" of "in two days"), tested once at each word start before the alternatives are tried
    firsts = {p[0] for p in (*fixed, *vague, *vague_ahead, *numbers) if p} | {"i"}
    begins = rf"(?=[\d{re.escape(''.join(sorted(firsts)))}])"
    pattern = re.compile(
        rf"\b{begins}(?:(?P<fixed>{phrase_alternation(fixed) if fixed else never})"
        rf"|(?P<vague>{phrase_alternation(vague) if vague else never})"
        rf"|(?P<vague_ahead>{phrase_alternation(vague_ahead) if vague_ahead else never})"
        rf"|{ago}|{ahead}|{later})\b",
        re.IGNORECASE,
    )
    # "the first time in two weeks", "the highest in three days": a span, not a date ahead
    span_before = re.compile(
        r"\b(?:time|times|highest|lowest|best|worst|first|record)\s*$", re.IGNORECASE
    )
    # "in two weeks": the month of the day two weeks on (`counted_weeks_by_day`), not a
    # calendar week that may straddle two months
    by_day = bool(rules.get("counted_weeks_by_day", False))
    return pattern, fixed, numbers, units, {**ahead_units, **from_now}, span_before, by_day


def relative_dates(ruleset: Rules, text: str, date: str | None) -> list[DateMention]:
    """Relative date expressions in `text` ("yesterday", "next week", "three months ago",
    "seven decades ago", "in two days", "two weeks from now", "a few days ago", "in a few days")
    resolved
    against the document's `date`, as precise as the expression allows and the document date
    supports."""
    rules = _relative_date_rules(ruleset)
    if rules is None or not date:
        return []
    pattern, fixed, numbers, units, ahead_units, span_before, by_day = rules
    found = []
    for m in pattern.finditer(text):
        if m.group("fixed"):
            if inside_a_name(text, m.start()):
                continue  # "the School of Tomorrow lesson": a title's word, not a day
            expression = normalise_phrase(m.group("fixed"))
            unit, count = fixed[expression], None
        elif m.group("vague") or m.group("vague_ahead"):
            value = _few_days_ago(date) if m.group("vague") else _few_days_ahead(date)
            if value is None:
                value = _few_days_year(ruleset, date, ahead=not m.group("vague"))
            if value is not None:
                found.append(DateMention(m.start(), m.end(), value, "month"))
            continue
        elif m.group("unit"):
            count = _count(m.group("digits"), m.group("word"), numbers)
            unit = units[normalise_phrase(m.group("unit"))]
            expression = f"{count} {unit}s ago" if unit != "decade" else None
        elif m.group("n_unit"):
            count = _count(m.group("n_digits"), m.group("n_word"), numbers)
            unit = ahead_units[normalise_phrase(m.group("n_unit"))]
            expression = f"in {count} {unit}s"
        else:
            if span_before.search(text[max(0, m.start() - 12) : m.start()]):
                continue
            count = _count(m.group("a_digits"), m.group("a_word"), numbers)
            unit = ahead_units[normalise_phrase(m.group("a_unit"))]
            expression = f"in {count} {unit}s"
        value = _resolve_relative(expression, unit, count, date, by_day and count is not None)
        if value is not None:
            found.append(DateMention(m.start(), m.end(), value, unit))
    return found


# a capitalised word right after a word (no sentence end, punctuation or line break between
# them); \Z, not $, which also matches before a line break that ends the text searched
_AFTER_A_WORD = re.compile(r"\w[ \t]*\Z")
# a word of five letters or more: each is capitalised in a heading written in title case
_LONG_WORD = re.compile(r"[^\W\d_]{5,}")


def inside_a_name(text: str, start: int) -> bool:
    """Whether the phrase at `start` is capitalised right after another word ("the School of
    Tomorrow", "Yesterday and Today exhibition"): in running English a relative-day word is
    capitalised only where a sentence or a heading starts, so there it belongs to a title. Not
    in `text` written in title case (each word of five letters or more capitalised: "Governors
    Meet in Pinetown Tomorrow"), where the capital says nothing."""
    if not text[start].isupper():
        return False
    if _AFTER_A_WORD.search(text, max(0, start - 40), start) is None:
        return False
    words = _LONG_WORD.findall(text)
    return len(words) < 2 or not all(word[0].isupper() for word in words)


def _count(digits: str | None, word: str | None, numbers: dict[str, int]) -> int:
    return int(digits) if digits else numbers[normalise_phrase(word)]


def _few_days_ago(date: str) -> str | None:
    """ "A few days ago": the document's month, when the few days cannot reach into the month
    before (the document is dated after the 7th)."""
    if len(date) >= 10 and date[8:10].isdigit() and int(date[8:10]) > 7:
        return date[:7]
    return None


def is_vague_date(ruleset: Rules, text: str) -> bool:
    """Whether `text` is one of temporal.json's vague expressions ("a few days ago", "in the
    coming days"), which a precise date of the same clause refines."""
    rules = ruleset.get("temporal", required=("relative",)).get("relative_dates", {})
    phrases = {normalise_phrase(p) for p in rules.get("vague_days_ago", [])}
    phrases |= {normalise_phrase(p) for p in rules.get("vague_days_ahead", [])}
    return normalise_phrase(text) in phrases


def _few_days_year(ruleset: Rules, date: str, ahead: bool) -> str | None:
    """ "In a few days" near a month's end, "a few days ago" near its start: the document's
    year (temporal.json's `relative_dates.vague_days_year_across_month`), unless the few days
    may reach into another year (late December, early January)."""
    rules = ruleset.get("temporal", required=("relative",)).get("relative_dates", {})
    if not rules.get("vague_days_year_across_month") or len(date) < 7 or not date[5:7].isdigit():
        return None
    if int(date[5:7]) == (12 if ahead else 1):
        return None
    return date[:4]


def _few_days_ahead(date: str) -> str | None:
    """ "In a few days": the document's month, when the few days cannot reach into the next
    month (the document is dated before the 22nd)."""
    if len(date) >= 10 and date[8:10].isdigit() and int(date[8:10]) < 22:
        return date[:7]
    return None


def _resolve_relative(
    expression: str | None, unit: str, count: int | None, date: str, by_day: bool = False
) -> str | None:
    year, month = doc_year(date), doc_month(date)
    if year is None:
        return None
    if unit in ("year", "decade") and count is not None:
        # whole years need no calendar arithmetic, and dateparser does not read decades
        return f"{year - count * (10 if unit == 'decade' else 1):04d}"
    if len(date) < 10 or month is None or expression is None:
        return None  # day, week and month arithmetic needs the document's full date
    resolved = _resolve_day(expression, date[:10])
    if resolved is None:
        return None
    if unit == "day":
        return resolved.isoformat()
    if unit == "week" and by_day:
        return f"{resolved.year:04d}-{resolved.month:02d}"  # "in two weeks": that day's month
    if unit == "week":
        import datetime

        monday = resolved - datetime.timedelta(days=resolved.weekday())
        sunday = monday + datetime.timedelta(days=6)
        if (monday.year, monday.month) == (sunday.year, sunday.month):
            return f"{monday.year:04d}-{monday.month:02d}"
        return f"{monday.year:04d}" if monday.year == sunday.year else None
    return f"{resolved.year:04d}-{resolved.month:02d}"


# The expressions `relative_dates` builds for day, week and month arithmetic, read by
# `_calendar_resolve` with the calendar alone: a count of days, weeks or months back ("3 days
# ago") or ahead ("in 3 days"), and the fixed phrases of temporal.json's `relative_dates.fixed`
# as a move of days or of months. dateparser gives the same dates for all of them (it moves
# months as dateutil's relativedelta does: the day kept, or the month's last day); any other
# phrase (one the rules may add) still goes to dateparser.
_COUNTED = re.compile(
    r"(?P<ago>[0-9]+) (?P<ago_unit>day|week|month)s ago"
    r"|in (?P<ahead>[0-9]+) (?P<ahead_unit>day|week|month)s"
)
_FIXED_MOVES = {
    "yesterday": ("day", -1),
    "tomorrow": ("day", 1),
    "the day before yesterday": ("day", -2),
    "the day after tomorrow": ("day", 2),
    "last week": ("day", -7),
    "next week": ("day", 7),
    "this week": ("day", 0),
    "last month": ("month", -1),
    "next month": ("month", 1),
    "this month": ("month", 0),
}
_UNIT_MOVES = {"day": ("day", 1), "week": ("day", 7), "month": ("month", 1)}


def _calendar_move(expression: str) -> tuple[str, int] | None:
    """The move an expression of `relative_dates` makes from the document's day: ("day", n) or
    ("month", n); None for a phrase this reader does not know."""
    fixed = _FIXED_MOVES.get(expression)
    if fixed is not None:
        return fixed
    m = _COUNTED.fullmatch(expression)
    if m is None:
        return None
    if m.group("ago") is not None:
        kind, size = _UNIT_MOVES[m.group("ago_unit")]
        return kind, -size * int(m.group("ago"))
    kind, size = _UNIT_MOVES[m.group("ahead_unit")]
    return kind, size * int(m.group("ahead"))


def _calendar_resolve(expression: str, base):
    """The day `expression` names from the `datetime.date` `base`, by the calendar alone; None
    when the expression is not one `_calendar_move` knows or the day falls outside the
    calendar's years (dateparser then answers)."""
    import calendar
    import datetime

    move = _calendar_move(expression)
    if move is None:
        return None
    kind, count = move
    try:
        if kind == "day":
            return base + datetime.timedelta(days=count)
        months = base.year * 12 + base.month - 1 + count
        year, month = divmod(months, 12)
        month += 1
        if not datetime.MINYEAR <= year <= datetime.MAXYEAR:
            return None
        return datetime.date(year, month, min(base.day, calendar.monthrange(year, month)[1]))
    except OverflowError:
        return None


@functools.lru_cache(maxsize=4096)
def _resolve_day(expression: str, base: str):
    """The day `expression` names from the document's date `base` (YYYY-MM-DD): by the calendar
    for the expressions `relative_dates` builds (the same day dateparser gives), else dateparser
    with the document date as its base. dateparser is imported only when a document needs it,
    since its locale data costs start-up time."""
    import datetime

    try:
        base_dt = datetime.datetime.strptime(base, "%Y-%m-%d")
    except ValueError:
        return None
    resolved = _calendar_resolve(expression, base_dt.date())
    if resolved is not None:
        return resolved
    return _dateparser_date(expression, base_dt)


def _dateparser_date(expression: str, base_dt):
    """dateparser's reading of `expression` with the `datetime` `base_dt` as its base."""
    import dateparser

    parsed = dateparser.parse(
        expression,
        languages=["en"],
        settings={"RELATIVE_BASE": base_dt, "RETURN_AS_TIMEZONE_AWARE": False},
    )
    return parsed.date() if parsed else None
