"""Issue 12, round am: an election named right after "after the" / "following the" takes the
page's year when nothing else dates it (events.json's `election_after_cues`); an anniversary
named right after an event the sentence's subject attended, spoke at or took part in, held to
mark it, takes the page's day where the other rules gave its month (events.json's
`anniversary_attended_event_day`). The pages and sentences are invented (docs/accuracy.md,
issue 12 round am)."""

import pytest
from conftest import check_with_and_without_key
from conftest import page_event_dates as _dates

TITLE = "News of the day"

# (text, title, page's date, event, date with the rule, date without the key)
ELECTION_CASES = [
    # an upcoming election, on a page of the spring
    (
        "The Lakeland envoy brought an invitation to Pinetown. The dates of the trip will be "
        "settled after the presidential election in Lakeland.",
        TITLE,
        "2031-02-11",
        "presidential election in Lakeland",
        "2031",
        None,
    ),
    # a speaker's words of an election held earlier in the page's year, on a page of December
    (
        "The leaders discussed trade and transport.\n\nPrime Minister of Hillmark Anna Berg: Our "
        "cabinet was largely renewed after the parliamentary elections.",
        "Meeting with the Prime Minister of Hillmark",
        "2031-12-05",
        "parliamentary elections",
        "2031",
        None,
    ),
    # a speaker's hope for the time after an election to come
    (
        "The leaders discussed trade and transport.\n\nPrime Minister of Hillmark Anna Berg: I "
        "hope that after the presidential election in Hillmark we will keep working together.",
        "Meeting with the Prime Minister of Hillmark",
        "2031-04-05",
        "presidential election in Hillmark",
        "2031",
        None,
    ),
]


@pytest.mark.parametrize("case", ELECTION_CASES)
def test_an_election_after_the_cue_takes_the_page_year(case, monkeypatch, events_component):
    check_with_and_without_key(case, "election_after_cues", monkeypatch, events_component)


@pytest.mark.parametrize(
    "text, date, event",
    [
        # a word between the cue and the name: the last, the next election (any year)
        (
            "Hillmark changed its tax code after the last presidential election.",
            "2031-05-04",
            "presidential election",
        ),
        # a time to come, on a page of November: the election may be the next year's
        (
            "The two ministers will meet again after the presidential election in Hillmark.",
            "2031-11-20",
            "presidential election in Hillmark",
        ),
        # no cue before the name
        (
            "The envoy spoke of the presidential election in Hillmark at length.",
            "2031-05-04",
            "presidential election in Hillmark",
        ),
    ],
)
def test_an_election_without_the_plain_cue_stays_undated(text, date, event):
    assert _dates(text, TITLE, date)[event] is None


def test_a_later_mention_still_dates_an_election_after_the_cue():
    dates = _dates(
        "Critics say the mood will only sour after the presidential election. The presidential "
        "election is set for March 18, 2032.",
        TITLE,
        "2031-10-14",
    )
    assert dates["presidential election"] == "2032-03-18"


# (text, title, page's date, event, date with the rule, date without the key)
ATTENDED_CASES = [
    (
        "The President spoke at a gala meeting to mark the 57th anniversary of the Lakeside "
        "Tractor Works.",
        TITLE,
        "2031-06-12",
        "57th anniversary of the Lakeside Tractor Works",
        "2031-06-12",
        "2031-06",
    ),
    (
        "The Prime Minister attended a reception marking the 30th anniversary of the Pinetown "
        "Academy of Arts.",
        TITLE,
        "2031-06-12",
        "30th anniversary of the Pinetown Academy of Arts",
        "2031-06-12",
        "2031-06",
    ),
]


@pytest.mark.parametrize("case", ATTENDED_CASES)
def test_an_attended_event_marks_the_anniversary_on_the_page_day(
    case, monkeypatch, events_component
):
    # round bb's `anniversary_event_held_day` gives some of these rows the page's day too:
    # left out, so that the rows still show what this round's key does on its own
    monkeypatch.setattr(
        events_component,
        "rules",
        events_component.rules.edited("events", drop=["anniversary_event_held_day"]),
    )
    check_with_and_without_key(
        case, "anniversary_attended_event_day", monkeypatch, events_component
    )


@pytest.mark.parametrize(
    "text",
    [
        # a time to come
        "The President will attend a gala meeting to mark the 57th anniversary of the Lakeside "
        "Tractor Works.",
        # a programme of events (plural) runs over days
        "The President attended events to mark the 57th anniversary of the Lakeside Tractor Works.",
    ],
)
def test_an_attended_event_near_misses_keep_the_month(text):
    dates = _dates(text, TITLE, "2031-06-12")
    assert dates["57th anniversary of the Lakeside Tractor Works"] != "2031-06-12"
