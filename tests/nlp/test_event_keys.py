"""Event keys (`event_key`, schema 1.4, round ident54): records of different documents that name
one occurrence of an event share a key, made from the record's name, kind and date alone
(pipeline/nlp/event_keys.py, models/rules/event_keys.json). Rows that must meet on one key, rows
that must not, rows that get no key; the acronym miner. The names and sentences are invented."""

import pytest
from conftest import assert_one_key, assert_other_keys

from pipeline import extract_facts
from pipeline.nlp.event_keys import acronym_pairs, event_key, mine_acronyms
from pipeline.nlp.rules import installed_rules
from pipeline.speech import Speech


@pytest.fixture(scope="module")
def rules():
    """The installed rules with an invented body: "Lakeland Union" is "LU" (as if mined from
    "Lakeland Union (LU)" on the pages), meeting once a year (its ordinals restate the year)."""
    base = installed_rules()
    mined = dict(base.get("event_gazetteer").get("acronyms", {}))
    mined["lakeland union"] = "LU"
    yearly = list(base.get("event_keys")["yearly_bodies"]) + ["lu"]
    return base.edited("event_gazetteer", acronyms=mined).edited("event_keys", yearly_bodies=yearly)


SAME = [
    # acronyms, brackets, plural heads, "summit of the X", place tails and adjectives
    (
        "LU summit",
        [
            ("Lakeland Union (LU) summit", "summit", "2031-06-14"),
            ("Lakeland Union summit", "summit", "2031"),
            ("summits of the Lakeland Union", "summit", "2031-06"),
            ("Lakeland Union summit in Pinetown", "summit", "2031-06"),
            ("the Pinetown LU summit", "summit", "2031"),
            ("LU Summit", "summit", "2031-06-15"),
            ("summit of the LU heads of state", "summit", "2031"),
            ("meeting of the LU Heads of State Council", "summit", "2031"),
        ],
    ),
    # an ordinal of a yearly body only restates the year
    ("7th LU summit", [("seventh LU summit", "summit", "2031"), ("LU summit", "summit", "2031")]),
    # case, dashes and country demonyms
    (
        "Norway-Peru Pine Forum",
        [
            ("Norway – Peru Pine Forum", "forum", "2031"),
            ("Norwegian-Peruvian Pine Forum", "forum", "2031-09"),
            ("Norway-Peru pine forum", "forum", "2031"),
        ],
    ),
    # ordinals written two ways (no yearly body: the ordinal stays)
    ("second Pine Valley Forum", [("2nd Pine Valley Forum", "forum", "2031")]),
    # a war is keyed without a year: its date or none
    ("Great Lake War", [("Great Lake War", "war", None), ("great Lake War", "war", "1931")]),
    # a year in the name that is the event's own
    ("Pine Games", [("2031 Pine Games", "sports", "2031")]),
]


@pytest.mark.parametrize(("first", "others"), SAME, ids=[s[0] for s in SAME])
def test_names_of_one_occurrence_share_a_key(rules, first, others):
    assert_one_key(rules, first, others)


DIFFERENT = [
    # another year, another kind, another body
    (("LU summit", "summit", "2031"), ("LU summit", "summit", "2032")),
    (("Pine Forum", "forum", "2031"), ("Pine Forum", "conference", "2031")),
    (("LU summit", "summit", "2031"), ("Lakeland Council summit", "summit", "2031")),
    # a place tail is kept when nothing else names the event
    (("summit in Pinetown", "summit", "2031-05"), ("summit in Riverport", "summit", "2031-05")),
    # a tail is no word of the name: which country holds the year, which is held
    (("Year of Norway in Peru", "other", "2031"), ("Year of Peru in Norway", "other", "2031")),
    # a head of no summit of the body: "meeting of the LU leaders" may be an informal one
    (("meeting of the LU leaders", "summit", "2031"), ("LU summit", "summit", "2031")),
    # an ordinal of a meeting tells two meetings apart (a summit's only restates the year, unless
    # its body is one of `numbered_bodies`: round key60)
    (
        ("third Pine Talks meeting", "meeting", "2031"),
        ("fourth Pine Talks meeting", "meeting", "2031"),
    ),
    # countries alone: keyed by month
    (("Norway-Peru summit", "summit", "2031-03"), ("Norway-Peru summit", "summit", "2031-10")),
    # a year written in a war's name stays
    (("Lake War of 1812", "war", "1812"), ("Lake War", "war", None)),
]


