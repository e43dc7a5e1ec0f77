"""Event dates of issue 12, round dn: an event nothing else dates, named in a sentence right after
one of the same paragraph that frames a year ("This year the Lake Fund will back forty events.
The biggest one will be the Pine Valley Cup."), takes the frame's year: the page's year for
"this year", the next for "next year" (the event's sentence in the future), the one before for
"last year" (the event's sentence in the past); events.json's `previous_sentence_year_frames`.
Each fired row fails without the key; the kept rows are where it must not change the date, with
the key and without it. The pages are invented."""

import pytest
from conftest import check_with_and_without_key, drop_event_rules
from conftest import page_event_dates as _dates

KEY = "previous_sentence_year_frames"

# (page text, title, page date, event, with the rule, without its key)
FRAME_CASES = [
    (
        "This year the Lake Fund will back forty sporting events across the region. The "
        "biggest one will be the Pine Valley Cup.",
        "Meeting with the Minister of Sport",
        "2031-02-11",
        "Pine Valley Cup",
        "2031",
        None,
    ),
    (
        "Starting this year, the Lakeland museums open their doors for free on Sundays. For "
        "instance, during the Pine Harbour Forum, the galleries will stay open until midnight.",
        "Working meeting with the Minister of Culture",
        "2031-04-08",
        "Pine Harbour Forum",
        "2031",
        None,
    ),
    (
        "Last year, Lakeland pupils brought home dozens of medals from abroad. Our team "
        "triumphantly won the Pine Robotics Championship in a close final.",
        "Meeting with the Council for Education",
        "2031-03-01",
        "Pine Robotics Championship",
        "2030",
        None,
    ),
    (
        "Pinetown is one of the towns chosen to host the games of the tournament next year. "
        "And it will be a special season, since it will coincide with the Lake Valley Festival.",
        "Meeting with the head of the Lakeland football union",
        "2031-11-27",
        "Lake Valley Festival",
        "2032",
        None,
    ),
    (
        "Next year is rich in round dates for our region and its people. The town of Pinewood "
        "will host the Lakeland Fishermen Congress.",
        "Meeting with the Governor of Lakeland",
        "2031-12-19",
        "Lakeland Fishermen Congress",
        "2032",
        None,
    ),
]

# not changed by the key: another paragraph, a frame that does not agree with the tense, a
# thing of next year, two frames, a written year, a recurring event, a war, a frame of its own
KEPT_CASES = [
    (
        "This year the Lake Fund will back forty sporting events across the region.\nThe "
        "biggest one will be the Pine Valley Cup.",
        "Meeting with the Minister of Sport",
        "2031-02-11",
        "Pine Valley Cup",
        None,
    ),
    (
        "The Pine party will turn thirty next year, as you know. That was a far cry from the "
        "Lake Valley Festival, which left everyone unhappy.",
        "Meeting with party leaders",
        "2031-12-25",
        "Lake Valley Festival",
        None,
    ),
    (
        "Last year we set up a fund for young athletes in every town. It will pay for the "
        "Pine Valley Cup and the training camps.",
        "Meeting with the Minister of Sport",
        "2031-02-11",
        "Pine Valley Cup",
        None,
    ),
    (
        "We spoke at length about next year's budget for the region. The money for the Pine "
        "Valley Cup will come from the towns.",
        "Meeting with the Governor of Lakeland",
        "2031-10-02",
        "Pine Valley Cup",
        None,
    ),
    (
        "Last year we built ten new stadiums, and this year we will build twelve more. The "
        "biggest one will host the Pine Valley Cup.",
        "Meeting with the Minister of Sport",
        "2031-02-11",
        "Pine Valley Cup",
        None,
    ),
    (
        "In 2028 and this year the region opened ten new stadiums. One of them hosted the Pine "
        "Valley Cup.",
        "Meeting with the Minister of Sport",
        "2031-02-11",
        "Pine Valley Cup",
        None,
    ),
    (
        "This year the Lake Fund backs forty sporting events across the region. The Pine "
        "Valley Cup is held in Lakeville every year.",
        "Meeting with the Minister of Sport",
        "2031-02-11",
        "Pine Valley Cup",
        None,
    ),
    (
        "This year we honour the memory of those who defended our land. Many of them fought "
        "in the Pine Valley War.",
        "Meeting with veterans",
        "2031-05-06",
        "Pine Valley War",
        None,
    ),
]


@pytest.mark.parametrize("text, title, date, event, with_rule, without", FRAME_CASES)
def test_an_event_after_a_year_frame_takes_its_year(
    text, title, date, event, with_rule, without, monkeypatch, events_component
):
    check_with_and_without_key(
        (text, title, date, event, with_rule, without), KEY, monkeypatch, events_component
    )


@pytest.mark.parametrize("text, title, date, event, expected", KEPT_CASES)
def test_no_agreeing_frame_before_the_sentence_keeps_the_date(
    text, title, date, event, expected, monkeypatch, events_component
):
    assert _dates(text, title, date)[event] == expected
    drop_event_rules(monkeypatch, events_component, KEY)
    assert _dates(text, title, date)[event] == expected


def test_the_rule_reads_nothing_without_the_key():
    from pipeline.nlp.event_defaults import previous_sentence_year
    from pipeline.nlp.rules import installed_rules

    rules = installed_rules()
    previous = "This year the Lake Fund will back forty events."
    sentence = "The biggest one will be the Pine Valley Cup."
    assert previous_sentence_year(rules, previous, sentence, "sports", "2031-02-11") == "2031"
    assert previous_sentence_year(rules, None, sentence, "sports", "2031-02-11") is None
    assert previous_sentence_year(rules, previous, sentence, "sports", None) is None
    without = rules.edited("events", drop=[KEY])
    assert previous_sentence_year(without, previous, sentence, "sports", "2031-02-11") is None
