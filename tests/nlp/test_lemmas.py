"""pipeline.nlp.lemmas: simplemma's English lemmas and dictionary words from the compact table,
derived from the installed simplemma and cached on disk."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.nlp import lemmas
from pipeline.nlp.lemmas import LemmaTable, is_known, lemma_table, lemmatize

ROOT = Path(__file__).resolve().parents[2]

# a small invented table: header, then word<TAB>lemma lines sorted by bytes, empty lemma = word
SMALL = (
    b"# a header line\nZed\tzed\napple\t\napples\tapple\ncaf\xc3\xa9s\tcaf\xc3\xa9\ngeese\tgoose\n"
)


@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        ("Zed", "zed"),
        ("apple", "apple"),
        ("apples", "apple"),
        ("cafés", "café"),
        ("geese", "goose"),
        ("zed", None),
        ("appl", None),
        ("applesauce", None),
        ("", None),
        ("Apples", None),
        ("a", None),
        ("zzz", None),
        ("\x00", None),
    ],
)
def test_small_table_gives_the_lemma_of_its_words_only(word, lemma):
    assert LemmaTable(SMALL).get(word) == lemma


def test_small_table_lists_its_entries_and_header():
    table = LemmaTable(SMALL)
    assert table.header == "# a header line"
    assert len(table) == 5
    assert list(table.items()) == [
        ("Zed", "zed"),
        ("apple", "apple"),
        ("apples", "apple"),
        ("cafés", "café"),
        ("geese", "goose"),
    ]


@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        ("exports", "export"),
        ("children", "child"),
        ("russia", "Russia"),
        ("increased", "increase"),
        ("spending", "spend"),
        ("turnover", "turnover"),
        ("Exports", "export"),  # the other case of a word not in the dictionary as written
        ("shouldn't", "shall"),  # a contraction taken off, the stem looked up
        ("we've", "we"),
        ("harbour’s", "harbour"),  # with a curly apostrophe
        ("fish-markets", "fish-market"),  # the last part of a hyphenated word
        ("zorbifications", "zorbification"),  # not a word: the "-tions" rule
        ("glorpized", "glorpize"),  # the "-ized" rule
        ("glorpcies", "glorpcy"),
        ("Zorbdoms", "Zorbdom"),
        ("123", "123"),
        ("½", "½"),
        ("qwzx", "qwzx"),  # nothing gives a lemma: the word
    ],
)
def test_lemmatize_gives_simplemmas_english_lemma(word, lemma):
    assert lemmatize(word) == lemma


@pytest.mark.parametrize(
    ("word", "known"),
    [("tourism", True), ("Tourism", True), ("exports", True), ("qwzx", False), ("zorbdoms", False)],
)
def test_is_known_tells_a_dictionary_word(word, known):
    assert is_known(word) is known


@pytest.mark.parametrize(
    ("word", "error"), [("", ValueError), (None, TypeError), (3, TypeError), (b"x", TypeError)]
)
def test_bad_input_raises_as_simplemma_does(word, error):
    with pytest.raises(error):
        lemmatize(word)
    with pytest.raises(error):
        is_known(word)


def test_the_table_is_read_once_per_process():
    assert lemma_table() is lemma_table()
    assert lemma_table().header.startswith("# speechfacts lemma table v1, simplemma ")


def test_subject_keys_with_a_warm_cache_do_not_import_simplemma():
    """With the table cached, a process reads the file only: simplemma's version comes from its
    metadata, its dictionary is never loaded."""
    lemma_table()  # the session's cache folder holds the file now
    assert lemmas.cache_path().is_file()
    code = (
        "import sys\n"
        "from pipeline.nlp.rules import installed_rules\n"
        "from pipeline.nlp.measures import subject_key\n"
        "assert subject_key(installed_rules(), 'the tourism revenues') == 'tourism revenue'\n"
        "assert 'simplemma' not in sys.modules\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


# ---------------------------------------------------------------------------------------------
# The cache: where, written once, rebuilt when bad, never a reason to fail
# ---------------------------------------------------------------------------------------------


@pytest.fixture
def fresh_cache(monkeypatch, tmp_path):
    """An empty cache folder of its own, the per-process table forgotten before and after, and
    the number of builds counted through a wrapped builder."""
    folder = tmp_path / "cache"
    monkeypatch.setenv(lemmas.CACHE_ENV, str(folder))
    builds = []
    build = lemmas.build_table
    monkeypatch.setattr(lemmas, "build_table", lambda: builds.append(1) or build())
    lemma_table.cache_clear()
    yield folder, builds
    lemma_table.cache_clear()


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"SPEECHFACTS_CACHE": "/c/sf", "XDG_CACHE_HOME": "/x", "HOME": "/h"}, "/c/sf"),
        ({"XDG_CACHE_HOME": "/x", "HOME": "/h"}, "/x/speechfacts"),
        ({"HOME": "/h"}, "/h/.cache/speechfacts"),
    ],
)
def test_cache_folder_from_the_environment(monkeypatch, env, expected):
    for name in ("SPEECHFACTS_CACHE", "XDG_CACHE_HOME"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert lemmas.cache_dir() == Path(expected)
    version = lemmas.simplemma_version()
    assert lemmas.cache_path().name == f"lemmas_en-simplemma{version}-v1.tsv"


def test_cache_written_once_then_reused(fresh_cache):
    folder, builds = fresh_cache
    first = lemma_table()
    assert builds == [1]
    assert [p.name for p in folder.iterdir()] == [lemmas.cache_path().name]  # no temp file left
    assert lemmas.cache_path().stat().st_mode & 0o777 == 0o644
    lemma_table.cache_clear()
    second = lemma_table()
    assert builds == [1]  # read back, not built again
    assert list(second.items()) == list(first.items())
    assert lemmatize("exports") == "export"


@pytest.mark.parametrize("blocker", ["file_in_the_way", "read_only_folder"])
def test_unwritable_cache_folder_gives_the_same_lemmas(fresh_cache, monkeypatch, blocker):
    folder, builds = fresh_cache
    if blocker == "file_in_the_way":  # the cache folder's place is taken by a file
        folder.write_text("not a folder")
        monkeypatch.setenv(lemmas.CACHE_ENV, str(folder / "sub"))
    else:  # writing fails as in a read-only home (root ignores chmod: the failure is simulated)
        folder.mkdir()

        def refuse(*args, **kwargs):
            raise PermissionError("read-only")

        monkeypatch.setattr(lemmas.tempfile, "NamedTemporaryFile", refuse)
    table = lemma_table()
    assert builds == [1]
    assert len(table) > 100_000 and table.get("geese") == "goose"
    assert [lemmatize(w) for w in ("exports", "russia", "fish-markets")] == [
        "export",
        "Russia",
        "fish-market",
    ]
    assert not list(folder.glob("*")) or blocker == "file_in_the_way"


def _corrupt(data: bytes) -> list[bytes]:
    header, _, body = data.partition(b"\n")
    return [
        b"",
        b"garbage without a newline",
        data[: len(data) // 2],  # truncated in a line
        data[: data.rindex(b"\n", 0, len(data) // 2) + 1],  # truncated at a line's end
        header.replace(b"v1", b"v0") + b"\n" + body,  # another format
        header.replace(b"simplemma ", b"simplemma 0") + b"\n" + body,  # another simplemma
        header + b"\n" + body + b"zzzz\t\n",  # a line more than the header counts
    ]


@pytest.mark.parametrize("case", range(7))
def test_corrupt_cache_file_is_rebuilt(fresh_cache, case):
    folder, builds = fresh_cache
    good = lemmas.table_bytes()
    path = lemmas.cache_path()
    folder.mkdir()
    path.write_bytes(_corrupt(good)[case])
    table = lemma_table()
    assert builds == [1]
    assert path.read_bytes() == good
    assert list(table.items()) == list(LemmaTable(good).items())


_RACER = """
import sys
from pipeline.nlp import lemmas
sys.stdin.readline()  # both processes wait here, then build together
print(lemmas.lemmatize("exports"), len(lemmas.lemma_table()))
"""


def test_two_processes_racing_leave_one_valid_file(fresh_cache):
    folder, _ = fresh_cache
    env = {**os.environ, lemmas.CACHE_ENV: str(folder)}
    racers = [
        subprocess.Popen(
            [sys.executable, "-c", _RACER],
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    outputs = [racer.communicate("go\n", timeout=120) for racer in racers]
    assert [racer.returncode for racer in racers] == [0, 0], outputs
    good = lemmas.table_bytes()
    count = len(LemmaTable(good))
    assert [out for out, _ in outputs] == [f"export {count}\n"] * 2
    assert [p.name for p in folder.iterdir()] == [lemmas.cache_path().name]
    assert lemmas.cache_path().read_bytes() == good


@pytest.mark.parametrize("version", ["1.1.2", "2.1.0"])
def test_an_unchecked_simplemma_answers_itself(monkeypatch, version):
    """Where the installed simplemma is not one whose steps are replayed, simplemma answers."""
    calls = []

    class Fake:
        @staticmethod
        def lemmatize(word, lang):
            calls.append(("lemmatize", word, lang))
            return "L"

        @staticmethod
        def is_known(word, lang):
            calls.append(("is_known", word, lang))
            return True

    monkeypatch.setattr(lemmas, "simplemma_version", lambda: version)
    monkeypatch.setattr(lemmas, "_simplemma", lambda: Fake)
    lemmas.replayed.cache_clear()
    try:
        assert (lemmatize("zorbs"), is_known("zorbs")) == ("L", True)
        assert lemmas.warm_cache() is None
    finally:
        lemmas.replayed.cache_clear()
    assert calls == [("lemmatize", "zorbs", "en"), ("is_known", "zorbs", "en")]


# ---------------------------------------------------------------------------------------------
# Equal to simplemma (where it is installed: it writes the table)
# ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def simplemma():
    return pytest.importorskip("simplemma")


@pytest.fixture(scope="module")
def dictionary(simplemma):
    from simplemma.strategies.dictionaries import DEFAULT_DICTIONARY_FACTORY

    return DEFAULT_DICTIONARY_FACTORY.get_dictionary("en")


def test_the_table_is_reproducible_and_not_in_the_package(simplemma):
    """The same simplemma gives the same bytes; nothing under pipeline/ or models/ holds them."""
    assert lemmas.table_bytes() == lemmas.table_bytes()
    assert lemmas.cache_path().read_bytes() == lemmas.table_bytes()
    assert not [p for d in ("pipeline", "models") for p in (ROOT / d).rglob("lemmas_en*")]


def test_the_table_holds_every_entry_of_the_dictionary(dictionary):
    table = lemma_table()
    assert len(table) == len(dictionary)
    assert all(table.get(word) == dictionary[word] for word in dictionary)
    assert dict(table.items()) == {word: dictionary[word] for word in dictionary}


def _forms(word: str):
    """A dictionary word and forms around it that take simplemma's other paths."""
    yield from (word, word.upper(), word.capitalize(), word.lower(), word.swapcase())
    yield from (word + "s", word + "'s", word + "’s", word + "n't", word + "'ve'd")
    yield from (word + "ed", word + "ing", word + "ments", word + "cies", word + "erves")
    yield from ("x-" + word, word + "-" + word, word + "_", "-" + word, word.replace("'", "ʼ"))
    yield from (word[:-1] or "e", word + "\u0301", "E" + word)


