"""Issue 12, round ca: changes of percentages, from a second survey of pages nobody tuned to
(docs/accuracy.md, issue 12 round ca). The sentences are invented.

- a figure after a comma and "which now stands at" once a change was said is a level
  (percentages.json's `level_leads_after_comma`, extended);
- a rise or fall word said before ":", "while" or "whereas" is not the size of a figure whose own
  verb ("are", "is", "stands at") stands right before it (`other_clause_breaks`,
  `own_level_verbs`), unless a pronoun points back to the change or the word names a rate
  (`own_level_pointers`, `own_level_rate_nouns`), or "by" stands before the figure;
- a one-unit range after "from" is the size of the rise or fall that ranges ("showed growth
  from 2 to 9 percent"; `range_of_change_*`).
"""

import pytest

from pipeline.nlp.percentages import classify_change
from pipeline.nlp.rules import installed_rules

RULES = installed_rules()


def change(sentence, figure):
    start = sentence.index(figure)
    return classify_change(RULES, sentence, start, start + len(figure))


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        # a level in a relative clause after a change
        (
            "The new levy did not increase prices, which now stand at about 3.9 percent.",
            "about 3.9 percent",
            None,
        ),
        (
            "Our grain harvest increased sharply, which now stands at 4 percent of trade.",
            "4 percent",
            None,
        ),
        ("Rents fell by 6 percent, which was more than we feared.", "6 percent", "decrease"),
        # a change said before a colon or "while", the figure's own verb right before it
        (
            "Prices keep falling, while deposit rates are going up: rates for long loans are"
            " over 14 percent.",
            "over 14 percent",
            None,
        ),
        (
            "Some mills had to build up local parts while others are already 100 percent local.",
            "100 percent",
            None,
        ),
        ("Unemployment has gone down: the latest figure is 4.2 percent.", "4.2 percent", None),
        (
            "Harbour fees dropped, whereas the toll for lorries remains 12 percent.",
            "12 percent",
            None,
        ),
        # kept: a pronoun pointing back, a rate's level, "by", a figure right after the break
        ("The rise in fares was steep: it was 9 percent.", "9 percent", "increase"),
        (
            "Wage growth came to 5 percent, while in the autumn it was 3 percent.",
            "3 percent",
            "increase",
        ),
        ("Exports grew by 8 percent, while imports fell by 3 percent.", "3 percent", "decrease"),
        ("Exports grew by 8 percent, while imports are up 3 percent.", "3 percent", "increase"),
        ("Wages grew by 5 percent, while for nurses by 7 percent.", "7 percent", "increase"),
        ("Output rose in March: 4 percent.", "4 percent", "increase"),
        ("Freight grew: plus 17 percent.", "17 percent", "increase"),
        ("Sales went up: they are 12 percent higher.", "12 percent", "increase"),
        # a one-unit range of a rise or fall
        ("The other plants showed growth from two to 9 percent.", "two to 9 percent", "increase"),
        (
            "Against last year, the increase in grants went from 5 to 20 percent, by region.",
            "5 to 20 percent",
            "increase",
        ),
        (
            "The drop in sales ranged from 10 to 30 percent across the chains.",
            "10 to 30 percent",
            "decrease",
        ),
        # kept: a verb, a noun with its own object, a forecast's levels, a share, two units
        ("We had to increase the tax from 18 to 20 percent.", "18 to 20 percent", None),
        ("The reduction of the rate from 7 to 5 percent helped.", "7 to 5 percent", None),
        (
            "The fund revised its growth forecast downwards from 3.1 to 2.9 percent.",
            "3.1 to 2.9 percent",
            None,
        ),
        ("The share of rail went from 30 to 40 percent.", "30 to 40 percent", None),
        ("Output grew from 5 percent to 7 percent.", "5 percent", None),
        ("Growth from 2 percent is expected.", "2 percent", None),
    ],
)
def test_change_12ca(sentence, figure, expected):
    assert change(sentence, figure) == expected
