"""Which paragraphs can hold a fact, told before spaCy tokenises them.

`tokenizer_text` hands a paragraph that cannot hold a fact, nor be read for one, to the tokenizer
masked: placeholder words, the same length, so that the Doc keeps every character offset and its
sentences keep their bounds (a placeholder starts the paragraph's one sentence), while the
components still read the real text through `doc_text` (speakers and dates looked up in other
paragraphs stay the same). `word_count` and the document records come from `Speech.text`, which
is not touched. What masking changes is the Doc's tokens and sentences inside the masked
paragraph, nothing else; so a paragraph may be masked when no component reads its tokens or its
sentence bounds for any fact. The scans that look for where a fact may start read the spans
left unmasked alone (`masked_text` keeps them on the Doc, `extensions.kept_spans`): the number
scan of the figures, the event component's joined words ("Summit-2005") and acronym-and-year
names, the tokenizer's long-run check; `kept_matches` gives them the matches of the whole text
that start inside the spans. What each component reads (a candidate is a paragraph kept):

- **Money, percentage, country_count** (`pipeline.nlp.quantities.scan`, over the real text, the
  Doc's sentences only telling which numbers share a sentence) start from a number (digits, or
  a number, fraction or scale word of numbers.json; "a million" has "million") and need a
  currency (a symbol, code, scaled code, word, context word or sub-unit of currencies.json,
  before or after it), a percent unit (after it, or "percent of" before it) or a country noun
  (countries.json) next to it. A bare amount takes the currency of a figure in its
  sentence, or of a figure in its paragraph (currencies.json's `carry_repeated` and
  `carry_next_sentences`), so that figure's currency is in the paragraph too. So a paragraph
  holds a figure
  only when it holds a number and one of those forms, known here by one letter run or
  character each form cannot be written without ("dollars" of "US dollars", "$" of "US$"),
  taken from the rule files (`numeric_triggers`). The patterns after and before a number
  allow white space, so a figure can run on across a paragraph break ("grew by 5" / "percent");
  such a pair of paragraphs, a number within `edge` words of one's end and a form within `edge`
  words of the other's start (or the other way round), is kept whole. A qualifier or rate word
  read after a figure (qualifiers.json: "or more", "per annum") may end it in the next
  paragraph ("grew by 5 percent" / "or more"), and a record's `sentence` reads every sentence
  its fact touches (`pipeline.records.covering_sentence`): after a figure paragraph with a
  number within `edge` words of its end, the next paragraph is kept when its first word (after
  commas) is the first word of one of those (`NumericTriggers.continuations`).
- **The sentence before a figure's** is read by the subject component (the antecedent of an
  "it", "they" or "this figure" opening the figure's sentence, from the Doc's tokens) and by the
  scope component (a partner named after "with" in the sentence before the subject's, whose
  bounds come from the Doc). When that sentence lies in the paragraph before (or, for the scope
  of a subject read there, the one before that), that paragraph is kept if the figure's
  paragraph has one of the subject's anaphoric words or the paragraph read has one of the
  scope's partner prepositions. A qualifier or a minus sign before a figure that opens its
  paragraph ("about" / "5 percent") belongs to the figure: the paragraph before is kept when
  a number stands within `edge` words of the start.
- **Events** (`pipeline.nlp.events`) start at the first word of a head of events.json or an
  anniversary word, found among the Doc's tokens: a head of one word or an anniversary word
  keeps its paragraph; the first word of a longer head that is no head alone ("world" of "world
  cup", "general" of "general assembly") only with the head's other words, in the paragraph or
  the next one (a head may run on across white space: "World" / "Cup"); the acronym-and-year
  pattern ("MAKS-2019", matched on the real text) keeps its paragraph, and so do the patterns
  of the finders that no single head word starts (named days, councils, themed years, group
  summits, named operations, plain war names, named exercises ...: `EventTriggers.phrases`,
  each with the words it cannot match without). The date of an undated event is looked for
  in the sentence after it, only where that sentence says "the <head>" for a head the event's
  name holds, whole: that paragraph is kept by its head. Years and ordinals inside names, dates
  and other figures around events are read from the real text.
- **Speakers, periods, dates** are read from the real text, in the fact's own sentence or
  around it (`pipeline.nlp.context`, `speakers`, `temporal`): no masking changes them.

Paragraphs with nothing but white space or punctuation between two paragraphs count as part of
the break (a pattern may run across them). The test is exact, not a guess: it looks for the
words among the paragraph's letter runs, lower-cased as the matchers lower-case them (and
case-folded); if any paragraph of a document has one of the few characters that regular
expressions match case-insensitively to an ASCII letter (such as the Kelvin sign), nothing in
it is masked. A component this module does not account for (the opt-in `quantity`, which runs
quantulum3 over every word; a component of the user's) turns the prefilter off.
`tests/test_prefilter_archive.py` runs the shared archive both ways and compares the records
byte for byte; `tests/nlp/test_prefilter.py` checks each rule on written examples.

The environment variable `SPEECHFACTS_PREFILTER=0` (or `off`, `false`, `no`) turns the prefilter
off in every process of a run: each paragraph then goes through spaCy whole, more slowly, and the
records are the same. It is read when this module is imported, so worker processes started by
the run (spawned) inherit it.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from pipeline.nlp.rules import Rules, compiled_from_rules

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.vocab import Vocab

# (start, end) character spans of a text, in order
Spans = Sequence[tuple[int, int]]

ENV_SWITCH = "SPEECHFACTS_PREFILTER"
_OFF_WORDS = frozenset({"0", "off", "false", "no"})


def enabled_in(environ: Mapping[str, str]) -> bool:
    """Whether the prefilter is on under these environment variables: on unless
    SPEECHFACTS_PREFILTER says 0, off, false or no (any case, spaces ignored)."""
    return environ.get(ENV_SWITCH, "").strip().lower() not in _OFF_WORDS


# module switch: the environment's at import (spawned workers inherit it); tests may set it
ENABLED = enabled_in(os.environ)

PLACEHOLDER = "x"

_LETTER_RUN = re.compile(r"[^\W\d_]+")
_DIGIT = re.compile(r"\d")
# characters that Python's case-insensitive matching takes for an ASCII letter (long s, Kelvin
# sign, dotted and dotless i), which neither lower() nor casefold() always turns into one
_ASCII_LOOKALIKES = frozenset("\u017f\u212a\u0130\u0131")
# bytes.translate table: ASCII letters stay, lower-cased; ASCII digits become a tab, every other
# byte a space: the letter runs are what bytes.split() parts (it parts at both), and a tab tells
# a digit
_DIGIT_MARK = b"\t"
_ASCII_LETTERS_ONLY = bytes(
    ord(chr(c).lower())
    if chr(c).isascii() and chr(c).isalpha()
    else _DIGIT_MARK[0]
    if 0x30 <= c <= 0x39
    else 32
    for c in range(256)
)
# the characters a paragraph may have for its letter runs to be read from its UTF-8 bytes as from
# ASCII: ASCII, and the punctuation, spaces and currency signs of Latin-1, General Punctuation and
# Currency Symbols ("’", "–", "“", "…", "€", no-break space) that are no letter of a run and that
# lower-casing and case-folding leave alone (their UTF-8 bytes are all >= 0x80: spaces above);
# no digit of another script either, so that a digit of such text is an ASCII digit byte
_PLAIN = frozenset(map(chr, range(128))) | frozenset(
    c
    for c in map(chr, [*range(0x80, 0x100), *range(0x2000, 0x2070), *range(0x20A0, 0x20D0)])
    if _LETTER_RUN.fullmatch(c) is None
    and _DIGIT.match(c) is None
    and c.lower() == c.casefold() == c
)
# a character that is not in _PLAIN (a search finds none in a plain text: one pass in C instead
# of a set lookup per character)
_NOT_PLAIN = re.compile("[^" + "".join(map(re.escape, sorted(_PLAIN))) + "]")


@compiled_from_rules
def number_trigger_words(ruleset: Rules) -> frozenset[str]:
    """The lower-case letter runs of the number words, fractions and scale words of `ruleset` (a
    scale word after "a" is a number: "a million")."""
    from pipeline.nlp import numbers

    small, hundred, scales = numbers._tables(ruleset)
    return _letter_runs({*small, *hundred, *scales, *numbers._fractions(ruleset)})


@dataclass(frozen=True)
class NumericTriggers:
    """What a money, percentage or country_count fact of one rule set needs: a number (a digit or
    one of `numbers`) and a word of a currency, a percent unit or a country noun, known by one of
    `needs` (letter runs) or `need_chars` ("$", "%"). `edge`: within how many words of the end of
    a paragraph a figure may run on into the next one ("grew by 5" / "percent")."""

    numbers: frozenset[str]
    needs: frozenset[str]
    need_chars: frozenset[str]
    edge: int
    # the first words (lower case) of what may go on after a figure and end it: the qualifiers
    # and rate words of qualifiers.json that are read after a figure ("or more", "per annum")
    continuations: frozenset[str] = frozenset()


@compiled_from_rules
def numeric_triggers(ruleset: Rules) -> NumericTriggers:
    """The NumericTriggers of `ruleset`. For every way of writing a currency (symbol, code,
    scaled code, word, context word, sub-unit), a percent unit (after or before the number) and
    a country noun: one letter run or character it cannot be written without."""
    from pipeline.nlp import currencies, quantities

    tables = currencies._tables(ruleset)
    units, _, before, _ = quantities._percent_tables(ruleset)
    countries = ruleset.get("countries", required=("nouns", "bilateral_determiners"))
    forms = {f.lower() for f in (*tables.before, *tables.after, *units, *before)}
    forms |= {f.lower() for f in countries["nouns"]}
    runs: set[str] = set()
    chars: set[str] = set()
    # forms of one word first, so that a longer form is known by a word already a key
    # ("dollars" for "US dollars", "states" for "member states") where it can be
    for form in sorted(forms, key=lambda f: (len(_LETTER_RUN.findall(f)), f)):
        symbols = [c for c in form if not (c.isalnum() or c.isspace() or c in _JOINERS)]
        words = _LETTER_RUN.findall(form)
        if symbols:
            chars.add(symbols[0])  # "$" of "US$"
        elif words and runs.isdisjoint(words):
            runs.add(words[-1])  # "dollars" of "Hong Kong dollars"
        elif not words:
            chars.add(form.strip()[:1])
    # a country noun may stand a few words after its number ("5 CIS member states"); the
    # number's last word and the form's words are white-space words too, and a number word
    # may follow "a" ("a million"): two more
    longest = max(len(f.split()) for f in forms)
    edge = int(countries.get("max_words_between", 3)) + longest + 2
    qualifiers = ruleset.get("qualifiers", required=("before", "after"))
    after = [
        *(p for phrases in qualifiers["after"].values() for p in phrases),
        *(p for phrases in qualifiers.get("after_closing", {}).values() for p in phrases),
        *qualifiers.get("after_rate_words", []),
    ]
    firsts = [_LETTER_RUN.findall(phrase.lower())[:1] for phrase in after]
    continuations = frozenset(word for first in firsts for word in first)
    return NumericTriggers(
        number_trigger_words(ruleset), frozenset(runs), frozenset(chars), edge, continuations
    )


# characters inside words and abbreviations ("per-cent", "U.S.", "people's"): not what a form
# is known by
_JOINERS = frozenset(".-'’_")


@dataclass(frozen=True)
class EventTriggers:
    """What an event of one rule set starts from: `words`, a head of one word or an anniversary
    word; `heads`, per first word of a head of several words ("world" of "world cup") that is no
    head alone, the letter runs of each such head (all must be there); `acronym`, the
    acronym-and-year pattern ("MAKS-2019"), or None; `phrases`, patterns of names that no head
    starts (a day named by its tail, "Day of Lake Unity"; a council that is a gathering,
    "Bishops’ Council"), each looked for where one of its words is written."""

    words: frozenset[str]
    heads: dict[str, tuple[frozenset[str], ...]]
    acronym: re.Pattern | None
    phrases: tuple[tuple[re.Pattern, tuple[str, ...]], ...] = ()
    # the words of all the phrases, each once: a paragraph is searched for each of them once,
    # then each phrase's pattern only where one of its words was found. Those that do not open
    # with a lower-case letter ("Day", "WWII", "G-20") are looked for all at once first
    # (`written_gate`, their alternation: it finds a match when one of them is in the text, and
    # the engine skips fast over text where their first characters are rare), then one by one
    # where it finds one; the others ("ear", "exercise") one by one
    written: tuple[str, ...] = field(init=False, repr=False, compare=False)
    written_gated: tuple[str, ...] = field(init=False, repr=False, compare=False)
    written_gate: re.Pattern | None = field(init=False, repr=False, compare=False)
    written_plain: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        words = tuple(dict.fromkeys(w for _, written in self.phrases for w in written))
        gated = tuple(w for w in words if not w[:1].islower())
        gate = re.compile("|".join(map(re.escape, gated))) if gated else None
        object.__setattr__(self, "written", words)
        object.__setattr__(self, "written_gated", gated)
        object.__setattr__(self, "written_gate", gate)
        object.__setattr__(self, "written_plain", tuple(w for w in words if w[:1].islower()))

    def written_in(self, text: str) -> set[str]:
        """The words of `written` that are in `text` (as `{w for w in written if w in text}`)."""
        found = {w for w in self.written_plain if w in text}
        if self.written_gate is not None and self.written_gate.search(text) is not None:
            found.update(w for w in self.written_gated if w in text)
        return found


@compiled_from_rules
def event_triggers(ruleset: Rules) -> EventTriggers:
    """The EventTriggers of `ruleset`."""
    from pipeline.nlp.event_exercises import prefilter_pattern as exercises_pattern
    from pipeline.nlp.event_names import (
        anniversary_cue_words,
        grammar,
        group_summits,
        ordinal_gatherings,
        prefixed_days,
    )
    from pipeline.nlp.event_operations import prefilter_pattern as operations_pattern
    from pipeline.nlp.event_plain_wars import prefilter_pattern as plain_wars_pattern
    from pipeline.nlp.event_themed_years import prefilter_pattern

    g = grammar(ruleset)
    # the anniversary words, and the verbs of a count of years ("marks 20 years of", 12aa)
    words = set(_letter_runs(anniversary_cue_words(ruleset)))
    heads: dict[str, list[frozenset[str]]] = {}
    for head in g.heads:
        runs = _LETTER_RUN.findall(head.lower())
        if len(runs) == 1:
            words.add(runs[0])
        elif runs:
            heads.setdefault(runs[0], []).append(frozenset(runs))
    multi = {w: tuple(h) for w, h in heads.items() if w not in words}
    prefixed = prefixed_days(ruleset)
    days = (prefixed.trigger, (prefixed.head,)) if prefixed is not None else (None, ())
    groups = group_summits(ruleset)  # "at the L20" (issue 12 round di)
    group_phrase = (groups.pattern, groups.written) if groups is not None else (None, ())
    phrases = tuple(
        (pattern, words_)
        for pattern, words_ in (
            (g.named_day_re, g.named_day_heads),
            (g.council_re, g.council_modifiers),
            (g.war_abbreviation_re, g.war_abbreviations),  # issue 12 round ah
            ordinal_gatherings(ruleset)[:2],  # issue 12 round bi
            days,  # "Lake Press Day" (issue 12 round cx)
            prefilter_pattern(ruleset) or (None, ()),  # issue 12 round cw
            group_phrase,  # issue 12 round di
            operations_pattern(ruleset) or (None, ()),  # issue 12 round dr
            plain_wars_pattern(ruleset) or (None, ()),  # issue 12 round eg
            exercises_pattern(ruleset) or (None, ()),  # issue 12 round eh
        )
        if words_
    )
    return EventTriggers(frozenset(words), multi, g.acronym_re, phrases)


@dataclass(frozen=True)
class LookBack:
    """The words for which the paragraphs before a figure's are read: `anaphors` (letter runs
    of the subject component's "it", "they", "this figure") and `partners` (the scope
    component's partner prepositions, "with"); None when the pipeline has no such component."""

    anaphors: frozenset[str] | None
    partners: frozenset[str] | None


