"""Event names of issue 12, round ck: a lowercase-only head ("the Lake Legion march";
`lowercase_only_heads`), one brand word with a capital inside it naming a lowercase
competition ("the LakeSkills competition"; `camel_case_name_words`), a meeting of a body's heads
of government written who-first (`leaders_named_meetings`' `who_first`), sports the sport list
lacked (`sport_named_heads`), and a count of years and a counted anniversary of one subject
recorded once (`anniversary_subject_coreference`' `year_count_links`). Each rule has rows that
change without its key and rows where it must not fire. The sentences are invented."""

import json

import pytest
from conftest import found_event_names as _found
from conftest import rules_without_event_head

from pipeline import extract_facts
from pipeline.nlp.rules import installed_rules
from pipeline.speech import Speech

RULES = installed_rules()
WITHOUT_LOWERCASE_ONLY = RULES.edited("events", ["lowercase_only_heads"])
WITHOUT_CAMEL = RULES.edited("events", ["camel_case_name_words"])
_EVENTS = json.loads(RULES.texts["events"])
WITHOUT_WHO_FIRST = RULES.edited(
    "events",
    leaders_named_meetings={
        k: v for k, v in _EVENTS["leaders_named_meetings"].items() if k != "who_first"
    },
)
WITHOUT_NEW_SPORTS = RULES.edited(
    "events",
    sport_named_heads={
        **_EVENTS["sport_named_heads"],
        "sports": [
            s
            for s in _EVENTS["sport_named_heads"]["sports"]
            if s not in ("field hockey", "rugby", "table tennis", "bobsleigh")
        ],
    },
)


# -- a lowercase-only head: "march" ------------------------------------------------------------

MARCH_CASES = [
    ("On Victory Day Mr Lake joined the Pine Legion march in Lakeville.", "Pine Legion march"),
    (
        "Thousands of volunteers helped to hold the Lake Memory march this spring.",
        "Lake Memory march",
    ),
    (
        "Many young people take part in the Hill Regiment march every year.",
        "Hill Regiment march",
    ),
]


@pytest.mark.parametrize("text, name", MARCH_CASES)
def test_a_named_march_is_an_event(text, name):
    assert name in _found(text)
    assert not any("march" in n for n in _found(text, rules_without_event_head("march")))


@pytest.mark.parametrize(
    "text, without",
    [
        ("The Pine Legion March was held.", "Pine Legion March"),
        ("Ten Lakeland Schools March 2031 report.", "Ten Lakeland Schools March 2031"),
    ],
)
def test_the_month_march_is_never_a_head(text, without):
    assert _found(text) == []
    assert without in _found(text, WITHOUT_LOWERCASE_ONLY)


@pytest.mark.parametrize(
    "text, name",
    [
        ("The Pine Forum opens on 3 March in Lakeville.", "Pine Forum"),
        ("The Lake Games closed in March.", "Lake Games"),
        ("The Lake Forum, March 3, opened.", "Lake Forum"),
    ],
)
def test_a_month_after_a_name_leaves_it_as_it_was(text, name):
    assert _found(text) == [name] == _found(text, WITHOUT_LOWERCASE_ONLY)


def test_a_march_takes_no_tail():
    text = "For the fifth time Mr Lake joined the Pine Legion march on Victory Day."
    assert _found(text) == ["Pine Legion march", "Victory Day"]
    assert "Pine Legion march on Victory Day" in _found(text, WITHOUT_LOWERCASE_ONLY)


@pytest.mark.parametrize(
    "text",
    [
        "The veterans march through Pinetown on Sunday.",  # a verb
        "He spoke of the long march to Lakeville.",  # no name words
        "Lakeland march ahead with the plan.",  # one name word, a verb
        "It was a Lakeland march.",  # one capitalised word is not enough
    ],
)
def test_march_without_a_name_is_none(text):
    assert not any("march" in n for n in _found(text))


# -- one brand word with a capital inside it ---------------------------------------------------

CAMEL_CASES = [
    ("Our team won the LakeSkills competition in Pinetown.", "LakeSkills competition"),
    (
        "On the agenda are the Pine Cup [2031] and PineTech contest [2032].",
        "PineTech contest",
    ),
    ("The girls trained hard for the HillChess tournament.", "HillChess tournament"),
]


@pytest.mark.parametrize("text, name", CAMEL_CASES)
def test_a_brand_word_names_a_competition(text, name):
    assert name in _found(text)
    assert name not in _found(text, WITHOUT_CAMEL)


@pytest.mark.parametrize(
    "text",
    [
        "Despite fierce competition, Lakeland won the bid.",  # sentence's first word
        "The European tournament ended on Friday.",  # an adjective
        "The PINE competition ended on Friday.",  # capitals only: no capital after lowercase
        "The Lakeland competition ended on Friday.",  # one plain capitalised word
    ],
)
def test_a_single_plain_word_names_no_competition(text):
    assert _found(text) == _found(text, WITHOUT_CAMEL)
    assert not any(n.endswith(("competition", "tournament")) for n in _found(text))


