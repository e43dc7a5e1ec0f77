"""Events found on pages nobody tuned to (issue 12, round ab): a title that shares an event's
words but names no head of its kind (`own_event_title_names_kind`), a day named by its tail
(`named_days`), an anniversary without a number named by a happening's noun
(`uncounted_anniversary_event_nouns`) and a council named as a gathering
(`gathering_councils`). Each rule has rows that fail without its key and rows
where it must not fire. The sentences are invented."""

import pytest
from conftest import drop_event_rules
from conftest import found_event_names as _found

from pipeline import extract_facts
from pipeline.nlp import build_pipeline
from pipeline.nlp.prefilter import is_candidate, triggers
from pipeline.nlp.rules import installed_rules
from pipeline.speech import Speech

RULES = installed_rules()


def _facts(text, date="2031-04-02", title="Visit"):
    speech = Speech(
        doc_id="t", source="<test>", paragraphs=text.split("\n\n"), title=title, date=date
    )
    return extract_facts(speech, types="event")


def _names(text, date="2031-04-02", title="Visit"):
    return [f["text"] for f in _facts(text, date, title)]


# -- a title that names no head of the event's kind ---------------------------------------------

OTHER_HAPPENING_CASES = [
    (
        "Lake Hockey League gala match",
        "The President played in an exhibition game at the Lake Hockey League’s 4th "
        "National Festival.",
        "Lake Hockey League’s 4th National Festival",
    ),
    (
        "Meeting with pine social workers",
        "He met with participants in the 2nd Congress of Pine Social Workers.",
        "2nd Congress of Pine Social Workers",
    ),
    (
        "Working meeting with Lake Region Governor Ivan Pinov",
        "Mr Pinov said he would run in the Lake Region Governor elections next September.",
        "Lake Region Governor elections",
    ),
    (
        "Lakeland-Pineland talks",
        "An agreement on the Lakeland-Pineland Energy Business Forum was signed.",
        "Lakeland-Pineland Energy Business Forum",
    ),
]


@pytest.mark.parametrize("title, text, name", OTHER_HAPPENING_CASES)
def test_a_title_naming_another_happening_leaves_the_event_a_fact(
    title, text, name, monkeypatch, events_component
):
    assert _names(text, title=title) == [name]
    drop_event_rules(monkeypatch, events_component, "own_event_title_names_kind")
    assert _names(text, title=title) == []


@pytest.mark.parametrize(
    "title, text",
    [
        # the title names the event's head: the page's own event
        (
            "Lake Hockey League festival",
            "The President took part in the Lake Hockey League’s 4th National Festival.",
        ),
        (
            "Congress of Pine Social Workers",
            "He addressed the 2nd Congress of Pine Social Workers.",
        ),
        # kinds the rule leaves alone, which a title names in other words
        ("Presentation of Lake Awards", "Today we hold the Lake Awards ceremony."),
        ("Pine Party congress", "He addressed the plenary session of the Pine Party."),
    ],
)
def test_a_title_naming_the_head_or_a_kind_left_alone_is_the_own_event(title, text):
    assert _names(text, title=title) == []


# -- a day named by its tail ---------------------------------------------------------------------

NAMED_DAY_CASES = [
    (
        "He wished the Pineland leader well on the Day of Friendship between Lakeland and the "
        "Pine Isles.",
        "Day of Friendship between Lakeland and the Pine Isles",
    ),
    ("Greetings were sent on the Day of Rescue and Return.", "Day of Rescue and Return"),
    (
        "We hope to see you in Lakeville for the Day of Victory over the Lake Raiders.",
        "Day of Victory over the Lake Raiders",
    ),
    (
        "Today’s session falls on the Day of Remembrance of the Lake Flood.",
        "Day of Remembrance of the Lake Flood",
    ),
    # a second day after "and", named the other way round: the first name ends before it
    ("They marked the Day of Lake Unity and Pine Fleet Day.", "Day of Lake Unity"),
    # "I" is no word of a name
    ("I congratulate you on the Day of Lake Unity and I wish you well.", "Day of Lake Unity"),
]


