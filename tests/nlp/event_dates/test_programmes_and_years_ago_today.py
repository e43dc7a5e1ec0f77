"""Event dates of issue 12, round t: a time phrase opening an under-way clause and an under-way
event dated only by the page's year (`subject_under_way_day_cues`), a programme announced day by
day (`announcement_cues.paragraph_leads`), when a programme starts (`later_day_subjects`,
`later_day_verbs`), "in one month" (temporal.json's `ahead_units`), "this past May", an
anniversary that happened n years ago today (`anniversary_years_ago_today`) and one the next
sentence says will be marked on a day (`anniversary_marked_next_sentence`). Each rule has rows
that fail without it and rows where it must not fire. The pages are invented."""

import json

import pytest
from conftest import page_event_dates as _dates

# issue 12 round ag: these rows pin the rules that dated greetings before the round's
# `greeting_participants_day` (which gives such greetings the page's day by itself)
pytestmark = pytest.mark.usefixtures("without_greeting_participants_day")


def _without(component, name, edit):
    """The component's rules with rule file `name` as `edit` changes its data (a dict)."""
    data = json.loads(component.rules.texts[name])
    keys = set(data)
    edit(data)
    return component.rules.edited(name, drop=keys - set(data), **data)


def _check(case, edit, monkeypatch, component, name="events"):
    text, title, date, event, with_rule, without = case
    assert _dates(text, title, date)[event] == with_rule
    monkeypatch.setattr(component, "rules", _without(component, name, edit))
    assert _dates(text, title, date)[event] == without


def _drop(key):
    return lambda data: data.pop(key, None)


def _drop_in(key, inner, value=None):
    """Drop (or, with `value`, set) one key of a nested rule."""

    def edit(data):
        if value is None:
            data[key].pop(inner, None)
        else:
            data[key][inner] = value

    return edit


# (page text, title, page date, event, with the rule, without it)
UNDER_WAY_CASES = [
    # a time phrase of the page's year opens the clause: the greeting's month refined
    (
        (
            "Vladimir Putin sent greetings to the guests of the Pine Lake Festival.\n\n"
            "This year, the Pine Lake Festival is taking place online.",
            "Greetings to the Pine Lake Festival",
            "2031-07-10",
            "Pine Lake Festival",
            "2031-07-10",
            "2031-07",
        ),
        _drop_in("subject_under_way_day_cues", "clause_openers", ["the", "this year's"]),
    ),
    # a year alone, the page's, said beside the name: refined to the page's day
    (
        (
            "The President presented the cup to the winners of the Lake Tall Ships Regatta.\n\n"
            "The Lake Tall Ships Regatta is now taking place as part of a 2031–2033 programme.",
            "Presenting awards to the regatta's winners",
            "2031-09-12",
            "Lake Tall Ships Regatta",
            "2031-09-12",
            "2031",
        ),
        _drop_in("subject_under_way_day_cues", "refines_doc_year"),
    ),
    # not fired: the clause speaks of a time to come
    (
        (
            "This year, the Pine Lake Festival will be held online.",
            "Meeting with the Governor",
            "2031-07-10",
            "Pine Lake Festival",
            "2031",
            "2031",
        ),
        _drop_in("subject_under_way_day_cues", "refines_doc_year"),
    ),
]


@pytest.mark.parametrize(("case", "edit"), UNDER_WAY_CASES)
def test_an_event_under_way_after_a_time_phrase_or_with_a_year_is_on_the_pages_day(
    case, edit, monkeypatch, events_component
):
    _check(case, edit, monkeypatch, events_component)


_PROGRAMME = (
    "On May 5–6, the President will make a working trip to Pineland.\n\n"
    "On May 5, the President will meet the Prime Minister of Pineland.\n\n"
    "On May 6, Vladimir Putin will hold talks with the President of Pineland.\n\n"
    "At the end of the day, the two leaders will attend the Lake Cup Regatta."
)

