"""The prefilter's fast paths decide as its slow path does: `candidates` against a plain
reading of the module docstring's rules (every paragraph's letter runs found by the regex, each
phrase's words looked for one by one, the neighbours of a paragraph as lists), over invented
paragraphs with the tricky cases (words at a paragraph's edge, digits and letters of other
scripts, currency signs, case folds, curly quotes); and a deliberately wrong fast path is
caught."""

from __future__ import annotations

import random
import re

import pytest

from pipeline.nlp import build_pipeline, prefilter
from pipeline.nlp.prefilter import EventTriggers, Triggers, candidates, triggers


@pytest.fixture(scope="module")
def default_triggers():
    return triggers(build_pipeline())


class _SlowParagraph:
    """A paragraph read by the regex alone: its lower-cased and case-folded letter runs."""

    def __init__(self, text: str, relevant: frozenset[str]):
        self.text = text
        self.lowered = text.lower()
        runs = prefilter._LETTER_RUN.findall(self.lowered)
        folded = prefilter._LETTER_RUN.findall(text.casefold())
        self.hits = relevant.intersection(runs + folded)
        self.lookalike = not prefilter._ASCII_LOOKALIKES.isdisjoint(text)
        self.digit = re.search(r"\d", text) is not None
        self.has_word = self.digit or bool(runs)

    def number(self, t) -> bool:
        return self.digit or not t.numbers.isdisjoint(self.hits)

    def need(self, t, chars) -> bool:
        return not t.needs.isdisjoint(self.hits) or (
            chars is not None and chars.search(self.lowered) is not None
        )

    def head(self, n: int, relevant) -> _SlowParagraph:
        return _SlowParagraph(" ".join(self.text.split(None, n)[:n]), relevant)

    def tail(self, n: int, relevant) -> _SlowParagraph:
        return _SlowParagraph(" ".join(self.text.rsplit(None, n)[-n:]), relevant)


def _slow_event(i, info, after, events) -> bool:
    runs = info[i].hits
    for e in events:
        if not e.words.isdisjoint(runs):
            return True
        if e.acronym is not None and info[i].digit and e.acronym.search(info[i].text):
            return True
        for pattern, written in e.phrases:
            if any(w in info[i].text for w in written) and pattern.search(info[i].text):
                return True
        for first in runs.intersection(e.heads):
            reach = runs.union(*(info[j].hits for j in after[i]))
            if any(head <= reach for head in e.heads[first]):
                return True
    return False


def _slow_candidates(paragraphs: list[str], found: Triggers) -> list[bool]:
    relevant = found.relevant
    info = [_SlowParagraph(p, relevant) for p in paragraphs]
    n = len(paragraphs)
    if any(p.lookalike for p in info):
        return [True] * n
    before: list[list[int]] = []
    chain: list[int] = []
    for i in range(n):
        before.append(chain)
        chain = [i] if info[i].has_word else [*chain, i]
    after: list[list[int]] = [[] for _ in range(n)]
    chain = []
    for i in range(n - 1, -1, -1):
        after[i] = chain
        chain = [i] if info[i].has_word else [i, *chain]
    t = found.numeric
    figure = [False] * n
    if t is not None:
        chars = found.need_chars
        number = [p.number(t) for p in info]
        need = [p.need(t, chars) for p in info]
        figure = [number[i] and need[i] for i in range(n)]
        for i in range(n):
            nxt = after[i][-1] if after[i] else None
            # a qualifier or rate word opening the next paragraph after a figure at the end
            opener = re.match(r"[\s,]*([^\W\d_]+)", paragraphs[nxt]) if nxt is not None else None
            if (
                opener is not None
                and figure[i]
                and not figure[nxt]
                and {opener[1].lower(), opener[1].casefold()} & t.continuations
                and info[i].tail(t.edge, relevant).number(t)
            ):
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
            tail, head = info[i].tail(t.edge, relevant), info[nxt].head(t.edge, relevant)
            if (tail.number(t) and head.need(t, chars)) or (tail.need(t, chars) and head.number(t)):
                for j in (i, *after[i]):
                    figure[j] = True
    flags = [figure[i] or _slow_event(i, info, after, found.events) for i in range(n)]
    if t is None:
        return flags
    look = found.look_back
    for i in range(n):
        if not figure[i] or not before[i]:
            continue
        previous = before[i][0]
        anaphor = look.anaphors is not None and not look.anaphors.isdisjoint(info[i].hits)
        partner = look.partners is not None and not look.partners.isdisjoint(info[previous].hits)
        if anaphor or partner or info[i].head(t.edge, relevant).number(t):
            for j in before[i]:
                flags[j] = True
            if anaphor and before[previous] and look.partners is not None:
                earlier = before[previous][0]
                if not look.partners.isdisjoint(info[earlier].hits):
                    for j in before[previous]:
                        flags[j] = True
    return flags


