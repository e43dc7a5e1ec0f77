"""Runner tests. Most use a stand-in for pipeline.ingest (installed with monkeypatch, in this
process: workers=1) so that the runner's own logic — ordering, dedupe, counting, the summary
invariant, error records — is tested independently of the HTML/text parsers."""

import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import types
from pathlib import Path

import pytest

import pipeline.ingest
from pipeline import runner
from pipeline.output import OutputRefused
from pipeline.speech import InputError, Skipped, Speech, Turn

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def speech(doc_id, source, text="Trade grew by 3.5 percent last year.", **kw):
    return Speech(doc_id=doc_id, source=source, paragraphs=[text], **kw)


@pytest.fixture
def fake_ingest(monkeypatch):
    """install(entries, loads): discover yields `entries`; load_source(path) returns loads[path]."""

    def install(entries, loads):
        calls = []

        def discover(paths, include=(), exclude=()):
            yield from entries

        def load_source(
            path,
            max_bytes=50_000_000,
            name=None,
            scope=None,
            options=None,
            text_only=False,
            key_only=False,
        ):
            calls.append((path, max_bytes))
            return loads[path]

        module = types.ModuleType("pipeline.ingest.discover")
        module.discover = discover
        monkeypatch.setitem(sys.modules, "pipeline.ingest.discover", module)
        monkeypatch.setattr(pipeline.ingest, "discover", module, raising=False)
        monkeypatch.setattr(pipeline.ingest, "load_source", load_source, raising=False)
        return calls

    return install


def read_jsonl(path):
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines()]


def test_dedupe_first_occurrence_wins_and_counts(fake_ingest, tmp_path):
    fake_ingest(
        ["a/17.html", "a/17/print.html", "a/18.html"],
        {
            "a/17.html": [speech("17", "a/17.html", title="first")],
            "a/17/print.html": [speech("17", "a/17/print.html", title="print copy")],
            "a/18.html": [speech("18", "a/18.html")],
        },
    )
    facts, docs = tmp_path / "f.jsonl", tmp_path / "d.jsonl"
    summary = runner.run(["a"], facts_out=str(facts), docs_out=str(docs))
    records = read_jsonl(docs)
    assert [(r["doc_id"], r["source"]) for r in records] == [
        ("17", "a/17.html"),
        ("18", "a/18.html"),
    ]
    assert summary.documents == 2
    assert summary.duplicates == 1
    assert summary.check()


def test_every_outcome_is_counted_and_the_invariant_holds(fake_ingest, tmp_path):
    fake_ingest(
        [
            "x/1.html",
            "x/1/photos.html",
            "x/page/2.html",
            "x/feed",
            InputError("x/missing", "not_found", "no such file or directory"),
            Skipped("x/link", "duplicate_path", "already visited as x/1.html"),
            "x/many.jsonl",
            "x/bad.html",
        ],
        {
            "x/1.html": [speech("1", "x/1.html")],
            "x/1/photos.html": [Skipped("x/1/photos.html", "gallery", "photo page")],
            "x/page/2.html": [Skipped("x/page/2.html", "listing", "list of links")],
            "x/feed": [Skipped("x/feed", "feed", "RSS feed")],
            "x/many.jsonl": [
                speech("j1", "x/many.jsonl:1"),
                InputError("x/many.jsonl:2", "malformed", "line 2 is not JSON"),
                speech("1", "x/many.jsonl:3"),  # same id as x/1.html: a duplicate
                speech("j4", "x/many.jsonl:4"),
            ],
            "x/bad.html": [InputError("x/bad.html", "undecodable", "not UTF-8")],
        },
    )
    errors = tmp_path / "e.jsonl"
    summary = runner.run(["x"], facts_out=str(tmp_path / "f.jsonl"), errors_out=str(errors))
    assert summary.inputs == 8
    assert summary.files == 6
    assert summary.extra_outcomes == 3
    assert summary.outcomes == 11
    assert summary.documents == 3
    assert summary.duplicates == 1
    assert summary.skipped == {"gallery": 1, "listing": 1, "feed": 1, "duplicate_path": 1}
    assert summary.errors == {"not_found": 1, "malformed": 1, "undecodable": 1}
    assert summary.check()
    assert [(r["source"], r["kind"]) for r in read_jsonl(errors)] == [
        ("x/missing", "not_found"),
        ("x/many.jsonl:2", "malformed"),
        ("x/bad.html", "undecodable"),
    ]
    for record in read_jsonl(errors):
        assert list(record) == ["schema_version", "source", "doc_id", "kind", "reason"]
    text = summary.format()
    assert "check:" in text and "3 + 1 + 4 + 3 = 11 = 11 outcomes" in text
    assert summary.to_dict()["outcomes"] == 11


def test_nlp_exception_becomes_an_internal_error_record(fake_ingest, tmp_path, monkeypatch):
    import pipeline.nlp

    real_prepare = pipeline.nlp.prepare_doc

    def prepare(nlp, s):
        if s.doc_id == "boom":
            raise RuntimeError("component exploded")
        return real_prepare(nlp, s)

    monkeypatch.setattr(pipeline.nlp, "prepare_doc", prepare)
    fake_ingest(
        ["m.jsonl"],
        {
            "m.jsonl": [
                speech("ok1", "m.jsonl:1"),
                speech("boom", "m.jsonl:2"),
                speech("ok2", "m.jsonl:3"),
            ]
        },
    )
    errors, docs = tmp_path / "e.jsonl", tmp_path / "d.jsonl"
    summary = runner.run(
        ["m.jsonl"], facts_out=str(tmp_path / "f.jsonl"), docs_out=str(docs), errors_out=str(errors)
    )
    assert [r["doc_id"] for r in read_jsonl(docs)] == ["ok1", "ok2"]
    (err,) = read_jsonl(errors)
    assert err["kind"] == "internal" and err["doc_id"] == "boom"
    assert "component exploded" in err["reason"]
    assert summary.errors == {"internal": 1}
    assert summary.check()


