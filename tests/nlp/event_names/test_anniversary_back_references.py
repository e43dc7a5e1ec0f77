"""Event names of issue 12, round bs: an anniversary's "of" tail over a possessive determiner
right after "of" (`anniversary_tail_possessive_start`), a possessive counted anniversary that
refers back to one of its count named before (`possessive_anniversary_back_reference`), and a
counted anniversary named again in more or fewer words (`anniversary_subject_coreference`).
Each rule has rows that fail without its key and rows where it must not fire. The sentences
are invented."""

import pytest

from pipeline import extract_facts
from pipeline.speech import Speech


def _names(text, date="2031-04-15", title="Visit"):
    speech = Speech(
        doc_id="t", source="<test>", paragraphs=text.split("\n\n"), title=title, date=date
    )
    return [f["text"] for f in extract_facts(speech, types="event")]


def _without(monkeypatch, component, key):
    monkeypatch.setattr(component, "rules", component.rules.edited("events", [key]))


# -- an anniversary's tail over a possessive determiner right after "of" ------------------------

POSSESSIVE_START_CASES = [
    (
        "Next spring we will mark the 40th anniversary of our diplomatic relations.",
        "40th anniversary of our diplomatic relations",
        "40th anniversary",
    ),
    (
        "Please accept my congratulations on the 60th anniversary of your plant.",
        "60th anniversary of your plant",
        "60th anniversary",
    ),
    (
        "In 2031 the Pine Academy celebrates the 150th anniversary of my school.",
        "150th anniversary of my school",
        "150th anniversary",
    ),
    (
        "We mark the 10th anniversary of our work together.",
        "10th anniversary of our work",
        "10th anniversary",
    ),
    (
        "They spoke of the 25th anniversary of our key treaty on friendship and trade.",
        "25th anniversary of our key treaty on friendship and trade",
        "25th anniversary",
    ),
]

# not fired: a stop word after the determiner; "since", not "of"; a determiner later in the
# tail; a count of years ("25 years of our ...") names no event, as before
POSSESSIVE_START_KEPT_CASES = [
    ("It is the 20th anniversary since our first meeting in Pinetown.", ["20th anniversary"]),
    (
        "We marked the 5th anniversary of the treaty with our neighbours.",
        ["5th anniversary of the treaty"],
    ),
    ("This year we mark 25 years of our diplomatic relations.", []),
]


@pytest.mark.parametrize("text, with_rule, without", POSSESSIVE_START_CASES)
def test_an_anniversary_tail_goes_over_a_possessive_after_of(
    text, with_rule, without, monkeypatch, events_component
):
    assert _names(text) == [with_rule]
    _without(monkeypatch, events_component, "anniversary_tail_possessive_start")
    assert _names(text) == [without]


@pytest.mark.parametrize("text, names", POSSESSIVE_START_KEPT_CASES)
def test_a_possessive_elsewhere_still_ends_the_tail(text, names):
    assert _names(text) == names


def test_an_owned_anniversary_and_a_bare_one_of_its_count_are_one():
    # the bare mention first, then the owner's words: one event, recorded at the first
    text = (
        "The Lake Works turned 85 this year and Mr Lakov congratulated the staff on the 85th "
        "anniversary.\n\nPlease take my warm wishes on the 85th anniversary of our great plant."
    )
    assert _names(text) == ["85th anniversary"]


def test_a_named_anniversary_after_an_owned_one_of_its_count_is_the_same():
    text = (
        "We will soon mark the 22nd anniversary of our treaty on friendship.\n\nIndeed, we "
        "shall honour the 22nd anniversary of the signing of the Lake Treaty in a few days."
    )
    assert _names(text) == ["22nd anniversary of our treaty on friendship"]


# -- a possessive counted anniversary after one of its count named before ----------------------

