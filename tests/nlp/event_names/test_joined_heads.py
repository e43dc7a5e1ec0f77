"""Two capitalised heads joined into one gathering's name (issue 12, round cg): events.json's
`joined_heads` runs a name whose capitalised head "and" and a second capitalised head follow
("the 9th Lake Forum and Exhibition Roads of Pineland") on through the second head and its own
tail or title, where the finder cut the name at the first head or gave two names. Each case
changes without the key, and the rows where it must not fire stay as they were. The sentences
are invented (docs/accuracy.md, issue 12 round cg)."""

import pytest
from conftest import found_event_names as _found
from conftest import page_event_names

from pipeline.nlp.rules import installed_rules

RULES = installed_rules()
WITHOUT = RULES.edited("events", joined_heads={})

JOINED = [
    (
        "He greeted the 9th International Forum and Exhibition Roads of Pineland, held in May.",
        "9th International Forum and Exhibition Roads of Pineland",
    ),
    (
        "They saw the winners of the XII Lake Ballet Competition and Contest of Dancers.",
        "XII Lake Ballet Competition and Contest of Dancers",
    ),
    (
        "She toured the Pine Valley Forum and Exhibition on Monday.",
        "Pine Valley Forum and Exhibition",
    ),
    (
        "The Lake Song Festival and Contest of Young Singers opened today.",
        "Lake Song Festival and Contest of Young Singers",
    ),
]


@pytest.mark.parametrize("text, name", JOINED)
def test_two_heads_joined_name_one_gathering(text, name):
    assert name in _found(text)
    assert name not in _found(text, WITHOUT)


NOT_JOINED = [
    # a generic word before the second head (generic_max 0): left as two names
    (
        "He greeted the 3rd Lake Fishery Forum and International Exhibition for Fish, held here.",
        ["3rd Lake Fishery Forum", "International Exhibition for Fish"],
    ),
    # another name word before the second head: two events
    ("He visited the Lake Forum and Pine Festival.", ["Lake Forum", "Pine Festival"]),
    # the second head names a place
    ("He visited the Lake Forum and Exhibition Centre.", ["Lake Forum"]),
    ("The Lake Forum and Exhibition Hall were full.", ["Lake Forum"]),
    # a lowercase second head: not a name's head
    ("He visited the Lake Forum and exhibition stands.", ["Lake Forum"]),
    # the first head is lowercase
    ("He visited the Lake forum and Exhibition Pine Days.", ["Lake forum", "Exhibition Pine Days"]),
    # not a head after the joiner
    ("He thanked the Lake Forum and Organising Committee.", ["Lake Forum"]),
]


@pytest.mark.parametrize("text, names", NOT_JOINED)
def test_no_joined_name_without_a_bare_second_head(text, names):
    assert _found(text) == names
    assert _found(text, WITHOUT) == names


def test_a_joined_gathering_is_one_event_on_a_page():
    text = (
        "The President sent greetings to the XII Lake Ballet Competition and Contest of Dancers."
        "\n\nThe competition is held every four years."
    )
    assert page_event_names(text, title="Greetings to dancers") == [
        "XII Lake Ballet Competition and Contest of Dancers"
    ]


def test_generic_words_before_the_second_head_join_when_allowed():
    text = "He greeted the 3rd Lake Fishery Forum and International Exhibition for Fish, held here."
    rule = dict(RULES.get("events")["joined_heads"], generic_max=2)
    joined = "3rd Lake Fishery Forum and International Exhibition for Fish"
    assert _found(text, RULES.edited("events", joined_heads=rule)) == [joined]