def test_loader_returning_nothing_is_an_error_not_a_silent_drop(fake_ingest, tmp_path):
    fake_ingest(["empty.jsonl"], {"empty.jsonl": []})
    summary = runner.run(["empty.jsonl"], facts_out=str(tmp_path / "f.jsonl"))
    assert summary.errors == {"empty": 1}
    assert summary.check()


def test_document_record_words_and_default_errors_file(fake_ingest, tmp_path):
    s = speech("7", "7.html", text="Hello there.\n\nGeneral Kenobi.", date="2020-01-02")
    s.turns.append(Turn(0, 12, "Ben Kenobi", "Ben Kenobi"))
    fake_ingest(["7.html"], {"7.html": [s]})
    facts = tmp_path / "facts.jsonl"
    summary = runner.run(["7.html"], facts_out=str(facts), max_bytes=1234)
    assert summary.words == 4
    assert summary.words_per_second >= 0
    assert (tmp_path / "facts.errors.jsonl").read_text() == ""
    assert facts.read_text() == ""  # placeholders extract nothing yet
    assert summary.outputs["errors"] == str(tmp_path / "facts.errors.jsonl")


def test_max_bytes_reaches_the_loader(fake_ingest, tmp_path):
    calls = fake_ingest(["a.html"], {"a.html": [speech("a", "a.html")]})
    runner.run(["a.html"], facts_out=str(tmp_path / "f.jsonl"), max_bytes=1234)
    assert calls == [("a.html", 1234)]


def test_ingest_options_reach_the_loader(monkeypatch, tmp_path):
    from pipeline.ingest.options import IngestOptions

    seen = []

    def load_source(
        path,
        max_bytes=50_000_000,
        name=None,
        scope=None,
        options=None,
        text_only=False,
        key_only=False,
    ):
        seen.append(options)
        return [speech("a", path)]

    monkeypatch.setattr(pipeline.ingest, "load_source", load_source)
    (tmp_path / "a.txt").write_text("x")
    options = IngestOptions(text_column="speech", date="2013-03-22")
    runner.run([str(tmp_path / "a.txt")], facts_out=str(tmp_path / "f.jsonl"), ingest=options)
    assert seen == [options]


@pytest.mark.parametrize("bad", ["money,gdp", "", " , "])
def test_bad_types_raise_value_error(bad, tmp_path):
    with pytest.raises(ValueError):
        runner.run([str(tmp_path)], facts_out=str(tmp_path / "f.jsonl"), types=bad)


def test_normalize_types_keeps_pipeline_order():
    assert runner.normalize_types("event, money,money") == ("money", "event")
    assert runner.normalize_types(["percentage"]) == ("percentage",)
    assert runner.normalize_types(None) is None


# --- with the real ingest package ----------------------------------------------------------

real_ingest = pytest.mark.skipif(
    importlib.util.find_spec("pipeline.ingest.discover") is None
    or not hasattr(pipeline.ingest, "load_source"),
    reason="pipeline.ingest (discover, load_source) not available yet",
)


@real_ingest
def test_kremlin_print_version_is_a_duplicate(tmp_path):
    shutil.copy(CORPUS / "70001.html", tmp_path / "70001.html")
    (tmp_path / "70001").mkdir()
    shutil.copy(CORPUS / "70001.html", tmp_path / "70001" / "print.html")
    # the outputs are inside the input folder: while the run goes on they are its partial files
    # and journal, which are not inputs (and not counted)
    docs = tmp_path / "d.jsonl"
    summary = runner.run([str(tmp_path)], facts_out=str(tmp_path / "f.jsonl"), docs_out=str(docs))
    assert summary.documents == 1
    assert summary.duplicates == 1  # the same text: dropped quietly, no error record
    assert summary.skipped == {} and summary.errors == {}
    assert (tmp_path / "f.errors.jsonl").read_text() == ""
    assert summary.check()
    (doc,) = read_jsonl(docs)
    assert doc["source"] == str(tmp_path / "70001.html")


def _run_into(out: Path, inputs: Path, workers: int):
    """runner.run over `inputs`, facts, documents and errors written to the new folder `out`
    (f.jsonl, d.jsonl, e.jsonl): the summary and the folder."""
    out.mkdir()
    summary = runner.run(
        [str(inputs)],
        facts_out=str(out / "f.jsonl"),
        docs_out=str(out / "d.jsonl"),
        errors_out=str(out / "e.jsonl"),
        workers=workers,
    )
    return summary, out


def _print_layout(folder: Path, page: bool, print_text: str | None = None) -> Path:
    """folder/70001.html (if page) and folder/70001/print.html, the print copy's text changed
    by print_text (a sentence added to its first paragraph)."""
    html = (CORPUS / "70001.html").read_text(encoding="utf-8")
    if page:
        (folder / "70001.html").write_text(html, encoding="utf-8")
    (folder / "70001").mkdir()
    if print_text:
        html = html.replace("<p>", f"<p>{print_text} ", 1)
    (folder / "70001" / "print.html").write_text(html, encoding="utf-8")
    return folder / "70001" / "print.html"


