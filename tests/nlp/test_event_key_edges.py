"""Event keys on hostile or malformed input (round review55): a date the record schema refuses
gets no key (it made "2019-13|summit|..." and read "20190" as 2019), and a name of thousands of
words is keyed in linear time (each word used to read the name to its end: quadratic). The
names are invented."""

import itertools
import re

import pytest
from conftest import assert_linear

from pipeline.nlp.event_keys import event_key
from pipeline.nlp.rules import installed_rules
from pipeline.schemas import load_schema

RULES = installed_rules()


@pytest.mark.parametrize(
    ("name", "kind", "date", "key"),
    [
        # valid dates, for contrast
        ("Russia-Mongolia summit", "summit", "2031-04-02", "2031-04|summit|@mn @ru"),
        ("Russia-Mongolia summit", "summit", "2031-04", "2031-04|summit|@mn @ru"),
        ("Pine Forum", "forum", "2031", "2031|forum|forum pine"),
        ("Pine Forum", "forum", "2031-12-31", "2031|forum|forum pine"),
        # dates the schema refuses: no key
        ("Russia-Mongolia summit", "summit", "2031-13", None),
        ("Russia-Mongolia summit", "summit", "2031-00-10", None),
        ("Russia-Mongolia summit", "summit", "2031-4", None),
        ("Pine Forum", "forum", "20310", None),
        ("Pine Forum", "forum", "2031-13-01", None),
        ("Pine Forum", "forum", "2031-02-32", None),
        ("Pine Forum", "forum", "31", None),
        ("Pine Forum", "forum", "", None),
        ("Pine Forum", "forum", None, None),
        # a war's key has no date in it: its date is not read
        ("Great Patriotic War", "war", "1941-13", "-|war|great patriotic war"),
    ],
)
def test_dates_the_schema_refuses_give_no_key(name, kind, date, key):
    assert event_key(RULES, name, kind, date) == key


def test_a_key_always_matches_the_schema():
    pattern = load_schema("fact")["properties"]["event_key"]["pattern"]
    for month in ("00", "13", "1", "99"):
        assert not re.match(pattern, f"2031-{month}|summit|@mn @ru")
    assert re.match(pattern, "2031-04|summit|@mn @ru")
    assert re.match(pattern, "-|war|great patriotic war")


@pytest.mark.parametrize(
    "word",
    [
        "Lakeland",  # no full name of the acronym tables starts with it
        "Shanghai",  # the first word of a full name the tables know: read ahead from each
        "Russia",  # a country: its end looked up from each word
        "1941",  # a year `war_years` drops before a war's name: a regex read the run of
        # such years to its end from each of them (quadratic, round review56)
        "St Lucia",  # a short spelling read in full for the country finder: each place's
        # offsets were moved back by a scan of every spelling before it (quadratic, review58)
    ],
)
def test_a_name_of_many_words_is_keyed_in_linear_time(word):
    # the time grows with the work, not the wall clock: a name twice as long must cost well
    # under four times as much (conftest.assert_linear; quadratic work gives about 4)
    years = itertools.count(2100)  # a new year each call: keys are cached by name and date
    assert_linear(
        lambda n: " ".join([word] * n) + " Forum",
        lambda name: event_key(RULES, name, "forum", str(next(years))),
        n=2_000,
    )
    key = event_key(RULES, " ".join([word] * 2_000) + " Forum", "forum", "2031")
    assert key is None or key.startswith("2031|forum|")


@pytest.mark.parametrize(
    ("name", "key"),
    [
        # a letter outside A-Z is part of its word: "Élan" was "lan", lower case, so the name
        # had no naming word; "Genève" was "gen ve", so its place tail was not one
        ("Élan Forum", "2031|forum|forum élan"),
        ("Forum of Élan", "2031|forum|forum élan"),
        ("Pine Forum in Genève", "2031|forum|forum pine"),
        ("Pine Forum in Lakeville", "2031|forum|forum pine"),
        ("Sommet de Genève", "2031|forum|de genève sommet"),
    ],
)
def test_letters_of_any_script_are_word_letters(name, key):
    assert event_key(RULES, name, "forum", "2031") == key
