"""Event dates of issue 12, round dq: an event (not an anniversary) named right after a phrase of
preparing ("as part of preparations for the Pine Valley Cup", "news on the preparations for
the Lake Union summit") takes no date from the cues of its clause (a news report's "as part of",
"today", "under way"): they say when the preparing is done or spoken of; events.json's
`prepared_event_cues`. A date the clause writes is kept. Each fired row fails without the key;
the kept rows are where it must not change the date, with the key and without it. The pages are
invented."""

import pytest
from conftest import check_date_without_key, drop_event_rules
from conftest import page_event_dates as _dates

KEY = "prepared_event_cues"

# (page text, title, page date, event, with the rule, without its key)
PREPARED_CASES = [
    (
        "Rail links to the Lakeland ports are being rebuilt as part of preparations for the "
        "Pine Valley Cup.",
        "Meeting on transport in Lakeland",
        "2031-08-16",
        "Pine Valley Cup",
        None,
        "2031-08",
    ),
    (
        "Lakeland President: Thanks for coming today and for the news you bring on the "
        "preparations for the Lake Union summit in Pinetown.",
        "Meeting with the Chancellor of Pineland",
        "2031-05-02",
        "Lake Union summit in Pinetown",
        "2031",
        "2031-05-02",
    ),
    (
        "The call was held as part of consultations with Pineland on the preparations for a "
        "Lakeland-Pineland summit.",
        "Telephone conversation with the President of Pineland",
        "2031-04-17",
        "Lakeland-Pineland summit",
        None,
        "2031-04",
    ),
    (
        "Preparations for elections to the Lakeland Assembly are under way, with twelve "
        "parties already registered.",
        "Meeting with the Election Commission head",
        "2031-06-10",
        "elections to the Lakeland Assembly",
        "2031",
        "2031-06",
    ),
]

# not changed by the key: a date the clause writes after the name, a cue with no preparing
KEPT_CASES = [
    (
        "The ministers reviewed the preparations for the Lake Forum, to be held on May 5 in "
        "Pinetown.",
        "Meeting with Government members",
        "2031-04-20",
        "Lake Forum",
        "2031-05-05",
    ),
    (
        "The Lake Forum is taking place in Pinetown today.",
        "Meeting with Government members",
        "2031-04-20",
        "Lake Forum",
        "2031-04-20",
    ),
]


@pytest.mark.parametrize("text, title, date, event, with_rule, without", PREPARED_CASES)
def test_a_prepared_event_takes_no_date_from_the_cues(
    text, title, date, event, with_rule, without, monkeypatch, events_component
):
    check_date_without_key(
        (text, date, event, with_rule, without), title, KEY, monkeypatch, events_component
    )


@pytest.mark.parametrize("text, title, date, event, expected", KEPT_CASES)
def test_a_written_date_or_no_preparing_keeps_the_date(
    text, title, date, event, expected, monkeypatch, events_component
):
    assert _dates(text, title, date)[event] == expected
    drop_event_rules(monkeypatch, events_component, KEY)
    assert _dates(text, title, date)[event] == expected


def test_the_rule_reads_nothing_without_the_key():
    from pipeline.nlp.event_dates import prepared_event
    from pipeline.nlp.rules import installed_rules

    rules = installed_rules()
    sentence = "They spoke of the preparations for the Pine Summit."
    start = sentence.index("Pine Summit")
    assert prepared_event(rules, sentence, start)
    assert not prepared_event(rules, "They spoke of the Pine Summit.", 18)
    assert not prepared_event(rules.edited("events", drop=[KEY]), sentence, start)
