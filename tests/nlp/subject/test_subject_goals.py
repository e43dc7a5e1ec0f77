"""Issue 16aa: a goal, a group's threshold, an allocation, a project's effect (invented sentences).

"We set the goal of raising grain exports to $30 billion" gives a target, not the exports'
level; "families whose incomes fell by 20 percent" names a group by a threshold; "the ministry
allocated 500 million rubles in subsidies" is one decision's amount; "this bridge will raise
our freight capacity by 15 percent" is a project's effect. None names the measure's value."""

import pytest
from conftest import subject_of

# the phrase the subject finder gives, without the record-level refusal of issue 16v
pytestmark = pytest.mark.usefixtures("without_unscoped_single_key_refusal")


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        # a goal, a plan or a wish before the figure
        ("We set the goal of raising grain exports to $30 billion.", "$30 billion", None),
        ("The aim of the plan is to bring timber exports to $9 billion.", "$9 billion", None),
        ("Norland wants to raise the share of wind power by 20 percent.", "20 percent", None),
        ("Road spending is planned to increase by 40 billion rubles.", "40 billion rubles", None),
        ("The region plans to cut the number of paper forms by 30 percent.", "30 percent", None),
        ("We intend to bring the share of paved roads to 85 percent.", "85 percent", None),
        # a wish to speak, or a goal in another clause: the measure is kept
        (
            "I want to inform you that grain exports grew by 12 percent.",
            "12 percent",
            "grain exports",
        ),
        (
            "We have a clear goal, and timber exports rose by 8 percent.",
            "8 percent",
            "timber exports",
        ),
        ("Grain exports grew by 12 percent last year.", "12 percent", "grain exports"),
    ],
)
def test_a_goal_or_a_plan_is_refused(text, figure, subject):
    assert subject_of(text, figure) == subject


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        # a group named by a threshold in a "whose" clause
        (
            "Families whose incomes fell by over 20 percent get the benefit.",
            "over 20 percent",
            None,
        ),
        ("We count workers whose wages are 30 percent above the average.", "30 percent", None),
        # the same measure outside such a clause
        ("Household incomes fell by 20 percent.", "20 percent", "household incomes"),
    ],
)
def test_a_threshold_in_a_whose_clause_is_refused(text, figure, subject):
    assert subject_of(text, figure) == subject


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        # an amount allocated or invested "in" something: one decision's own amount
        (
            "The ministry allocated 500 million rubles in farm subsidies.",
            "500 million rubles",
            None,
        ),
        (
            "The cabinet proposed allocating 90 billion rubles in budget funding.",
            "90 billion rubles",
            None,
        ),
        (
            "Over ten years we invested 300 billion rubles in regional power grids.",
            "300 billion rubles",
            None,
        ),
        # "in" after the figure with no such verb: kept
        (
            "Last year Norland attracted $5 billion in foreign investment.",
            "$5 billion",
            "foreign investment",
        ),
    ],
)
def test_an_allocated_amount_is_refused(text, figure, subject):
    assert subject_of(text, figure) == subject


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        # a project's effect: "this" or a project noun as the verb's subject
        ("This bridge will raise our freight capacity by 15 percent.", "15 percent", None),
        ("This will increase our port capacity by 40 percent.", "40 percent", None),
        ("The project will cut the cost of heating by 10 percent.", "10 percent", None),
        # the measure's own change: kept
        ("Our port capacity increased by 40 percent.", "40 percent", "port capacity"),
    ],
)
def test_a_projects_effect_is_refused(text, figure, subject):
    assert subject_of(text, figure) == subject


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        # an assumption or a bound the budget is built on
        ("We have assumed a cautious gas price of $200 in the plan.", "$200", None),
        ("The budget can handle a coal price of $50 per tonne.", "$50", None),
        ("Our goal is to lift timber exports to $9 billion.", "$9 billion", None),
        # the price itself: kept
        ("The average gas price rose to $200 last year.", "$200", "average gas price"),
    ],
)
def test_an_assumed_price_is_refused(text, figure, subject):
    assert subject_of(text, figure) == subject


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        # a count at a percent level: a share, not a number
        ("The number of cleared thefts fell to 38 percent.", "38 percent", None),
        ("The number of paved roads is now 64 percent.", "64 percent", None),
        # a count's change: kept
        (
            "The number of cleared thefts fell by 38 percent.",
            "38 percent",
            "number of cleared thefts",
        ),
    ],
)
def test_a_count_at_a_percent_level_is_refused(text, figure, subject):
    assert subject_of(text, figure) == subject


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        # a goal or a wish with its measure in between, a cap that was set, a loss it cost
        ("We want timber exports to grow to $9 billion.", "$9 billion", None),
        ("They set an ambitious goal to reach $80 billion in grain exports.", "$80 billion", None),
        ("The maximum fare increase was set at 3 percent.", "3 percent", None),
        (
            "The fraud cost the province 4 billion rubles in lost tax revenue.",
            "4 billion rubles",
            None,
        ),
        # a wish to speak: kept
        ("I want to say that timber exports grew to $9 billion.", "$9 billion", "timber exports"),
        (
            "I would like to note that grain exports grew by 12 percent.",
            "12 percent",
            "grain exports",
        ),
    ],
)
def test_a_wish_a_cap_or_a_loss_is_refused(text, figure, subject):
    assert subject_of(text, figure) == subject
