"""Event dates of issue 12, round dv: `anniversary_written_base_year`, check by check.

An anniversary of a named object that every other rule left undated takes the base year the
page writes in a sentence naming that object, plus its number
(`event_undated_anniversaries.written_base_year_date`, hook in `events._undated_anniversary`).
Each row names the check it is for; each fails when that check alone is taken out of the code
(tried one by one). The fired rows also fail without the key. The pages are invented.

The check that the base year is before the page's year cannot change a date with the shipped
values (a base year of the page's year or later plus at least `min_number`, 10, is after the
window's end, `years_after`, 5, past the page's year): its row uses rules whose `min_number`
is lowered."""

import pytest
from conftest import check_date_without_key
from conftest import page_event_dates as _dates

KEY = "anniversary_written_base_year"
TITLE = "Meeting with the Governor of Marshland"
PLAQUE = "The President unveiled a plaque in honour of the "
HISTORY = "The history of Marshland goes back to 1733. "


def _row(check, text, date, event, expected):
    return pytest.param(text, date, event, expected, id=check)


# (page text, page date, event, date with the rule); without the key each is undated
FIRED = [
    _row(
        "base year in the sentence before",
        HISTORY + PLAQUE + "300th anniversary of Marshland.",
        "2031-06-20",
        "300th anniversary of Marshland",
        "2033",
    ),
    _row(
        "object after since",
        HISTORY + PLAQUE + "300th anniversary since Marshland’s founding.",
        "2031-06-20",
        "300th anniversary since Marshland’s founding",
        "2033",
    ),
    _row(
        "possessive s dropped from the object",
        HISTORY + PLAQUE + "300th anniversary of Marshland’s charter.",
        "2031-06-20",
        "300th anniversary of Marshland’s charter",
        "2033",
    ),
    _row(
        "not_object_words left out of the object",
        HISTORY + PLAQUE + "300th anniversary of Great Marshland.",
        "2031-06-20",
        "300th anniversary of Great Marshland",
        "2033",
    ),
    _row(
        "three-digit year after a short_year_leads word",
        "The old fort of Marshland was built of logs cut in 733. " + PLAQUE + "1300th "
        "anniversary of Marshland.",
        "2031-06-20",
        "1300th anniversary of Marshland",
        "2033",
    ),
    _row(
        "sum at years_before before the page's year",
        HISTORY + PLAQUE + "300th anniversary of Marshland.",
        "2036-06-20",
        "300th anniversary of Marshland",
        "2033",
    ),
    _row(
        "sum at years_after after the page's year",
        HISTORY + PLAQUE + "300th anniversary of Marshland.",
        "2028-06-20",
        "300th anniversary of Marshland",
        "2033",
    ),
    _row(
        "number equal to min_number",
        "Marshland’s first school opened in 2021. The Governor spoke of the 10th anniversary "
        "of Marshland’s school.",
        "2031-06-20",
        "10th anniversary of Marshland’s school",
        "2031",
    ),
]

# (page text, page date, event): undated with the rule, as without it
KEPT = [
    _row(
        "object not named in the year's sentence",
        HISTORY + PLAQUE + "300th anniversary of Pine Harbour.",
        "2031-06-20",
        "300th anniversary of Pine Harbour",
        None,
    ),
    _row(
        "every object word must be named",
        HISTORY + PLAQUE + "300th anniversary of the Marshland Charter.",
        "2031-06-20",
        "300th anniversary of the Marshland Charter",
        None,
    ),
    _row(
        "year in the anniversary's name",
        "The Marshland Charter was signed in 1733. " + PLAQUE + "300th anniversary of the 1700 "
        "Marshland Charter.",
        "2031-06-20",
        "300th anniversary of the 1700 Marshland Charter",
        None,
    ),
    _row(
        "no object after of or since",
        HISTORY + "The President spoke of Marshland’s 300th anniversary.",
        "2031-06-20",
        "Marshland’s 300th anniversary",
        None,
    ),
    _row(
        "year inside another event's name",
        "Marshland hosted the 2011 Lake Olympics. The Governor spoke of the 20th anniversary "
        "of Marshland’s sports school.",
        "2031-06-20",
        "20th anniversary of Marshland’s sports school",
        None,
    ),
    _row(
        "month right before the year",
        "The salt works opened in May 1733 in Marshland. " + PLAQUE + "300th anniversary of "
        "Marshland.",
        "2031-06-20",
        "300th anniversary of Marshland",
        None,
    ),
    _row(
        "month and days right before the year",
        "The salt works opened on May 5–7, 1733 in Marshland. " + PLAQUE + "300th anniversary "
        "of Marshland.",
        "2031-06-20",
        "300th anniversary of Marshland",
        None,
    ),
    _row(
        "year ending a span of years",
        "The Marshland fort dates from 1700–1733. " + PLAQUE + "300th anniversary of Marshland.",
        "2031-06-20",
        "300th anniversary of Marshland",
        None,
    ),
    _row(
        "year opening a span of years",
        "The Marshland fort dates from 1733–1790. " + PLAQUE + "300th anniversary of Marshland.",
        "2031-06-20",
        "300th anniversary of Marshland",
        None,
    ),
    _row(
        "digits after a decimal point",
        "The Marshland plant’s output rose by 0.1733 percent. " + PLAQUE + "300th anniversary "
        "of Marshland.",
        "2031-06-20",
        "300th anniversary of Marshland",
        None,
    ),
    _row(
        "digits before a decimal point",
        "The Marshland dam is 1733.5 metres long. " + PLAQUE + "300th anniversary of Marshland.",
        "2031-06-20",
        "300th anniversary of Marshland",
        None,
    ),
    _row(
        "three-digit count without a lead",
        "Marshland has 731 schools now. " + PLAQUE + "1300th anniversary of Marshland.",
        "2031-06-20",
        "1300th anniversary of Marshland",
        None,
    ),
    _row(
        "two different sums",
        "In 1733 and 1736 Marshland gained two charters. " + PLAQUE + "300th anniversary of "
        "Marshland.",
        "2031-06-20",
        "300th anniversary of Marshland",
        None,
    ),
    _row(
        "sum more than years_before before the page's year",
        HISTORY + PLAQUE + "300th anniversary of Marshland.",
        "2037-06-20",
        "300th anniversary of Marshland",
        None,
    ),
    _row(
        "sum more than years_after after the page's year",
        HISTORY + PLAQUE + "300th anniversary of Marshland.",
        "2027-06-20",
        "300th anniversary of Marshland",
        None,
    ),
    _row(
        "number below min_number",
        "Marshland hosted a fair in 2030. The Governor spoke of the second anniversary of "
        "Marshland’s new charter.",
        "2031-06-20",
        "second anniversary of Marshland’s new charter",
        None,
    ),
]


