"""Another occurrence of a recurring event than the page's own (issue 12, round cs):
events.json's `another_occurrence_openers`. A mention written "the last / previous / next ..."
("the last Lake Union summit in Hilltown", "our previous Pine Forum", "the next meeting of the
Supreme Council") that names the same event as the page's own occurrence (the page's own event,
or one dated to the page's day) is another occurrence of the series: an event of its own, not
dated by the page's. Where the event it names is not the page's own occurrence, it names it as
before. Each firing row changes without the key; the rows where it must not fire stay as they
were. The sentences are invented (docs/accuracy.md, issue 12 round cs)."""

import pytest
from conftest import drop_event_rules, page_event_dates

KEY = "another_occurrence_openers"

FIRES = [
    # (text, title, date, event, its date with the rule)
    (
        "The President met the Prime Minister of Pineland on the sidelines of the Lake Union"
        " summit today.\n\nThe talks at the last Lake Union summit in Hilltown were very useful.",
        "Meeting with Prime Minister of Pineland",
        "2031-04-15",
        "Lake Union summit in Hilltown",
        None,
    ),
    (
        "Leaders of Lakeland and Pineland held a meeting of the Supreme Lake Council by video"
        " link.\n\nThe plan must be finished before the next meeting of the Supreme Council,"
        " set for June 3.",
        "Meeting of the Supreme Lake Council",
        "2031-04-15",
        "meeting of the Supreme Council",
        "2031-06-03",
    ),
    # a meeting named by the body's initials, which would name the page's summit again
    (
        "The President arrived at the LCO summit in Pinetown today.\n\nHe recalled what was"
        " agreed at the previous LCO meeting in Hilltown.",
        "Meeting with Prime Minister of Pineland",
        "2031-04-15",
        "LCO meeting",
        None,
    ),
    (
        "Colleagues, welcome to the Pine Valley Forum today.\n\nAt our previous Pine Valley Forum,"
        " we agreed to build a new bridge.",
        "Plenary session of the Pine Valley Forum",
        "2031-04-15",
        "Pine Valley Forum",
        None,
    ),
]


@pytest.mark.parametrize("case", FIRES)
def test_another_occurrence_is_an_event_of_its_own(case, monkeypatch, events_component):
    text, title, date, event, dated = case
    dates = page_event_dates(text, title, date)
    assert event in dates and dates[event] == dated
    drop_event_rules(monkeypatch, events_component, KEY)
    assert event not in page_event_dates(text, title, date)


STAYS = [
    # (text, title, date): the same events with and without the key
    # the event named is not the page's own occurrence: "the next" one is the one named
    (
        "We will meet at the Lake Union summit in Pinetown in June.\n\nThe agenda of the next"
        " Lake Union summit is ready.",
        "Meeting with Prime Minister of Pineland",
        "2031-04-15",
    ),
    # "upcoming" and "first" are no openers of another occurrence
    (
        "The President met the Prime Minister of Pineland on the sidelines of the Lake Union"
        " summit today.\n\nThey discussed the agenda of the upcoming Lake Union summit.",
        "Meeting with Prime Minister of Pineland",
        "2031-04-15",
    ),
    (
        "Colleagues, welcome to the Pine Valley Forum today.\n\nThis is the first Pine Valley"
        " Forum held in the city.",
        "Plenary session of the Pine Valley Forum",
        "2031-04-15",
    ),
    # the initials' meeting after a summit that is not the page's own occurrence
    (
        "The LCO summit in Pinetown will open in June.\n\nThe agenda of the next LCO meeting is"
        " ready.",
        "Meeting with Prime Minister of Pineland",
        "2031-04-15",
    ),
    # no determiner before the opener word
    (
        "The President met the Prime Minister of Pineland on the sidelines of the Lake Union"
        " summit today.\n\nLast Lake Union summit talks went well.",
        "Meeting with Prime Minister of Pineland",
        "2031-04-15",
    ),
]


@pytest.mark.parametrize("case", STAYS)
def test_no_other_occurrence_without_the_page_s_own(case, monkeypatch, events_component):
    text, title, date = case
    with_rule = page_event_dates(text, title, date)
    drop_event_rules(monkeypatch, events_component, KEY)
    assert page_event_dates(text, title, date) == with_rule


def test_a_later_plain_mention_names_the_page_s_own_again(monkeypatch, events_component):
    # the mention after "the last ..." that names the series plainly is the page's own again
    text = (
        "The President met the Prime Minister of Pineland on the sidelines of the Lake Union"
        " summit today.\n\nThe talks at the last Lake Union summit in Hilltown were very useful."
        "\n\nThe Lake Union summit will adopt a statement on trade."
    )
    dates = page_event_dates(text, "Meeting with Prime Minister of Pineland", "2031-04-15")
    assert dates == {"Lake Union summit": "2031-04-15", "Lake Union summit in Hilltown": None}
