"""The saved pipeline under models/ restores, through spacy.load(), exactly what `extract` runs."""

from __future__ import annotations

import json
from pathlib import Path

import spacy
from conftest import load_script

from pipeline.nlp import build_pipeline, prepare_doc
from pipeline.records import fact_records
from pipeline.speech import Speech, Turn

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = Speech(
    doc_id="t1",
    source="test",
    date="2019-11-02",
    title="Meeting on trade",
    paragraphs=[
        "Ivan Petrov: Last year, exports grew by 4.5 percent to over $15 billion.",
        "Our partners now include about one hundred countries, and the Arctic Summit in "
        "October last year was a success.",
    ],
    turns=[Turn(0, 72, "Ivan Petrov", "Ivan Petrov")],
)


def _facts(nlp):
    return fact_records(nlp(prepare_doc(nlp, SAMPLE)), SAMPLE)


def _build_script():
    module = load_script("build_model")
    return module


def test_saved_pipeline_round_trip(tmp_path):
    expected = _facts(build_pipeline())
    assert {f["type"] for f in expected} == {"money", "percentage", "country_count", "event"}
    out = _build_script().build(tmp_path / "speechfacts_en")
    loaded = spacy.load(out)
    assert loaded.pipe_names == build_pipeline().pipe_names
    assert json.dumps(_facts(loaded)) == json.dumps(expected)


def test_committed_model_matches_the_rule_files():
    """models/speechfacts_en is rebuilt (scripts/build_model.py) whenever a rule file changes."""
    saved = ROOT / "models" / "speechfacts_en"
    rules = ROOT / "models" / "rules"
    for component_rules in saved.glob("*/rules/*.json"):
        assert component_rules.read_text() == (rules / component_rules.name).read_text(), (
            f"{component_rules} is stale: run python scripts/build_model.py"
        )
    loaded = spacy.load(saved)
    assert json.dumps(_facts(loaded)) == json.dumps(_facts(build_pipeline()))