@pytest.mark.parametrize("text, date, event, expected", FIRED)
def test_the_written_base_year_plus_the_number_dates_the_anniversary(
    text, date, event, expected, monkeypatch, events_component
):
    check_date_without_key(
        (text, date, event, expected, None), TITLE, KEY, monkeypatch, events_component
    )


@pytest.mark.parametrize("text, date, event, expected", KEPT)
def test_no_single_written_base_year_of_the_object_leaves_it_undated(text, date, event, expected):
    assert _dates(text, TITLE, date)[event] == expected


def _base_year_rules(changes):
    """The installed rules with `anniversary_written_base_year`'s values changed by `changes`,
    or without the key for None."""
    from pipeline.nlp.rules import installed_rules

    rules = installed_rules()
    if changes is None:
        return rules.edited("events", drop=[KEY])
    return rules.edited("events", **{KEY: {**rules.get("events")[KEY], **changes}})


HISTORY_ONLY = [(HISTORY.strip(), [])]
LOWER_MIN = {"min_number": 2}  # the window (3 years before, 5 after) as shipped

# (rules' changes, None for no key; anniversary name; its number; the page's sentences, each
# with its event names' spans; page date; the year read): calls of `written_base_year_date`,
# for the checks a page cannot reach (the hook asks for a number and object words first) or
# the shipped values make moot
CALLS = [
    pytest.param(
        {}, "300th anniversary of Marshland", 300, HISTORY_ONLY, "2031-06-20", "2033", id="read"
    ),
    pytest.param(
        None,
        "300th anniversary of Marshland",
        300,
        HISTORY_ONLY,
        "2031-06-20",
        None,
        id="without the key",
    ),
    pytest.param(
        {},
        "300th anniversary of Marshland",
        None,
        HISTORY_ONLY,
        "2031-06-20",
        None,
        id="no number",
    ),
    pytest.param(
        {},
        "300th anniversary of Marshland",
        300,
        HISTORY_ONLY,
        None,
        None,
        id="page without a date",
    ),
    pytest.param(
        {},
        "300th anniversary of the town",
        300,
        [("The town was founded in 1733.", [])],
        "2031-06-20",
        None,
        id="no object words",
    ),
    pytest.param(
        LOWER_MIN,
        "second anniversary of Marshland’s charter",
        2,
        [("Marshland gained its charter in 2029.", [])],
        "2031-06-20",
        "2031",
        id="lowered min_number: a base year before the page's",
    ),
    pytest.param(
        LOWER_MIN,
        "second anniversary of Marshland’s charter",
        2,
        [("Marshland gained its charter in 2031.", [])],
        "2031-06-20",
        None,
        id="lowered min_number: base year of the page's year",
    ),
    pytest.param(
        LOWER_MIN,
        "second anniversary of Marshland’s charter",
        2,
        [("Marshland will gain its charter in 2032.", [])],
        "2031-06-20",
        None,
        id="lowered min_number: base year after the page's",
    ),
]


@pytest.mark.parametrize("changes, name, number, sentences, date, expected", CALLS)
def test_what_the_base_year_reading_asks_of_its_call(
    changes, name, number, sentences, date, expected
):
    from pipeline.nlp.event_undated_anniversaries import written_base_year_date

    rules = _base_year_rules(changes)
    assert written_base_year_date(rules, name, number, sentences, date) == expected
