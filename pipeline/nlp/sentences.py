"""Sentence boundaries beyond spaCy's sentencizer, which only knows punctuation:

- `speechfacts_paragraph_starts`: a sentence starts at every paragraph and every speaker turn, so
  that no sentence crosses one (a heading or a date line without a full stop would otherwise run
  into the next paragraph, and a figure take its year from it; an answer take a year from the
  question before it).
- `speechfacts_abbreviation_joins`: no sentence starts right after an abbreviation's full stop
  ("Order No. 354", "[ca. $5 million]", "transport, etc. were discussed"), nor after a "!" or "?"
  that ends a name or quotation before a lower-case word ("the Welcome Home! festival"), where
  the sentencizer starts one (`models/rules/sentences.json`);
- `speechfacts_sentence_cap`: a sentence longer than MAX_SENTENCE_TOKENS tokens is cut into
  pieces of PIECE_TOKENS tokens.

The cap:

Runs right after spaCy's sentencizer. Much of the per-fact work is proportional to the length of
the fact's sentence (spaCy's `Span.sent`, the period and subject rules, the `sentence` field of
every record), so a megabyte "sentence" without a full stop ("$1 $1 $1 ...") would cost
O(facts x sentence) = quadratic time and output. Real sentences are far shorter (a few dozen
tokens; the longest in the kremlin.ru archive have under 300), so the cap changes nothing on
real text and keeps the work linear on any text. A longer "sentence" is not prose (a table, a
list, a pathological input), so its pieces are short: the work per figure stays small.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import numpy
from spacy.attrs import IDX, IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.nlp.base import RULES_CONFIG, RuleComponent
from pipeline.nlp.extensions import ExtensionNames, doc_text
from pipeline.nlp.rules import RuleError, Rules, compiled_from_rules

# paragraphs are joined by blank lines (pipeline.speech.PARAGRAPH_SEPARATOR) and hold no line
# break of their own, so a line break always ends a paragraph
_PARAGRAPH_BREAK = re.compile(r"\n\s*")


def _write_sent_starts(doc: Doc, values: numpy.ndarray) -> None:
    """Set the Doc's sentence starts from `values` (1 a start, -1 not, 0 unknown; signed)."""
    # spaCy's arrays are unsigned: -1 ("not a start") is stored as its two's complement
    doc.from_array([SENT_START], values.astype(numpy.uint64).reshape(-1, 1))


class ParagraphStarts:
    """Force a sentence start at the first word of every paragraph and speaker turn; the blank
    lines between paragraphs stay with the sentence before them."""

    def __init__(self, nlp: Language, name: str, extension_names: dict[str, str] | None = None):
        self.name = name
        self.names = ExtensionNames.from_config(extension_names)

    def __call__(self, doc: Doc) -> Doc:
        if not doc.has_annotation("SENT_START") or len(doc) < 2:
            return doc
        text = doc_text(doc)
        chars = {m.end() for m in _PARAGRAPH_BREAK.finditer(text)}
        chars.update(start for start, _, _ in self.names.context(doc, "turns") or [])
        if not chars:
            return doc
        # through arrays, once: setting Token.is_sent_start checks the whole Doc each time
        arrays = doc.to_array([SENT_START, IDX, IS_SPACE]).astype(numpy.int64)
        values = arrays[:, 0].copy()
        # the token at or after each char, all at once; the white space flags as a list (a
        # numpy scalar read per token costs more than the test)
        firsts = numpy.searchsorted(arrays[:, 1], sorted(chars)).tolist()
        spaces = arrays[:, 2].tolist()
        count = len(doc)
        for i in firsts:
            j = i
            while j < count and spaces[j]:
                j += 1
            if j >= count or j == 0:
                continue
            values[j] = 1
            for k in range(max(i - 1, 1), j):
                if spaces[k]:
                    values[k] = -1  # white space is never a sentence of its own
        _write_sent_starts(doc, values)
        return doc


@Language.factory("speechfacts_paragraph_starts", default_config={"extension_names": {}})
def make_paragraph_starts(
    nlp: Language, name: str, extension_names: dict[str, str]
) -> ParagraphStarts:
    return ParagraphStarts(nlp, name, extension_names)


# a full stop, closing brackets or commas the sentencizer keeps with it ("etc.), and", "etc.,
# which"), spaces on the same line (a line break always starts a paragraph, and so a sentence),
# then what one of the lists allows: a digit or currency sign, or a lower-case letter. A literal
# first character: the search skips ahead to full stops, which makes it quick.
_CANDIDATE = re.compile(r"\.[,;)\]]*[^\S\n]+(?=[\d$€£¥a-z])")
_LISTS = ("before_numbers", "before_lowercase")


class Joins(NamedTuple):
    """What `sentences.json` says of sentence starts to remove (`abbreviation_joins`)."""

    numbers: frozenset[str]  # abbreviations before a number
    lowercase: frozenset[str]  # abbreviations before a lower-case word
    marks: tuple[re.Pattern, ...]  # a mark of `marks_before_lowercase`, before a lower-case word


