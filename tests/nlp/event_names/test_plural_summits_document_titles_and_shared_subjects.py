"""Event precision (issue 12, round dd): summits named in the plural with no determiner are
summits in general (`context_refusals`' `summits_in_general` and `summit_meetings_in_general`);
a head inside a document's title is what the document is about (`head_in_document_title`); two
counted anniversaries of one count whose subjects share two words are one anniversary
(`anniversary_subject_shared_words`); 'constitutional' and 'constitution' name one popular vote
(`bare_popular_votes`' same_words). Each case changes without its rule, and the rows where it
must not fire stay as they were. The sentences are invented."""

import pytest
from conftest import drop_event_rules, page_event_names
from conftest import found_event_names as _found

from pipeline.nlp.rules import installed_rules

RULES = installed_rules()
ROUND_DD = {"summits_in_general", "summit_meetings_in_general", "head_in_document_title"}
WITHOUT = RULES.edited(
    "events",
    context_refusals=[
        r for r in RULES.get("events")["context_refusals"] if r["name"] not in ROUND_DD
    ],
)

REFUSED = [
    # summits in the plural, bare: a class of summits
    ("Question: Lake Union summits have been held regularly since 2030.", "Lake Union summits"),
    ("Youth meetings will be held in conjunction with Lake Eight summits.", "Lake Eight summits"),
    ("Lakeland is active in the UN and at East Pine summits on data.", "East Pine summits"),
    # a summit head before 'meetings', bare
    ("Regular Lake-Pine summit meetings have productive results.", "Lake-Pine summit"),
    ("“Pine-American summit meetings are a useful mechanism,” he wrote.", "Pine-American summit"),
    # a head inside a document's title
    (
        "He praised the draft Lake Convention on Standards of Fair Election and Voting Rights.",
        "Lake Convention on Standards of Fair Election",
    ),
    ("I have signed the Order On Basic Guidelines to Promote Competition.", "Promote Competition"),
    (
        "He signed a law on the Protocol for a Ban on Use in War of Pine Gases.",
        "War of Pine Gases",
    ),
]


@pytest.mark.parametrize("text, name", REFUSED)
def test_classes_and_titles_named_by_a_head_are_no_events(text, name):
    assert name not in _found(text)
    assert name in _found(text, WITHOUT)


KEPT = [
    # a determiner before the plural: named summits
    ("He will attend the Lake Union summits in June.", "Lake Union summits"),
    ("He spoke of the upcoming Lake Eight summits.", "Lake Eight summits"),
    # two bodies' summits (one name each since round ek's `shared_head_lists`)
    ("Pinetown would like to host Lake and Pine summits in 2031.", "Pine summits"),
    # a summit named before 'meetings' after a determiner, or before another noun
    ("He met leaders at the Lake Union summit meetings in Pinetown.", "Lake Union summit"),
    ("The upcoming Lake-Pine summit talks will be fruitful.", "Lake-Pine summit"),
    # a singular summit: the plural rule does not read it
    ("Lake Union summit delegates arrived.", "Lake Union summit"),
    # a title whose head follows a determiner names the event
    (
        "He signed the Order On Setting the Date of the Nationwide Vote on the Lake Charter.",
        "Nationwide Vote on the Lake Charter",
    ),
    # a clause after the document word: not a title
    (
        "They updated the Strategy for Lake Partnership that was approved at the 2030 Pine "
        "Summit in Lakeland.",
        "2030 Pine Summit in Lakeland",
    ),
    # 'Convention of': a gathering, no document
    ("He greeted the 6th Convention of the Lake Society of Inventors.", None),
]


@pytest.mark.parametrize("text, name", KEPT)
def test_named_occurrences_stay(text, name):
    assert _found(text) == _found(text, WITHOUT)
    if name is not None:
        assert name in _found(text)
    else:
        assert _found(text)


SHARED = [
    (
        "We mark the 90th anniversary of the Pine Republic Supreme Court founding.\n\n"
        "Greetings on this 90th anniversary of the founding of Pineland’s Supreme Court.",
        ["90th anniversary of the Pine Republic Supreme Court founding"],
    ),
    (
        "We met on the 50th anniversary of gas supplies from Lakeland to Pineland.\n\n"
        "Our trip is set for the 50th anniversary of the Lake contract on natural gas "
        "supplies from the Lake Union.\n\nTwo concerts mark the 50th anniversary of the Lake "
        "gas contract.",
        ["50th anniversary of gas supplies from Lakeland to Pineland"],
    ),
    (
        "This year marks 20 years of Lake-Pine diplomatic relations.\n\n"
        "Indeed, this year marks 20 years of bilateral diplomatic relations, but the past is long.",
        ["20 years of Lake-Pine diplomatic relations"],
    ),
]


@pytest.mark.parametrize("text, names", SHARED)
def test_one_anniversary_in_two_wordings(text, names, monkeypatch, events_component):
    assert page_event_names(text, title="Talks") == names
    drop_event_rules(monkeypatch, events_component, "anniversary_subject_shared_words")
    assert len(page_event_names(text, title="Talks")) > len(names)


NOT_SHARED = [
    # one word in common: two anniversaries
    (
        "We mark the 70th anniversary of the Battle of Pinetown.\n\n"
        "Then came the 70th anniversary of the Battle of Lakeville.",
        [
            "70th anniversary of the Battle of Pinetown",
            "70th anniversary of the Battle of Lakeville",
        ],
    ),
    (
        "Lakeland marks the 70th anniversary of diplomatic relations with Pineland.\n\n"
        "Pineland marks the 70th anniversary of the founding of the Pineland Republic.",
        [
            "70th anniversary of diplomatic relations with Pineland",
            "70th anniversary of the founding of the Pineland Republic",
        ],
    ),
    # two words in common, other counts
    (
        "We mark the 70th anniversary of the Lake Court.\n\n"
        "Next comes the 80th anniversary of the Lake Court building.",
        ["70th anniversary of the Lake Court", "80th anniversary of the Lake Court building"],
    ),
]


@pytest.mark.parametrize("text, names", NOT_SHARED)
def test_other_anniversaries_stay_apart(text, names):
    found = page_event_names(text, title="Talks")
    assert [n for n in found if "anniversary" in n] == names


def test_constitutional_and_constitution_name_one_vote(monkeypatch, events_component):
    text = (
        "Then there was the vote on amendments to the Constitution.\n\n"
        "The nationwide vote on the constitutional amendments went well."
    )
    assert page_event_names(text, title="Talk with workers") == [
        "vote on amendments to the Constitution"
    ]
    rule = dict(events_component.rules.get("events")["bare_popular_votes"])
    rule["same_words"] = {k: v for k, v in rule["same_words"].items() if k != "constitutional"}
    monkeypatch.setattr(
        events_component,
        "rules",
        events_component.rules.edited("events", bare_popular_votes=rule),
    )
    assert page_event_names(text, title="Talk with workers") == [
        "vote on amendments to the Constitution",
        "nationwide vote on the constitutional amendments",
    ]