@real_ingest
@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.parametrize(
    ("page", "print_text", "documents", "duplicates", "errors"),
    [
        (True, None, 1, 1, {}),  # the same text: a duplicate
        (True, "Exports rose by 7 percent.", 1, 0, {"duplicate_id": 1}),  # other text
        (False, None, 1, 0, {}),  # print.html alone is a page like any other
    ],
)
def test_print_versions_are_annotated_only_when_written(
    tmp_path, monkeypatch, workers, page, print_text, documents, duplicates, errors
):
    """A print version is parsed but not annotated unless its document is written: the same
    counts and records as annotating everything, without the NLP of the duplicate."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    print_path = _print_layout(inputs, page, print_text)
    annotated: list[str] = []
    original = runner._annotate

    def spy(speeches, extractor):
        annotated.extend(s.source for s in speeches)
        return original(speeches, extractor)

    monkeypatch.setattr(runner, "_annotate", spy)
    summary, out = _run_into(tmp_path / "out", inputs, workers)
    assert (summary.documents, summary.duplicates, dict(summary.errors)) == (
        documents,
        duplicates,
        errors,
    )
    assert summary.check()
    (doc,) = read_jsonl(out / "d.jsonl")
    assert doc["source"] == str(print_path if not page else inputs / "70001.html")
    if errors:
        (error,) = read_jsonl(out / "e.jsonl")
        assert error["source"] == str(print_path) and error["doc_id"] == "70001"
    # only what this process annotated is seen (workers annotate in their own processes):
    # never the print version whose page was written; a print.html alone is a page like others
    if page:
        assert str(print_path) not in annotated
    elif workers == 1:
        assert annotated == [str(print_path)]


def _nested_page(padding: int, depth: int = 60) -> str:
    """A kremlin.ru-like article (written here) whose body is a list nested `depth` deep: each
    item's block holds the text of the items inside it, some 180,000 characters of blocks;
    `padding` characters of a comment in the head raise the page's text budget."""
    item = "Barges on the northern canal carried more grain than the year before, the port said. "
    items = "".join("<ul><li>" + item for _ in range(depth)) + "</li></ul>" * depth
    return (
        "<!DOCTYPE html><html><head>"
        '<meta property="og:url" content="http://en.kremlin.ru/events/president/news/70001"/>'
        f'<!-- {"x" * padding} --></head><body><div class="read">'
        '<h1 class="entry-title">River freight</h1>'
        f'<div itemprop="articleBody">{items}</div></div></body></html>'
    )


@real_ingest
@pytest.mark.parametrize("workers", [1, 2])
def test_a_print_version_with_its_pages_key_is_read_whole_when_its_budget_is_smaller(
    tmp_path, workers
):
    """The same key, but the print version is the shorter page: its budget does not allow the
    blocks its page read, so it is read whole, as before (here: an error record)."""
    from pipeline.ingest import load_source
    from pipeline.speech import PageKey

    inputs = tmp_path / "in"
    (inputs / "70001").mkdir(parents=True)
    (inputs / "70001.html").write_text(_nested_page(60_000), encoding="utf-8")
    print_path = inputs / "70001" / "print.html"
    print_path.write_text(_nested_page(0), encoding="utf-8")
    (page,) = load_source(str(inputs / "70001.html"))
    (key,) = load_source(str(print_path), text_only=True, key_only=True)
    assert isinstance(key, PageKey) and page.page_key[0] == key.key
    assert page.page_key[1] > key.budget
    summary, out = _run_into(tmp_path / "out", inputs, workers)
    assert (summary.documents, summary.duplicates, dict(summary.errors)) == (1, 0, {"malformed": 1})
    (error,) = read_jsonl(out / "e.jsonl")
    assert error["source"] == str(print_path) and "nested blocks" in error["reason"]


def _whole_reads(monkeypatch) -> list[str]:
    """The paths the main process reads whole (`runner.read_whole`), in order, as the run goes."""
    reads: list[str] = []
    original = runner.read_whole

    def spy(path, *args):
        reads.append(path)
        return original(path, *args)

    monkeypatch.setattr(runner, "read_whole", spy)
    return reads


@real_ingest
@pytest.mark.parametrize(
    ("print_text", "read_whole"),
    [(None, False), ("Exports rose by 7 percent.", True)],
)
def test_a_print_version_is_read_whole_only_when_its_key_does_not_tell(
    tmp_path, monkeypatch, print_text, read_whole
):
    """The main process reads a print version itself only when no document written had its
    PageKey (here: its text differs)."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    print_path = _print_layout(inputs, True, print_text)
    reads = _whole_reads(monkeypatch)
    summary, _ = _run_into(tmp_path / "out", inputs, 1)
    assert reads == ([str(print_path)] if read_whole else [])
    assert summary.duplicates == (0 if read_whole else 1)


@real_ingest
@pytest.mark.parametrize("workers", [1, 2])
def test_a_print_version_dated_otherwise_is_told_a_duplicate_by_its_key(
    tmp_path, monkeypatch, workers
):
    """A print version whose date (and place) differ from its page's, with the same doc_id
    and text: a duplicate when read whole, so a duplicate by its key, without being read
    again (the key holds neither date nor place)."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    print_path = _print_layout(inputs, True)
    html = print_path.read_text(encoding="utf-8")
    changed = html.replace('datetime="2019-03-14"', 'datetime="2019-03-16"').replace(
        'p-location"><i>', 'p-location"><i>Kazan, '
    )
    assert changed.count("2019-03-16") == 2 and "Kazan" in changed
    print_path.write_text(changed, encoding="utf-8")
    reads = _whole_reads(monkeypatch)
    summary, _ = _run_into(tmp_path / "out", inputs, workers)
    assert (summary.documents, summary.duplicates, dict(summary.errors)) == (1, 1, {})
    assert reads == []


RUSSIAN_PARAGRAPH = "<p>Президент провёл совещание о развитии северных регионов страны.</p>"


def _in_russian(html: str) -> str:
    """The page with every paragraph (lead and body) replaced by a Russian sentence."""
    return re.sub(r"<p>.*?</p>", RUSSIAN_PARAGRAPH, html, flags=re.S)


