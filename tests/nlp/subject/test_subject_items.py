"""Issue 16ag: one item's amount, money set aside for a purpose, a sector or group named
before, what is needed, and a party's bare contribution, arrears or reserves (invented
sentences and places).

"Farm loans of 400,000 rubles" is the size of one loan; "federal budget funds worth 2 billion
rubles" is one programme's money; "the average wage in the sector" drops which sector; "we
need $4 billion of private investment" is a need, not a level; "Chile's contribution" to
what?"""

import pytest
from conftest import subject_of

import pipeline
from pipeline.nlp.scope import owned_single_key
from pipeline.speech import Speech

# the phrase the subject finder gives, without the record-level refusal of issue 16v
pytestmark = pytest.mark.usefixtures("without_unscoped_single_key_refusal")


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        # "of" and a money figure right after a head of `item_amount_heads`: one item's size
        # (each kept by main before issue 16ag)
        (
            "They offer holidays on these amounts: consumer loans of 400,000 rubles; "
            "auto loans of 700,000 rubles.",
            "700,000 rubles",
            None,
        ),
        ("Everyone has already received a cash aid of 15,000 rubles.", "15,000 rubles", None),
        ("Now we get a child allowance of 6,100 rubles.", "6,100 rubles", None),
        # near-misses: a head not listed, the figure not right after "of", a percentage
        ("We have a trade surplus of $12 billion.", "$12 billion", "trade surplus"),
        ("A minimum wage of 14,200 rubles is too little.", "14,200 rubles", "minimum wage"),
        ("Farm loans grew to 400 billion rubles.", "400 billion rubles", "farm loans"),
        ("Farm loans rose by 12 percent.", "12 percent", "farm loans"),
    ],
)
def test_the_amount_of_one_item(text, figure, subject):
    assert subject_of(text, figure) == subject


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        # a lowercase head of `fund_heads_refused` with a money figure: money for a purpose
        (
            "We have 3.1 billion rubles of federal budget funds earmarked for the bridge.",
            "3.1 billion rubles",
            None,
        ),
        (
            "Additional budgetary funds worth 700 million rubles were approved.",
            "700 million rubles",
            None,
        ),
        (
            "Federal allocations for the census amount to 4.2 billion rubles.",
            "4.2 billion rubles",
            None,
        ),
        # near-misses: a named fund, a percentage, a head not listed
        (
            "The Northern Reserve Fund reached 3.4 trillion rubles.",
            "3.4 trillion rubles",
            "Northern Reserve Fund",
        ),
        (
            "Federal budget spending reached 21 trillion rubles.",
            "21 trillion rubles",
            "federal budget spending",
        ),
    ],
)
def test_funds_set_aside_for_a_purpose(text, figure, subject):
    assert subject_of(text, figure) == subject


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        # a sector, industry or group named before (`unnamed_part_heads`), or a unit after
        # "from" or a third person's possessive (`unnamed_unit_determiners`)
        ("The average wage in the sector is 52,000 rubles.", "52,000 rubles", None),
        ("The average growth rate in the group amounted to 5%.", "5%", None),
        ("He said the export earnings of his industry would reach $4 billion.", "$4 billion", None),
        ("Overall loans from the fund have reached 90 billion rubles.", "90 billion rubles", None),
        # near-misses: a named sector, "our" (the home country's), a region
        (
            "The average wage in the timber sector is 52,000 rubles.",
            "52,000 rubles",
            "average wage in the timber sector",
        ),
        (
            "The export earnings of our industry reached $4 billion.",
            "$4 billion",
            "export earnings of our industry",
        ),
    ],
)
def test_a_sector_or_group_named_before(text, figure, subject):
    assert subject_of(text, figure) == subject


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        # "we need", "will need" in the clause before the figure: a need, not a level
        ("To build the port, we need $4 billion of private investment.", "$4 billion", None),
        (
            "The upgrade will need 60 billion rubles in private investment.",
            "60 billion rubles",
            None,
        ),
        # near-miss: the need in another clause
        (
            "We need new ports; private investment reached $4 billion.",
            "$4 billion",
            "private investment",
        ),
    ],
)
def test_what_is_needed(text, figure, subject):
    assert subject_of(text, figure) == subject


@pytest.mark.parametrize(
    ("method", "text", "figure", "subject"),
    [
        (
            "amount_of_one_item",
            "Now we get a child allowance of 6,100 rubles.",
            "6,100 rubles",
            "child allowance",
        ),
        (
            "funds_of_a_purpose",
            "Additional budgetary funds worth 700 million rubles were approved.",
            "700 million rubles",
            "additional budgetary funds",
        ),
        (
            "ends_in_an_unnamed_unit",
            "The average wage in the sector is 52,000 rubles.",
            "52,000 rubles",
            "average wage in the sector",
        ),
    ],
)
def test_each_rule_is_what_refuses(monkeypatch, method, text, figure, subject):
    """With the rule's check switched off, the sentence keeps its subject."""
    from pipeline.nlp import subject as module

    monkeypatch.setattr(module._Finder, method, lambda self: False)
    assert subject_of(text, figure) == subject


def _facts(text):
    speech = Speech(doc_id="t", source="test", paragraphs=[text])
    speech.date = "2021-06-01"
    return {f["text"]: f for f in pipeline.extract_facts(speech) if f["type"] != "event"}


@pytest.mark.parametrize(
    ("text", "figure", "subject", "scope"),
    [
        # a one-word key of `scoped_single_keys_refused`: refused even with a scope
        (
            "Chile's contribution is likely to be about $30 million.",
            "about $30 million",
            None,
            None,
        ),
        ("Chilean arrears stand at 2.1 billion rubles.", "2.1 billion rubles", None, None),
        ("Chile's reserves are equal to 412 billion rubles.", "412 billion rubles", None, None),
        # near-misses: a modifier that says which, another one-word key with a scope
        (
            "Chile's international reserves reached $90 billion.",
            "$90 billion",
            "Chile's international reserves",
            "CL",
        ),
        ("Trade with Chile grew to $6 billion.", "$6 billion", "trade with Chile", "CL"),
    ],
)
def test_a_partys_bare_amount_with_a_scope(text, figure, subject, scope):
    fact = _facts(text)[figure]
    assert (fact["subject"], fact["scope"]) == (subject, scope)


@pytest.mark.parametrize(
    ("key", "refused"),
    [
        ("contribution", True),
        ("total contribution", True),  # "total" names no kind
        ("arrears", True),
        ("reserve", True),
        ("international reserve", False),
        ("budget arrears", False),
        ("trade", False),
        (None, False),
    ],
)
def test_owned_single_key(key, refused):
    from pipeline.nlp.rules import installed_rules

    assert owned_single_key(installed_rules(), key) is refused