@pytest.mark.parametrize(("one", "other"), DIFFERENT, ids=[d[0][0] for d in DIFFERENT])
def test_different_occurrences_do_not_share_a_key(rules, one, other):
    assert_other_keys(rules, one, other)


NO_KEY = [
    ("LU summit", "summit", None),  # no year: summits recur
    ("Pine Forum", "forum", None),
    ("presidential election", "election", "2031"),  # whose?
    ("10th anniversary", "anniversary", "2031"),
    ("Independence Day", "anniversary", "2031-07"),  # names no one country's day
    ("Civil War", "war", None),  # which one?
    ("Norway-Peru summit", "summit", "2031"),  # countries alone, no month
    ("Pine Day", "anniversary", "2031"),  # a named day needs its month
    ("", "summit", "2031"),
    ("LU summit", None, "2031"),
]


@pytest.mark.parametrize(("name", "kind", "date"), NO_KEY)
def test_no_key_where_one_would_mix_occurrences(rules, name, kind, date):
    assert event_key(rules, name, kind, date) is None


@pytest.mark.parametrize(
    ("name", "kind", "date", "key"),
    [
        ("Lakeland Union (LU) summit", "summit", "2031-06-14", "2031|summit|lu"),
        ("Norway-Peru summit", "summit", "2031-05-02", "2031-05|summit|@no @pe"),
        ("Great Lake War", "war", "1931", "-|war|great lake war"),
        ("Pine Day", "anniversary", "2031-08-02", "2031-08|anniversary|day pine"),
    ],
)
def test_the_key_reads_when_kind_and_words(rules, name, kind, date, key):
    assert event_key(rules, name, kind, date) == key


def test_records_carry_the_key_last_and_figures_none():
    text = (
        "Ivan Petrov: Exports to Lakeland reached $3 billion. Next week we will attend "
        "the Pine Valley Forum in Riverport."
    )
    speech = Speech(
        doc_id="t", source="<test>", paragraphs=[text], title="Visit", date="2031-04-15"
    )
    facts = extract_facts(speech)
    events = [f for f in facts if f["type"] == "event"]
    assert events and all(f["event_key"] == "2031|forum|forum pine valley" for f in events)
    assert all(f["event_key"] is None for f in facts if f["type"] != "event")
    assert all(list(f)[-1] == "event_key" for f in facts)


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("Members of the Lakeland Union (LU) met.", [("Lakeland Union", "LU")]),
        (
            "the Conference on Pine and Lake Cooperation in Asia (CPLCA) opened",
            [("Conference on Pine and Lake Cooperation in Asia", "CPLCA")],
        ),
        # letters inside words (Schwartz and Hearst): "Lakeland Eastern Union"
        (
            "We joined the Lakeland Eastern Union (LAEU) in May.",
            [("Lakeland Eastern Union", "LAEU")],
        ),
        # a person's name does not spell the acronym
        ("Mr Pine Lake (PR) said so.", []),
        ("Growth was 3 percent (GDP) last year.", []),  # no capitalised name before it
        ("He read the report (Annex) again.", []),  # one capital: no acronym
    ],
)
def test_acronym_pairs(text, pairs):
    assert acronym_pairs(text) == pairs


def test_mined_acronyms_need_two_pages_and_one_body_an_acronym():
    pages = [
        [("Lakeland Union", "LU"), ("Pine Energy Council", "PEC")],
        [("Lakeland Union", "LU"), ("Pine Economic Community", "PEC")],
        [("Lakeland Union", "LU"), ("Pine Energy Council", "PEC"), ("River Trade Fund", "RTF")],
        [("Pine Energy Council", "PEC")],
        [("Pine Energy Council", "PEC")],
    ]
    table = mine_acronyms(pages)
    assert table["lakeland union"] == "LU"
    assert "river trade fund" not in table  # one page
    # "PEC" names two bodies; the one with nearly all its pages keeps it
    assert table["pine energy council"] == "PEC"
    assert "pine economic community" not in table
    assert mine_acronyms(reversed(pages)) == table
