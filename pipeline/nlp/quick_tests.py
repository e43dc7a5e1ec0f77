"""Quick tests before a regex scan (issue 19): what every match of a pattern must hold, read
from the pattern itself, tested before the pattern is run over a text.

Most of the event component's patterns begin with a word bound and an alternation, which
Python's regex engine tries at every character of the text; a literal word the pattern cannot
match without (a month's name in a date, "sidelines" in "on the sidelines of this summit"), or
a digit, is found by one scan for literal words, far faster. The tests are exact: a pattern
is skipped only where some text every match of it must contain is absent, so the matches are
the pattern's own wherever it runs.

What a pattern requires is read from its parsed form (`re._parser`), soundly: a run of
literal characters outside any optional part, a group or a repeat of at least one that
requires something, an alternation each of whose branches requires a word (one of a word
of each branch then), a digit (`\\d`, a range of digits, a digit written out). Look-arounds
are not read: what they see may lie outside the scanned span. Where the pattern ignores
case, only words of ASCII characters are used, looked for in the text's UTF-8 bytes with
their ASCII letters lowercased: re.IGNORECASE matches an ASCII letter to no other
characters than its case pair and the four of `_FOLDS_TO_ASCII`, and a text holding one of
those is always scanned.
"""

from __future__ import annotations

import itertools
import math
import re
from re import _constants as _c
from re import _parser

__all__ = ["QuickText", "may_match", "requirements"]

# the characters outside ASCII that re.IGNORECASE matches to an ASCII letter (dotted and
# dotless i, long s, the Kelvin sign): tests/nlp/test_quick_tests.py checks every code point
_FOLDS_TO_ASCII = "\u0130\u0131\u017f\u212a"
_DIGIT = re.compile(r"\d")
_ASCII_DIGITS = frozenset(map(ord, "0123456789"))
_DIGIT_REQUIREMENT = ("digit",)
_SCAN = object()  # a lowercased span that cannot be used

# a requirement: ("digit",) or ("words", words, ignore_case): one of `words` is written in the
# text (lowercased ones, in the lowercased text, when `ignore_case`); one object per distinct
# requirement (`_interned`), so that a text's answers are kept by identity
Requirement = tuple

_interned: dict[Requirement, Requirement] = {}
# id(pattern) -> (pattern, its requirements): keyed by identity (a Pattern's hash reads its
# whole compiled code), the pattern kept so that its id is not reused
_cache: dict[int, tuple[re.Pattern, tuple[Requirement, ...]]] = {}


def requirements(pattern: re.Pattern) -> tuple[Requirement, ...]:
    """What every match of `pattern` holds (all of them), read once per pattern."""
    entry = _cache.get(id(pattern))
    if entry is None:
        reqs = tuple(_interned.setdefault(r, r) for r in _read(pattern))
        for req in reqs:
            if req[0] == "words" and id(req) not in _finders:
                # one scan for all the words, longest first (a scan of the lowercased text
                # when case is ignored)
                words = sorted(req[1], key=lambda w: (-len(w), w))
                if req[2]:  # looked for in the text's UTF-8 bytes, ASCII letters lowercased
                    encoded = [re.escape(w.encode("utf-8")) for w in words]
                    _finders[id(req)] = re.compile(b"|".join(encoded))
                else:
                    _finders[id(req)] = re.compile("|".join(map(re.escape, words)))
        entry = _cache[id(pattern)] = (pattern, reqs)
    return entry[1]


_finders: dict[int, re.Pattern] = {}  # id(requirement) -> the pattern of its words
_KEPT = 2  # the requirements kept of a pattern: each costs a scan of the text


def _read(pattern: re.Pattern) -> tuple[Requirement, ...]:
    if not isinstance(pattern.pattern, str):
        return ()
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # a form this reader does not know: no quick test
        return ()
    flags = parsed.state.flags
    reqs = list(dict.fromkeys(_sequence(parsed.data, flags)))
    # the most telling: the longest shortest word (a digit counts as four letters), then the
    # fewest words; then tested the cheapest first: a digit, then words as written
    reqs.sort(key=lambda r: (-_strength(r), len(r) > 1 and len(r[1])))
    kept = reqs[:_KEPT]
    return tuple(sorted(kept, key=lambda r: (r[0] != "digit", len(r) > 2 and r[2])))


def _strength(req: Requirement) -> int:
    return 4 if req[0] == "digit" else min(map(len, req[1]))


def _ignore_case(flags: int) -> bool:
    return bool(flags & re.IGNORECASE)


def _sequence(items, flags: int) -> list[Requirement]:
    """The requirements of a sequence of parsed items: each item's, and each run of literal
    characters as a word."""
    reqs: list[Requirement] = []
    run: list[int] = []

    def close_run():
        if len(run) >= 2:
            req = _word_requirement(["".join(map(chr, run))], _ignore_case(flags))
            if req is not None:
                reqs.append(req)
        run.clear()

    for op, av in items:
        if op is _c.LITERAL:
            run.append(av)
            if av in _ASCII_DIGITS:
                reqs.append(_DIGIT_REQUIREMENT)
            continue
        close_run()
        reqs.extend(_item(op, av, flags))
    close_run()
    return reqs


