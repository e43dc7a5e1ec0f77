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