BACK_REFERENCE_CASES = [
    (
        "He greeted the crew on the 30th anniversary of the Lake Fleet.\n\nThe fleet marks its "
        "thirtieth anniversary amid new successes.",
        ["30th anniversary of the Lake Fleet"],
        ["30th anniversary of the Lake Fleet", "thirtieth anniversary"],
    ),
    (
        "The meeting was held ahead of the Pine Bank’s 25th anniversary.\n\nThe bank is "
        "marking its 25th anniversary as a leader of the rankings.",
        ["Pine Bank’s 25th anniversary"],
        ["Pine Bank’s 25th anniversary", "25th anniversary"],
    ),
]

# not fired: the possessive one first, a named one of its count later; another count
BACK_REFERENCE_KEPT_CASES = [
    (
        "The farm marked its 100th anniversary.\n\nNext year is the 100th anniversary of the "
        "Lake Union.",
        ["100th anniversary", "100th anniversary of the Lake Union"],
    ),
    (
        "He greeted the crew on the 30th anniversary of the Lake Fleet.\n\nThe school marks "
        "its 20th anniversary too.",
        ["30th anniversary of the Lake Fleet", "20th anniversary"],
    ),
]


@pytest.mark.parametrize("text, with_rule, without", BACK_REFERENCE_CASES)
def test_a_possessive_anniversary_refers_back_to_its_count(
    text, with_rule, without, monkeypatch, events_component
):
    assert _names(text) == with_rule
    _without(monkeypatch, events_component, "possessive_anniversary_back_reference")
    # round ef's described_anniversaries would make them one as well
    _without(monkeypatch, events_component, "described_anniversaries")
    assert _names(text) == without


@pytest.mark.parametrize("text, names", BACK_REFERENCE_KEPT_CASES)
def test_a_possessive_anniversary_with_nothing_of_its_count_before_stays(text, names):
    assert _names(text) == names


# -- a counted anniversary named again in more or fewer words ----------------------------------

SUBJECT_CASES = [
    (
        "This year is the 30th anniversary of establishing diplomatic relations.\n\nOn the "
        "30th anniversary of diplomatic relations between Lakeland and Pineland, we sent a gift.",
        ["30th anniversary of establishing diplomatic relations"],
        [
            "30th anniversary of establishing diplomatic relations",
            "30th anniversary of diplomatic relations between Lakeland and Pineland",
        ],
    ),
    (
        "Guests came for the centenary of the Lake Chapel.\n\nThe service for the 100th "
        "anniversary of the chapel in honour of Lake sailors was moving.",
        ["centenary of the Lake Chapel"],
        [
            "centenary of the Lake Chapel",
            "100th anniversary of the chapel in honour of Lake sailors",
        ],
    ),
    (
        "He spoke at the 40th anniversary of the launch of the first Pine truck.\n\nThe 40th "
        "anniversary of the production of the first Pine truck is a fine date.",
        ["40th anniversary of the launch of the first Pine truck"],
        [
            "40th anniversary of the launch of the first Pine truck",
            "40th anniversary of the production of the first Pine truck",
        ],
    ),
]

# not fired: two battles of one count; two counts of one subject; a subject only a possessor
SUBJECT_KEPT_CASES = [
    (
        "We honoured the 70th anniversary of the Battle of Pinetown.\n\nSoon we will mark the "
        "70th anniversary of the Battle of Lakeville.",
        [
            "70th anniversary of the Battle of Pinetown",
            "Battle of Pinetown",
            "70th anniversary of the Battle of Lakeville",
            "Battle of Lakeville",
        ],
    ),
    (
        "This year is the 30th anniversary of diplomatic relations.\n\nNext year is the 40th "
        "anniversary of diplomatic relations with Hillmark.",
        [
            "30th anniversary of diplomatic relations",
            "40th anniversary of diplomatic relations with Hillmark",
        ],
    ),
]


@pytest.mark.parametrize("text, with_rule, without", SUBJECT_CASES)
def test_an_anniversary_named_again_is_one_event(
    text, with_rule, without, monkeypatch, events_component
):
    assert _names(text) == with_rule
    _without(monkeypatch, events_component, "anniversary_subject_coreference")
    assert _names(text) == without


@pytest.mark.parametrize("text, names", SUBJECT_KEPT_CASES)
def test_other_anniversaries_of_one_count_stay_apart(text, names):
    assert _names(text) == names
