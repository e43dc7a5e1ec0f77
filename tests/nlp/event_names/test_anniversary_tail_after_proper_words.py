"""Anniversary names that ran on into the next clause (issue 12, round ce): a determiner right
after a capitalised word of an anniversary's tail and before two capitalised words starts the
next clause, a comma left out (events.json's `anniversary_tail_after_proper_stops`). Rows that
change without the key and rows where it must not fire. The sentences are invented."""

import pytest
from conftest import found_event_names as _found

from pipeline.nlp.rules import installed_rules

RULES = installed_rules()
WITHOUT = RULES.edited("events", anniversary_tail_after_proper_stops=[])

# (text, the name with the key, the name without it)
CHANGED = [
    (
        "Ahead of the coming 60th anniversary of the Lake Victory the Pine Premier met veterans.",
        "60th anniversary of the Lake Victory",
        "60th anniversary of the Lake Victory the Pine Premier",
    ),
    (
        "On the 40th anniversary of the Pine Lake Treaty the Lakeland Minister laid a wreath.",
        "40th anniversary of the Pine Lake Treaty",
        "40th anniversary of the Pine Lake Treaty the Lakeland Minister laid a wreath",
    ),
    (
        "In view of the 25th anniversary of the Lake Union the Pine Council Chairman spoke first.",
        "25th anniversary of the Lake Union",
        "25th anniversary of the Lake Union the Pine Council Chairman spoke first",
    ),
]


@pytest.mark.parametrize("text, name, before", CHANGED)
def test_determiner_after_a_proper_word_ends_the_tail(text, name, before):
    assert name in _found(text)
    assert before in _found(text, WITHOUT)


# the key must not cut these: one capitalised word after "the" (an epithet), a verb in -ing
# before it, a lowercase word before it, or a preposition before the determiner
KEPT = [
    (
        "Next year we will mark the 350th anniversary of Catherine the Great.",
        "350th anniversary of Catherine the Great",
    ),
    (
        "The town marked the 30th anniversary of the Day of Breaking the Lake Siege.",
        "30th anniversary of the Day of Breaking the Lake Siege",
    ),
    (
        "They marked the 20th anniversary of the Pact Founding the Lake Pine Union.",
        "20th anniversary of the Pact Founding the Lake Pine Union",
    ),
    (
        "The guests marked the 50th anniversary of the Lake Bridge over the Pine River.",
        "50th anniversary of the Lake Bridge over the Pine River",
    ),
]


@pytest.mark.parametrize("text, name", KEPT)
def test_determiner_kept_in_the_tail(text, name):
    assert name in _found(text)
    assert name in _found(text, WITHOUT)
