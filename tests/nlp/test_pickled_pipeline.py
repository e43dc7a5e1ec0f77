"""A pipeline and its rule sets survive `pickle` (how multiprocessing and some schedulers send a
pipeline to a worker): the rule set travels as its texts and compiles again on the other side,
and the pickled pipeline finds the same facts with the same fields."""

from __future__ import annotations

import pickle

import pytest

from pipeline.nlp import build_pipeline
from pipeline.nlp.event_keys import key_rules
from pipeline.nlp.extensions import DEFAULT_NAMES
from pipeline.nlp.rules import Rules

TEXTS = [
    "Exports of grain grew by about 12 percent to over $3 billion in the first half of the year.",
    "The minister said that trade between the two countries fell by 5 percentage points in 2019.",
    "More than 40 countries will take part in the forum, which opens in Kazan next week.",
    "The two leaders talked at the Eastern Economic Forum, held in Vladivostok on 5 September.",
]


def _facts(nlp, text):
    doc = nlp(text)
    return [
        (span.start_char, span.end_char, DEFAULT_NAMES.fields_of(span))
        for span in DEFAULT_NAMES.facts(doc)
    ]


@pytest.fixture(scope="module")
def pipelines():
    nlp = build_pipeline()
    return nlp, pickle.loads(pickle.dumps(nlp))


@pytest.mark.parametrize("text", TEXTS)
def test_a_pickled_pipeline_finds_the_same_facts(pipelines, text):
    nlp, again = pipelines
    found = _facts(nlp, text)
    assert found  # each text holds a fact, so equality below is not two empty lists
    assert _facts(again, text) == found


def test_a_rule_set_with_compiled_tables_pickles_as_its_texts():
    rules = Rules.installed()
    key_rules(rules)  # a compiled table keyed by the undecorated function: not picklable by name
    again = pickle.loads(pickle.dumps(rules))
    assert again.texts == rules.texts
    assert again.fingerprint == rules.fingerprint
    assert again.names == rules.names
    assert key_rules(again) == key_rules(rules)
