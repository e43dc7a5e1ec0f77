"""Event keys, round key60 (a researcher's count of summits and forums per year): an ordinal of
a kind held once a year under one name (`yearly_kinds`) only restates the year, a Roman numeral
is its number, a summit's "anniversary" and a forum's "international" name no other occurrence,
and a title's "Tripartite" names no parties. Every name is invented."""

import pytest

from pipeline.nlp.event_keys import event_key
from pipeline.nlp.rules import installed_rules
from tests.conftest import assert_one_key, assert_other_keys


@pytest.fixture(scope="module")
def rules():
    return installed_rules()


SAME = [
    # an ordinal of a yearly kind restates the year
    (
        "13th Pinewood Interregional Forum",
        [
            ("Pinewood Interregional Forum", "forum", "2031-10"),
            ("thirteenth Pinewood Interregional Forum", "forum", "2031"),
            ("XIII Pinewood Interregional Forum", "forum", "2031-10-02"),
        ],
    ),
    (
        "first Russia – Lake Union summit",
        [
            ("Russia-Lake Union summit", "summit", "2031-10"),
            ("Russian-Lake Union summit in Pinegrad", "summit", "2031-10-23"),
        ],
    ),
    (
        "XIX Harbour Festival of Kites",
        [
            ("19th Harbour Festival of Kites", "festival", "2031"),
            ("Harbour Festival of Kites", "festival", "2031"),
        ],
    ),
    ("XXXI Lakeland Winter Games", [("31st Lakeland Winter Games", "sports", "2031")]),
    # a summit's anniversary or jubilee: that year's summit of the body
    (
        "Lake Union anniversary summit",
        [
            ("Lake Union summit", "summit", "2031"),
            ("jubilee summit of the Lake Union", "summit", "2031"),
        ],
    ),
    # a forum's or conference's "international"
    (
        "Pine and Lake International Forum",
        [
            ("Pine and Lake Forum", "forum", "2031"),
            ("Pine and Lake international forum", "forum", "2031"),
        ],
    ),
    (
        "Harbour International Conference",
        [
            ("Harbour Conference", "conference", "2031-01"),
            ("Harbour international conference", "conference", "2031"),
        ],
    ),
]


@pytest.mark.parametrize(("first", "others"), SAME, ids=[s[0] for s in SAME])
def test_names_of_one_occurrence_share_a_key(rules, first, others):
    assert_one_key(rules, first, others)


OTHER = [
    # a format that meets twice a year keeps its ordinals (`numbered_bodies`)
    (("Second Astana Summit", "summit", "2031-04"), ("third Astana summit", "summit", "2031-09")),
    # meetings keep theirs (numbered rounds of talks, several a year)
    (("fifth Pinewood meeting", "meeting", "2031"), ("sixth Pinewood meeting", "meeting", "2031")),
    # another year is another occurrence
    (("13th Pinewood Forum", "forum", "2031"), ("14th Pinewood Forum", "forum", "2032")),
    # "international" stays when nothing else names the event
    (("International Forum of Pine", "forum", "2031"), ("Pine Forum of Lakes", "forum", "2031")),
]


@pytest.mark.parametrize(("one", "other"), OTHER, ids=[o[0][0] for o in OTHER])
def test_other_occurrences_keep_their_keys(rules, one, other):
    assert_other_keys(rules, one, other)


@pytest.mark.parametrize(
    ("name", "kind", "date", "key"),
    [
        ("XIV Pine Congress", "conference", "2031", "2031|conference|congress pine"),
        ("XIV Pine meeting", "meeting", "2031", "2031|meeting|14 meeting pine"),
        ("Third Astana Summit", "summit", "2031", "2031|summit|3 astana"),
        # letters that are no numeral, and a lone "I", stay words
        ("CIVIL Pine meeting", "meeting", "2031", "2031|meeting|civil meeting pine"),
        ("Pine meeting I", "meeting", "2031", "2031|meeting|i meeting pine"),
        ("International Pine Forum", "forum", "2031", "2031|forum|forum pine"),
        ("International Forum", "forum", "2031", None),
        # a title's capitals name no parties: whose summit?
        ("Tripartite Summit", "summit", "2031-09", None),
        ("Trilateral Meeting", "meeting", "2031-09", None),
        ("Quadrilateral Summit", "summit", "2031-09", None),
    ],
)
def test_the_key_reads_when_kind_and_words(rules, name, kind, date, key):
    assert event_key(rules, name, kind, date) == key
