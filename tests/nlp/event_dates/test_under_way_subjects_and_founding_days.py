"""Event dates of issue 12, round s: an event that is the subject of a verb of taking place now
in any of its sentences (`subject_under_way_day_cues`), an anniversary whose founding day the
page writes out (`anniversary_founding_day`), and an upcoming event no mention dates
(`upcoming_event_year`). Each rule has rows that fail without its key and rows where it must
not fire. The pages are invented."""

import pytest
from conftest import check_with_and_without_key

# issue 12 round ag: these rows pin the rules that dated greetings before the round's
# `greeting_participants_day` (which gives such greetings the page's day by itself)
pytestmark = pytest.mark.usefixtures("without_greeting_participants_day")


# (page text, title, page date, event, with the rules, without the round's key)
UNDER_WAY_CASES = [
    # another sentence of the page: the month of the greeting refined to the page's day
    (
        "The President sent warm greetings to the participants of the 4th Pine Valley Forum.\n\n"
        "The 4th Pine Valley Forum Green Partnership is taking place in Lakeside.",
        "Greetings to the Pine Valley Forum",
        "2031-06-07",
        "4th Pine Valley Forum",
        "2031-06-07",
        "2031-06",
    ),
    # a relative clause, an adverb, in a speaker's sentence that speaks of the future before it
    (
        "I am sure the regatta will be a success and a joy for the guests of the Northern "
        "Lake Forum which is also being held in Pinetown at this time.",
        "Greeting to the regatta",
        "2031-09-09",
        "Northern Lake Forum",
        "2031-09-09",
        "2031-09",
    ),
    # a news report of a session chaired by someone, with no date
    (
        "The decision was taken at the Pinetown session of the Lake Security Council which "
        "was chaired by the President.",
        "The leaders agreed on a new structure",
        "2031-05-14",
        "Pinetown session of the Lake Security Council",
        "2031-05-14",
        None,
    ),
    # not fired: the name is not the subject ("Preparations for ... are under way"); nor the
    # page's month since round dq (`prepared_event_cues`): the preparing is under way
    (
        "Preparations for the Pine Valley Games are under way in Lakeside.",
        "Meeting with the Governor",
        "2031-03-03",
        "Pine Valley Games",
        None,
        None,
    ),
    # not fired: a day the page writes out wins over the page's day
    (
        "Greetings were sent to the guests of the Lake Health Symposium, which is being held "
        "in Pinetown.\n\nThe symposium is being held on April 13-14, 2031.",
        "Greetings to the symposium",
        "2031-04-12",
        "Lake Health Symposium",
        "2031-04-13",
        "2031-04-13",
    ),
    # not fired (the month of the cue as before): a word of another time after the name
    (
        "The Pine Valley Forum, which is being held every year in Lakeside, will open soon.",
        "Meeting with the Governor",
        "2031-03-03",
        "Pine Valley Forum",
        "2031-03",
        "2031-03",
    ),
]


@pytest.mark.parametrize(
    ("text", "title", "date", "event", "with_rule", "without"), UNDER_WAY_CASES
)
def test_an_event_under_way_in_any_sentence_is_on_the_pages_day(
    text, title, date, event, with_rule, without, monkeypatch, events_component
):
    check_with_and_without_key(
        (text, title, date, event, with_rule, without),
        "subject_under_way_day_cues",
        monkeypatch,
        events_component,
    )


