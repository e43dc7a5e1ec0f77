"""Event names of issue 12, round ef: a counted anniversary said only by a description ("Pine
District will mark its 90th anniversary", "the 100th anniversary of the town", "this
centenary") and the one other anniversary of its count on the page are one event, recorded at
the first mention (`described_anniversaries`). Rows that merge fail without the key; rows that
must stay apart: a possessive whose sentence names another owner, three groups of one count,
two named anniversaries of one count, another count. The sentences are invented."""

import pytest
from conftest import drop_event_rules, page_event_names

MERGED_CASES = [
    (
        # a possessive first, the named one later: the owner's words are in both
        "In 2032, Pine District will mark its 90th anniversary.\n\nThe miners hope to see you "
        "at the festivities for the 90th anniversary of Pine District.",
        ["90th anniversary"],
        ["90th anniversary", "90th anniversary of Pine District"],
    ),
    (
        # an owner named by a possessive later ("the Union’s")
        "I would like to congratulate the Lake Builders Union on its 15th anniversary.\n\n"
        "Once more, congratulations on the Union’s 15th anniversary.",
        ["15th anniversary"],
        ["15th anniversary", "Union’s 15th anniversary"],
    ),
    (
        # the owner's initials ("LWO") in the later name
        "The Lake Water Organisation celebrates its 20th anniversary this year.\n\nWe are "
        "marking the 20th anniversary of the LWO charter signing.",
        ["20th anniversary"],
        ["20th anniversary", "20th anniversary of the LWO charter signing"],
    ),
    (
        # a town described first, named later
        "The President congratulated Pinevale residents on the 150th anniversary of the "
        "town.\n\nIt is a special date, the 150th anniversary of Pinevale.",
        ["150th anniversary of the town"],
        ["150th anniversary of the town", "150th anniversary of Pinevale"],
    ),
    (
        # named first, described later with a modifier
        "He spoke at the ceremony for the 30th anniversary of the Lake Music Academy.\n\nWe "
        "celebrate the 30th anniversary of a wonderful academy.",
        ["30th anniversary of the Lake Music Academy"],
        ["30th anniversary of the Lake Music Academy", "30th anniversary of a wonderful academy"],
    ),
    (
        # a possessive, then the count's word alone
        "The Lake Reserve marks its 100th anniversary this year.\n\nThe first event to mark "
        "this centenary was held at the visitors’ centre.",
        ["100th anniversary"],
        ["100th anniversary", "centenary"],
    ),
]


@pytest.mark.parametrize("text, with_rule, without", MERGED_CASES)
def test_a_described_anniversary_is_the_one_named_of_its_count(
    text, with_rule, without, monkeypatch, events_component
):
    assert page_event_names(text) == with_rule
    drop_event_rules(monkeypatch, events_component, "described_anniversaries")
    assert page_event_names(text) == without


KEPT_CASES = [
    (
        # the possessive's sentence names another owner (a farm, not the league)
        "I invited you to the Lake Farm; the farm lately celebrated its 100th anniversary.\n\n"
        "We have marked the 100th anniversary of the Pine Youth League too.",
        ["100th anniversary", "100th anniversary of the Pine Youth League"],
    ),
    (
        # a lowercase owner that is not what the other is of
        "The plant marked its 60th anniversary in spring.\n\nWe have also marked the 60th "
        "anniversary of the Hill Fleet.",
        ["60th anniversary", "60th anniversary of the Hill Fleet"],
    ),
    (
        # three anniversaries of one count: which one is described is not known
        "We marked the 70th anniversary of the Battle of Pinetown and the 70th anniversary of "
        "the Battle of Lakeville.\n\nSoon comes the 70th anniversary of the town.",
        [
            "70th anniversary of the Battle of Pinetown",
            "Battle of Pinetown",
            "70th anniversary of the Battle of Lakeville",
            "Battle of Lakeville",
            "70th anniversary of the town",
        ],
    ),
    (
        # two named anniversaries of one count, none described
        "Lakeland celebrated the 25th anniversary of diplomatic relations.\n\nIn July Pineland "
        "celebrated the 25th anniversary of the harbour patrol mission.",
        [
            "25th anniversary of diplomatic relations",
            "25th anniversary of the harbour patrol mission",
        ],
    ),
    (
        # a description of another count
        "The city will mark its 40th anniversary.\n\nNext year is the 50th anniversary of "
        "Hillport.",
        ["40th anniversary", "50th anniversary of Hillport"],
    ),
    (
        # a lowercase tail that is no body or place of the list
        "We celebrate the 10th anniversary of the new bridge.\n\nThe 10th anniversary of the "
        "Lake Treaty is near.",
        ["10th anniversary of the new bridge", "10th anniversary of the Lake Treaty"],
    ),
]


@pytest.mark.parametrize("text, names", KEPT_CASES)
def test_other_anniversaries_of_one_count_stay_apart(text, names):
    assert page_event_names(text) == names


@pytest.mark.parametrize(
    "name, subject",
    [
        ("Lake Union’s 10th anniversary", {"lake", "union"}),
        # a word ending in "th" or "st" is no count: "health", "youth", "forest" stay
        ("Health Fund’s 25th anniversary", {"health", "fund"}),
        ("twenty-fifth anniversary of the youth forest", {"youth", "forest"}),
        ("the town’s 1,000th anniversary", {"town"}),
    ],
)
def test_what_a_name_says_the_anniversary_is_of(name, subject):
    from pipeline.nlp import event_described_anniversaries as described
    from pipeline.nlp.events import content_words
    from pipeline.nlp.rules import installed_rules

    rule = described._described_rule(installed_rules())
    assert described._subject(rule, name, content_words) == subject
