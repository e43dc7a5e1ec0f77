"""Event dates of issue 12 round cq. A page whose title reports an evening held to mark something
("Gala evening marking 40 years of the Pine Commission", "Reception to mark Lake Unity Day":
events.json's `anniversary_celebration_title_day`) dates an anniversary its title names to the
page's day, where the other rules left it undated or gave the page's year or month (judging
conventions C2/C3: an anniversary is dated when it is marked, and the evening is held on it).
Rows with the key and rows where it must not fire; the title reading is checked with and
without the key. The sentences are invented."""

import pytest
from conftest import page_event_dates

from pipeline.nlp.event_title_dates import anniversary_celebration_title
from pipeline.nlp.rules import installed_rules

RULES = installed_rules()
WITHOUT = RULES.edited("events", anniversary_celebration_title_day={})
DAY = "2031-04-15"

SPEECH = (
    "The Premier spoke at the Grand Hall before staff and veterans of the commission.\n\n"
    "Premier of Lakeland Anna Pine: Friends, I warmly congratulate you on this remarkable date: "
    "the 40th anniversary of the Pine Commission. Your work has always mattered to the country."
)
UNITY = (
    "Premier of Lakeland Anna Pine: Friends, I congratulate you on Day of Lake Unity and thank "
    "all our guests for coming to the hall."
)

# (page text, title, page date, anniversary name, its date)
PAGES = [
    (
        SPEECH,
        "Gala evening marking 40 years of the Pine Commission",
        DAY,
        "40th anniversary of the Pine Commission",
        DAY,
    ),
    (
        SPEECH,
        "Gala concert dedicated to the 40th anniversary of the Pine Commission",
        DAY,
        "40th anniversary of the Pine Commission",
        DAY,
    ),
    (UNITY, "Reception to mark Lake Unity Day", DAY, "Day of Lake Unity", DAY),
    # not fired: a title of another kind, one that names another anniversary, a page dated to
    # the month only
    (
        SPEECH,
        "Meeting with staff of the Pine Commission",
        DAY,
        "40th anniversary of the Pine Commission",
        "2031-04",
    ),
    (
        SPEECH,
        "Gala evening marking Lakeland Miners’ Day",
        DAY,
        "40th anniversary of the Pine Commission",
        "2031-04",
    ),
    (
        SPEECH,
        "Gala evening marking 40 years of the Pine Commission",
        "2031-04",
        "40th anniversary of the Pine Commission",
        "2031-04",
    ),
]


@pytest.mark.parametrize("text,title,doc_date,name,expected", PAGES)
def test_an_anniversary_named_by_a_celebration_title_takes_the_page_day(
    text, title, doc_date, name, expected
):
    assert page_event_dates(text, title, doc_date)[name] == expected


# (title, anniversary name, whether the title reports an evening held to mark it)
TITLES = [
    (
        "Gala evening marking 40 years of the Pine Commission",
        "40th anniversary of the Pine Commission",
        True,
    ),
    (
        "A reception in honour of the 75th anniversary of Lake Region",
        "75th anniversary of Lake Region",
        True,
    ),
    (
        "Concert to mark the centenary of the Oakville Theatre",
        "centenary of the Oakville Theatre",
        True,
    ),
    (
        "Ceremony commemorating the 200th anniversary of Pinetown",
        "200th anniversary of Pinetown",
        True,
    ),
    # "N years of" in the title counts the anniversary
    (
        "Reception marking 21 years of the Lake Academy",
        "21st anniversary of the Lake Academy",
        True,
    ),
    ("Gala night marking 12 years of the Pine Fleet", "12th anniversary of the Pine Fleet", True),
    # no evening held to mark it: a meeting, a visit, greetings (round ch's key reads those)
    (
        "Meeting marking 40 years of the Pine Commission",
        "40th anniversary of the Pine Commission",
        False,
    ),
    ("Visit to the Pine Commission", "40th anniversary of the Pine Commission", False),
    ("Greetings on the 75th anniversary of Lake Region", "75th anniversary of Lake Region", False),
    # the title names another thing
    ("Gala evening marking Lake Fleet Day", "40th anniversary of the Pine Commission", False),
    # the evening's word not at the title's start: another subject's act
    ("The Premier will attend a gala evening marking Lake Fleet Day", "Lake Fleet Day", False),
]


@pytest.mark.parametrize("title,name,expected", TITLES)
def test_celebration_titles(title, name, expected):
    assert anniversary_celebration_title(RULES, name, title) is expected
    assert anniversary_celebration_title(WITHOUT, name, title) is False