# -- a meeting of a body's heads of government, written who-first ------------------------------

WHO_FIRST_CASES = [
    (
        "You have come to the meeting of prime ministers of the Pine Cooperation "
        "Organisation that Lakeland chairs.",
        "meeting of prime ministers of the Pine Cooperation Organisation",
    ),
    (
        "Mr Hill reported on a meeting of the heads of government of Lake Economic "
        "Community nations.",
        "meeting of the heads of government of Lake Economic Community",
    ),
    (
        "She attended a meeting of heads of government of the Hill Union member states.",
        "meeting of heads of government of the Hill Union member states",
    ),
]


@pytest.mark.parametrize("text, name", WHO_FIRST_CASES)
def test_a_heads_of_government_meeting_of_a_body(text, name):
    assert name in _found(text)
    assert name not in _found(text, WITHOUT_WHO_FIRST)


@pytest.mark.parametrize(
    "text",
    [
        "He attended a meeting of prime ministers of Lakeland and Pineland.",  # no body word
        "We held a meeting of the heads of government in Pinetown.",  # no "of" body
        "It was a meeting of the ministers of the Pine Union.",  # not who the rule names
    ],
)
def test_who_first_without_a_body_names_none(text):
    assert _found(text) == _found(text, WITHOUT_WHO_FIRST)
    assert not any(n.startswith("meeting") for n in _found(text))


# -- sports the list lacked --------------------------------------------------------------------

SPORT_CASES = [
    (
        "Our ministry is discussing hosting a world field hockey championship in 2033.",
        "world field hockey championship",
    ),
    ("Our boys won the world rugby cup last week.", "world rugby cup"),
    ("Pupils played in a national table tennis tournament.", "national table tennis tournament"),
    ("The team trained for the world bobsleigh championships.", "world bobsleigh championships"),
]


@pytest.mark.parametrize("text, name", SPORT_CASES)
def test_a_listed_sport_and_level_name_a_championship(text, name):
    assert name in _found(text)
    assert name not in _found(text, WITHOUT_NEW_SPORTS)


@pytest.mark.parametrize(
    "text",
    [
        "The boys won a rugby championship in Lakeville.",  # a sport alone
        "The club won a good field hockey championship.",  # another word among them
    ],
)
def test_a_new_sport_alone_names_none(text):
    assert _found(text) == []


# -- a count of years and a counted anniversary of one subject ----------------------------------


def _names(text, date="2031-04-15", title="Visit"):
    speech = Speech(
        doc_id="t", source="<test>", paragraphs=text.split("\n\n"), title=title, date=date
    )
    return [f["text"] for f in extract_facts(speech, types="event")]


def _without(monkeypatch, component):
    rule = dict(_EVENTS["anniversary_subject_coreference"])
    rule.pop("year_count_links")
    edited = component.rules.edited("events", anniversary_subject_coreference=rule)
    monkeypatch.setattr(component, "rules", edited)


YEAR_COUNT_CASES = [
    (
        "The President signed the Order on Payments to Mark 75 Years of the Lake Victory.\n\n"
        "To mark the 75th anniversary of the Lake Victory, payments will be made.",
        ["75 Years of the Lake Victory"],
        ["75 Years of the Lake Victory", "75th anniversary of the Lake Victory"],
    ),
    (
        "In 2031 Lakeland and Pineland celebrated 30 years since the establishment of "
        "diplomatic relations.\n\nWe spoke of the 30th anniversary of diplomatic relations.",
        ["30 years since the establishment of diplomatic relations"],
        [
            "30 years since the establishment of diplomatic relations",
            "30th anniversary of diplomatic relations",
        ],
    ),
]


@pytest.mark.parametrize("text, with_rule, without", YEAR_COUNT_CASES)
def test_a_count_of_years_and_its_anniversary_are_one(
    text, with_rule, without, monkeypatch, events_component
):
    assert _names(text) == with_rule
    _without(monkeypatch, events_component)
    assert _names(text) == without


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "In 2031 the town celebrated 30 years since the founding of the Lake Union.\n\n"
            "Next year is the 40th anniversary of the Lake Union.",
            [
                "30 years since the founding of the Lake Union",
                "40th anniversary of the Lake Union",
            ],
        ),
        (
            "Lakeland marks 50 years of the Pine Treaty.\n\nWe also mark the 50th "
            "anniversary of the Hill Bridge.",
            ["50 years of the Pine Treaty", "50th anniversary of the Hill Bridge"],
        ),
    ],
)
def test_other_counts_or_subjects_stay_apart(text, names):
    assert _names(text) == names
