"""Where a figure goes among the series: its span, whether it is hypothetical, whose it is, and
whether it is a level or a change (rules in models/rules/series.json).

A fact's subject key, scope, unit and change say which series it joins (`pipeline.series`); the
sentence says more, read here, in the stretch of the sentence around the figure (up to the
`clause_breaks` on either side: "sales rose 5 percent last year, and 8 percent in the first
half" has two stretches):

- **span**: the time phrase nearest to the figure says whether it is a whole year's (`year`: "last
  year", "in 2017", or none), part of a year's (`part`: "in the second quarter", "in March", "over
  the first eight months of 2014", "from March 3 to March 9") or several years' (`years`: "since
  1999", "from 2005 to 2015", "in five years"). A phrase after the figure past a comma or an
  "and" belongs to the next figure;
- **hypothetical**: "would", "if", "will mean", "will account for" in the stretch make the figure
  what something would do to the measure, not the measure ("joining the pact would raise its output
  by 2 percent"), save turns of speech such as "if you look at", "I would like to";
- **owner**: a figure without a scope is the home country's only when nothing says otherwise. A
  foreign country named in its stretch, with no "our", "we" and no home country there ("Peru has
  fine prospects: 4 percent GDP growth"), or a foreign speaker (the document's participants:
  "President of Mongolia ...") makes it that country's; words of a region or an organisation
  ("some regions show output growth of 9 percent", "their total debt", "there") or a speaker who
  heads one ("Steelworks CEO ...") make it no national figure;
- **measure**: a percentage read as a change that follows "to" ("lower loan rates to 7
  percent") is the level reached; a money figure after "increased by" is a change.

Pure functions over strings; country names come from `pipeline.nlp.places`' gazetteer, imported
only when a place has to be read.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from pipeline.nlp.rules import phrase_alternation

YEAR = "year"
PART = "part"
YEARS = "years"

_WORD = re.compile(r"[\w’'-]+")
_COUNT_WORDS = (
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|several|few"
)
_PLACEHOLDERS = {
    "#year": r"(?:1[89]\d\d|20\d\d)",
    "#decade": r"(?:1[89]\d0s|20\d0s)",
    "#": rf"(?:\d+(?:\s*[–-]\s*\d+)?|{_COUNT_WORDS})",
}
# a part of a year takes the year after it with it: "the first quarter of 2012", "... of this year"
_OF_YEAR = re.compile(
    r"\s*(?:of\s+(?:the\s+|this\s+|last\s+|that\s+|next\s+|the\s+current\s+|the\s+past\s+)?"
    r"(?:year|1[89]\d\d|20\d\d)|,?\s+(?:1[89]\d\d|20\d\d)\b)",
    re.IGNORECASE,
)
# "that" and a stretch without a comma before a "would": reported speech
_TOLD = re.compile(r"\bthat\b[^,;:]{0,100}$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<![A-Z])(?<!Mr|Ms|Dr|St)[.!?…][\"”’)]*\s+")
_YEAR_NUMBER = re.compile(r"(?<![\w$€£.,-])(?:1[89]\d\d|20\d\d)(?![\w%]|[.,]\d|\s*per)")


def _rule_data(name: str) -> dict[str, Any]:
    """A rule file of models/rules, read without importing spaCy (`pipeline.series._rule_file`)."""
    from pipeline.series import _rule_file

    return _rule_file(name)


def _phrases(phrases: list[str]) -> str:
    """A regex alternation of rule phrases as whole words, placeholders expanded."""
    items = sorted({p for p in phrases if p}, key=lambda p: (-len(p), p))
    parts = []
    for phrase in items:
        text = re.escape(phrase).replace("\\ ", r"\s+")
        for holder, pattern in _PLACEHOLDERS.items():
            text = text.replace(re.escape(holder), pattern)
        parts.append(text)
    return r"(?<![\w’'])(?:" + "|".join(parts) + r")(?![\w’'])"


@dataclass(frozen=True)
class SeriesRules:
    """series.json compiled, with the month names of temporal.json, the words of a rise or fall
    of percentages.json and the superlatives of temporal.json."""

    breaks: tuple[str, ...]
    part: re.Pattern
    fractions: frozenset
    whole: re.Pattern
    several: re.Pattern
    since_year: re.Pattern
    superlative: re.Pattern
    month: re.Pattern
    month_name: re.Pattern
    day_range: re.Pattern
    hypothetical: re.Pattern
    not_hypothetical: re.Pattern
    factual_if: re.Pattern
    first_person: re.Pattern
    local_words: re.Pattern
    existential_there: frozenset
    local_speaker: re.Pattern | None
    local_speaker_exceptions: re.Pattern | None
    local_title: re.Pattern | None
    level_to: re.Pattern
    change_nouns: re.Pattern
    change_by: re.Pattern
    since_event: re.Pattern
    so_far_phrase: re.Pattern
    so_far_verbs: re.Pattern
    so_far_not: re.Pattern
    so_far_before_month: int
    unmarked_so_far: re.Pattern
    unmarked_so_far_from_month: int
    level_threshold: re.Pattern
    qualified_keys: dict
    own_trade_partner: re.Pattern


@functools.cache
def series_rules() -> SeriesRules:
    """The rules of series.json, compiled once per process."""
    data = _rule_data("series")
    temporal = _rule_data("temporal")
    percentages = _rule_data("percentages")
    as_periods = temporal.get("months_as_periods", {})
    months = sorted(as_periods.get("months", {}), key=len)
    names = "|".join(m.capitalize() for m in reversed(months))
    before = phrase_alternation(as_periods.get("before", ["in"]))
    # a month after a preposition ("in March", "for February-August"; not "the May 2015
    # decree"), with no day after it ("starting March 1" is a day), not "June-on-June"
    bare = rf"(?-i:{names})\b(?!\s*\d{{1,2}}\b)(?!-on-)"
    month = re.compile(rf"\b{before}\s+(?:(?:early|mid|late)[\s-]+)?{bare}", re.IGNORECASE)
    month_name = re.compile(bare)
    day = rf"(?:{names})\s+\d{{1,2}}(?:,?\s+(?:1[89]\d\d|20\d\d))?"
    day_range = re.compile(rf"\b(?i:from|between)\s+{day}\s+(?:to|and|until|till)\s+{day}")
    superlatives = [*temporal.get("superlatives_before_since", []), *data["superlative_words"]]
    change_words = [*percentages["increase_before"], *percentages["decrease_before"]]

    def cues(key: str) -> re.Pattern | None:
        words = data.get(key) or []
        if not words:
            return None
        alternation = "|".join(re.escape(w).replace("\\ ", r"\s+") for w in words)
        return re.compile(rf"\b(?:{alternation})\b")

    return SeriesRules(
        breaks=tuple(data["clause_breaks"]),
        part=re.compile(_phrases(data["part_of_year"]), re.IGNORECASE),
        fractions=frozenset(w.lower() for w in data.get("fraction_words", [])),
        whole=re.compile(_phrases(data["whole_year"]), re.IGNORECASE),
        several=re.compile(_phrases(data["several_years"]), re.IGNORECASE),
        since_year=re.compile(
            r"\b(?:since|starting\s+in|starting\s+from)\s+(1[89]\d\d|20\d\d)\b", re.IGNORECASE
        ),
        superlative=re.compile(_phrases(superlatives) + r"(?:\s+[\w’'-]+){0,4}\s*$", re.I),
        month=month,
        month_name=month_name,
        day_range=day_range,
        hypothetical=re.compile(_phrases(data["hypothetical_cues"]), re.IGNORECASE),
        not_hypothetical=re.compile(_phrases(data["not_hypothetical"]), re.IGNORECASE),
        factual_if=re.compile(_phrases(data["factual_if_verbs"]), re.IGNORECASE),
        first_person=re.compile(_phrases(data["first_person"]), re.IGNORECASE),
        local_words=re.compile(_phrases(data["local_words"]), re.IGNORECASE),
        existential_there=frozenset(w.lower() for w in data.get("existential_there", [])),
        local_speaker=cues("local_speaker_cues"),
        local_speaker_exceptions=cues("local_speaker_exceptions"),
        local_title=(
            re.compile(_phrases(data["local_title_phrases"]), re.IGNORECASE)
            if data.get("local_title_phrases")
            else None
        ),
        level_to=re.compile(
            r"\bto\s+(?:" + _phrases(data["level_to_qualifiers"]) + r"\s+)?$", re.IGNORECASE
        ),
        change_nouns=re.compile(_phrases(data["change_nouns"]), re.IGNORECASE),
        change_by=re.compile(
            _phrases(change_words)
            + r"(?:\s+[\w’'-]+){0,3}?\s+by\s+(?:"
            + _phrases(data["change_by_qualifiers"])
            # the first of two figures: "by $40 or $60 billion"
            + r"\s+)?(?:[$€£]?\d[\d.,]*\s*(?:or|to|[–-])\s*)?$",
            re.IGNORECASE,
        ),
        since_event=re.compile(
            r"\bsince\s+(?!" + _phrases(data["since_event_not_first"]) + r")"
            # a few words without a figure or a break, ending with "of"/"in" before the year
            r"(?:[A-Za-z’'.-]+\s+){1,7}?(?:of|in)\s+(1[89]\d\d|20\d\d)\b(?![\w%]|[.,]\d)",
            re.IGNORECASE,
        ),
        so_far_phrase=re.compile(_phrases(data["year_so_far_phrases"]), re.IGNORECASE),
        so_far_verbs=re.compile(_phrases(data["year_so_far_verbs"]), re.IGNORECASE),
        so_far_not=re.compile(_phrases(data["year_so_far_not"]), re.IGNORECASE),
        so_far_before_month=int(data["year_so_far_before_month"]),
        unmarked_so_far=re.compile(_phrases(data["unmarked_so_far_verbs"]), re.IGNORECASE),
        unmarked_so_far_from_month=int(data["unmarked_so_far_from_month"]),
        level_threshold=re.compile(
            _phrases(data["level_threshold_verbs"])
            + r"\s+(?:"
            + _phrases(data["level_to_qualifiers"])
            + r"\s+)?$",
            re.IGNORECASE,
        ),
        qualified_keys={
            k: frozenset(w.lower() for w in v) for k, v in data["qualified_keys"].items()
        },
        own_trade_partner=re.compile(_phrases(data["own_trade_partner_words"]), re.IGNORECASE),
    )


def figure_at(sentence: str, text: str, occurrence: int = 0) -> tuple[int, int] | None:
    """Where the figure written `text` stands in `sentence`: its `occurrence`-th appearance (the
    same figure may be written twice), else its first; None when it is not there."""
    if not text:
        return None
    at = -1
    for _ in range(occurrence + 1):
        found = sentence.find(text, at + 1)
        if found < 0:
            break
        at = found
    if at < 0:
        return None
    return at, at + len(text)


def stretch(
    rules: SeriesRules | HypotheticalRules, sentence: str, start: int, end: int
) -> tuple[int, int]:
    """The part of `sentence` around [start, end) between clause breaks."""
    lo, hi = 0, len(sentence)
    for brk in rules.breaks:
        i = sentence.rfind(brk, 0, start)
        if i >= 0:
            lo = max(lo, i + len(brk))
        j = sentence.find(brk, end)
        if j >= 0:
            hi = min(hi, j)
    return lo, hi


def _time_phrases(
    rules: SeriesRules, sentence: str, doc_year: int | None
) -> list[tuple[int, int, str]]:
    """(start, end, span) of every time phrase of `sentence`; a part of a year swallows the year
    after it, and a year inside a longer phrase is no phrase of its own."""
    found: list[tuple[int, int, str]] = []
    for m in rules.part.finditer(sentence):
        tail = _OF_YEAR.match(sentence, m.end())
        if (
            not tail
            and m.group().lower() in rules.fractions
            and re.match(r"\s+of\b", sentence[m.end() :])
        ):
            continue  # "three quarters of the funding": a fraction
        found.append((m.start(), tail.end() if tail else m.end(), PART))
    for m in rules.month.finditer(sentence):
        if m.group().lower().startswith("as ") or re.search(r"\bas\s+$", sentence[: m.start()]):
            continue  # "as of March": a point in time
        end = m.end()
        while True:  # "February-August 2011", "February to August", "March and April"
            more = re.match(r"\s*(?:[–-]|to|and|through)\s*(?=[A-Z])", sentence[end:])
            follow = more and rules.month_name.match(sentence, end + more.end())
            if not follow:
                break
            end = follow.end()
        tail = _OF_YEAR.match(sentence, end)
        found.append((m.start(), tail.end() if tail else end, PART))
    for m in rules.day_range.finditer(sentence):
        found.append((m.start(), m.end(), PART))
    for m in rules.several.finditer(sentence):
        since = rules.since_year.match(sentence, m.start())
        if since:
            if rules.superlative.search(sentence[max(0, m.start() - 60) : m.start()]):
                continue  # "the highest figure since 2012": a base, not a span
            if doc_year is not None and int(since.group(1)) >= doc_year:
                found.append((m.start(), m.end(), PART))  # "since 2018", said in 2018
                continue
        found.append((m.start(), m.end(), YEARS))
    for m in rules.since_event.finditer(sentence):
        if rules.superlative.search(sentence[max(0, m.start() - 60) : m.start()]):
            continue
        if doc_year is not None and int(m.group(1)) >= doc_year:
            found.append((m.start(), m.end(), PART))
        else:
            found.append((m.start(), m.end(), YEARS))
    for m in rules.whole.finditer(sentence):
        found.append((m.start(), m.end(), YEAR))
    for m in _YEAR_NUMBER.finditer(sentence):
        found.append((m.start(), m.end(), YEAR))
    # longer phrases first; a phrase inside one already kept is dropped
    found.sort(key=lambda f: (f[0] - f[1], f[0], f[2] != YEAR))
    kept: list[tuple[int, int, str]] = []
    for phrase in found:
        if not any(k[0] <= phrase[0] and phrase[1] <= k[1] for k in kept):
            kept.append(phrase)
    return sorted(kept)


def span_of(
    rules: SeriesRules, sentence: str, start: int, end: int, doc_year: int | None = None
) -> str:
    """`year`, `part` or `years`: the span of the time phrase nearest to the figure at
    sentence[start:end] in its stretch (`year` when there is none)."""
    nearest = nearest_phrase(rules, sentence, start, end, doc_year)
    return nearest[2] if nearest else YEAR


def nearest_phrase(
    rules: SeriesRules, sentence: str, start: int, end: int, doc_year: int | None = None
) -> tuple[int, int, str] | None:
    """(start, end, span) of the time phrase nearest to the figure at sentence[start:end] in its
    stretch: one before it, or one after it with no comma or "and" between; None when none."""
    lo, hi = stretch(rules, sentence, start, end)
    best = None
    for p_start, p_end, span in _time_phrases(rules, sentence, doc_year):
        if p_start < lo or p_end > hi or (p_start < end and p_end > start):
            continue
        if p_end <= start:
            distance = start - p_end
        else:
            distance = p_start - end
            between = sentence[end:p_start]
            if "," in between or re.search(r"\band\b", between):
                distance += len(sentence)  # the next figure's phrase
        if best is None or distance < best[0]:
            best = (distance, (p_start, p_end, span))
    return best[1] if best else None


def sentence_before(text: str, sentence: str, offset: Any, start: int) -> str | None:
    """The sentence before `sentence` in the same paragraph of a document's `text`, given the
    document offset of the figure (`offset`) that stands at `start` of the sentence; None when
    the sentence is not found there or opens its paragraph."""
    if not isinstance(offset, int):
        return None
    at = offset - start
    if at <= 0 or text[at : at + len(sentence)] != sentence:
        return None
    paragraph = text[:at].rsplit("\n", 1)[-1].rstrip()
    if not paragraph:
        return None
    # the previous sentence's end is its own last stop: look for the stop before it
    ends = [m.end() for m in _SENTENCE_END.finditer(paragraph[:-1])]
    return paragraph[ends[-1] :].strip() if ends else paragraph.strip()


def frame_span(
    rules: SeriesRules, sentence: str, before: str | None, doc_year: int | None = None
) -> str | None:
    """`part` or `years` when `sentence` has no time phrase of its own and the sentence
    `before` it has time phrases of that one span only (none a month or a range of days, which
    date an event), and no figure of its own ("The minister spoke about the first two months."
    then "Output rose by 5 percent."): it sets the frame. Else None."""
    if not before or _time_phrases(rules, sentence, doc_year):
        return None
    phrases = _time_phrases(rules, before, doc_year)
    spans = {span for _, _, span in phrases}
    if len(spans) != 1 or spans == {YEAR}:
        return None
    # a month or a range of days there dates an event ("met in September 2002"), no frame
    if any(rules.month.match(before, p[0]) or rules.day_range.match(before, p[0]) for p in phrases):
        return None
    # a figure of its own (a number that is not a year inside a phrase): the phrase is its
    bare = before
    for p_start, p_end, _ in sorted(phrases, reverse=True):
        bare = bare[:p_start] + bare[p_end:]
    if re.search(r"\d", bare):
        return None
    return next(iter(spans))


def year_so_far(
    rules: SeriesRules,
    sentence: str,
    start: int,
    end: int,
    doc_date: str | None,
) -> bool:
    """Whether the whole-year phrase nearest to the figure is "this year" said of what has
    happened ("exports have grown by 12 percent this year") before the year's last month: the year
    so far. Not a forecast ("will grow by 2 percent this year")."""
    if not doc_date or not doc_date[5:7].isdigit():
        return False
    if int(doc_date[5:7]) >= rules.so_far_before_month:
        return False
    nearest = nearest_phrase(rules, sentence, start, end, int(doc_date[:4]))
    if nearest is None or nearest[2] != YEAR:
        return False
    if not rules.so_far_phrase.fullmatch(sentence, nearest[0], nearest[1]):
        return False
    lo, hi = stretch(rules, sentence, start, end)
    return bool(rules.so_far_verbs.search(sentence, lo, hi)) and not rules.so_far_not.search(
        sentence, lo, hi
    )


def unmarked_so_far(
    rules: SeriesRules, sentence: str, start: int, end: int, doc_date: str | None
) -> bool:
    """Whether a figure of a sentence without any time phrase (and no year) is told in the
    present perfect ("household incomes have risen by 2.7 percent") in a document dated from the
    month `unmarked_so_far_from_month` on: what has happened so far this year, not the year as a
    whole. Earlier in a year the same words tell the year before's whole figure. Not a forecast
    or a goal."""
    if not doc_date or not doc_date[:4].isdigit() or not doc_date[5:7].isdigit():
        return False
    if int(doc_date[5:7]) < rules.unmarked_so_far_from_month:
        return False
    if _time_phrases(rules, sentence, int(doc_date[:4])):
        return False
    lo, hi = stretch(rules, sentence, start, end)
    return bool(rules.unmarked_so_far.search(sentence, lo, hi)) and not rules.so_far_not.search(
        sentence, lo, hi
    )


@dataclass(frozen=True)
class HypotheticalRules:
    """The part of series.json that `is_hypothetical` reads (`breaks` for the stretch), for the
    subject component, which reads its own copy of the rule file (a figure's outlook)."""

    breaks: tuple
    hypothetical: re.Pattern
    not_hypothetical: re.Pattern
    factual_if: re.Pattern


def hypothetical_rules(data: dict[str, Any]) -> HypotheticalRules:
    """series.json's data compiled for `is_hypothetical` alone, as `series_rules` compiles it."""
    return HypotheticalRules(
        breaks=tuple(data["clause_breaks"]),
        hypothetical=re.compile(_phrases(data["hypothetical_cues"]), re.IGNORECASE),
        not_hypothetical=re.compile(_phrases(data["not_hypothetical"]), re.IGNORECASE),
        factual_if=re.compile(_phrases(data["factual_if_verbs"]), re.IGNORECASE),
    )


def is_hypothetical(
    rules: SeriesRules | HypotheticalRules, sentence: str, start: int, end: int
) -> bool:
    """Whether the figure's stretch speaks of what would happen ("would", "if", "will mean"),
    beyond the turns of speech of `not_hypothetical`. An "if" whose clause says "was" states a
    fact ("if output in 2010 was 3 percent, last year it was ..."), one after the figure past a
    comma belongs to another predicate, and a "would" after "that" is a future told ("he said
    that sales would reach ..."): none of them makes the figure hypothetical."""
    lo, hi = stretch(rules, sentence, start, end)
    text = sentence[lo:hi]
    # the turns of speech are read only when a cue is found (most stretches have none): the
    # same answer without a second scan of every stretch
    spared: list[tuple[int, int]] | None = None
    for m in rules.hypothetical.finditer(text):
        if spared is None:
            spared = [(s.start(), s.end()) for s in rules.not_hypothetical.finditer(text)]
        if any(a <= m.start() < b for a, b in spared):
            continue
        cue = m.group().lower()
        if cue in ("if", "unless"):
            at = lo + m.start()
            if at >= end and "," in sentence[end:at]:
                continue
            clause = text[m.end() :].split(",", 1)[0]
            if rules.factual_if.search(clause):
                continue
        elif cue.startswith("would") and _TOLD.search(text[: m.start()]):
            continue  # "he said that sales would reach $3 billion": a future told
        return True
    return False


def has_local_word(rules: SeriesRules, sentence: str, start: int, end: int) -> bool:
    """Whether the figure's stretch has a word of a region or one organisation (`local_words`;
    an existential "there was" is none), or names a region of the home country (issue 16ac)."""
    lo, hi = stretch(rules, sentence, start, end)
    if any(kind == "subdivision" for _, kind in places_in(sentence[lo:hi])):
        return True  # "the Tomsk Region", "Tatarstan": a region of the home country (16ac)
    for m in rules.local_words.finditer(sentence, lo, hi):
        if m.group().lower() == "there":
            following = _WORD.match(sentence[m.end() :].lstrip())
            if following and following.group().lower() in rules.existential_there:
                continue
            if not following and sentence[m.end() :].lstrip()[:2] in ("’s", "'s"):
                continue
        return True
    return False


def first_person(rules: SeriesRules, sentence: str, start: int, end: int) -> bool:
    """Whether the figure's stretch says "our", "we", "us" (not "the US")."""
    lo, hi = stretch(rules, sentence, start, end)
    return any(
        not (m.group().isupper() and len(m.group()) > 1)
        for m in rules.first_person.finditer(sentence, lo, hi)
    )


def is_local_speaker(rules: SeriesRules, label: str | None) -> bool:
    """Whether a speaker's title makes him the head of a region or an organisation (not one of
    the national posts of `local_speaker_exceptions`: "Central Bank Governor")."""
    if not label or rules.local_speaker is None:
        return False
    if rules.local_speaker_exceptions is not None:
        label = rules.local_speaker_exceptions.sub(" ", label)
    return bool(rules.local_speaker.search(label))


def measure_of(
    rules: SeriesRules, fact: dict[str, Any], sentence: str, start: int, end: int
) -> str | None:
    """The fact's `change` as the series reads it: None for a percentage after "to" (a level
    reached), "increase"/"decrease" for a money figure after "increased by"; else its own."""
    before = sentence[max(0, start - 80) : start]
    change = fact.get("change")
    # the figure's own text may begin with its verb ("exceeded 5 percent")
    digit = re.search(r"\d", sentence[start:end])
    lead = sentence[max(0, start - 80) : start + (digit.start() if digit else 0)]
    if (
        change
        and fact.get("unit") == "percent"
        and (rules.level_to.search(before) or rules.level_threshold.search(lead))
        and not rules.change_nouns.search(fact.get("subject") or "")
    ):
        return None
    if not change and fact.get("type") == "money":
        m = rules.change_by.search(before)
        if m:
            word = m.group().split()[0].lower()
            decrease = set(_rule_data("percentages")["decrease_before"])
            return "decrease" if word in decrease else "increase"
    return change


# --- places: the gazetteer of pipeline.nlp.places, read only when needed --------------------------


@functools.cache
def _places_reader():
    from pipeline.nlp.places import find_places, gazetteer
    from pipeline.nlp.rules import installed_rules

    ruleset = installed_rules()
    return ruleset, find_places, gazetteer(ruleset).home


def home_country() -> str:
    return _places_reader()[2]


def places_in(text: str) -> list[tuple[str, str]]:
    """(code, kind) of the countries and regions named in `text`, in order."""
    ruleset, find_places, _ = _places_reader()
    return [(p.code, p.kind) for p in find_places(ruleset, text)]


@functools.lru_cache(maxsize=4096)
def speaker_country(label: str | None, name: str | None = None) -> str | None:
    """The one foreign country a speaker's title names ("President of Mongolia ..."), when
    it names no other and not the home country; else None. His `name` is no place ("German
    Gref")."""
    if not label:
        return None
    if name:
        label = label.replace(name, " ")
    countries = {code for code, kind in places_in(label) if kind == "country"}
    home = home_country()
    if home in countries or len(countries) != 1:
        return None
    return next(iter(countries))


def named_owner(rules: SeriesRules, sentence: str, start: int, end: int) -> str | None:
    """The one foreign country (or region other than the world) named in the figure's stretch,
    when the stretch names neither the home country nor says "our"/"we"; else None."""
    if first_person(rules, sentence, start, end):
        return None
    lo, hi = stretch(rules, sentence, start, end)
    places = places_in(sentence[lo:hi])
    home = home_country()
    if any(code == home for code, _ in places):
        return None
    countries = {code for code, kind in places if kind == "country"}
    if len(countries) == 1:
        return next(iter(countries))
    regions = {code for code, kind in places if kind == "region"} - {"world"}
    if not countries and len(regions) == 1:
        return next(iter(regions))
    return None


def title_is_local(rules: SeriesRules, title: str | None) -> bool:
    """Whether a title's phrase of `local_title_phrases` ("socioeconomic development of ...")
    is followed by neither the home country nor a foreign one."""
    if not title or rules.local_title is None:
        return False
    m = rules.local_title.search(title)
    if not m:
        return False
    return not any(kind == "country" for _, kind in places_in(title[m.end() :]))


def unqualified(rules: SeriesRules, key: str, subject: str | None) -> bool:
    """Whether a subject reaches a key of `qualified_keys` without one of its words ("the debt"
    keyed "public debt")."""
    wanted = rules.qualified_keys.get(key)
    if not wanted:
        return False
    return not any(w.lower() in wanted for w in _WORD.findall(subject or ""))


def own_trade(rules: SeriesRules, subject: str | None) -> bool:
    """Whether a trade subject is one foreign country's own trade ("Armenia's trade"): that
    country in the possessive, no partner word ("with", "between", "bilateral") and no other
    place named."""
    subject = subject or ""
    m = re.match(r"(.+?)(?:’s|'s)\s", subject)
    if not m or rules.own_trade_partner.search(subject):
        return False
    owners = [code for code, kind in places_in(m.group(1)) if kind == "country"]
    named = {code for code, _ in places_in(subject)}
    return len(owners) == 1 and owners[0] != home_country() and named == {owners[0]}


def named_partner(subject: str) -> str | None:
    """The one place other than the home country that a subject names ("trade turnover with the
    EU" -> EU), else None."""
    home = home_country()
    named = {code for code, _ in places_in(subject)} - {home}
    return next(iter(named)) if len(named) == 1 else None
