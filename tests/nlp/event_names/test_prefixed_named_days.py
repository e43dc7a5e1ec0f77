"""Event names of issue 12 round cx: a professional, commemorative or national day named by
capitalised words before its head ("Lake Press Day", "Defender of the Pine Day", "Pine Rescue
Workers’ Day"), events.json's `prefixed_named_days`. Each named row changes without the key;
the rows where it must not fire stay unnamed. The sentences are invented."""

import pytest
from conftest import found_event_names as _found
from conftest import page_event_names

from pipeline.nlp.rules import installed_rules

RULES = installed_rules()
WITHOUT = RULES.edited("events", prefixed_named_days={})

NAMED = [
    ("The minister congratulated the editors on Lake Press Day.", "Lake Press Day"),
    ("Happy Defender of the Pine Day to all of you!", "Defender of the Pine Day"),
    (
        "On Pineland Rescue Workers’ Day, the President met the crews.",
        "Pineland Rescue Workers’ Day",
    ),
    ("Ahead of Lakeland Radio Day, he visited the studio.", "Lakeland Radio Day"),
    (
        "They marked the Fishing and Boating Industry Workers’ Day in style.",
        "Fishing and Boating Industry Workers’ Day",
    ),
    (
        "the Lakeland and Pineland Unity Day is marked each spring",
        "Lakeland and Pineland Unity Day",
    ),
    (
        "He spoke on International Day of Lake Rivers at the school.",
        "International Day of Lake Rivers",
    ),
    ("the Hillmark’s Forest Guard Day will be celebrated", "Hillmark’s Forest Guard Day"),
]


@pytest.mark.parametrize("text, name", NAMED)
def test_a_day_named_before_its_head(text, name):
    assert name in _found(text)
    assert name not in _found(text, WITHOUT)


# (text, the day named, the words before it left out of its name)
SPLIT = [
    ("the siege by the Lake Army and Pine Sailors’ Day", "Pine Sailors’ Day"),
    ("the Great Lake War and Pineland Day celebrations", "Pineland Day"),
    ("on the Day of Lake Unity and Pine Guard Day", "Pine Guard Day"),
    ("Lake Language Day and Poet Day are marked together", "Lake Language Day"),
]


@pytest.mark.parametrize("text, name", SPLIT)
def test_and_joins_only_a_single_word_that_starts_the_run(text, name):
    assert name in _found(text)


NOT_NAMED = [
    "The International Day was marked in the hall.",  # no tail: no name
    "Twelve days are left before Election Day.",  # the date of an election
    "He visited the abbot on his Name Day.",  # a person's day
    "In talks with Mr Day, the President spoke of trade. Anna Day agreed.",  # a surname
    "He read about the D-Day landings.",  # hyphenated
    "Day by day the work went on.",  # no name words
    "we spoke on the day of the vote",  # lowercase
    "The Pine Culture Days opened in Lakeside.",  # "Days": a festival, named by its own head
    "The pupils toured the Lake Press Day Museum.",  # a place named after it
]


@pytest.mark.parametrize("text", NOT_NAMED)
def test_no_day_named(text):
    assert not [n for n in _found(text) if n.endswith("Day")]


def test_the_day_is_one_event_on_a_page():
    names = page_event_names(
        "On Lake Press Day, the President met journalists.\n\n"
        "He wished them a happy Lake Press Day."
    )
    assert names.count("Lake Press Day") == 1
