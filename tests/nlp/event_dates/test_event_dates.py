"""Event dates: as precise as the sentence says, resolved against the document's date."""

import json

import pytest

from pipeline.nlp.event_dates import date_in_name, event_date
from pipeline.nlp.rules import Rules, installed_rules

RULES = installed_rules()  # the installed rule files, passed to the scanners


def date_of(sentence, name, doc_date, kind=None, rules=RULES):
    start = sentence.index(name)
    return event_date(rules, name, sentence, start, start + len(name), doc_date, kind)


@pytest.mark.parametrize(
    ("sentence", "name", "date", "expected"),
    [
        (
            "It hosted the Arctic Summit in October last year.",
            "Arctic Summit",
            "2020-05-14",
            "2019-10",
        ),
        (
            "The Arctic Summit will open on May 9, 2021.",
            "Arctic Summit",
            "2020-05-14",
            "2021-05-09",
        ),
        ("The Arctic Summit is held this year.", "Arctic Summit", "2020-05-14", "2020"),
        ("Last June, the Arctic Summit took place.", "Arctic Summit", "2016-03-29", "2015-06"),
        ("The Arctic Forum has opened in Murmansk.", "Arctic Forum", "2017-07-12", "2017-07-12"),
        ("Last June, the Army-2015 Forum took place.", "Army-2015 Forum", "2016-03-29", "2015-06"),
        ("The 2018 FIFA World Cup was great.", "2018 FIFA World Cup", "2020-01-01", "2018"),
        ("The Arctic Summit was a success.", "Arctic Summit", "2020-05-14", None),
    ],
)
def test_dates(sentence, name, date, expected):
    assert date_of(sentence, name, date) == expected


@pytest.mark.parametrize(
    ("sentence", "name", "date", "expected"),
    [
        ("The Arctic Summit ended yesterday.", "Arctic Summit", "2020-05-14", "2020-05-13"),
        ("The Arctic Summit opens tomorrow.", "Arctic Summit", "2020-05-14", "2020-05-15"),
        # a week that lies in one month gives the month; across two months only the year
        ("The Arctic Summit is next week.", "Arctic Summit", "2020-05-06", "2020-05"),
        ("The Arctic Summit is next week.", "Arctic Summit", "2020-06-24", "2020"),
        ("The Arctic Summit was held three months ago.", "Arctic Summit", "2020-05-14", "2020-02"),
        ("Seven decades ago, the Battle of Kursk ended.", "Battle of Kursk", "2013-08-23", "1943"),
        ("Two years ago the Arctic Summit met.", "Arctic Summit", "2020-05-14", "2018"),
        # ahead of the document: days and weeks
        ("In two days we meet at the Arctic Summit.", "Arctic Summit", "2017-07-05", "2017-07-07"),
        ("In three weeks, the Arctic Summit opens.", "Arctic Summit", "2017-07-05", "2017-07"),
        # "the first time in two weeks" is a span, not a date ahead
        (
            "The Arctic Summit met for the first time in two weeks.",
            "Arctic Summit",
            "2017-07-05",
            None,
        ),
        # a few days before the document: its month, unless that may be the month before (its
        # year then, issue 12m), or the year before
        ("The Arctic Forum ended a few days ago.", "Arctic Forum", "2019-11-20", "2019-11"),
        ("The Arctic Forum ended a few days ago.", "Arctic Forum", "2019-11-03", "2019"),
        ("The Arctic Forum ended a few days ago.", "Arctic Forum", "2019-01-03", None),
        # a document dated only by year cannot resolve a day
        ("The Arctic Summit ended yesterday.", "Arctic Summit", "2020", None),
    ],
)
def test_relative_dates(sentence, name, date, expected):
    assert date_of(sentence, name, date) == expected


@pytest.mark.parametrize(
    ("sentence", "name", "date", "expected"),
    [
        ("The Arctic Summit will be held in late May.", "Arctic Summit", "2021-03-02", "2021-05"),
        ("The Arctic Summit took place in early June.", "Arctic Summit", "2021-09-02", "2021-06"),
        ("The Arctic Summit is set for the end of June.", "Arctic Summit", "2021-03-02", "2021-06"),
        (
            "We met at the Arctic Summit in July this year.",
            "Arctic Summit",
            "2021-09-02",
            "2021-07",
        ),
        (
            "We will meet at the Arctic Summit next September.",
            "Arctic Summit",
            "2021-03-02",
            "2021-09",
        ),
        # the tense places a bare month before or after the document
        ("The Arctic Summit will be held in March.", "Arctic Summit", "2021-11-02", "2022-03"),
        ("The Arctic Summit was held in November.", "Arctic Summit", "2021-03-02", "2020-11"),
        ("The Arctic Summit in March was useful.", "Arctic Summit", "2021-11-02", "2021-03"),
        # seasons give the year
        ("The Arctic Summit will be held next spring.", "Arctic Summit", "2018-05-30", "2019"),
        ("In autumn, the Arctic Summit is to be held.", "Arctic Summit", "2018-05-30", "2018"),
        ("The Arctic Summit was held last autumn.", "Arctic Summit", "2018-05-30", "2017"),
        (
            "The Arctic Summit took place in the winter of 2014.",
            "Arctic Summit",
            "2018-05-30",
            "2014",
        ),
        # a month that starts the name
        (
            "By the November Baltic summit in Riga, we hope to agree.",
            "November Baltic summit",
            "2002-08-27",
            "2002-11",
        ),
        # a year before ", but" belongs to another clause
        (
            "We can change this in 2031, but the Regional Duma elections are over.",
            "Regional Duma elections",
            "2030-09-23",
            None,
        ),
    ],
)
def test_months(sentence, name, date, expected):
    assert date_of(sentence, name, date) == expected


