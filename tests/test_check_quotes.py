"""scripts/check_quotes.py: runs of words the project's files share with the archive's pages."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import load_script

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def check_quotes():
    return load_script("check_quotes")


PAGE = "The harbour fair drew 4,500 visitors from nine towns, and the organisers plan another."


@pytest.mark.parametrize(
    ("text", "n", "expected"),
    [
        (
            "Our note: the harbour fair drew 4,500 visitors from nine towns.",
            5,
            [(1, "the harbour fair drew 4 500 visitors from nine towns")],
        ),
        (
            "line one\nThe Harbour Fair drew 4,500 visitors!",
            5,
            [(2, "the harbour fair drew 4 500 visitors")],
        ),
        ("the harbour fair drew 4,500 people", 5, [(1, "the harbour fair drew 4 500")]),
        ("the harbour fair drew 4,500 people", 7, []),
        ("A fair in the harbour drew visitors.", 3, []),
        (
            "drew 4,500 visitors; later: from nine towns, and the organisers",
            4,
            [(1, "drew 4 500 visitors"), (1, "from nine towns and the organisers")],
        ),
    ],
)
def test_shared_runs(check_quotes, text, n, expected):
    grams = check_quotes.archive_ngrams([PAGE], n)
    assert check_quotes.shared_runs(text, grams, n) == expected


def test_tracked_files_leave_out_judgements(check_quotes):
    files = check_quotes.tracked_text_files(ROOT)
    assert "README.md" in files
    assert not [f for f in files if f.startswith("docs/judgements/")]


def test_no_tracked_file_shares_a_run_of_eight_words_with_the_archive(
    check_quotes, archive_records
):
    """The project holds only text we write: no example, note, docstring, test sentence or doc
    repeats eight words in a row of an archive page (`python scripts/check_quotes.py DOCS` lists
    them)."""
    _, docs = archive_records
    grams = check_quotes.archive_ngrams(check_quotes.archive_texts(str(docs)), 8)
    found = {
        name: runs
        for name in check_quotes.tracked_text_files(ROOT)
        if (runs := check_quotes.shared_runs((ROOT / name).read_text(encoding="utf-8"), grams, 8))
    }
    assert found == {}
