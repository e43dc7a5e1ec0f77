"""'raising', 'cutting', 'lowering', 'lowers' before a figure are a rise or fall only with 'by'
right before it (issue 12, round cr; percentages.json's `increase_before_by` and
`decrease_before_by`). The sentences are invented."""

import pytest
from conftest import percentage_change as change


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        ("Lakeland is raising nurses' pay by 15 percent next year.", "15 percent", "increase"),
        ("We are cutting the Pine Forum fees by over 20 percent.", "over 20 percent", "decrease"),
        ("Lowering port dues by three percent helped Lakeland.", "three percent", "decrease"),
        ("The plan lowers Pine Valley tariffs by 8 percent.", "8 percent", "decrease"),
        # no 'by': a level reached, no change
        ("Lakeland is raising the share of local parts to 60 percent.", "60 percent", None),
        ("The bill lowers the levy from 20 to 14 percent.", "20 to 14 percent", None),
        ("We are cutting fees, which now make up 9 percent of costs.", "9 percent", None),
    ],
)
def test_gerund_by(sentence, figure, expected):
    assert change(sentence, figure) == expected
