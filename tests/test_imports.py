"""What each entry point imports, and how (issue 19, cold start): a command imports what it
needs only, and a process that extracts keeps the garbage collector off what it imports.

Each check runs in a fresh interpreter, since this test process has imported everything already.
spaCy, numpy, ingestion (selectolax, the parsers) and the NLP modules are imported when a run
needs them: `--help`, `--version` and importing the package or the runner must not pull them in.
"""

import json
import subprocess
import sys
from pathlib import Path

import pytest

# imported only when a command needs them (ingestion and the NLP: extract, show)
HEAVY = ("spacy", "numpy", "selectolax", "simplemma", "pipeline.ingest", "pipeline.nlp")


def modules_after(code: str) -> set[str]:
    """The names in sys.modules after running `code` in a fresh interpreter (its output on
    standard output is dropped; the module list goes last)."""
    script = (
        "import json, sys, io, contextlib\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        + "".join(f"    {line}\n" for line in code.splitlines())
        + "print(json.dumps(sorted(sys.modules)))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return set(json.loads(done.stdout.splitlines()[-1]))


def run_cli(entry: str, args: list[str]) -> str:
    """Code that calls a console script's function with `args`, as the shell would."""
    return (
        "import sys\n"
        f"from pipeline.cli import {entry}\n"
        f"sys.argv = [{entry!r}, *{args!r}]\n"
        "try:\n"
        f"    {entry}() if {entry!r} == 'extract_main' else {entry}(prog_name='speechfacts')\n"
        "except SystemExit:\n"
        "    pass"
    )


@pytest.mark.parametrize(
    "entry, args",
    [
        ("app", ["--help"]),
        ("app", ["--version"]),
        ("app", ["extract", "--help"]),
        ("app", ["extract", "--version"]),
        ("app", ["load", "--help"]),
        ("app", ["show", "--help"]),
        ("extract_main", ["--help"]),
        ("extract_main", ["--version"]),
    ],
)
def test_help_and_version_import_no_spacy_nor_ingestion(entry, args):
    loaded = modules_after(run_cli(entry, args))
    assert "pipeline.cli" in loaded
    assert [m for m in HEAVY if m in loaded] == []


@pytest.mark.parametrize("module", ["pipeline", "speechfacts", "pipeline.runner", "pipeline.cli"])
def test_importing_imports_no_spacy_nor_ingestion(module):
    loaded = modules_after(f"import {module}")
    assert [m for m in HEAVY if m in loaded] == []


@pytest.mark.parametrize("asked", ["pipeline.__version__", "from pipeline import __version__"])
def test_version_is_read_on_first_use(asked):
    # importlib.metadata (0.04 s to import) only when __version__ is asked for
    assert "importlib.metadata" not in modules_after("import pipeline")
    assert "importlib.metadata" in modules_after(f"import pipeline\n{asked}")


@pytest.mark.parametrize("module", ["pipeline", "speechfacts"])
def test_version_is_the_installed_one(module):
    from importlib.metadata import PackageNotFoundError, version

    try:
        expected = version("speechfacts")
    except PackageNotFoundError:
        expected = "0.0.0"
    code = f"import {module}; print({module}.__version__)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stdout.strip() == expected


@pytest.mark.parametrize("name", ["no_such_name", "runner_"])
def test_other_missing_attributes_still_raise(name):
    import pipeline

    with pytest.raises(AttributeError, match=name):
        getattr(pipeline, name)


@pytest.mark.parametrize("entry, head", [("extract_main", []), ("app", ["extract"])])
def test_extract_skips_the_final_collection_at_exit(tmp_path, entry, head):
    # the last garbage collection at exit (about 0.3 s with spaCy loaded) is skipped: gc.freeze
    # is registered to run at exit, and the records are written all the same
    text = tmp_path / "talk.txt"
    text.write_text("Our exports grew by 5 percent in 2020.\n", encoding="utf-8")
    facts = tmp_path / "facts.jsonl"
    code = run_cli(entry, [*head, str(text), "-o", str(facts), "-q"])
    check = (
        "import atexit, gc\n"
        + code
        + "\natexit._run_exitfuncs()\nsys.stderr.write(f'frozen {gc.get_freeze_count()}')"
    )
    done = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert int(done.stderr.split("frozen ")[-1]) > 0
    records = [json.loads(line) for line in Path(facts).read_text().splitlines()]
    assert [r["type"] for r in records] == ["percentage"]


@pytest.mark.parametrize("args", [["--help"], ["--version"]])
def test_commands_that_do_not_extract_keep_the_final_collection(args):
    code = "import atexit, gc\n" + run_cli("app", args) + "\natexit._run_exitfuncs()\n"
    code += "sys.stderr.write(f'frozen {gc.get_freeze_count()}')"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stderr.split("frozen ")[-1] == "0"


def frozen_after(code: str) -> tuple[int, bool, bool]:
    """gc.get_freeze_count(), gc.isenabled() and whether spaCy is loaded after `code`, in a
    fresh interpreter, before any exit function runs."""
    script = (
        code
        + "\nimport gc, sys\nprint(gc.get_freeze_count(), gc.isenabled(), 'spacy' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    count, enabled, spacy = done.stdout.split()[-3:]
    return int(count), enabled == "True", spacy == "True"


@pytest.mark.parametrize("asked", [True, False])
def test_extractor_freezes_its_imports_only_when_asked(asked):
    # asked: the extract command, a pool worker; not a library caller's Extractor
    code = "from pipeline import runner\n"
    code += "runner.freeze_nlp_imports()\n" if asked else ""
    code += "extractor = runner.Extractor()\nextractor.process_file  # built"
    count, enabled, spacy = frozen_after(code)
    assert (count > 0) == asked
    assert enabled and spacy


def test_freezing_happens_once_per_process():
    code = (
        "import gc\nfrom pipeline import runner\nrunner.freeze_nlp_imports()\n"
        "runner.Extractor()\nfirst = gc.get_freeze_count()\ngc.unfreeze()\nrunner.Extractor()\n"
        "assert gc.get_freeze_count() == 0 and first > 0"
    )
    assert frozen_after(code)[0] == 0


@pytest.mark.parametrize("max_bytes", [1000, 50_000_000])
def test_a_pool_worker_freezes_its_imports(max_bytes):
    code = (
        "from pipeline import runner\n"
        f"runner._init_worker(None, {max_bytes})\n"
        f"assert runner._WORKER is not None and runner._WORKER.max_bytes == {max_bytes}"
    )
    count, enabled, spacy = frozen_after(code)
    assert count > 0 and enabled and spacy


@pytest.mark.parametrize("entry, head", [("extract_main", []), ("app", ["extract"])])
def test_the_extract_command_freezes_its_imports(tmp_path, entry, head):
    text = tmp_path / "talk.txt"
    text.write_text("Our imports fell by 2 percent in 2019.\n", encoding="utf-8")
    code = run_cli(entry, [*head, str(text), "-o", str(tmp_path / "facts.jsonl"), "-q"])
    count, enabled, spacy = frozen_after(code)
    assert count > 0 and enabled and spacy


@pytest.mark.parametrize("entry, head", [("extract_main", []), ("app", ["extract"])])
def test_extract_imports_no_database_layer(tmp_path, entry, head):
    # the `load` command's option defaults live in pipeline.defaults (issue 19, round o)
    text = tmp_path / "talk.txt"
    text.write_text("Our exports grew by 3 percent in 2021.\n", encoding="utf-8")
    loaded = modules_after(run_cli(entry, [*head, str(text), "-o", str(tmp_path / "f.jsonl")]))
    assert "pipeline.nlp" in loaded and "pipeline.defaults" in loaded
    assert [m for m in ("pipeline.db", "pipeline.load", "pipeline.schemas") if m in loaded] == []


@pytest.mark.parametrize("asked", [True, False])
def test_ingestion_is_imported_frozen_only_when_asked(asked):
    # asked (the extract command): the collector paused while numpy and the parsers load, then
    # what is alive frozen; a library caller's import is a plain one
    code = "from pipeline import runner\n"
    code += "runner.freeze_nlp_imports()\n" if asked else ""
    code += "runner.import_ingestion()\nimport sys\nassert 'pipeline.ingest' in sys.modules"
    count, enabled, spacy = frozen_after(code)
    assert (count > 0) == asked
    assert enabled and not spacy


@pytest.mark.parametrize("preset", [None, "3"])
def test_extract_starts_one_blas_thread_unless_told(tmp_path, preset):
    # numpy's OpenBLAS thread pool (one thread a core) is not started by the extract command,
    # whose pool workers inherit the setting; a value the user set is kept (issue 19, round o)
    import os

    text = tmp_path / "talk.txt"
    text.write_text("Our exports grew by 3 percent in 2021.\n", encoding="utf-8")
    code = run_cli("extract_main", [str(text), "-o", str(tmp_path / "f.jsonl"), "-q"])
    code += "\nimport os\nprint(os.environ.get('OPENBLAS_NUM_THREADS'))"
    env = dict(os.environ)
    env.pop("OPENBLAS_NUM_THREADS", None)
    if preset is not None:
        env["OPENBLAS_NUM_THREADS"] = preset
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split()[-1] == (preset or "1")


# Each reader of pipeline.ingest is imported when a file of its format is first read (issue 19,
# cold start): what reading one file of each format loads, and what it must not.
HTML_PAGE = (
    "<html><head><title>A visit to the shipyard</title></head><body><h1>A visit to the "
    "shipyard</h1><p>The new ferry was launched on the lake this spring, and a second one "
    "follows next year.</p></body></html>"
)
READ_FILES = {
    "visit.html": HTML_PAGE,
    "visit.txt": "The new ferry was launched on the lake this spring.\n",
    "visit.csv": "id,text\nv1,The new ferry was launched on the lake this spring.\n",
    "visit.jsonl": '{"id": "v1", "text": "The new ferry was launched on the lake this spring."}\n',
}
KREMLIN = ("pipeline.ingest.kremlin", "selectolax")
CSV = ("pipeline.ingest.csvrecords",)
JSON = ("pipeline.ingest.jsonrecords",)
# the CSV and JSON readers read their records' fields with the plain-text reader's helpers
TEXT = ("pipeline.ingest.plaintext", "pipeline.ingest.fields")
# (imported, not imported) by reading each file
READERS = {
    "visit.html": (KREMLIN, (*CSV, *JSON, *TEXT)),
    "visit.txt": (TEXT[:1], (*KREMLIN, *CSV, *JSON, *TEXT[1:])),
    "visit.csv": ((*CSV, *TEXT), (*KREMLIN, *JSON)),
    "visit.jsonl": ((*JSON, *TEXT), (*KREMLIN, *CSV)),
}


@pytest.mark.parametrize("name", sorted(READ_FILES))
def test_reading_a_file_imports_its_own_reader_only(tmp_path, name):
    path = tmp_path / name
    path.write_text(READ_FILES[name], encoding="utf-8")
    code = (
        "from pipeline.ingest import load_source\n"
        f"items = load_source({str(path)!r})\n"
        "assert type(items[0]).__name__ == 'Speech', items"
    )
    loaded = modules_after(code)
    imported, not_imported = READERS[name]
    assert [m for m in imported if m not in loaded] == []
    assert [m for m in not_imported if m in loaded] == []


@pytest.mark.parametrize("name", sorted(READ_FILES))
def test_listing_a_file_imports_no_other_reader(tmp_path, name):
    # what the runner asks of every input before it is read: is it a large JSONL or CSV file (a
    # CSV file is scanned by its reader to be cut into parts; a page or a text is not read)
    path = tmp_path / name
    path.write_text(READ_FILES[name], encoding="utf-8")
    code = (
        "from pipeline import runner\n"
        "runner.import_ingestion()\n"
        f"runner._tasks_for({str(path)!r}, 1 << 20, None, 1 << 20)"
    )
    loaded = modules_after(code)
    assert "pipeline.ingest" in loaded
    imported, not_imported = READERS[name]
    if name.endswith((".html", ".txt")):
        not_imported += imported
    assert [m for m in not_imported if m in loaded] == []


@pytest.mark.parametrize("error", [False, True])
def test_extract_imports_jsonlines_for_an_error_record_only(tmp_path, error):
    # the documents' records are written as lines encoded where they were annotated; a record
    # written one by one (an error) makes the writer, and jsonlines with it
    text = tmp_path / "talk.txt"
    text.write_text("Our exports grew by 3 percent in 2021.\n", encoding="utf-8")
    paths = [str(text)]
    if error:
        (tmp_path / "blank.txt").write_text("", encoding="utf-8")
        paths.append(str(tmp_path / "blank.txt"))
    errors = tmp_path / "errors.jsonl"
    args = [*paths, "-o", str(tmp_path / "f.jsonl"), "--errors", str(errors), "-q"]
    loaded = modules_after(run_cli("extract_main", args))
    assert ("jsonlines" in loaded) == error
    lines = errors.read_text(encoding="utf-8").splitlines()
    assert len(lines) == int(error)
    if error:
        assert json.loads(lines[0])["kind"] == "empty"


@pytest.mark.parametrize(
    "options, imported",
    [([], False), (["--date", "2021-05-04"], True), (["--date-order", "dmy"], True)],
)
def test_extract_of_a_page_imports_the_date_reader_for_the_date_options_only(
    tmp_path, options, imported
):
    # a page's dates are read by the HTML parser; the date reader (pipeline.ingest.dates) reads
    # a text's date line and the --date and --date-order options
    page = tmp_path / "visit.html"
    page.write_text(HTML_PAGE, encoding="utf-8")
    args = [str(page), "-o", str(tmp_path / "f.jsonl"), "-q", *options]
    loaded = modules_after(run_cli("extract_main", args))
    assert "pipeline.ingest.kremlin" in loaded
    assert ("pipeline.ingest.dates" in loaded) == imported
