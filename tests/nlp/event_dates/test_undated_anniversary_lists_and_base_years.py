"""Event dates of issue 12, round dv: anniversaries that every other rule left undated.

- `anniversary_list_links`: an anniversary listed after another one of its sentence ("This
  year, we are celebrating the 30th anniversary of X, and also the 12th anniversary of Y") is
  read as if it stood where the list begins, so the time phrase or cue said before the list
  dates it too;
- `anniversary_written_base_year`: an anniversary of a named object whose base year the page
  writes in a sentence naming the object ("the history of Marshland ... from 1733") takes that
  year plus its number.

Each fired row fails without its key (dropped alone); the kept rows are where the key must not
change the date, with it and without it. The pages are invented."""

import pytest
from conftest import check_date_without_key, drop_event_rules
from conftest import page_event_dates as _dates

LIST_KEY = "anniversary_list_links"
BASE_KEY = "anniversary_written_base_year"
TITLE = "Meeting with the Governor of Lakeland"

# (page text, page date, event, with the rule, without its key)
LIST_CASES = [
    (
        "This year, we are celebrating the 30th anniversary of the Lake Treaty, and also the "
        "12th anniversary of the Pine Council’s work as a body.",
        "2031-04-12",
        "12th anniversary of the Pine Council’s work",
        "2031",
        None,
    ),
    (
        "Next year is full of round dates, including the 40th anniversary of the Lakeland "
        "Charter, and the 350th anniversary of Pinetown’s founding charter.",
        "2031-12-10",
        "350th anniversary of Pinetown’s founding charter",
        "2032",
        None,
    ),
    (
        "In his message, the President noted that only recently the two nations marked two "
        "milestones: the 30th anniversary of diplomatic relations, and the 15th anniversary of "
        "the Treaty of Good Neighbourhood.",
        "2031-12-28",
        "15th anniversary of the Treaty of Good Neighbourhood",
        "2031",
        None,
    ),
    (
        "This year, we are celebrating the 30th anniversary of the Lake Treaty, and also the "
        "12th anniversary of the Pine Council, as well as the 150th anniversary of Hill Bay.",
        "2031-04-12",
        "150th anniversary of Hill Bay",
        "2031",
        None,
    ),
]

# not changed by the key: what is said of an earlier item alone, no list link, another paragraph
LIST_KEPT_CASES = [
    (
        "The 30th anniversary of the Lake Treaty, which we marked last year, and the 12th "
        "anniversary of the Pine Council were discussed.",
        "2031-04-12",
        "12th anniversary of the Pine Council",
        None,
    ),
    (
        "We discussed the 30th anniversary of the Lake Treaty and the 12th anniversary of the "
        "Pine Council.",
        "2031-04-12",
        "12th anniversary of the Pine Council",
        None,
    ),
    (
        "This year, we are celebrating the 30th anniversary of the Lake Treaty.\nThe ministers "
        "also spoke about the 12th anniversary of the Pine Council.",
        "2031-04-12",
        "12th anniversary of the Pine Council",
        None,
    ),
]

BASE_CASES = [
    (
        "They spoke about the history of Marshland and its salt trade from 1733. The Governor "
        "asked the President to support a plan for the 300th anniversary of Marshland.",
        "2031-06-20",
        "300th anniversary of Marshland",
        "2033",
        None,
    ),
    (
        "The old fort of Marshland was built of logs cut in 733, the scientists found. The "
        "President unveiled a plaque in honour of the 1300th anniversary of Marshland.",
        "2031-06-20",
        "1300th anniversary of Marshland",
        "2033",
        None,
    ),
    (
        "The history of Marshland goes back to 1733. The President unveiled a plaque in honour "
        "of the 300th anniversary of Marshland.",
        "2031-06-20",
        "300th anniversary of Marshland",
        "2033",
        None,
    ),
]

