"""Issue 12, round ai: an anniversary marked by an event whose participants the President
greets takes the page's day (events.json's `anniversary_greeted_event_day`); two percentages
each with its unit joined as a range are one range fact (percentages.json's `unit_ranges`).
The pages and sentences are invented (docs/accuracy.md, issue 12 round ai)."""

import pytest
from conftest import check_with_and_without_key
from conftest import page_event_dates as _dates

from pipeline.nlp.rules import installed_rules

TITLE = "News of the day"
DAY = "2031-05-17"

# (text, title, page's date, event, date with the rule, date without the key)
MARKED_CASES = [
    (
        "On Tuesday the President sent his greetings to Lakeland's participants and guests of a "
        "gala evening marking the 20th anniversary of the Lake Theatre.",
        TITLE,
        DAY,
        "20th anniversary of the Lake Theatre",
        "2031-05-17",
        "2031-05",
    ),
    (
        "The President has sent a message of greetings to all Pine organisers of the ceremony held "
        "to mark the 40th anniversary of the Pine Society.",
        TITLE,
        DAY,
        "40th anniversary of the Pine Society",
        "2031-05-17",
        "2031-05",
    ),
    (
        "The President sent greetings to choir participants, guests and organisers of a festive "
        "concert dedicated to the 15th anniversary of the River Choir.",
        TITLE,
        DAY,
        "15th anniversary of the River Choir",
        "2031-05-17",
        "2031-05",
    ),
]

# kept as before the round: (text, title, page's date, event, date)
KEPT_CASES = [
    # greeted on the anniversary itself, no event held to mark it: the page's month
    (
        "The President sent greetings to the staff of the Pine Theatre on its 90th anniversary.",
        TITLE,
        DAY,
        "90th anniversary",
        "2031-05",
    ),
    # a programme of events over days
    (
        "The President sent greetings to the participants of the festive events marking the "
        "20th anniversary of the Lake Theatre.",
        TITLE,
        DAY,
        "20th anniversary of the Lake Theatre",
        "2031-05",
    ),
    # an event still to come
    (
        "The President sent greetings to the Lake participants of a gala evening that will be held "
        "to mark the 20th anniversary of the Lake Theatre.",
        TITLE,
        DAY,
        "20th anniversary of the Lake Theatre",
        "2031-05",
    ),
    # a page dated to its month only
    (
        "The President sent his greetings to the participants of a gala evening marking the "
        "20th anniversary of the Lake Theatre.",
        TITLE,
        "2031-05",
        "20th anniversary of the Lake Theatre",
        "2031-05",
    ),
]


@pytest.mark.parametrize("text, title, date, event, with_rule, without", MARKED_CASES)
def test_an_anniversary_marked_by_a_greeted_event_takes_the_page_day(
    text, title, date, event, with_rule, without, monkeypatch, events_component
):
    # round bb's `anniversary_event_held_day` gives these rows the page's day too: left out,
    # so that the rows still show what this round's key does on its own
    monkeypatch.setattr(
        events_component,
        "rules",
        events_component.rules.edited("events", drop=["anniversary_event_held_day"]),
    )
    check_with_and_without_key(
        (text, title, date, event, with_rule, without),
        "anniversary_greeted_event_day",
        monkeypatch,
        events_component,
    )


@pytest.mark.parametrize("text, title, date, event, expected", KEPT_CASES)
def test_anniversaries_greeted_otherwise_keep_the_month(text, title, date, event, expected):
    assert _dates(text, title, date)[event] == expected


# --- two percentages each with its unit: one range, or a level and the level it became ---------


def _percentages(text):
    import pipeline

    return [
        (f["value"], f["high"])
        for f in pipeline.extract_facts(text, date="2031-05-17", types="percentage")
        if f["type"] == "percentage"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Small farms supply from 10% to 12% of the region's grain.", [(10, 12)]),
        ("Output per worker must rise by 40% to 60% within a decade.", [(40, 60)]),
        ("Lakeland hopes to reach a 5%-7% rate of growth.", [(5, 7)]),
        ("The scores were 4 percent to 9 percent above the old mark.", [(4, 9)]),
        ("The river basin holds 3.5 per cent to 4 per cent of the fresh water.", [(3.5, 4)]),
    ],
)
def test_two_percentages_joined_as_a_range_are_one_fact(text, expected):
    assert _percentages(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rise or a fall before them: a level and the level it became
        ("The share of wind power grew from 12 percent to 19 percent.", [(12, None), (19, None)]),
        (
            "The coverage is to go from the current 30 percent to 55 percent.",
            [(30, None), (55, None)],
        ),
        ("The rate was cut from 9% to 6%.", [(9, None), (6, None)]),
        # the second below the first: no range
        ("Taxes on profit fell from 30% to 20%.", [(30, None), (20, None)]),
        ("It stood at almost 20 percent – 19.8 percent, to be exact.", [(20, None), (19.8, None)]),
        # different units
        ("It rose 2 percent to 5 percentage points.", [(2, None), (5, None)]),
    ],
)
def test_percentages_not_a_range_stay_two_facts(text, expected):
    assert _percentages(text) == expected


