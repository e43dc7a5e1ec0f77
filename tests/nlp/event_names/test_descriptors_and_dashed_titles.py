"""Names whose proper words stand before lower-case descriptors, and titles joined by a dash
(issue 12, round db): events.json's `name_before_lowercase_descriptors` names a lowercase head
by the name words before a run of lowercase descriptors longer than the grammar's walk takes
("the Pine Harbour national career guidance forum") or joined by "and" ("the fourth Lake Voice
regional and local media forum"), when "the" stands before the name; and
`title_after_lowercase_head_dashes` lets a dash join the capitalised words of a title after a
lowercase head ("the business forum Lakeland–Pineland: New Horizons"). Each case changes
without its key, and the rows where it must not fire stay as they were. The sentences are
invented (docs/accuracy.md, issue 12 round db)."""

import pytest
from conftest import found_event_names as _found
from conftest import page_event_names

from pipeline.nlp.rules import installed_rules

RULES = installed_rules()
WITHOUT_DESCRIPTORS = RULES.edited("events", name_before_lowercase_descriptors={})
WITHOUT_DASHES = RULES.edited("events", title_after_lowercase_head_dashes=[])

# -- a name before a longer run of lowercase descriptors ---------------------------------------

DESCRIBED = [
    (
        "Pupils from every town came to the Pine Harbour national career guidance forum.",
        "Pine Harbour national career guidance forum",
    ),
    (
        "She will speak at the fourth Lake Voice regional and local media forum in Pinetown.",
        "fourth Lake Voice regional and local media forum",
    ),
    (
        "He praised the Hillmark international public diplomacy conference, held each spring.",
        "Hillmark international public diplomacy conference",
    ),
    (
        "Farmers met at the LakeGrow regional and federal exhibition last week.",
        "LakeGrow regional and federal exhibition",
    ),
    (
        "Her film won a prize at the Pine Coast youth documentary film festival.",
        "Pine Coast youth documentary film festival",
    ),
]


@pytest.mark.parametrize("text, name", DESCRIBED)
def test_a_name_before_lowercase_descriptors_names_the_head(text, name):
    assert name in _found(text)
    assert name not in _found(text, WITHOUT_DESCRIPTORS)


NOT_DESCRIBED = [
    # no "the" before the name: a subject and its verb, not a name
    "Lakeland hosts national career guidance forum every year.",
    # a stopword in the run ends it: no name word right before the descriptors
    "Lakeland and Pineland will hold the national youth media forum.",
    # "and" ends the run: it joins no two descriptors
    "We attended the Lake and national youth forum.",
    # four descriptors: longer than the rule's run
    "He opened the Pine Harbour big new national youth career forum.",
    # a punctuation mark between the name and the run
    "Visitors of the Pine Harbour, national career guidance forum guests",
    # no name at all
    "Lakeland will host the regional and local media forum.",
]


@pytest.mark.parametrize("text", NOT_DESCRIBED)
def test_no_name_before_descriptors_without_the_rule_conditions(text):
    assert _found(text) == _found(text, WITHOUT_DESCRIPTORS)


def test_two_descriptors_stay_with_the_grammar_walk():
    # two descriptors and no joiner: the grammar's own walk names it, as before
    text = "He visited the Pine Harbour career guidance forum."
    assert _found(text) == ["Pine Harbour career guidance forum"]
    assert _found(text, WITHOUT_DESCRIPTORS) == ["Pine Harbour career guidance forum"]


def test_the_described_name_is_recorded_at_its_first_mention():
    text = (
        "The minister will attend the third Lake Voice regional and local media forum.\n\n"
        "The Lake Voice media forum brings reporters together."
    )
    names = page_event_names(text, title="Visit to Pinetown", date="2031-04-15")
    assert names == ["third Lake Voice regional and local media forum"]


# -- a dash inside a title after a lowercase head -------------------------------------------------

DASHED = [
    (
        "He came to Pinetown to attend the business forum Lakeland–Pineland: New Horizons.",
        "business forum Lakeland–Pineland: New Horizons",
    ),
    (
        "The guests who attended the forum Lakeland – Land of Lakes, met the minister.",
        "forum Lakeland – Land of Lakes",
    ),
    (
        "She greeted the international conference Pineland — Hillmark: Roads Ahead, which opened.",
        "international conference Pineland — Hillmark: Roads Ahead",
    ),
]


@pytest.mark.parametrize("text, name", DASHED)
def test_a_dash_joins_a_title_after_a_lowercase_head(text, name):
    assert name in _found(text)
    assert name not in _found(text, WITHOUT_DASHES)


NOT_DASHED = [
    # no determiner before the head, as before
    "Delegates of international conference Lakeland – Pineland: Roads Ahead arrived.",
    # one capitalised word after the dash and none before: no title of two words
    "At the forum – Lakeland said it would join.",
    # the title goes on as a sentence: a lowercase word after it
    "At the forum Lakeland – Pineland talks went on.",
]


@pytest.mark.parametrize("text", NOT_DASHED)
def test_no_dashed_title_without_its_conditions(text):
    assert _found(text) == _found(text, WITHOUT_DASHES)
    assert not any("–" in n for n in _found(text))