PARAGRAPH_LEAD_CASES = [
    # the last paragraph opening with a day: that day, not the first sentence's month
    (
        (_PROGRAMME, "Vladimir Putin to visit Pineland", "2031-05-03", "Lake Cup Regatta")
        + ("2031-05-06", "2031-05"),
        _drop_in("announcement_cues", "paragraph_leads"),
    ),
    # not fired: the event is named before the day's paragraph
    (
        (
            "On May 5–6, the President will make a working trip to Pineland.\n\n"
            "The two leaders will attend the Lake Cup Regatta.\n\n"
            "On May 6, Vladimir Putin will hold talks with the President of Pineland.",
            "Vladimir Putin to visit Pineland",
            "2031-05-03",
            "Lake Cup Regatta",
            "2031-05",
            "2031-05",
        ),
        _drop_in("announcement_cues", "paragraph_leads"),
    ),
    # not fired: a paragraph opening with a day in the past is no announcement
    (
        (
            "On May 5–6, the President will make a working trip to Pineland.\n\n"
            "On May 2, the President met the Prime Minister of Pineland.\n\n"
            "The two leaders will attend the Lake Cup Regatta.",
            "Vladimir Putin to visit Pineland",
            "2031-05-03",
            "Lake Cup Regatta",
            "2031-05",
            "2031-05",
        ),
        _drop_in("announcement_cues", "paragraph_leads"),
    ),
]


@pytest.mark.parametrize(("case", "edit"), PARAGRAPH_LEAD_CASES)
def test_a_programme_announced_day_by_day_dates_its_events_by_the_last_day_opened(
    case, edit, monkeypatch, events_component
):
    _check(case, edit, monkeypatch, events_component)


def _old_later_day(data):
    data["later_day_subjects"] = ["it", "the event"]
    new_verbs = ("will start", "starts", "will begin", "begins")
    data["later_day_verbs"] = [v for v in data["later_day_verbs"] if v not in new_verbs]


PROGRAMME_START_CASES = [
    # "The programme will start ... on May 27": the month refined to the first day
    (
        (
            "The President has arrived in Pineland. He will take part in the Lake Summit.\n\n"
            "The programme will start with a working lunch in the afternoon of May 27.",
            "Vladimir Putin arrived in Pineland",
            "2031-05-27",
            "Lake Summit",
            "2031-05-27",
            "2031-05",
        ),
        _old_later_day,
    ),
    # "The forum begins on June 14": the month the first sentence gave, refined
    (
        (
            "The President will attend the Pine Valley Forum in June.\n\n"
            "The forum begins on June 14.",
            "Meeting with the Governor",
            "2031-05-02",
            "Pine Valley Forum",
            "2031-06-14",
            "2031-06",
        ),
        _old_later_day,
    ),
    # not fired: a day of another month is no refinement
    (
        (
            "The President will attend the Pine Valley Forum in June.\n\n"
            "The programme will start on July 14.",
            "Meeting with the Governor",
            "2031-05-02",
            "Pine Valley Forum",
            "2031-06",
            "2031-06",
        ),
        _old_later_day,
    ),
]


@pytest.mark.parametrize(("case", "edit"), PROGRAMME_START_CASES)
def test_when_an_events_programme_starts_gives_its_first_day(
    case, edit, monkeypatch, events_component
):
    _check(case, edit, monkeypatch, events_component)


def _no_ahead_months(data):
    units = data["relative_dates"]["ahead_units"]
    for unit in ("month", "months"):
        units.pop(unit, None)


IN_MONTHS_CASES = [
    # "in one month" said in December: next January, not the page's month
    (
        (
            "In one month, the Lake Art Exhibition is opening in Pinetown.",
            "Meeting with the Minister of Culture",
            "2031-12-20",
            "Lake Art Exhibition",
            "2032-01",
            "2031-12",
        ),
        _no_ahead_months,
    ),
    (
        (
            "The Pine Valley Games will open in two months.",
            "Meeting with the Minister of Sport",
            "2031-03-10",
            "Pine Valley Games",
            "2031-05",
            None,
        ),
        _no_ahead_months,
    ),
]


@pytest.mark.parametrize(("case", "edit"), IN_MONTHS_CASES)
def test_an_event_in_a_number_of_months_is_in_that_month(case, edit, monkeypatch, events_component):
    _check(case, edit, monkeypatch, events_component, name="temporal")


@pytest.mark.parametrize(
    ("sentence", "date", "expected"),
    [
        ("This past May, the leaders met at the Lake Economic Forum.", "2031-09-01", "2031-05"),
        ("This past November the leaders met at the Lake Economic Forum.", "2031-03-01", "2030-11"),
        # "this May" is still this year's
        ("This May the leaders will meet at the Lake Economic Forum.", "2031-03-01", "2031-05"),
    ],
)
def test_this_past_month_is_the_last_such_month(sentence, date, expected):
    assert _dates(sentence, "Meeting with the Governor", date)["Lake Economic Forum"] == expected


