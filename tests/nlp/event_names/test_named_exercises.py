"""Military exercises named by a code name and year (issue 12, round eh): events.json's
`named_exercises` ("the Lakeshield-2031 joint command post exercise" is an event of kind other;
"exercise" is no head of the event grammar). Each named case is found with the rule and not
without it; the rows where it must not fire find no exercise. The sentences are invented."""

import pytest
from conftest import found_event_names as _found
from conftest import page_event_dates, page_event_names

from pipeline.nlp.rules import installed_rules

RULES = installed_rules()
WITHOUT = RULES.edited("events", named_exercises={})

NAMED = [
    # the name and its year before the head, modifiers between
    (
        "The minister reported on the Lakeshield-2031 joint command post exercise.",
        "Lakeshield-2031 joint command post exercise",
    ),
    (
        "Next year, the Pine Frontier 2032 manoeuvres will test our northern units.",
        "Pine Frontier 2032 manoeuvres",
    ),
    (
        "The Hillwind-2029 Lakish-Pinish strategic exercises went well.",
        "Hillwind-2029 Lakish-Pinish strategic exercises",
    ),
    ("Our sailors took part in the North-Star-2030 naval drills.", "North-Star-2030 naval drills"),
    # a name in quotes, with or without its year
    ("We discussed the ‘Silver Lake’ air defence exercise.", "‘Silver Lake’ air defence exercise"),
    # the head, then the name with its year
    ("The joint drills Pine Frontier 2031 were the largest.", "Pine Frontier 2031"),
    ("They praised the naval exercises ‘Lake Wave-2030’ held off the coast.", "Lake Wave-2030"),
    ("The latest exercises of the LCO, Reedbank 2031, were held in the hills.", "Reedbank 2031"),
]


@pytest.mark.parametrize("text, name", NAMED)
def test_a_code_named_exercise_is_an_event(text, name):
    assert name in _found(text)
    assert name not in _found(text, WITHOUT)


def test_its_kind_is_other():
    from pipeline.nlp.event_names import find_events

    kinds = {f["name"]: f["kind"] for f in find_events(RULES, NAMED[0][0])}
    assert kinds["Lakeshield-2031 joint command post exercise"] == "other"


UNNAMED = [
    # no code name: who takes part, a sea, a fleet
    "The Lakish-Pinish joint exercises will take place in the autumn.",
    "They prepared a large-scale Pacific exercise for the summer.",
    "The Northern Fleet military exercises showed good results.",
    # a capitalised name without a year or quotes
    "The Pine Shield drills were held in the north.",
    # a time, not a name: a year after a preposition, a month or a sentence opener
    "In 2031 exercises of this kind were held twice.",
    "Since 2029 drills have become more frequent.",
    "They said that in September 2031 exercises would be held.",
    # a count of 1900 to 2099 after a word opening the sentence, not a name (review52)
    "About 2000 exercises were held in the Pine District last year.",
    "Over 1950 drills took place on Lake Reed.",
    "After 2031 exercises of this kind will be held yearly.",
    # "exercise" as a verb
    "The Lake Council 2031 members exercise their powers.",
    "The regions exercise their powers under the law.",
    # the head, then a time, not a name
    "The drills, in 2031, were the largest.",
    "Many exercises May 2031 brought were cancelled.",
]


@pytest.mark.parametrize("text", UNNAMED)
def test_no_exercise_is_named(text):
    from pipeline.nlp.event_names import find_events

    assert [f["name"] for f in find_events(RULES, text) if f["kind"] == "other"] == []


def test_on_a_page_the_exercise_is_one_event_dated_by_its_year():
    text = (
        "The minister briefed us on the results of the completed Lakeshield-2031 military "
        "exercises.\n\nThe Lakeshield-2031 exercises showed that our forces are ready."
    )
    names = page_event_names(text, date="2031-10-20")
    assert names.count("Lakeshield-2031 military exercises") == 1
    assert len([n for n in names if "Lakeshield" in n]) == 1
    dates = page_event_dates(text, "Meeting with Security Council members", "2031-10-20")
    assert dates["Lakeshield-2031 military exercises"] == "2031"