@pytest.mark.parametrize(
    ("sentence", "name", "date", "expected"),
    [
        # at the document's date: on its sidelines, greeting its participants, on its eve
        (
            "The two leaders met on the sidelines of the Arctic Summit.",
            "Arctic Summit",
            "2018-06-09",
            "2018-06",
        ),
        (
            "The President sent greetings to the participants of the 5th Northern Forum.",
            "5th Northern Forum",
            "2020-08-10",
            "2020-08",
        ),
        (
            "The President sent his greetings to the congress of the Tundra Herders Union.",
            "congress of the Tundra Herders Union",
            "2020-08-10",
            "2020-08",
        ),
        # greetings to its winners may come long after it: no date from the greeting
        (
            "The President sent greetings to the winners of the 5th Northern Forum.",
            "5th Northern Forum",
            "2020-08-10",
            None,
        ),
        ("He arrived on the eve of the Arctic Summit.", "Arctic Summit", "2018-06-09", "2018-06"),
        ("Today the Arctic Summit closes.", "Arctic Summit", "2018-06-09", "2018-06-09"),
        ("The Arctic Summit has just ended.", "Arctic Summit", "2018-06-09", "2018-06"),
        # a war is not dated by the document, nor by "this year"
        (
            "Today we honour the heroes of the Great Northern War.",
            "Great Northern War",
            "2019-05-09",
            None,
        ),
        (
            "This year marks 75 years since the Great Northern War ended.",
            "Great Northern War",
            "2020-05-09",
            None,
        ),
        (
            "On June 22 we held the parade for the Great Northern War.",
            "Great Northern War",
            "2020-06-26",
            None,
        ),
        # but by a year in its clause, or "N years ago"
        ("The Great Northern War began in 1700.", "Great Northern War", "2020-06-26", "1700"),
        ("The Great Northern War ended 80 years ago.", "Great Northern War", "2020-06-26", "1940"),
    ],
)
def test_dates_from_the_documents_date_and_wars(sentence, name, date, expected):
    kind = "war" if "War" in name else "summit"
    assert date_of(sentence, name, date, kind) == expected


@pytest.mark.parametrize(
    ("sentence", "name", "date", "expected"),
    [
        # the base year in the name
        (
            "We mark the 60th anniversary of Peace in the 1941–1945 Great Northern War.",
            "60th anniversary of Peace in the 1941–1945 Great Northern War",
            "2005-03-01",
            "2005",
        ),
        (
            "We honour the 100th anniversary of the 1917 dock strike.",
            "100th anniversary of the 1917 dock strike",
            "2017-10-30",
            "2017",
        ),
        # a date of the anniversary's year refines it; a deadline does not
        (
            "On October 30 we honour the 100th anniversary of the 1917 dock strike.",
            "100th anniversary of the 1917 dock strike",
            "2017-03-01",
            "2017-10-30",
        ),
        (
            "By the end of April the hall for the 100th anniversary of the 1917 dock strike is"
            " done.",
            "100th anniversary of the 1917 dock strike",
            "2017-03-01",
            "2017",
        ),
        (
            "The hall for the 100th anniversary of the 1917 dock strike is ready by the end of"
            " April.",
            "100th anniversary of the 1917 dock strike",
            "2017-03-01",
            "2017",
        ),
        # the base year in the clause, carried near the document's year by the number
        (
            "Founded in 1723, the plant marks the 300th anniversary of Ferrum Works soon.",
            "300th anniversary of Ferrum Works",
            "2022-12-01",
            "2023",
        ),
        # no base: a date said in the clause
        (
            "Next year we celebrate the 40th anniversary of the Sister City Pact.",
            "40th anniversary of the Sister City Pact",
            "2019-06-29",
            "2020",
        ),
        (
            "Recently, on December 11, we marked the 20th anniversary of the Lake Pact.",
            "20th anniversary of the Lake Pact",
            "2019-12-20",
            "2019-12-11",
        ),
        # no base, no date: congratulated on it, so at the document's date
        (
            "He congratulated the residents on the 100th anniversary of the Republic.",
            "100th anniversary of the Republic",
            "2020-06-25",
            "2020-06",
        ),
        # the year of what it is of is not the anniversary's date
        (
            "The plant, built in 1941, marks the 80th anniversary of Ferrum Works.",
            "80th anniversary of Ferrum Works",
            "2019-02-01",
            "2021",
        ),
        (
            "The 80th anniversary of Ferrum Works is a date to remember.",
            "80th anniversary of Ferrum Works",
            "2019-02-01",
            None,
        ),
    ],
)
def test_anniversaries_are_dated_by_their_base_year(sentence, name, date, expected):
    assert date_of(sentence, name, date, "anniversary") == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("December 1999 parliamentary elections", "1999-12"),
        ("Army-2015 Forum", "2015"),
        ("1941–1945 Great Northern War", "1941"),
        ("Arctic Summit", None),
    ],
)
def test_date_in_name(name, expected):
    assert date_in_name(name) == expected


