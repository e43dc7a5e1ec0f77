"""Rule patterns compiled when first needed, not all at once (issue 19, cold start): the first
document of a process pays only for the patterns it uses."""

import pytest

from pipeline.nlp import events
from pipeline.nlp.rules import Rules


def compiled_heads(rules: Rules) -> list[tuple]:
    """The heads whose later-day pattern `rules` has compiled so far."""
    func = events._later_day_head_pattern.__wrapped__
    return [key[1] for key in rules._compiled if isinstance(key, tuple) and key[0] is func]


@pytest.mark.parametrize(
    "kind, name, head, sentence",
    [
        ("summit", "the Northern Lakes Summit", "summit", "The summit will take place in May."),
        ("summit", "two Lakeland summits", "summits", "The summits are held in Pinewood."),
        ("festival", "the Riverside Jazz Festival", "festival", "This year it opens on June 5."),
        ("exhibition", "an expo of river boats", "expo", "The expo runs until July."),
    ],
)
def test_later_day_pattern_compiles_the_head_asked_for_only(kind, name, head, sentence):
    rules = Rules.installed()
    assert compiled_heads(rules) == []
    pattern = events._later_day_pattern(rules, kind, name)
    assert compiled_heads(rules) == [(head,)]
    assert pattern.match(sentence) is not None
    # asked again: the same compiled pattern, nothing more compiled
    assert events._later_day_pattern(rules, kind, name) is pattern
    assert compiled_heads(rules) == [(head,)]


@pytest.mark.parametrize(
    "kind, name", [("summit", "the Lakeland Forum"), ("war", "the Long Winter War")]
)
def test_later_day_pattern_without_a_head_of_the_kind_compiles_nothing(kind, name):
    rules = Rules.installed()
    assert events._later_day_pattern(rules, kind, name) is None
    assert compiled_heads(rules) == []


@pytest.mark.parametrize("verbs", [[], None])
def test_later_day_pattern_without_verbs_is_none(verbs):
    drop = ["later_day_verbs"] if verbs is None else []
    changes = {} if verbs is None else {"later_day_verbs": verbs}
    rules = Rules.installed().edited("events", drop=drop, **changes)
    assert events._later_day_pattern(rules, "summit", "the Northern Lakes Summit") is None


# issue 19, round o: the money context patterns (their cue pattern alone is some 4,800
# characters) and the number pattern for digits glued to letters


def compiled_funcs(rules: Rules) -> set:
    """The functions (with their arguments, when called with some) `rules` has compiled so far."""
    return {key[0] if isinstance(key, tuple) else key for key in rules._compiled} | {
        key for key in rules._compiled if isinstance(key, tuple)
    }


@pytest.mark.parametrize(
    "text, context",
    [
        ("rubles to build the Lakeland bridge", False),
        ("dollars for the Pine Forum", False),
        ("pounds in profit from the Lakeland bank", True),
        ("won medals at the Pine Games", True),
    ],
)
def test_money_context_patterns_only_after_a_context_word(text, context):
    from pipeline.nlp import currencies

    rules = Rules.installed()
    currencies.currency_after(rules, f"5 {text}", 1)
    assert (currencies._context_patterns.__wrapped__ in compiled_funcs(rules)) is context
    assert currencies._tables.__wrapped__ in compiled_funcs(rules)


@pytest.mark.parametrize(
    "text, glued",
    [
        ("The Lakeland fund grew by 5 billion rubles in 2020.", False),
        ("The Pine Forum lent USD115 million to the port.", True),
    ],
)
def test_glued_number_pattern_only_at_a_glue(text, glued):
    from pipeline.nlp import numbers

    rules = Rules.installed()
    found = numbers.find_glued_numbers(rules, text)
    assert bool(found) is glued
    assert ((numbers.number_pattern.__wrapped__, (True,)) in rules._compiled) is glued
