"""Which paragraphs can hold a fact, told before spaCy tokenises them.

Every fact starts from a trigger inside its own paragraph: money, percentages and country counts
from a numeric core (`pipeline.nlp.numbers.number_pattern`: digits, or a number word, a fraction
or "a" before a scale word), events from the first word of an event head or an anniversary word
(the cues of `pipeline.nlp.events`, which are words of one paragraph; the acronym-and-year events
hold digits). A paragraph with none of these cannot hold a fact. `tokenizer_text` hands such a
paragraph to the tokenizer masked: placeholder words, the same length, so that the
Doc keeps every character offset and its sentences keep their bounds (a placeholder starts the
paragraph's one sentence), while the components still read the real text through `doc_text`
(speakers and dates looked up in other paragraphs stay the same). `word_count` and the document
records come from `Speech.text`, which is not touched.

The test is exact, not a guess: it looks for the trigger words among the paragraph's letter runs,
lower-cased as the matchers lower-case them (and case-folded; a paragraph with one of the few
characters that regular expressions match case-insensitively to an ASCII letter, such as the
Kelvin sign, is always a candidate). Opt-in types that read other words (quantulum3's
`quantity`) turn the prefilter off. `tests/test_prefilter_archive.py` runs the shared archive
both ways and compares the records byte for byte.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from pipeline.nlp.rules import Rules, compiled_from_rules

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.vocab import Vocab

# module switch, for the tests that run the pipeline both ways
ENABLED = True

PLACEHOLDER = "x"
# components that read more than these triggers: with one of them, nothing is masked
NEEDS_EVERY_PARAGRAPH = frozenset({"speechfacts_quantity"})

_LETTER_RUN = re.compile(r"[^\W\d_]+")
_DIGIT = re.compile(r"\d")
# characters that Python's case-insensitive matching takes for an ASCII letter (long s, Kelvin
# sign, dotted and dotless i), which neither lower() nor casefold() always turns into one
_ASCII_LOOKALIKES = frozenset("\u017f\u212a\u0130\u0131")


@compiled_from_rules
def number_trigger_words(ruleset: Rules) -> frozenset[str]:
    """The lower-case letter runs of the number words, fractions and scale words of `ruleset` (a
    scale word after "a" is a number: "a million")."""
    from pipeline.nlp import numbers

    small, hundred, scales = numbers._tables(ruleset)
    return _letter_runs({*small, *hundred, *scales, *numbers._fractions(ruleset)})


@compiled_from_rules
def event_trigger_words(ruleset: Rules) -> frozenset[str]:
    """The lower-case letter runs of the first words of the event heads of `ruleset` and of its
    anniversary words."""
    from pipeline.nlp.event_names import grammar

    g = grammar(ruleset)
    return _letter_runs({*g.head_first_words, *g.anniversary_words})


def _letter_runs(words: Iterable[str]) -> frozenset[str]:
    runs: set[str] = set()
    for word in words:
        runs.update(_LETTER_RUN.findall(word.lower()))
    return frozenset(runs)


def trigger_words(nlp: Language) -> frozenset[str]:
    """The lower-case words that can start a fact in `nlp`: the number words of every component
    that reads numbers.json and the event words of every component that reads events.json, each
    under that component's own rules (a saved pipeline with more event heads masks less)."""
    from pipeline.nlp.base import RuleComponent

    sources: dict[tuple, None] = {}  # (function, rules), distinct, in pipeline order
    for _, component in nlp.components:
        if isinstance(component, RuleComponent):
            if "numbers" in component.rule_files:
                sources[(number_trigger_words, component.rules)] = None
            if "events" in component.rule_files:
                sources[(event_trigger_words, component.rules)] = None
    if not sources:
        return frozenset()
    pairs = tuple(sources)
    # called once per document: the union is computed once per set of rules
    return pairs[0][1].compiled(_union, pairs)


def _union(ruleset: Rules, *pairs: tuple) -> frozenset[str]:
    return frozenset().union(*(words(rules) for words, rules in pairs))


def is_candidate(paragraph: str, words: frozenset[str]) -> bool:
    """True when `paragraph` may hold a fact that starts from one of `words` or from a digit (see
    the module docstring)."""
    if _DIGIT.search(paragraph):
        return True
    lowered = paragraph.lower()
    if not words.isdisjoint(_LETTER_RUN.findall(lowered)):
        return True
    if not paragraph.isascii():
        if not _ASCII_LOOKALIKES.isdisjoint(paragraph):
            return True
        folded = paragraph.casefold()
        if folded != lowered and not words.isdisjoint(_LETTER_RUN.findall(folded)):
            return True
    return False


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
    prefilter is off or one of nlp's components needs every paragraph."""
    if not ENABLED or not NEEDS_EVERY_PARAGRAPH.isdisjoint(nlp.pipe_names):
        return separator.join(paragraphs)
    _hold_placeholders(nlp.vocab)
    words = trigger_words(nlp)
    return separator.join(p if is_candidate(p, words) else _masked(p) for p in paragraphs)