def test_a_date_in_the_name_is_refined_by_the_sentence():
    sentence = "The December 1999 parliamentary elections were held on December 19, 1999."
    assert date_of(sentence, "December 1999 parliamentary elections", "2000-01-23") == "1999-12-19"


@pytest.fixture
def gazetteer():
    """A rule set with a gazetteer of our own (the other rule files as installed)."""
    texts = dict(Rules.installed().texts)
    texts["event_gazetteer"] = json.dumps(
        {
            "anniversary_bases": {"fleet northern victory": 1721},
            "event_years": {"games oslo": 2031},
        }
    )
    return Rules(texts)


@pytest.mark.parametrize(
    ("sentence", "name", "kind", "date", "expected"),
    [
        (
            "The 300th anniversary of the Northern Fleet Victory is a date to remember.",
            "300th anniversary of the Northern Fleet Victory",
            "anniversary",
            "2020-12-10",
            "2021",
        ),
        # an exact key only: "the victory at Narva" is another victory
        (
            "The 300th anniversary of the Northern Fleet Victory at Narva is a date to remember.",
            "300th anniversary of the Northern Fleet Victory at Narva",
            "anniversary",
            "2020-12-10",
            None,
        ),
        (
            "The Oslo Winter Games were a triumph.",
            "Oslo Winter Games",
            "sports",
            "2028-01-10",
            "2031",
        ),
        # a page written long before or after does not speak of that one
        (
            "The Oslo Winter Games were a triumph.",
            "Oslo Winter Games",
            "sports",
            "2001-01-10",
            None,
        ),
        # nor is a summit of that name dated by it
        (
            "The Oslo Winter Games were a triumph.",
            "Oslo Winter Games",
            "summit",
            "2028-01-10",
            None,
        ),
        # the sentence's own date wins
        (
            "The Oslo Winter Games were held in 2030.",
            "Oslo Winter Games",
            "sports",
            "2031-05-10",
            "2030",
        ),
    ],
)
def test_dates_the_archive_knows(gazetteer, sentence, name, kind, date, expected):
    assert date_of(sentence, name, date, kind, gazetteer) == expected


@pytest.mark.parametrize(
    ("sentence", "name", "narrative", "expected"),
    [
        # in a news report, an event the President takes part in is at the document's date
        # (its day: present_day_cues, round ao)
        (
            "The President took part in a panel session of the Northern Forum.",
            "Northern Forum",
            True,
            "2021-06-17",
        ),
        ("The President will attend the Arctic Summit.", "Arctic Summit", True, "2021-06"),
        # in a speech, the same words recall a past event
        ("I took part in the Northern Forum.", "Northern Forum", False, None),
        # "after" an event says nothing of when it is
        (
            "The visit will be set after the presidential election in Chile.",
            "presidential election in Chile",
            True,
            None,
        ),
    ],
)
def test_a_news_report_places_the_events_it_reports_at_its_date(
    sentence, name, narrative, expected
):
    start = sentence.index(name)
    date = event_date(
        RULES, name, sentence, start, start + len(name), "2021-06-17", "forum", narrative
    )
    assert date == expected


@pytest.mark.parametrize(
    ("sentence", "name", "date", "kind", "expected"),
    [
        # a war lasts years: a year elsewhere in its clause dates something inside it
        (
            "They saw a display on a revolt in the story of World War II at Lakeside in 1943.",
            "World War II",
            "2018-01-29",
            "war",
            None,
        ),
        (
            "The regiment fought in the First World War in 1914.",
            "First World War",
            "2003-01-29",
            "war",
            "1914",
        ),
        (
            "The regiment fought in the Crimean War of 1854.",
            "Crimean War",
            "2012-01-29",
            "war",
            "1854",
        ),
        # a battle is one happening: a year in its clause is its own
        (
            "In the campaign of 1812–1814, the guards fought in the battle of Smolensk.",
            "battle of Smolensk",
            "2003-01-29",
            "war",
            "1812",
        ),
        # a deadline is not when an event in the clause takes place
        (
            "We aim for 400,000 visitors by 2023, including the Rugby World Cup.",
            "Rugby World Cup",
            "2019-06-29",
            "sports",
            None,
        ),
        (
            "Trade should double before 2025 and the Arctic Summit helps.",
            "Arctic Summit",
            "2019-06-29",
            "summit",
            None,
        ),
        # "until" gives the event's own span
        (
            "The Arctic Festival will last until March 22.",
            "Arctic Festival",
            "2019-03-01",
            "festival",
            "2019-03-22",
        ),
        (
            "The Arctic Summit will be held in 2021.",
            "Arctic Summit",
            "2019-06-29",
            "summit",
            "2021",
        ),
        # congratulations on hosting: the event has just been held
        (
            "He congratulated the Prime Minister on successfully hosting the Arctic Summit.",
            "Arctic Summit",
            "2019-06-29",
            "summit",
            "2019-06",
        ),
        (
            "He thanked them for the successful hosting and completion of the Arctic Summit.",
            "Arctic Summit",
            "2019-06-29",
            "summit",
            "2019-06",
        ),
    ],
)
def test_dates_on_unseen_pages(sentence, name, date, kind, expected):
    assert date_of(sentence, name, date, kind) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # marked recently: this year, not necessarily this month
        ("Recently, we marked the 95th anniversary of polar aviation.", "2018"),
        ("Not long ago we celebrated the 95th anniversary of polar aviation.", "2018"),
        ("Today we mark the 95th anniversary of polar aviation.", "2018-03-05"),
        ("We congratulate you on the 95th anniversary of polar aviation.", "2018-03"),
    ],
)
def test_anniversary_marked_recently_keeps_the_year_only(sentence, expected):
    name = "95th anniversary of polar aviation"
    assert date_of(sentence, name, "2018-03-05", "anniversary") == expected


