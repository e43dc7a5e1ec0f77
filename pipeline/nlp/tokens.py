"""Tokenising without quadratic corners: whitespace-free runs of LONG_RUN characters or more are cut
into tokens of LONG_RUN characters instead of going through spaCy's tokenizer.

spaCy's tokenizer strips prefixes and suffixes from a token one at a time, searching the rest of
the token each time, so a token of n punctuation characters ('"' * n, "$" * n, "(" * n) costs
O(n^2): 4,000 characters take a second, a megabyte would take days. No real token is that long
(the longest URLs in the kremlin.ru archive have about 100 characters), so the runs are cut
before spaCy sees them; the rest of the text is tokenised as usual and the Doc's text is
unchanged, character for character, so every offset stays valid.

The tokenizer's affix searches keep their answers (`memoise_affix_searches`): spaCy caches the
tokens of each whitespace-free chunk it has seen, but not the affix searches on the pieces it
cuts them into ("about" of "about," and "(about"), each a search of a regex of some eighty
alternatives at every character of the piece.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.nlp.prefilter import Spans

LONG_RUN = 300
_LONG = re.compile(rf"(?<!\S)\S{{{LONG_RUN},}}")

# how many pieces an affix search keeps its answers for before it forgets them all (about 200
# bytes each: a piece, its match and their place in the dict); 1,000 archive documents bring
# some 14,000 pieces to the suffix search. A match an infix search found counts as one more
# (~130 bytes each): a piece of hyphenated letters ("a-b-c-...") has one for every two
# characters, and 16,384 such pieces of 299 characters would otherwise keep some 300 MB.
AFFIX_MEMO_SIZE = 16_384
# the longest piece whose answer is kept: the longest `make_doc` hands the tokenizer (it cuts
# longer runs), so the runner's pieces are all kept. spaCy searches every shorter rest of a
# whitespace-free run ("((((...x" gives "(((...x", "((...x", ...): a run of 20,000 characters
# that `nlp(text)` reads uncut would otherwise leave 16,384 strings of some 10,000 characters
# each (about 190 MB more peak RSS); now at most some 7 MB a search (22 MB of non-BMP text)
AFFIX_MEMO_MAX_CHARS = LONG_RUN - 1
_NOT_SEARCHED = object()


class AffixMemo:
    """A tokenizer's affix search (`prefix_search`, `suffix_search` or `infix_finditer`: a
    compiled pattern's bound method) that keeps the answer for each string of at most
    AFFIX_MEMO_MAX_CHARS characters it was given, up to AFFIX_MEMO_SIZE strings and infix
    matches, then forgets them all and starts again. The answer is the
    pattern's own (a match or None; for `finditer`, a tuple of the matches, all the tokenizer
    reads of them being `list(...)` or a loop), so the tokens are the same (issue 19: a fifth
    less time in `make_doc` over the archive's prefiltered texts). `pattern` is the pattern's
    source, what spaCy saves of a tokenizer's search (`search.__self__.pattern`): a saved
    tokenizer is the same."""

    __slots__ = ("pattern", "_search", "_many", "_found", "_kept")

    def __init__(self, search, many: bool = False):
        self.pattern = search.__self__.pattern
        self._search = search
        self._many = many
        self._found: dict[str, object] = {}
        self._kept = 0  # the strings in _found and the matches of their answers

    def search(self, string: str):
        """`self._search(string)`, kept (a tuple of the matches for a `finditer`)."""
        found = self._found
        answer = found.get(string, _NOT_SEARCHED)
        if answer is _NOT_SEARCHED:
            answer = self._search(string)
            if self._many:
                answer = tuple(answer)
            if len(string) <= AFFIX_MEMO_MAX_CHARS:
                kept = self._kept + 1 + (len(answer) if self._many else 0)
                if kept > AFFIX_MEMO_SIZE:
                    found.clear()
                    kept -= self._kept
                found[string] = answer
                self._kept = kept
        return answer

    def __reduce__(self):
        # pickled (a tokenizer sent to another process) without the answers kept
        return (AffixMemo, (self._search, self._many))


def memoise_affix_searches(tokenizer) -> None:
    """Give `tokenizer` (a spaCy Tokenizer) an `AffixMemo` for each of its affix searches that
    is a compiled pattern's method and has none yet (setting one clears spaCy's token cache,
    empty on a new tokenizer)."""
    for name, many in (
        ("prefix_search", False),
        ("suffix_search", False),
        ("infix_finditer", True),
    ):
        search = getattr(tokenizer, name)
        owner = getattr(search, "__self__", None)
        if isinstance(owner, re.Pattern):
            setattr(tokenizer, name, AffixMemo(search, many).search)


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