# not changed: the object not named beside the year, a written date, two base years, a span of
# years, a count of three digits, a sum far from the page's year, a small number
BASE_KEPT_CASES = [
    (
        "The history of Marshland goes back to 1733. The President unveiled a plaque in honour "
        "of the 300th anniversary of Pine Harbour.",
        "2031-06-20",
        "300th anniversary of Pine Harbour",
    ),
    (
        "The salt works opened in May 1733 in Marshland. The President unveiled a plaque in "
        "honour of the 300th anniversary of Marshland.",
        "2031-06-20",
        "300th anniversary of Marshland",
    ),
    (
        "In 1733 and 1736 Marshland gained two charters. The President unveiled a plaque in "
        "honour of the 300th anniversary of Marshland.",
        "2031-06-20",
        "300th anniversary of Marshland",
    ),
    (
        "The Marshland fort dates from 1700–1733. The President unveiled a plaque in honour of "
        "the 300th anniversary of Marshland.",
        "2031-06-20",
        "300th anniversary of Marshland",
    ),
    (
        "Marshland has 731 schools now. The President unveiled a plaque in honour of the 1300th "
        "anniversary of Marshland.",
        "2031-06-20",
        "1300th anniversary of Marshland",
    ),
    (
        "The history of Marshland goes back to 1733. The President unveiled a plaque in honour "
        "of the 300th anniversary of Marshland.",
        "2041-06-20",
        "300th anniversary of Marshland",
    ),
    (
        "Marshland hosted a fair in 2030. The Governor spoke of the second anniversary of "
        "Marshland’s new charter.",
        "2031-06-20",
        "second anniversary of Marshland’s new charter",
    ),
]


@pytest.mark.parametrize("case", LIST_CASES)
def test_a_listed_anniversary_takes_what_the_list_s_clause_says(
    case, monkeypatch, events_component
):
    check_date_without_key(case, TITLE, LIST_KEY, monkeypatch, events_component)


@pytest.mark.parametrize("text, date, event, expected", LIST_KEPT_CASES)
def test_no_list_or_nothing_said_of_the_list_keeps_it_undated(
    text, date, event, expected, monkeypatch, events_component
):
    assert _dates(text, TITLE, date)[event] == expected
    drop_event_rules(monkeypatch, events_component, LIST_KEY)
    assert _dates(text, TITLE, date)[event] == expected


@pytest.mark.parametrize("case", BASE_CASES)
def test_a_base_year_written_beside_the_object_dates_the_anniversary(
    case, monkeypatch, events_component
):
    check_date_without_key(case, TITLE, BASE_KEY, monkeypatch, events_component)


@pytest.mark.parametrize("text, date, event", BASE_KEPT_CASES)
def test_no_single_base_year_of_the_object_keeps_it_undated(
    text, date, event, monkeypatch, events_component
):
    assert _dates(text, TITLE, date)[event] is None
    drop_event_rules(monkeypatch, events_component, BASE_KEY)
    assert _dates(text, TITLE, date)[event] is None


def test_the_list_start_follows_the_links_back():
    from pipeline.nlp.event_undated_anniversaries import list_start, listed_reading
    from pipeline.nlp.rules import installed_rules

    rules = installed_rules()
    text = "Next year we mark the 40th anniversary of A, the 60th anniversary of B and the 9th one."
    a = (text.index("40th"), text.index(", the 60th"))
    b = (text.index("60th"), text.index(" and the 9th"))
    c = (text.index("9th"), len(text) - 1)
    assert list_start(rules, text, c[0], [a, b]) == a[0]
    assert list_start(rules, text, b[0], [a]) == a[0]
    assert list_start(rules, text, a[0], [b, c]) == a[0]
    listed, lo, hi, _ = listed_reading(rules, text, *c, [a, b])
    assert listed == "Next year we mark the 9th one."
    assert listed[lo:hi] == "9th one"
    without = rules.edited("events", drop=[LIST_KEY])
    assert listed_reading(without, text, *c, [a, b]) is None


def test_the_base_year_rule_reads_nothing_without_the_key():
    from pipeline.nlp.event_undated_anniversaries import written_base_year_date
    from pipeline.nlp.rules import installed_rules

    rules = installed_rules()
    name = "300th anniversary of Marshland"
    sentences = [("The history of Marshland goes back to 1733.", [])]
    assert written_base_year_date(rules, name, 300, sentences, "2031-06-20") == "2033"
    assert written_base_year_date(rules, name, 300, sentences, None) is None
    assert written_base_year_date(rules, name, None, sentences, "2031-06-20") is None
    without = rules.edited("events", drop=[BASE_KEY])
    assert written_base_year_date(without, name, 300, sentences, "2031-06-20") is None