def test_an_anniversary_keeps_a_year_after_by():
    sentence = "We want to double trade by 2023, the centenary of the Arctic Republic."
    assert (
        date_of(sentence, "centenary of the Arctic Republic", "2019-06-29", "anniversary") == "2023"
    )


@pytest.mark.parametrize(
    ("sentence", "name", "kind", "expected"),
    [
        # what an anniversary counts from is not dated by the remembrance's dates
        (
            "On July 3, the anniversary of the famous Northern Parade, we laid wreaths.",
            "Northern Parade",
            "other",
            None,
        ),
        ("Today is 30 years since the Arctic Summit.", "Arctic Summit", "summit", None),
        (
            "This year we mark the anniversary of the Arctic Summit.",
            "Arctic Summit",
            "summit",
            None,
        ),
        # a date right after its name is still its own
        (
            "We remember the anniversary of the Arctic Summit of 1996 this year.",
            "Arctic Summit",
            "summit",
            "1996",
        ),
        # without the cue, the clause's date is the event's
        ("On June 24, the Northern Parade was held.", "Northern Parade", "other", "2020-06-24"),
        ("Today the Arctic Summit opens.", "Arctic Summit", "summit", "2020-07-02"),
    ],
)
def test_an_event_an_anniversary_counts_from(sentence, name, kind, expected):
    assert date_of(sentence, name, "2020-07-02", kind) == expected


@pytest.mark.parametrize(
    ("sentence", "name", "kind", "expected"),
    [
        # a year that belongs to another name does not date the event
        (
            "It will help us prepare the 2030 Arctic Games, which are larger than the Polar Cup.",
            "Polar Cup",
            "sports",
            None,
        ),
        (
            "The Polar Cup was a test before our 2024 Northern Congress.",
            "Polar Cup",
            "sports",
            None,
        ),
        # a year said as a date still dates it
        ("The Polar Cup was held in 2019 in Murmansk.", "Polar Cup", "sports", "2019"),
        ("In 2019 Murmansk hosted the Polar Cup.", "Polar Cup", "sports", "2019"),
        ("The Polar Cup of the 2019 season was a success.", "Polar Cup", "sports", "2019"),
        # a year shared by coordinated names
        ("They won medals at the 2018 Arctic Games and Polar Cup.", "Polar Cup", "sports", "2018"),
    ],
)
def test_a_year_of_another_name_dates_no_event(sentence, name, kind, expected):
    assert date_of(sentence, name, "2021-03-04", kind) == expected


@pytest.mark.parametrize(
    ("sentence", "date", "expected"),
    [
        ("In a few days you will fly to Tromso for the Arctic Summit.", "2021-03-04", "2021-03"),
        ("The Arctic Summit opens in the coming days.", "2021-03-15", "2021-03"),
        # a date of the clause that refines it is kept
        ("In a few days, on March 9, the Arctic Summit opens.", "2021-03-04", "2021-03-09"),
        # late in the month, a few days may reach into the next one: the year (issue 12m); late
        # in December, into the next year
        ("In a few days you will fly to Tromso for the Arctic Summit.", "2021-03-29", "2021"),
        ("In a few days you will fly to Tromso for the Arctic Summit.", "2021-12-29", None),
    ],
)
def test_an_event_in_a_few_days(sentence, date, expected):
    assert date_of(sentence, "Arctic Summit", date, "summit") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Plenary meetings of the Northern Forum are planned for November.", "2021-11"),
        ("The Northern Forum is scheduled for late March.", "2022-03"),  # ahead: next March
        ("The Northern Forum, set for December, will be large.", "2021-12"),
        ("The Northern Forum was postponed until May.", "2022-05"),
        ("The Northern Forum is set for May 17.", "2021-05-17"),  # a day, read before
        ("The Northern Forum planned for march was cancelled.", None),  # a march, no month
        ("The Northern Forum is planned for now.", None),
    ],
)
def test_a_month_after_planned_for_dates_the_event(sentence, expected):
    assert date_of(sentence, "Northern Forum", "2021-10-04", "forum") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an event whose decisions are spoken of is over: "today" is the talk's day
        ("We discussed today the decisions adopted at the Lake Summit.", None),
        ("Today we reviewed the agreements reached at the Lake Summit.", None),
        ("Today we reviewed the agreements reached at the Lake Summit in May.", "2021-05"),
        # still to come: the clause's cue dates it
        ("The protocol will be adopted at the Lake Summit, which opened today.", "2021-10-04"),
        ("The Lake Summit opened today.", "2021-10-04"),
    ],
)
def test_an_event_whose_decisions_are_spoken_of_is_not_dated_by_the_talk(sentence, expected):
    assert date_of(sentence, "Lake Summit", "2021-10-04", "summit") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # what a verb of saying reports is a clause of its own, with its own dates
        ("At the Pine Forum, our bank announced that it will open ten branches next year.", None),
        ("At the Pine Forum, the minister stressed that in 2023 exports will double.", None),
        ("At the Pine Forum we agreed that the tariffs would fall in March.", None),
        ("We hope that the Pine Forum will be a success, and that prices fall next year.", None),
        # the event inside the reported clause keeps the dates said there
        ("The minister said that the Pine Forum will open in March.", "2022-03"),
        ("He announced that the Pine Forum will be held next year.", "2022"),
        # a date before the verb of saying is still the event's
        ("At the Pine Forum in May, the minister said that exports grew.", "2021-05"),
        # no "that": one clause
        ("The Pine Forum, the minister said, will open in March.", "2022-03"),
        # "that" as a pronoun, followed by a verb, is no reported clause
        ("The Pine Forum, I think that was in 2015, was a success.", "2015"),
        ("The Pine Forum, he said that was in 2016, drew crowds.", "2016"),
        ("The Pine Forum, which I think was held in 2015, was a success.", "2015"),
    ],
)
def test_a_date_a_verb_of_saying_reports_is_not_the_events(sentence, expected):
    assert date_of(sentence, "Pine Forum", "2021-10-04", "forum") == expected


