"""Events on fresh random pages (issue 12, round al): a day of a date written before an event's
name is no count (`day_of_month_before_names`), and a title about instructions issued after an
event or about a meeting with its participants does not make the event the page's own
("instructions", "participants" in `own_event_title_cues_against`). Each rule has rows that
change without its key and rows where it must not fire. The sentences are invented."""

import pytest
from conftest import found_event_names as _found
from conftest import page_event_names as _names
from conftest import without_title_cues

from pipeline.nlp.rules import installed_rules

RULES = installed_rules()


# -- a day of a date before the name ---------------------------------------------------------

DAY_CASES = [
    (
        "They kept to the agreements of the December 9 Lake Four summit held in Oslo.",
        "Lake Four summit",
    ),
    ("The two ministers discussed the results of the March 3 Pine Forum.", "Pine Forum"),
    (
        "He congratulated her on the party's success in the September 24 Hill Assembly election.",
        "Hill Assembly election",
    ),
]


@pytest.mark.parametrize("text, name", DAY_CASES)
def test_a_day_of_a_date_before_a_name_is_no_count(text, name):
    assert _found(text) == [name]
    without = RULES.edited("events", drop=["day_of_month_before_names"])
    assert _found(text, without) == []


@pytest.mark.parametrize(
    "text",
    [
        "The region has hosted 3 Lake summits since then.",  # a count of summits
        "Over the years, 12 Pine Forums took place in the town.",
        "The report of 2031 counted 145 Lake summits.",  # three digits: no day
    ],
)
def test_digits_without_a_month_still_count_happenings(text):
    assert _found(text) == []


# -- titles about instructions or participants -------------------------------------------------

TITLE_CASES = [
    (
        "Instructions following the Lake Forum",
        "The President has approved a list of instructions following the Lake Forum.",
        "Lake Forum",
    ),
    (
        "Presidential instructions following the Pine Congress",
        "The Government is to report on the proposals made at the Pine Congress.",
        "Pine Congress",
    ),
    (
        "Meeting with Lake Innovation Forum participants",
        "The President met with participants in the Lake Innovation Forum.",
        "Lake Innovation Forum",
    ),
    (
        "Meeting with participants of the 3rd Hill Festival of Youth",
        "After the opening of the 3rd Hill Festival of Youth, the President met with its guests.",
        "3rd Hill Festival of Youth",
    ),
]


@pytest.mark.parametrize("title, text, name", TITLE_CASES)
def test_a_title_about_instructions_or_participants_is_not_the_event(
    title, text, name, monkeypatch, events_component
):
    assert name in _names(text, title=title)
    without = without_title_cues(events_component.rules, "instructions", "participants")
    monkeypatch.setattr(events_component, "rules", without)
    assert name not in _names(text, title=title)


@pytest.mark.parametrize(
    "title, text, name",
    [
        (
            "Lake Forum",
            "The President spoke at the plenary session of the Lake Forum.",
            "Lake Forum",
        ),
        (
            "Pine Congress opened in Hilltown",
            "The President addressed the Pine Congress in Hilltown.",
            "Pine Congress",
        ),
    ],
)
def test_a_title_naming_the_event_itself_is_still_its_own(title, text, name):
    assert name not in _names(text, title=title)
