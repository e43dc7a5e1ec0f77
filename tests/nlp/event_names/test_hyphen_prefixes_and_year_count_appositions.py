"""Events on pages nobody tuned to (issue 12, round af): a head written after a prefix and a hyphen
is a modifier (`hyphen_prefixed_heads`), a lowercase head and its title opening a sentence are
its subject (`title_after_lowercase_head_as_subject`), a title about a commission does not make
the event it names the page's own ("commission" in `own_event_title_cues_against`), and a number
of years in apposition to an anniversary names it (`anniversary_year_count_appositions`). Each
rule has rows that change without its key and rows where it must not fire. The sentences are
invented."""

import pytest
from conftest import found_event_names as _found
from conftest import page_event_names as _names
from conftest import without_title_cues

from pipeline.nlp.events import _own_event_cues
from pipeline.nlp.rules import installed_rules

RULES = installed_rules()


# -- a head after a prefix and a hyphen ------------------------------------------------------

HYPHEN_CASES = [
    "He promised to help Lakeland’s post-war recovery.",
    "The Pine Union’s post-war order was discussed at length.",
    "They spoke of the Lakeland pre-war borders.",
    "Pineland's anti-war movement grew quickly.",
]


@pytest.mark.parametrize("text", HYPHEN_CASES)
def test_a_head_after_a_hyphened_prefix_is_no_event(text):
    assert _found(text) == []
    without = RULES.edited("events", drop=["hyphen_prefixed_heads"])
    assert _found(text, without) != []


@pytest.mark.parametrize(
    "text, name",
    [
        ("Lakeland’s war against the invaders lasted four years.", "Lakeland’s war"),
        ("The Second World War ended long ago.", "Second World War"),
        ("He attended the Lake Forum last week.", "Lake Forum"),
    ],
)
def test_a_head_without_a_hyphened_prefix_is_unchanged(text, name):
    assert _found(text) == [name]


# -- a lowercase head and its title as a sentence's subject ----------------------------------

SUBJECT_CASES = [
    ("The exhibition Treasures of Pine Valley once again proves this.", "Treasures of Pine Valley"),
    ("We came early. The festival Lake Lights also brought many guests.", "Lake Lights"),
    ("The forum Pine Dialogue always attracts young scientists.", "Pine Dialogue"),
]


@pytest.mark.parametrize("text, title", SUBJECT_CASES)
def test_a_titled_head_opening_a_sentence_is_an_event(text, title):
    found = _found(text)
    assert len(found) == 1 and found[0].endswith(title)
    without = RULES.edited("events", drop=["title_after_lowercase_head_as_subject"])
    assert _found(text, without) == []


@pytest.mark.parametrize(
    "text",
    [
        "At the conference Anna Lake said the plan was ready.",  # a person, inside a sentence
        "Later at the festival Anna Pine sang for the guests.",
        "We saw that the exhibition Mark Lake curated drew crowds.",
    ],
)
def test_a_titled_head_inside_a_sentence_before_a_verb_is_none(text):
    assert _found(text) == []


# -- a title about a commission ---------------------------------------------------------------

ANNIVERSARY = "He said the celebrations of Lakeville’s 900th anniversary in 2034 must be grand."


@pytest.mark.parametrize(
    "title",
    [
        "Meeting of the State Commission to prepare the 900th anniversary of Lakeville",
        "Meeting of the Commission for celebrating the 900th anniversary of Lakeville",
    ],
)
def test_a_commission_title_leaves_the_event_a_fact(title):
    assert _names(ANNIVERSARY, date="2030-03-01", title=title) == ["Lakeville’s 900th anniversary"]
    assert _own_event_cues(RULES).search(title)
    without = without_title_cues(RULES, "commission")
    assert not _own_event_cues(without).search(title)


@pytest.mark.parametrize(
    "title",
    [
        "Celebrations of the 900th anniversary of Lakeville",  # the page's own event
        "The 900th anniversary of Lakeville",
    ],
)
def test_a_title_naming_the_event_alone_keeps_it_the_pages_own(title):
    assert _names(ANNIVERSARY, date="2030-03-01", title=title) == []


# -- a number of years in apposition to an anniversary ---------------------------------------

APPOSITION_CASES = [
    (
        "This spring we mark a great anniversary – 20 years of the Lake Charter.",
        "20 years of the Lake Charter",
    ),
    (
        "We celebrated a special jubilee: 70 years since the Pine Treaty was signed.",
        "70 years since the Pine Treaty",
    ),
    (
        "The year brought an anniversary, 40 years of relations between Lakeland and Pineland.",
        "40 years of relations between Lakeland and Pineland",
    ),
]


@pytest.mark.parametrize("text, name", APPOSITION_CASES)
def test_a_count_of_years_after_an_anniversary_is_named(text, name):
    assert _found(text) == [name]
    without = RULES.edited("events", drop=["anniversary_year_count_appositions"])
    assert _found(text, without) == []


@pytest.mark.parametrize(
    "text",
    [
        "The anniversary 20 years ago was a modest one.",  # no separator
        "We held an anniversary – 20 guests of the Lake Club came.",  # no years
        "It was an anniversary: 30 years since being founded.",  # of nothing named
    ],
)
def test_an_anniversary_without_a_count_of_years_names_none(text):
    assert _found(text) == []


def test_a_count_the_page_names_by_its_ordinal_is_not_named_twice():
    text = (
        "We marked the 50th anniversary of the Pine Treaty. "
        "Two days ago the town held a rare anniversary: 50 years since the Pine Treaty was signed."
    )
    assert _found(text) == ["50th anniversary of the Pine Treaty"]


# -- a race named in lowercase after name words, a bracketed gloss ---------------------------

RACE_CASES = [
    (
        "He greeted the guests of the 12th Lakovaya Tropa [Lake Track] nationwide mass ski race.",
        "12th Lakovaya Tropa [Lake Track] nationwide mass ski race",
    ),
    ("Thousands ran in the Pine Valley relay race today.", "Pine Valley relay race"),
    ("The nationwide Lakovaya Tropa mass ski race is popular.", "Lakovaya Tropa mass ski race"),
]


@pytest.mark.parametrize("text, name", RACE_CASES)
def test_a_race_after_name_words_is_an_event(text, name):
    assert _found(text) == [name]
    without = RULES.edited("events", drop=["lowercase_heads_after_name_more"])
    assert _found(text, without) == []


def test_a_gloss_goes_on_a_tournaments_name():
    text = "Boys played in the Zolotoy Myach [Golden Ball] tournament for schools."
    assert _found(text) == ["Zolotoy Myach [Golden Ball] tournament"]


@pytest.mark.parametrize(
    "text",
    [
        "Prevention of an arms race is vital.",  # no name words
        "During the Lakeland presidential race he spoke.",  # one name word
        "The occasion was another Pine Circuit race.",  # one of a series
        "Pineland joined the nuclear arms race long ago.",
    ],
)
def test_a_race_without_a_name_is_none(text):
    assert _found(text) == []


def test_a_tournament_keeps_two_modifiers_at_most():
    text = "He greeted the guests of the Pine Open international women’s tennis tournament."
    assert _found(text) == []
