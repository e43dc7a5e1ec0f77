"""Number parsing: digits, words, scales, compounds."""

import pytest

from pipeline.nlp.numbers import find_glued_numbers, find_numbers, looks_like_year, words_to_value
from pipeline.nlp.rules import installed_rules

RULES = installed_rules()  # the installed rule files, passed to the scanners


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,500", 1500),
        ("1.5", 1.5),
        ("0.7", 0.7),
        ("one hundred", 100),
        ("two and a half", 2.5),
        ("a dozen", 12),
        ("twenty-five", 25),
        ("one hundred and twenty five", 125),
        ("3 million", 3_000_000),
        ("2.4 trillion", 2.4e12),
        ("5bn", 5e9),
        ("7 mln", 7e6),
        ("1 trillion 600 billion", 1.6e12),
        ("a billion", 1e9),
        ("24 [billion]", 24e9),
        # dozens multiply: "two dozen" is 24, not 2 + 12
        ("two dozen", 24),
        ("Four dozen", 48),
        ("five hundred dozen", 6000),
        # fractions of a scale word
        ("half a million", 5e5),
        ("Half a billion", 5e8),
        ("a half million", 5e5),
        ("half million", 5e5),
        ("a quarter million", 2.5e5),
        ("quarter of a billion", 2.5e8),
        ("three quarters of a billion", 7.5e8),
        ("two quarters of a trillion", 5e11),
        # Indian grouping and scale words; stacked scale words multiply
        ("3,25,000", 325000),
        ("1,02,45,678.50", 10245678.5),
        ("12 lakh", 1.2e6),
        ("4.5 crore", 4.5e7),
        ("2 lakh crore", 2e12),
        ("a thousand million", 1e9),
    ],
)
def test_values(text, value):
    matches = find_numbers(RULES, text)
    assert len(matches) == 1, matches
    assert matches[0].value == pytest.approx(value)
    assert matches[0].text == text


@pytest.mark.parametrize(
    "text",
    [
        "half of the regions",  # a fraction, but of no scale word
        "a quarter of the budget",
        "the third quarter",
        "dozens of projects",
    ],
)
def test_fractions_need_a_scale_word(text):
    assert find_numbers(RULES, text) == []


@pytest.mark.parametrize(
    ("text", "value", "before", "after"),
    [
        ("paid USD250 in cash", 250, True, False),
        ("paid 250EUR in cash", 250, False, True),
        ("a G7 meeting", 7, True, False),
        ("the 320A model", 320, False, True),
        ("it costs 45元", 45, False, True),
    ],
)
def test_glued_digits_are_found_apart(text, value, before, after):
    assert find_numbers(RULES, text) == []
    (match,) = find_glued_numbers(RULES, text)
    assert match.value == value
    assert (match.glued_before, match.glued_after) == (before, after)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("over $15 billion and $5 billion", [15e9, 5e9]),
        ("from 5 to 7 billion", [5, 7e9]),
        ("G20 summit in 2019", [2019]),
        ("None of them came", []),
        ("someone and anyone", []),
    ],
)
def test_several_numbers(text, expected):
    assert [m.value for m in find_numbers(RULES, text)] == pytest.approx(expected)


def test_number_split_across_a_line_break_is_one_number():
    assert [m.value for m in find_numbers(RULES, "worth 3\nbillion")] == [3e9]


def test_unknown_words_give_no_value():
    assert words_to_value(RULES, "many") is None


@pytest.mark.parametrize(("text", "is_year"), [("2019", True), ("1,999", False), ("250", False)])
def test_years(text, is_year):
    assert looks_like_year(find_numbers(RULES, text)[0]) is is_year


# --- find_numbers / find_glued_numbers inside the spans the prefilter kept ------------------------

SEP = "\n\n"


