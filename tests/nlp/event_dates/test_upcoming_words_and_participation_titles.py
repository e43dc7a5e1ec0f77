"""Event dates from cues of issue 12n: an upcoming event is not on the document's day
(`upcoming_event_words`), and a page whose title says its subject took part in, attended,
addressed, visited or opened an event puts that event in the document's month
(`participation_titles`). Each rule has rows that fail without it and rows where it must not
fire."""

import pytest
from conftest import event_date_of as date_of

from pipeline.nlp.event_title_dates import participation_month_from_title
from pipeline.nlp.rules import installed_rules

RULES = installed_rules()
WITHOUT_UPCOMING = RULES.edited("events", drop=["upcoming_event_words"])
WITHOUT_TITLES = RULES.edited("events", drop=["participation_titles"])


# (sentence, name, document's date, kind, narrative, with the rule, without it)
UPCOMING_CASES = [
    (
        "We hope that the ministers will agree at the upcoming Lake Summit on a formula that "
        "reflects the balance of the world economy today.",
        "Lake Summit",
        "2013-02-15",
        "summit",
        False,
        None,
        "2013-02-15",
    ),
    (
        "Today we are checking how ready the police are for the forthcoming Pine Elections.",
        "Pine Elections",
        "2018-02-28",
        "election",
        False,
        None,
        "2018-02-28",
    ),
    (
        "The ministers discussed the forthcoming Harbour Forum at their meeting this morning.",
        "Harbour Forum",
        "2016-05-03",
        "forum",
        True,
        None,
        "2016-05-03",
    ),
    # not fired: no upcoming word before the name
    (
        "The Lake Summit opens today in Oslo.",
        "Lake Summit",
        "2013-02-15",
        "summit",
        True,
        "2013-02-15",
        "2013-02-15",
    ),
    # a date the clause says is kept
    (
        "Today we discussed the upcoming Lake Summit on March 5.",
        "Lake Summit",
        "2013-02-15",
        "summit",
        False,
        "2013-03-05",
        "2013-03-05",
    ),
    # a cue of the document's month is kept
    (
        "The ministers met on the eve of the upcoming Lake Summit.",
        "Lake Summit",
        "2013-02-15",
        "summit",
        True,
        "2013-02",
        "2013-02",
    ),
]


@pytest.mark.parametrize(
    ("sentence", "name", "doc_date", "kind", "narrative", "expected", "without"), UPCOMING_CASES
)
def test_an_upcoming_event_is_not_on_the_documents_day(
    sentence, name, doc_date, kind, narrative, expected, without
):
    assert date_of(sentence, name, doc_date, kind, narrative) == expected
    assert date_of(sentence, name, doc_date, kind, narrative, rules=WITHOUT_UPCOMING) == without


# (title, name, kind, the sentence's date, document's date, with the rule)
PARTICIPATION_CASES = [
    (
        "President Vladimir Putin took part in opening the Third Congress of the Lake Party",
        "Lake Party Congress",
        "conference",
        None,
        "2003-09-20",
        "2003-09",
    ),
    (
        "Vladimir Putin attended the Pine Millennium Summit in New York",
        "Pine Millennium Summit",
        "summit",
        None,
        "2000-09-08",
        "2000-09",
    ),
    (
        "Acting President and Prime Minister Vladimir Putin addressed the 58th session of the "
        "Lake Assembly",
        "Lake Assembly",
        "meeting",
        "2003",
        "2003-09-25",
        "2003-09",
    ),
    # not fired: a date of its own, a title that speaks of a time to come, a verb after a
    # lowercase word (not the title's subject), an event the title does not name, a war,
    # an anniversary
    (
        "Vladimir Putin attended the Pine Summit in New York",
        "Pine Summit",
        "summit",
        "2000-08",
        "2000-09-08",
        None,
    ),
    (
        "Vladimir Putin will attend the Pine Summit",
        "Pine Summit",
        "summit",
        None,
        "2000-09-08",
        None,
    ),
    (
        "Vladimir Putin met with athletes who attended the Lake Games",
        "Lake Games",
        "sports",
        None,
        "2000-10-06",
        None,
    ),
    (
        "Vladimir Putin visited the Lake Plant",
        "Pine Forum",
        "forum",
        None,
        "2000-03-21",
        None,
    ),
    (
        "Vladimir Putin visited the museum of the Battle of Lake Ilmen",
        "Battle of Lake Ilmen",
        "war",
        None,
        "2000-02-22",
        None,
    ),
    (
        "Vladimir Putin visited the exhibition for the 300th anniversary of Pine City",
        "300th anniversary of Pine City",
        "anniversary",
        None,
        "2003-05-20",
        None,
    ),
]


