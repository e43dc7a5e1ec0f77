"""Event dates of issue 12, round dm: an anniversary that a cue of marking or celebrating gave
the page's month is given the year instead where the text does not support the month: a
document adopted on it ("signed a declaration on the 30th anniversary of ..."), a celebration
said to be under way in a frame ("as we celebrate the 45th anniversary of ..."), and, in a page
written no later than June, preparing or planning it ("preparations to mark the 40th
anniversary of ..."); later in the year, preparing or planning leaves it undated
(events.json's `anniversary_unsupported_month_cues`). Each fired row fails without the key; the
kept rows are where it must not change the date. The pages are invented."""

import pytest
from conftest import check_with_and_without_key
from conftest import page_event_dates as _dates

# (page text, title, page date, event, with the rule, without its key)
FIRED_CASES = [
    (
        "Following the summit, the leaders of Lakeland and Pineland signed a declaration on the "
        "30th anniversary of the Pine Harbour Treaty.",
        "Pine Council summit",
        "2031-11-20",
        "30th anniversary of the Pine Harbour Treaty",
        "2031",
        "2031-11",
    ),
    (
        "Several documents were adopted following the meeting, including statements on water "
        "safety, fisheries and the 20th anniversary of the Lake Union.",
        "Meeting of the Lake Union Council",
        "2031-09-16",
        "20th anniversary of the Lake Union",
        "2031",
        "2031-09",
    ),
    (
        "The cabinet session discussed, among other items, preparations to mark the 40th "
        "anniversary of the Pine Valley Canal.",
        "Government meeting",
        "2031-03-09",
        "40th anniversary of the Pine Valley Canal",
        "2031",
        "2031-03",
    ),
    (
        "The President signed an executive order on celebrating the 200th anniversary of Pinetown.",
        "Executive order",
        "2031-02-10",
        "200th anniversary of Pinetown",
        "2031",
        "2031-02",
    ),
    (
        "A plan of events has been approved in Pinetown to mark the 60th anniversary of the "
        "Lakeland Railway.",
        "Talks with the Premier of Lakeland",
        "2031-10-15",
        "60th anniversary of the Lakeland Railway",
        None,
        "2031-10",
    ),
    (
        "The President signed an executive order on celebrating the 200th anniversary of Pinetown.",
        "Executive order",
        "2031-08-10",
        "200th anniversary of Pinetown",
        None,
        "2031-08",
    ),
    (
        "I am glad that you have come to Pinetown as we celebrate the 45th anniversary of the "
        "Lakeland Friendship Treaty.",
        "Meeting with the President of Lakeland",
        "2031-03-23",
        "45th anniversary of the Lakeland Friendship Treaty",
        "2031",
        "2031-03",
    ),
]

# not changed: a statement made on the occasion, a frame said today, preparing spoken of in
# another sentence, a plain congratulation, a day written after the name
KEPT_CASES = [
    (
        "The leaders signed a statement on the occasion of the 17th anniversary of the Pine "
        "Harbour Treaty.",
        "Lake Council summit",
        "2031-05-14",
        "17th anniversary of the Pine Harbour Treaty",
        "2031-05",
    ),
    (
        "Today, as we mark the 80th anniversary of the Lakeland Victory, we honour the veterans.",
        "Meeting with veterans",
        "2031-05-09",
        "80th anniversary of the Lakeland Victory",
        "2031-05-09",
    ),
    (
        "Preparations for the harvest are over. The farmers celebrated the 50th anniversary of "
        "the Lakeland Cooperative.",
        "Visit to Lakeland",
        "2031-09-20",
        "50th anniversary of the Lakeland Cooperative",
        "2031-09",
    ),
    (
        "The President congratulated the staff of the Pine Theatre on its 100th anniversary.",
        "Greetings to the Pine Theatre",
        "2031-11-20",
        "100th anniversary",
        "2031-11",
    ),
    (
        "Following the summit, the leaders signed a declaration on the 30th anniversary of the "
        "Pine Harbour Treaty of May 29, 2001.",
        "Pine Council summit",
        "2031-11-20",
        "30th anniversary of the Pine Harbour Treaty",
        "2031-05-29",
    ),
]


@pytest.mark.parametrize("text, title, date, event, with_rule, without", FIRED_CASES)
def test_an_anniversary_month_the_text_does_not_support_gives_way(
    text, title, date, event, with_rule, without, monkeypatch, events_component
):
    check_with_and_without_key(
        (text, title, date, event, with_rule, without),
        "anniversary_unsupported_month_cues",
        monkeypatch,
        events_component,
    )


@pytest.mark.parametrize("text, title, date, event, expected", KEPT_CASES)
def test_a_supported_month_or_a_written_day_is_kept(text, title, date, event, expected):
    assert _dates(text, title, date)[event] == expected
