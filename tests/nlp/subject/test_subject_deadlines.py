"""Issue 16ab: a deadline year, an effort or a schedule makes a figure a target (invented
sentences).

"Grain exports will grow by 50 percent by 2030" sets a deadline; "we will do our best to bring
inflation to 4 percent", "we hope to achieve a 3 percent rise", "pensions are to grow by 5
percent" name an aim or a schedule. None gives the measure's level or change. The same
measures in a past year, or a forecast without a deadline, keep their subject."""

import pytest
from conftest import subject_of

from pipeline.nlp.measures import subject_key
from pipeline.nlp.rules import installed_rules

# the phrase the subject finder gives, without the record-level refusal of issue 16v
pytestmark = pytest.mark.usefixtures("without_unscoped_single_key_refusal")


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        # a deadline year right after the figure
        ("Grain exports will grow by 50 percent by 2030.", "50 percent", None),
        ("The share of new buses will reach 80 percent by the end of 2030.", "80 percent", None),
        ("The share of paved roads should be 85 percent by the start of 2031.", "85 percent", None),
        # a year that is no deadline
        # (the tests' pages are of 2021: a "by" year before it is a result by then)
        ("Grain exports reached $5 billion by 2017.", "$5 billion", "grain exports"),
        ("Grain exports grew by 50 percent in 2020.", "50 percent", "grain exports"),
        (
            "The share of new buses reached 80 percent at the end of 2020.",
            "80 percent",
            "share of new buses",
        ),
        (
            "Grain exports grew by 5 percent by comparison with 2019.",
            "5 percent",
            "grain exports",
        ),
    ],
)
def test_a_deadline_year_makes_a_target(text, figure, subject):
    assert subject_of(text, figure) == subject


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        # an effort, an aim to achieve, a schedule
        ("We will do our best to bring inflation down to 4 percent.", "4 percent", None),
        (
            "We will do everything possible to lift timber exports to $9 billion.",
            "$9 billion",
            None,
        ),
        ("We hope to achieve a 3 percent rise in industrial output.", "3 percent", None),
        ("Next year, pensions are to grow by 5 percent.", "5 percent", None),
        ("The share of wind power is to reach 30 percent.", "30 percent", None),
        # a proposal
        ("I propose that the minimum wage rise by 10 percent.", "10 percent", None),
        ("I propose that the share of paved roads reach 85 percent.", "85 percent", None),
        # a result, or a forecast without a deadline: kept
        ("We achieved a 3 percent rise in industrial output.", "3 percent", "industrial output"),
        ("The share of wind power reached 30 percent.", "30 percent", "share of wind power"),
        ("Next year, pensions will grow by 5 percent.", "5 percent", "pensions"),
        ("This year the minimum wage rose by 10 percent.", "10 percent", "minimum wage"),
        ("The figures suggest that grain exports grew by 8 percent.", "8 percent", "grain exports"),
    ],
)
def test_an_effort_or_a_schedule_makes_a_target(text, figure, subject):
    assert subject_of(text, figure) == subject


@pytest.mark.parametrize(
    ("subject", "key"),
    [
        ("the annual inflation rate", "inflation"),
        ("the current inflation rate", "inflation"),
        ("year-on-year inflation", "inflation"),
        ("the industrial growth rate", "industrial output"),
        ("industrial growth", "industrial output"),
        ("the rate of industrial growth", "industrial output"),
        # other measures keep their own keys
        ("food price inflation", "food price inflation"),
        ("the industrial production index", "industrial production index"),
    ],
)
def test_two_namings_of_one_measure_share_a_key(subject, key):
    assert subject_key(installed_rules(), subject) == key
