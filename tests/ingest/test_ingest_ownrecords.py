"""Records speechfacts wrote itself are recognised (pipeline.ingest.ownrecords) and never read as
speeches, whatever the file they are in."""

import json

import pytest

import pipeline
from pipeline.ingest import load_source
from pipeline.ingest.jsonrecords import parse_json_records
from pipeline.ingest.ownrecords import RECORD_KEYS, own_record_kind
from pipeline.ingest.parts import first_record_own
from pipeline.records import FACT_FIELDS, document_record
from pipeline.runner import error_record
from pipeline.speech import Skipped, Speech

TEXT = "Ivan Petrov: Exports grew by 4.5 percent, to over $12 billion."


@pytest.fixture(scope="module")
def own_records() -> dict[str, dict]:
    speech = Speech(doc_id="d1", source="d1.txt", paragraphs=[TEXT])
    facts = pipeline.extract_facts(speech)
    return {
        "fact": facts[0],
        "document": document_record(speech, facts),
        "error": error_record("x.html", "binary", "file is a PNG image, not text"),
    }


def test_the_recognised_keys_are_those_the_records_have(own_records):
    assert RECORD_KEYS["fact"] <= set(FACT_FIELDS)
    for kind, record in own_records.items():
        assert RECORD_KEYS[kind] <= record.keys()


@pytest.mark.parametrize("kind", ["fact", "document", "error"])
def test_records_speechfacts_writes_are_recognised(own_records, kind):
    assert own_record_kind(own_records[kind]) == kind
    # a later version that adds a field is still ours
    assert own_record_kind(own_records[kind] | {"schema_version": "2.0", "new": 1}) == kind


@pytest.mark.parametrize(
    "record",
    [
        {"id": "1", "text": TEXT},
        {"id": "1", "title": "A speech", "date": "2019-03-14", "text": TEXT, "source": "tass"},
        # a user's record with some of our keys but no schema_version
        {"doc_id": "1", "source": "x", "kind": "speech", "reason": "none", "text": TEXT},
        {"schema_version": 1, "source": "x", "doc_id": None, "kind": "k", "reason": "r"},
        [1, 2],
        "text",
    ],
)
def test_speeches_are_not_mistaken_for_our_records(record):
    assert own_record_kind(record) is None


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
@pytest.mark.parametrize("kind", ["fact", "document", "error"])
def test_a_file_of_our_records_is_one_own_output_skip(own_records, fmt, kind):
    lines = [json.dumps(own_records[kind])] * 3
    text = "\n".join(lines) + "\n"  # JSON lines, also when saved under a .json name
    (skip,) = parse_json_records(text, "out.jsonl", fmt)
    assert isinstance(skip, Skipped) and skip.kind == "own_output" and kind in skip.reason
    if fmt == "json":
        listed = json.dumps([own_records[kind]] * 2)
        (skip,) = parse_json_records(listed, "out.json", "json")
        assert skip.kind == "own_output"


def test_only_the_first_record_decides(own_records):
    text = "\n".join([json.dumps({"id": "1", "text": TEXT}), json.dumps(own_records["fact"])])
    items = parse_json_records(text, "mixed.jsonl", "jsonl")
    assert [type(i).__name__ for i in items] == ["Speech", "Speech"]


def test_a_large_file_of_our_records_is_recognised_before_it_is_cut(tmp_path, own_records):
    path = tmp_path / "facts.jsonl"
    path.write_text("\n" + json.dumps(own_records["fact"]) + "\n", encoding="utf-8")
    assert first_record_own(str(path), 10_000) == "fact"
    path.write_text(json.dumps({"id": "1", "text": TEXT}) + "\n", encoding="utf-8")
    assert first_record_own(str(path), 10_000) is None


def test_our_records_through_load_source(tmp_path, own_records):
    path = tmp_path / "run1.docs.jsonl"
    path.write_text(json.dumps(own_records["document"]) + "\n", encoding="utf-8")
    (skip,) = load_source(str(path))
    assert isinstance(skip, Skipped) and skip.kind == "own_output"