def _letter_runs(words: Iterable[str]) -> frozenset[str]:
    runs: set[str] = set()
    for word in words:
        runs.update(_LETTER_RUN.findall(word.lower()))
    return frozenset(runs)


@dataclass(frozen=True)
class Triggers:
    """What makes a paragraph a candidate in one pipeline (see the module docstring)."""

    numeric: NumericTriggers | None  # None: no component reads numeric facts
    events: tuple[EventTriggers, ...]
    look_back: LookBack
    # every word any test reads (a paragraph's words are looked up once, among these), and the
    # characters of numeric.need_chars as one search
    relevant: frozenset[str] = field(init=False)
    need_chars: re.Pattern | None = field(init=False)
    # the same, for the plain paragraphs' fast path (`_Paragraph`): `relevant` as UTF-8 bytes,
    # and the need characters as searched in a plain paragraph's own text instead of its
    # lower-cased text (which differs from it in ASCII upper-case letters alone)
    relevant_bytes: frozenset[bytes] = field(init=False, repr=False, compare=False)
    plain_need_chars: re.Pattern | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        words: set[str] = set(self.look_back.anaphors or ()) | set(self.look_back.partners or ())
        chars = None
        if self.numeric is not None:
            words |= self.numeric.numbers | self.numeric.needs
            if self.numeric.need_chars:
                chars = re.compile("[" + "".join(map(re.escape, self.numeric.need_chars)) + "]")
        for e in self.events:
            words |= e.words
            for heads in e.heads.values():
                words = words.union(*heads)
        object.__setattr__(self, "relevant", frozenset(words))
        object.__setattr__(self, "need_chars", chars)
        object.__setattr__(self, "relevant_bytes", _encoded(self.relevant))
        plain = None
        if self.numeric is not None and self.numeric.need_chars:
            plain = _plain_chars_pattern(self.numeric.need_chars)
        object.__setattr__(self, "plain_need_chars", plain)

    def words(self) -> frozenset[str]:
        """Every letter run that can make a paragraph a candidate (for tests and reports)."""
        out: set[str] = set()
        if self.numeric is not None:
            out |= self.numeric.numbers | self.numeric.needs
        for e in self.events:
            out |= e.words | set(e.heads)
        return frozenset(out)


