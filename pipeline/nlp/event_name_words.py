"""The word and span primitives that the event-name grammar (`event_names`) and its
special name kinds share: white space inside a line, the next word, the word before an
offset, a sentence's start, an event record of a span, and literal matches of a word
outside kept spans. Moved from `event_names` (issue 12, round 12split-names) so that the
modules of special kinds can use them without importing `event_names`; the helpers come
from the grammar's first rounds, `word_before` from issue 19.
"""

from __future__ import annotations

import functools
import os
import re
from bisect import bisect_right
from collections.abc import Iterator

from pipeline.nlp.prefilter import Spans

_NEXT_WORD = re.compile(r"[^\S\n]+([A-Za-z]+)\b")
_SP = r"[^\S\n]+"  # white space inside a line: a name never runs across paragraphs
_SENTENCE_END = re.compile(r"(?:^|[.!?:;\n])[\s\"“”'‘’(]*$")
# where a sentence ends inside the text: its closing mark (with closing quotes or a bracket) and
# the spaces after it on its line, or a line break; read in the text itself, where a paragraph
# the prefilter masks is one sentence of the Doc
SENTENCE_BREAK = re.compile(r"[.!?…][”’\"')]*[^\S\n]+|\n")


def _is_sentence_initial(text: str, index: int) -> bool:
    return bool(_SENTENCE_END.search(text[max(0, index - 6) : index]))


def _span_event(text: str, start: int, end: int, kind: str) -> dict:
    """The event named by `text[start:end]`, of `kind`, as `find_events` lists it."""
    return {"start": start, "end": end, "name": text[start:end], "kind": kind}


def _literal_matches(
    pattern: re.Pattern, text: str, words: tuple[str, ...], kept: Spans | None
) -> list[re.Match]:
    """The matches `pattern.finditer(text)` gives (only those starting inside a span of `kept`,
    when given), for a pattern whose matches start with one of `words` written as they are:
    tried only where one is written (`str.find`), not at every character."""
    shared = _shared_start(words)
    if len(shared) > 1 and shared not in text:
        return []  # "WW" of "WWII" and "WW2", found in no page: one scan, not one per word
    if kept is not None and not written_in_kept(text, words, kept):
        return []  # every match kept starts with a word written inside a span: none is
    starts = sorted({i for w in words for i in _find_all(text, w)})
    found: list[re.Match] = []
    end = 0
    for i in starts:
        if i < end:
            continue  # inside the last match, as `finditer` goes on after it
        m = pattern.match(text, i)
        if m:
            end = m.end()
            if kept is None or _inside(kept, i):
                found.append(m)
    return found


def written_in_kept(text: str, words: tuple[str, ...], kept: Spans, reach: int = 0) -> bool:
    """Whether one of `words` is written in `text` starting inside a span of `kept` or less than
    `reach` characters after a span's end (the word may run on past the span). A finder whose
    matches kept each start at such a word (or within `reach` before it) finds nothing when this
    is False: it is asked first, and the masked paragraphs, most of a long page, are not
    searched for each word."""
    for start, end in kept:
        stop = end + reach
        for word in words:
            if text.find(word, start, stop + len(word) - 1) >= 0:
                return True
    return False


@functools.lru_cache(maxsize=64)
def _shared_start(words: tuple[str, ...]) -> str:
    """The longest start all of `words` share ("" for none)."""
    return os.path.commonprefix(list(words)) if words else ""


def _find_all(text: str, word: str) -> Iterator[int]:
    i = text.find(word)
    while i >= 0:
        yield i
        i = text.find(word, i + 1)


def _inside(spans: Spans, index: int) -> bool:
    """Whether `index` lies inside one of the sorted (start, end) `spans`."""
    k = bisect_right(spans, (index, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= index < spans[k][1]


def _start_of_word_before(text: str, index: int) -> int:
    m = re.search(r"([\w’'-]+)[ \t]+$", text[max(0, index - 40) : index])
    return max(0, index - 40) + m.start(1) if m else index


def word_before(text: str, index: int) -> str:
    r"""The word right before `index` (only spaces in between), or "": what
    `re.search(r"([\w’'-]+)[ \t]+$", text[index - 40 : index])` finds, read from the end
    (issue 19: the pattern was tried at each character of the window, each run of word
    characters read again from each of its characters). `\w` is `str.isalnum` or "_"."""
    window = text[max(0, index - 40) : index]
    if window.endswith("\n"):
        window = window[:-1]  # `$` matches before a last newline too
    stripped = window.rstrip(" \t")
    if len(stripped) == len(window):
        return ""
    i = len(stripped)
    while i and (stripped[i - 1].isalnum() or stripped[i - 1] in _WORD_BEFORE_MARKS):
        i -= 1
    return stripped[i:]


_WORD_BEFORE_MARKS = frozenset("_’'-")  # the characters of a word besides `str.isalnum`
