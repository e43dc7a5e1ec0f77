"""A title after an event head is at most `max_words` capitalised words (events.json's
`gathering_titles`, `title_after_generic_head` and `title_after_lowercase_head`): the bound keeps
each head's match short, so that a long run of capitalised words costs every head a bounded
scan instead of one to the end of the line (the quadratic cost the hostile-input test caught
on CI). A title within the bound is taken as before; one past it is refused whole, never cut.
The sentences are invented."""

import json

import pytest

from pipeline.nlp.event_names import (
    title_after_generic_head,
    title_after_lowercase_head,
    title_after_named_head,
)
from pipeline.nlp.rules import installed_rules

RULES = installed_rules()


def _bounded(key: str, max_words: int):
    spec = json.loads(RULES.texts["events"])[key]
    return RULES.edited("events", **{key: {**spec, "max_words": max_words}})


def _named(rules, text: str) -> str:
    head_end = text.index("Forum") + len("Forum")
    return text[: title_after_named_head(rules, text, head_end, "forum")]


def _generic(rules, text: str) -> str:
    start = text.index("International")
    head_start = text.index("Forum")
    end = head_start + len("Forum")
    return text[: title_after_generic_head(rules, text, start, head_start, end, "forum")]


def _lowercase(rules, text: str) -> str | None:
    start = text.index("conference")
    end = start + len("conference")
    found = title_after_lowercase_head(rules, text, start, end, "conference")
    return None if found is None else text[:found]


CASES = [
    # (rule file key, finder, sentence, words in its title)
    ("gathering_titles", _named, "They met at the Pine Forum Green Lake Shores, which opened.", 3),
    (
        "title_after_generic_head",
        _generic,
        "They met at the International Forum Green Lake Shores, which opened.",
        3,
    ),
    (
        "title_after_lowercase_head",
        _lowercase,
        "They met at the conference Green Lake Shores, which opened.",
        3,
    ),
]


@pytest.mark.parametrize(("key", "find", "text", "words"), CASES)
def test_a_title_within_the_bound_is_taken(key, find, text, words):
    found = find(_bounded(key, words), text)
    assert found is not None and found.endswith("Green Lake Shores")


@pytest.mark.parametrize(("key", "find", "text", "words"), CASES)
def test_a_title_past_the_bound_is_refused_not_cut(key, find, text, words):
    found = find(_bounded(key, words - 1), text)
    # refused: the name ends at the head (None for a lowercase head), never inside the title
    assert found is None or not found.endswith(("Green", "Lake", "Shores"))


@pytest.mark.parametrize("key", [key for key, *_ in CASES])
def test_the_installed_bound_is_set_in_the_rule_file(key):
    assert json.loads(RULES.texts["events"])[key]["max_words"] >= 8
