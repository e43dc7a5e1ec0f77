"""Tokenising without quadratic corners: whitespace-free runs of LONG_RUN characters or more are cut
into tokens of LONG_RUN characters instead of going through spaCy's tokenizer.

spaCy's tokenizer strips prefixes and suffixes from a token one at a time, searching the rest of
the token each time, so a token of n punctuation characters ('"' * n, "$" * n, "(" * n) costs
O(n^2): 4,000 characters take a second, a megabyte would take days. No real token is that long
(the longest URLs in the kremlin.ru archive have about 100 characters), so the runs are cut
before spaCy sees them; the rest of the text is tokenised as usual and the Doc's text is
unchanged, character for character, so every offset stays valid.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.nlp.prefilter import Spans

LONG_RUN = 300
_LONG = re.compile(rf"(?<!\S)\S{{{LONG_RUN},}}")


def _extend(nlp: Language, text: str, words: list[str], spaces: list[bool]) -> None:
    if text:
        for token in nlp.make_doc(text):
            words.append(token.text)
            spaces.append(bool(token.whitespace_))


def _may_run_long(text: str, start: int, end: int) -> bool:
    """False when every LONG_RUN characters of text[start:end] in a row hold a space, so that
    _LONG cannot match there (its run holds no white space); True when some do not (then the
    regex tells). A few jumps of up to LONG_RUN characters, each to the last space in reach,
    instead of the regex's test at every word."""
    at = start
    while end - at >= LONG_RUN:
        space = text.rfind(" ", at, at + LONG_RUN)
        if space < 0:
            return True
        at = space + 1
    return False


def make_doc(nlp: Language, text: str, kept: Spans | None = None) -> Doc:
    """`nlp.make_doc(text)`, except that long whitespace-free runs become LONG_RUN-character
    tokens (see the module docstring). The Doc's text equals `text`. kept: the spans of `text`
    the paragraph prefilter left as they were (`pipeline.nlp.prefilter.masked_text`), the only
    ones that may hold such a run (a masked paragraph's words are at most 128 characters long;
    paragraphs are parted by white space, so no run crosses a span's ends)."""
    spans = ((0, len(text)),) if kept is None else kept
    long = any(
        _may_run_long(text, start, end) and _LONG.search(text, start, end) is not None
        for start, end in spans
    )
    if not long:
        return nlp.make_doc(text)
    words: list[str] = []
    spaces: list[bool] = []
    pos = 0
    for match in _LONG.finditer(text):
        _extend(nlp, text[pos : match.start()], words, spaces)
        run = match.group()
        for i in range(0, len(run), LONG_RUN):
            words.append(run[i : i + LONG_RUN])
            spaces.append(False)
        pos = match.end()
        if text.startswith(" ", pos):  # one space after a token is its whitespace, as in spaCy
            spaces[-1] = True
            pos += 1
    _extend(nlp, text[pos:], words, spaces)
    return Doc(nlp.vocab, words=words, spaces=spaces)