def triggers(nlp: Language) -> Triggers | None:
    """The triggers of `nlp`: the numeric ones of every component that scans numbers (money,
    percentage, country_count), the event ones of the event component, the look-back words of
    the subject and scope components, each under that component's own rules (a saved pipeline
    with more event heads masks less). None when a component of `nlp` is none of those whose
    reading this module accounts for (see `_READERS`; quantulum3's `quantity`, a component of
    the user's), or its rules cannot be read: then nothing may be masked."""
    sources: dict[tuple, None] = {}  # (kind, rules), distinct, in pipeline order
    for name, component in nlp.components:
        kind = _READERS.get(nlp.get_pipe_meta(name).factory, "unknown")
        if kind == "unknown":
            return None
        if kind == "text":
            continue
        # (a component wrapped by a caller, a timer say, is read through its `rules`)
        rules = getattr(component, "rules", None)
        if not isinstance(rules, Rules):
            return None
        sources[(kind, rules)] = None
    pairs = tuple(sources)
    if not pairs:
        return Triggers(None, (), LookBack(None, None))
    # called once per document: computed once per set of rules (None: a rule the letter-run
    # test cannot read)
    return pairs[0][1].compiled(_triggers, pairs)


# the factories whose reading of a Doc the module docstring accounts for, by what the
# prefilter takes from their rules ("text": they read the real text and the facts' own
# sentences, nothing to take)
_READERS = {
    "sentencizer": "text",
    "speechfacts_abbreviation_joins": "text",
    "speechfacts_paragraph_starts": "text",
    "speechfacts_sentence_cap": "text",
    "speechfacts_money": "numeric",
    "speechfacts_percentage": "numeric",
    "speechfacts_country_count": "numeric",
    "speechfacts_event": "event",
    "speechfacts_subject": "subject",
    "speechfacts_scope": "scope",
    "speechfacts_context": "text",
}