@real_ingest
@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.parametrize(
    ("page_russian", "print_russian", "documents", "errors"),
    [
        (False, True, 1, {"unsupported_language": 1}),  # other text, and not English
        (True, True, 0, {"unsupported_language": 2}),  # the same text, neither English
        (True, False, 1, {"unsupported_language": 1}),  # the print version is the document
    ],
)
def test_print_versions_read_for_their_text_end_as_if_read_whole(
    tmp_path, workers, page_russian, print_russian, documents, errors
):
    """A print version is read for its text and id only; when it is not its page's duplicate,
    it gets the language check and the speaker turns it would have had if read whole."""
    html = (CORPUS / "70001.html").read_text(encoding="utf-8")
    inputs = tmp_path / "in"
    (inputs / "70001").mkdir(parents=True)
    (inputs / "70001.html").write_text(_in_russian(html) if page_russian else html, "utf-8")
    print_path = inputs / "70001" / "print.html"
    print_path.write_text(_in_russian(html) if print_russian else html, "utf-8")
    summary, out = _run_into(tmp_path / "out", inputs, workers)
    assert (summary.documents, summary.duplicates, dict(summary.errors)) == (
        documents,
        0,
        errors,
    )
    assert summary.check()
    assert all(e["kind"] == "unsupported_language" for e in read_jsonl(out / "e.jsonl"))
    if not print_russian:  # the print version was annotated: its speakers are there
        (doc,) = read_jsonl(out / "d.jsonl")
        assert doc["source"] == str(print_path)
        assert doc["speakers"] == ["Ivan Petrov", "Anna Sokolova"]
        facts = read_jsonl(out / "f.jsonl")
        assert {f["speaker"] for f in facts} == {"Ivan Petrov", "Anna Sokolova"}


@real_ingest
@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.parametrize("broken", ["build_turns", "check_language"])
def test_a_print_version_that_fails_to_complete_is_an_error_record(
    tmp_path, monkeypatch, workers, broken
):
    """Completing a print version in the main process (its turns, its language) never stops a
    run: the failure ends as the error record the worker's whole read would have written."""
    import pipeline.ingest.kremlin
    import pipeline.ingest.language

    def fail(*args, **kwargs):
        raise ValueError("a bug")

    # the page fails in its worker too (spawned workers do not see this patch: the page is then
    # written, and only the main process, which completes the print version, meets the bug)
    module = pipeline.ingest.kremlin if broken == "build_turns" else pipeline.ingest
    monkeypatch.setattr(module, broken, fail)
    html = (CORPUS / "70001.html").read_text(encoding="utf-8")
    inputs = tmp_path / "in"
    (inputs / "70001").mkdir(parents=True)
    (inputs / "70001.html").write_text(html, "utf-8")
    (inputs / "70001" / "print.html").write_text(html.replace("<p>", "<p>New text. ", 1), "utf-8")
    summary, out = _run_into(tmp_path / "out", inputs, workers)
    assert summary.check()
    errors = read_jsonl(out / "e.jsonl")
    assert any(
        e["kind"] == "malformed" and e["source"].endswith("print.html") and "a bug" in e["reason"]
        for e in errors
    ), errors


@real_ingest
def test_corpus_invariant_with_real_ingest(tmp_path):
    summary = runner.run(
        [str(CORPUS), str(tmp_path / "no-such-file.html")],
        facts_out=str(tmp_path / "f.jsonl"),
        errors_out=str(tmp_path / "e.jsonl"),
    )
    assert summary.documents == 4
    assert summary.errors_total == 1  # the missing path
    assert summary.check()


# --- the public API --------------------------------------------------------------------------


def test_extract_facts_on_plain_text_and_speech():
    import pipeline

    text = "Trade grew by 3.5 percent last year."
    facts = pipeline.extract_facts(text, date="2020-05-01")
    assert facts == pipeline.extract_facts(text, date="2020-05-01")  # stable ids, cached pipeline
    for fact in facts:
        assert text[fact["start"] : fact["end"]] == fact["text"]
        assert fact["doc_date"] == "2020-05-01"
    s = speech("s1", "s1.txt", text=text, date="2020-05-01")
    assert [f["doc_id"] for f in pipeline.extract_facts(s)] == ["s1"] * len(
        pipeline.extract_facts(s)
    )
    with pytest.raises(ValueError):
        pipeline.extract_facts(text, types="gdp")
    assert isinstance(pipeline.__version__, str)


@real_ingest
def test_fresh_pipeline_every_n_documents_changes_no_output(tmp_path, monkeypatch):
    """The pipeline's Vocab is renewed every REFRESH_DOCUMENTS documents, or once it holds
    REFRESH_LEXEMES lexemes, to keep memory flat; the records are the same byte for byte."""
    outputs = []
    for refresh, lexemes in ((10_000, 10**9), (1, 10**9), (10_000, 1)):
        monkeypatch.setattr(runner, "REFRESH_DOCUMENTS", refresh)
        monkeypatch.setattr(runner, "REFRESH_LEXEMES", lexemes)
        builds: list[str] = []
        for method in ("_build", "_refresh"):
            original = getattr(runner.Extractor, method)

            def counted(self, builds=builds, original=original, method=method):
                builds.append(method)
                return original(self)

            monkeypatch.setattr(runner.Extractor, method, counted)
        out = tmp_path / f"refresh-{refresh}-{lexemes}"
        out.mkdir()
        runner.run(
            [str(CORPUS)],
            facts_out=str(out / "f.jsonl"),
            docs_out=str(out / "d.jsonl"),
            errors_out=str(out / "e.jsonl"),
        )
        monkeypatch.undo()
        outputs.append([(out / n).read_bytes() for n in ("f.jsonl", "d.jsonl", "e.jsonl")])
        # built once, and refreshed before each later file's documents (3 files)
        refreshes = 0 if refresh > 1 and lexemes > 1 else 2
        assert builds == ["_build"] + ["_refresh"] * refreshes
    assert outputs[0] == outputs[1] == outputs[2]
    assert outputs[0][0]  # facts were written


_REFRESH_TEXTS = [
    "Trade with Lakeland grew by 14 percent, to $2.5 billion.",
    "The Third Riverside Youth Festival opens on June 2, 2013; forty countries take part.",
    "Lakeland's wheat harvest fell by 3 percent.  \u201cIt will recover.\u201d Exports did not.",
]


