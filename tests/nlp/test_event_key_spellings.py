"""Event keys, round ident55: spellings that split one occurrence over two keys or gave a wrong
key (a researcher's audit of round ident54's keys): a letter and a number written with a dash
("G-30"), "Saint" and "St", a council named with "the", a duration before a name, a body's own
words for its summit (`body_fillers`), a war's own years (`war_years`), an organiser a
competition's name implies (`implied_words`), and an alias written capitalised inside a place
tail. Every name is invented."""

import pytest
from conftest import assert_one_key, assert_other_keys

from pipeline.nlp.event_keys import event_key
from pipeline.nlp.rules import installed_rules


@pytest.fixture(scope="module")
def rules():
    """The installed rules with invented bodies: "Lakeland Union" (LU), whose leaders meet only
    at its summit, and "Pine Union" (PU), whose leaders' meetings are no summit of it; a war
    known by its years; a competition known by its name alone."""
    base = installed_rules()
    mined = dict(base.get("event_gazetteer").get("acronyms", {}))
    mined.update({"lakeland union": "LU", "pine union": "PU"})
    keys = base.get("event_keys")
    return base.edited("event_gazetteer", acronyms=mined).edited(
        "event_keys",
        body_fillers={**keys["body_fillers"], "lu": ["meeting", "leaders", "informal"]},
        war_years={**keys["war_years"], "great lake war": ["2031", "2034"]},
        implied_words={**keys["implied_words"], "cup pine": ["lakefa", "rowing"]},
    )


SAME = [
    # a letter and a number: one word, dash, space or none
    ("G30 summit", [("G-30 summit", "summit", "2031"), ("G 30 Summit", "summit", "2031-07")]),
    ("U19 Pine Cup", [("U-19 Pine Cup", "sports", "2031"), ("U–19 Pine Cup", "sports", "2031")]),
    # "Saint", "St" and "St." are one spelling
    (
        "St Lakeville Music Festival",
        [
            ("Saint Lakeville Music Festival", "festival", "2031"),
            ("St. Lakeville Music Festival", "festival", "2031"),
        ],
    ),
    # a body's council of heads of state, a "the" inside it or not
    (
        "LU summit",
        [
            ("meeting of the LU Council of the Heads of State", "summit", "2031"),
            ("LU Council of the Heads of State session", "summit", "2031"),
        ],
    ),
    # a duration before a name
    (
        "meeting of the Pine Lake ministers",
        [
            ("two-day meeting of the Pine Lake ministers", "meeting", "2031"),
            ("3-day meeting of the Pine Lake ministers", "meeting", "2031"),
        ],
    ),
    ("Pine Festival", [("two-week Pine Festival", "festival", "2031")]),
    # a body whose leaders meet only at its summit
    (
        "LU summit",
        [
            ("LU meeting", "summit", "2031"),
            ("meeting of the LU leaders", "summit", "2031"),
            ("LU Leaders’ Meeting", "summit", "2031"),
            ("informal meeting of LU leaders", "summit", "2031"),
        ],
    ),
    # a war's own years, before or after its name
    (
        "Great Lake War",
        [
            ("Great Lake War of 2031–2034", "war", "2031"),
            ("2031–2034 Great Lake War", "war", None),
            ("Great Lake War of 2031", "war", None),
        ],
    ),
    # so the anniversary of a victory in it is the anniversary of the victory
    (
        "5th anniversary of Victory",
        [
            (
                "5th anniversary of Victory in the Great Lake War of 2031–2034",
                "anniversary",
                "2039",
            ),
            ("5th anniversary of the Great Victory", "anniversary", "2039"),
            ("5th anniversary of Victory in World War II", "anniversary", "2039"),
        ],
    ),
    # a competition known by its name alone: its organiser and sport are implied
    (
        "Pine Cup",
        [
            ("2031 Lakefa Pine Cup", "sports", "2031"),
            ("Rowing Pine Cup", "sports", "2031"),
            ("Lakefa Rowing Pine Cup", "sports", "2031"),
        ],
    ),
]


@pytest.mark.parametrize(("first", "others"), SAME, ids=[s[0] for s in SAME])
def test_spellings_of_one_occurrence_share_a_key(rules, first, others):
    assert_one_key(rules, first, others)


DIFFERENT = [
    # "G-30" is not the G7 (the lone "G" was read as that group) nor another number
    (("G-30 summit", "summit", "2031"), ("G7 summit", "summit", "2031")),
    (("G-30 summit", "summit", "2031"), ("G-40 summit", "summit", "2031")),
    # a body whose leaders' meeting may be no summit of it keeps "meeting" and "leaders"
    (("meeting of the PU leaders", "summit", "2031"), ("PU summit", "summit", "2031")),
    # a body's fillers are its own: another body's words stay
    (("Pine Union ministers' meeting", "meeting", "2031"), ("PU summit", "summit", "2031")),
    # other years of the war stay: another war of the same name
    (("Great Lake War of 1950", "war", "1950"), ("Great Lake War", "war", None)),
    # a competition with another organiser or sport is another one
    (("Chess Pine Cup", "sports", "2031"), ("Pine Cup", "sports", "2031")),
    (("Lakefa Pine Cup", "sports", "2031"), ("Lakefa Pine Cup", "sports", "2032")),
    # a victory over someone named stays apart
    (
        ("5th anniversary of Victory over Pineland", "anniversary", "2039"),
        ("5th anniversary of Victory", "anniversary", "2039"),
    ),
    # a number without a dash before a unit is no duration
    (("Two Days Festival", "festival", "2031"), ("Days Festival", "festival", "2031")),
]


@pytest.mark.parametrize(("one", "other"), DIFFERENT, ids=[d[0][0] for d in DIFFERENT])
def test_other_occurrences_keep_their_keys(rules, one, other):
    assert_other_keys(rules, one, other)


@pytest.mark.parametrize(
    ("name", "kind", "date", "key"),
    [
        ("G-30 summit", "summit", "2031", "2031|summit|g30"),
        (
            "Saint Lakeville Music Festival",
            "festival",
            "2031",
            "2031|festival|festival lakeville music st",
        ),
        ("two-day meeting of LU leaders", "summit", "2031", "2031|summit|lu"),
        ("2031–2034 Great Lake War", "war", "2031", "-|war|great lake war"),
        ("Lakefa Pine Cup", "sports", "2031", "2031|sports|cup pine"),
    ],
)
def test_the_keys_words(rules, name, kind, date, key):
    assert event_key(rules, name, kind, date) == key
