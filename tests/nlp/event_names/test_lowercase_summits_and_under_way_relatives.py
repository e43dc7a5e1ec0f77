"""Events of issue 12, round ad, found on random pages nobody tuned to: a lowercase summit named
by a body and who meets for it ("a summit of the PCU leaders", `completed_proper_tails`;
"a summit of the standing members of the Lake Council", `summit_of_who_meets`),
an event in a reduced relative clause of taking place (", currently under way in Pinetown",
`reduced_under_way_day_cues`: the page's day) and an anniversary leaders exchanged best wishes
on (`undated_class_more_before`: the page's month). Each rule has rows that change without its
key and rows where it must not fire. The sentences are invented."""

import pytest
from conftest import check_with_and_without_key
from conftest import found_event_names as _found
from conftest import page_event_dates as _dates

from pipeline.nlp.rules import installed_rules

RULES = installed_rules()


# -- a lowercase summit named by a body and who meets ---------------------------------------

COMPLETED_CASES = [
    (
        "The two presidents spoke during an informal summit of LPU leaders.",
        "informal summit of LPU leaders",
    ),
    (
        "They will meet again at the summit of the PCU heads of state in May.",
        "summit of the PCU heads of state",
    ),
    (
        "The ministers prepared the summit of the PTO member states.",
        "summit of the PTO member states",
    ),
    (
        "Delegations gathered for the forum of G11 leaders, which opened in Lakeside.",
        "forum of G11 leaders",
    ),
]


@pytest.mark.parametrize("text, name", COMPLETED_CASES)
def test_a_proper_tail_completed_by_who_meets_names_the_summit(text, name):
    assert _found(text) == [name]
    without = RULES.edited("events", drop=["completed_proper_tails"])
    assert _found(text, without) == []


@pytest.mark.parametrize(
    "text",
    [
        # a lowercase word after the completing noun: the clause goes on
        "A summit of LPU leaders discussed trade.",
        # a region's or a people's adjective, not a body's initials: who meets
        "The summit of Polar heads of state was useful.",
        "They met at the summit of Lake Union leaders.",
        # not a completing noun of the key: an adjective's tail stays refused
        "They met at the forum of Lakeland regions.",
        "They met at the forum of Lakeland culture and history.",
        # a news conference is the leaders speaking to the press
        "After the talks came a news conference of the PCU leaders.",
        "The ministers held a press conference of the PTO member states.",
        # office titles alone name who meets, no body
        "They discussed the summit of heads of state.",
    ],
)
def test_a_completed_tail_that_names_no_summit_is_none(text):
    assert _found(text) == []


def test_a_capitalised_summit_keeps_its_own_name():
    text = "They met at the Lake Union Summit of leaders."
    assert _found(text) == _found(text, RULES.edited("events", drop=["completed_proper_tails"]))


WHO_MEETS_CASES = [
    (
        "They backed the idea of a summit of the standing members of the Lake Council on security.",
        "summit of the standing members of the Lake Council",
    ),
    (
        "The ministers discussed the upcoming summit of the leaders of Lakeland on May 14.",
        "summit of the leaders of Lakeland",
    ),
    (
        "Preparations for the summit of the heads of state of the Pine Union were discussed.",
        "summit of the heads of state of the Pine Union",
    ),
    (
        "The two presidents will meet at the summit of the leaders of Norway, Chile and Kenya.",
        "summit of the leaders of Norway, Chile and Kenya",
    ),
]


@pytest.mark.parametrize("text, name", WHO_MEETS_CASES)
def test_a_summit_of_who_meets_of_a_body_is_named_by_the_body(text, name):
    assert _found(text) == [name]
    without = RULES.edited("events", drop=["summit_of_who_meets"])
    assert _found(text, without) == []


@pytest.mark.parametrize(
    "text",
    [
        "They discussed a summit of heads of state.",  # no body
        "They discussed a summit of the leaders of the region.",  # no proper name
        "A summit of the leaders of Lakeland discussed trade.",  # a lowercase word goes on
        # only 'summit': a conference of a national body's members is its own meeting
        "He opened the conference of the standing members of the Lake Council.",
        # two modifiers before who meets are too many
        "They discussed a summit of the five standing members of the Lake Council.",
    ],
)
def test_a_summit_of_who_meets_without_a_body_is_none(text):
    assert _found(text) == []