def _joined(paragraphs: list[str], keep: list[bool]) -> tuple[str, list[tuple[int, int]]]:
    """The paragraphs joined as a document's text, and the spans of the kept ones (each run of
    kept paragraphs one span, as pipeline.nlp.prefilter.masked_text gives them)."""
    spans: list[tuple[int, int]] = []
    offset = 0
    for paragraph, kept in zip(paragraphs, keep, strict=True):
        end = offset + len(paragraph)
        if kept:
            if spans and spans[-1][1] + len(SEP) == offset:
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((offset, end))
        offset = end + len(SEP)
    return SEP.join(paragraphs), spans


def _inside(numbers, spans):
    return [(n.start, n.end, n.value) for n in numbers if any(s <= n.start < e for s, e in spans)]


def _found(numbers):
    return [(n.start, n.end, n.value) for n in numbers]


@pytest.mark.parametrize(
    ("paragraphs", "keep", "expected"),
    [
        # a number of the masked paragraph runs on into the kept one: it starts outside, so the
        # kept paragraph has no number of its own ("five" is part of "twenty\n\nfive")
        (["It was twenty", "five percent of it."], [False, True], []),
        (["Some 3", "billion dollars."], [False, True], []),
        (["Some 3", "[billion] dollars."], [False, True], []),
        (["Some 3", "- billion dollars."], [False, True], []),
        (["Two", "and a half percent."], [False, True], []),
        (["Two", "2 percent."], [False, True], [2.0]),  # two numbers: "Two" and "2"
        # the paragraph after starts with a word no number goes on with: read from its start
        (["It was twenty", "Percent of them, 5 percent."], [False, True], [5.0]),
        (["It was 20", "(5 percent)."], [False, True], [5.0]),
        # a number of a kept paragraph may run on into a masked one, as in the whole text
        (["worth 3", "billion, said he."], [True, False], [3e9]),
        (["In 2019 we", "grew.", "By 5 percent"], [True, False, True], [2019.0, 5.0]),
    ],
)
def test_numbers_of_kept_spans(paragraphs, keep, expected):
    text, spans = _joined(paragraphs, keep)
    found = find_numbers(RULES, text, spans)
    assert [n.value for n in found] == pytest.approx(expected)
    assert _found(found) == _inside(find_numbers(RULES, text), spans)


def test_the_restart_check_is_what_keeps_a_number_whole():
    """Starting afresh at every kept span would find "five" alone in "twenty" / "five percent"."""
    from pipeline.nlp import numbers, prefilter

    text, spans = _joined(["It was twenty", "five percent of it."], [False, True])
    pattern = numbers.number_pattern(RULES)
    restarted = list(prefilter.kept_matches(pattern, text, spans, lambda _: True))
    assert [m.group() for m in restarted] == ["five"]
    assert find_numbers(RULES, text, spans) == []


_PIECES = [
    "twenty", "five", "hundred", "and", "a", "half", "of", "an", "million", "billion", "dozen",
    "quarter", "3", "1,500", "2.5", "[billion]", "-", "[", "percent", "USD", "USD5", "5USD",
    "Rs.15", "G20", "100元", "Five", "MILLION", "trade", "grew", "by", ",", ".", "(", "www.x.org/5",
]  # fmt: skip


@pytest.mark.parametrize("seed", range(30))
def test_numbers_of_kept_spans_are_those_of_the_whole_text(seed):
    import random

    rng = random.Random(seed)
    for _ in range(40):
        paragraphs = [
            " ".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 6)))
            for _ in range(rng.randint(1, 6))
        ]
        keep = [rng.random() < 0.5 for _ in paragraphs]
        text, spans = _joined(paragraphs, keep)
        assert _found(find_numbers(RULES, text, spans)) == _inside(
            find_numbers(RULES, text), spans
        ), paragraphs
        assert _found(find_glued_numbers(RULES, text, kept=spans)) == _inside(
            find_glued_numbers(RULES, text), spans
        ), paragraphs


# --- the beginnings lookahead of the number pattern (issue 19, round i) ---------------------