def _triggers(ruleset: Rules, *pairs: tuple) -> Triggers | None:
    from pipeline.nlp.places import gazetteer
    from pipeline.nlp.subject import subject_rules

    numeric = [numeric_triggers(rules) for kind, rules in pairs if kind == "numeric"]
    events = tuple(event_triggers(rules) for kind, rules in pairs if kind == "event")
    anaphors: set[str] | None = None
    partners: set[str] | None = None
    for kind, rules in pairs:
        if kind == "subject":
            r = subject_rules(rules)
            said = [*r.anaphoric_pronouns, *r.plural_anaphoric_pronouns]
            said += [" ".join(p) for p in r.anaphoric_phrases]
            pronouns = [_LETTER_RUN.findall(w.lower()) for w in said]
            if not all(pronouns):
                return None  # a word without letters: not found among letter runs, mask nothing
            # a pronoun or phrase is there only with its last letter run ("figure" of "this
            # figure")
            anaphors = (anaphors or set()) | {runs[-1] for runs in pronouns}
        if kind == "scope":
            partners = (partners or set()) | _letter_runs(gazetteer(rules).partner_prepositions)
    merged = None
    if numeric:
        merged = NumericTriggers(
            frozenset().union(*(n.numbers for n in numeric)),
            frozenset().union(*(n.needs for n in numeric)),
            frozenset().union(*(n.need_chars for n in numeric)),
            max(n.edge for n in numeric),
            frozenset().union(*(n.continuations for n in numeric)),
        )
    look_back = LookBack(
        frozenset(anaphors) if anaphors is not None else None,
        frozenset(partners) if partners is not None else None,
    )
    return Triggers(merged, events, look_back)


