"""Anniversary names cut inside a proper name by the tail's word limit (issue 12, round dk):
when an anniversary's tail uses up `anniversary_tail_words_max` on a capitalised word, the
capitalised run goes on (events.json's `anniversary_tail_proper_run`). Rows that change
without the key and rows where it must not fire. The sentences are invented."""

import pytest
from conftest import found_event_names as _found

from pipeline.nlp.rules import installed_rules

RULES = installed_rules()
WITHOUT = RULES.edited("events", ["anniversary_tail_proper_run"])

# (text, the name with the key, the name without it)
CHANGED = [
    (
        "This spring marks the 40th anniversary of the first long-term contract for the sale of "
        "grain from the Pine Union. Trade has grown since.",
        "40th anniversary of the first long-term contract for the sale of grain from the Pine "
        "Union",
        "40th anniversary of the first long-term contract for the sale of grain from the Pine",
    ),
    (
        "We will mark the 70th anniversary of the pact signed by all three great allied powers "
        "in Lake War II and the Pine side.",
        "70th anniversary of the pact signed by all three great allied powers in Lake War II",
        "70th anniversary of the pact signed by all three great allied powers in Lake War",
    ),
    (
        "A concert marked the 80th anniversary of the long defence of the city by the troops "
        "in the Battle of Pinewood yesterday.",
        "80th anniversary of the long defence of the city by the troops in the Battle of Pinewood",
        "80th anniversary of the long defence of the city by the troops in the Battle",
    ),
    (
        "Veterans gathered for the 30th anniversary of the return home of the brave men of "
        "the Lake Rifle Corps of Pineland last week.",
        "30th anniversary of the return home of the brave men of the Lake Rifle Corps of Pineland",
        "30th anniversary of the return home of the brave men of the Lake Rifle Corps",
    ),
    (
        "Next year is the 110th anniversary of the end of the long and terrible conflict in "
        "the Lake War I. Many books are planned.",
        "110th anniversary of the end of the long and terrible conflict in the Lake War I",
        "110th anniversary of the end of the long and terrible conflict in the Lake War",
    ),
]


@pytest.mark.parametrize("text, name, before", CHANGED)
def test_a_capitalised_run_cut_by_the_word_limit_goes_on(text, name, before):
    assert name in _found(text)
    assert before in _found(text, WITHOUT)


# the key must not change these: the limit met on a lowercase word, a shorter tail ended by a
# stop or a comma, a link before a lowercase word, a lone "I" that is the pronoun
KEPT = [
    (
        "We marked the 50th anniversary of the first flight of a small plane built by the "
        "Lakeland workers and engineers of the Pine plant.",
        "50th anniversary of the first flight of a small plane built by the Lakeland workers",
    ),
    (
        "We marked the 20th anniversary of the Lake Treaty, Pine Union leaders said.",
        "20th anniversary of the Lake Treaty",
    ),
    (
        "Next month is the 60th anniversary of the long voyage of the ships sent by the Lake "
        "Navy in good weather.",
        "60th anniversary of the long voyage of the ships sent by the Lake Navy",
    ),
    (
        "They marked the 90th anniversary of the long march of the brave old soldiers of the "
        "Lake Guard I think.",
        "90th anniversary of the long march of the brave old soldiers of the Lake Guard",
    ),
]


@pytest.mark.parametrize("text, name", KEPT)
def test_the_tail_is_unchanged(text, name):
    assert name in _found(text)
    assert name in _found(text, WITHOUT)