# invented pieces: trigger words in several cases, digits of other scripts (Arabic-Indic five,
# fullwidth seven, superscript two, which is no \d), letters a fold changes ("ß", "ﬁ"), Cyrillic,
# currency signs, curly quotes and dashes, the phrases' words, white space of several kinds
PIECES = [
    "Trade grew by 5",
    "percent",
    "PERCENT",
    "Per cent",
    "dollars",
    "Dollars.",
    "roubles",
    "\u20ac",
    "\u20bd",
    "$",
    "\uff04",
    "%",
    "\u0665",
    "\uff17",
    "\xb2",
    "twenty",
    "Million",
    "it",
    "It",
    "with",
    "about",
    "countries",
    "member states",
    "World",
    "Cup",
    "summit",
    "Summit-level",
    "anniversary",
    "General",
    "Assembly",
    "Convention",
    "the Day of Lake Unity",
    "Lake Press Day",
    "Bishops\u2019 Council",
    "Bishops' Council",
    "WWII",
    "G-20",
    "the Year of Pine Crafts",
    "years",
    "Operation Pine Storm",
    "defence of Lakeville",
    "naval exercises",
    "MAKS-2019",
    "stra\xdfe",
    "\ufb01ve",
    "\u0434\u043e\u043b\u043b\u0430\u0440",
    "caf\xe9",
    "\u2019",
    "\u2013",
    "\u201cQuoted\u201d",
    "\u2026",
    "\xa0",
    "\t",
    "\u2009",
    ",",
    "-",
    "",
    "nothing",
    "Thank you.",
    "we",
    "met",
    "in",
    "June",
    "and",
]


def _random_paragraphs(rng: random.Random) -> list[str]:
    paragraphs = []
    for _ in range(rng.randint(1, 6)):
        words = [rng.choice(PIECES) for _ in range(rng.randint(0, 9))]
        glue = rng.choice([" ", " ", " ", "", "\xa0"])
        paragraphs.append(glue.join(words))
    return paragraphs


# written cases: figures and heads across a paragraph's edge, with punctuation-only paragraphs
# between, a paragraph that is white space alone, digits and signs of other scripts
EDGES = [
    ["Trade grew by 5", "percent last year."],
    ["Trade grew by 5", "\u2013", "percent last year."],
    ["We will spend 300 billion", "roubles on roads."],
    ["The fund holds about", "$40 billion now."],
    ["We hosted the World", "Cup in the summer."],
    ["We hosted the World", " ", "Cup."],
    ["It grew.", "By \u0665 percent."],
    ["Prices rose by \uff17", "percent."],
    ["Prices rose by \xb2", "percent."],
    ["It cost \uff04", "5 now."],
    ["STRASSE 5", "percent", "stra\xdfe"],
    ["\ufb01ve percent", "of it"],
    ["Talks with Pineland went well.", "It rose by 5 percent."],
    ["We spoke with them.", "Then they met.", "It rose by 5 percent."],
    ["About", "5 percent."],
    ["G-20", "Bishops\u2019 Council", "WWII"],
    ["", "", ""],
    [],
]


def _assert_same(paragraphs, found):
    assert candidates(paragraphs, found) == _slow_candidates(paragraphs, found), paragraphs


@pytest.mark.parametrize("paragraphs", EDGES)
def test_the_fast_paths_decide_written_edges_as_the_slow_path(paragraphs, default_triggers):
    _assert_same(paragraphs, default_triggers)


@pytest.mark.parametrize("seed", range(10))
def test_the_fast_paths_decide_random_paragraphs_as_the_slow_path(seed, default_triggers):
    rng = random.Random(seed)
    for _ in range(300):
        _assert_same(_random_paragraphs(rng), default_triggers)