@pytest.mark.parametrize(
    ("title", "name", "kind", "date", "doc_date", "expected"), PARTICIPATION_CASES
)
def test_a_title_of_taking_part_puts_the_event_in_the_documents_month(
    title, name, kind, date, doc_date, expected
):
    assert participation_month_from_title(RULES, name, kind, date, title, doc_date) == expected
    assert participation_month_from_title(WITHOUT_TITLES, name, kind, date, title, doc_date) is None


def _events(text: str, title: str, date: str) -> list[dict]:
    from pipeline import extract_facts
    from pipeline.speech import Speech

    speech = Speech(
        doc_id="t", source="<test>", paragraphs=text.split("\n\n"), title=title, date=date
    )
    return list(extract_facts(speech, types="event"))


# (title, text, document's date, {name: date with the rule}, {name: date without it})
PAGE_CASES = [
    # ("took part in" would make the congress the page's own event since round ci:
    # events.json `own_event_attendance_titles`; "visited" is no such verb)
    (
        "President Vladimir Putin visited the opening day of the Third Congress of the Lake Party",
        "The President said that he came to the Lake Party Congress to thank the deputies.",
        "2003-09-20",
        {"Lake Party Congress": "2003-09"},
        {"Lake Party Congress": None},
    ),
    # not fired: the sentence dates the event
    (
        "Vladimir Putin attended the Pine Summit in New York",
        "The leaders last met at the Pine Summit in August 1999.",
        "2000-09-08",
        {"Pine Summit": "1999-08"},
        {"Pine Summit": "1999-08"},
    ),
]


@pytest.mark.parametrize(("title", "text", "date", "expected", "without"), PAGE_CASES)
def test_a_page_titled_with_taking_part_dates_the_event_it_names(
    title, text, date, expected, without, monkeypatch, events_component
):
    def dates():
        return {f["name"]: f["date"] for f in _events(text, title, date)}

    assert dates() == expected
    component = events_component
    monkeypatch.setattr(
        component, "rules", component.rules.edited("events", drop=["participation_titles"])
    )
    assert dates() == without


WITHOUT_GREETINGS = RULES.edited("events", drop=["greetings_titles"])

# (title, name, kind, the sentence's date, document's date, with the rule)
GREETINGS_CASES = [
    (
        "Greetings to the 5th Lake Youth Forum",
        "5th Lake Youth Forum",
        "forum",
        None,
        "2017-06-29",
        "2017-06",
    ),
    (
        "Message of greetings to 60th Pine Energy Conference",
        "Pine Energy Conference",
        "conference",
        "2016",
        "2016-09-26",
        "2016-09",
    ),
    (
        "The President sent a message of greeting to all leaders taking part in the 4th Lake "
        "Meeting in Oslo",
        "4th Lake Meeting",
        "meeting",
        None,
        "2002-09-22",
        "2002-09",
    ),
    # not fired: an anniversary, an election won, a title of a time to come, an event the title
    # does not name, a date of its own
    (
        "Greetings on the 60th anniversary of the Lake Institute",
        "60th anniversary of the Lake Institute",
        "anniversary",
        None,
        "2019-12-03",
        None,
    ),
    (
        "Greetings to the President of Lakeland on winning the presidential election",
        "presidential election",
        "election",
        "2020",
        "2020-08-10",
        None,
    ),
    (
        "Greetings to participants of the Pine Festival to be held in Oslo",
        "Pine Festival",
        "festival",
        None,
        "2018-07-20",
        None,
    ),
    ("Greetings to the 5th Lake Youth Forum", "Pine Summit", "summit", None, "2017-06-29", None),
    (
        "Greetings to the 5th Lake Youth Forum",
        "5th Lake Youth Forum",
        "forum",
        "2017-07-01",
        "2017-06-29",
        None,
    ),
]


@pytest.mark.parametrize(("title", "name", "kind", "date", "doc_date", "expected"), GREETINGS_CASES)
def test_a_greetings_title_puts_the_event_in_the_documents_month(
    title, name, kind, date, doc_date, expected
):
    def month(rules):
        return participation_month_from_title(
            rules, name, kind, date, title, doc_date, key="greetings_titles"
        )

    assert month(RULES) == expected
    assert month(WITHOUT_GREETINGS) is None


def test_a_greetings_page_dates_the_event_its_message_names(monkeypatch, events_component):
    title, text = (
        "Greetings to the 4th Lake Meeting",
        "We wish every success to the 4th Lake Meeting.",
    )

    def dates():
        return {f["name"]: f["date"] for f in _events(text, title, "2002-09-22")}

    assert dates() == {"4th Lake Meeting": "2002-09"}
    component = events_component
    monkeypatch.setattr(
        component, "rules", component.rules.edited("events", drop=["greetings_titles"])
    )
    assert dates() == {"4th Lake Meeting": None}
