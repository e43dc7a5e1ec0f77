"""Event precision and names on fresh random pages (issue 12, round ay): a head followed by
'Memorial', 'Monument' or 'Cemetery' names a place (`organisation_words`); initials followed by
a capitalised head ('the LCO Summit') stand for the capitalised words they spell
(`acronym_aliases`' `capitalised_rest`); an anniversary's tail ends before 'with' and a
lowercase word (`anniversary_tail_open_objects`) and before a determiner right after a year
(`anniversary_tail_after_year_stops`). Each rule has rows that change without it and rows where
it must not fire. The sentences are invented."""

import pytest
from conftest import found_event_names as _found

from pipeline import extract_facts
from pipeline.nlp.rules import installed_rules
from pipeline.speech import Speech

RULES = installed_rules()
EVENTS = RULES.get("events")


def _facts(text, title="Visit", date="2031-04-15"):
    speech = Speech(
        doc_id="t", source="<test>", paragraphs=text.split("\n\n"), title=title, date=date
    )
    return [f["text"] for f in extract_facts(speech, types="event")]


def _edited(**keys):
    return RULES.edited("events", **keys)


# -- a place of remembrance named after an event ----------------------------------------------

PLACE_CASES = [
    "A guard of honour was lined up at the Lakeland National War Memorial in the capital.",
    "The President laid flowers at the Pine Battle Monument on the hill.",
    "The delegation visited the Lake War Cemetery outside the town.",
]


@pytest.mark.parametrize("text", PLACE_CASES)
def test_a_memorial_named_after_an_event_is_a_place(text):
    assert _found(text) == []
    words = [
        w for w in EVENTS["organisation_words"] if w not in {"Memorial", "Monument", "Cemetery"}
    ]
    assert _found(text, _edited(organisation_words=words)) != []


@pytest.mark.parametrize(
    "text, name",
    [
        ("The veterans of the Lake War met at the memorial.", "Lake War"),
        ("He spoke about the Pine Battle at the monument.", "Pine Battle"),
    ],
)
def test_an_event_before_a_lowercase_memorial_is_kept(text, name):
    assert name in _found(text)


# -- initials with a capitalised head ---------------------------------------------------------


def test_initials_with_a_capitalised_head_of_the_titles_summit_are_the_pages_own(
    monkeypatch, events_component
):
    text = "The leaders met in a restricted format.\n\nThe LCO Summit adopted a declaration."
    title = "Lake Cooperation Organisation summit"
    assert _facts(text, title=title) == []
    rule = {k: v for k, v in EVENTS["acronym_aliases"].items() if k != "capitalised_rest"}
    monkeypatch.setattr(
        events_component, "rules", events_component.rules.edited("events", acronym_aliases=rule)
    )
    assert _facts(text, title=title) == ["LCO Summit"]


def test_initials_with_a_capitalised_head_after_the_full_name_are_one_event():
    text = (
        "He met the minister at the Lake Cooperation Organisation summit.\n\n"
        "The LCO Summit adopted a declaration."
    )
    assert _facts(text) == ["Lake Cooperation Organisation summit"]


def test_initials_no_name_spells_stay_an_event():
    text = "The leaders met in Pinetown.\n\nThe LCO Summit adopted a declaration."
    assert _facts(text, title="Talks with the Prime Minister of Pineland") == ["LCO Summit"]


# -- an anniversary's tail --------------------------------------------------------------------

WITH_CASES = [
    (
        "The people are marking the 40th anniversary of Lakeland’s liberation with new "
        "achievements in industry.",
        "40th anniversary of Lakeland’s liberation",
    ),
    (
        "They will hold the celebrations of the 200th anniversary of Pinetown with a series of "
        "concerts.",
        "200th anniversary of Pinetown",
    ),
]