@pytest.mark.parametrize(
    ("sentence", "name", "narrative", "expected"),
    [
        # a news report's sentence that opens with the event tells what happens there now: the
        # page's day (issue 12 round ba; its month before)
        ("At the Lake Forum, Vladimir Putin spoke about roads.", "Lake Forum", True, "2021-06-17"),
        ("During the Lake Forum in Oslo, the two leaders met.", "Lake Forum", True, "2021-06-17"),
        ("At the second Lake Forum, the President said more.", "Lake Forum", True, "2021-06-17"),
        ("Speaking at a Lake Forum, the minister was brief.", "Lake Forum", True, "2021-06-17"),
        ("In his speech at the Lake Forum, he thanked the hosts.", "Lake Forum", True, "2021-06"),
        # a date of its clause wins
        ("At the Lake Forum in 2019, the two leaders met.", "Lake Forum", True, "2019"),
        # a word that places it elsewhere in time, or a speaker recalling it: not read
        ("At the previous Lake Forum, the two leaders met.", "Lake Forum", True, None),
        ("At the Lake Forum, we agreed on roads.", "Lake Forum", False, None),
        # not an opening
        ("The two leaders met at the Lake Forum.", "Lake Forum", True, None),
        # a war is dated by its own year only
        ("During the Great Northern War, the city grew.", "Great Northern War", True, None),
    ],
)
def test_a_news_report_that_opens_with_an_event_places_it_at_its_date(
    sentence, name, narrative, expected
):
    kind = "war" if name.endswith("War") else "forum"
    start = sentence.index(name)
    date = event_date(
        RULES, name, sentence, start, start + len(name), "2021-06-17", kind, narrative
    )
    assert date == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a congratulation on a victory speaks of an election just held: the document's year
        (
            "Vladimir Putin congratulated her on her victory in the Lakeland general election.",
            "2021",
        ),
        (
            "He congratulated him on the victory of his party in the Lakeland general election.",
            "2021",
        ),
        ("The President congratulated them on winning the Lakeland general election.", "2021"),
        (
            "Please accept my congratulations on your success at the Lakeland general election.",
            "2021",
        ),
        # a date of the clause wins
        ("He congratulated her on her victory in the Lakeland general election in May.", "2021-05"),
        # no congratulation, or no victory right before the name: nothing said of when
        ("The victory in the Lakeland general election was clear.", None),
        ("He congratulated the team, and spoke of the Lakeland general election.", None),
        ("He congratulated her on her appointment before the Lakeland general election.", None),
        # a wish for victory speaks of an election to come
        (
            "Vladimir Putin congratulated him on his birthday and wished him victory in the "
            "Lakeland general election.",
            None,
        ),
        (
            "I congratulate you on your birthday and wish you success in the Lakeland general "
            "election.",
            None,
        ),
        (
            "We congratulate the party and hope for its victory in the Lakeland general election.",
            None,
        ),
        # the congratulation must be in the election's clause
        (
            "I congratulate the party on its anniversary; last time it lost, but I am sure of "
            "its success in the Lakeland general election.",
            None,
        ),
        (
            "I congratulate the party on its anniversary; it won a victory in the Lakeland "
            "general election.",
            None,
        ),
        # a wish after the victory leaves the congratulation on it
        (
            "Let me congratulate you, Madam, on your victory in the Lakeland general election and "
            "wish you success.",
            "2021",
        ),
    ],
)
def test_a_congratulation_on_winning_an_election_places_it_in_the_documents_year(
    sentence, expected
):
    assert date_of(sentence, "Lakeland general election", "2021-06-17", "election") == expected


