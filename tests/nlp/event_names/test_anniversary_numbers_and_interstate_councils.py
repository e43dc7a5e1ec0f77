"""Events on the short source pages (issue 12, round bd): two anniversaries of different numbers
whose names share words are two events (the second one's words refining the first's no longer
joins it), and a council of leaders named with "of" inside the run before its head ("the Lake
Heads of State Council") names a meeting without an ordinal (`interstate_council_meetings`).
The sentences are invented (docs/accuracy.md, issue 12 round bd)."""

import pytest
from conftest import found_event_names as _found
from conftest import page_event_names

from pipeline.nlp.rules import installed_rules

RULES = installed_rules()
WITHOUT_COUNCILS = RULES.edited("events", interstate_council_meetings={})

TWO_ANNIVERSARIES = [
    (
        "A declaration was signed on the 30th anniversary of the Polar Treaty and the 20th "
        "anniversary of the Polar Treaty Organisation.",
        [
            "30th anniversary of the Polar Treaty",
            "20th anniversary of the Polar Treaty Organisation",
        ],
    ),
    (
        "A declaration was signed on the 20th anniversary of the Polar Treaty Organisation and "
        "the 30th anniversary of the Polar Treaty.",
        [
            "20th anniversary of the Polar Treaty Organisation",
            "30th anniversary of the Polar Treaty",
        ],
    ),
    (
        "Last year we marked the 60th anniversary of Victory. In two years Lakelanders will "
        "celebrate the 62nd anniversary of Victory in the Lake War.",
        ["60th anniversary of Victory", "62nd anniversary of Victory in the Lake War"],
    ),
]


@pytest.mark.parametrize("text, names", TWO_ANNIVERSARIES)
def test_anniversaries_of_other_numbers_are_two_events(text, names):
    assert [n for n in page_event_names(text) if "anniversary" in n] == names


ONE_ANNIVERSARY = [
    # the same number, or none, refines or repeats the first mention: one event
    "They marked the 30th anniversary of the Polar Treaty. The 30th anniversary of the Polar "
    "Treaty Organisation was marked too.",
    "They marked the 30th anniversary of the Polar Treaty. The thirtieth anniversary of the "
    "Polar Treaty was a holiday.",
    "They marked the 30th anniversary of the Polar Treaty. The anniversary of the Polar Treaty "
    "Organisation was marked too.",
]


@pytest.mark.parametrize("text", ONE_ANNIVERSARY)
def test_one_anniversary_stays_one_event(text):
    assert page_event_names(text) == ["30th anniversary of the Polar Treaty"]


COUNCILS = [
    (
        "The President flew to Pinetown for the meeting of the LCO Heads of State Council.",
        "meeting of the LCO Heads of State Council",
    ),
    (
        "The issue was raised at a meeting of the Lake Union Heads of Government Council.",
        "meeting of the Lake Union Heads of Government Council",
    ),
]


@pytest.mark.parametrize("text, name", COUNCILS)
def test_a_heads_of_state_council_meeting(text, name):
    assert name in _found(text)
    assert name not in _found(text, WITHOUT_COUNCILS)


@pytest.mark.parametrize(
    "text",
    [
        "The meeting of the Lake Council of State Affairs was long.",
        "The meeting of the Heads of State Council was long.",
        "The heads of state met before the meeting of the Pine Council.",
    ],
)
def test_no_council_of_leaders_no_meeting(text):
    assert _found(text) == []
