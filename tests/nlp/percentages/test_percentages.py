"""Rise or fall (`change`) versus level or share."""

import pytest

import pipeline
from pipeline.nlp.percentages import classify_change
from pipeline.nlp.rules import installed_rules

RULES = installed_rules()  # the installed rule files, passed to the scanners


def change(sentence, figure):
    start = sentence.index(figure)
    return classify_change(RULES, sentence, start, start + len(figure), 0, 0)


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
        ("The budget received 3.1 trillion rubles, up 38.5 percent.", "38.5 percent", "increase"),
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
    ],
)
def test_change(sentence, figure, expected):
    assert change(sentence, figure) == expected


# --- percent forms, through the whole pipeline --------------------------------------------------


def percentages(text, date="2013-04-10"):
    return [
        f
        for f in pipeline.extract_facts(text, date=date, types="percentage")
        if f["type"] == "percentage"
    ]


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("Turnout reached 64 percentage.", "64 percentage", 64, "percent"),
        ("They own fifty percentage.", "fifty percentage", 50, "percent"),
        ("We met eighty percents of the plan.", "eighty percents", 80, "percent"),
        ("The target was per cent of thirty-five.", "per cent of thirty-five", 35, "percent"),
        ("The rate is set at percent of 12.", "percent of 12", 12, "percent"),
        ("The answer is percents of forty.", "percents of forty", 40, "percent"),
        ("The fund bought a 25-percent stake.", "25-percent", 25, "percent"),
        ("The rate is 7 per centum.", "7 per centum", 7, "percent"),
        ("Support fell to 3 percentage points.", "3 percentage points", 3, "percentage_point"),
    ],
)
def test_percent_forms(text, surface, value, unit):
    (found,) = percentages(text)
    assert (found["text"], found["value"], found["unit"]) == (surface, value, unit)


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Growth was minus three percent.", "minus three percent", 3),
        ("The index showed minus 1.5%.", "minus 1.5%", 1.5),
        ("Output changed by -4% in May.", "-4%", 4),
        ("Trade came to over minus 20 percent.", "over minus 20 percent", 20),
        ("Last year our trade was minus 14 percent.", "minus 14 percent", 14),
    ],
)
def test_minus_is_a_fall(text, surface, value):
    (found,) = percentages(text)
    assert (found["text"], found["value"], found["change"]) == (surface, value, "decrease")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The pay is 50,000 rubles minus 13 percent tax.", "13 percent"),
        ("It is 20 minus 5 percent of the rest.", "5 percent"),
    ],
)
def test_minus_between_amounts_is_a_subtraction(text, surface):
    found = percentages(text)[-1]
    assert (found["text"], found["change"]) == (surface, None)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Shares of 10 percent, 20 percent and 30 percent.", [10, 20, 30]),
        ("Between 4 and 6 percent.", [4]),
        ("From 5 to 8 percent of 10 regions.", [5]),
        ("Up 5 percent of 10.", [5]),  # "percent of 10" right after a percentage is not another
        ("What percent of 10 people agree?", []),  # the number goes on: not a percentage
    ],
)
def test_lists_and_ranges_keep_working(text, values):
    assert [f["value"] for f in percentages(text)] == values


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Inflation will not exceed 4 percent.", "at_most"),
        ("The deficit should not exceed 3 percent.", "at_most"),
        ("Inflation won't exceed 6 percent.", "at_most"),
        ("The rate will be no higher than 8 percent.", "at_most"),
        ("Growth will be not below 2 percent.", "at_least"),
        ("Exports exceeded 7 percent of output.", "more_than"),
    ],
)
def test_negated_comparisons(text, qualifier):
    (found,) = percentages(text)
    assert found["qualifier"] == qualifier


def test_the_level_reached_after_a_fall_by_points_is_a_level():
    by, to = percentages("The key rate was cut by 0.25 percentage points to 7.5 percent.")
    assert (by["value"], by["change"]) == (0.25, "decrease")
    assert (to["value"], to["change"]) == (7.5, None)


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        # "by another": the change said before is repeated
        ("Sales rose by 20 percent, and in March by another 15 percent.", "15 percent", "increase"),
        ("Costs fell by 3 percent, and this year by a further 2 percent.", "2 percent", "decrease"),
        # where a change from a figure ends is a level, even far from its verb
        (
            "The share has grown from 10 percent in 2003, a very low base, to 54 percent now.",
            "54 percent",
            None,
        ),
        ("The share went from 10 percent to about 30 percent.", "about 30 percent", None),
        ("The aim is to raise it from 20–25 percent to 40–45 percent.", "40–45 percent", None),
        # a slowdown of so many points is a fall
        ("We expect a slowdown in output of about 2 percentage points.", "about 2", "decrease"),
        # a year range is no figure's start
        ("Trade grew by 5 percent from 2018 to 2019.", "5 percent", "increase"),
        # nor a year or a count after "from", nor "thanks to", "committed to" before the figure
        (
            "Since 2012 we received support from 40 regions, thanks to 7 percent growth in demand.",
            "7 percent",
            "increase",
        ),
        (
            "From 2014, the government has been committed to 5 percent annual growth in spending.",
            "5 percent",
            "increase",
        ),
    ],
)
def test_changes_said_further_away(sentence, figure, expected):
    assert change(sentence, figure) == expected


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        # a comparison with a target or another figure, by so many percent
        ("The plant exceeded its annual plan by 6 percent.", "6 percent", "increase"),
        ("Sales have surpassed last year's by about 14 percent.", "about 14 percent", "increase"),
        ("The harvest fell short of the forecast by 3%.", "3%", "decrease"),
        (
            "The northern yard outstripped the plan by 9 percent, the southern one by 4 percent.",
            "4 percent",
            "increase",
        ),
        # without "by" the verb passes a level: no change
        ("Inflation exceeded 5 percent in the spring.", "5 percent", None),
        ("Their share surpassed 30 percent of the market.", "30 percent", None),
        # "greater", "smaller", "has been added" after the figure
        ("Spending on roads was 12 percent greater than a year before.", "12 percent", "increase"),
        ("The new fleet is 20% smaller than the old one.", "20%", "decrease"),
        ("So far 15 percent has been added to the network.", "15 percent", "increase"),
    ],
)
def test_comparisons_by_so_many_percent(sentence, figure, expected):
    assert change(sentence, figure) == expected


@pytest.mark.parametrize("verb", RULES.get("percentages")["increase_before_by"])
def test_every_comparison_verb_is_a_rise_only_by_the_figure(verb):
    assert change(f"Output {verb} the target by 7 percent.", "7 percent") == "increase"
    assert change(f"Output {verb} 7 percent.", "7 percent") is None


@pytest.mark.parametrize("verb", RULES.get("percentages")["decrease_before_by"])
def test_every_shortfall_verb_is_a_fall_only_by_the_figure(verb):
    assert change(f"Output {verb} the target by 7 percent.", "7 percent") == "decrease"


@pytest.mark.parametrize("filler", RULES.get("percentages")["ellipsis_by_fillers"])
def test_every_ellipsis_filler_repeats_the_change_before(filler):
    sentence = f"Sales rose by 20 percent, and in March by {filler} 15 percent."
    assert change(sentence, "15 percent") == "increase"