@compiled_from_rules
def abbreviation_joins(ruleset: Rules) -> Joins:
    """The abbreviations of `sentences.json` (before a number, before a lower-case word), each
    letters alone, as it is read back from its full stop over letters; and the marks after which
    a lower-case word goes on the sentence, a pattern each."""
    data = ruleset.get("sentences", required=_LISTS)
    for key in _LISTS:
        for word in data[key]:
            if not word.isalpha():
                raise RuleError(f"sentences.json: {key}: {word!r} is not a word of letters alone")
    # one pattern a mark: a literal first character lets the regex engine skip ahead to it
    # (a set of characters first does not: ten times slower on the archive's text); then closing
    # quotation marks, brackets or commas, and spaces on the same line
    marks = tuple(
        re.compile(re.escape(mark) + r"[,;)\]”\"’']*[^\S\n]+(?=[a-z])")
        for mark in dict.fromkeys(data.get("marks_before_lowercase", []))
        if mark
    )
    return Joins(frozenset(data["before_numbers"]), frozenset(data["before_lowercase"]), marks)


def marked_starts(text: str, marks: tuple[re.Pattern, ...]) -> list[int]:
    """Where in `text` no sentence may start: before a lower-case letter after a mark of
    `marks_before_lowercase` ("the Welcome Home! festival")."""
    return [match.end() for pattern in marks for match in pattern.finditer(text)]


def joined_starts(text: str, numbers: frozenset[str], lowercase: frozenset[str]) -> list[int]:
    """Where in `text` no sentence may start: right after an abbreviation of `numbers` and its
    full stop and spaces, before a digit or currency sign, or of `lowercase` before a lower-case
    letter. The abbreviation is a whole word: no letter, digit, "_" or full stop before it."""
    found = []
    for match in _CANDIDATE.finditer(text):
        dot = match.start()
        first = dot
        while first > 0 and text[first - 1].isalpha():
            first -= 1
        if first == dot or (first > 0 and (text[first - 1].isalnum() or text[first - 1] in "_.")):
            continue
        wanted = lowercase if "a" <= text[match.end()] <= "z" else numbers
        if text[first:dot] in wanted:
            found.append(match.end())
    return found


class AbbreviationJoins(RuleComponent):
    """Remove the sentence starts spaCy's sentencizer puts after an abbreviation's full stop
    ("Order No." | "354 was signed") and after a "!" or "?" ending a name before a lower-case
    word ("the Welcome Home!" | "festival"), so that a figure, its sentence and the words around
    it are read as one sentence; runs right after the sentencizer (sentence starts forced at
    paragraphs and turns come after it and are kept)."""

    rule_files = ("sentences",)
    load_checks = (abbreviation_joins,)

    def annotate(self, doc: Doc) -> Doc:
        if len(doc) < 2 or not doc.has_annotation("SENT_START"):
            return doc
        # the real text (a masked paragraph has no token where a match ends: left alone)
        joins = abbreviation_joins(self.rules)
        text = doc_text(doc)
        ends = sorted(
            joined_starts(text, joins.numbers, joins.lowercase) + marked_starts(text, joins.marks)
        )
        if not ends:
            return doc
        arrays = doc.to_array([SENT_START, IDX, IS_SPACE]).astype(numpy.int64)
        values = arrays[:, 0].copy()
        firsts = numpy.searchsorted(arrays[:, 1], ends).tolist()
        spaces = arrays[:, 2].tolist()
        changed = False
        for at, i in zip(ends, firsts, strict=True):
            if i >= len(doc) or arrays[i, 1] != at:
                continue
            # a second space, a tab or a no-break space after the full stop is a white-space
            # token of its own, and the sentencizer starts the sentence on it, not on the word
            first = i
            while first > 0 and spaces[first - 1]:
                first -= 1
            for j in range(first, i + 1):
                if values[j] == 1:
                    values[j] = -1
                    changed = True
        if changed:
            _write_sent_starts(doc, values)
        return doc


@Language.factory(
    "speechfacts_abbreviation_joins",
    default_config=RULES_CONFIG,
    assigns=["token.is_sent_start"],
    requires=["token.is_sent_start"],
)
def make_abbreviation_joins(
    nlp: Language, name: str, rules_dir: str | None, extension_names: dict[str, str]
) -> AbbreviationJoins:
    return AbbreviationJoins(nlp, name, rules_dir, extension_names)


MAX_SENTENCE_TOKENS = 512
PIECE_TOKENS = 64


class SentenceCap:
    def __init__(
        self,
        nlp: Language,
        name: str,
        max_tokens: int = MAX_SENTENCE_TOKENS,
        piece_tokens: int = PIECE_TOKENS,
    ):
        self.name = name
        self.max_tokens = max_tokens
        self.piece_tokens = piece_tokens

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) <= self.max_tokens or not doc.has_annotation("SENT_START"):
            return doc
        # through the SENT_START array: setting Token.is_sent_start makes spaCy check the whole
        # Doc for a parse each time, which is quadratic over a long "sentence"
        values = doc.to_array([SENT_START])  # 1 where a sentence starts
        starts = numpy.flatnonzero(values == 1).tolist() + [len(doc)]
        cut = False
        for start, end in zip(starts, starts[1:], strict=False):
            if end - start > self.max_tokens:
                values[start + self.piece_tokens : end : self.piece_tokens] = 1
                cut = True
        if cut:
            doc.from_array([SENT_START], values)
        return doc


@Language.factory(
    "speechfacts_sentence_cap",
    default_config={"max_tokens": MAX_SENTENCE_TOKENS, "piece_tokens": PIECE_TOKENS},
)
def make_sentence_cap(nlp: Language, name: str, max_tokens: int, piece_tokens: int) -> SentenceCap:
    return SentenceCap(nlp, name, max_tokens, piece_tokens)
