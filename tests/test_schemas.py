"""The JSON Schemas of fact and document records (pipeline/schema/*.json) and pipeline.schemas.

Every record that `extract` writes for the sample corpus and for a slice of the shared archive
must match them (checked with the `jsonschema` package), and our own fast checker, which `load`
uses, must agree with `jsonschema` on valid and invalid records alike.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from pipeline import schemas
from pipeline.records import FACT_FIELDS, SCHEMA_VERSION, document_record
from pipeline.runner import run
from pipeline.speech import Speech

ARCHIVE_SLICE = 200  # files of the shared archive whose output is checked

FACT = {
    "schema_version": SCHEMA_VERSION,
    "fact_id": "0123456789abcdef",
    "doc_id": "70001",
    "doc_date": "2019-03-14",
    "type": "money",
    "text": "over $15 billion",
    "start": 10,
    "end": 26,
    "sentence": "Exports reached over $15 billion.",
    "speaker": "Ivan Petrov",
    "speaker_source": "turn",
    "value": 15000000000,
    "high": None,
    "unit": "USD",
    "qualifier": "more_than",
    "change": None,
    "period": 2018,
    "outlook": None,  # schema 1.5
    "per": None,
    "subject": None,
    "subject_key": None,
    "scope": None,
    "event": None,
    "name": None,
    "kind": None,
    "date": None,
    "event_key": None,
}
PERCENTAGE = FACT | {
    "type": "percentage",
    "text": "3.5 percent",
    "value": 3.5,
    "unit": "percent",
    "qualifier": "exact",
    "change": "increase",
}
COUNTRIES = FACT | {
    "type": "country_count",
    "text": "about 100 countries",
    "value": 100,
    "unit": "country",
    "qualifier": "approx",
}
EVENT = FACT | {
    "type": "event",
    "text": "Eastern Economic Forum",
    "value": None,
    "unit": None,
    "qualifier": None,
    "period": None,
    "name": "Eastern Economic Forum",
    "kind": "forum",
    "date": "2019-09",
    "event_key": "2019|forum|eef",
    "speaker": None,
    "speaker_source": None,
}
DOCUMENT = {
    "schema_version": SCHEMA_VERSION,
    "doc_id": "70001",
    "title": "Meeting",
    "date": "2019-03-14",
    "place": None,
    "event_name": None,  # schema 1.5 (doc60)
    "event_kind": None,
    "event_key": None,
    "url": None,
    "source": "corpus/70001.html",
    "speakers": ["Ivan Petrov"],
    "participants": [{"name": "Ivan Petrov", "label": "President Ivan Petrov", "role": "official"}],
    "word_count": 3,
    "fact_counts": {"money": 1, "percentage": 0, "country_count": 0, "event": 0},
    "text": "Ivan Petrov spoke.",
}
QUANTITY = FACT | {
    "type": "quantity",
    "text": "10 million barrels per day",
    "value": 10e6,
    "unit": "barrel",
    "per": "day",
}
BASES = {"fact": [FACT, PERCENTAGE, COUNTRIES, EVENT, QUANTITY], "document": [DOCUMENT]}


def reference(name: str) -> Draft202012Validator:
    return Draft202012Validator(
        schemas.load_schema(name), format_checker=Draft202012Validator.FORMAT_CHECKER
    )


def check_file(name: str, path: Path) -> int:
    """Check every line with jsonschema and with our checker; returns the number of lines."""
    ref, ours = reference(name), schemas.validator(name)
    count = 0
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            record = json.loads(line)
            errors = [e.message for e in ref.iter_errors(record)]
            assert not errors, f"{path}:{number}: {errors}"
            assert ours(record) is None, f"{path}:{number}: {ours(record)}"
            count += 1
    return count


# --- the schemas themselves --------------------------------------------------------------------


@pytest.mark.parametrize("name", schemas.SCHEMA_NAMES)
def test_schema_is_valid_draft_2020_12_and_closed(name):
    schema = schemas.load_schema(name)
    Draft202012Validator.check_schema(schema)
    assert schema["additionalProperties"] is False
    assert set(schema["required"]) == set(schema["properties"])
    assert schema["properties"]["schema_version"] == {
        "description": "Record format version.",
        "const": SCHEMA_VERSION,
    }
    schemas.compile_schema(schema)  # only keywords our checker implements


@pytest.mark.parametrize("name", schemas.SCHEMA_NAMES)
def test_schema_id_names_the_version_its_records_carry(name):
    """The `$id` tracks the version (docs/CHANGELOG-schema.md): it had stayed 1.0 through 1.3."""
    schema = schemas.load_schema(name)
    assert schema["$id"] == f"urn:speechfacts:schema:{name}:{SCHEMA_VERSION}"
    assert schema["$id"].rsplit(":", 1)[1] == schema["properties"]["schema_version"]["const"]


def test_fact_schema_has_exactly_the_fact_fields():
    assert schemas.load_schema("fact")["required"] == list(FACT_FIELDS)


def test_document_schema_has_exactly_the_document_record_keys():
    record = document_record(Speech(doc_id="x", source="x.txt", paragraphs=["Text."]), [])
    assert schemas.load_schema("document")["required"] == list(record)
    assert schemas.validator("document")(record) is None


def test_schema_text_is_the_shipped_file():
    # `speechfacts schema NAME` prints the file in pipeline/schema/ (package data: .ci/run checks
    # that a non-editable install has it)
    for name in schemas.SCHEMA_NAMES:
        path = Path(schemas.__file__).parent / "schema" / f"{name}.schema.json"
        assert schemas.schema_text(name) == path.read_text(encoding="utf-8")
    with pytest.raises(KeyError):
        schemas.schema_text("error")


def test_unsupported_keywords_are_refused():
    with pytest.raises(schemas.SchemaError, match="oneOf"):
        schemas.compile_schema({"oneOf": [{"type": "string"}]})
    with pytest.raises(schemas.SchemaError, match="format"):
        schemas.compile_schema({"format": "email"})


# --- what extract writes matches them ----------------------------------------------------------


def test_sample_corpus_output_matches_the_schemas(sample_records):
    facts, docs = sample_records
    assert check_file("fact", facts) > 0
    assert check_file("document", docs) > 0


def test_quantity_output_matches_the_schemas(tmp_path):
    text = tmp_path / "energy.txt"
    text.write_text(
        "The pipeline will carry 55 billion cubic metres of gas a year.\n\n"
        "Output reached 10.5 million barrels per day, and the harvest 120 million tonnes.\n",
        encoding="utf-8",
    )
    facts, docs = tmp_path / "facts.jsonl", tmp_path / "docs.jsonl"
    run(
        [str(text)],
        facts_out=str(facts),
        docs_out=str(docs),
        errors_out=str(tmp_path / "errors.jsonl"),
        types=("money", "percentage", "country_count", "event", "quantity"),
    )
    records = [json.loads(line) for line in facts.read_text(encoding="utf-8").splitlines()]
    assert {r["unit"] for r in records if r["type"] == "quantity"} >= {"cubic metre", "tonne"}
    assert check_file("fact", facts) == len(records)
    assert check_file("document", docs) == 1
    assert json.loads(docs.read_text(encoding="utf-8"))["fact_counts"]["quantity"] >= 2


def test_shared_archive_slice_output_matches_the_schemas(archive_dir, tmp_path):
    files = sorted(p for p in archive_dir.rglob("*") if p.is_file())[:ARCHIVE_SLICE]
    facts, docs = tmp_path / "facts.jsonl", tmp_path / "docs.jsonl"
    errors = tmp_path / "errors.jsonl"
    run([str(p) for p in files], facts_out=str(facts), docs_out=str(docs), errors_out=str(errors))
    assert check_file("fact", facts) > 0
    assert check_file("document", docs) > 0


# --- our checker agrees with jsonschema --------------------------------------------------------


@pytest.mark.parametrize("name", schemas.SCHEMA_NAMES)
def test_examples_are_valid(name):
    for record in BASES[name]:
        assert reference(name).is_valid(record)
        assert schemas.validator(name)(record) is None


@pytest.mark.parametrize(
    ("base", "changes", "reason"),
    [
        (FACT, {"value": "15"}, "field 'value': expected number or null"),
        (FACT, {"value": True}, "expected number or null, got boolean"),
        (FACT, {"start": 1.5}, "field 'start': expected integer"),
        (FACT, {"start": -1}, "less than 0"),
        (FACT, {"type": "gdp"}, "field 'type': must be one of"),
        (FACT, {"unit": "usd"}, "Money is in a currency of models/rules/currencies.json"),
        (FACT, {"unit": "percent"}, "Money is in a currency of models/rules/currencies.json"),
        (FACT, {"unit": "SDR"}, "must be one of"),  # 1.1 wrote SDR; 1.2 writes XDR
        (FACT, {"unit": "ABC"}, "must be one of"),
        (FACT, {"qualifier": "roughly"}, "field 'qualifier'"),
        (FACT, {"change": "increase"}, "Only percentages can be a rise or a fall"),
        (FACT, {"doc_date": "2019-02-30"}, "not a valid date"),
        (FACT, {"doc_date": "2019-3-14"}, "does not match"),
        (FACT, {"doc_date": "2019-03"}, "does not match"),
        (FACT, {"fact_id": "XYZ"}, "field 'fact_id'"),
        (FACT, {"schema_version": "2.0"}, f'must be "{SCHEMA_VERSION}"'),
        (FACT, {"speaker": None}, "field 'speaker_source': must be null"),
        (FACT, {"speaker_source": None}, "field 'speaker_source'"),
        (FACT, {"speaker_source": "guess"}, "field 'speaker_source'"),
        (FACT, {"name": "Forum"}, "field 'name': expected null"),
        (FACT, {"date": "2019"}, "field 'date': expected null"),
        (FACT, {"value": None}, "field 'value': expected number"),
        (FACT, {"extra": 1}, "unknown field(s) 'extra'"),
        (PERCENTAGE, {"unit": "USD"}, "field 'unit'"),
        (COUNTRIES, {"value": 2.5}, "field 'value': expected integer"),
        (COUNTRIES, {"unit": "percent"}, 'must be "country"'),
        (EVENT, {"kind": "party"}, "field 'kind'"),
        (EVENT, {"kind": None}, "field 'kind': expected string"),
        (EVENT, {"value": 1}, "field 'value': expected null"),
        (EVENT, {"date": "2019-13"}, "does not match"),
        (EVENT, {"date": "19"}, "does not match"),
        (EVENT, {"event_key": "eef forum"}, "does not match"),  # schema 1.4
        (EVENT, {"event_key": "2019|Forum|eef"}, "does not match"),
        (FACT, {"event_key": "2019|forum|eef"}, "field 'event_key': expected null"),
        (FACT, {"outlook": "plan"}, "field 'outlook'"),  # schema 1.5
        (EVENT, {"outlook": "forecast"}, "field 'outlook'"),
        (COUNTRIES, {"outlook": "target"}, "Only money and percentages have an outlook"),
        (QUANTITY, {"unit": "percent"}, "Quantities (opt-in type) are in a physical unit"),
        (QUANTITY, {"unit": "USD"}, "Quantities (opt-in type) are in a physical unit"),
        (QUANTITY, {"unit": "cubic  metre"}, "does not match"),
        (DOCUMENT, {"fact_counts": DOCUMENT["fact_counts"] | {"tonnes": 1}}, "unknown field(s)"),
        (DOCUMENT, {"speakers": "Ivan Petrov"}, "field 'speakers': expected array"),
        (DOCUMENT, {"speakers": ["Ivan Petrov", None]}, "field 'speakers[1]'"),
        (DOCUMENT, {"fact_counts": {"money": 1}}, "field 'fact_counts': missing"),
        (DOCUMENT, {"participants": [{"name": "Ivan Petrov"}]}, "field 'participants[0]'"),
        (DOCUMENT, {"word_count": "3"}, "field 'word_count'"),
        (DOCUMENT, {"source": ""}, "field 'source': shorter than 1"),
        ([], {}, "the record: expected object"),
    ],
)
def test_invalid_records_are_refused_with_a_reason(base, changes, reason):
    name = "document" if base is DOCUMENT else "fact"
    record = {**base, **changes} if isinstance(base, dict) else base
    assert not reference(name).is_valid(record)
    problem = schemas.validator(name)(record)
    assert problem is not None and reason in problem


@pytest.mark.parametrize(
    ("base", "changes"),
    [
        (FACT, {"period": 2018.0}),  # JSON Schema: a number with no fraction is an integer
        (QUANTITY, {"unit": "cubic metre", "per": None}),
        (QUANTITY, {"unit": "kilowatt-hour"}),
        (DOCUMENT, {"fact_counts": DOCUMENT["fact_counts"] | {"quantity": 2}}),
        (FACT, {"high": 16e9}),
        (FACT, {"doc_date": None}),
        (FACT, {"speaker": None, "speaker_source": None}),
        (FACT, {"speaker_source": "quote"}),
        (PERCENTAGE, {"unit": "percentage_point", "change": "decrease"}),
        (EVENT, {"date": "2019"}),
        (EVENT, {"date": "2019-09-03"}),
        (EVENT, {"date": None}),
        (FACT, {"outlook": "forecast"}),  # schema 1.5
        (PERCENTAGE, {"outlook": "target"}),
        (EVENT, {"event_key": None}),  # schema 1.4: no key where one would mix occurrences
        (EVENT, {"event_key": "-|war|great patriotic war"}),
        (EVENT, {"event_key": "2019-05|summit|eaeu"}),
        (DOCUMENT, {"speakers": [], "date": None, "title": None}),
    ],
)
def test_valid_variants_are_accepted(base, changes):
    name = "document" if base is DOCUMENT else "fact"
    record = {**base, **changes}
    assert reference(name).is_valid(record)
    assert schemas.validator(name)(record) is None


# Values from every type and enum, valid and invalid, for random records.
POOL = [
    *(None, True, False, 0, 1, -1, 2018, 3.0, 2.5, 1e12),
    *("", "x", "1.0", "2.0", "70001", "0123456789abcdef"),
    *("2019", "2019-03", "2019-03-14", "2019-02-30", "2019-3-14"),
    *("USD", "usd", "percent", "percentage_point", "country", "turn", "quote"),
    *("money", "percentage", "country_count", "event", "exact", "approx", "increase", "decrease"),
    *("forum", "summit", "quantity", "tonne", "cubic metre", "day"),
    *([], ["Ivan Petrov"], [1], {}, {"money": 1}),
]


@settings(max_examples=400, deadline=None)
@given(
    name=st.sampled_from(schemas.SCHEMA_NAMES),
    base=st.integers(0, 4),
    changes=st.lists(st.tuples(st.integers(0, 40), st.sampled_from(POOL)), max_size=3),
    drop=st.booleans(),
)
def test_checker_agrees_with_jsonschema(name, base, changes, drop):
    record = dict(BASES[name][base % len(BASES[name])])
    keys = list(record)
    for index, value in changes:
        record[keys[index % len(keys)]] = value
    if drop and changes:
        del record[keys[changes[0][0] % len(keys)]]
    assert (schemas.validator(name)(record) is None) == reference(name).is_valid(record)


# --- parsing lines -----------------------------------------------------------------------------


@pytest.mark.parametrize("line", ['{"v": NaN}', '{"v": Infinity}', '{"v": -Infinity}', "1e999"])
def test_parse_line_refuses_what_json_cannot_say(line):
    with pytest.raises(ValueError):
        schemas.parse_line(line)


def test_parse_line_reads_numbers():
    assert schemas.parse_line('{"a": 1, "b": 2.5, "c": 1e3}') == {"a": 1, "b": 2.5, "c": 1000.0}
    assert math.isfinite(schemas.parse_line("1.7e308"))
