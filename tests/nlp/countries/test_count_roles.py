"""Issue 12, round ccs54: what a country count counts. A country count's `subject` is the cue
words of its sentence as written and its `subject_key` a role of the closed vocabulary of
models/rules/country_roles.json (members, participants, partners, export markets, supporters,
venues, presence); both stay null where no cue stands right at the figure. The sentences are
invented (docs/subjects.md, "Country counts")."""

import json
from pathlib import Path

import pytest

import pipeline
from pipeline.nlp.rules import RuleError, installed_rules
from pipeline.nlp.subject.country_roles import country_role
from pipeline.schemas import load_schema, validator

RULES = installed_rules()
ROOT = Path(__file__).resolve().parents[3]


def role(sentence, figure, rules=RULES):
    """(subject, subject_key) that the rules give the count `figure` of `sentence`, or None."""
    start = sentence.index(figure)
    return country_role(rules, sentence, 0, len(sentence), start, start + len(figure))


def record(text, figure):
    """The country_count record of `figure` extracted from `text` (a page dated 2021-06-01)."""
    found = [
        f
        for f in pipeline.extract_facts(text, date="2021-06-01")
        if f["type"] == "country_count" and f["text"] == figure
    ]
    assert found, f"{figure!r} not extracted from {text!r}"
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "figure", "subject", "key"),
    [
        # members: the count's own phrase, an organisation that includes the countries
        (
            "Pine Union's seven member states met in Lakeland.",
            "seven member states",
            "member states",
            "members",
        ),
        (
            "The heads of the nine Pine Union member countries signed a letter.",
            "nine Pine Union member countries",
            "member countries",
            "members",
        ),
        (
            "The institute was set up by 14 founding countries in 1961.",
            "14 founding countries",
            "founding countries",
            "members",
        ),
        ("The Lake Bureau now includes 72 countries.", "72 countries", "now includes", "members"),
        ("The Pine Council comprises 11 states.", "11 states", "comprises", "members"),
        (
            "The sum of all 140 countries members of the Lake Office.",
            "140 countries",
            "countries members of",
            "members",
        ),
        # participants: people from the countries who take part, or the countries as agents
        (
            "Delegations from 12 countries came to Lakeland to take part in the fair.",
            "12 countries",
            "delegations from",
            "participants",
        ),
        (
            "Some 400 athletes from 31 countries will compete in Pinetown.",
            "31 countries",
            "athletes from",
            "participants",
        ),
        (
            "The Pine Forum was attended by representatives of 87 states.",
            "87 states",
            "representatives of",
            "participants",
        ),
        ("The fair was attended by 64 countries.", "64 countries", "attended by", "participants"),
        (
            "The heads of state and government of 17 countries gathered in Lakeland.",
            "17 countries",
            "heads of state and government of",
            "participants",
        ),
        (
            "The festival had 45 countries taking part.",
            "45 countries",
            "taking part",
            "participants",
        ),
        (
            "Over 30 countries were represented at the Pine Forum.",
            "Over 30 countries",
            "were represented",
            "participants",
        ),
        (
            "A naval drill involving six countries will be held off Lakeland.",
            "six countries",
            "involving",
            "participants",
        ),
        (
            "There were 900 participants from 54 countries.",
            "54 countries",
            "participants from",
            "participants",
        ),
        # partners
        (
            "Lakeland has signed cooperation agreements with 40 countries.",
            "40 countries",
            "agreements with",
            "partners",
        ),
        (
            "Our region cooperates with about 25 countries.",
            "about 25 countries",
            "cooperates with",
            "partners",
        ),
        (
            "Lakeland has trade relations with more than 90 countries.",
            "more than 90 countries",
            "relations with",
            "partners",
        ),
        # export markets
        (
            "Pine Motors sells its tractors to 33 countries.",
            "33 countries",
            "sells its tractors to",
            "export markets",
        ),
        (
            "Lakeland grain has been delivered to 18 countries this year.",
            "18 countries",
            "delivered to",
            "export markets",
        ),
        ("Our cheese is now sold in 12 countries.", "12 countries", "sold in", "export markets"),
        # supporters
        ("The Lake Charter was signed by 48 states.", "48 states", "signed by", "supporters"),
        (
            "Some 70 countries have already ratified the Pine Convention.",
            "Some 70 countries",
            "have already ratified",
            "supporters",
        ),
        ("The resolution was supported by 101 states.", "101 states", "supported by", "supporters"),
        (
            "In the end 88 countries voted for the Lakeland draft.",
            "88 countries",
            "voted for",
            "supporters",
        ),
        # venues
        ("The Pine Cup has been held in nine countries.", "nine countries", "held in", "venues"),
        (
            "Last year the Lake Walk took place in 30 countries.",
            "30 countries",
            "took place in",
            "venues",
        ),
        # presence
        ("Pine Bank is operating in 23 countries.", "23 countries", "operating in", "presence"),
        ("The foundation has offices in 16 countries.", "16 countries", "offices in", "presence"),
        ("We operate in eight countries.", "eight countries", "operate in", "presence"),
    ],
)
def test_a_role_is_given(sentence, figure, subject, key):
    assert role(sentence, figure) == (subject, key)


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        # a bare count, the parties of a meeting
        ("The three countries will discuss the Lakeland canal.", "three countries"),
        ("The leaders of the four countries met in Pinetown.", "four countries"),
        ("The leaders of the five countries signed a declaration.", "five countries"),
        ("Our three countries face the same problems.", "three countries"),
        # people from the countries who take part in nothing the sentence says
        ("Students from 40 countries study in Lakeland.", "40 countries"),
        ("Patients from 12 countries were treated in Pinetown.", "12 countries"),
        ("Representatives of 20 countries live in Lakeland.", "20 countries"),
        # "involved" is a project's word, not an event's
        ("Companies from nine countries are involved in the Pine pipeline.", "nine countries"),
        # verbs whose role is unclear
        ("The cup has been taken to 25 countries.", "25 countries"),
        ("A visa-free regime applies to 50 countries.", "50 countries"),
        ("There are 40 countries in Pineland.", "40 countries"),
        ("Lakeland borders on five countries.", "five countries"),
        ("Some 60 countries abstained.", "Some 60 countries"),
        ("Last year the Lake Council's activities included 30 countries.", "30 countries"),
        # a cue too far from the preposition, or cut off by another preposition
        ("Our firms work in the market in all three Lake countries.", "three Lake countries"),
        ("We exported grain, fish, timber and more to 30 countries.", "30 countries"),
        # the people of an organisation, not of an event
        ("The Pine Union brings together youth groups from 100 countries.", "100 countries"),
    ],
)
def test_no_role_is_given(sentence, figure):
    assert role(sentence, figure) is None


