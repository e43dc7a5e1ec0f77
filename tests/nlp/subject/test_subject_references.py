"""Issue 16ai: a figure against a reference, a group of unnamed units, an amount moved by firms,
a share whose key names only its whole (invented sentences and places).

"The flu rate in Lakeland is 12 percent below the baseline" is a difference from a reference,
not the rate; "the banks' total lending reached $4 billion" is a group of banks' own amount,
named only in the paragraph; "banks approved 40 billion rubles of seasonal loans" is what those
banks lent; "Chile's share in world trade" is keyed by the whole alone. A comparison with
another time ("9 percent higher than last year"), a named owner ("Pinevale Bank's") and "we
approved" keep their subjects."""

import pytest
from conftest import subject_of

# the phrase the subject finder gives, without the record-level refusal of issue 16v
pytestmark = pytest.mark.usefixtures("without_unscoped_single_key_refusal")


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        # a difference from a reference named after the figure (each kept before issue 16ai)
        ("This winter the influenza rate is 12 percent below the baseline.", "12 percent", None),
        (
            "This week the influenza rate was 6 percent below the weekly epidemic threshold.",
            "6 percent",
            None,
        ),
        (
            "The overall GDP of the Pine Union states is 1.4 percentage points, higher than in "
            "Chile.",
            "1.4 percentage points",
            None,
        ),
        (
            "Grain yields in the valley were 20 percent above the average.",
            "20 percent",
            None,
        ),
        # near-misses: a comparison with another time, a change with no comparison
        (
            "Dairy output was 9 percent higher than last year.",
            "9 percent",
            "dairy output",
        ),
        (
            "Dairy output was 9 percent higher than in 2019.",
            "9 percent",
            "dairy output",
        ),
        ("Dairy output grew by 9 percent over the past year.", "9 percent", "dairy output"),
    ],
)
def test_a_difference_from_a_reference(text, figure, subject):
    assert subject_of(text, figure) == subject


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        # a plural of a unit head after "the": a group named only in the paragraph
        ("The banks’ total lending has reached $4 billion.", "$4 billion", None),
        (
            "The plants' combined timber output reached 80 billion rubles.",
            "80 billion rubles",
            None,
        ),
        ("The companies' export earnings rose to 12 billion rubles.", "12 billion rubles", None),
        (
            "Net profit of the companies rose to 12 billion rubles.",
            "12 billion rubles",
            None,
        ),
        # near-misses: one named bank, a singular noun left to issue 16u's rule, no "the"
        (
            "Pinevale Bank’s total lending has reached $4 billion.",
            "$4 billion",
            "Pinevale Bank’s total lending",
        ),
        (
            "Net profit of the Lakeland companies rose to 12 billion rubles.",
            "12 billion rubles",
            "net profit of the Lakeland companies",
        ),
    ],
)
def test_a_group_of_unnamed_units(text, figure, subject):
    assert subject_of(text, figure) == subject


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        # firms or banks before the verb of a figure whose subject follows it
        (
            "By early May, banks approved 40 billion rubles of seasonal loans.",
            "40 billion rubles",
            None,
        ),
        ("Last year the firms spent $3 billion in research grants.", "$3 billion", None),
        # near-misses: "we", a place, a class of firms named by a modifier
        (
            "By early May, we approved 40 billion rubles of seasonal loans.",
            "40 billion rubles",
            "seasonal loans",
        ),
        (
            "Lakeland approved 40 billion rubles of seasonal loans.",
            "40 billion rubles",
            "seasonal loans",
        ),
        (
            "Private banks approved 40 billion rubles of seasonal loans.",
            "40 billion rubles",
            "seasonal loans",
        ),
    ],
)
def test_an_amount_moved_by_firms(text, figure, subject):
    assert subject_of(text, figure) == subject


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        # "share in"/"share on" a whole, the part before it dropped from the key
        ("After the war, Chile's share in world trade was 9 percent.", "9 percent", None),
        (
            "Today Chile's share on foreign timber markets accounts for about 30 percent.",
            "about 30 percent",
            None,
        ),
        (
            "Family farms hold a 12 percent share in the regional dairy market.",
            "12 percent",
            None,
        ),
        # the old wording of a row of test_subject.py, kept there before issue 16ai
        (
            "Farmers had a 5 percent share in public purchases, and it hardly changed.",
            "5 percent",
            None,
        ),
        # near-misses: "of" names the part; a part after the whole
        ("The share of local cheese reached 70 percent.", "70 percent", "share of local cheese"),
        (
            "The share in GDP of small firms reached 22 percent.",
            "22 percent",
            "share in GDP of small firms",
        ),
    ],
)
def test_a_share_keyed_by_its_whole(text, figure, subject):
    assert subject_of(text, figure) == subject


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        # the round's fifth rule (traffic by mode or kind alone) was dropped after a second
        # reading: "rail traffic rose by 103 percent" names what the figure measures
        ("Passenger traffic rose by 6 percent in May.", "6 percent", "passenger traffic"),
        ("Rail freight traffic grew by 3 percent last year.", "3 percent", "rail freight traffic"),
    ],
)
def test_traffic_keeps_its_subject(text, figure, subject):
    assert subject_of(text, figure) == subject


def test_the_rules_are_what_refuse(monkeypatch):
    """With the checks switched off, the sentences keep their subjects."""
    from pipeline.nlp import subject as module

    monkeypatch.setattr(module._Finder, "compared_with_a_reference", lambda self: False)
    monkeypatch.setattr(module._Finder, "owned_by_unnamed_units", lambda self: False)
    monkeypatch.setattr(module._Finder, "moved_by_an_organisation", lambda self: False)
    monkeypatch.setattr(module._Finder, "share_without_its_part", lambda self, found: False)
    text = "This winter the influenza rate is 12 percent below the baseline."
    assert subject_of(text, "12 percent") == "influenza rate"
    text = "The plants' combined timber output reached 80 billion rubles."
    assert subject_of(text, "80 billion rubles") == "plants' combined timber output"
    text = "By early May, banks approved 40 billion rubles of seasonal loans."
    assert subject_of(text, "40 billion rubles") == "seasonal loans"
    text = "Family farms hold a 12 percent share in the regional dairy market."
    assert subject_of(text, "12 percent") == "share in the regional dairy market"