@pytest.mark.parametrize("text, name", WITH_CASES)
def test_with_and_a_lowercase_word_ends_an_anniversary(text, name):
    assert name in _found(text)
    assert name not in _found(text, _edited(anniversary_tail_open_objects={}))


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "They marked the 30th anniversary of diplomatic relations with Pineland.",
            "30th anniversary of diplomatic relations with Pineland",
        ),
        (
            "They marked the 100th anniversary of the union of Lakeland with the Pine peoples.",
            "100th anniversary of the union of Lakeland with the Pine peoples",
        ),
    ],
)
def test_with_and_a_name_goes_on(text, name):
    assert name in _found(text)


def test_a_determiner_after_a_year_range_ends_an_anniversary():
    text = (
        "On the 50th anniversary of the start of the Lake War of 2001–2003 the governor laid "
        "flowers at the monument."
    )
    name = "50th anniversary of the start of the Lake War of 2001–2003"
    assert name in _found(text)
    assert name not in _found(text, _edited(anniversary_tail_after_year_stops=[]))


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "They marked the 20th anniversary of the 2011 Lake Games in Pinetown.",
            "20th anniversary of the 2011 Lake Games",
        ),
        (
            "They marked the 25th anniversary of the 2001–2003 reforms of the Lake Union.",
            "25th anniversary of the 2001–2003 reforms of the Lake Union",
        ),
    ],
)
def test_a_year_before_other_words_goes_on(text, name):
    assert any(n.startswith(name) for n in _found(text))


# -- a pair after "between" -------------------------------------------------------------------


def test_and_after_between_joins_the_pair():
    text = (
        "They marked the 30th anniversary of the first water accord between the Lake Republic "
        "and the Republic of Pineland."
    )
    name = (
        "30th anniversary of the first water accord between the Lake Republic and the Republic "
        "of Pineland"
    )
    assert name in _found(text)
    assert name not in _found(text, _edited(anniversary_tail_pair_prepositions=[]))


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "They marked the 30th anniversary of rowing ties between the two peoples and "
            "expressed hope.",
            "30th anniversary of rowing ties between the two peoples",
        ),
        (
            "They marked the 30th anniversary of rowing ties between the two peoples and the "
            "Lake Games.",
            "30th anniversary of rowing ties between the two peoples",
        ),
    ],
)
def test_a_complete_pair_still_ends_at_and(text, name):
    assert name in _found(text)


# -- 'and for' after an anniversary -----------------------------------------------------------


def test_and_for_opens_a_phrase_of_its_own():
    text = (
        "He thanked them for the 40th anniversary of the Lake Treaty and for the help of Pineland."
    )
    assert "40th anniversary of the Lake Treaty" in _found(text)
    words = [w for w in EVENTS["anniversary_tail_clause_prepositions"] if w != "for"]
    assert "40th anniversary of the Lake Treaty" not in _found(
        text, _edited(anniversary_tail_clause_prepositions=words)
    )


# -- a sentence's capitalised first word ------------------------------------------------------

STOPWORD_CASES = [
    ("Any forum guest could pick a card.", "Any", None),
    ("Nobody banned direct elections in Lakeland.", "Nobody", None),
    ("Current rules allow elections by a secret ballot.", "Current", None),
    # round dd: a bare plural ("Lake-Pine summits are useful") is summits in general, no name
    ("Regular Lake-Pine summit talks are useful.", "Regular", "Lake-Pine summit"),
]


@pytest.mark.parametrize("text, word, name", STOPWORD_CASES)
def test_a_capitalised_first_word_is_no_part_of_a_name(text, word, name):
    found = _found(text)
    assert not any(n.startswith(word) for n in found)
    if name:
        assert name in found
    words = [w for w in EVENTS["name_stopwords"] if w != word]
    # round bw's sentence_start_not_name_words also keeps lowercase modifiers ("any",
    # "current") out of a name at a sentence's start: dropped here, to show this key's part
    edited = _edited(name_stopwords=words, sentence_start_not_name_words=[])
    assert any(n.startswith(word) for n in _found(text, edited))
