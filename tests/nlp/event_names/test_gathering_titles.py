"""Forums, exhibitions and festivals named by a title the head does not reach (issue 12, round
bh): events.json's `gathering_titles`. A title right after a capitalised head ("the 20th Lake
Farm Exhibition Golden Harvest of the North"), a title in apposition after a lowercase head
("the exhibition, Old Boats of the Lake, opened"), a quoted title after or before a head ("a
photo exhibition “Lake Today”", "the “Pine Bazaar” festival"). Each case changes without the
rule, and the rows where it must not fire stay as they were. The sentences are invented
(docs/accuracy.md, issue 12 round bh)."""

import pytest
from conftest import found_event_names as _found
from conftest import page_event_names

from pipeline.nlp.rules import installed_rules

RULES = installed_rules()
WITHOUT = RULES.edited("events", gathering_titles={})

NAMED = [
    # a title after a capitalised head
    (
        "He sent greetings to the 12th National Forum The Lake’s Health as the Key to a "
        "Thriving Pineland, which is underway in Pinetown.",
        "12th National Forum The Lake’s Health as the Key to a Thriving Pineland",
    ),
    (
        "He sent greetings to the National Forum Water of the Lake – Basis of Pineland’s "
        "Wealth held in Pinetown on May 3–5.",
        "National Forum Water of the Lake – Basis of Pineland’s Wealth",
    ),
    (
        "He sent greetings to the 9th Lake Film Festival Heron.",
        "9th Lake Film Festival Heron",
    ),
    (
        "He sent greetings to the Third Short Film Festival Blink (Wink).",
        "Third Short Film Festival Blink",
    ),
    (
        "The Pine Military Forum Shield 2031 became an important event.",
        "Pine Military Forum Shield 2031",
    ),
    (
        "He greeted the 30th Lake Christmas Readings The Long Winter: Memory and Heirs.",
        "30th Lake Christmas Readings The Long Winter: Memory and Heirs",
    ),
    (
        "He greeted the Lake Youth Forum Reedbed 2031 Land of Active Youth.",
        "Lake Youth Forum Reedbed 2031 Land of Active Youth",
    ),
    # a title in apposition after a lowercase head
    (
        "Later the guests toured the exhibition, Old Boats from the Lake Museum, at the town hall.",
        "exhibition, Old Boats from the Lake Museum",
    ),
    (
        "The two leaders toured the exhibition, Reedbed: Those Who Held the Dam, dedicated "
        "to the flood.",
        "exhibition, Reedbed: Those Who Held the Dam",
    ),
    (
        "We plan to hold an international youth forum, The Lake as a Bridge of Friendship, "
        "in the autumn.",
        "international youth forum, The Lake as a Bridge of Friendship",
    ),
    # a quoted title after or before the head
    ("They visited a photo exhibition “Lake Today” in the hall.", "photo exhibition “Lake Today”"),
    (
        "There will be an art exhibition called “Pine Reborn” as well.",
        "art exhibition called “Pine Reborn”",
    ),
    ("He went to the international “Pine Bazaar” festival.", "“Pine Bazaar” festival"),
    (
        "They hailed the “Lakeland-Pineland through the Ages” exhibition.",
        "“Lakeland-Pineland through the Ages” exhibition",
    ),
    (
        "They said the Lakeland-Pineland forum “Together into the Future” was useful.",
        "Lakeland-Pineland forum “Together into the Future”",
    ),
]


@pytest.mark.parametrize("text, name", NAMED)
def test_a_gathering_named_by_its_title(text, name):
    assert name in _found(text)
    assert name not in _found(text, WITHOUT)


UNCHANGED = [
    # two capitalised words alone after a capitalised head may be a person
    "He met a guest of the 2031 Lake Festival Anna Lake at the gate.",
    "He met the director of the Lake Forum Anna Lake.",
    # an office after the head: who, not what
    "He thanked the Lake Forum President Anna Maria Lake.",
    # the title must end the phrase: a verb goes on
    "At the 7th Lake Forum Pine – Land of Sports he took part in the debate.",
    # an opening phrase and the subject after a comma
    "At the forum, Vladimir Anna Lake said that the lake is clean.",
    # one word after a comma: a place
    "He opened the festival, Pinetown, and the fair.",
    # no determiner before the head
    "Festivals, Lake Days and Pine Weeks are popular.",
    # a quotation, not a title
    "He told the forum: “We will build the dam.”",
]


@pytest.mark.parametrize("text", UNCHANGED)
def test_no_title_where_none_names_the_gathering(text):
    assert _found(text) == _found(text, WITHOUT)


def test_the_first_mention_in_apposition_is_the_one_recorded():
    text = (
        "The President toured an exhibition, The Strength of the Lake and Its Boats, which "
        "opened in the museum.\n\n"
        "The exhibition The Strength of the Lake and Its Boats was organised by the museum."
    )
    assert page_event_names(text, title="Visit to Pinetown") == [
        "exhibition, The Strength of the Lake and Its Boats"
    ]
