"""Events named again by their place alone (issue 12, round dp; events.json's
`place_head_aliases`): "the Pinetown summit" after "the Lake Union summit, which had recently
finished in Pinetown" is the same summit, recorded once at its first mention; so is "the
Pinetown summit" on a page whose title says the summit took place in Pinetown (the page's
own). Each firing row keeps the second name without the key; the rows that must not fire keep
it with the rule. The pages are invented."""

import pytest
from conftest import drop_event_rules
from conftest import page_event_names as _names

# (page text, title, the names with the rule, the names without its key)
FIRED_CASES = [
    # placed by the text after the earlier name, in its own sentence
    (
        "He thanked him for the Lake Union summit, which had recently finished in Pinetown."
        "\n\nThey discussed the agreements made at the Pinetown summit.",
        "Telephone conversation with the President of Lakeland",
        ["Lake Union summit"],
        ["Lake Union summit", "Pinetown summit"],
    ),
    # a conference named again by its place
    (
        "They talked about the Lake Water conference that had just taken place in Hillport."
        " The ministers praised the decisions of the Hillport conference.",
        "Meeting with the Prime Minister of Lakeland",
        ["Lake Water conference"],
        ["Lake Water conference", "Hillport conference"],
    ),
    # placed in the next sentence; a forum may name a summit again
    (
        "We are getting ready for the Lake-Pine summit, the first of its kind. It will be held"
        " in late May in Rivermouth. The Lakeland President will co-chair the Rivermouth forum.",
        "Meeting with ambassadors",
        ["Lake-Pine summit"],
        ["Lake-Pine summit", "Rivermouth forum"],
    ),
    # placed by the earlier name itself: the place and another head
    (
        "Our delegation arrived in Pinetown on Monday. It was a perfect Pinetown summit, the"
        " best in years.\n\nBanks were represented at the Pinetown forum.",
        "Meeting with bankers",
        ["Pinetown summit"],
        ["Pinetown summit", "Pinetown forum"],
    ),
    # the page's own summit, which its title places there
    (
        "The sides discussed trade. Representing Lakeland at the Pinetown summit were five"
        " ministers.",
        "The fifth Lake Union summit took place in Pinetown",
        [],
        ["Pinetown summit"],
    ),
]

# not fired: the earlier event placed elsewhere (by the text or by its name), another
# occurrence, no link before the place, a head that cannot name the earlier kind, a place
# named only after another event's mention, or an unrecorded earlier phrase
KEPT_CASES = [
    (
        "He thanked him for the Lake Union summit, which had recently finished in Hillport."
        "\n\nThey discussed the agreements made at the Pinetown summit.",
        "Telephone conversation with the President of Lakeland",
        ["Lake Union summit", "Pinetown summit"],
    ),
    (
        "The Lake Union Summit in Hillport will adopt the plan agreed in Pinetown."
        " It continues the work of the Pinetown Summit.",
        "Interview to a Lakeland newspaper",
        ["Lake Union Summit in Hillport", "Pinetown Summit"],
    ),
    (
        "The Lake Union summit was held in Pinetown. We are preparing for the next Pinetown"
        " summit.",
        "Meeting with the Government",
        ["Lake Union summit", "Pinetown summit"],
    ),
    (
        "The Lake Union summit ended on Monday. Mr Lind will attend the Hillside summit.",
        "Meeting with the Government",
        ["Lake Union summit", "Hillside summit"],
    ),
    (
        "The annual Lake Arts Conference in Hillport is well known. Ask me about the Hillport"
        " summit.",
        "Lake Dialogue international forum",
        ["Lake Arts Conference", "Hillport summit"],
    ),
    (
        "The Lake Union summit opened, and the Pine Trade Forum was held in Pinetown."
        " Later the Pinetown summit was recalled.",
        "Meeting with business leaders",
        ["Lake Union summit", "Pine Trade Forum", "Pinetown summit"],
    ),
    (
        "Instructions were issued by us at the forum in Pinetown. Colleagues at the Pinetown forum"
        " proposed this.",
        "Meeting with the Academy of Sciences",
        ["Pinetown forum"],
    ),
]


@pytest.mark.parametrize("text, title, with_rule, without", FIRED_CASES)
def test_a_place_named_second_name_is_not_a_second_event(
    text, title, with_rule, without, monkeypatch, events_component
):
    assert _names(text, title) == with_rule
    drop_event_rules(monkeypatch, events_component, "place_head_aliases")
    assert _names(text, title) == without


@pytest.mark.parametrize("text, title, names", KEPT_CASES)
def test_a_place_named_event_of_its_own_is_kept(text, title, names):
    assert _names(text, title) == names
