"""Round fix58b: levels after a change said before them. The sentences are invented.

- "came down to 4 percent" is the level reached, as "went down to", and so after the forms
  of the level verbs that were missing ("raise", "lowering", "surged"; `level_verbs_before_to`);
- a change's verb, then "and" with no subject of its own, auxiliaries and "reach" right before
  the figure ("rose for a year and has reached 9 percent") is where the change ended, a level
  (percentages.json's `level_leads_after_and`); not after a rise or fall noun ("the increase
  was steep and reached 9 percent": its size), nor when "and" opens a clause with its own
  subject, nor with "by" before the figure.
"""

import pytest

from pipeline.nlp.percentages import _cues, _item_after_a_level, classify_change
from pipeline.nlp.rules import installed_rules

RULES = installed_rules()


def change(sentence, figure):
    start = sentence.rindex(figure)
    return classify_change(RULES, sentence, start, start + len(figure))


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        # "came down to": a level reached
        ("Lending rates finally came down to 7.5 percent last spring.", "7.5 percent", None),
        ("Mortgage costs should come down to roughly 8 percent in a year.", "8 percent", None),
        ("When the tariff comes down to 2 percent, we will sell more pears.", "2 percent", None),
        ("Bus fares came down by 4 percent in the valley.", "4 percent", "decrease"),
        # the missing forms of the level verbs
        ("We hope to raise the tea tax to 15 percent.", "15 percent", None),
        ("The firm wants to lower its fees to 3 percent.", "3 percent", None),
        ("Bread prices surged to 11 percent in May.", "11 percent", None),
        ("In the hills this share increases to 40 percent.", "40 percent", None),
        ("We hope to raise the tea tax by 15 percent.", "15 percent", "increase"),
        # a change's verb, "and" and "reach": where the change ended
        (
            "Fruit prices have climbed all winter and have reached 11 percent on the coast.",
            "11 percent",
            None,
        ),
        (
            "The jobless rate has fallen: it is low today and is expected to reach 4.2 or"
            " 4.4 percent in autumn.",
            "4.4 percent",
            None,
        ),
        (
            "The jobless rate has fallen: it is low today and is expected to reach 4.2 or"
            " 4.4 percent in autumn.",
            "4.2",
            None,
        ),
        (
            "Their share in the fleet increased to 40 percent and should reach about 65 percent"
            " within three years.",
            "about 65 percent",
            None,
        ),
        ("Tea exports jumped and reached 30 percent last year.", "30 percent", None),
        # no level: a rise noun, a subject of its own, or "by" before the figure
        (
            "The increase in rents was steep and reached 9 percent in the north.",
            "9 percent",
            "increase",
        ),
        ("Exports rose 5 percent and reached a record.", "5 percent", "increase"),
        (
            "Exports of apples rose sharply, and imports reached 12 percent up on the year.",
            "12 percent",
            "increase",
        ),
        ("Grain output grew and reached by 6 percent more than planned.", "6 percent", "increase"),
        ("Wheat output grew by 3 percent.", "3 percent", "increase"),
    ],
)
def test_levels_reached_after_a_change(sentence, figure, expected):
    assert change(sentence, figure) == expected


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        # a list's item after a level, the rise or fall word said before both: a level too
        (
            "Cabbage prices fell a lot: in 2004 they were 31 percent and in 2014 9 percent.",
            "9 percent",
            None,
        ),
        (
            "Port fees will drop from 12 percent in 2020 to 10 percent in 2021 and 7 percent in"
            " 2024.",
            "7 percent",
            None,
        ),
        ("We want to increase the quota to 35 and then to 45 percent.", "45 percent", None),
        ("We want to increase the quota to 35, 40 or 45 percent.", "45 percent", None),
        # not after a rise or fall, nor with a rise word between, nor a range's loose ends
        (
            "Wool sales rose by 3 percent in 2019 and 5 percent in 2020.",
            "5 percent",
            "increase",
        ),
        (
            "Honey output fell to 20 percent, and then it rose by 6 percent.",
            "6 percent",
            "increase",
        ),
        ("Growth rates of the mills ranged from 104 and 109 percent.", "109 percent", "increase"),
    ],
)
def test_list_items_after_a_level(sentence, figure, expected):
    assert change(sentence, figure) == expected


def test_a_repeated_change_after_by_as_much_as():
    sentence = "Cheese sales rose 5 percent in spring, and in May, by as much as 9 percent."
    start = sentence.index("9 percent")
    clause_start = sentence.index(", and") + len(", and")  # as the extractor's clause bounds
    assert classify_change(RULES, sentence, start, start + 9, clause_start, 0) == "increase"


# Round fix60: `_item_after_a_level` compares where the last rise or fall word ends with where
# the figure before starts, both in the whole text. On the ellipsis path that word is read in
# the 200 characters before the figure, not in the 120 of the clause's window; its end was once
# added to the window's start, which put it up to 80 characters too late (after the figure
# before, so the later figure's own word).
_LONG = (
    "Once the old canal locks had shut for good during that long and very wet winter of gales"
    " and floods, plum shipments fell for years on end across each of the valleys, now standing"
    " at 18 percent in 2017 and 16 percent in 2019."
)


@pytest.mark.parametrize(
    ("cue", "expected"),
    [
        ("fell", True),  # said before both figures: the later one is a list's level too
        ("standing", True),  # not a rise or fall word, but before both: no word between
        ("2017 and", False),  # a word ending between the two figures: the later one's own
    ],
)
def test_a_list_item_reads_the_rise_word_where_it_stands_in_the_text(cue, expected):
    start = _LONG.rindex("16 percent")
    assert start > 200  # the ellipsis path reads from start - 200, the window from start - 120
    cue_end = _LONG.index(cue) + len(cue)
    assert _item_after_a_level(RULES, _cues(RULES), _LONG, start, 0, 0, cue_end) is expected
