"""Issue 12, round cb: qualifier words right before an amount (qualifiers.json): "approaching",
"nearing" and "near" are approx, "topped" more_than, "within" at_most. The sentences are
invented (docs/accuracy.md, issue 12 round cb)."""

import pytest
from conftest import qualified_figures as facts


@pytest.mark.parametrize(
    ("text", "surface", "qualifier"),
    [
        (
            "Trade with the islands is approaching $7 billion.",
            "approaching $7 billion",
            "approx",
        ),
        (
            "The reservoir is almost approaching 90 percent.",
            "almost approaching 90 percent",
            "approx",
        ),
        ("Orders are nearing 3 billion rubles.", "nearing 3 billion rubles", "approx"),
        ("The rise was 20 percent, or near 25 percent.", "near 25 percent", "approx"),
        ("Last season ticket sales topped $12 million.", "topped $12 million", "more_than"),
        ("We must hold inflation within 4 percent.", "within 4 percent", "at_most"),
        # the same words in other senses leave the amount exact
        ("A depot near the harbour cost $9 million.", "$9 million", "exact"),
        ("Within the programme, 6 billion rubles went to schools.", "6 billion rubles", "exact"),
        (
            "Approaching the deadline, the city paid 2 billion rubles.",
            "2 billion rubles",
            "exact",
        ),
        ("The team topped the table and earned $3 million.", "$3 million", "exact"),
    ],
)
def test_qualifier_words_before_an_amount(text, surface, qualifier):
    assert (surface, qualifier) in facts(text)
