"""Issue 12, round cb: rises and falls of percentages (percentages.json). The sentences are
invented (docs/accuracy.md, issue 12 round cb).

- "add up" and "sum up" say a total, no rise (`not_change_cues`);
- a percentage used as an adjective after "a"/"an" is the size of the rise or fall named a few
  words on ("a 4.5-percent teacher salary rise"; `attributive_change`);
- plural rise and fall nouns right after a figure ("2 percent increases", "10% staff cuts").
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
        # sums
        ("If you add up the money from all budgets it is over 6 percent.", "over 6 percent", None),
        ("All these items added up to 12 percent of the total.", "12 percent", None),
        ("The board summed up the results of 15% staff cuts.", "15%", "decrease"),
        # a rise or fall still said with "up"
        ("Freight went up 6 percent.", "6 percent", "increase"),
        # attributive figures
        ("The towns plan a 4.5-percent teacher salary rise from May.", "4.5-percent", "increase"),
        ("The ministry proposed a 7 percent annual fuel tax hike.", "7 percent", "increase"),
        ("They faced an 8 percent defence budget cut.", "8 percent", "decrease"),
        ("He holds a 20 percent stake in the growth fund.", "20 percent", None),
        ("We own a 30 percent share and no increase is planned.", "30 percent", None),
        # plural nouns right after
        ("We saw 2 percent and 3.5 percent increases in lending.", "3.5 percent", "increase"),
        ("There were 10% staff cuts at the agencies.", "10%", "decrease"),
    ],
)
def test_change(sentence, figure, expected):
    assert change(sentence, figure) == expected