@pytest.mark.parametrize(
    ("sentence", "name", "date", "narrative", "expected"),
    [
        # an anniversary of the document's year, celebrated "today": the document's day
        (
            "Today we are all celebrating the 75th anniversary of Victory.",
            "75th anniversary of Victory",
            "2020-05-09",
            False,
            "2020-05-09",
        ),
        # a time to come, or no celebration: the year only
        (
            "Today we will all celebrate the 75th anniversary of Victory.",
            "75th anniversary of Victory",
            "2020-05-09",
            False,
            "2020",
        ),
        (
            "Today we are preparing the 75th anniversary of Victory.",
            "75th anniversary of Victory",
            "2020-01-21",
            False,
            "2020",
        ),
        # another year's anniversary is not at the document's day
        (
            "Today we are all celebrating the 75th anniversary of Victory.",
            "75th anniversary of Victory",
            "2019-05-09",
            False,
            "2020",
        ),
        # a news report opening with the anniversary: the document's day (round ba; its month
        # before)
        (
            "On the 75th anniversary of Victory, the march is held online.",
            "75th anniversary of Victory",
            "2020-05-09",
            True,
            "2020-05-09",
        ),
        (
            "On the 30th anniversary of the Lake Institute, the President laid flowers.",
            "30th anniversary of the Lake Institute",
            "2021-04-02",
            True,
            "2021-04-02",
        ),
        # in a speech, or not at the opening: not read
        (
            "On the 75th anniversary of Victory, the march is held online.",
            "75th anniversary of Victory",
            "2020-05-09",
            False,
            "2020",
        ),
        (
            "The President laid flowers on the 30th anniversary of the Lake Institute.",
            "30th anniversary of the Lake Institute",
            "2021-04-02",
            True,
            None,
        ),
    ],
)
def test_an_anniversary_the_document_places_at_its_date(sentence, name, date, narrative, expected):
    start = sentence.index(name)
    got = event_date(
        RULES, name, sentence, start, start + len(name), date, "anniversary", narrative
    )
    assert got == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a range of days is dated by its first day, whichever side the month is on
        ("The Pine Festival is taking place in Tromso from 8 to 14 March.", "2018-03-08"),
        ("The Pine Festival will be held on 8–14 March.", "2018-03-08"),
        ("The Pine Festival was held on 17-18 May 2016.", "2016-05-17"),
        ("The Pine Festival will be held on March 8–14.", "2018-03-08"),
        # one day stays one day
        ("The Pine Festival will be held on 14 March.", "2018-03-14"),
        # numbers that are no days of the month
        ("The Pine Festival drew 8 to 14 thousand guests in March.", "2018-03"),
        # an event moved from one date to another is at the new one
        ("The Pine Festival was postponed from 8 to 14 March.", "2018-03-14"),
        ("The Pine Festival was moved from 8 March to 14 March.", "2018-03-14"),
        ("The Pine Festival has been rescheduled from March 8 to April 2.", "2018-04-02"),
        ("The Pine Festival was postponed from 2018 to 2019.", "2019"),
    ],
)
def test_a_range_of_days_is_dated_by_its_first(sentence, expected):
    assert date_of(sentence, "Pine Festival", "2018-03-05", "festival") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a speaker welcoming the audience to the event speaks at it: its day (round ao)
        ("It is my joy to welcome you to the closing session of the Lake Forum.", "2019-10-17"),
        ("Let me welcome you all to the Lake Forum.", "2019-10-17"),
        ("The two leaders talked on the margins of the Lake Forum.", "2019-10"),  # said: "talked"
        # a date of its clause wins
        ("We will be glad to welcome you to the Lake Forum next June.", "2020-06"),
        # welcoming something else is no cue
        ("We welcome the decisions of the Lake Forum.", None),
        # an invitation, a wish or a recollection speaks of another time
        ("I will be glad to welcome you all to the Lake Forum.", None),
        ("I hope to welcome you to the Lake Forum in Vladivostok.", None),
        ("We would be happy to welcome everyone to the Lake Forum.", None),
        ("Last time we met on the margins of the Lake Forum.", None),
        ("Next time, we will meet on the margins of the Lake Forum.", None),
        ("The ministers will talk on the sidelines of the Lake Forum.", None),
        # a news report tells in the past what happened on its day
        ("The meeting happened on the sidelines of the Lake Forum.", "2019-10-17"),
        ("The talks were held on the margins of the Lake Forum.", "2019-10-17"),
        ("Once more, I warmly welcome you all to the Lake Forum.", "2019-10-17"),
        # cues that say their own time are read whatever else the clause says (the month:
        # present_day_cues, round ao, gives the day only in a sentence of no other time)
        ("The Lake Forum, which has opened in Vladivostok, will last three days.", "2019-10"),
    ],
)
def test_a_speaker_welcoming_the_audience_to_an_event_places_it_at_the_documents_month(
    sentence, expected
):
    assert date_of(sentence, "Lake Forum", "2019-10-17", "forum") == expected


def _date_beside(sentence, name, other, rules=RULES):
    """The date of `name` when `other` is another event the sentence names."""
    start, o_start = sentence.index(name), sentence.index(other)
    return event_date(
        rules,
        name,
        sentence,
        start,
        start + len(name),
        "2021-03-04",
        "forum",
        others=((o_start, o_start + len(other)),),
    )


