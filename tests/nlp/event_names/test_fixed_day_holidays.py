"""Events on the source pages (issue 12, round ar): the yearly holiday named by its own name
('Victory Day', a head of its own, kind anniversary) and its date, the day's nearest
occurrence to the page's date where nothing but the page dates it (events.json's
`fixed_day_anniversaries` entry's `names`). Each rule has rows that change without it and rows
where it must not fire. The sentences are invented (docs/accuracy.md, issue 12 round ar)."""

import pytest
from conftest import found_event_names as _found
from conftest import page_event_dates as _dates
from conftest import rules_without_event_head as _without_head

from pipeline.nlp.rules import installed_rules

RULES = installed_rules()
EVENTS = RULES.get("events")
DAY = "Victory Day"  # the rule file's head, kept apart from the invented sentences around it


def _without_names():
    """The installed rules with `fixed_day_anniversaries` entries' `names` taken out."""
    entries = [
        {k: v for k, v in entry.items() if k != "names"}
        for entry in EVENTS["fixed_day_anniversaries"]
    ]
    return RULES.edited("events", fixed_day_anniversaries=entries)


# -- the holiday named -----------------------------------------------------------------------

HOLIDAY_CASES = [
    f"The mayor of Lakeville spoke about the preparations for {DAY} festivities in the park.",
    f"Pinetown schoolchildren sent cards to the veterans on {DAY}.",
    f"The governor wished the orchestra well ahead of {DAY} and its concerts.",
]


@pytest.mark.parametrize("text", HOLIDAY_CASES)
def test_the_holiday_is_named_by_its_head(text):
    assert _found(text) == [DAY]
    # round cx's prefixed_named_days names it too: taken out as well
    without = _without_head("victory day").edited("events", prefixed_named_days={})
    assert _found(text, without) == []


@pytest.mark.parametrize(
    "text",
    [
        "The coach called the final match a victory day for the whole Lakeville club.",  # lowercase
        f"The pupils visited the {DAY} Museum in Pinetown last week.",  # a place named after it
    ],
)
def test_a_lowercase_day_or_a_place_named_after_it_is_no_event(text):
    assert _found(text) == []


# -- its date --------------------------------------------------------------------------------

# (text, page's date, date with the rule; without the entry's `names` another)
DATE_CASES = [
    # in the run-up, dated to the page's month by a congratulation: the holiday's day
    (f"The minister congratulated the Lakeville veterans on {DAY}.", "2031-05-06", "2031-05-09"),
    # in the run-up, undated: the holiday's day
    (f"The Pinetown choir rehearses its songs for the coming {DAY}.", "2031-04-22", "2031-05-09"),
    # later in that year: that year's, now past
    (f"We saw the Lakeville cadets march at the {DAY} parade.", "2031-06-15", "2031-05-09"),
    # late in the year: the next year's
    (f"On {DAY}, the Pinetown garrison will march through the square.", "2031-12-20", "2032-05-09"),
]


@pytest.mark.parametrize("case", DATE_CASES)
def test_the_holiday_takes_its_nearest_day(case, monkeypatch, events_component):
    text, date, with_rule = case
    assert _dates(text, "News of the day", date)[DAY] == with_rule
    monkeypatch.setattr(events_component, "rules", _without_names())
    assert _dates(text, "News of the day", date)[DAY] != with_rule


def test_a_date_the_text_gives_stays():
    text = f"Last year, on {DAY}, the Lakeville band played in the square."
    assert _dates(text, "News of the day", "2031-04-15")[DAY] == "2030"
