"""Issue 16ad: a requirement, a bare rate or budget, a tax's rate, a period and a bare
turnover in the key (invented sentences).

"Keeping up will require $5 billion in private investment" states what is needed, not a
level; "the growth rate will be 3 percent" and "the consolidated budget grew by 12
percent" name no measure of their own; "an income tax of 13 percent" is the tax's rate;
"real wages in March-May" are the real wage series; "bilateral turnover" is trade."""

import pytest
from conftest import figure_record, subject_of

import pipeline
from pipeline.nlp.measures import subject_key
from pipeline.nlp.rules import installed_rules
from pipeline.speech import Speech

# the phrase the subject finder gives, without the record-level refusal of issue 16v
pytestmark = pytest.mark.usefixtures("without_unscoped_single_key_refusal")


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        # a requirement: no subject
        (
            "The upgrade of the mills will require about $5 billion in private investment.",
            "about $5 billion",
            None,
        ),
        (
            "Staying in the market requires research spending of 12 percent of sales.",
            "12 percent",
            None,
        ),
        ("The required grain reserves are 3 million rubles.", "3 million rubles", None),
        # near-misses: no requirement in the clause, or one before a stop
        (
            "The upgrade of the mills attracted about $5 billion in private investment.",
            "about $5 billion",
            "private investment",
        ),
        (
            "The rules required new filters; grain exports grew by 7 percent.",
            "7 percent",
            "grain exports",
        ),
    ],
)
def test_a_requirement_is_no_level(text, figure, subject):
    assert subject_of(text, figure) == subject


@pytest.mark.parametrize(
    ("text", "figure", "key"),
    [
        # a bare growth rate: no subject
        ("The growth rate will be 3 percent this year.", "3 percent", None),
        ("Overall growth rates were 2.5 percent.", "2.5 percent", None),
        # a budget with no measure, as a percentage: no subject
        ("The consolidated budget grew by 12.5 percent last year.", "12.5 percent", None),
        ("The regional budget rose by 9 percent.", "9 percent", None),
        # near-misses: a measure after the head, money, a whole
        ("Budget revenue grew by 12.5 percent last year.", "12.5 percent", "budget revenue"),
        (
            "The consolidated budget amounts to 9 trillion rubles.",
            "9 trillion rubles",
            "consolidated budget",
        ),
        ("The GDP growth rate was 3 percent last year.", "3 percent", "gdp growth"),
        # a tax's level is its rate; a change of the tax is its revenue
        ("People here pay an income tax of 13 percent.", "13 percent", "income tax rate"),
        ("Our income tax is 13 percent.", "13 percent", "income tax rate"),
        ("Income tax receipts grew by 8 percent.", "8 percent", "income tax receipt"),
        ("Income tax grew by 8.5 percent last year.", "8.5 percent", "income tax"),
        # a period after the measure leaves the key
        ("Real wages in March-May grew by 2.5 percent.", "2.5 percent", "real wages"),
        ("Grain exports for April-June rose by 4 percent.", "4 percent", "grain exports"),
        # a bare turnover is trade
        ("Our bilateral turnover reached $5 billion last year.", "$5 billion", "trade"),
    ],
)
def test_keys_of_levels(text, figure, key):
    assert figure_record(text, figure)["subject_key"] == key


@pytest.mark.parametrize(
    ("subject", "key"),
    [
        ("real wages in January-March", "real wages"),
        ("GDP growth for July-September", "gdp growth"),
        ("grain exports in May", "grain exports"),
        # a month with no preposition before it stays
        ("May Day spending", "may day spending"),
        ("bilateral turnover", "trade"),
        ("mutual turnover", "trade"),
        # a bare turnover (whose?) is not made trade
        ("our turnover", "turnover"),
        ("retail turnover", "retail turnover"),
    ],
)
def test_period_and_turnover_keys(subject, key):
    assert subject_key(installed_rules(), subject) == key


def _facts_on_a_page(text):
    speech = Speech(
        doc_id="t", source="test", paragraphs=[text], title="Talks with President of Peru"
    )
    speech.date = "2021-06-01"
    return {f["text"]: f for f in pipeline.extract_facts(speech)}


def test_a_region_named_wins_over_the_counterpart():
    """On a page about one country, "our total turnover with Europe" is trade with Europe;
    "our trade" alone is the counterpart's."""
    found = _facts_on_a_page("Our total turnover with Europe reached $400 billion last year.")
    assert (found["$400 billion"]["subject_key"], found["$400 billion"]["scope"]) == (
        "trade",
        "Europe",
    )
    found = _facts_on_a_page("Our trade grew by 9 percent last year.")
    assert found["9 percent"]["scope"] == "PE"