def test_a_refreshed_pipeline_gives_the_records_of_a_fresh_one(monkeypatch):
    """After a refresh (here before every document) the records of invented texts are those
    of a new Extractor's first pipeline; each refresh gives the pipeline another vocabulary."""
    monkeypatch.setattr(runner, "REFRESH_DOCUMENTS", 1)
    speeches = [speech(f"r{i}", f"r{i}.txt", t) for i, t in enumerate(_REFRESH_TEXTS)]
    refreshed = runner.Extractor()
    outcomes, vocabularies = [], []
    for s in speeches:
        outcomes += runner._annotate([s], refreshed)
        vocabularies.append(refreshed.nlp.vocab)
    assert len({id(v) for v in vocabularies}) == len(speeches)
    fresh = [runner._annotate([s], runner.Extractor())[0] for s in speeches]
    assert outcomes == fresh
    assert all(o.facts for o in outcomes)


@pytest.fixture
def vocabulary_keeper():
    """A component factory whose component may hold on to its pipeline's vocabulary."""
    from spacy.language import Language

    name = "test_vocabulary_keeper"
    if name not in Language.factories:
        Language.factory(name, func=lambda nlp, name: lambda doc: doc)
    return name


def test_a_refresh_renews_the_vocabulary_or_builds_anew_dropping_the_old_first(
    monkeypatch, vocabulary_keeper
):
    """The pipeline is kept on a new vocabulary; one with a component that may hold on to the
    old vocabulary is built anew, the old pipeline no longer held while the new one is built."""
    monkeypatch.setattr(runner, "REFRESH_DOCUMENTS", 1)
    extractor = runner.Extractor()
    first = extractor.pipeline_for(1)
    vocab = first.vocab
    assert extractor.pipeline_for(1) is first and first.vocab is not vocab
    held = []
    original = runner.Extractor._build

    def build(self):
        held.append(self.nlp)
        nlp = original(self)
        nlp.add_pipe(vocabulary_keeper)
        return nlp

    monkeypatch.setattr(runner.Extractor, "_build", build)
    extractor.nlp = None  # as after a failed build: built anew
    keeping = extractor.pipeline_for(1)
    assert held == [None] and keeping is not first
    again = extractor.pipeline_for(1)  # not renewed: built anew, the old one dropped first
    assert held == [None, None] and again is extractor.nlp and again is not keeping


def test_a_failed_refresh_raises_and_the_next_call_builds_anew(monkeypatch):
    """A refresh that fails raises PipelineError (its cause kept), as a failed build does; the
    next document's call builds a new pipeline and, the cause gone, gets it. A failed build is
    tried again the same way."""
    from pipeline.nlp import lexical

    monkeypatch.setattr(runner, "REFRESH_DOCUMENTS", 1)
    extractor = runner.Extractor()
    nlp = extractor.pipeline_for(1)
    monkeypatch.setattr(lexical, "lean_vocab", lambda: 1 / 0)
    refused = "the NLP pipeline cannot be refreshed: ZeroDivisionError"
    with pytest.raises(runner.PipelineError, match=refused) as failed:
        extractor.pipeline_for(1)
    assert isinstance(failed.value.__cause__, ZeroDivisionError)
    assert extractor.nlp is None
    for _ in range(2):
        with pytest.raises(runner.PipelineError, match=refused):
            extractor.pipeline_for(1)  # built anew, on a lean vocabulary: fails too
    monkeypatch.undo()
    monkeypatch.setattr(runner, "REFRESH_DOCUMENTS", 1)
    again = extractor.pipeline_for(1)
    assert again is extractor.nlp and again is not nlp
    (outcome,) = runner._annotate([speech("f1", "f1.txt")], extractor)
    assert outcome.fact_types == ("percentage",)


def _failing_refresh(monkeypatch) -> None:
    """The pipeline refreshed before each document, and every refresh failing (memory)."""
    from pipeline.nlp import lexical

    def no_memory(nlp):
        raise MemoryError("no room for a new vocabulary")

    monkeypatch.setattr(runner, "REFRESH_DOCUMENTS", 1)
    monkeypatch.setattr(lexical, "renew_vocabulary", no_memory)


REFRESH_REFUSED = "the NLP pipeline cannot be refreshed: MemoryError: no room for a new vocabulary"


def test_extract_whose_refresh_fails_stops_with_exit_6_and_resume_advice(tmp_path, monkeypatch):
    """A pipeline refresh that fails in the middle of a run stops it as a failed first build
    does: exit 6, the reason on standard error, the journal kept for `--resume`; not a
    traceback, and not one error record per document for the rest of the run."""
    from typer.testing import CliRunner

    from pipeline.cli import app

    _failing_refresh(monkeypatch)
    corpus = tmp_path / "in"
    corpus.mkdir()
    for n in (3, 4, 5):
        (corpus / f"s{n}.txt").write_text(f"Exports grew by {n} percent last year.\n")
    out = tmp_path / "out" / "facts.jsonl"
    out.parent.mkdir()
    result = CliRunner().invoke(
        app, ["extract", str(corpus), "-o", str(out), "--workers", "1", "-q"]
    )
    assert result.exit_code == 6, result.output
    assert REFRESH_REFUSED in result.stderr
    assert "--resume" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_failed_refresh_in_a_part_of_a_large_file_stops_the_run(tmp_path, monkeypatch):
    """Parts of a large JSON lines file (each an error record when it fails on its own) let a
    failed refresh through: the run stops with PipelineError, as for whole files."""
    _failing_refresh(monkeypatch)
    corpus = tmp_path / "in"
    corpus.mkdir()
    lines = [
        json.dumps({"id": f"s{n}", "text": f"Exports grew by {n} percent last year."})
        for n in (3, 4, 5)
    ]
    (corpus / "s.jsonl").write_text("\n".join(lines) + "\n")
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(runner.PipelineError, match=REFRESH_REFUSED):
        runner.run(
            [str(corpus)],
            facts_out=str(out / "f.jsonl"),
            errors_out=str(out / "e.jsonl"),
            workers=1,
            part_bytes=1,
        )