def test_without_the_key_two_percentages_stay_two_facts():
    from pipeline.nlp.numbers import find_numbers
    from pipeline.nlp.quantities import _percent_unit_range

    text = "Small farms supply from 10% to 12% of the region's grain."
    edited = installed_rules().edited("percentages", drop=["unit_ranges"])
    low, high = find_numbers(edited, text)[:2]
    assert not _percent_unit_range(edited, text, low, high, 0)
    assert _percent_unit_range(installed_rules(), text, low, high, 0)


# --- a season said with "this": the document's year (temporal.json's `relative_seasons`) ---


def _periods(text, date, types):
    import pipeline

    return [
        (f["text"], f["period"])
        for f in pipeline.extract_facts(text, date=date, types=types)
        if f["type"] == types
    ]


@pytest.mark.parametrize(
    ("text", "date", "types", "expected"),
    [
        (
            "Rescue teams of 12 countries helped during this summer's floods.",
            "2031-10-02",
            "country_count",
            [("12 countries", 2031)],
        ),
        (
            "Sales of the new tractor rose by 14 percent this spring.",
            "2031-12-20",
            "percentage",
            [("14 percent", 2031)],
        ),
        # autumn is no such season: said in January it is the autumn before
        (
            "Power cuts fell by 9 percent this autumn.",
            "2031-01-20",
            "percentage",
            [("9 percent", None)],
        ),
    ],
)
def test_a_season_with_this_is_the_documents_year(text, date, types, expected):
    assert _periods(text, date, types) == expected


def test_without_the_key_a_season_gives_no_year():
    from pipeline.nlp.temporal import period_for

    text = "Sales of the new tractor rose by 14 percent this spring."
    at = text.index("14 percent")
    edited = installed_rules().edited("temporal", drop=["relative_seasons"])
    assert period_for(installed_rules(), text, at, at + 10, 2031) == 2031
    assert period_for(edited, text, at, at + 10, 2031) is None


# --- a day of the week: the one nearest the page's date (events.json's `weekday_day_cues`) ---

# 2031-05-17 is a Saturday
WEEKDAY_CASES = [
    (
        "The President said he would open the Lake Energy Summit on Monday.",
        "Lake Energy Summit",
        "2031-05-19",
        None,
    ),
    (
        "The two leaders also discussed the Pine Union Summit to be held in Lakeside on Thursday.",
        "Pine Union Summit",
        "2031-05-15",
        None,
    ),
    (
        "Earlier on Saturday, the River team beat the Hill team and won the Lake Cup.",
        "Lake Cup",
        "2031-05-17",
        None,
    ),
]

WEEKDAY_KEPT = [
    # a date written in the clause wins
    (
        "The main events of the Lake Energy Summit will take place on Monday, June 2.",
        "Lake Energy Summit",
        "2031-06-02",
    ),
    # "next Monday" is no lead
    ("The President will open the Lake Energy Summit next Monday.", "Lake Energy Summit", None),
]


@pytest.mark.parametrize("text, event, with_rule, without", WEEKDAY_CASES)
def test_a_weekday_in_the_clause_is_the_one_of_the_pages_week(
    text, event, with_rule, without, monkeypatch, events_component
):
    check_with_and_without_key(
        (text, TITLE, DAY, event, with_rule, without),
        "weekday_day_cues",
        monkeypatch,
        events_component,
    )


@pytest.mark.parametrize("text, event, expected", WEEKDAY_KEPT)
def test_a_weekday_with_a_date_or_after_next_keeps_its_date(text, event, expected):
    assert _dates(text, TITLE, DAY)[event] == expected
