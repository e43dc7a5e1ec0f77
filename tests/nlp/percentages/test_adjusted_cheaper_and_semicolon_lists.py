"""Changes of percentages (issue 12, round cm). The sentences are invented.

- "adjusted" and its forms are a rise only with "by" right before the figure ("stipends in
  Lakeland will be adjusted for inflation by 6 percent"; percentages.json's
  `increase_before_by`);
- "cheaper" right after a figure is a fall (`decrease_after`);
- "boost" and its forms, and "adding", before a figure are a rise; "boost ... to" a level
  (`increase_before`, `level_verbs_before_to`);
- a list's item after "; " that leaves out its verb and ends in a comma before the figure
  repeats the change of the figure before it (`bare_list_ellipsis`'s `break_items`).
"""

import pytest
from conftest import percentage_change as change


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        # adjusted ... by: a rise
        (
            "Stipends in Lakeland will be adjusted for inflation by 6 percent next spring.",
            "6 percent",
            "increase",
        ),
        ("The Pine Valley tariffs were adjusted by 3.5 percent.", "3.5 percent", "increase"),
        ("You could adjust the fees for inflation by 8 percent, say.", "8 percent", "increase"),
        # adjusted without "by": no change
        ("The plan was adjusted and now covers 40 percent of the farms.", "40 percent", None),
        (
            "Adjusted for inflation, wages in Lakeland are 12 percent of the total.",
            "12 percent",
            None,
        ),
        # cheaper: a fall
        ("Tickets on the Lakeland ferry are now 25 percent cheaper.", "25 percent", "decrease"),
        (
            "The new Pine Forum pumps are 20 to 35 percent cheaper than the old ones.",
            "20 to 35 percent",
            "decrease",
        ),
        ("Only 25 percent of the cheaper tickets were sold.", "25 percent", None),
        # boost, adding
        ("The Lakeland dam will boost the region's output by 4 percent.", "4 percent", "increase"),
        ("Pine Valley's economy is adding 2.5 percent this year.", "2.5 percent", "increase"),
        ("We plan to boost this share to 35 percent.", "35 percent", None),
        ("I would like to add that 60 percent of the Lakeland buses are new.", "60 percent", None),
        # "; item, figure": the rise said before carries on
        (
            "Water use was up 3.1 percent; use in the pulp and paper sector, 7.5 percent; "
            "mining, 18.2 percent.",
            "7.5 percent",
            "increase",
        ),
        (
            "Water use was up 3.1 percent; use in the pulp and paper sector, 7.5 percent; "
            "mining, 18.2 percent.",
            "18.2 percent",
            "increase",
        ),
        ("Ore output fell 4 percent; in the Lakeland mines, 9 percent.", "9 percent", "decrease"),
        # no mark before the figure, a verb of its own, or a level before: not carried
        ("Sales in Lakeland rose 4 percent; and up to 30 percent of seeds.", "30 percent", None),
        ("Sales in Lakeland rose 4 percent; we now hold 30 percent.", "30 percent", None),
        ("Inflation in Lakeland was 3 percent; in Pine Valley, 5 percent.", "5 percent", None),
    ],
)
def test_change(sentence, figure, expected):
    assert change(sentence, figure) == expected
