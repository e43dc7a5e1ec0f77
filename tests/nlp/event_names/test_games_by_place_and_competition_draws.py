"""Sports events named by where they are held or by the competition they belong to (issue 12,
round dc): a capitalised 'Games' with no name words, named by its place tail after 'the' ("at
the Games in Pinetown"), and the draw of a competition, an event of its own named by the
competition ("the final draw ceremony for the 2031 Lake Cup", "the Lake Cup draw in Hillside"),
which stays an event as well. Each case changes without its rule, and the rows where it must
not fire stay as they were. The sentences are invented (docs/accuracy.md, issue 12 round dc)."""

import pytest
from conftest import found_event_names as _found
from conftest import page_event_dates, page_event_names

from pipeline.nlp.rules import installed_rules

RULES = installed_rules()
WITHOUT_PLACE = RULES.edited("events", place_named_capital_heads={})
WITHOUT_DRAWS = RULES.edited("events", competition_draws={})

GAMES = [
    ("At the Games in Pinetown, our team won nine medals.", "Games in Pinetown"),
    ("We are training for the Games in Lake City right now.", "Games in Lake City"),
    ("Our skiers did well at the Games in Hillmark, as expected.", "Games in Hillmark"),
]


@pytest.mark.parametrize("text, name", GAMES)
def test_games_named_by_place(text, name):
    assert name in _found(text)
    assert name not in _found(text, WITHOUT_PLACE)


NOT_GAMES = [
    "The Games were a great success for the town.",  # no place
    "We will meet at the Games in February.",  # a month, no place
    "Children play computer games in Pinetown.",  # lowercase
    "Games in Pinetown are a long tradition.",  # no determiner
    "He spoke of these Games in Lakeville.",  # another determiner
]


@pytest.mark.parametrize("text", NOT_GAMES)
def test_games_rule_does_not_fire(text):
    assert _found(text) == _found(text, WITHOUT_PLACE)


DRAWS = [
    (
        "The coaches watched the final draw ceremony for the 2031 Lake Cup in Pinetown.",
        "final draw ceremony for the 2031 Lake Cup in Pinetown",
        "2031 Lake Cup in Pinetown",
    ),
    (
        "Later that day the Premier will attend the Final Draw of the Pine Championship.",
        "Final Draw of the Pine Championship",
        "Pine Championship",
    ),
    (
        "Please come to the Lake Cup draw in Hillside next winter.",
        "Lake Cup draw",
        "Lake Cup",
    ),
    (
        "Everyone watched the Pine Cup draw ceremony.",
        "Pine Cup draw ceremony",
        "Pine Cup",
    ),
]


@pytest.mark.parametrize("text, draw, competition", DRAWS)
def test_draw_named_by_its_competition(text, draw, competition):
    found = _found(text)
    assert draw in found and competition in found
    assert draw not in _found(text, WITHOUT_DRAWS)


NOT_DRAWS = [
    "I draw your attention to the Lake Cup.",  # a verb
    "We must draw up plans for the Lake Cup.",  # a verb with its particle
    "The draw is held to decide the groups.",  # a draw alone
    "The coaches came for the final draw yesterday.",  # unnamed
    "The Lake Games draw crowds every year.",  # a verb after a plural name
    "They will draw for the Lake Cup tickets.",  # no determiner before the draw
]


@pytest.mark.parametrize("text", NOT_DRAWS)
def test_draw_rule_does_not_fire(text):
    assert _found(text) == _found(text, WITHOUT_DRAWS)


def test_draw_and_its_competition_are_two_events_on_a_page():
    text = (
        "The Premier attended the final draw of the 2032 Lake Cup in Pinetown.\n\n"
        "The 2032 Lake Cup will be held in eight cities."
    )
    names = page_event_names(text, title="Meeting with coaches", date="2031-12-01")
    assert "final draw of the 2032 Lake Cup in Pinetown" in names
    assert "2032 Lake Cup in Pinetown" in names


def test_draw_is_not_dated_by_its_competitions_year():
    text = "Later the same day, the Premier will attend the Final Draw for the 2032 Lake Cup."
    dates = page_event_dates(text, "Meeting with coaches", "2031-12-01")
    assert dates.get("Final Draw for the 2032 Lake Cup") != "2032"


def test_draw_named_in_the_title_is_the_pages_own():
    text = "The Premier attended the final draw of the 2032 Lake Cup in Pinetown."
    names = page_event_names(text, title="2032 Lake Cup final draw", date="2031-12-01")
    assert not any("draw" in n for n in names)
