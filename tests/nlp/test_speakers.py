"""Speakers of figures inside quotations in narrative text."""

import pytest

from pipeline.nlp.speakers import quote_speaker


def speaker(text, figure):
    start = text.index(figure)
    return quote_speaker(text, start, start + len(figure))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“Exports reached $15 billion,” said President Ivan Petrov.", "Ivan Petrov"),
        ("“Exports reached $15 billion.” Petrov added.", "Petrov"),
        ('Mr Petrov said: "Exports reached $15 billion."', "Petrov"),
        ("“Exports reached $15 billion,” Ivan Petrov stressed.", "Ivan Petrov"),
        ("Exports reached $15 billion, said Petrov.", None),  # not a quotation
        ("“We met.” Exports reached $15 billion, said Petrov.", None),  # after the quote ended
        ("“Exports reached $15 billion,” he said.", None),  # a pronoun is not a name
    ],
)
def test_quote_speaker(text, expected):
    assert speaker(text, "$15 billion") == expected