def _encoded(words: frozenset[str]) -> frozenset[bytes]:
    """`words` as UTF-8 bytes (what a plain paragraph's letter runs are looked up among)."""
    return frozenset(w.encode("utf-8", "surrogatepass") for w in words)


def _plain_chars_pattern(chars: frozenset[str]) -> re.Pattern | None:
    """A pattern that finds a character in a plain paragraph (of `_PLAIN` characters) where the
    character class of `chars` finds one in its lower-cased text: lower-casing such text turns
    the ASCII upper-case letters into lower-case ones and leaves every other character alone.
    None when it never finds one."""
    # each character of each string, as `need_chars` puts the strings into one class: a
    # NumericTriggers made by hand may hold a longer string ("US$")
    chars = frozenset(c for s in chars for c in s)
    ascii_upper = {chr(c) for c in range(ord("A"), ord("Z") + 1)}
    found = {c for c in chars if c not in ascii_upper}
    found |= {c for c in ascii_upper if c.lower() in chars}
    if not found:
        return None
    return re.compile("[" + "".join(map(re.escape, sorted(found))) + "]")


class _Paragraph:
    """What the tests read of one paragraph (or of the words at one of its ends): which of the
    trigger words are among its lower-cased letter runs (and case-folded ones), whether it has a
    digit, a letter or a digit at all, and a character that a case-insensitive regex may read as
    an ASCII letter. `relevant_bytes`: `relevant` as UTF-8 bytes (`Triggers.relevant_bytes`;
    None: made here)."""

    __slots__ = ("text", "lowered", "hits", "digit", "has_word", "lookalike")

    def __init__(
        self, text: str, relevant: frozenset[str], relevant_bytes: frozenset[bytes] | None = None
    ):
        self.text = text
        self.lookalike = False
        if text.isascii() or _NOT_PLAIN.search(text) is None:
            # the letter runs of ASCII text (or of ASCII with curly quotes and dashes, whose
            # bytes are not ASCII letters either): from the UTF-8 bytes, every ASCII letter
            # lower-cased and every other byte made a space, then split (in C, a fifth of the
            # time of the regex); looked up as bytes, the few found decoded. A digit of such text
            # is an ASCII digit (see _PLAIN), made a tab by the same translation.
            # `lowered` stays None: its only reader, the need characters' search, reads `text`
            # through Triggers.plain_need_chars
            encoded = text.encode("utf-8")
            if relevant_bytes is None:
                relevant_bytes = _encoded(relevant)
            letters = encoded.translate(_ASCII_LETTERS_ONLY)
            runs = letters.split()
            self.hits = {run.decode("ascii") for run in relevant_bytes.intersection(runs)}
            self.digit = _DIGIT_MARK in letters
            self.lowered = None
        else:
            self.lowered = lowered = text.lower()
            runs = _LETTER_RUN.findall(lowered)
            self.hits = relevant.intersection(runs)
            self.lookalike = not _ASCII_LOOKALIKES.isdisjoint(text)
            folded = text.casefold()
            if folded != lowered:
                self.hits |= relevant.intersection(_LETTER_RUN.findall(folded))
            self.digit = _DIGIT.search(text) is not None
        self.has_word = self.digit or bool(runs)

    def number(self, t: NumericTriggers) -> bool:
        return self.digit or not t.numbers.isdisjoint(self.hits)

    def need(self, t: NumericTriggers, found: Triggers) -> bool:
        if not t.needs.isdisjoint(self.hits):
            return True
        if self.lowered is None:
            chars, text = found.plain_need_chars, self.text
        else:
            chars, text = found.need_chars, self.lowered
        return chars is not None and chars.search(text) is not None

    def head(self, n: int, found: Triggers) -> _Paragraph:
        """The first `n` white-space words."""
        text = " ".join(self.text.split(None, n)[:n])
        return _Paragraph(text, found.relevant, found.relevant_bytes)

    def tail(self, n: int, found: Triggers) -> _Paragraph:
        """The last `n` white-space words."""
        text = " ".join(self.text.rsplit(None, n)[-n:])
        return _Paragraph(text, found.relevant, found.relevant_bytes)


