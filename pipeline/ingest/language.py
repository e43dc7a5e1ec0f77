"""Is a document in English? The rules are English; a text in another language is reported
(error kind `unsupported_language`), never run through them silently.

Two tests, on the first 20,000 characters (rule data: models/rules/language.json): most letters
must be Latin (a Cyrillic, Greek, Arabic... text names its script), and among the lower-case
words a share must be common English words ("the", "of", "and"...), which tells English from
French or German.
Texts too short to judge are taken as English.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pipeline.nlp.rules import installed_rule_data
from pipeline.speech import InputError, Speech

_SAMPLE_CHARS = 20_000
_SAMPLE_WORDS = 3_000
# simple character classes: far faster than a Unicode category ([^\W\d_]) over every text
# runs of Latin letters: the same count as letter by letter, a third of the matches to make
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]+")
# (counted as: ASCII letters in the UTF-8 bytes, with bytes.translate, plus these)
_LATIN_NOT_ASCII = re.compile(r"[\u00c0-\u024f\u1e00-\u1eff]")
_ASCII_LETTERS = bytes(range(ord("A"), ord("Z") + 1)) + bytes(range(ord("a"), ord("z") + 1))
# the letters of the other scripts (and each script's own class, `_script_patterns`) are compiled
# when a text first needs them, one whose ASCII letters alone do not settle the letter tests
# (`_mostly_ascii_letters`: all English pages of the archive but six): their wide ranges (CJK)
# make them the costliest patterns of ingestion to compile, about 5 ms together, which a run over
# English texts need not pay (issue 19, cold start)
_OTHER_SCRIPTS = r"[\u0370-\u03ff\u0400-\u052f\u0530-\u10ff\u3040-\u9fff\uac00-\ud7af]"
# lower-case words only: names and headings are capitalised in any language; a word with an
# accented letter is skipped (it is no English function word anyway)
_WORD = re.compile(r"\b[a-z]+(?:['’][a-z]+)?\b")


@dataclass(frozen=True)
class _Rules:
    function_words: frozenset[str]
    scripts: tuple[tuple[str, str], ...]  # (name, character class), compiled on first need
    min_letters: int
    min_words: int
    min_latin_share: float
    min_function_word_share: float


@cache
def _rules() -> _Rules:
    data = installed_rule_data(
        "language",
        required=(
            "function_words",
            "scripts",
            "min_letters",
            "min_words",
            "min_latin_share",
            "min_function_word_share",
        ),
    )
    scripts = tuple(
        (name, "[" + "".join(ranges) + "]")
        for name, ranges in data["scripts"].items()
        if name != "description"
    )
    return _Rules(
        function_words=frozenset(data["function_words"]["words"]),
        scripts=scripts,
        min_letters=int(data["min_letters"]),
        min_words=int(data["min_words"]),
        min_latin_share=float(data["min_latin_share"]),
        min_function_word_share=float(data["min_function_word_share"]),
    )


@cache
def _other_scripts() -> re.Pattern[str]:
    """The letters of the scripts that are not Latin (Greek, Cyrillic, ... Korean)."""
    return re.compile(_OTHER_SCRIPTS)


@cache
def _script_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(name, pattern) of each script of the rules, in their order."""
    return tuple((name, re.compile(letters)) for name, letters in _rules().scripts)


def function_words() -> frozenset[str]:
    """Common English words (lower case)."""
    return _rules().function_words


def _count(pattern: re.Pattern[str], text: str) -> int:
    return len(text) - len(pattern.sub("", text))


def _count_latin(sample: str) -> int:
    """How many letters of `sample` _LATIN matches. ASCII letters are single bytes in UTF-8 and
    never part of a longer sequence, so they are counted in the bytes (a C loop, where the
    regex makes one match per word); the rest of _LATIN's letters by a regex that rarely
    matches in English text."""
    data = sample.encode("utf-8", "surrogatepass")
    ascii_letters = len(data) - len(data.translate(None, _ASCII_LETTERS))
    return ascii_letters + _count(_LATIN_NOT_ASCII, sample)


