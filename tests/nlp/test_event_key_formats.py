"""Event keys, round key57 (a researcher's audit of summits per year): a format's summit named
by its process ("trilateral meeting of the guarantors of the Astana process", "Astana Summit"),
and a country written with a short spelling ("St Lucia", "St. Kitts and Nevis") read as the
country, as its full spelling is. Every name is invented."""

import pytest

from pipeline.nlp.event_keys import event_key
from pipeline.nlp.rules import installed_rules


@pytest.fixture(scope="module")
def rules():
    """The installed rules and an invented format, the "Pinewood process", whose summits are
    its guarantors' trilateral meetings, two a year."""
    base = installed_rules()
    keys = base.get("event_keys")
    return base.edited(
        "event_keys",
        body_fillers={
            **keys["body_fillers"],
            "pinewood": ["meeting", "trilateral", "guarantors", "process"],
        },
        # it meets twice a year: its ordinals stay (round key60)
        numbered_bodies=[*keys["numbered_bodies"], "pinewood"],
    )


SAME = [
    # a format's summit, by its process's words or as its summit; the ordinal kept
    (
        ("Ninth Pinewood Summit", "summit", "2031-03-02"),
        [
            ("ninth trilateral meeting of Pinewood process guarantors", "summit", "2031-03-02"),
            ("9th trilateral meeting, guarantors of the Pinewood process", "summit", "2031"),
        ],
    ),
    (
        ("Seventh Astana Summit", "summit", "2031-03"),
        [
            ("seventh trilateral meeting of Astana process guarantors", "summit", "2031"),
            ("7th trilateral meeting of the Astana guarantors", "summit", "2031-03-04"),
        ],
    ),
    # a short spelling of a country's name is the country
    (
        ("Russia-Saint Lucia summit", "summit", "2031-05"),
        [
            ("Russian-St Lucia summit", "summit", "2031-05-06"),
            ("Russia – St. Lucia summit", "summit", "2031-05"),
        ],
    ),
    (
        ("Year of Saint Kitts and Nevis in Russia", "other", "2031"),
        [
            ("Year of St Kitts and Nevis in Russia", "other", "2031"),
            ("Year of St.  Kitts and Nevis in Russia", "other", "2031"),
        ],
    ),
    (
        ("Pine Forum in Saint Lucia", "forum", "2031"),
        [("Pine Forum in St Lucia", "forum", "2031")],
    ),
    # a tail of two short spellings: both read, the offsets of the second kept
    (
        ("Year of Saint Lucia in Saint Kitts and Nevis", "other", "2031"),
        [("Year of St Lucia in St. Kitts and Nevis", "other", "2031")],
    ),
]


@pytest.mark.parametrize(("first", "others"), SAME, ids=[s[0][0] for s in SAME])
def test_names_of_one_occurrence_share_a_key(rules, first, others):
    key = event_key(rules, *first)
    assert key is not None
    for other in others:
        assert event_key(rules, *other) == key, other


@pytest.mark.parametrize(
    ("name", "kind", "date", "key"),
    [
        ("summit in St Lucia", "summit", "2031-05", "2031-05|summit|in-@lc"),
        ("St Kitts and Nevis summit", "summit", "2031-05", "2031-05|summit|@kn"),
        # two of a format's summits a year: the ordinal tells them apart
        ("Third Pinewood Summit", "summit", "2031", "2031|summit|3 pinewood"),
        # a short spelling that starts no country's name stays a word ("St Lakeville")
        ("St Lakeville festival", "festival", "2031", "2031|festival|festival lakeville st"),
        (
            "St. Pine Day of Lakeland",
            "anniversary",
            "2031-07",
            "2031-07|anniversary|day lakeland pine st",
        ),
    ],
)
def test_the_key_reads_when_kind_and_words(rules, name, kind, date, key):
    assert event_key(rules, name, kind, date) == key


def test_a_process_summit_and_the_process_of_another_format_stay_apart(rules):
    assert event_key(rules, "Third Pinewood Summit", "summit", "2031") != event_key(
        rules, "third trilateral meeting of Lakeshore process guarantors", "summit", "2031"
    )