def test_the_nearest_cue_wins():
    # "offices" (presence) is farther from "in" than "sold" (export markets)
    sentence = "Pine Foods has offices selling in 20 countries."
    assert role(sentence, "20 countries") == ("selling in", "export markets")


def test_a_sentence_initial_capital_is_lowered():
    sentence = "Athletes from 20 countries will take part."
    assert role(sentence, "20 countries") == ("athletes from", "participants")


def test_the_record_has_the_role_and_no_scope():
    text = "Pine Motors sells its tractors to 33 countries. Delegations from 12 countries came."
    fact = record(text, "33 countries")
    assert (fact["subject"], fact["subject_key"], fact["scope"]) == (
        "sells its tractors to",
        "export markets",
        None,
    )
    assert validator("fact")(fact) is None


def test_a_bare_count_keeps_both_null():
    fact = record("The three countries will meet again in Lakeland.", "three countries")
    assert (fact["subject"], fact["subject_key"]) == (None, None)


def test_a_role_is_no_antecedent_for_the_next_sentence():
    # "It" after a country count takes no subject from the count's role
    text = "Pine Motors sells its tractors to 33 countries. It reached $5 billion last year."
    money = [f for f in pipeline.extract_facts(text, date="2021-06-01") if f["type"] == "money"]
    assert money and money[0]["subject"] is None


def test_the_schema_lists_exactly_the_rule_files_roles():
    roles = json.loads((ROOT / "models/rules/country_roles.json").read_text())["roles"]
    clauses = [
        rule["then"]["properties"]["subject_key"]["enum"]
        for rule in load_schema("fact")["allOf"]
        if rule["if"]["properties"].get("type", {}).get("const") == "country_count"
        and "subject_key" in rule["then"]["properties"]
    ]
    assert len(clauses) == 1
    assert set(clauses[0]) == {*roles, None}


def test_the_schema_refuses_another_key_on_a_country_count():
    fact = record("Our region cooperates with about 25 countries.", "about 25 countries")
    assert validator("fact")(fact) is None
    problem = validator("fact")({**fact, "subject_key": "trade"})
    assert problem is not None and "country_roles.json" in problem


def test_a_cue_naming_an_unknown_role_is_refused():
    rules = RULES.edited("country_roles", after_cues={"buyers": ["bought"]})
    with pytest.raises(RuleError, match="buyers"):
        role("Some 20 countries bought it.", "Some 20 countries", rules)
