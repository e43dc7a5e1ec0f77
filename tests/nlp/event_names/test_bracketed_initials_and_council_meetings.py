"""Events on short pages (issue 12, round bo): a body's initials in brackets between its name and
a head stay inside the name ("the Lake Economic Union (LEU) summit"); "meetings" names an event
only by a council of states' leaders, and a tail of two such councils is two events ("the
meetings of the Supreme Lake Council and the Pine Council of Heads of State"); a title about
putting an event off ("Decision taken to postpone ...") is not the event's own, nor is a title
that names a place or body bearing the event's name ("Visit to the 2031 Lake Cup Fan ID
Centre"). Each case changes without its rule, and the rows where it must not fire stay as they
were. The sentences are invented (docs/accuracy.md, issue 12 round bo)."""

import pytest
from conftest import found_event_names as _found
from conftest import page_event_names, without_title_cues

from pipeline.nlp.events import _own_event_cues, _title_names_a_body, content_words
from pipeline.nlp.rules import installed_rules

RULES = installed_rules()
EVENTS = RULES.get("events")
WITHOUT_INITIALS = RULES.edited("events", bracketed_initials_before_head={})
WITHOUT_MEETINGS = RULES.edited(
    "events",
    heads={k: v for k, v in EVENTS["heads"].items() if k != "meetings"},
    ordinal_only_heads=[h for h in EVENTS["ordinal_only_heads"] if h != "meetings"],
    lowercase_heads_with_named_tail=[
        h for h in EVENTS["lowercase_heads_with_named_tail"] if h != "meetings"
    ],
    council_only_heads=[],
)
WITHOUT_COUNCIL_ONLY = RULES.edited("events", council_only_heads=[])
WITHOUT_POSTPONE = without_title_cues(RULES, "postpone", "postpones", "postponed", "postponement")
WITHOUT_BODIES = RULES.edited("events", own_title_bodies={})

INITIALS = [
    (
        "On the sidelines of the Lake Economic Union (LEU) summit, they met.",
        "Lake Economic Union (LEU) summit",
    ),
    (
        "She attends the Pine Cooperation Organisation (PCO) summit.",
        "Pine Cooperation Organisation (PCO) summit",
    ),
    (
        "He took part in the Lake Builders Union (LBU) congress.",
        "Lake Builders Union (LBU) congress",
    ),
]


@pytest.mark.parametrize("text, name", INITIALS)
def test_bracketed_initials_stay_inside_the_name(text, name):
    assert name in _found(text)
    assert name not in _found(text, WITHOUT_INITIALS)


NOT_INITIALS = [
    "He attended the Lake Union (new) summit.",  # not initials
    "He came to the summit (LEU) summit.",  # a lowercase word before the bracket
    "He saw the Ninth (LPF) Festival in Pinetown.",  # the initials begin no word before them
    "They spoke of the Lake Union (LUAEPCOX) summit.",  # too long for initials
]


@pytest.mark.parametrize("text", NOT_INITIALS)
def test_no_bracket_joins_otherwise(text):
    assert _found(text) == _found(text, WITHOUT_INITIALS)
    assert not any("(" in n for n in _found(text))


COUNCIL_MEETINGS = [
    (
        "The committee put off the meetings of the LCO Heads of State Council, set for July.",
        ["meetings of the LCO Heads of State Council"],
    ),
    (
        "Reporters may cover the meetings of the Supreme Lake Economic Council and the Pine "
        "Council of Heads of State in Lakeport on May 3.",
        ["meetings of the Supreme Lake Economic Council", "Pine Council of Heads of State"],
    ),
]


@pytest.mark.parametrize("text, names", COUNCIL_MEETINGS)
def test_meetings_of_a_council_of_leaders(text, names):
    assert _found(text) == names
    assert _found(text, WITHOUT_MEETINGS) == []


def test_two_councils_are_two_events_on_a_page():
    text = (
        "Reporters may cover the meetings of the Supreme Lake Economic Council and the Pine "
        "Council of Heads of State in Lakeport on May 3."
    )
    names = page_event_names(text, title="Accreditation opens", date="2031-04-20")
    assert names == [
        "meetings of the Supreme Lake Economic Council",
        "Pine Council of Heads of State",
    ]


NOT_COUNCIL_MEETINGS = [
    "In 2030 she chaired the 17th and 18th meetings of the joint commission on trade.",
    "Regular meetings of the Lake Council are useful.",
    "They held meetings with Lakeland officials.",
    "We opened the 14th series of Pinetown meetings on the army.",
]


@pytest.mark.parametrize("text", NOT_COUNCIL_MEETINGS)
def test_no_meetings_without_a_council(text):
    assert not any("meetings" in n for n in _found(text))


def test_an_ordinal_counts_meetings_and_names_none():
    text = "In 2030 she chaired the 17th and 18th meetings of the joint commission on trade."
    assert "17th and 18th meetings" in _found(text, WITHOUT_COUNCIL_ONLY)
    assert "17th and 18th meetings" not in _found(text)


POSTPONED_TITLES = [
    "Decision taken to postpone LCO summit",
    "Lake Forum postponed",
    "Postponement of the Pine summit",
]


@pytest.mark.parametrize("title", POSTPONED_TITLES)
def test_a_postponed_event_title_is_no_own_event(title):
    assert _own_event_cues(RULES).search(title)
    assert not _own_event_cues(WITHOUT_POSTPONE).search(title)


def test_a_postponed_council_meeting_is_an_event():
    text = (
        "The committee decided to postpone the meetings of the LCO Heads of State Council, "
        "planned for July 3 in Lakeport."
    )
    name = "meetings of the LCO Heads of State Council"
    assert name in page_event_names(text, title="Decision taken to postpone LCO summit")
    assert name not in page_event_names(text, title="LCO summit")  # the page's own


BODY_TITLES = [
    ("Visit to 2031 Lake Cup Fan ID Centre", "2031 Lake Cup"),
    ("Lake Forum Organising Committee meeting", "Lake Forum"),
]


@pytest.mark.parametrize("title, name", BODY_TITLES)
def test_a_title_naming_a_body_is_not_the_event(title, name):
    words = content_words(name)
    assert _title_names_a_body(RULES, title, words)
    assert not _title_names_a_body(WITHOUT_BODIES, title, words)


def test_an_event_beside_a_place_named_after_it_is_kept():
    text = (
        "They visited the 2031 Lake Cup Fan ID Centre.\n\nThe 2031 Lake Cup will begin on June 14."
    )
    assert "2031 Lake Cup" in page_event_names(
        text, title="Visit to 2031 Lake Cup Fan ID Centre", date="2031-05-03"
    )
    # the title names the cup itself: the page's own event, as before
    assert page_event_names(text, title="2031 Lake Cup opening", date="2031-05-03") == []


NOT_BODY_TITLES = [
    ("2031 Lake Cup opening", "2031 Lake Cup"),
    ("Meeting of the Supreme Lake Council", "Supreme Lake Council meeting"),  # its own word
    ("Lake Forum", "Lake Forum"),
]


@pytest.mark.parametrize("title, name", NOT_BODY_TITLES)
def test_a_title_naming_the_event_alone_names_no_body(title, name):
    assert not _title_names_a_body(RULES, title, content_words(name))