def _mostly_ascii_letters(sample: str, r: _Rules) -> bool:
    """Whether the sample's ASCII letters alone show that it passes both letter tests of
    `not_english` (enough letters; a Latin share not below the bound), so that the two regex
    counts need not be made (all English texts of the archive but six).

    Exact: with A the ASCII letters and N the characters that are not ASCII (at most the
    bytes their UTF-8 form adds), Latin letters are at least A and all letters at most A + N
    (the other Latin letters and the other scripts' letters are among those N), so the
    letters are at least A and the share at least A / (A + N)."""
    data = sample.encode("utf-8", "surrogatepass")
    ascii_letters = len(data) - len(data.translate(None, _ASCII_LETTERS))
    not_ascii_at_most = len(data) - len(sample)
    if ascii_letters < r.min_letters:
        return False
    # the share compared as `not_english` compares it (a quotient), for the worst case
    return ascii_letters / (ascii_letters + not_ascii_at_most) >= r.min_latin_share


def not_english(text: str) -> str | None:
    """None for English text (or text too short to tell); else the reason it is not English."""
    r = _rules()
    sample = text[:_SAMPLE_CHARS]
    if _mostly_ascii_letters(sample, r):
        return _function_word_reason(sample, r)
    latin = _count_latin(sample)
    other = _count(_other_scripts(), sample)
    letters = latin + other
    if letters < r.min_letters:
        return None
    if latin / letters < r.min_latin_share:
        counts = [(_count(pattern, sample), name) for name, pattern in _script_patterns()]
        top, script = max(counts)
        return (
            f"the text is in {script} script ({top / letters:.0%} of its letters), not English; "
            "the extraction rules read English only"
        )
    return _function_word_reason(sample, r)


def _function_word_reason(sample: str, r: _Rules) -> str | None:
    """The function-word test of `not_english`, for a sample whose letters passed."""
    words, hits = _first_words(sample, r)
    if words is None or len(words) < r.min_words:
        return None
    share = hits / len(words)
    if share < r.min_function_word_share:
        return (
            f"the text does not read as English: {share:.0%} of its words are common English "
            f'words ("the", "of", "and"...), where English has about a third; the extraction '
            "rules read English only"
        )
    return None


# the sample's words are read a piece at a time, each piece ending at a space (see _first_words)
_PIECE_CHARS = 4_000


def _first_words(sample: str, r: _Rules) -> tuple[list[str] | None, int]:
    """The first _SAMPLE_WORDS words of `sample` (_WORD's matches) and how many of them are
    function words; (None, 0) when so many of the first ones are function words that the
    share of all of them cannot fall below the bound (the text reads as English).

    The sample is read in pieces, each cut just before a space (the rest of the sample after
    the last): _WORD matches no space, and looks at most one character past a match (\b),
    so the matches of the pieces, one after the other, are the matches of the whole sample.
    A share is hits / words with at most _SAMPLE_WORDS words and at least the hits counted so
    far; once the hits so far make that share reach the bound even over _SAMPLE_WORDS words
    (and there are min_words words), the whole count could only make it larger."""
    words: list[str] = []
    hits = 0
    start = 0
    while start < len(sample) and len(words) < _SAMPLE_WORDS:
        end = sample.find(" ", start + _PIECE_CHARS)
        if end < 0:
            end = len(sample)
        # "’" read as "'" before the words are found, not in each word after: _WORD treats the
        # two alike (either may join two runs of letters; neither is a word character for \b)
        found = _WORD.findall(sample[start:end].replace("’", "'"))
        found = found[: _SAMPLE_WORDS - len(words)]
        words += found
        # counted in C (map over the set's membership test), not in a Python loop per word
        hits += sum(map(r.function_words.__contains__, found))
        if len(words) >= r.min_words and hits / _SAMPLE_WORDS >= r.min_function_word_share:
            return None, 0
        start = end
    return words, hits


def check_language(speech: Speech) -> Speech | InputError:
    """The speech itself when it is English, else an `unsupported_language` error."""
    reason = not_english(speech.text)
    if reason is None:
        return speech
    return InputError(speech.source, "unsupported_language", reason)
