"""Issue 16ah: a forecast of one body's own amount (invented sentences and places).

"Funding for the Lakeland clinic scheme will amount to 40 million rubles" is one scheme's
projected money; "the net profit of the venture will be $2 billion" one firm's; "the cut-off
price would be $48" a price agreed for a deal. A forecast of a national measure ("inflation will
be 3.5 percent", "trade will reach $90 billion") and a change ("pensions will be increased by 3
percent") keep their subjects."""

import pytest
from conftest import subject_of

# the phrase the subject finder gives, without the record-level refusal of issue 16v
pytestmark = pytest.mark.usefixtures("without_unscoped_single_key_refusal")


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        # a forecast phrase right after the subject, then only a level link, a key of no
        # series measure and no national word: one body's projected amount (each kept by main
        # before issue 16ah)
        (
            "Funding for the Lakeland clinic scheme will amount to 40 million rubles.",
            "40 million rubles",
            None,
        ),
        ("Then the net profit of the venture will be $2 billion.", "$2 billion", None),
        ("Last autumn we settled that the cut-off price would be $48.", "$48", None),
        (
            "Added orders for Pinevale turbines are expected to reach 70 billion rubles.",
            "70 billion rubles",
            None,
        ),
        ("The readiness of the Pine Ridge dam will reach 65 percent.", "65 percent", None),
        # rows of tests/nlp/subject/test_subject.py that were near-misses of other rules
        # (their wording changed there to the past tense or a national word)
        ("The cost of the bridge will be 30 billion rubles.", "30 billion rubles", None),
        ("Investment in rural schools will be $4 billion.", "$4 billion", None),
        # near-misses: a series measure, a national word, a change, a past level, other words
        # between the subject and the figure
        ("Inflation will be 3.5 percent.", "3.5 percent", "inflation"),
        # a word of `forecast_kept_words`: a national level of what people get
        ("The average pension will reach 20,000 rubles.", "20,000 rubles", "average pension"),
        (
            "The top pension for working veterans will be 9,100 rubles.",
            "9,100 rubles",
            "top pension for working veterans",
        ),
        ("Trade with Chile will reach $90 billion.", "$90 billion", "trade with Chile"),
        (
            "Total spending on schools nationwide will be 3.9 percent of GDP.",
            "3.9 percent",
            "total spending on schools nationwide",
        ),
        (
            "Pensions for retired teachers will be increased by 3 percent.",
            "3 percent",
            "pensions for retired teachers",
        ),
        (
            "The net profit of the venture was $2 billion.",
            "$2 billion",
            "net profit of the venture",
        ),
        (
            "Exports of Pinevale timber will grow to $6 billion.",
            "$6 billion",
            "exports of Pinevale timber",
        ),
    ],
)
def test_a_forecast_of_an_own_amount(text, figure, subject):
    assert subject_of(text, figure) == subject


def test_the_rule_is_what_refuses(monkeypatch):
    """With the check switched off, the sentence keeps its subject."""
    from pipeline.nlp import subject as module

    monkeypatch.setattr(module._Finder, "forecast_of_an_own_amount", lambda self, found: False)
    text = "Then the net profit of the venture will be $2 billion."
    assert subject_of(text, "$2 billion") == "net profit of the venture"


def test_a_forecast_against_gdp_is_kept():
    """A forecast given as a share of GDP is the state's measure, as in rule 16r."""
    text = "Outlays on roads will reach 2 percent of Lakeland's GDP."
    assert subject_of(text, "2 percent") == "outlays on roads"
