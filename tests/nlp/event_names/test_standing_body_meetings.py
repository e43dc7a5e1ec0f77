"""Meetings of a standing body named by the body (issue 12, round dx): events.json's
`standing_body_meetings` ("the last Lake Council meeting", "the meeting of the Lake Council
Presidium"). Most rows use the rule with an invented body in place of the installed ones
(refused as a body by `not_events`, as "State Council" is), a few the installed rule itself;
each firing row changes without the key, and the rows where it must not fire stay as they were.
The sentences are invented (docs/accuracy.md, issue 12 round dx)."""

import pytest
from conftest import found_event_names as _found
from conftest import page_event_dates, page_event_names

from pipeline.nlp.rules import installed_rules

RULES = installed_rules()
KEY = "standing_body_meetings"
INSTALLED = RULES.get("events")[KEY]
LAKE = {
    **INSTALLED,
    "bodies": ["Lake Council", "Lake Council Presidium", "Lake Council’s Presidium"],
}
# the installed bodies are names the scan refuses as bodies (`not_events`); so is the invented
# one here, as it would be once listed there
BASE = RULES.edited("events", not_events=[*RULES.get("events")["not_events"], "Lake Council"])
WITH = BASE.edited("events", **{KEY: LAKE})
WITHOUT = BASE.edited("events", drop=[KEY])

NAMED = [
    ("We spoke about it at the last Lake Council meeting in the spring.", "Lake Council meeting"),
    ("The plan goes to the upcoming Lake Council meeting.", "Lake Council meeting"),
    ("He reported at the meeting of the Lake Council Presidium in Pinetown.", None),
    ("Such cases were raised at the Lake Council Presidium meeting on roads.", None),
    ("I will raise this at the next meeting of the Lake Council.", "meeting of the Lake Council"),
    ("She quoted the Lake Council’s meeting on ferries.", "Lake Council’s meeting"),
    ("As was said at the recent Lake Council meeting, the river is clean.", None),
]


@pytest.mark.parametrize("text, name", NAMED)
def test_a_meeting_named_by_its_body(text, name):
    found = _found(text, WITH)
    assert found and found != _found(text, WITHOUT)
    if name is not None:
        assert name in found


NOT_NAMED = [
    "We could discuss it at a Lake Council meeting next year.",  # "a": one of many
    "This Lake Council meeting is about rivers.",  # "this": the page's own, as a rule
    "He sat in the Lake Council meeting room.",  # a room
    "The governors met at Lake Council meetings twice a year.",  # plural, no determiner
    "The leaders held the Supreme Lake Council meeting in Pinetown.",  # a longer name
    "They met at the meeting of the Lake Council of Hilltown.",  # another body of that name
    "The Lake Council adopted the plan.",  # the body, no meeting
    "He spoke at the meeting of the Lake Council Working Group.",  # a longer name
]


@pytest.mark.parametrize("text", NOT_NAMED)
def test_no_meeting_without_the_body_and_the(text):
    assert _found(text, WITH) == _found(text, WITHOUT)


INSTALLED_ROWS = [
    ("We discussed the ferries at the last State Council meeting in Pinetown.", True),
    ("The mayor spoke at the Pinetown session, the meeting of the State Council Presidium.", True),
    ("The board of Lake Bank met at the State Council meeting hall.", False),  # a hall
    ("The leaders of the two states held the Supreme State Council meeting.", False),
]


@pytest.mark.parametrize("text, fires", INSTALLED_ROWS)
def test_the_installed_bodies(text, fires):
    assert (_found(text) != _found(text, WITHOUT)) is fires


def test_the_page_s_own_meeting_stays_out():
    text = "The governors of Lakeland spoke at the State Council meeting on ferries today."
    assert page_event_names(text, title="State Council meeting on ferries") == []
    assert page_event_names(text, title="Meeting with Pinetown governors") == [
        "State Council meeting"
    ]


def test_a_later_mention_is_the_same_meeting():
    text = (
        "In 2030, at the State Council meeting, the governors of Lakeland agreed on ferries."
        "\n\nThe decisions of the last State Council meeting on ferries are being carried out."
    )
    assert page_event_dates(text, "Meeting with Pinetown governors", "2031-04-15") == {
        "State Council meeting": "2030"
    }
