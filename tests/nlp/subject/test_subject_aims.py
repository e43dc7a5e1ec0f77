"""Issue 16ae: an aim named by a gerund, a decision, a restriction fronted before the subject
and a part's share of a whole named after the figure (invented sentences).

"This means raising crop yields by 30 percent" is an aim; "the council has decided to cut
bus fares by 5 percent" a plan; "In river shipping, grain exports grew by 6 percent" is a
measure of river shipping the subject drops; "the fishing sector accounted for 8 percent of
the provincial product" is that sector's share of a whole."""

import pytest
from conftest import subject_of

# the phrase the subject finder gives, without the record-level refusal of issue 16v
pytestmark = pytest.mark.usefixtures("without_unscoped_single_key_refusal")


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        # a gerund before the subject, the figure after "by" or "to": an aim (each case keeps
        # its subject without `aim_gerunds`)
        ("This is about lowering freight costs by 10 percent.", "10 percent", None),
        (
            "This means, first of all, increasing labour productivity by 40% to 60%.",
            "40% to 60%",
            None,
        ),
        ("This is about raising the average wage to $900.", "$900", None),
        # near-misses: a verb after the subject, or a gerund after "are" (a verb)
        ("Crop yields increased by 30 percent.", "30 percent", "crop yields"),
        (
            "We are raising the minimum pension to 9,000 rubles from March.",
            "9,000 rubles",
            "minimum pension",
        ),
    ],
)
def test_an_aim_named_by_a_gerund(text, figure, subject):
    assert subject_of(text, figure) == subject


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        # a decision in the clause before the figure: a plan
        ("The council has decided to cut bus fares by 5 percent.", "5 percent", None),
        (
            "The cabinet took a decision to raise teachers' salaries by 12 percent.",
            "12 percent",
            None,
        ),
        # near-miss: the decision is in another clause
        (
            "The council decided to meet again; bus fares fell by 5 percent.",
            "5 percent",
            "bus fares",
        ),
    ],
)
def test_a_decision_is_a_plan(text, figure, subject):
    assert subject_of(text, figure) == subject


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        # a fronted phrase that restricts the measure
        ("In river shipping, grain exports grew by 6 percent.", "6 percent", None),
        (
            "In the coastal fleet, the share of new vessels is 64 percent.",
            "64 percent",
            None,
        ),
        # near-misses: a time, a month range, a discourse phrase, a region word
        ("In 2019, grain exports grew by 6 percent.", "6 percent", "grain exports"),
        (
            "In February-June, grain exports grew by 6 percent.",
            "6 percent",
            "grain exports",
        ),
        ("In general, grain exports grew by 6 percent.", "6 percent", "grain exports"),
        ("In our region, grain exports grew by 6 percent.", "6 percent", "grain exports"),
        ("In the economic sphere, grain exports grew by 6 percent.", "6 percent", "grain exports"),
        # no fronted phrase
        ("Grain exports in 2019 grew by 6 percent.", "6 percent", "grain exports"),
    ],
)
def test_a_fronted_restriction(text, figure, subject):
    assert subject_of(text, figure) == subject


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        # a part's share of a whole named after the figure
        ("The fishing sector accounted for 8 percent of GDP.", "8 percent", None),
        ("The fishing sector makes up 8 percent of GDP.", "8 percent", None),
        # near-misses: a measure noun as head, a change, money
        ("Fish exports make up 8 percent of GDP.", "8 percent", "fish exports"),
        ("Timber sales grew by 15 percent over the year.", "15 percent", "timber sales"),
        (
            "Foreign investments in the port accounted for $2 billion.",
            "$2 billion",
            "foreign investments in the port",
        ),
    ],
)
def test_a_share_of_a_whole_named_after(text, figure, subject):
    assert subject_of(text, figure) == subject


@pytest.mark.parametrize(
    ("method", "text", "figure", "subject"),
    [
        (
            "aimed_by_a_gerund",
            "This means, first of all, increasing labour productivity by 40% to 60%.",
            "40% to 60%",
            "labour productivity",
        ),
        (
            "restricted_by_a_fronted_phrase",
            "In river shipping, grain exports grew by 6 percent.",
            "6 percent",
            "grain exports",
        ),
        (
            "deadline_before",
            "Ten years ago we were told that by 2030 the average wage would be $3,000.",
            "$3,000",
            "average wage",
        ),
        (
            "part_of_a_whole_after",
            "The fishing sector accounted for 8 percent of GDP.",
            "8 percent",
            "fishing sector",
        ),
    ],
)
def test_each_rule_is_what_refuses(monkeypatch, method, text, figure, subject):
    """With the rule's check switched off, the sentence keeps its subject: the rule is what
    refuses it."""
    from pipeline.nlp import subject as module

    monkeypatch.setattr(module._Finder, method, lambda self: False)
    assert subject_of(text, figure) == subject


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        # a deadline year after the page's (2021) before the figure: a target or forecast
        (
            "We set the goal of raising grain exports to $9 billion by 2030, and "
            "fish exports to $4 billion.",
            "$4 billion",
            None,
        ),
        (
            "Ten years ago we were told that by 2030 the average wage would be $3,000.",
            "$3,000",
            None,
        ),
        # near-misses: a past year or the page's own, no deadline, a deadline past a semicolon
        (
            "By the end of 2019, fish exports had grown to $4 billion.",
            "$4 billion",
            "fish exports",
        ),
        ("Last year fish exports grew to $4 billion.", "$4 billion", "fish exports"),
        (
            "By the end of 2021, fish exports had grown to $4 billion.",
            "$4 billion",
            "fish exports",
        ),
        (
            "We will finish the port by 2030; fish exports grew to $4 billion.",
            "$4 billion",
            "fish exports",
        ),
    ],
)
def test_a_deadline_before_the_figure(text, figure, subject):
    assert subject_of(text, figure) == subject
