"""Events on the source pages (issue 12, round di): a cultural season one country holds in
another, named by the people's adjective and a capitalised 'Seasons' (events.json's heads,
`note_heads_di`), and a counted birthday of a person of the past or of a town
(`personal_anniversary_words`: 'birthday' is an anniversary word, but not a living person's own
day, greeted). Each rule has rows that change without it and rows where it must not fire. The
sentences are invented."""

import pytest
from conftest import found_event_names as _found
from conftest import page_event_dates as _dates
from conftest import page_event_names as _names
from conftest import rules_without_event_head as _without_head

from pipeline.nlp.rules import installed_rules

RULES = installed_rules()
EVENTS = RULES.get("events")


# -- cultural seasons -----------------------------------------------------------------------

SEASONS = [
    ("Lakish Seasons will open in Pineland in the spring of next year.", "Lakish Seasons"),
    ("The ministers agreed to organise Pinish Seasons in Lakeland.", "Pinish Seasons"),
    ("Mr Reed, Lakish Seasons opened in Hilltown the day before yesterday.", "Lakish Seasons"),
    ("A large programme, Lakish Seasons, is under way in Pineland.", "Lakish Seasons"),
    ("They spoke about the Lakish Seasons project, which ended in Pinetown.", "Lakish Seasons"),
]


@pytest.mark.parametrize("text, name", SEASONS)
def test_a_cultural_season_is_named_by_its_people(text, name):
    assert _found(text) == [name]
    assert _found(text, _without_head("seasons")) == []


def test_a_season_inside_a_festival_s_name_is_one_festival():
    text = "The Lakish Seasons festival will tour forty towns of Pineland in June."
    assert _found(text) == ["Lakish Seasons festival"]


@pytest.mark.parametrize(
    "text",
    [
        "The lake looks different in all four seasons of the year.",  # lowercase
        "Seasons change, and so do the prices of grain.",  # no name word before it
        "In All Seasons we sell the same boats.",  # a name stopword before it
    ],
)
def test_no_season_without_a_people_s_name(text):
    assert _found(text) == []


def test_a_hotel_named_four_seasons_is_no_event():
    # 'Four Seasons', a hotel chain and a concerto, is one of `not_events`
    assert _names("The guests stayed at the Four Seasons hotel by the lake.") == []


def test_a_season_s_date_is_its_year():
    text = "Lakish Seasons will be held in Pineland next year."
    assert _dates(text, "Talks with the President of Pineland", "2031-04-11") == {
        "Lakish Seasons": "2032"
    }


# -- counted birthdays ----------------------------------------------------------------------

WITHOUT_BIRTHDAYS = RULES.edited(
    "events",
    anniversary_words=[w for w in EVENTS["anniversary_words"] if w != "birthday"],
)

BIRTHDAYS = [
    (
        "The festival’s programme marks the 150th birthday of Ivan Lakov this year.",
        "150th birthday of Ivan Lakov",
    ),
    ("He recalled that the great poet’s 230th birthday falls in 2034.", "230th birthday"),
    ("Pinetown will celebrate its 880th birthday next year.", "880th birthday"),
    (
        "The readings are held in the run-up to Anna Reed’s 95th birthday.",
        "Anna Reed’s 95th birthday",
    ),
]


@pytest.mark.parametrize("text, name", BIRTHDAYS)
def test_a_counted_birthday_is_an_anniversary(text, name):
    assert _found(text) == [name]
    assert _found(text, WITHOUT_BIRTHDAYS) == []


@pytest.mark.parametrize(
    "text",
    [
        "The minister congratulated Mr Reed on his 70th birthday.",  # a living person's own
        "She wished the conductor a happy 80th birthday.",  # greeted
        "Our colleague celebrates her 60th birthday today.",
        "It was Ivan Lakov’s birthday, and we sang to him.",  # not counted
        "Happy birthday, Mr Reed!",
    ],
)
def test_no_event_for_a_person_s_own_birthday(text):
    assert _found(text) == []


def test_without_the_refusal_a_greeted_birthday_would_be_named():
    text = "The minister congratulated Mr Reed on his 70th birthday."
    assert _found(text, RULES.edited("events", personal_anniversary_words={})) != []


def test_a_counted_birthday_is_dated_by_its_sentence():
    text = "He recalled that the great poet’s 230th birthday will be marked in 2034."
    assert _names(text, "Meeting with writers", "2031-06-06") == ["230th birthday"]
    assert _dates(text, "Meeting with writers", "2031-06-06") == {"230th birthday": "2034"}