@pytest.mark.parametrize(
    ("sentence", "changes", "expected"),
    [
        # the words that join two events sharing a date are events.json's
        ("The Lake Forum and its Harbour Summit meet on May 5.", {}, "2021-05-05"),
        (
            "The Lake Forum and its Harbour Summit meet on May 5.",
            {"event_list_determiners": ["the"]},
            None,
        ),
        ("The Lake Forum plus the Harbour Summit meet on May 5.", {}, None),
        (
            "The Lake Forum plus the Harbour Summit meet on May 5.",
            {"event_list_joiners": ["and", "plus"]},
            "2021-05-05",
        ),
        # and so are the links that share a date, and how far before the other event they are
        ("The Lake Forum will meet ahead of the Harbour Summit on May 5.", {}, None),
        (
            "The Lake Forum will meet ahead of the Harbour Summit on May 5.",
            {"shared_date_links": ["ahead of"]},
            "2021-05-05",
        ),
        ("The Lake Forum will meet during the Harbour Summit on May 5.", {}, "2021-05-05"),
        # an event held "on" another's day shares its date
        ("The Lake Forum will meet on the Harbour Summit day on May 5.", {}, "2021-05-05"),
        (
            "The Lake Forum will meet on the Harbour Summit day on May 5.",
            {"shared_date_links": ["during", "at"]},
            None,
        ),
        (
            "The Lake Forum will meet during the Harbour Summit on May 5.",
            {"shared_date_link_window": 5},
            None,
        ),
    ],
)
def test_what_joins_or_links_two_events_is_rule_data(sentence, changes, expected):
    rules = RULES.edited("events", **changes) if changes else RULES
    assert _date_beside(sentence, "Lake Forum", "Harbour Summit", rules) == expected


@pytest.mark.parametrize(
    ("sentence", "name", "kind", "changes", "expected"),
    [
        # the words allowed between an opening cue and the event are events.json's
        ("At the Lake Forum, the President spoke.", "Lake Forum", "forum", {}, "2021-03-04"),
        (
            "At the Lake Forum, the President spoke.",
            "Lake Forum",
            "forum",
            {"narrative_opening_determiners": ["a"]},
            None,
        ),
        # ("this" is not an opening determiner; without 12l's demonstrative_event_cues, which
        # give "this Lake Forum" the document's month by themselves, it dates nothing)
        (
            "At this Lake Forum, the President spoke.",
            "Lake Forum",
            "forum",
            {"demonstrative_event_cues": {}},
            None,
        ),
        (
            "At this Lake Forum, the President spoke.",
            "Lake Forum",
            "forum",
            {"narrative_opening_determiners": ["the", "this"]},
            "2021-03",  # "this Lake Forum": the month (12l) before the opening is read
        ),
        # no determiner at all still opens the sentence
        (
            "At Lake Forum, the President spoke.",
            "Lake Forum",
            "forum",
            {"narrative_opening_determiners": []},
            "2021-03-04",
        ),
        # and so are those between "On" and an anniversary
        (
            "On the 30th anniversary of the Lake Institute, the President laid flowers.",
            "30th anniversary of the Lake Institute",
            "anniversary",
            {},
            "2021-03-04",
        ),
        (
            "On the 30th anniversary of the Lake Institute, the President laid flowers.",
            "30th anniversary of the Lake Institute",
            "anniversary",
            {"anniversary_opening_determiners": ["this"]},
            None,
        ),
        (
            "On this 30th anniversary of the Lake Institute, the President laid flowers.",
            "30th anniversary of the Lake Institute",
            "anniversary",
            {"anniversary_opening_determiners": ["the", "this"]},
            "2021-03-04",
        ),
    ],
)
def test_the_words_of_a_news_reports_opening_are_rule_data(sentence, name, kind, changes, expected):
    rules = RULES.edited("events", **changes) if changes else RULES
    start = sentence.index(name)
    got = event_date(rules, name, sentence, start, start + len(name), "2021-03-04", kind, True)
    assert got == expected


@pytest.mark.parametrize(
    ("sentence", "name", "expected"),
    [
        # a congratulation on an event's outcome speaks of an event just held: the year
        (
            "Vladimir Putin congratulated the hosts on the successful conclusion of the Lake "
            "Forum.",
            "Lake Forum",
            "2021",
        ),
        ("He congratulated the team on winning the Pine Cup.", "Pine Cup", "2021"),
        ("I congratulate you on the success of the Lake Forum you hosted.", "Lake Forum", "2021"),
        ("He congratulated them on the results of the Lake Forum.", "Lake Forum", "2021"),
        ("Please accept my congratulations on the successful Lake Forum.", "Lake Forum", "2021"),
        (
            "He sent congratulations to the national team that won the Pine Cup.",
            "Pine Cup",
            "2021",
        ),
        # a date of the clause wins
        ("He congratulated the team on winning the Pine Cup in May.", "Pine Cup", "2021-05"),
        # no outcome right before the name: not read
        ("He congratulated the team on winning the right to host the Pine Cup.", "Pine Cup", None),
        ("He congratulated them on the preparations for the Lake Forum.", "Lake Forum", None),
        ("He congratulated the team, and spoke of the Lake Forum.", "Lake Forum", None),
        # no congratulation, a wish, or a time to come
        ("The success of the Lake Forum is clear.", "Lake Forum", None),
        (
            "He congratulated the team and wished it success at the Pine Cup.",
            "Pine Cup",
            None,
        ),
        (
            "I congratulate you on hosting the Lake Forum next year.",
            "Lake Forum",
            "2022",
        ),
        (
            "I congratulate you: you will be hosting the Lake Forum.",
            "Lake Forum",
            None,
        ),
    ],
)
def test_a_congratulation_on_an_events_outcome_places_it_in_the_documents_year(
    sentence, name, expected
):
    kind = "sports" if name.endswith("Cup") else "forum"
    assert date_of(sentence, name, "2021-06-17", kind) == expected


