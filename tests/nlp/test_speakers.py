"""Speakers of figures in narrative text: quotations and reported speech (texts written for these
tests; the seed file of ../shared when it is there)."""

import json
from pathlib import Path

import pytest

from pipeline.nlp.rules import installed_rules
from pipeline.nlp.speakers import quote_speaker
from pipeline.runner import run

RULES = installed_rules()  # the installed rule files, passed to the scanners


def speaker(text, figure):
    start = text.index(figure)
    return quote_speaker(RULES, text, start, start + len(figure))


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


NARRATIVE = (
    "President Ivan Petrov held a meeting of the Export Commission.\n\n"
    "Petrov confirmed that the results of 2019 were positive:\n\n"
    "“We delivered equipment worth over $15 billion. Our partners include about 90 "
    "countries.”\n\n"
    "He added that new contracts were signed. Contracts worth about $1 billion went to Africa."
    "\n\n"
    "The exhibition will open in May, with 300 companies.\n\n"
    "Minister Anna Berg noted that exports to Asia grew by 7 percent."
)


@pytest.mark.parametrize(
    ("figure", "expected"),
    [
        ("$15 billion", "Ivan Petrov"),  # a quotation after "... confirmed that ...:"
        ("about 90", "Ivan Petrov"),
        ("about $1 billion", "Ivan Petrov"),  # reported speech: "He added that ..."
        ("300 companies", None),  # narrative, no attribution in its paragraph
        ("7 percent", "Anna Berg"),  # "Minister Anna Berg noted that ..."
    ],
)
def test_narrative_attributions(figure, expected):
    assert speaker(NARRATIVE, figure) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a colon paragraph with no attribution does not attribute the quotation
        ("The results were positive:\n\n“Exports reached $15 billion.”", None),
        # "he" with nobody named before it is nobody
        ("He said that exports reached $15 billion.", None),
        # a figure before the reporting clause is not reported speech
        ("Exports reached $15 billion, and Petrov said that this was good.", None),
        ("As a result, Ivan Petrov stated that exports reached $15 billion.", "Ivan Petrov"),
    ],
)
def test_what_is_not_attributed(text, expected):
    assert speaker(text, "$15 billion") == expected


def test_the_seed_file_figures_are_putins(tmp_path):
    seed = Path(__file__).resolve().parents[2].parent / "shared" / "seed"
    seed = seed / "putin-mtc-commission.txt"
    if not seed.exists():
        pytest.skip(f"the seed file is absent ({seed}); it lives in ../shared beside the repo")
    facts = tmp_path / "facts.jsonl"
    run([str(seed)], str(facts), errors_out=str(tmp_path / "errors.jsonl"))
    figures = [
        json.loads(line)
        for line in facts.read_text().splitlines()
        if json.loads(line)["type"] in ("money", "percentage", "country_count")
    ]
    assert len(figures) == 5
    assert {(f["speaker"], f["speaker_source"]) for f in figures} == {("Vladimir Putin", "quote")}
