"""Event dates of issue 12, round dj: an anniversary named right after a year frame ("the
outgoing year was marked by a notable jubilee, ...", "the coming year marking the ...", "in a
year which marks a special date - the ...") is of the year the frame speaks of, not of the
page's month that its marking, greeting or under-way cues gave it
(events.json's `anniversary_year_frames`). Each fired row fails without the key; the kept rows
are where it must not change the date. The pages are invented."""

import pytest
from conftest import check_with_and_without_key
from conftest import page_event_dates as _dates

# (page text, title, page date, event, with the rule, without its key)
FRAME_CASES = [
    (
        "In his letter to the Governor of Lakeland, the President wrote: for Lakeland the outgoing "
        "year was marked with a notable jubilee, 40 years of the Pine Valley Canal.",
        "New Year greetings to foreign leaders",
        "2031-12-30",
        "40 years of the Pine Valley Canal",
        "2031",
        "2031-12",
    ),
    (
        "The minister was confident that the upcoming year marking the 50th anniversary "
        "of the Lakeland Railway would bring new joint projects.",
        "Telephone conversation with the Premier of Lakeland",
        "2031-12-28",
        "50th anniversary of the Lakeland Railway",
        "2032",
        "2031-12",
    ),
    (
        "The Premier of Lakeland comes to us in a year that marks a notable "
        "date – the 30th anniversary of the Pine Harbour Treaty.",
        "Talks with the Premier of Lakeland",
        "2031-06-05",
        "30th anniversary of the Pine Harbour Treaty",
        "2031",
        "2031-06",
    ),
    (
        "The Fifth Pine Congress is being held in Lakeville in the year of the 120th anniversary "
        "of Lakeland shipbuilding.",
        "Greetings to the Fifth Pine Congress",
        "2031-11-20",
        "120th anniversary of Lakeland shipbuilding",
        "2031",
        "2031-11",
    ),
    (
        "The first stone of the memorial was laid in the year marking the 60th anniversary of "
        "the Pine Ridge uprising.",
        "Visit to the Lakeland Memorial",
        "2031-06-04",
        "60th anniversary of the Pine Ridge uprising",
        None,
        "2031-06",
    ),
]

# not changed: a year written out before the name, a frame far from the name, no frame
KEPT_CASES = [
    (
        "The President congratulated the workers of the Lakeland Works on the 50th anniversary "
        "of the plant.",
        "Greetings to the Lakeland Works",
        "2031-05-20",
        "50th anniversary of the plant",
        "2031-05-20",
    ),
    (
        "This year marks the 27th anniversary of the Pine Harbour Treaty.",
        "Talks with the Premier of Lakeland",
        "2031-06-05",
        "27th anniversary of the Pine Harbour Treaty",
        "2031",
    ),
    (
        "Next year marks the 25th anniversary of the Pine Harbour Treaty.",
        "Talks with the Premier of Lakeland",
        "2031-06-05",
        "25th anniversary of the Pine Harbour Treaty",
        "2032",
    ),
    (
        "The year was hard for the region, and the workers celebrated the 50th anniversary of "
        "the Lakeland Works.",
        "Visit to the Lakeland Works",
        "2031-05-20",
        "50th anniversary of the Lakeland Works",
        "2031-05",
    ),
]


@pytest.mark.parametrize("text, title, date, event, with_rule, without", FRAME_CASES)
def test_an_anniversary_after_a_year_frame_takes_its_year(
    text, title, date, event, with_rule, without, monkeypatch, events_component
):
    check_with_and_without_key(
        (text, title, date, event, with_rule, without),
        "anniversary_year_frames",
        monkeypatch,
        events_component,
    )


@pytest.mark.parametrize("text, title, date, event, expected", KEPT_CASES)
def test_no_year_frame_before_the_name_keeps_the_date(text, title, date, event, expected):
    assert _dates(text, title, date)[event] == expected
