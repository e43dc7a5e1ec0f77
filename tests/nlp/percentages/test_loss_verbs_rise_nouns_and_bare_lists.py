"""Changes of percentages (issue 12, round cd). The sentences are invented.

- a percentage as the object of "lose" ("lost 12 percent of its value") is the size of a fall,
  even with "of" after it (percentages.json's `decrease_verb_object`,
  `verb_object_qualifiers`);
- the rise nouns "surge", "jump", "leap", "spike" before a figure (`increase_before`);
- a list's last item after ", and" that leaves out its verb ("..., and services 4 percent")
  repeats the change of the figure before it (`bare_list_ellipsis`).
"""

import pytest
from conftest import percentage_change as change


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        ("The lira has lost 12 percent of its value since spring.", "12 percent", "decrease"),
        ("Small shops lost about 9 percent of their takings.", "about 9 percent", "decrease"),
        ("Firms losing more than 20 percent of their sales get a grant.", "20 percent", "decrease"),
        ("In a bad year a farmer loses 5 percent of the crop.", "5 percent", "decrease"),
        ("The second carrier lost 70 percent.", "70 percent", "decrease"),
        # not the object of the verb: a margin, a share, a later figure
        ("At dawn the mayor was losing by 6 percent.", "6 percent", None),
        ("Of every shift 15 percent is lost to idle time.", "15 percent", None),
        (
            "We lost a good deal of time, and the share of exports is 30 percent.",
            "30 percent",
            None,
        ),
        ("They lost their jobs when 40 percent of the mills closed.", "40 percent", None),
    ],
)
def test_loss_verb_object(sentence, figure, expected):
    assert change(sentence, figure) == expected


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        ("Traders expect a surge of 15 percent in orders.", "15 percent", "increase"),
        ("There was a jump of nearly 8 percent in March.", "nearly 8 percent", "increase"),
        ("We saw a leap of 30 percent in visitors.", "30 percent", "increase"),
        ("Doctors noted a spike of 12 percent in cases.", "12 percent", "increase"),
        # without a cue a level stays a level
        ("About 12 percent of the cases were mild.", "12 percent", None),
    ],
)
def test_rise_nouns(sentence, figure, expected):
    assert change(sentence, figure) == expected


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        (
            "Imports rose 12 percent, exports 9 percent, and services 4 percent.",
            "4 percent",
            "increase",
        ),
        (
            "Bus fares went down by 3 percent in 2015, 5 percent in 2016, and 6 percent in 2017.",
            "6 percent",
            "decrease",
        ),
        (
            "Orders were up 6 percent this spring, to reach 2 million, and 8 percent last year.",
            "8 percent",
            "increase",
        ),
        (
            "Egg output grew by 7 percent, and in the northern farms, 11 percent.",
            "11 percent",
            "increase",
        ),
        # a clause with a verb, a pronoun, a level after "to" or "only": not an elided item
        ("Imports rose 12 percent, and services are 4 percent of trade.", "4 percent", None),
        ("Imports rose 12 percent, and we kept 4 percent in reserve.", "4 percent", None),
        ("Rates were cut to 9 percent, and then to 7 percent.", "7 percent", None),
        ("Exports rose 12 percent, and only 4 percent today.", "4 percent", None),
        # the figure before has no change: none to repeat
        ("Inflation is 4 percent, and unemployment 6 percent.", "6 percent", None),
        ("Inflation is 4 percent, and unemployment fell.", "4 percent", None),
    ],
)
def test_bare_list_item_repeats_the_change(sentence, figure, expected):
    assert change(sentence, figure) == expected