def test_the_paragraph_fields_are_those_of_the_slow_path(default_triggers):
    found = default_triggers
    rng = random.Random(7)
    texts = [p for _ in range(400) for p in _random_paragraphs(rng)] + PIECES
    for text in texts:
        fast = prefilter._Paragraph(text, found.relevant, found.relevant_bytes)
        slow = _SlowParagraph(text, found.relevant)
        assert fast.hits == slow.hits, repr(text)
        assert (fast.digit, fast.has_word) == (slow.digit, slow.has_word), repr(text)
        assert fast.lookalike == slow.lookalike, repr(text)
        t = found.numeric
        assert fast.need(t, found) == slow.need(t, found.need_chars), repr(text)


def test_plain_text_needs_are_found_in_the_text_as_in_the_lower_cased_text():
    # an upper-case need character never matches lower-cased text; a lower-case letter matches
    # its upper-case form too
    pattern = prefilter._plain_chars_pattern(frozenset({"$", "a", "B"}))
    for text in ["$", "a", "A", "B", "b", "\u20ac", "xyz"]:
        expected = re.search("[$aB]", text.lower()) is not None
        assert (pattern.search(text) is not None) == expected, text
    assert prefilter._plain_chars_pattern(frozenset({"Q"})) is None


def test_neighbours_are_the_chains_of_paragraphs_without_words():
    has_word = [False, True, False, False, True, False]
    before, after = prefilter._neighbours(has_word)
    assert [list(r) for r in before] == [[], [0], [1], [1, 2], [1, 2, 3], [4]]
    assert [list(r) for r in after] == [[1], [2, 3, 4], [3, 4], [4], [5], []]


WRONG = {
    # letter runs not lower-cased: "PERCENT" missed
    "_ASCII_LETTERS_ONLY": bytes(
        c if chr(c).isascii() and chr(c).isalpha() else 9 if chr(c).isdigit() else 32
        for c in range(256)
    ),
    # the digits made tabs, but looked for as another byte: no digit seen
    "_DIGIT_MARK": b"\x00",
}


@pytest.mark.parametrize("name", sorted(WRONG))
def test_a_wrong_fast_path_is_caught(name, default_triggers, monkeypatch):
    monkeypatch.setattr(prefilter, name, WRONG[name])
    cases = [*EDGES, ["Prices rose by 5 PERCENT."], ["Prices rose by 9 PERCENT."]]
    assert any(
        candidates(p, default_triggers) != _slow_candidates(p, default_triggers) for p in cases
    )


def test_the_phrase_words_found_at_once_are_those_found_one_by_one(default_triggers):
    (events,) = default_triggers.events
    assert set(events.written_gated) | set(events.written_plain) == set(events.written)
    rng = random.Random(3)
    texts = [p for _ in range(300) for p in _random_paragraphs(rng)] + PIECES
    texts += [w for w in events.written] + [w[1:] + w[:-1] for w in events.written]
    for text in texts:
        assert events.written_in(text) == {w for w in events.written if w in text}, repr(text)


@pytest.mark.parametrize("left_out", ["gated", "plain"])
def test_a_phrase_word_left_out_of_the_shared_search_is_caught(left_out, default_triggers):
    (events,) = default_triggers.events
    wrong = EventTriggers(events.words, events.heads, events.acronym, events.phrases)
    if left_out == "gated":  # the war abbreviations ("WWII", "WWI", ...)
        paragraphs = ["They fought in WWII."]
        kept = tuple(w for w in events.written_gated if "WW" not in w)
        object.__setattr__(wrong, "written_gated", kept)
    else:  # the exercises' words
        paragraphs = ["The fleet held the Pine Shield 2020 exercises."]
        kept = tuple(w for w in events.written_plain if "exerc" not in w)
        object.__setattr__(wrong, "written_plain", kept)
    broken = Triggers(default_triggers.numeric, (wrong,), default_triggers.look_back)
    assert _slow_candidates(paragraphs, broken) == [True]
    assert candidates(paragraphs, broken) == [False]


