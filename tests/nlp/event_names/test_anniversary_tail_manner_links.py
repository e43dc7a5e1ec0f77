"""Event names (issue 12, round ct): an anniversary's tail ends before 'and' or 'by' when, right
after a capitalised word, a lowercase verb in -ing or an adverb in -ly and a lowercase word
follow: how the anniversary is marked, not what it is of (`anniversary_tail_manner_links`).
Rows that change without the key and rows where it must not fire. The sentences are invented."""

import pytest
from conftest import found_event_names as _found

from pipeline.nlp.rules import installed_rules

RULES = installed_rules()
WITHOUT = RULES.edited("events", anniversary_tail_manner_links={})


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "This year we mark the 75th anniversary of the Lake Victory by holding a parade.",
            "75th anniversary of the Lake Victory",
        ),
        (
            "The town is celebrating 75 years of the Great Lake Victory and bowing to its heroes.",
            "75 years of the Great Lake Victory",
        ),
        (
            "They attended the 60th anniversary of the Lake War and warmly thanked the veterans.",
            "60th anniversary of the Lake War",
        ),
        (
            "Pinetown will honour the 200th anniversary of the Pine Academy by planting a garden.",
            "200th anniversary of the Pine Academy",
        ),
    ],
)
def test_how_an_anniversary_is_marked_is_not_its_name(text, name):
    assert name in _found(text)
    assert name not in _found(text, WITHOUT)


@pytest.mark.parametrize(
    "text",
    [
        "We celebrate the 20th anniversary of establishing and developing ties with Pineland.",
        "We mark the 30th anniversary of the Lake Treaty and building of the bridge.",
        "The 50th anniversary of the Lake Treaty by the two countries was marked quietly.",
        "The 90th anniversary of Lakeland becoming a republic was marked in Pinetown.",
        "The 40th anniversary of the Lake Republic and the Pine Kingdom's ties is near.",
    ],
)
def test_tails_without_a_manner_phrase_are_left_alone(text):
    assert _found(text) == _found(text, WITHOUT)
    assert any("anniversary" in n for n in _found(text))