def candidates(paragraphs: list[str], found: Triggers) -> list[bool]:
    """For each paragraph, whether it may hold a fact or be read for one (see the module
    docstring); True for all when a paragraph has a character a case-insensitive regex may take
    for an ASCII letter."""
    relevant, relevant_bytes = found.relevant, found.relevant_bytes
    info = [_Paragraph(p, relevant, relevant_bytes) for p in paragraphs]
    n = len(paragraphs)
    if any([p.lookalike for p in info]):
        return [True] * n
    before, after = _neighbours([p.has_word for p in info])
    t = found.numeric
    figure = [False] * n
    if t is not None:
        number = [p.number(t) for p in info]
        need = [p.need(t, found) for p in info]
        figure = [a and b for a, b in zip(number, need, strict=True)]
        for i in range(n):
            # a figure that runs on from the end of one paragraph into the next: "grew by 5" /
            # "percent", "$" / "5 billion"; both are kept
            nxt = after[i][-1] if after[i] else None
            if (
                nxt is not None
                and figure[i]
                and not figure[nxt]
                and _continues(info[nxt].text, t)
                and info[i].tail(t.edge, found).number(t)
            ):
                # a qualifier or rate after a figure at the end ("5 percent" / "or more") ends
                # the fact in the next paragraph, whose sentences the record then reads
                for j in after[i]:
                    figure[j] = True
                continue
            if (
                nxt is None
                or (figure[i] and figure[nxt])
                or not (number[i] or need[i])
                or not (number[nxt] or need[nxt])
            ):
                continue
            tail, head = info[i].tail(t.edge, found), info[nxt].head(t.edge, found)
            if (tail.number(t) and head.need(t, found)) or (tail.need(t, found) and head.number(t)):
                for j in (i, *after[i]):
                    figure[j] = True
    flags = list(figure)
    if t is not None:
        _look_back(info, before, figure, flags, found)
    # the event test last, only where nothing else kept the paragraph (a paragraph is kept when
    # one test says so: the order changes nothing)
    events = found.events
    for i in range(n):
        if not flags[i]:
            flags[i] = _event_candidate(i, info, after, events)
    return flags


