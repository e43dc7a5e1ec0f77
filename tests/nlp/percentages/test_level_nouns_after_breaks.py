"""Round fix60: levels said after a rise or fall. The sentences are invented.

- a break (",", "while", "with", "(", "amid") that opens a phrase naming a level's measure
  (inflation, unemployment, an interest rate) before the figure: that measure's level, not the
  size of the rise or fall said before (percentages.json's `level_nouns_after_break`); not with
  "by" before the figure, nor with no break between the rise word and the noun, nor with a rise
  word of its own after the noun, nor for a hyphened "inflation-";
- a change's verb, then "and" with no subject of its own and a copula or "stands at" right
  before the figure ("rose a little and was 6 percent"): where the change ended, a level
  (new leads of `level_leads_after_and`).
"""

import pytest

from pipeline.nlp.percentages import classify_change
from pipeline.nlp.rules import installed_rules

RULES = installed_rules()


def change(sentence, figure):
    start = sentence.rindex(figure)
    return classify_change(RULES, sentence, start, start + len(figure))


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        # a level's measure after a break
        ("Dairy wages were indexed by 6 percent, with inflation at 3.1 percent.", "3.1", None),
        (
            "Bakery output grew by 2 percent, while the unemployment rate was 7 percent.",
            "7 percent",
            None,
        ),
        ("Ferry traffic rose sharply, where unemployment reached 4.4 percent.", "4.4", None),
        ("Mill investment is growing amid low inflation (now at 3 percent).", "3 percent", None),
        ("Tea exports increased, and the key rate stood at 9 percent.", "9 percent", None),
        # not these
        ("Stipends were adjusted for inflation by 5 percent.", "5 percent", "increase"),
        (
            "Dairy wages rose 6 percent, with inflation-adjusted pay up by 2 percent.",
            "2 percent",
            "increase",
        ),
        ("Prices rose, with inflation going up 4 percent.", "4 percent", "increase"),
        ("The increase in inflation was 2 percent.", "2 percent", "increase"),
        ("Dairy wages rose by 6 percent, with pensions at 3 percent.", "3 percent", "increase"),
        # "and" with a copula or "stands at" after a change's verb
        ("Bread inflation rose a little and was 6.2 percent in May.", "6.2 percent", None),
        ("Fuel inflation increased and now stands at about 5 percent.", "5 percent", None),
        ("Plum sales fell and are still 3 percent lower.", "3 percent", "decrease"),
        ("The rise was steep and was 9 percent.", "9 percent", "increase"),
    ],
)
def test_levels_after_a_change(sentence, figure, expected):
    assert change(sentence, figure) == expected


@pytest.mark.parametrize(
    "value",
    [
        {"breaks": ",", "nouns": "inflation"},  # strings: read letter by letter before review61
        ["inflation"],
        {"breaks": [","], "nouns": [None]},
    ],
)
def test_level_nouns_after_break_must_be_an_object_of_lists_of_words(value):
    """review61: `level_nouns_after_break` is checked (`rules.check_shapes`); since round
    shape70 when the rules load (`rule_shapes.NESTED_SHAPES`), naming the key path."""
    from pipeline.nlp.rules import RuleError

    with pytest.raises(RuleError, match=r"percentages\.json \(given\): 'level_nouns_after_break"):
        RULES.edited("percentages", level_nouns_after_break=value)


def test_a_blank_break_or_noun_is_left_out():
    """review61: a blank break raised IndexError (`b[0]`) at the first figure."""
    spec = {"breaks": [",", ""], "nouns": ["inflation", " "]}
    rules = RULES.edited("percentages", level_nouns_after_break=spec)
    sentence = "Dairy wages were indexed by 6 percent, with inflation at 3.1 percent."
    start = sentence.rindex("3.1")
    assert classify_change(rules, sentence, start, start + 3) is None
