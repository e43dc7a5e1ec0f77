"""Events on pages nobody tuned to (issue 12, round co): a lowercase summit named by who meets,
with 'between' and a list of countries ('the trilateral summit between Norway, Chile and
Kenya', `head_tail_prepositions`, as the 'of' tail of round ad), or with a prefix and a
people's name ('the inter-Lakelandish summit', `prefixed_people_heads`). Each rule has cases
that fire and cases that must not. The sentences are invented (country names as the rules' notes
write them)."""

import pytest
from conftest import found_event_names as _found

from pipeline.nlp.rules import installed_rules

RULES = installed_rules()
EVENTS = RULES.get("events")


def _without_between():
    preps = {h: p for h, p in EVENTS["head_tail_prepositions"].items() if "between" not in p}
    return RULES.edited("events", head_tail_prepositions=preps)


def _without_prefixed():
    return RULES.edited("events", prefixed_people_heads={})


# -- "summit between" ---------------------------------------------------------------------------

BETWEEN = [
    (
        "The two leaders met before the trilateral summit between Norway, Chile and Kenya opened.",
        "trilateral summit between Norway, Chile and Kenya",
    ),
    (
        "The summit between Norway and Kenya was a success for both.",
        "summit between Norway and Kenya",
    ),
]


@pytest.mark.parametrize("text, name", BETWEEN)
def test_a_summit_named_by_who_meets_between(text, name):
    assert _found(text) == [name]
    assert _found(text, _without_between()) == []


@pytest.mark.parametrize(
    "text",
    [
        # a lowercase word after the names: a kind of summit, no name
        "The practice of yearly summits between Norway and Kenya gives us a chance.",
        "They held a summit between them last spring.",  # no capitalised tail
        "The next summit between the leaders of Norway and Kenya is due.",  # who, not where
    ],
)
def test_no_summit_named_between(text):
    assert _found(text) == []


def test_between_is_only_for_summits():
    text = "The forum between Norway and Kenya was a success."
    assert _found(text) == []


# -- "inter-" and a people's name -----------------------------------------------------------

PREFIXED = [
    (
        "We hope that the next inter-Lakelandish summit in Pinetown will go well.",
        "inter-Lakelandish summit in Pinetown",
    ),
    (
        "As things improved, an inter-Pinish summit in June 2031 raised the question.",
        "inter-Pinish summit",
    ),
]


@pytest.mark.parametrize("text, name", PREFIXED)
def test_a_summit_named_by_a_prefixed_people(text, name):
    assert _found(text) == [name]
    assert _found(text, _without_prefixed()) == []


@pytest.mark.parametrize(
    "text",
    [
        "The inter-regional summit was held in the spring.",  # lowercase after the hyphen
        "The inter-Lakelandish talks went well this year.",  # talks: no head
    ],
)
def test_no_summit_named_by_a_prefix(text):
    assert _found(text) == []


def test_the_prefix_host_is_no_peoples_adjective():
    text = "The inter-Lakelandish summit in the Pinish capital went well."
    assert _found(text) == ["inter-Lakelandish summit"]