_FIRST_WORD = re.compile(r"[\s,]*([^\W\d_]+)")


def _continues(paragraph: str, t: NumericTriggers) -> bool:
    """Whether `paragraph` opens (after white space and commas) with a word that may begin a
    qualifier or rate word read after a figure (`NumericTriggers.continuations`), in any case."""
    m = _FIRST_WORD.match(paragraph)
    return m is not None and (
        m.group(1).lower() in t.continuations or m.group(1).casefold() in t.continuations
    )


def _look_back(
    info: list[_Paragraph],
    before: list[range],
    figure: list[bool],
    flags: list[bool],
    found: Triggers,
) -> None:
    """Keep (in `flags`) the paragraphs before a figure's that its subject or scope may read."""
    t = found.numeric
    look = found.look_back
    for i in range(len(info)):
        if not figure[i]:
            continue
        if not before[i]:
            continue
        previous = before[i][0]
        anaphor = look.anaphors is not None and not look.anaphors.isdisjoint(info[i].hits)
        partner = look.partners is not None and not look.partners.isdisjoint(info[previous].hits)
        # the subject of a figure opened by "it" is read in the sentence before; the scope reads
        # the sentence before the subject's for a partner ("with"); a qualifier or a minus sign
        # right before a figure at a paragraph's start ("about" / "5 percent") is the figure's
        if anaphor or partner or info[i].head(t.edge, found).number(t):
            for j in before[i]:
                flags[j] = True
            if anaphor and before[previous] and look.partners is not None:
                earlier = before[previous][0]
                if not look.partners.isdisjoint(info[earlier].hits):
                    for j in before[previous]:
                        flags[j] = True


def _neighbours(has_word: list[bool]) -> tuple[list[range], list[range]]:
    """The neighbours of each paragraph (by `has_word`, whether it holds a letter or a digit):
    the paragraphs before (after) it, back (on) to the first that holds a letter or a digit, or
    to the first (last) paragraph; what lies between is white space or punctuation, which a
    pattern may run across. Ranges, in order (empty before the first paragraph and after the
    last)."""
    n = len(has_word)
    before: list[range] = []
    start = 0  # the last paragraph with a word so far (the first paragraph while there is none)
    for i in range(n):
        before.append(range(start, i))
        if has_word[i]:
            start = i
    after: list[range] = [range(0)] * n
    end = n - 1  # the next paragraph with a word (the last paragraph while there is none)
    for i in range(n - 1, -1, -1):
        after[i] = range(i + 1, end + 1)
        if has_word[i]:
            end = i
    return before, after


def _event_candidate(
    i: int, info: list[_Paragraph], after: list[range], events: tuple[EventTriggers, ...]
) -> bool:
    # the tests are told apart by cost, not by order: any one that says yes decides
    paragraph = info[i]
    runs = paragraph.hits
    for e in events:
        if not e.words.isdisjoint(runs):
            return True
        for first in runs.intersection(e.heads):
            # a head may run on across white space into the next paragraph ("World" / "Cup")
            reach = runs.union(*(info[j].hits for j in after[i]))
            if any(head <= reach for head in e.heads[first]):
                return True
        text = paragraph.text
        if e.acronym is not None and paragraph.digit and e.acronym.search(text):
            return True
        if not e.phrases:
            continue
        # each phrase's words looked for once (several phrases share "Day"), then the patterns
        # of the phrases one of whose words is written
        written = e.written_in(text)
        if not written:
            continue
        for pattern, words in e.phrases:
            if not written.isdisjoint(words) and pattern.search(text):
                return True  # "the Day of Lake Unity", "the Bishops’ Council" (issue 12ab)
    return False


