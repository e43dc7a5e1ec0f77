"""The saved pipeline under models/ restores, through spacy.load(), exactly what `extract` runs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
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


# Paragraphs that reach the rules each component reads beyond the obvious ones (an event name
# that lists places reads the place gazetteer of scopes.json; a subject with a scope; a speaker
# turn's period): spacy.load() gives each component only the rule files it declares, so a file
# it reads and does not declare fails here (RuleError), where the built pipeline, which shares
# all the installed files, does not.
DECLARED_FILES_PARAGRAPHS = [
    "The talks came before the start of the trilateral summit between Norway, Chile and Kenya.",
    "They spoke of the joint forum of Peru, Ghana and Laos in Lima on May 12 next year.",
    "Trade between Chile and Norway grew by 12 percent last year, to $3.4 billion.",
    "Russian-Kenyan trade reached 1.2 billion dollars, and 14 countries joined the Pine Forum.",
    "In 2030 the Lakeland Cup, the 25th anniversary of the Pine Treaty, was held in Oslo.",
]


@pytest.mark.parametrize("paragraph", DECLARED_FILES_PARAGRAPHS)
def test_saved_components_declare_every_rule_file_they_read(paragraph):
    speech = Speech(
        doc_id="t2", source="test", date="2029-05-02", title="Talks", paragraphs=[paragraph]
    )
    saved, built = spacy.load(ROOT / "models" / "speechfacts_en"), build_pipeline()
    expected = fact_records(built(prepare_doc(built, speech)), speech)
    assert expected, "the paragraph gives facts"
    assert json.dumps(fact_records(saved(prepare_doc(saved, speech)), speech)) == json.dumps(
        expected
    )


def test_saved_pipeline_matches_the_built_one_on_archive_pages(archive_dir):
    """Every 40th file of the shared archive: the same facts through spacy.load() as through
    the pipeline `extract` builds (the saved pipeline once failed on 8 archive pages)."""
    from pipeline.ingest import load_source

    saved, built = spacy.load(ROOT / "models" / "speechfacts_en"), build_pipeline()
    compared = 0
    for path in sorted(archive_dir.rglob("*.html"))[::40]:
        for speech in load_source(str(path)):
            if not isinstance(speech, Speech):
                continue
            compared += 1
            expected = fact_records(built(prepare_doc(built, speech)), speech)
            got = fact_records(saved(prepare_doc(saved, speech)), speech)
            assert json.dumps(got) == json.dumps(expected), path.name
    assert compared > 100
