"""Rise or fall (`change`) versus level or share."""

import pytest

from pipeline.nlp.percentages import classify_change


def change(sentence, figure):
    start = sentence.index(figure)
    return classify_change(sentence, start, start + len(figure), 0, 0)


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        ("Trade grew by 3% last year.", "3%", "increase"),
        ("There was a 3 percent increase in trade.", "3 percent", "increase"),
        ("Output fell 2 percent.", "2 percent", "decrease"),
        ("Crimes went down by 9 percent.", "9 percent", "decrease"),
        ("GDP growth of 1.5 percent is expected.", "1.5 percent", "increase"),
        ("Inflation was 4 percent.", "4 percent", None),
        ("Weapons account for 20 percent of the total.", "20 percent", None),
        ("Inflation rose to 4 percent.", "4 percent", None),
        ("It is 30.8 percent more than a year ago.", "30.8 percent", "increase"),
        ("The budget received 2.4 trillion rubles, up 45.5 percent.", "45.5 percent", "increase"),
        ("Coal was up by 7 percent, and farming by 11 percent.", "11 percent", "increase"),
        ("The growth rate reached 10%.", "10%", "increase"),
        ("Tariffs were reduced by 20%.", "20%", "decrease"),
        # where a change starts or ends is a level, even with a figure in between
        ("The share grew from 7.5 percent in 2012 to 11 percent.", "7.5 percent", None),
        ("The share grew from 7.5 percent in 2012 to 11 percent.", "11 percent", None),
        ("They will cut the fee from 30% to 18%.", "18%", None),
        ("The rate fell from about 9 percent.", "9 percent", None),
        # "up" in "make up" is a share
        ("Women make up over 40 percent of the staff.", "40 percent", None),
        ("Exports went up by 12 percent.", "12 percent", "increase"),
        # a fall said with its sign
        ("Last year our trade was minus 14 percent.", "14 percent", "decrease"),
    ],
)
def test_change(sentence, figure, expected):
    assert change(sentence, figure) == expected
