"""The pipeline behaves as a spaCy pipeline: Docs serialise, `nlp.pipe(n_process=2)` gives the facts
of one process, and each component owns its rules (saved, restored and used per instance).

Modelled on spaCy's own tests of SpanRuler/EntityRuler (`test_span_ruler_multiprocessing`,
`test_entity_ruler_serialize_*`).
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest
import spacy
import srsly
from spacy.tokens import Doc, DocBin

from pipeline.nlp import build_pipeline, prepare_doc
from pipeline.nlp.base import SCAN_KEY
from pipeline.nlp.extensions import FACTS_KEY
from pipeline.nlp.rules import KNOWN_KEYS, RuleError, Rules, rules_dir
from pipeline.records import fact_records
from pipeline.speech import Speech, Turn

ROOT = Path(__file__).resolve().parents[1]

# sentences of our own, one or more facts of each default type
TEXTS = [
    "Exports grew by 4.5 percent to over $15 billion last year.",
    "About one hundred countries took part in the Arctic Summit in October 2017.",
    "The budget will spend 300 million rubles on roads, up from 250 million.",
    "Unemployment fell to 4.8 percent, and inflation was 3 percentage points lower.",
    "No figure is said in this sentence at all.",
    "Twenty states signed, and the Eastern Economic Forum opens next week.",
]
SPEECH = Speech(
    doc_id="s1",
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


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()


def facts_of(doc: Doc) -> list[tuple]:
    """Every fact of a Doc, as plain comparable data."""
    spans = doc.spans[FACTS_KEY] if FACTS_KEY in doc.spans else []
    return [
        (s.label_, s.start_char, s.end_char, json.dumps(s._.fact, sort_keys=True)) for s in spans
    ]


def records(doc: Doc) -> str:
    return json.dumps(fact_records(doc, SPEECH))


def test_the_texts_have_facts_of_every_default_type(nlp):
    labels = {fact[0] for text in TEXTS for fact in facts_of(nlp(text))}
    assert labels == {"money", "percentage", "country_count", "event"}


@pytest.mark.parametrize("text", TEXTS)
def test_user_data_is_plain_data(nlp, text):
    doc = nlp(text)
    assert SCAN_KEY not in doc.user_data  # working data does not outlive the pipeline
    srsly.msgpack_dumps(doc.user_data)  # raises on any Python object


def test_doc_to_bytes_round_trip(nlp):
    doc = nlp(prepare_doc(nlp, SPEECH))
    restored = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert facts_of(restored) == facts_of(doc) != []
    assert records(restored) == records(doc)
    assert restored._.turns == [list(t) for t in doc._.turns]


def test_docbin_round_trip_keeps_the_facts(nlp):
    docs = [nlp(text) for text in TEXTS] + [nlp(prepare_doc(nlp, SPEECH))]
    data = DocBin(docs=docs, store_user_data=True).to_bytes()
    restored = list(DocBin(store_user_data=True).from_bytes(data).get_docs(nlp.vocab))
    assert [facts_of(d) for d in restored] == [facts_of(d) for d in docs]
    assert records(restored[-1]) == records(docs[-1])


@pytest.mark.parametrize("n_process", [1, 2])
def test_pipe_multiprocessing_gives_the_facts_of_one_process(nlp, n_process):
    expected = [facts_of(nlp(text)) for text in TEXTS]
    docs = list(nlp.pipe(TEXTS * 2, n_process=n_process, batch_size=2))
    assert [facts_of(d) for d in docs] == expected * 2


def test_the_committed_model_pipes_in_two_processes(nlp):
    """What a spaCy user does first: spacy.load, then nlp.pipe(texts, n_process=2)."""
    loaded = spacy.load(ROOT / "models" / "speechfacts_en")
    expected = [facts_of(nlp(text)) for text in TEXTS]
    assert [facts_of(d) for d in loaded.pipe(TEXTS, n_process=2, batch_size=3)] == expected


def test_pipe_multiprocessing_on_prepared_docs(nlp):
    """Docs carrying their context (date, turns) keep it across processes."""
    expected = records(nlp(prepare_doc(nlp, SPEECH)))
    docs = list(nlp.pipe([prepare_doc(nlp, SPEECH) for _ in range(4)], n_process=2, batch_size=1))
    assert [records(d) for d in docs] == [expected] * 4


# --- rules owned by each component -----------------------------------------------------------


def _with_currency_word(path: Path, word: str) -> None:
    """Rewrite a currencies.json so that `word` is one more word for the US dollar."""
    data = json.loads(path.read_text(encoding="utf-8"))
    for entry in data["currencies"]:
        if entry["code"] == "USD":
            entry["words"].append(word)
    path.write_text(json.dumps(data), encoding="utf-8")


SAID = "The fund holds 40 million zorkmids and 25 percent of the shares."


@pytest.fixture(scope="module")
def saved(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("model") / "speechfacts_en"
    build_pipeline().to_disk(out)
    return out


def test_one_pipelines_rule_files_do_not_change_another(saved, tmp_path):
    before = build_pipeline()
    edited = tmp_path / "edited"
    shutil.copytree(saved, edited)
    _with_currency_word(edited / "speechfacts_money" / "rules" / "currencies.json", "zorkmids")
    other = spacy.load(edited)
    money = [f for f in facts_of(other(SAID)) if f[0] == "money"]
    assert [json.loads(f[3])["unit"] for f in money] == ["USD"]
    # the pipeline built before, and one built after, still read the installed rules
    for nlp in (before, build_pipeline(), spacy.load(saved)):
        assert [f for f in facts_of(nlp(SAID)) if f[0] == "money"] == []


def test_a_saved_pipeline_holds_each_rule_file_once(saved):
    """In the folder of the first component that reads it; the later ones read that copy."""
    copies = sorted(p.relative_to(saved).as_posix() for p in saved.glob("*/rules/*.json"))
    names = [c.rsplit("/", 1)[1] for c in copies]
    assert len(names) == len(set(names))
    nlp = spacy.load(saved)
    read = {n for name in nlp.pipe_names for n in getattr(nlp.get_pipe(name), "rule_files", ())}
    assert {n.removesuffix(".json") for n in names} == read
    assert "speechfacts_money/rules/temporal.json" in copies  # the first reader of temporal


def test_the_one_copy_is_read_by_every_component_that_reads_the_file(saved, tmp_path):
    """Editing the saved temporal.json (in the money component's folder) changes the periods of
    the context component too."""
    edited = tmp_path / "edited"
    shutil.copytree(saved, edited)
    path = edited / "speechfacts_money" / "rules" / "temporal.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["relative"]
    data["relative"] = {}
    path.write_text(json.dumps(data), encoding="utf-8")
    context = spacy.load(edited).get_pipe("speechfacts_context")
    assert context.rules.get("temporal")["relative"] == {}


def test_a_copy_in_a_components_own_folder_is_read_by_that_component_alone(saved, tmp_path):
    edited = tmp_path / "edited"
    shutil.copytree(saved, edited)
    data = json.loads((saved / "speechfacts_money" / "rules" / "countries.json").read_text())
    data["nouns"].append("zorklands")
    own = edited / "speechfacts_country_count" / "rules" / "countries.json"
    own.parent.mkdir(parents=True, exist_ok=True)
    own.write_text(json.dumps(data), encoding="utf-8")
    nlp = spacy.load(edited)
    text = "Ten zorklands signed, and 40 million zorkmids were paid."
    assert [f[0] for f in facts_of(nlp(text))] == ["country_count"]
    assert "zorklands" not in nlp.get_pipe("speechfacts_money").rules.get("countries")["nouns"]
    # saved again, the override stays where it was and the shared copy stays single
    again = tmp_path / "again"
    nlp.to_disk(again)
    assert (again / "speechfacts_country_count" / "rules" / "countries.json").is_file()
    assert not (again / "speechfacts_percentage" / "rules" / "countries.json").exists()


def test_a_pipeline_loads_without_the_component_that_saved_a_file(saved):
    nlp = spacy.load(saved, exclude=["speechfacts_money"])
    assert [f[0] for f in facts_of(nlp(TEXTS[0]))] == ["percentage"]


def test_a_missing_rule_file_is_an_error_that_names_it(saved, tmp_path):
    edited = tmp_path / "edited"
    shutil.copytree(saved, edited)
    (edited / "speechfacts_money" / "rules" / "temporal.json").unlink()
    with pytest.raises(RuleError, match=r"temporal\.json is missing"):
        spacy.load(edited)


class _Poisoned(dict):
    """A table of compiled rules that must not be read."""

    def __getitem__(self, key):
        raise AssertionError("a table compiled from the installed rule files was read")

    get = __getitem__


def test_components_pass_their_own_rules_and_never_the_installed_ones(saved, monkeypatch):
    """Rules reach the scanning functions as an argument: a pipeline loaded from disk (its own
    `Rules` objects) annotates every text without a look at the installed rule files."""
    from pipeline.nlp import rules as rules_module

    nlp = spacy.load(saved)
    expected = [facts_of(nlp(text)) for text in TEXTS + [prepare_doc(nlp, SPEECH)]]
    fresh = spacy.load(saved)  # nothing compiled yet
    installed = Rules.installed()
    real_get = installed.get

    def get(name, required=()):
        # ingestion reads the installed files by design (the context component's name look-up)
        if sys._getframe(1).f_code.co_name != "installed_rule_data":
            raise AssertionError(f"installed {name}.json read inside the pipeline")
        return real_get(name, required)

    monkeypatch.setattr(installed, "get", get)
    monkeypatch.setattr(installed, "_compiled", _Poisoned())
    monkeypatch.setattr(rules_module, "_installed", [installed])
    texts = TEXTS + [prepare_doc(fresh, SPEECH)]
    assert [facts_of(fresh(text)) for text in texts] == expected


def test_rules_dir_in_the_config(tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(Path(str(rules_dir())), rules, ignore=shutil.ignore_patterns("*.py"))
    _with_currency_word(rules / "currencies.json", "zorkmids")
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("speechfacts_money", config={"rules_dir": str(rules)})
    assert [f[0] for f in facts_of(nlp(SAID))] == ["money"]
    nlp.get_pipe("speechfacts_money").initialize(nlp=nlp)  # back to the installed rules
    assert facts_of(nlp(SAID)) == []


def test_component_to_bytes_round_trip():
    nlp = build_pipeline()
    money = nlp.get_pipe("speechfacts_money")
    copy = build_pipeline().get_pipe("speechfacts_money").from_bytes(money.to_bytes())
    assert copy.rules.texts == {n: money.rules.texts[n] for n in money.rule_files}
    assert nlp.from_bytes(nlp.to_bytes()).pipe_names == nlp.pipe_names


def test_saved_pipeline_holds_no_settings_files(saved):
    assert list(saved.glob("*/settings.json")) == []


@pytest.mark.parametrize(
    ("name", "key"),
    [("currencies", "currency_list"), ("countries", "singular_only_with_one"), ("events", "x")],
)
def test_an_unknown_rule_key_is_an_error_at_load_time(saved, tmp_path, name, key):
    edited = tmp_path / "edited"
    shutil.copytree(saved, edited)
    component = "speechfacts_event" if name == "events" else "speechfacts_money"
    path = edited / component / "rules" / f"{name}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data[key] = []
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(RuleError, match=key):
        spacy.load(edited)


@pytest.mark.parametrize("name", sorted(KNOWN_KEYS))
def test_every_known_rule_key_is_read_by_the_package(name):
    """The list of known keys says what code reads: no key is listed that nothing reads."""
    source = "\n".join(
        p.read_text(encoding="utf-8")
        for p in (ROOT / "pipeline").rglob("*.py")
        if p.name != "rules.py"
    )
    assert [key for key in sorted(KNOWN_KEYS[name]) if f'"{key}"' not in source] == []


@pytest.mark.parametrize("name", sorted(KNOWN_KEYS))
def test_the_installed_rule_files_load(name):
    assert Rules.installed([name]).get(name)


def test_factories_declare_what_they_assign_and_require(nlp):
    analysis = nlp.analyze_pipes()
    assert analysis["problems"] == {name: [] for name in nlp.pipe_names}
    for name in nlp.pipe_names:
        if name.startswith("speechfacts_") and name not in (
            "speechfacts_paragraph_starts",
            "speechfacts_sentence_cap",
        ):
            meta = nlp.get_pipe_meta(name)
            assert meta.assigns and meta.requires
            assert "rules_dir" in meta.default_config


# --- extension names ---------------------------------------------------------------------------

RENAMED = {"spans_key": "claims", "fact": "claim", "doc_date": "issued", "turns": "speaker_turns"}


def test_extension_names_are_configurable():
    """A pipeline can keep its facts under other names (as spacymoji's attributes can be renamed),
    for a pipeline where "facts" or `span._.fact` is taken; the facts stay the same."""
    from pipeline.nlp.extensions import pipeline_names

    default, renamed = build_pipeline(), build_pipeline(extension_names=RENAMED)
    names = pipeline_names(renamed)
    assert (names.spans_key, names.fact, names.doc_date) == ("claims", "claim", "issued")
    doc = renamed(prepare_doc(renamed, SPEECH))
    assert FACTS_KEY not in doc.spans and len(doc.spans["claims"]) == 4
    assert doc._.issued == SPEECH.date and doc._.speaker_turns
    assert all(span._.claim for span in doc.spans["claims"])
    # the speakers come from the renamed turns attribute, the periods from the renamed date
    expected = fact_records(default(prepare_doc(default, SPEECH)), SPEECH)
    assert fact_records(doc, SPEECH, names) == expected
    assert expected[0]["speaker"] == "Ivan Petrov" and expected[0]["period"] == 2018


def test_renamed_extensions_survive_saving(tmp_path):
    build_pipeline(extension_names=RENAMED).to_disk(tmp_path / "renamed")
    nlp = spacy.load(tmp_path / "renamed")
    assert [f[0] for f in facts_of(nlp(TEXTS[0]))] == []  # not under the default names
    doc = nlp(TEXTS[0])
    assert [s.label_ for s in doc.spans["claims"]] == ["money", "percentage"]


@pytest.mark.parametrize(
    ("names", "message"),
    [({"spans": "x"}, "unknown extension name"), ({"fact": ""}, "non-empty")],
)
def test_a_bad_extension_name_is_an_error(names, message):
    with pytest.raises(ValueError, match=message):
        build_pipeline(extension_names=names)
    nlp = spacy.blank("en")
    with pytest.raises(ValueError, match=message):
        nlp.add_pipe("speechfacts_money", config={"extension_names": names})


def test_a_pipeline_is_freed_without_the_cycle_collector():
    """The runner replaces its pipeline every 1,000 documents: the old one, with its vocabulary,
    must go when the last reference does (components hold their pipeline weakly), not wait for
    the cycle collector (which cost 45 MB of peak memory on the archive)."""
    import gc
    import weakref

    gc.collect()
    gc.disable()
    try:
        nlp = build_pipeline()
        nlp(prepare_doc(nlp, SPEECH))
        gone = weakref.ref(nlp)
        del nlp
        assert gone() is None
    finally:
        gc.enable()