def is_candidate(paragraph: str, found: Triggers) -> bool:
    """True when `paragraph`, alone, may hold a fact (see the module docstring)."""
    return candidates([paragraph], found)[0]


# A masked paragraph is "x ", then this block repeated and cut, then " ": one placeholder word
# per _BLOCK characters, whose few strings the tokenizer caches and the vocabulary holds once. The
# spaces at both ends matter: spaCy cuts its chunks at spaces only, so a paragraph's first and
# last words are one chunk with the blank line and the word across it, which it never finds in
# its cache; a long placeholder there would make every such chunk long and new (white space
# alone would not do either: a run of it is a token spaCy tokenises anew each time).
_BLOCK = 128
_BLOCK_TEXT = PLACEHOLDER * (_BLOCK - 1) + " "


def _masked(paragraph: str) -> str:
    """Placeholder words, as long as `paragraph`; line breaks kept where they are."""
    if "\n" in paragraph:
        return "\n".join(_masked(line) for line in paragraph.split("\n"))
    n = len(paragraph)
    if n < 4:
        return (PLACEHOLDER + "   ")[:n]
    full, rest = divmod(n - 3, _BLOCK)
    return PLACEHOLDER + " " + _BLOCK_TEXT * full + PLACEHOLDER * rest + " "


def _hold_placeholders(vocab: Vocab) -> None:
    """Put the placeholder words in `vocab` once. spaCy adds a new word of three letters or more
    to the vocabulary only while it holds under 10,000 words; a word it does not hold is not
    cached by the tokenizer either, and would be tokenised anew at each use."""
    if _BLOCK_TEXT[:-1] not in vocab:
        for n in range(1, _BLOCK):
            vocab[PLACEHOLDER * n]  # noqa: B018 - looking a word up adds it


def tokenizer_text(paragraphs: list[str], separator: str, nlp: Language) -> str:
    """The text `nlp`'s tokenizer reads: the paragraphs joined by `separator`, each one that
    cannot hold a fact masked (the same length, see _masked). Equal to the joined text when the
    prefilter is off or a component of nlp is one it does not know (`triggers`)."""
    return masked_text(paragraphs, separator, nlp)[0]


def masked_text(
    paragraphs: list[str], separator: str, nlp: Language
) -> tuple[str, tuple[tuple[int, int], ...] | None]:
    """`tokenizer_text`, and where it left the text as it is: the (start, end) character spans
    of the paragraphs kept, each run of kept paragraphs one span with the separators inside it,
    in order; None when no paragraph is masked. A scan of the real text may read those spans
    alone (`pipeline.nlp.numbers.find_numbers`): a masked paragraph holds nothing any component
    finds."""
    found = triggers(nlp) if ENABLED else None
    if found is None:
        return separator.join(paragraphs), None
    _hold_placeholders(nlp.vocab)
    flags = candidates(paragraphs, found)
    if all(flags):
        return separator.join(paragraphs), None
    spans: list[tuple[int, int]] = []
    pieces: list[str] = []
    offset = 0
    for paragraph, keep in zip(paragraphs, flags, strict=True):
        end = offset + len(paragraph)
        if keep:
            pieces.append(paragraph)
            if spans and spans[-1][1] + len(separator) == offset:
                spans[-1] = (spans[-1][0], end)  # runs on from the paragraph before
            else:
                spans.append((offset, end))
        else:
            pieces.append(_masked(paragraph))
        offset = end + len(separator)
    return separator.join(pieces), tuple(spans)


def kept_matches(
    pattern: re.Pattern, text: str, kept: Spans, restart: Callable[[int], bool] | None = None
) -> Iterator[re.Match]:
    """The matches of `pattern.finditer(text)` that start inside a span of `kept` (in order, not
    overlapping), the same matches, without reading what lies between the spans when
    `restart(start)` says no match can start before a span's start and end after it (None: no
    match of `pattern` ever runs across a paragraph break, as one of a single character).

    Exact: the scan keeps the position the whole scan would search from next; it moves to a
    span's start only when no match can cross that start, and then the whole scan's next match
    from there is the first match at or after it (a search from a position still sees the text
    before it for look-behinds and word bounds)."""
    pos = 0  # where the scan of the whole text searches next
    for start, end in kept:
        if pos < start and (restart is None or restart(start)):
            pos = start
        for match in pattern.finditer(text, pos):
            if match.start() >= end:
                pos = match.start()  # the whole scan's next match: found again from here
                break
            if match.start() >= start:
                yield match
            pos = match.end()
        else:
            return  # no match after pos in the whole text