def _word_requirement(words, ignore_case: bool) -> Requirement | None:
    if ignore_case:
        if not all(w.isascii() for w in words):
            return None  # a non-ASCII letter may match others whose lowercase differs
        return ("words", tuple(sorted({w.lower() for w in words})), True)
    return ("words", tuple(sorted(set(words))), False)


def _item(op, av, flags: int) -> list[Requirement]:
    if op is _c.SUBPATTERN:
        _, add_flags, del_flags, sub = av
        return _sequence(sub.data, (flags | add_flags) & ~del_flags)
    if op is _c.ATOMIC_GROUP:
        return _sequence(av.data, flags)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, _, sub = av
        return _sequence(sub.data, flags) if low >= 1 else []
    if op is _c.IN:
        return [_DIGIT_REQUIREMENT] if _digits_only(av) else []
    if op is _c.BRANCH:
        return _branch(av[1], flags)
    return []  # look-arounds, bounds, classes, back references: nothing required


def _digits_only(items) -> bool:
    """Whether a character class holds digits only (`\\d`, `[0-9]`, ...)."""
    for op, av in items:
        if op is _c.CATEGORY and av is _c.CATEGORY_DIGIT:
            continue
        if op is _c.RANGE and av[0] in _ASCII_DIGITS and av[1] in _ASCII_DIGITS:
            continue
        if op is _c.LITERAL and av in _ASCII_DIGITS:
            continue
        return False
    return bool(items)


def _branch(alternatives, flags: int) -> list[Requirement]:
    """An alternation requires a digit when each branch requires one; and, when each branch
    requires words, one of a word of each branch: for branches A (A1 and A2) and B (B1 and
    B2), A1 or B1, A1 or B2, A2 or B1, A2 or B2 (all of them while they are few, else the
    branches' longest words)."""
    per_branch = [_sequence(alt.data, flags) for alt in alternatives]
    if not per_branch:
        return []
    if all(_DIGIT_REQUIREMENT in reqs for reqs in per_branch):
        return [_DIGIT_REQUIREMENT]
    options = [list(dict.fromkeys(r for r in reqs if r[0] == "words")) for reqs in per_branch]
    if not all(options):
        return []
    if math.prod(len(o) for o in options) <= _MAX_COMBINATIONS:
        combinations = itertools.product(*options)
    else:  # each branch's most telling requirement: its longest shortest word
        combinations = [tuple(max(reversed(o), key=_strength) for o in options)]
    found = []
    for combination in combinations:
        words = {w for r in combination for w in r[1]}
        if any(r[2] for r in combination):
            # a word written as it is is also in the lowercased text, when it is ASCII
            if not all(w.isascii() for w in words):
                continue
            found.append(("words", tuple(sorted({w.lower() for w in words})), True))
        else:
            found.append(("words", tuple(sorted(words)), False))
    return found


_MAX_COMBINATIONS = 16


class QuickText:
    """A span of a text (as `pattern.finditer(text, pos, endpos)` reads it) and the quick tests
    of patterns over it, each requirement tested once for all the patterns asked about."""

    __slots__ = ("text", "pos", "endpos", "_lower", "_known")

    def __init__(self, text: str, pos: int = 0, endpos: int | None = None):
        self.text = text
        self.pos = max(0, pos)
        self.endpos = len(text) if endpos is None else max(self.pos, min(endpos, len(text)))
        self._lower: bytes | object | None = None
        self._known: dict[int, bool] = {}

    def may(self, pattern: re.Pattern) -> bool:
        """False only where `pattern` has no match in the span."""
        entry = _cache.get(id(pattern))
        reqs = entry[1] if entry is not None else requirements(pattern)
        known = self._known
        for req in reqs:
            holds = known.get(id(req))
            if holds is None:
                holds = known[id(req)] = self._holds(req)
            if not holds:
                return False
        return True

    def _holds(self, req: Requirement) -> bool:
        if req[0] == "digit":
            return _DIGIT.search(self.text, self.pos, self.endpos) is not None
        finder = _finders[id(req)]
        if not req[2]:
            return finder.search(self.text, self.pos, self.endpos) is not None
        if self._lower is None:
            self._lower = _lowered(self.text[self.pos : self.endpos])
        lower = self._lower
        return lower is _SCAN or finder.search(lower) is not None


def _lowered(span: str) -> bytes | object:
    """`span` as UTF-8 with its ASCII letters lowercased (`bytes.lower`, which leaves the bytes
    of other characters as they are, far faster than `str.lower` on a text with some): where
    an ASCII word is written in any case, its lowercase bytes are. `_SCAN` for a span with one
    of `_FOLDS_TO_ASCII`, whose case pairs are ASCII letters."""
    if not span.isascii() and any(map(span.__contains__, _FOLDS_TO_ASCII)):
        return _SCAN
    return span.encode("utf-8", "surrogatepass").lower()


def may_match(pattern: re.Pattern, text: str, pos: int = 0, endpos: int | None = None) -> bool:
    """False only where `pattern.search(text, pos, endpos)` finds nothing."""
    reqs = requirements(pattern)
    if not reqs:
        return True
    return QuickText(text, pos, endpos).may(pattern)