@pytest.mark.parametrize(
    ("sentence", "date", "expected"),
    [
        # an event its clause calls recent is in the document's year
        ("They discussed the results of the recent Lake Forum in Oslo.", "2021-06-17", "2021"),
        ("We met recently at the Lake Forum.", "2021-06-17", "2021"),
        (
            "The Lake Forum, which had recently finished in Oslo, was a success.",
            "2021-06-17",
            "2021",
        ),
        ("Not long ago we spoke at the Lake Forum.", "2021-06-17", "2021"),
        # a date of the clause wins
        ("We met recently at the Lake Forum in May.", "2021-06-17", "2021-05"),
        # in January a recent event may be of the year before
        ("They discussed the results of the recent Lake Forum in Oslo.", "2021-01-12", None),
        # "in recent years", or a time to come, is no such cue
        ("In recent years the Lake Forum has grown.", "2021-06-17", None),
        ("Recently we agreed that we will meet at the Lake Forum.", "2021-06-17", None),
        ("The Lake Forum will recall its recent successes.", "2021-06-17", None),
    ],
)
def test_an_event_held_recently_is_in_the_documents_year(sentence, date, expected):
    assert date_of(sentence, "Lake Forum", date, "forum") == expected


@pytest.mark.parametrize(
    ("sentence", "kind", "expected"),
    [
        # an event spoken of by its outcome is over and in the news: the document's year
        ("They discussed the results of the Lake Forum.", "forum", "2021"),
        ("He briefed the minister on the main results of the Lake Forum in Oslo.", "forum", "2021"),
        ("The leaders analysed the achievements of the Lake Forum.", "forum", "2021"),
        ("This was confirmed by the outcome of the Lake Forum.", "forum", "2021"),
        # a date of the clause wins
        ("They discussed the results of the Lake Forum held in May.", "forum", "2021-05"),
        # a time to come
        ("The outcome of the Lake Forum should be fair.", "forum", None),
        ("They will discuss the results of the Lake Forum.", "forum", None),
        # not right before the name
        ("The Lake Forum brought results.", "forum", None),
        ("The results of the talks were discussed at the Lake Forum.", "forum", None),
        # a war is dated by its own year only
        ("Nobody may rewrite the results of the Lake War.", "war", None),
    ],
)
def test_an_event_spoken_of_by_its_outcome_is_in_the_documents_year(sentence, kind, expected):
    name = "Lake War" if kind == "war" else "Lake Forum"
    assert date_of(sentence, name, "2021-06-17", kind) == expected


@pytest.mark.parametrize(
    ("sentence", "narrative", "expected"),
    [
        # a place hosting the event as the text is written: the event is on the document's day
        ("Tarsk is hosting the Lake Forum, and we will speak to its guests.", False, "2019-10-17"),
        ("Tarsk is hosting the Lake Forum.", True, "2019-10-17"),
        ("The two cities are now hosting the Lake Forum together.", False, "2019-10-17"),
        # another time, a greeting sent ahead, an event before or after the day: never the day
        ("Tarsk will be hosting the Lake Forum.", False, None),
        ("Next year Tarsk is hosting the Lake Forum.", False, "2020"),
        ("Tarsk is hosting the Lake Forum next week.", True, "2019-10"),
        ("After the Lake Forum, which Tarsk is hosting, we will go home.", False, None),
        ("Tarsk hosted the Lake Forum.", True, None),
        # a news report of a meeting on an event's sidelines: the document's day (on a
        # summit's second day it still refines the month); in a speech, the month
        ("The two presidents met on the sidelines of the Lake Forum.", True, "2019-10-17"),
        ("The leaders talked on the margins of the Lake Forum.", True, "2019-10-17"),
        ("We met on the sidelines of the Lake Forum.", False, "2019-10"),
        # a meeting planned there, or reported afterwards: the month, not the day
        ("A meeting is planned on the sidelines of the Lake Forum.", True, "2019-10"),
        ("He informed them about talks on the sidelines of the Lake Forum.", True, "2019-10"),
    ],
)
def test_a_place_hosting_an_event_now_places_it_on_the_documents_day(sentence, narrative, expected):
    start = sentence.index("Lake Forum")
    date = event_date(
        RULES,
        "Lake Forum",
        sentence,
        start,
        start + len("Lake Forum"),
        "2019-10-17",
        "forum",
        narrative,
    )
    assert date == expected