FOUNDING_CASES = [
    # the founding day in another paragraph: the page's month refined to that day
    (
        "Vladimir Putin congratulated the Lake TV team on the channel's 30th anniversary.\n\n"
        "The channel first went on air on March 3, 2001.",
        "Greetings to the Lake TV team",
        "2031-03-03",
        "30th anniversary",
        "2031-03-03",
        "2031-03",
    ),
    # in brackets after the name, another month than the page's
    (
        "The two presidents signed a statement marking the 40th anniversary of the Lake "
        "Treaty (signed on 22 October 1991).",
        "Talks with the President of Pineland",
        "2031-11-09",
        "40th anniversary of the Lake Treaty",
        "2031-10-22",
        # without the key, a statement on it gives its year (round dm), not the page's month
        "2031",
    ),
    # not fired (the month "to mark" gives, as before): the day is another event's ("the
    # Pine Parade of June 24, 1991")
    (
        "The President signed an order on celebrations to mark the 40th anniversary of the "
        "Lake Republic and the Pine Parade of June 24, 1991.",
        "Executive order on celebrations",
        "2031-05-29",
        "40th anniversary of the Lake Republic",
        "2031-05",
        "2031-05",
    ),
    # not fired: two days in the year counted back to
    (
        "The President congratulated the staff on the 40th anniversary of the Lake "
        "Institute.\n\nThe institute was set up on May 2, 1991 and opened on June 5, 1991.",
        "Greetings to the Lake Institute",
        "2031-05-20",
        "40th anniversary of the Lake Institute",
        "2031-05",
        "2031-05",
    ),
    # not fired: the year's digits inside a longer number are no year ("May 2, 19915")
    (
        "The President congratulated the staff on the 40th anniversary of the Lake "
        "Institute.\n\nIts archive holds files from May 2, 19915 onwards.",
        "Greetings to the Lake Institute",
        "2031-05-20",
        "40th anniversary of the Lake Institute",
        "2031-05",
        "2031-05",
    ),
    # fired where the day and month stand far apart from other text: "2  May  1991"
    (
        "The President congratulated the staff on the 40th anniversary of the Lake "
        "Institute.\n\nThe institute was set up on 2  May  1991.",
        "Greetings to the Lake Institute",
        "2031-05-20",
        "40th anniversary of the Lake Institute",
        "2031-05-02",
        "2031-05",
    ),
    # not fired: the founding year plus the number is far from the page's year
    (
        "The President congratulated the staff on the 40th anniversary of the Lake "
        "Institute.\n\nThe institute was set up on May 2, 1981.",
        "Greetings to the Lake Institute",
        "2031-05-20",
        "40th anniversary of the Lake Institute",
        "2031-05",
        "2031-05",
    ),
]


@pytest.mark.parametrize(("text", "title", "date", "event", "with_rule", "without"), FOUNDING_CASES)
def test_an_anniversary_takes_the_founding_day_the_page_gives(
    text, title, date, event, with_rule, without, monkeypatch, events_component
):
    check_with_and_without_key(
        (text, title, date, event, with_rule, without),
        "anniversary_founding_day",
        monkeypatch,
        events_component,
    )


UPCOMING_CASES = [
    (
        "The two leaders discussed preparations for the forthcoming Lake-Pine Summit in Pinetown.",
        "Telephone conversation with the President of Pineland",
        "2031-05-07",
        "Lake-Pine Summit in Pinetown",
        "2031",
        None,
    ),
    # not fired: late in the year the forthcoming summit may be next year's
    (
        "The two leaders discussed preparations for the forthcoming Lake-Pine Summit in Pinetown.",
        "Telephone conversation with the President of Pineland",
        "2031-12-07",
        "Lake-Pine Summit in Pinetown",
        None,
        None,
    ),
    # not fired: the page dates it
    (
        "The two leaders discussed the upcoming Lake-Pine Summit, which will be held in "
        "Pinetown in July.",
        "Telephone conversation with the President of Pineland",
        "2031-05-07",
        "Lake-Pine Summit",
        "2031-07",
        "2031-07",
    ),
]


@pytest.mark.parametrize(("text", "title", "date", "event", "with_rule", "without"), UPCOMING_CASES)
def test_an_upcoming_event_no_mention_dates_is_of_the_pages_year(
    text, title, date, event, with_rule, without, monkeypatch, events_component
):
    check_with_and_without_key(
        (text, title, date, event, with_rule, without),
        "upcoming_event_year",
        monkeypatch,
        events_component,
    )
