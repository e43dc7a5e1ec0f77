"""A title line and a date line written on consecutive lines at the head of a text that has blank
lines elsewhere are still the title and the date (README, "The head of a text"), as they are in a
text without blank lines. Found in round readme47: the two lines were joined into one paragraph,
which became the title ("Harbour talks March 22, 2013") and left the date empty."""

import pytest

from pipeline.ingest.plaintext import parse_plaintext

BODY = "Ivan Petrov: Trade with Pineland grew by 4 percent last year."


@pytest.mark.parametrize(
    ("head", "title", "date"),
    [
        ("Harbour talks in Lakeland\nMarch 22, 2013", "Harbour talks in Lakeland", "2013-03-22"),
        (
            "Harbour talks in Lakeland\n22 March 2013, 13:00",
            "Harbour talks in Lakeland",
            "2013-03-22",
        ),
        ("March 22, 2013\nHarbour talks in Lakeland", "Harbour talks in Lakeland", "2013-03-22"),
        ("Lakeland, March 22, 2013", None, "2013-03-22"),
    ],
)
def test_title_and_date_lines_without_a_blank_line_between(head, title, date):
    speech = parse_plaintext(f"{head}\n\n{BODY}\n\nAnna Berg: Thank you.", "h.txt", "h")
    assert (speech.title, speech.date) == (title, date)
    assert speech.paragraphs[0] == BODY


@pytest.mark.parametrize(
    "first",
    [
        "The talks in Lakeland went on\nfor two days, and trade grew by 4 percent.",  # wrapped text
        "Harbour talks in Lakeland\nopened with a speech by the mayor.",  # a title-like first line
    ],
)
def test_a_wrapped_first_paragraph_without_a_date_line_stays_whole(first):
    speech = parse_plaintext(f"{first}\n\nExports reached $5 billion.", "w.txt", "w")
    assert speech.date is None
    assert speech.paragraphs[0] == " ".join(first.split())
