"""Event dates of issue 12, round ac: the date an event takes when nothing dates it, by the class
of its sentence's cues (events.json's `undated_event_classes`, `pipeline.nlp.event_defaults`),
and the script that tabulates the classes against judged dates. The pages are invented."""

import pytest
from conftest import check_with_and_without_key, load_script
from conftest import page_event_dates as _dates

from pipeline.nlp.event_defaults import undated_class, undated_default
from pipeline.nlp.rules import installed_rules

# (sentence, event, kind, news report, class)
CLASS_CASES = [
    ("The Lake War left the valley in ruins.", "Lake War", "war", True, "war"),
    (
        "The President congratulated the Pine Academy of Music on its 90th anniversary.",
        "90th anniversary",
        "anniversary",
        True,
        "anniversary_greeting",
    ),
    (
        "The bridge was built for the 90th anniversary of the town.",
        "90th anniversary",
        "anniversary",
        True,
        "anniversary",
    ),
    # a congratulation in a speaker's words is no news report's greeting
    (
        "I congratulate you on the 90th anniversary of the town.",
        "90th anniversary",
        "anniversary",
        False,
        "anniversary",
    ),
    (
        "The ministers discussed the results of the Lake Summit.",
        "Lake Summit",
        "summit",
        True,
        "outcome",
    ),
    (
        "We are happy to extend our greetings and best wishes to every guest of the Pine Forum.",
        "Pine Forum",
        "forum",
        True,
        "greeting",
    ),
    # greetings to a forum still to come: no greeting read at it
    (
        "The President sent greetings to the guests of the Pine Forum, which will open in May.",
        "Pine Forum",
        "forum",
        True,
        "future",
    ),
    # greetings far before the name are sent to someone else
    (
        "In his greetings to the Prime Minister of Lakeland on the national holiday the "
        "President also recalled the good cooperation of the two nations in the Pine Forum.",
        "Pine Forum",
        "forum",
        True,
        "plain",
    ),
    (
        "The Pine Forum is taking place in Lakeside.",
        "Pine Forum",
        "forum",
        False,
        "under_way",
    ),
    (
        "We will discuss this at the Lake Summit.",
        "Lake Summit",
        "summit",
        False,
        "future",
    ),
    (
        "The preparations for the Lake Summit are on track.",
        "Lake Summit",
        "summit",
        True,
        "future",
    ),
    (
        "Our team won two medals at the Pine Games.",
        "Pine Games",
        "sports",
        False,
        "past",
    ),
    (
        "Lakeland takes part in the Pine Forum.",
        "Pine Forum",
        "forum",
        False,
        "plain",
    ),
]


@pytest.mark.parametrize("sentence, event, kind, narrative, expected", CLASS_CASES)
def test_an_undated_event_is_put_in_the_class_of_its_cues(
    sentence, event, kind, narrative, expected
):
    start = sentence.index(event)
    spec = undated_class(installed_rules(), sentence, start, start + len(event), kind, narrative)
    assert spec is not None and spec.name == expected


def test_the_class_default_is_the_pages_day_month_year_or_nothing():
    rules = installed_rules()
    sentence = "We extend our greetings to every guest of the Pine Forum."
    start = sentence.index("Pine Forum")
    greeting = undated_class(rules, sentence, start, start + 10, "forum", True)
    assert undated_default(greeting, "2031-05-17") == "2031-05-17"
    assert undated_default(greeting, "2031-05") is None  # a page not dated to the day
    assert undated_default(greeting, None) is None
    sentence = "The Lake War left the valley in ruins."
    war = undated_class(rules, sentence, 4, 12, "war", True)
    assert undated_default(war, "2031-05-17") is None
    assert undated_default(None, "2031-05-17") is None


# (page text, title, page date, event, with the rule, without its key)
PAGE_CASES = [
    # a greeting that no message rule reads (no "sent greetings to"): the page's day
    (
        "“We are happy to extend our greetings and best wishes to every delegate of the Lake "
        "Summit.",
        "Message to the President of Lakeland",
        "2031-03-01",
        "Lake Summit",
        "2031-03-01",
        None,
    ),
    # an anniversary congratulated in a news report: the page's month
    (
        "Vladimir Putin congratulated the staff, teachers, and graduates of the Pine Academy "
        "of Music on its 90th anniversary.",
        "Greetings to teachers and students of the Pine Academy of Music",
        "2031-02-14",
        "90th anniversary",
        "2031-02",
        None,
    ),
]

# classes whose default is null: nothing changes
PAGE_KEPT_CASES = [
    (
        "Vladimir Putin recalled the Lake War and its heroes.",
        "Meeting with veterans",
        "2031-05-08",
        "Lake War",
    ),
    (
        "The Lake Summit is a good format for such talks.",
        "Meeting with the Prime Minister of Lakeland",
        "2031-05-08",
        "Lake Summit",
    ),
    (
        "Lakeland has long taken part in the Pine Forum.",
        "Meeting with the Prime Minister of Lakeland",
        "2031-05-08",
        "Pine Forum",
    ),
]


@pytest.mark.parametrize("text, title, date, event, with_rule, without", PAGE_CASES)
def test_an_undated_event_takes_its_class_default(
    text, title, date, event, with_rule, without, monkeypatch, events_component
):
    check_with_and_without_key(
        (text, title, date, event, with_rule, without),
        "undated_event_classes",
        monkeypatch,
        events_component,
    )


@pytest.mark.parametrize("text, title, date, event", PAGE_KEPT_CASES)
def test_a_class_with_a_null_default_leaves_the_event_undated(text, title, date, event):
    assert _dates(text, title, date)[event] is None


def test_the_script_tabulates_judged_dates_by_class():
    script = load_script("undated_event_classes")
    assert script.relation("2031-05-17", "2031-05-17") == "day"
    assert script.relation("2031-05", "2031-05-17") == "month"
    assert script.relation("2031", "2031-05-17") == "year"
    assert script.relation("2030", "2031-05-17") == "other"
    assert script.relation(None, "2031-05-17") == "null"
    counts = script.Counter(day=6, month=5, null=1)  # 12 events: the day agrees with 11
    best, shares = script.best_default(counts, 0.75, 10)
    assert best == "day" and round(shares["day"], 3) == round(11 / 12, 3)
    assert script.best_default(counts, 0.75, 20)[0] is None  # too few events
    counts = script.Counter(day=2, month=9, year=1)  # day 11/12, month 9/12: the month
    assert script.best_default(counts, 0.75, 10)[0] == "month"
    facts = {
        "f1": {
            "fact_id": "f1",
            "sentence": "We extend our greetings to every guest of the Pine Forum.",
            "text": "Pine Forum",
            "name": "Pine Forum",
            "kind": "forum",
            "speaker": None,
        },
        "f2": {
            "fact_id": "f2",
            "sentence": "The Pine Forum opened on May 17.",
            "text": "Pine Forum",
            "name": "Pine Forum",
            "kind": "forum",
            "speaker": None,
        },
    }
    docs = {"d": {"date": "2031-05-17"}}
    judged = [
        {
            "fact_id": "f1",
            "doc_id": "d",
            "is_event": True,
            "date_verdict": "right",
            "scored": True,
            "right_date": "2031-05",
        },
        {
            "fact_id": "f2",
            "doc_id": "d",
            "is_event": True,
            "date_verdict": "right",
            "scored": True,
            "right_date": "2031-05-17",
        },
    ]
    table = script.tabulate(facts, docs, judged)
    assert dict(table["greeting"]) == {"month": 1}  # the dated one is left out
    assert dict(table["greeting/news"]) == {"month": 1}
