"""Event keys, round key63 (a researcher's audit of splits and mixes): a summit's "leaders" are
its "heads of state", the G8's and G7's leaders meet only at their summits, a body's acronym
inside its "Council of Heads of State", and a war of `war_years` dated before its known years
(the war of that name in an earlier century; one dated after them is that war, its date a slip:
round review63). Every name but the real bodies' acronyms is
invented."""

import pytest
from conftest import assert_one_key, assert_other_keys

from pipeline.nlp.event_keys import event_key
from pipeline.nlp.rules import installed_rules


@pytest.fixture(scope="module")
def rules():
    """The installed rules with an invented body, "Pinewood Union" (PWU), whose leaders'
    meetings are no summit of it (no `body_fillers`), and a war known by its years."""
    base = installed_rules()
    mined = dict(base.get("event_gazetteer").get("acronyms", {}))
    mined.update({"pinewood union": "PWU"})
    keys = base.get("event_keys")
    return base.edited("event_gazetteer", acronyms=mined).edited(
        "event_keys", war_years={**keys["war_years"], "great pine war": ["2031", "2034"]}
    )


SAME = [
    # "leaders" and "heads of state" are the same people: one meeting, one summit
    (
        "meeting of the PWU leaders",
        [
            ("meeting of the PWU heads of state", "summit", "2031"),
            ("meeting of Pinewood Union heads of state", "summit", "2031"),
        ],
    ),
    ("PWU summit", [("PWU leaders’ summit", "summit", "2031")]),
    # the G8's and G7's leaders meet only at their summits
    (
        "G8 summit",
        [
            ("meeting of G8 heads of state", "summit", "2031"),
            ("G8 leaders’ meeting", "summit", "2031"),
        ],
    ),
    ("G7 summit", [("meeting of the G7 leaders", "summit", "2031")]),
    # a body's acronym inside its council of heads of state
    (
        "PWU summit",
        [
            ("meeting of the Council of PWU Heads of State", "summit", "2031"),
            ("session of the Council of the PWU Heads of State", "summit", "2031"),
            ("PWU Council of Heads of State meeting", "summit", "2031"),
        ],
    ),
    # a war dated before its known years: its year is in its key, as when its name says it
    ("Great Pine War of 1931", [("Great Pine War", "war", "1931")]),
    # dated inside them, or not at all: the war of its known years
    (
        "Great Pine War",
        [
            ("Great Pine War", "war", "2032"),
            ("Great Pine War", "war", None),
            ("Great Pine War of 2031–2034", "war", "2031"),
            # dated after them (round review63): no later war of that name, a slip of the date
            # ("the veterans of the Great Pine War in 2090 will march"): still that war
            ("Great Pine War", "war", "2090"),
            ("Great Pine War", "war", "2035-05-09"),
        ],
    ),
]


@pytest.mark.parametrize(("first", "others"), SAME, ids=[f"{s[0]}-{n}" for n, s in enumerate(SAME)])
def test_names_of_one_occurrence_share_a_key(rules, first, others):
    assert_one_key(rules, first, others)


DIFFERENT = [
    # a leaders' meeting stays apart from the summit of a body without `body_fillers`
    (("meeting of the PWU leaders", "summit", "2031"), ("PWU summit", "summit", "2031")),
    # an informal one stays apart from the meeting
    (
        ("informal meeting of the PWU leaders", "summit", "2031"),
        ("meeting of the PWU heads of state", "summit", "2031"),
    ),
    # the G8 of one year is not that of the next
    (("meeting of G8 heads of state", "summit", "2031"), ("G8 summit", "summit", "2032")),
    # a war dated in another century is not the war of its known years
    (("Great Pine War", "war", "1931"), ("Great Pine War", "war", "2032")),
    (("Great Pine War", "war", "1931"), ("Great Pine War", "war", "1850")),
]


@pytest.mark.parametrize(("one", "other"), DIFFERENT, ids=[d[0][0] for d in DIFFERENT])
def test_other_occurrences_keep_their_keys(rules, one, other):
    assert_other_keys(rules, one, other)


@pytest.mark.parametrize(
    ("name", "key"),
    [
        # a word inside the council phrase that is no body's acronym: the phrase as written
        ("meeting of the Council of Former Heads of State", "2031|summit|council former meeting"),
        ("meeting of the Council of PWU Heads of State", "2031|summit|pwu"),
    ],
)
def test_a_council_reads_a_body_inside_it(rules, name, key):
    assert event_key(rules, name, "summit", "2031") == key