def test_equal_to_simplemma_on_a_sample_of_the_dictionary(simplemma, dictionary):
    words = sorted(dictionary)
    sample = random.Random(19).sample(words, 3000) + [w for w in words if not w.isascii()]
    for word in sample:
        for form in _forms(word):
            assert lemmatize(form) == simplemma.lemmatize(form, lang="en"), form
            assert is_known(form) == simplemma.is_known(form, lang="en"), form


_PIECES = list("abcdeiosty") + list("ABCSÉé") + ["'", "’", "ʼ", "-", "_", "1", "½", "٣", "İ"]
_PIECES += ["ß", "e\u0301", "ﬁ", " ", ".", "n't", "'s", "cies", "ments", "ized", "ing", "ed"]


@pytest.mark.parametrize("seed", range(4))
def test_equal_to_simplemma_on_generated_strings(simplemma, seed):
    rng = random.Random(seed)
    for _ in range(5000):
        form = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 8)))
        assert lemmatize(form) == simplemma.lemmatize(form, lang="en"), form
        assert is_known(form) == simplemma.is_known(form, lang="en"), form


@pytest.mark.parametrize(
    "word",
    ["can't", "Won’t", "shan't've", "o'clock", "rock'n'roll", "naïve's", "café’s", "I'm", "'s"],
)
def test_equal_to_simplemma_on_contractions(simplemma, word):
    assert lemmatize(word) == simplemma.lemmatize(word, lang="en")
    assert is_known(word) == simplemma.is_known(word, lang="en")


def test_simplemma_is_a_run_time_dependency_and_the_table_not_package_data():
    """simplemma is the run-time source of the data: the table is derived, never shipped."""
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "simplemma>=1.1,<3" in project["project"]["dependencies"]
    assert "pipeline.nlp" not in project["tool"]["setuptools"]["package-data"]


def test_the_child_process_builds_the_same_bytes(simplemma):
    assert lemmas.build_table() == lemmas.table_bytes()


def test_built_in_process_where_no_child_can_run(monkeypatch, simplemma):
    def no_child(*args, **kwargs):
        raise OSError("no child processes here")

    monkeypatch.setattr(lemmas.subprocess, "run", no_child)
    assert lemmas.build_table() == lemmas.table_bytes()


def test_a_cold_cache_keeps_simplemmas_dictionary_out_of_the_process(tmp_path):
    """The first process builds the cache through a child: it never imports simplemma itself."""
    code = (
        "import sys\n"
        "from pipeline.nlp import lemmas\n"
        "assert lemmas.lemmatize('exports') == 'export'\n"
        "assert lemmas.cache_path().is_file()\n"
        "assert 'simplemma' not in sys.modules\n"
    )
    env = {**os.environ, lemmas.CACHE_ENV: str(tmp_path / "cold")}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
