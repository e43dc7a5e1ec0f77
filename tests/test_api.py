"""The Python API for notebooks: `pipeline` (and its alias `speechfacts`): extract_facts's date
check and speaker labels, `dir()` showing the API only, `load_pipeline`'s doc.spans["facts"]."""

from __future__ import annotations

import datetime
import subprocess
import sys

import pytest

import pipeline

TURNS = (
    "Anna Example: Our exports grew by 3.5 percent last year.\n\n"
    "Boris Sample: The fund received $5 billion."
)


@pytest.mark.parametrize("date", ["March 22, 2013", "2013-02-30", "22.03.2013", "2013", 20130322])
def test_a_date_that_is_not_iso_is_refused(date):
    with pytest.raises(ValueError, match="ISO date, YYYY-MM-DD"):
        pipeline.extract_facts("Exports grew by 3.5 percent last year.", date=date)


@pytest.mark.parametrize("date", ["2019-03-14", datetime.date(2019, 3, 14)])
def test_an_iso_date_or_a_date_object_anchors_last_year(date):
    (fact,) = pipeline.extract_facts("Exports grew by 3.5 percent last year.", date=date)
    assert (fact["doc_date"], fact["period"]) == ("2019-03-14", 2018)


def test_speakers_true_reads_name_labels_into_turns():
    facts = pipeline.extract_facts(TURNS, date="2019-03-14", speakers=True)
    assert [(f["type"], f["speaker"], f["speaker_source"]) for f in facts] == [
        ("percentage", "Anna Example", "turn"),
        ("money", "Boris Sample", "turn"),
    ]


def test_without_speakers_the_text_has_no_turns_and_offsets_refer_to_it():
    facts = pipeline.extract_facts(TURNS, date="2019-03-14")
    assert {f["speaker"] for f in facts} == {None}
    assert all(TURNS[f["start"] : f["end"]] == f["text"] for f in facts)


def test_load_pipeline_puts_facts_in_doc_spans():
    from pipeline.nlp import prepare_doc
    from pipeline.speech import Speech

    nlp = pipeline.load_pipeline("money")
    speech = Speech(doc_id="d", source="<test>", paragraphs=["They spent $5 billion."])
    doc = nlp(prepare_doc(nlp, speech))
    assert [span.text for span in doc.spans["facts"]] == ["$5 billion"]


@pytest.mark.parametrize("module", ["pipeline", "speechfacts"])
def test_dir_shows_the_api_only(module):
    # a fresh interpreter, after submodules were imported (they become attributes)
    code = f"import {module}, pipeline.runner, pipeline.load; print(sorted(dir({module})))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == str(sorted(pipeline.__all__))


def test_speechfacts_is_an_alias_of_the_api():
    import speechfacts

    assert speechfacts.extract_facts is pipeline.extract_facts
    assert speechfacts.load_pipeline is pipeline.load_pipeline
    assert speechfacts.__version__ == pipeline.__version__
