"""Time words that are no time: "today", "tomorrow", "now" ... written as a word of a name
(issue 12, round dx73). "a photo exhibition “Russia Today”", "the School of Tomorrow lesson":
the word names something, it does not place the event at the page's day (nor keep a date from
it, as a `not_with` word would). `untimed_spans` finds such words, `without_untimed_words`
blanks them (spaces, so that offsets hold) in the text the event dating reads, so that every
step reading a time cue (`doc_date_cues`, `under_way`, the `not_with` lists, temporal's
relative days) sees the same text. events.json's `title_time_words`.

A time word found by `words` does not count where it is
- inside a span of `names` (the event's own name);
- inside quotation marks of `quotes` that close in the same sentence around a title (at most
  `quote_max_words` words, no stop inside: "the “Pine Today” show"; a quoted sentence of
  speech, “We open the forum today.”, keeps its time);
- capitalised right after another word (`temporal`'s title test: "the School of Tomorrow
  lesson"), unless its sentence is written in title case or capitals.
Only where a time word matched is anything more tested.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.nlp.quick_tests import _FOLDS_TO_ASCII
from pipeline.nlp.rules import NEVER_MATCHES, Rules, compiled_from_rules, phrase_alternation
from pipeline.nlp.temporal import inside_a_name

# what ends a sentence: a stop, "!" or "?" before white space (a closing quote may stand
# between), or a line break
_SENTENCE_END = re.compile(r"[.!?][”\"»’']*(?=\s)|\n")
# how far a sentence's start or end, or a quotation's close, is looked for around a time word
_WINDOW = 400


@compiled_from_rules
def _time_word_rules(ruleset: Rules) -> tuple[re.Pattern, tuple[tuple[str, str], ...], int]:
    """(the time words of `title_time_words.words`; its `quotes` as (opening, closing) pairs;
    `quote_max_words`)."""
    rules = ruleset.get("events", required=("heads",)).get("title_time_words", {})
    words = rules.get("words", [])
    pattern = time_words_pattern(words) if words else NEVER_MATCHES
    pairs = tuple((q[0], q[-1]) for q in rules.get("quotes", []) if q.strip())
    return pattern, pairs, int(rules.get("quote_max_words", 0))


def time_words_pattern(words: Iterable[str]) -> re.Pattern:
    """`words` as whole words, case ignored: the matches of
    `\\b(?:phrase_alternation(words))\\b` with `re.IGNORECASE`, found faster (issue 19: the
    pattern reads every page's text).

    Python's regex engine skips ahead to a character of a set only where a pattern begins with
    the set and ignores no case; a pattern that begins with a word bound tries every character.
    So the first letter is matched by a set of the characters it matches with case ignored
    (`_first_letter_class`), the word bound before it is a look-behind (no word character
    before that letter: a word bound, as the letter is a word character), and each word's rest
    follows, case ignored, only after a first letter of its own (a look-behind), in
    `phrase_alternation`'s order. The first letters of different words being the same letter
    or told apart whatever the case, the match at each place is the one the plain pattern
    finds. Where a word does not begin with an ASCII letter, the plain pattern."""
    items = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    if not items or not all(w[0].isascii() and w[0].isalpha() for w in items):
        return re.compile(rf"\b{phrase_alternation(items)}\b", re.IGNORECASE)
    # the rests of the words by their first letter, lowercased, in `phrase_alternation`'s order
    rests: dict[str, list[str]] = {}
    for w in items:
        rests.setdefault(w[0].lower(), []).append(re.escape(w[1:]).replace("\\ ", r"\s+"))
    branches = [
        f"(?<=[{_first_letter_class(first)}])(?i:{'|'.join(rest)})" for first, rest in rests.items()
    ]
    firsts = "".join(_first_letter_class(first) for first in rests)
    return re.compile(rf"[{firsts}](?<!\w.)(?:{'|'.join(branches)})\b")


def _first_letter_class(letter: str) -> str:
    """The characters that `letter` (an ASCII letter) matches with re.IGNORECASE, for a
    character set: its two cases and those of `quick_tests._FOLDS_TO_ASCII` that fold to it
    (the long s to "s", the Kelvin sign to "k", the dotted and dotless i to "i")."""
    candidates = {letter.lower(), letter.upper(), *_FOLDS_TO_ASCII}
    found = (c for c in candidates if re.fullmatch(re.escape(letter), c, re.IGNORECASE))
    return "".join(sorted(found))


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The start and end of the sentence around text[start:end] (within `_WINDOW` characters)."""
    lo = max(0, start - _WINDOW)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
    lo = ends[-1] if ends else lo
    after = _SENTENCE_END.search(text, end, min(len(text), end + _WINDOW))
    return lo, after.start() if after else min(len(text), end + _WINDOW)


def _quoted_title(
    text: str, start: int, end: int, lo: int, hi: int, pairs: tuple, max_words: int
) -> bool:
    """Whether text[start:end] is inside quotation marks of `pairs` that open and close within
    text[lo:hi] (its sentence) around at most `max_words` words with no stop inside."""
    before = text[lo:start]
    for opening, closing in pairs:
        if opening == closing:  # '"': inside when an odd number of them stand before
            if before.count(opening) % 2 == 0:
                continue
        elif opening not in before:
            continue
        i = before.rfind(opening)
        if opening != closing and closing in before[i + 1 :]:
            continue  # closed before the time word
        j = text.find(closing, end, hi + 2)
        if j < 0:
            continue
        inner = text[lo + i + 1 : j]
        if len(inner.split()) <= max_words and not re.search(r"[.!?;:\n]", inner):
            return True
    return False


def untimed_spans(
    ruleset: Rules, text: str, names: Iterable[tuple[int, int]] = ()
) -> list[tuple[int, int]]:
    """The (start, end) in `text` of each time word of `title_time_words` that is no time: in a
    span of `names`, in a quoted title, or capitalised as a title's word (module docstring)."""
    pattern, pairs, max_words = _time_word_rules(ruleset)
    names = tuple(names)
    out = []
    for m in pattern.finditer(text):
        s, e = m.start(), m.end()
        if any(a <= s and e <= b for a, b in names):
            out.append((s, e))
            continue
        if not text[s].isupper() and not any(
            text.find(q, max(0, s - _WINDOW), s) >= 0 for q, _ in pairs
        ):
            continue  # neither capitalised nor after a quotation mark: a time (the most)
        lo, hi = _sentence_bounds(text, s, e)
        if inside_a_name(text[lo:hi], s - lo) or (
            pairs and max_words and _quoted_title(text, s, e, lo, hi, pairs, max_words)
        ):
            out.append((s, e))
    return out


def without_untimed_words(ruleset: Rules, text: str, names: Iterable[tuple[int, int]] = ()) -> str:
    """`text` with the time words of `untimed_spans` blanked (spaces: offsets hold)."""
    for s, e in untimed_spans(ruleset, text, names):
        text = text[:s] + " " * (e - s) + text[e:]
    return text