@pytest.mark.parametrize(
    ("outputs", "message"),
    [
        ({"facts_out": "-", "docs_out": "-"}, r"only one output can be standard output"),
        ({"facts_out": "-", "errors_out": "-"}, r"only one output can be standard output"),
        ({"facts_out": "{d}/a.jsonl", "docs_out": "{d}/a.jsonl"}, r"--output and --docs name"),
        ({"facts_out": "{d}/a.jsonl", "errors_out": "{d}/./a.jsonl"}, r"--output and --errors"),
        (
            {"facts_out": "{d}/a.jsonl", "docs_out": "{d}/b.jsonl", "errors_out": "{d}/b.jsonl"},
            r"--docs and --errors name the same file",
        ),
    ],
)
def test_run_refuses_outputs_that_clash(tmp_path, outputs, message):
    """The library checks its outputs itself (the CLI relies on it): nothing is written."""
    src = tmp_path / "in.txt"
    src.write_text("Exports grew by 5 percent.", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    named = {k: v.format(d=out) for k, v in outputs.items()}
    with pytest.raises(OutputRefused, match=message):
        runner.run([str(src)], **named)
    assert list(out.iterdir()) == []


# --- documents cross from the workers as encoded lines ---------------------------------------


def test_a_document_outcome_holds_its_records_as_the_writer_writes_them(tmp_path):
    from pipeline.output import JsonlWriter

    warning = InputError("d1.txt", "ambiguous_date", "03/04/2020 reads as March or April")
    text = "Exports rose by 8 percent to $2.5 billion, to forty countries. Caf\u00e9 \u2013 done."
    (outcome,) = runner._annotate(
        [speech("d1", "d1.txt", text, warnings=[warning])], runner.Extractor()
    )
    facts = [json.loads(line) for line in outcome.facts.splitlines()]
    document = json.loads(outcome.document)
    ((kind, line),) = outcome.warnings
    assert facts and outcome.fact_types == tuple(f["type"] for f in facts)
    assert (
        (outcome.doc_id, outcome.source)
        == ("d1", "d1.txt")
        == (document["doc_id"], document["source"])
    )
    assert outcome.digest == runner.text_digest(text) and document["text"] == text
    assert outcome.word_count == document["word_count"] > 0
    assert kind == "ambiguous_date" == json.loads(line)["kind"]
    # the bytes are those the writer gives the decoded records
    path = tmp_path / "same.jsonl"
    with JsonlWriter(str(path)) as writer:
        for record in [*facts, document, json.loads(line)]:
            writer.write(record)
    assert path.read_bytes() == outcome.facts + outcome.document + line


@real_ingest
def test_every_kind_of_record_is_the_same_with_one_and_two_workers(tmp_path):
    """Documents (with facts and a warning), a duplicate, a duplicate_id error, error records,
    a skip and a file name that is not UTF-8 (a lone surrogate in its records), written from
    the lines the workers encoded: the same bytes whatever the number of workers, and the
    summary counts what the records hold."""
    data = tmp_path / "in"
    data.mkdir()
    said = "Exports rose by {n} percent to ${n}.5 billion last year, to forty countries."
    rows = [
        {"id": "a", "date": "03/04/2020", "text": said.format(n=8)},  # an ambiguous date
        {"id": "b", "text": said.format(n=9)},
        {"id": "a", "date": "03/04/2020", "text": said.format(n=8)},  # a duplicate
        {"id": "b", "text": said.format(n=7)},  # duplicate_id: other text
    ]
    lines = [json.dumps(r) for r in rows]
    (data / "records.jsonl").write_text("\n".join([*lines, "{not json"]) + "\n", encoding="utf-8")
    (data / "speech.txt").write_text(said.format(n=3) + "\n", encoding="utf-8")
    (data / "broken.html").write_bytes(b"\xff\xfe\x00<html>" + bytes(range(1, 9)) * 40)
    (data / "photos.html").write_text("<html><body><p>Photos</p></body></html>")
    try:
        (data / b"caf\xe9.txt".decode("utf-8", "surrogateescape")).write_text(
            said.format(n=4) + "\n", encoding="utf-8"
        )
    except (UnicodeEncodeError, OSError):
        pass  # a file system that refuses such names: the rest still runs
    written = []
    for workers in (1, 2):
        summary, out = _run_into(tmp_path / f"w{workers}", data, workers)
        assert summary.check()
        written.append([(out / n).read_bytes() for n in ("f.jsonl", "d.jsonl", "e.jsonl")])
        facts, docs, errors = (read_jsonl(out / n) for n in ("f.jsonl", "d.jsonl", "e.jsonl"))
        assert summary.documents == len(docs) >= 3 and summary.duplicates == 1
        assert summary.errors["duplicate_id"] == 1 and summary.warnings == {"ambiguous_date": 1}
        assert sum(summary.errors.values()) + 1 == len(errors)  # and the warning
        assert summary.facts_total == len(facts) > 0
        assert summary.facts == runner.Counter(f["type"] for f in facts) + runner.Counter(
            {t: 0 for t in summary.facts}
        )
        assert summary.words == sum(d["word_count"] for d in docs)
    assert written[0] == written[1]


@real_ingest
def test_a_link_to_the_runs_own_partial_file_is_not_an_input(tmp_path):
    data = tmp_path / "in"
    data.mkdir()
    (data / "speech.txt").write_text("Exports rose by 8 percent last year.\n", encoding="utf-8")
    facts = data / "facts.jsonl"
    # dangling when the run plans its inputs: the run writes the partial file afterwards
    (data / "zz-link.txt").symlink_to(data / ".facts.jsonl.partial")
    summary = runner.run([str(data)], facts_out=str(facts), errors_out=str(tmp_path / "e.jsonl"))
    assert summary.inputs == 1 and summary.documents == 1


@pytest.mark.parametrize("module", ["pipeline.cli", "pipeline.runner", "pipeline.ingest"])
def test_the_main_process_modules_do_not_import_spacy(module):
    """The main process of a run with workers only writes what they annotated: it imports
    spaCy (half a second) only if it must annotate a document itself."""
    import subprocess

    code = f"import sys, {module}; print(sorted(m for m in ('spacy', 'thinc') if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


@pytest.mark.parametrize("workers", [1, 2])
def test_a_pipeline_that_cannot_be_built_stops_the_run_with_its_reason(
    tmp_path, workers, broken_build_site
):
    """A worker whose pipeline cannot be built must not hang the pool (multiprocessing replaces
    a worker whose initializer raises, forever) nor fail every document: the run stops with
    exit 6 and says why. The failure is injected through a sitecustomize module on PYTHONPATH,
    which every process of the run, spawned workers included, imports at start."""
    site = broken_build_site()
    corpus = tmp_path / "in"
    corpus.mkdir()
    for n in range(3):
        (corpus / f"s{n}.txt").write_text(f"Exports grew by {n + 2} percent last year.\n")
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        [str(site), str(Path(__file__).resolve().parents[1]), env.get("PYTHONPATH", "")]
    )
    out = tmp_path / "out" / "facts.jsonl"
    out.parent.mkdir()
    cmd = [sys.executable, "-m", "pipeline", "extract", str(corpus), "-o", str(out)]
    done = subprocess.run(
        [*cmd, "--workers", str(workers), "-q"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,  # the old code never returned
    )
    assert done.returncode == 6, done.stderr
    assert "the NLP pipeline cannot be built" in done.stderr
    assert "rules unreadable (made so by the test)" in done.stderr
    assert "Traceback" not in done.stderr
    assert not out.exists()


# ---------------------------------------------------------------------------------------------
# What a run holds per input file (issue 19, round k): slots, and plain paths in the tasks
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("held", [runner.Task("a/b.html"), runner._Step(runner.Task("a/b.html"))])
def test_a_task_and_a_step_have_no_attribute_dictionary(held):
    assert not hasattr(held, "__dict__")


@pytest.mark.parametrize(
    ("rel", "id_prefix", "name", "scope"),
    [("news/b.html", None, "news/b", None), ("b.html", "file", "b", "b.html")],
)
def test_a_task_keeps_a_plain_path_and_the_name_from_discovery(
    tmp_path, rel, id_prefix, name, scope
):
    from pipeline.ingest.discover import InputFile

    path = tmp_path / "b.html"
    path.write_text("<html><body><p>An invented page.</p></body></html>", encoding="utf-8")
    found = InputFile(str(path), rel)
    [task] = runner._tasks_for(found, 1 << 20, id_prefix, 1 << 20)
    assert type(task.path) is str and task.path == str(path)
    assert (task.name, task.scope) == (name, scope)


def test_a_task_with_slots_pickles_and_is_replaced_as_before():
    import pickle
    from dataclasses import replace

    task = runner.Task("a/b.html", 0, None, 1, "a/b", "a/b.html")
    assert pickle.loads(pickle.dumps(task)) == task
    printed = replace(task, print_version=True)
    assert printed.print_version and printed.describe() == task.describe()


# ---------------------------------------------------------------------------------------------
# The run's listing (issue 19, round l): whole-file steps held as joined strings, made lazily
# ---------------------------------------------------------------------------------------------


def _steps_as_before(entries, part_bytes, id_prefix, max_bytes):
    """The steps as the runner listed them before the compact listing: a _Step object each."""
    from dataclasses import replace

    steps = []
    prints = runner._print_versions(entries)
    for entry in entries:
        if not isinstance(entry, str):
            steps.append(runner._Step(entry))
            continue
        tasks = runner._tasks_for(entry, part_bytes, id_prefix, max_bytes)
        if isinstance(tasks, Skipped):
            steps.append(runner._Step(tasks))
            continue
        if os.fspath(entry) in prints and len(tasks) == 1 and tasks[0].end is None:
            tasks = [replace(tasks[0], print_version=True)]
        for k, task in enumerate(tasks):
            steps.append(runner._Step(task, first=k == 0, last=k == len(tasks) - 1))
    return steps


@pytest.mark.parametrize("id_prefix", [None, "file"])
def test_the_listing_gives_the_steps_listed_before(tmp_path, id_prefix):
    from pipeline.ingest.discover import discover

    folder = tmp_path / "in"
    (folder / "2013" / "501").mkdir(parents=True)
    page = "<html><body><p>An invented page about trade.</p></body></html>"
    (folder / "2013" / "501.html").write_text(page, encoding="utf-8")
    (folder / "2013" / "501" / "print.html").write_text(page, encoding="utf-8")
    (folder / "2013" / "print.html").write_text(page, encoding="utf-8")  # no page of its own
    (folder / "notes.txt").write_text("An invented note on exports.\n", encoding="utf-8")
    (folder / "odd name é.txt").write_text("An invented note on imports.\n", encoding="utf-8")
    rows = [
        json.dumps({"id": f"r{i}", "text": f"Invented record {i} on tariffs."}) for i in range(40)
    ]
    (folder / "records.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    (folder / "small.jsonl").write_text(rows[0] + "\n", encoding="utf-8")
    own = {
        "schema_version": "1.0",
        "source": "x.html",
        "doc_id": None,
        "kind": "empty",
        "reason": "r",
    }
    (folder / "old.jsonl").write_text((json.dumps(own) + "\n") * 40, encoding="utf-8")
    (folder / ".hidden.txt").write_text("hidden", encoding="utf-8")
    (folder / "other.bin").write_bytes(b"\x00\x01")
    named = tmp_path / "named.txt"
    named.write_text("An invented note named on the command line.\n", encoding="utf-8")
    paths = [str(folder), str(named), str(tmp_path / "missing.txt")]
    entries = list(discover(paths))
    part_bytes = 400

    before = _steps_as_before(entries, part_bytes, id_prefix, 1 << 20)
    listing = runner._steps(entries, part_bytes, id_prefix, 1 << 20)

    kinds = {getattr(s.item, "kind", "task") for s in before}
    assert kinds == {"task", "own_output", "hidden", "unknown_format", "missing"}
    assert any(s.item.print_version for s in before if isinstance(s.item, runner.Task))
    assert any(not s.last for s in before)  # records.jsonl is cut into parts
    assert len(listing) == len(before)
    for start in range(len(before) + 1):
        assert list(listing.steps(start)) == before[start:]
        tasks = [s.item for s in before[start:] if isinstance(s.item, runner.Task)]
        assert list(listing.tasks(start)) == tasks
        assert listing.count_tasks(start) == len(tasks)
    for step in listing.steps():
        if isinstance(step.item, runner.Task):
            assert type(step.item.path) is str


def test_the_listing_keeps_a_path_it_cannot_join_as_a_step():
    listing = runner._Listing(None)
    listing.add_file("a/b.html", "b.html", False)
    listing.add_file("a\0c.html", "c.html", True)  # never given by discovery
    listing.add(runner._Step(Skipped("a/d.bin", "unknown_format", "r")))
    listing.add_file("a/e/print.html", "e/print.html", True)
    listing.finish()
    assert [
        s.item.path if isinstance(s.item, runner.Task) else s.item.kind for s in listing.steps()
    ] == [
        "a/b.html",
        "a\0c.html",
        "unknown_format",
        "a/e/print.html",
    ]
    assert [s.item.print_version for s in listing.steps() if isinstance(s.item, runner.Task)] == [
        False,
        True,
        True,
    ]
    assert listing.step(3).item.name == "e/print"
    assert (
        listing.count_tasks(0) == 3 and listing.count_tasks(3) == 1 and listing.count_tasks(4) == 0
    )


@pytest.mark.parametrize(
    ("path", "rel", "split"),
    [
        ("/in/news/1.html", "1.html", (("/in/news/", ""), "1.html")),
        ("/in/news/1/print.html", "1/print.html", (("/in/news/", ""), "1/print.html")),
        ("b.html", "b.html", (("", ""), "b.html")),
        ("/in/x.html", "y.html", (("/in/x.html", "y.html"), "")),  # rel is not the path's end
        ("/in/x.html", "", (("/in/x.html", ""), "")),
    ],
)
def test_split_input_folder_keeps_path_and_rel(path, rel, split):
    """The listing holds a file as its input folder (once) and its relative path (round
    mem72): the two give the path and relative path back, whatever they are."""
    (before_path, before_rel), entry = runner.split_input_folder(path, rel)
    assert ((before_path, before_rel), entry) == split
    assert (before_path + entry, before_rel + entry) == (path, rel)


def test_the_listing_holds_each_input_folder_once():
    listing = runner._Listing(None)
    for k in range(3):
        listing.add_file(f"/in/news/{k}.html", f"{k}.html", False)
    listing.add_file("/other/a.html", "a.html", False)
    listing.add_file("/in/news/odd.html", "renamed.html", False)
    listing.finish()
    assert listing._folders == [
        ("/in/news/", ""),
        ("/other/", ""),
        ("/in/news/odd.html", "renamed.html"),
    ]
    assert [s.item.path for s in listing.steps()] == [
        "/in/news/0.html",
        "/in/news/1.html",
        "/in/news/2.html",
        "/other/a.html",
        "/in/news/odd.html",
    ]
    assert listing.step(4).item.name == "renamed"


@pytest.mark.parametrize(
    "paths",
    [
        ["/in/news/1.html", "/in/news/2.html", "/in/other/1.html"],
        ["", "a", "/", "/a", "a/", "x:y/z:1.html", "0:a", "1:/b"],
        ["/in/news/records.jsonl:12", "/in/news/records.jsonl:13"],
    ],
)
def test_the_sinks_folders_give_each_source_back(paths):
    """`_OutcomeSink.written` holds a source as its folder's index and name (round mem72)."""
    folders = runner._Folders()
    packed = [folders.pack(p) for p in paths]
    assert [folders.unpack(p) for p in packed] == paths
    assert len(folders._folders) == len({p[: p.rfind("/") + 1] for p in paths})


# ---------------------------------------------------------------------------------------------
# The summary's "elapsed" line says where the tasks ran (robust48): local processes, or the Dask
# cluster and its workers at the end; neither is journalled, so a run resumes on either
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "where", "workers"),
    [
        ({"workers": 1}, "(1 worker)", 1),
        ({"workers": 2}, "(2 workers)", 2),
        (
            {"workers": 3, "dask": "tcp://10.0.0.5:8786", "dask_workers": 8},
            "(Dask at tcp://10.0.0.5:8786: 8 workers)",
            8,
        ),
        (
            {"dask": "tcp://10.0.0.5:8786", "dask_workers": 1},
            "(Dask at tcp://10.0.0.5:8786: 1 worker)",
            1,
        ),
        (
            {"dask": "sched.json", "dask_workers": None},
            "(Dask at sched.json: no task to send)",
            None,
        ),
    ],
)
def test_the_elapsed_line_says_where_the_tasks_ran(fields, where, workers):
    summary = runner.Summary(inputs=1, files=1, documents=1, words=10, elapsed=1.0, **fields)
    elapsed = dict(summary.items())["elapsed"]
    assert elapsed == f"1.0 s {where}"
    assert summary.to_dict()["workers"] == workers
    assert summary.to_dict()["dask"] == fields.get("dask")
    assert "workers" not in summary.state() and "dask" not in summary.state()