YEARS_AGO_CASES = [
    # "exactly two years ago" and the second anniversary: the page's day
    (
        (
            "The President congratulated everyone who took part in the festivities marking the "
            "second anniversary of the Lake Games.\n\nThe first race of the Lake Games was run "
            "exactly two years ago in Pinetown.",
            "Congratulations to athletes",
            "2031-02-07",
            "second anniversary of the Lake Games",
            "2031-02-07",
            "2031-02",
        ),
        _drop("anniversary_years_ago_today"),
    ),
    # a compound number word, "today" after the count
    (
        (
            "The two ministers spoke about the 75th anniversary of the Pine Treaty.\n\n"
            "The treaty was signed seventy-five years ago today.",
            "Meeting with the Foreign Minister of Pineland",
            "2031-04-02",
            "75th anniversary of the Pine Treaty",
            "2031-04-02",
            None,
        ),
        _drop("anniversary_years_ago_today"),
    ),
    # not fired: another number of years
    (
        (
            "The President congratulated everyone who took part in the festivities marking the "
            "second anniversary of the Lake Games.\n\nThe stadium was built exactly three years "
            "ago.",
            "Congratulations to athletes",
            "2031-02-07",
            "second anniversary of the Lake Games",
            "2031-02",
            "2031-02",
        ),
        _drop("anniversary_years_ago_today"),
    ),
    # not fired: two anniversaries of the page count the same years
    (
        (
            "The leaders spoke about the 75th anniversary of the Pine Treaty and the 75th "
            "anniversary of the Lake Conference.\n\nThe treaty was signed exactly 75 years ago.",
            "Meeting with the Foreign Minister of Pineland",
            "2031-04-02",
            "75th anniversary of the Pine Treaty",
            None,
            None,
        ),
        _drop("anniversary_years_ago_today"),
    ),
]


@pytest.mark.parametrize(("case", "edit"), YEARS_AGO_CASES)
def test_an_anniversary_that_happened_n_years_ago_today_is_on_the_pages_day(
    case, edit, monkeypatch, events_component
):
    _check(case, edit, monkeypatch, events_component)


MARKED_NEXT_CASES = [
    # "We will celebrate it on May 20": that day, not the page's month
    (
        (
            "The talks are held on the eve of the 30th anniversary of our relations. "
            "We will celebrate it on May 20.",
            "Talks with the President of Pineland",
            "2031-02-28",
            "30th anniversary of our relations",  # its owner's words since round bs
            "2031-05-20",
            "2031-02",
        ),
        _drop("anniversary_marked_next_sentence"),
    ),
    # the sentence after a later mention of it
    (
        (
            "The talks are held on the eve of the 30th anniversary of diplomatic relations. The "
            "30th anniversary of diplomatic relations is a great date for both peoples. We will "
            "celebrate it on May 20.",
            "Talks with the President of Pineland",
            "2031-02-28",
            "30th anniversary of diplomatic relations",
            "2031-05-20",
            "2031-02",
        ),
        _drop("anniversary_marked_next_sentence"),
    ),
    # not fired: the next sentence names another event
    (
        (
            "The talks are held on the eve of the 30th anniversary of our relations. "
            "We will celebrate it at the Lake Forum on May 20.",
            "Talks with the President of Pineland",
            "2031-02-28",
            "30th anniversary of our relations",
            "2031-02",
            "2031-02",
        ),
        _drop("anniversary_marked_next_sentence"),
    ),
    # not fired: a date of another year than the anniversary's
    (
        (
            "This year we celebrate the 30th anniversary of our relations. "
            "It will be celebrated again in 2036.",
            "Talks with the President of Pineland",
            "2031-02-28",
            "30th anniversary of our relations",
            "2031",
            "2031",
        ),
        _drop("anniversary_marked_next_sentence"),
    ),
]


@pytest.mark.parametrize(("case", "edit"), MARKED_NEXT_CASES)
def test_an_anniversary_the_next_sentence_says_will_be_marked_on_a_day_takes_it(
    case, edit, monkeypatch, events_component
):
    _check(case, edit, monkeypatch, events_component)
