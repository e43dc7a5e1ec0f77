"""Event names of issue 12, round dash63: an unspaced en or em dash between two capitalised
name words (`name_unspaced_dashes`) joins them as a hyphen does, so a name written with it keeps
its first party ("the Lakeland–Pineland summit", not "Pineland summit"). Rows that fail without
the key, and rows where a dash still ends the name. The sentences are invented."""

import pytest

from pipeline.nlp.event_names import find_events
from pipeline.nlp.rules import installed_rules

RULES = installed_rules()  # the installed rule files, passed to the scanners
WITHOUT = RULES.edited("events", ["name_unspaced_dashes"])


def names(text: str, rules=RULES) -> list[str]:
    return [f["name"] for f in find_events(rules, text)]


JOINED_CASES = [
    (
        "We hope to greet you at the Lakeland–Pineland summit next spring.",
        "Lakeland–Pineland summit",
        "Pineland summit",
    ),
    (
        "Firms of both towns took part in the Nordmark–Ostavia Forum on Timber and Grain.",
        "Nordmark–Ostavia Forum on Timber and Grain",
        "Ostavia Forum on Timber and Grain",
    ),
    (
        "The Pine Valley—Lake Union Business Forum will open in Riverton.",
        "Pine Valley—Lake Union Business Forum",
        "Lake Union Business Forum",
    ),
    (
        "Ministers prepared the Lakeland–ASEAN summit for the autumn.",
        "Lakeland–ASEAN summit",
        "ASEAN summit",
    ),
]


@pytest.mark.parametrize("text, with_rule, without", JOINED_CASES)
def test_an_unspaced_dash_between_capitalised_words_joins_them(text, with_rule, without):
    assert with_rule in names(text)
    assert without in names(text, WITHOUT)
    assert with_rule not in names(text, WITHOUT)


# as before: a hyphen and a spaced dash join (other rules); a lowercase word before the dash,
# or a dash with a space on one side only, ends the name
KEPT_CASES = [
    ("the first Lakeland-Pineland summit opened", "Lakeland-Pineland summit"),
    ("the first Lakeland – Pineland summit opened", "Lakeland – Pineland summit"),
    ("They spoke of timber trade–Pineland Forum guests agreed.", "Pineland Forum"),
    ("They met in Lakeland –Pineland Forum guests came too.", "Pineland Forum"),
]


@pytest.mark.parametrize("text, name", KEPT_CASES)
def test_a_dash_after_a_lowercase_word_or_spaced_on_one_side_is_as_before(text, name):
    assert names(text) == names(text, WITHOUT)
    assert name in names(text)
