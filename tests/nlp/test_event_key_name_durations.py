"""Event keys, round review56 (a review of round ident55): a duration whose unit is written
capitalised is a word of a name ("Two-Day Pine War", as a war may be named by its length) and
stays; one in lower case ("two-day meeting") goes. A Roman numeral before a space and a number
is no letter-number name ("Pine War I 12 years" is no "I12"); a dash still joins ("Q-12").
A `duration_words` table lacking one of its lists drops nothing (an empty alternative matched
every dash). A war's own years are dropped before and after its name at once (the
years after were kept when years stood before too). Every name is invented."""

import pytest

from pipeline.nlp.event_keys import event_key
from pipeline.nlp.rules import installed_rules


@pytest.fixture(scope="module")
def rules():
    """The installed rules with an invented war known by its years."""
    base = installed_rules()
    keys = base.get("event_keys")
    return base.edited("event_keys", war_years={**keys["war_years"], "pine war": ["2031", "2034"]})


@pytest.mark.parametrize(
    ("name", "kind", "date", "key"),
    [
        # a war named by its length keeps the length
        ("Two-Day Pine War", "war", None, "-|war|day pine two war"),
        ("Ten-Week Lake War", "war", None, "-|war|lake ten war week"),
        # a duration in lower case before a name still goes
        ("two-day Pine Forum", "forum", "2031", "2031|forum|forum pine"),
        ("Two-day Pine Forum", "forum", "2031", "2031|forum|forum pine"),
        ("3-week Lakeland festival", "festival", "2031", "2031|festival|festival lakeland"),
        # a war's own years before and after its name, both dropped; other years stay
        ("2031 Pine War of 2034", "war", None, "-|war|pine war"),
        ("2031–2034 Pine War", "war", None, "-|war|pine war"),
        ("Pine War of 2040", "war", None, "-|war|2040 pine war"),
        # a Roman numeral, a space, a number: two words
        ("Pine War I 12 years", "anniversary", "2031", "2031|anniversary|12 i pine war years"),
        # a letter, a dash or a space, a number: one word
        ("Q-12 Lake Forum", "forum", "2031", "2031|forum|forum lake q12"),
        ("Q 12 Lake Forum", "forum", "2031", "2031|forum|forum lake q12"),
        ("I-12 Lake Forum", "forum", "2031", "2031|forum|forum i12 lake"),
    ],
)
def test_key(rules, name, kind, date, key):
    assert event_key(rules, name, kind, date) == key


@pytest.mark.parametrize(
    "table", [{"numbers": ["two"]}, {"units": ["day"]}, {"numbers": [], "units": ["day"]}]
)
def test_a_duration_table_lacking_a_list_drops_nothing(rules, table):
    edited = rules.edited("event_keys", duration_words=table)
    assert event_key(edited, "Pine-day Lake forum", "forum", "2031") == (
        "2031|forum|day forum lake pine"
    )
