"""Themed years (issue 12 round dh; events.json's `themed_years`): a word of `name_prefixes`
("International") or a pair's adjective ("Lake-Pine", with `pair_prefix`) right before the head
begins the name, one event with the same year named later without it; a year named after one
of `proposal_cues` in its sentence ("could be the", "the idea of holding the") is only put
forward, not an event. The sentences are invented."""

import pytest
from conftest import found_event_names as _found
from conftest import page_event_names as _names

from pipeline.nlp.rules import installed_rules

RULES = installed_rules()


def _without(key):
    rule = dict(RULES.get("events")["themed_years"])
    rule.pop(key)
    return RULES.edited("events", themed_years=rule)


NO_PREFIXES = _without("name_prefixes")


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "The Lakeland-Pineland Year of Tourism drew crowds to both shores.",
            "Lakeland-Pineland Year of Tourism",
        ),
        ("The Lake–Pine Year of Folk Song closed with a parade.", "Lake–Pine Year of Folk Song"),
        (
            "Pinetown hosted the closing gala of the Lake-Pine Cross Years of Art.",
            "Lake-Pine Cross Years of Art",
        ),
        (
            "The assembly had named it the International Year of Lake Water.",
            "International Year of Lake Water",
        ),
    ],
)
def test_a_prefix_begins_the_name(text, name):
    assert _found(text) == [name]
    short = name.split(" ", 1)[1]
    assert _found(
        text, _without("pair_prefix" if "-" in name or "–" in name else "name_prefixes")
    ) == [short]


@pytest.mark.parametrize(
    "text, name",
    [
        ("The New Year of Hope came early in Lakeland.", None),  # not_after still holds
        ("Our Year of Lake Crafts opened in March.", "Year of Lake Crafts"),  # not a prefix
        ("The Pine Year of Lake Crafts opened in March.", "Year of Lake Crafts"),  # one name word
        ("The 2031 Year of Lake Crafts opened in March.", "2031 Year of Lake Crafts"),
    ],
)
def test_other_words_before_the_head_are_not_prefixes(text, name):
    assert _found(text) == ([] if name is None else [name])


def test_the_year_named_again_without_its_prefix_is_one_event():
    text = (
        "The Lake-Pine Year of Tourism opened in Pinetown.\n\n"
        "Guests came to the Year of Tourism from every valley."
    )
    assert _names(text) == ["Lake-Pine Year of Tourism"]


@pytest.mark.parametrize(
    "text",
    [
        "Next year could be the Year of Lake Crafts, a reader wrote.",
        "Perhaps we could proclaim 2032 the Year of Pine Art?",
        "The guild asked him to back the idea of holding the Year of Lake Music in 2033.",
        "Why not make the coming season the Year of Pine Poetry?",
        "The coming year might become the Year of Lake Boats, he said.",
    ],
)
def test_a_proposed_year_is_no_event(text):
    assert _found(text) == []
    assert _found(text, _without("proposal_cues")) != []


@pytest.mark.parametrize(
    "text, name",
    [
        ("The Year of Lake Crafts could be seen in every village square.", "Year of Lake Crafts"),
        (
            "It could be said that many joined. The Year of Lake Crafts was a joy.",
            "Year of Lake Crafts",
        ),
        ("The Premier declared the coming year the Year of Pine Art.", "Year of Pine Art"),
    ],
)
def test_a_cue_after_the_name_or_in_another_sentence_keeps_it(text, name):
    assert _found(text) == [name]


def test_prefix_list_is_data():
    assert _found("The assembly named it the International Year of Lake Water.", NO_PREFIXES) == [
        "Year of Lake Water"
    ]


def test_a_proposed_year_named_again_later_is_still_no_event():
    text = (
        "We ask you to back the idea of holding the Year of Lake Music in 2033.\n\n"
        "As for the Year of Lake Music, the choirs are ready.\n\n"
        "The Year of Pine Art is under way."
    )
    assert _found(text) == ["Year of Pine Art"]