@pytest.mark.parametrize("text, name", NAMED_DAY_CASES)
def test_a_day_named_by_its_tail_is_an_event(text, name):
    # round cx's prefixed_named_days names a second day before its head ("and Pine Fleet
    # Day"): taken out here, where the tail's day is tested
    rules = RULES.edited("events", prefixed_named_days={})
    assert _found(text, rules) == [name]
    assert name in _found(text)
    assert _found(text, rules.edited("events", drop=["named_days"])) == []


@pytest.mark.parametrize(
    "text",
    [
        "On the day of the vote, turnout was high.",  # lowercase
        "At our farm we hold a Day of Field every summer.",  # one of many
        "The Last Day of Lakeville is his best-known painting.",  # part of another name
        "The first Day of May was warm.",  # a month, not a name
        "It was a good day for the Lake Region.",
    ],
)
def test_a_day_without_a_named_tail_is_none(text):
    assert _found(text) == []


def test_a_named_days_paragraph_is_kept_by_the_prefilter():
    found = triggers(build_pipeline())
    assert is_candidate("He sent greetings on the Day of Lake Unity.", found)
    assert not is_candidate("He arrived in Lakeville on the day of our talks.", found)


def test_a_named_day_congratulated_on_under_a_greeting_title_takes_the_documents_day():
    # the month before issue 12 round ch; a greeting title gives the day
    # (`anniversary_greeting_title_day`)
    text = (
        "The President congratulated the Pineland leader on the Day of Friendship between "
        "Lakeland and the Pine Isles.\n\nHe stressed the results of joint work."
    )
    facts = _facts(text, date="2031-04-02", title="Greetings on Lakeland and Pineland Unity Day")
    assert [(f["text"], f["date"]) for f in facts] == [
        ("Day of Friendship between Lakeland and the Pine Isles", "2031-04-02")
    ]


# -- an anniversary without a number, named by a happening's noun --------------------------------

UNCOUNTED_CASES = [
    (
        "Pinetown recalls this week the anniversary of the liberation of Lakeville Fortress.",
        "anniversary of the liberation of Lakeville Fortress",
    ),
    (
        "The parliament timed it with the anniversary of the signing of the Pine Treaty.",
        "anniversary of the signing of the Pine Treaty",
    ),
    (
        "In spring Lakeland honours the anniversary of the discovery of Pine Island.",
        "anniversary of the discovery of Pine Island",
    ),
]


@pytest.mark.parametrize("text, name", UNCOUNTED_CASES)
def test_an_uncounted_anniversary_of_a_named_happening_is_an_event(text, name):
    assert _found(text) == [name]
    without = RULES.edited("events", drop=["uncounted_anniversary_event_nouns"])
    assert _found(text, without) == []


@pytest.mark.parametrize(
    "text",
    [
        "We marked the anniversary of the liberation of our city.",  # no name after the noun
        "It was the anniversary of our meeting.",
        "On the anniversary of the talks, little had changed.",  # no happening's noun
        "The anniversary of the opening was quiet.",  # the noun names nothing
    ],
)
def test_an_uncounted_anniversary_without_a_named_happening_is_none(text):
    assert _found(text) == []


# -- a council that is a gathering ---------------------------------------------------------------

COUNCIL_CASES = [
    (
        "He sent greetings to the Bishops’ Council of the Lake Orthodox Church.",
        "Bishops’ Council of the Lake Orthodox Church",
    ),
    ("The decisions of the Bishops' Council were published.", "Bishops' Council"),
    (
        "Much was said about the upcoming Pan-Orthodox Council in Lakeville.",
        "Pan-Orthodox Council",
    ),
]


@pytest.mark.parametrize("text, name", COUNCIL_CASES)
def test_a_council_named_as_a_gathering_is_an_event(text, name):
    assert _found(text) == [name]
    assert _found(text, RULES.edited("events", drop=["gathering_councils"])) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Lake Security Council met on Friday.",  # a standing body
        "The bishops’ council met in the village.",  # lowercase: no name
        "He spoke to the local council of Pinetown.",
        "The Council of Bishops of the Lake Church sent a letter.",  # no modifier before it
    ],
)
def test_other_councils_are_none(text):
    assert _found(text) == []


def test_a_councils_paragraph_is_kept_by_the_prefilter():
    found = triggers(build_pipeline())
    assert is_candidate("The Bishops’ Council closed in Lakeville.", found)
    assert not is_candidate("The village council closed in Lakeville.", found)