# -- a reduced relative clause of taking place: the page's day ---------------------------------

REDUCED_CASES = [
    (
        "Vladimir Putin sent his greetings to the players of the 9th Pine Hockey Cup, currently "
        "under way in Lakeside.",
        "Greetings to players of 9th Pine Hockey Cup",
        "2031-04-12",
        "9th Pine Hockey Cup",
        "2031-04-12",
        "2031-04",
    ),
    (
        "The President and the Chancellor said the Lakeland Language Olympiad, now underway in "
        "Pinetown, was an important step.",
        "Telephone conversation with the Chancellor of Lakeland",
        "2031-06-03",
        "Lakeland Language Olympiad",
        "2031-06-03",
        "2031-06",
    ),
    (
        "The President greeted the guests of the Lake Crafts Festival, currently taking place in "
        "Pinetown.",
        "Greetings to guests of Lake Crafts Festival",
        "2031-09-20",
        "Lake Crafts Festival",
        "2031-09-20",
        "2031-09",
    ),
]


@pytest.mark.parametrize("text, title, date, event, with_rule, without", REDUCED_CASES)
def test_a_reduced_clause_of_taking_place_gives_the_pages_day(
    text,
    title,
    date,
    event,
    with_rule,
    without,
    monkeypatch,
    events_component,
    without_greeting_participants_day,
):
    # round ag's greeting rule is dropped: it dates the greeted cup to the day by itself, and this
    # test pins what the reduced clause alone does
    check_with_and_without_key(
        (text, title, date, event, with_rule, without),
        "reduced_under_way_day_cues",
        monkeypatch,
        events_component,
    )


@pytest.mark.parametrize(
    "text, event, date",
    [
        # no adverb of now: where it is held, not that it is going on
        (
            "The ministers spoke of the Lakeland Language Olympiad, held in Pinetown.",
            "Lakeland Language Olympiad",
            None,
        ),
        # a word of another time after the name keeps the day away
        (
            "The ministers spoke of the Lakeland Language Olympiad, now taking place in Pinetown "
            "every year.",
            "Lakeland Language Olympiad",
            None,
        ),
    ],
)
def test_a_clause_without_a_cue_of_now_gives_no_day(text, event, date):
    assert _dates(text, "Meeting with ministers", "2031-06-03")[event] == date


# -- an anniversary exchanged best wishes on: the page's month ---------------------------------

WISHES_CASES = [
    (
        "The two presidents exchanged best wishes on the 40th anniversary of the Lake Bridge.",
        "Telephone conversation with the President of Lakeland",
        "2031-07-23",
        "40th anniversary of the Lake Bridge",
        "2031-07",
        None,
    ),
    (
        "The President conveyed his warm wishes on the 70th anniversary of the Pine Railway.",
        "Telephone conversation with the Prime Minister of Pineland",
        "2031-03-02",
        "70th anniversary of the Pine Railway",
        "2031-03",
        None,
    ),
]


@pytest.mark.parametrize("text, title, date, event, with_rule, without", WISHES_CASES)
def test_best_wishes_on_an_anniversary_give_the_pages_month(
    text, title, date, event, with_rule, without, monkeypatch, events_component
):
    check_with_and_without_key(
        (text, title, date, event, with_rule, without),
        "undated_class_more_before",
        monkeypatch,
        events_component,
    )


@pytest.mark.parametrize(
    "text",
    [
        # views, not wishes, exchanged on it
        "The two presidents exchanged views on the 40th anniversary of the Lake Bridge.",
        # wishes far before the anniversary are sent on something else
        "The two presidents exchanged best wishes, discussed trade in grain and timber, the new "
        "ferry line and the tourism season, and agreed to meet before the 40th anniversary of "
        "the Lake Bridge.",
    ],
)
def test_wishes_that_greet_no_anniversary_give_no_date(text):
    dates = _dates(text, "Telephone conversation with the President of Lakeland", "2031-07-23")
    assert dates["40th anniversary of the Lake Bridge"] is None
