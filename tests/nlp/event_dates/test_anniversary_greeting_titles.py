"""Event dates of issue 12 round ch. (1) A page whose title is a congratulation or greeting
("Congratulations to President of Lakeland ...", "Greetings on the 80th anniversary of Pine
Region", "Vladimir Putin congratulated ... on City Day": events.json's
`anniversary_greeting_title_day`) dates an anniversary its report congratulates on, or its
title names, to the page's day where the other rules gave the page's month (judging convention
C2: such a message is sent on the anniversary's day). (2) A speaker's "welcome to the" / "warm
welcome to" before an event's name is a cue of the page's day, as "welcome you to" is
(`present_day_cues`). Rows with and without the keys, and rows where they must not fire; the
sentences are invented."""

import pytest
from conftest import event_date_of, page_event_dates

from pipeline.nlp.event_title_dates import anniversary_greeting_title
from pipeline.nlp.rules import installed_rules

RULES = installed_rules()
DAY = "2031-04-15"
NEW_WELCOME = ("welcome to the", "warm welcome to")
_PRESENT = dict(RULES.get("events")["present_day_cues"])
WITHOUT_WELCOME = RULES.edited(
    "events",
    present_day_cues={
        **_PRESENT,
        "cues": [c for c in _PRESENT["cues"] if c not in NEW_WELCOME],
    },
)
WITHOUT_TITLES = RULES.edited("events", anniversary_greeting_title_day={})

RELATIONS = (
    "Vladimir Putin congratulated President of Lakeland Anna Pine on the 30th anniversary of "
    "diplomatic relations between Russia and Lakeland."
)

# (page text, title, page date, anniversary name, its date)
PAGES = [
    (
        RELATIONS + "\n\nThe message reads, in part: “Our cooperation keeps growing.”",
        "Congratulations to President of Lakeland Anna Pine",
        DAY,
        "30th anniversary of diplomatic relations between Russia and Lakeland",
        DAY,
    ),
    (
        "Vladimir Putin sent greetings to the residents of Pine Region on the 80th anniversary "
        "of Pine Region’s establishment.",
        "Greetings on the 80th anniversary of Pine Region",
        DAY,
        "80th anniversary of Pine Region’s establishment",
        DAY,
    ),
    (
        # no congratulation "on" it: the title names it
        "The President wrote a message of greetings to those taking part in the celebration of the "
        "90th anniversary of the Lakeland Institute of Rivers.",
        "Greetings on the 90th anniversary of the Lakeland Institute of Rivers",
        DAY,
        "90th anniversary of the Lakeland Institute of Rivers",
        DAY,
    ),
    (
        "Vladimir Putin congratulated Oakville residents on City Day and the 300th anniversary "
        "of the town.",
        "Vladimir Putin congratulated Oakville residents on City Day",
        DAY,
        "300th anniversary of the town",
        DAY,
    ),
    # not fired: a telephone call's report (greetings exchanged on other days), a page dated
    # to the month only, a congratulation still to come, another day of the month written, an
    # anniversary of another month
    (
        RELATIONS,
        "Telephone conversation with President of Lakeland Anna Pine",
        DAY,
        "30th anniversary of diplomatic relations between Russia and Lakeland",
        "2031-04",
    ),
    (
        RELATIONS,
        "Congratulations to President of Lakeland Anna Pine",
        "2031-04",
        "30th anniversary of diplomatic relations between Russia and Lakeland",
        "2031-04",
    ),
    (
        RELATIONS.replace("congratulated", "will congratulate"),
        "Congratulations to President of Lakeland Anna Pine",
        DAY,
        "30th anniversary of diplomatic relations between Russia and Lakeland",
        "2031-04",
    ),
    (
        # another day of the page's month written on the page
        RELATIONS + " Celebrations in Pinetown are to close on 20 April.",
        "Congratulations to President of Lakeland Anna Pine",
        DAY,
        "30th anniversary of diplomatic relations between Russia and Lakeland",
        "2031-04",
    ),
    (
        "Vladimir Putin congratulated the staff of the Pine Works on their professional "
        "holiday. In May, the Pine Works will mark the 50th anniversary of its first furnace.",
        "Congratulations to the staff of the Pine Works",
        DAY,
        "50th anniversary of its first furnace",
        "2031-05",
    ),
]


@pytest.mark.parametrize("text,title,doc_date,name,expected", PAGES)
def test_an_anniversary_congratulated_under_a_greeting_title_takes_the_page_day(
    text, title, doc_date, name, expected
):
    assert page_event_dates(text, title, doc_date)[name] == expected


# (title, anniversary name, whether the greeting title names it (None: no greeting title))
TITLES = [
    ("Congratulations to President of Lakeland Anna Pine", "30th anniversary", False),
    (
        "Greetings on the 80th anniversary of Pine Region",
        "80th anniversary of Pine Region",
        True,
    ),
    ("Message of greetings to the Lake Theatre staff", "100th anniversary", False),
    ("Vladimir Putin congratulated Oakville residents on City Day", "City Day", True),
    # not read: no congratulation, a time to come
    ("Meeting with President of Lakeland Anna Pine", "30th anniversary", None),
    ("Vladimir Putin will send greetings to the Lake Theatre", "100th anniversary", None),
]


@pytest.mark.parametrize("title,name,expected", TITLES)
def test_greeting_titles_are_read_only_with_the_key(title, name, expected):
    assert anniversary_greeting_title(RULES, name, title) == expected
    assert anniversary_greeting_title(WITHOUT_TITLES, name, title) is None


# (sentence, event, kind, with the cues, without them), on a page of 2031-09-04
WELCOMES = [
    (
        "Let me extend a warm welcome to the fifth Lake Summit.",
        "fifth Lake Summit",
        "summit",
        "2031-09-04",
        None,
    ),
    ("Colleagues, welcome to the 12th Pine Forum.", "12th Pine Forum", "forum", "2031-09-04", None),
    # not fired: another time in the clause
    (
        "Welcome to the Lake Summit, which we held in Pinetown last year.",
        "Lake Summit",
        "summit",
        "2030",
        "2030",
    ),
    (
        "We will welcome to the Pine Forum next year guests from forty countries.",
        "Pine Forum",
        "forum",
        "2032",
        "2032",
    ),
    (
        "I will be glad to welcome to the Lake Summit in October all our partners.",
        "Lake Summit",
        "summit",
        "2031-10",
        "2031-10",
    ),
]


@pytest.mark.parametrize("sentence,name,kind,expected,without", WELCOMES)
def test_a_welcome_to_the_event_places_it_on_the_page_day(sentence, name, kind, expected, without):
    assert event_date_of(sentence, name, "2031-09-04", kind) == expected
    assert event_date_of(sentence, name, "2031-09-04", kind, rules=WITHOUT_WELCOME) == without
