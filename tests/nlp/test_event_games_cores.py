"""Event precision (issue 12, round ev57): "the Olympic Games" after a games named with its
place ("the Pinetown Olympics") names those games again and is no event of its own
(events.json's `games_without_head`, pipeline/nlp/event_games_cores.py). Each case changes
without the rule; the rows where it must not fire stay as they were. The sentences are
invented."""

import pytest
from conftest import page_event_names

from pipeline.nlp.event_games_cores import games_core
from pipeline.nlp.rules import RuleError, installed_rules

RULES = installed_rules()

NAMED_AGAIN = [
    (
        "The Pinetown Olympics are behind us now.\n\n"
        "Our skiers made the recent Olympic Games a joy to watch.",
        ["Pinetown Olympics"],
    ),
    (
        "Builders are racing to finish the Lakeside Winter Olympics venues.\n\n"
        "This rink will host the Olympic Winter Games next February.",
        ["Lakeside Winter Olympics"],
    ),
    (
        "Visitors to the Pinetown 2034 Olympics praised the volunteers.\n\n"
        "The Olympic Games showed what the city can do.",
        ["Pinetown 2034 Olympics"],
    ),
]

KEPT_APART = [
    # a bare games first: a later one named by its place may be other games
    (
        "He spoke of the Olympic Games in general terms.\n\n"
        "Then he recalled the Olympics, and later the Pinetown Olympics.",
        ["Olympic Games", "Pinetown Olympics"],
    ),
    # the first mention keeps its head: a later "Winter Games" names it again
    (
        "Our team is off to the Lakeside Special Olympics Winter Games.\n\n"
        "The Winter Games open on Friday.",
        ["Lakeside Special Olympics Winter Games"],
    ),
    # Paralympic games are other games than the Olympics named before
    (
        "The Pinetown Olympics were a success.\n\nThe Paralympic Games will follow in a fortnight.",
        ["Pinetown Olympics", "Paralympic Games"],
    ),
    # an earlier event of another kind whose words hold "olympic" is no games named before:
    # "the Olympic Games" keeps its head, so a later games named by its place stays apart
    # (review58: the games lost their head and took in "the Lakeside Olympics")
    (
        "Our club marks the 40th anniversary of the Pinetown Olympic Games.\n\n"
        "The Olympic Games have changed a lot.\n\nNext year the Lakeside Olympics open.",
        ["40th anniversary of the Pinetown Olympic Games", "Olympic Games", "Lakeside Olympics"],
    ),
    (
        "The Lakeside Olympic Day festival opened.\n\nThe Olympic Games start soon.\n\n"
        "The Pinetown Olympics will be hard to beat.",
        ["Lakeside Olympic Day festival", "Olympic Games", "Pinetown Olympics"],
    ),
]


@pytest.mark.parametrize("text, names", NAMED_AGAIN)
def test_olympic_games_name_the_olympics_again(monkeypatch, events_component, text, names):
    assert page_event_names(text, title="News") == names
    monkeypatch.setattr(
        events_component, "rules", events_component.rules.edited("events", games_without_head={})
    )
    assert len(page_event_names(text, title="News")) == len(names) + 1


@pytest.mark.parametrize("text, names", KEPT_APART)
def test_other_games_stay_as_they_were(monkeypatch, events_component, text, names):
    assert page_event_names(text, title="News") == names
    monkeypatch.setattr(
        events_component, "rules", events_component.rules.edited("events", games_without_head={})
    )
    assert page_event_names(text, title="News") == names


@pytest.mark.parametrize(
    "kind, core, earlier, expected",
    [
        ("sports", {"olympic", "game"}, [{"pinetown", "olympic"}], {"olympic"}),
        (
            "sports",
            {"olympic", "winter", "game"},
            [{"lake", "olympic", "winter"}],
            {"olympic", "winter"},
        ),
        ("sports", {"paralympic", "game"}, [{"lake", "paralympic"}], {"paralympic"}),
        # nothing earlier holds the rest and more: the core as it is
        ("sports", {"olympic", "game"}, [{"olympic"}], {"olympic", "game"}),
        ("sports", {"olympic", "game"}, [], {"olympic", "game"}),
        # no mark, or another kind
        ("sports", {"youth", "game"}, [{"lake", "youth"}], {"youth", "game"}),
        ("forum", {"olympic", "game"}, [{"pinetown", "olympic"}], {"olympic", "game"}),
    ],
)
def test_games_core(kind, core, earlier, expected):
    got = games_core(RULES, kind, frozenset(core), [frozenset(e) for e in earlier])
    assert got == frozenset(expected)


@pytest.mark.parametrize(
    "rule",
    [{"marks": "olympic", "heads": ["game"]}, {"marks": ["olympic"], "heads": [7]}],
)
def test_a_rule_of_the_wrong_shape_is_refused(rule):
    # review58: a string was read letter by letter ("o", "l", ...), as rules.check_shapes says
    with pytest.raises(RuleError, match="games_without_head"):
        games_core(
            RULES.edited("events", games_without_head=rule),
            "sports",
            frozenset({"olympic", "game"}),
            [],
        )