@pytest.mark.parametrize(
    ("beginnings", "alternation"),
    [
        (["thr", "thi", "two"], "(?:t(?:h(?:i|r)|w(?:o)))"),
        # a beginning that another starts with makes the longer one needless
        (["ab", "a", "abc"], "(?:a)"),
        # a space stands for any white space
        (["a ", "an "], r"(?:a(?:\s|n(?:\s)))"),
        (["", "x"], "(?:x)"),
    ],
)
def test_beginning_alternation(beginnings, alternation):
    from pipeline.nlp.numbers import _beginning_alternation

    assert _beginning_alternation(beginnings) == alternation


@pytest.mark.parametrize(
    ("beginnings", "characters"),
    [(["thr", "a ", "two"], r"[\dat]"), ([" x", "e"], r"[\d\se]"), ([], r"[\d]")],
)
def test_first_characters(beginnings, characters):
    from pipeline.nlp.numbers import _first_characters

    assert _first_characters(beginnings) == characters


def _without_beginnings(pattern, glued=False):
    """The number pattern with the lookaheads of its beginnings (first three characters, first
    character) taken out: what it matched before them (a lookahead that only says what the
    alternatives after it begin with changes no match)."""
    import re

    from pipeline.nlp.numbers import _beginning_alternation, _first_characters, _fractions, _tables

    small, hundred, _ = _tables(RULES)
    beginnings = [w[:3] for w in (*small, *hundred, *_fractions(RULES))] + ["a ", "an "]
    text = pattern.pattern
    lookaheads = [f"(?={_beginning_alternation(beginnings)})"]
    if not glued:  # the glued pattern has no first-character test
        lookaheads.append(f"(?={_first_characters(beginnings)})")
    for lookahead in lookaheads:
        assert lookahead in text
        text = text.replace(lookahead, "")
    return re.compile(text, pattern.flags)


_NUMBER_TEXTS = [
    "Three hundred and twenty-five plants, a dozen ships and half a million tonnes.",
    "THE THIRTY-ONE regions; the theatre, thirteen thinkers, threw three stones.",
    "An\thundred times, a   thousand ways, an old friend and a quarter billion.",
    "Fourteen, forty, for four, fourth; fifteen fives; FIFTY fifths.",
    "ſix ſeven ſixty (long s), İleven, zero zeros and ten tens.",
    "Nine-nine, nineteen ninety, one one-off, eleven elevens, eighty-eight.",
    "quarters of a billion, Half a billion, a half million, halfway.",
    "Item-5, x2, 1,234,567.89 and 12,34,567 and 2.5bn and 7 mln and 24 [billion].",
]


@pytest.mark.parametrize("text", _NUMBER_TEXTS)
def test_beginnings_lookahead_changes_no_match(text):
    from pipeline.nlp.numbers import number_pattern

    for glued in (False, True):
        pattern = number_pattern(RULES, glued)
        reference = _without_beginnings(pattern, glued)
        found = [(m.span(), m.group()) for m in pattern.finditer(text)]
        assert found == [(m.span(), m.group()) for m in reference.finditer(text)]
        assert found  # each text has numbers


def test_beginnings_lookahead_on_generated_texts():
    import random

    from pipeline.nlp.numbers import _fractions, _tables, number_pattern

    small, hundred, scales = _tables(RULES)
    vocabulary = [*small, *hundred, *scales, *_fractions(RULES)]
    vocabulary += ["a", "an", "and", "of", "the", "this", "for", "one-off", "12", "3.5", "-"]
    rng = random.Random(19)
    pattern = number_pattern(RULES)
    reference = _without_beginnings(pattern)
    for _ in range(300):
        words = [rng.choice(vocabulary) for _ in range(rng.randint(1, 12))]
        words = [
            w.upper() if rng.random() < 0.2 else w.capitalize() if rng.random() < 0.2 else w
            for w in words
        ]
        text = "".join(w + rng.choice([" ", "  ", "\t", "-", ", ", ""]) for w in words)
        assert [m.span() for m in pattern.finditer(text)] == [
            m.span() for m in reference.finditer(text)
        ]