# review66: rule sets other than the shipped one, built by hand: words that are no lower-case
# letter run (capitals, digits, a hyphen, a tab), need characters that are capitals, digits,
# control or non-ASCII characters, and a longer string (a NumericTriggers made by hand);
# phrase words that open with a digit, a capital, a title-case letter, or are empty
ODD_NUMERIC = prefilter.NumericTriggers(
    frozenset({"five", "Ten", "x2", "\xe9"}),
    frozenset({"Dollars", "euro", "\xfc", "a-b", "9", "tab\tword"}),
    frozenset({"$", "A", "b", "\u20ac", "\xc9", "\t", "\x00", "2", "\u0665", "\xdf", "US#"}),
    3,
)
ODD_EVENTS = EventTriggers(
    frozenset({"Summit", "day", "20th", "\u1e31"}),
    {"world": (frozenset({"world", "Cup"}),), "big": (frozenset({"big", "deal"}),)},
    re.compile(r"[A-Z]+-\d{4}"),
    (
        (re.compile(r"\b20th Day\b"), ("20th", "Day")),
        (re.compile("Lake"), ()),
        (re.compile("WWII|\u01c5x"), ("WWII", "\u01c5x", "")),
        (re.compile("a\tb"), ("\t",)),
        (re.compile("x\x00"), ("\x00",)),
    ),
)
ODD_TRIGGERS = [
    Triggers(ODD_NUMERIC, (ODD_EVENTS,), prefilter.LookBack(frozenset({"It", "it"}), None)),
    Triggers(None, (ODD_EVENTS,), prefilter.LookBack(None, None)),
    Triggers(ODD_NUMERIC, (), prefilter.LookBack(None, frozenset({"with"}))),
]
# pieces for them: each word in several cases, a real tab and other control characters (a
# tab byte is not the digit mark), NUL, a lone surrogate, digits of other scripts and
# superscripts, the case-insensitive look-alikes
ODD_PIECES = [
    *PIECES,
    *("five", "FIVE", "Ten", "TEN", "x2", "\xc9", "Dollars", "DOLLARS", "EURO", "\xdc"),
    *("a-b", "9", "A", "b", "B", "U", "S", "US", "us", "#", "\xc9x", "tab\tword", "2", "\x00"),
    *("\ud800", "\u0966", "\U0001d7d8", "\xb9", "\xbd", "\x0b", "\x0c", "\x1c", "\x85"),
    *("\u2028", "\u3000", "Summit", "SUMMIT", "day", "20th", "20th Day", "\u1e30", "\u1e31"),
    *("Cup", "big", "deal", "Lake", "\u01c5x", "\u01c6x", "a\tb", "x\x00", "LAKE-2031"),
    *("It", "with", "\u212a", "\u0130", "\u017f"),
]


@pytest.mark.parametrize("which", range(len(ODD_TRIGGERS)))
def test_hand_made_rule_sets_are_decided_as_by_the_slow_path(which):
    found = ODD_TRIGGERS[which]
    rng = random.Random(which)
    for _ in range(1500):
        paragraphs = [
            rng.choice([" ", "", "\t", "\xa0"]).join(
                rng.choice(ODD_PIECES) for _ in range(rng.randint(0, 7))
            )
            for _ in range(rng.randint(1, 5))
        ]
        _assert_same(paragraphs, found)


@pytest.mark.parametrize(
    ("need", "text", "kept"),
    [
        # a longer need string counts by each of its characters, as in the one class: "$", "U",
        # "S" of "US$"; a capital never matches lower-cased text, its lower-case letter does
        ("US$", "5 US", False),
        ("US$", "5 $", True),
        ("Ab", "5 A", False),
        ("Ab", "5 B", True),
        ("aB", "5 A", True),
    ],
)
def test_a_longer_need_string_counts_by_its_characters(need, text, kept):
    numeric = prefilter.NumericTriggers(frozenset(), frozenset(), frozenset({need}), 2)
    found = Triggers(numeric, (), prefilter.LookBack(None, None))
    assert _slow_candidates([text], found) == [kept]
    assert candidates([text], found) == [kept]


def test_not_plain_finds_exactly_the_characters_outside_plain():
    # every code point; and a plain character other than A-Z is one lower-casing and case-folding
    # leave alone, no digit but an ASCII one
    for code in range(0x110000):
        c = chr(code)
        assert (prefilter._NOT_PLAIN.search(c) is None) == (c in prefilter._PLAIN), hex(code)
    for c in prefilter._PLAIN - set("ABCDEFGHIJKLMNOPQRSTUVWXYZ"):
        assert c.lower() == c.casefold() == c, hex(ord(c))
        assert re.match(r"\d", c) is None or c in "0123456789", hex(ord(c))
