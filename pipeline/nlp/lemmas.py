"""English lemmas and dictionary words, exactly as simplemma gives them, from a compact table.

`subject_key` lemmatises words and the subject component asks whether a word is an English
dictionary word. Both were `simplemma.lemmatize(word, lang="en")` and
`simplemma.is_known(word, lang="en")`; simplemma decodes its whole English dictionary (181,612
entries) into a Python dict in every process that asks once: 18 MB and 0.16-0.19 s of CPU
(issue 19, round k). Here the same dictionary is a compact table (2.9 MB), read as one bytes
object and searched by bisection over its line starts: 3.6 MB in memory, read in a few
milliseconds, once per process and only when a word is first looked up.

The table is derived from the installed simplemma's English data, on this machine, the first
time a process needs it, and cached on disk (`cache_path`: `$SPEECHFACTS_CACHE`, else
`$XDG_CACHE_HOME/speechfacts`, else `~/.cache/speechfacts`, a file named with simplemma's
version and the table's format). It is not shipped with this package: simplemma's English data
comes from lemmatisation lists under share-alike licences (ODbL, CC BY-SA, ...), which a copy in
this MIT-licensed repository would have to carry. No network is needed: the data is simplemma's,
installed with it. The file is written atomically (a temporary file in the same folder, then
`os.replace`), so parallel workers may race; a file whose header or line count is wrong is
written again; where the folder cannot be written the table is built for the process alone.
The building runs in a child process (`build_table`), so that a worker never holds simplemma's
dictionary.

The table: a header line naming the format, simplemma's version and the number of entries, then
one line per dictionary entry, `word<TAB>lemma`, sorted by their UTF-8 bytes, the lemma left
empty where it is the word itself. `lemmatize` and `is_known` replay simplemma 2.0.0's English
path on it, step for step (see each function): the dictionary lookup with its other-case and
apostrophe variants, the contractions ("n't", "'s"), hyphenated words and the four suffix rules;
simplemma's other strategies are for other languages or for its greedy mode, which we do not
use. With another simplemma version, whose steps were not checked, both call simplemma itself.
tests/nlp/test_lemmas.py compares both with simplemma over the dictionary and generated words.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import unicodedata
from array import array
from bisect import bisect_left
from functools import cache, lru_cache
from pathlib import Path

# the table's layout: a new one gets a new number, so an old cache file is never read as new
FORMAT_VERSION = 1
# simplemma versions whose English steps `lemmatize` and `is_known` replay (checked by the tests)
REPLAYED_VERSIONS = frozenset({"2.0.0"})
CACHE_ENV = "SPEECHFACTS_CACHE"
_LANG = "en"

# simplemma.utils: the apostrophes it folds to the straight one
_STRAIGHT = "'"
_FOLDED = ("’", "ʼ")
# simplemma.strategies.clitic_decomposition, English: longest first, as it sorts them
_ENCLITICS = ("n't", "'re", "'ve", "'ll", "'m", "'s", "'d")
_IRREGULAR_CONTRACTIONS = frozenset({"can't", "won't", "shan't"})
_MAX_CLITICS = 2
_MIN_STEM = 1
# simplemma.strategies.hyphen_removal
_HYPHENS = ("-", "_")
_HYPHEN_SPLIT = re.compile(r"([-_])")
# simplemma.strategies.defaultrules.en
_IES_ENDINGS = ("cies",)
_S_ENDINGS = ("doms", "isms", "ists", "ments", "nces", "ships", "tions", "ums")
# simplemma.lemmatizer.Lemmatizer's default cache size (a cache never changes a result)
_CACHE_SIZE = 65536


class LemmaTable:
    """The English dictionary as one bytes object (`word\\tlemma\\n` lines, sorted) and the
    offsets of its lines: `get(word)` is the lemma of a dictionary word, None for another."""

    __slots__ = ("_data", "_starts", "_count", "header")

    def __init__(self, data: bytes):
        first = data.index(b"\n") + 1
        self.header = data[: first - 1].decode()
        self._data = data
        self._starts = _line_starts(data, first)
        self._count = len(self._starts) - 1

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, index: int) -> bytes:
        """The word of line `index`: what bisection compares (UTF-8 bytes order the words as
        their code points do, the order the table is sorted in)."""
        start = self._starts[index]
        return self._data[start : self._data.index(b"\t", start)]

    def get(self, word: str) -> str | None:
        """The lemma of `word` if it is in the dictionary (case and all), else None."""
        target = word.encode()  # as simplemma's dictionary view encodes a key
        index = bisect_left(self, target)
        if index == self._count:
            return None
        start = self._starts[index]
        tab = self._data.index(b"\t", start)
        if self._data[start:tab] != target:
            return None
        lemma = self._data[tab + 1 : self._starts[index + 1] - 1]
        return (lemma or target).decode()

    def items(self):
        """(word, lemma) of every entry, in the table's order."""
        for index in range(self._count):
            start, end = self._starts[index], self._starts[index + 1] - 1
            word, _, lemma = self._data[start:end].partition(b"\t")
            yield word.decode(), (lemma or word).decode()


def _line_starts(data: bytes, first: int) -> array:
    """The offset of each line from `first` on, and the end of the data."""
    import numpy  # spaCy imports it anyway; a Python loop over 181,612 lines takes 30 ms

    ends = numpy.flatnonzero(numpy.frombuffer(data, dtype=numpy.uint8) == ord("\n"))
    ends = ends[ends >= first]
    starts = array("I", [first])  # 4 bytes an offset: the table is a few megabytes
    starts.frombytes((ends + 1).astype(numpy.uint32).tobytes())
    return starts


def simplemma_version() -> str:
    """The installed simplemma's version, from its metadata (importing simplemma is not needed
    to find the cache file)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("simplemma")
    except PackageNotFoundError:  # importable without metadata (a source checkout)
        import simplemma

        return simplemma.__version__


def cache_dir() -> Path:
    """Where the table is cached: `$SPEECHFACTS_CACHE`, else `$XDG_CACHE_HOME/speechfacts`, else
    `~/.cache/speechfacts`."""
    if folder := os.environ.get(CACHE_ENV):
        return Path(folder)
    if folder := os.environ.get("XDG_CACHE_HOME"):
        return Path(folder) / "speechfacts"
    return Path.home() / ".cache" / "speechfacts"


def cache_path() -> Path:
    """The cache file of the installed simplemma's table (its version and the format in the
    name: another simplemma or format is another file)."""
    return cache_dir() / f"lemmas_{_LANG}-simplemma{simplemma_version()}-v{FORMAT_VERSION}.tsv"


def _header(version: str, count: int) -> bytes:
    return (
        f"# speechfacts lemma table v{FORMAT_VERSION}, simplemma {version} {_LANG}, {count} "
        "entries: word, tab, lemma (empty: the word)\n"
    ).encode()


def checked_table(data: bytes, version: str) -> LemmaTable:
    """The table in `data` if its header is this format's for simplemma `version` and it holds
    the number of lines the header names; ValueError otherwise (a truncated or foreign file)."""
    if not data.endswith(b"\n") or b"\n" not in data:
        raise ValueError("not a complete lemma table")
    table = LemmaTable(data)
    if (table.header + "\n").encode() != _header(version, len(table)):
        raise ValueError(f"lemma table header {table.header!r} does not fit")
    return table


@cache
def lemma_table() -> LemmaTable:
    """The table of the installed simplemma, once per process: read from the cache file, else
    built from simplemma (and cached where the cache folder can be written)."""
    version = simplemma_version()
    path = cache_path()
    try:
        return checked_table(path.read_bytes(), version)
    except (OSError, ValueError):  # no cache yet, unreadable, truncated or corrupt: build it
        pass
    data = build_table()
    _store(path, data)
    return checked_table(data, version)


def _store(path: Path, data: bytes) -> bool:
    """Write `data` to `path` atomically (a temporary file beside it, then `os.replace`: a
    reader sees the old file or the whole new one); False, and nothing left, where it cannot."""
    temp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            dir=path.parent, prefix=path.name + ".", suffix=".tmp", delete=False
        ) as handle:
            temp = Path(handle.name)
            handle.write(data)
        temp.chmod(0o644)  # a temporary file is private (0600); the cache need not be
        os.replace(temp, path)
        return True
    except OSError:  # read-only home, permissions, a full disk: the run goes on without a cache
        if temp is not None:
            temp.unlink(missing_ok=True)
        return False


def _checked(word: str) -> str:
    """simplemma's input checks and its canonical form (NFC) of `word`."""
    word = unicodedata.normalize("NFC", word)  # a TypeError for a non-string, as simplemma's
    if word == "":
        raise ValueError("Wrong input value: empty string")
    return word


def lemmatize(word: str) -> str:
    """`simplemma.lemmatize(word, lang="en")`: the lemma ("exports" -> "export", "russia" ->
    "Russia"), or the word itself when nothing gives one."""
    if not replayed():
        return _simplemma().lemmatize(word, lang=_LANG)
    return _lemma(_checked(word))


def is_known(word: str) -> bool:
    """`simplemma.is_known(word, lang="en")`: the word, in its case or the other, or with
    another apostrophe, is in the dictionary."""
    if not replayed():
        return _simplemma().is_known(word, lang=_LANG)
    return _lookup(lemma_table(), _checked(word)) is not None


@cache
def replayed() -> bool:
    """Whether the installed simplemma's English steps are the ones this module replays; if
    not, simplemma itself answers (exact, without the memory saving)."""
    return simplemma_version() in REPLAYED_VERSIONS


def _simplemma():
    import simplemma

    return simplemma


@lru_cache(maxsize=_CACHE_SIZE)
def _lemma(token: str) -> str:
    """simplemma's `DefaultStrategy` chain for English, then its fallback (the token as it is).
    The steps it runs for other languages only (apostrophe boundaries, proclitics, prefixes,
    affixes, morphemes) return nothing for English and are left out."""
    if token.isnumeric():
        return token
    table = lemma_table()
    return (
        _lookup(table, token)
        or _enclitic(table, token)
        or _hyphenated(table, token)
        or _suffix_rule(token)
        or token
    )


def _other_case(token: str) -> str:
    return token.lower() if token[:1].isupper() else token.capitalize()


def _lookup(table: LemmaTable, token: str) -> str | None:
    """simplemma's `DictionaryLookupStrategy.get_lemma`: the token, then in the other case,
    then (when it holds an apostrophe) each other apostrophe form, as it is and in the other
    case."""
    if (lemma := table.get(token)) is not None:
        return lemma
    if (lemma := table.get(_other_case(token))) is not None:
        return lemma
    if _STRAIGHT not in token and not any(glyph in token for glyph in _FOLDED):
        return None
    for variant in _apostrophe_variants(token)[1:]:
        if (lemma := table.get(variant)) is not None:
            return lemma
        if (lemma := table.get(_other_case(variant))) is not None:
            return lemma
    return None


def _straight_apostrophes(text: str) -> str:
    for glyph in _FOLDED:
        text = text.replace(glyph, _STRAIGHT)
    return text


def _apostrophe_variants(token: str) -> tuple[str, ...]:
    """simplemma.utils.apostrophe_variants: the token, its straight form, then the straight
    form with each other apostrophe, without repeats."""
    straight = _straight_apostrophes(token)
    if _STRAIGHT not in straight:
        return (token,)
    folded = (straight.replace(_STRAIGHT, glyph) for glyph in _FOLDED)
    return tuple(dict.fromkeys((token, straight, *folded)))


def _enclitic(table: LemmaTable, token: str) -> str | None:
    """simplemma's enclitic step for English: up to two contractions taken off the end
    ("couldn't've" -> "could"), the stem looked up after each."""
    token = _straight_apostrophes(token)
    if token.lower() in _IRREGULAR_CONTRACTIONS:
        return None
    stem = token
    for _ in range(_MAX_CLITICS):
        stripped = _strip_enclitic(stem)
        if stripped is None:
            return None
        stem = stripped
        lemma = _stem_lookup(table, stem)
        if lemma is not None:
            return lemma
    return None


def _strip_enclitic(word: str) -> str | None:
    for suffix in _ENCLITICS:
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_STEM:
            return word[: -len(suffix)]
    return None


def _stem_lookup(table: LemmaTable, stem: str) -> str | None:
    """The stem, else the stem without its diacritics (simplemma's `_stem_lookup`)."""
    lemma = _lookup(table, stem)
    if lemma is not None:
        return lemma
    decomposed = unicodedata.normalize("NFD", stem)
    folded = unicodedata.normalize(
        "NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    )
    if folded == stem:
        return None
    return _lookup(table, folded)


def _hyphenated(table: LemmaTable, token: str) -> str | None:
    """simplemma's `HyphenRemovalStrategy`: the word without its hyphens, else the last part's
    lemma after the other parts."""
    if not any(hyphen in token for hyphen in _HYPHENS):
        return None
    parts = _HYPHEN_SPLIT.split(token)
    if not parts[-1]:
        return None
    joined = "".join(part for part in parts if part not in _HYPHENS).lower()
    if token[0].isupper():
        joined = joined.capitalize()
    lemma = _lookup(table, joined)
    if lemma is not None:
        return lemma
    last = _lookup(table, parts[-1])
    if last is not None:
        return "".join([*parts[:-1], last])
    return None


def _suffix_rule(token: str) -> str | None:
    """simplemma.strategies.defaultrules.en.apply_en."""
    if len(token) > 7 and token.endswith(_IES_ENDINGS):
        return token[:-3] + "y"
    if token.endswith(_S_ENDINGS):
        return token[:-1]
    if token.endswith("ized"):
        return token[:-4] + "ize"
    if token.endswith("erves"):
        return token[:-1]
    return None


# ---------------------------------------------------------------------------------------------
# Building the table (on first need, from the installed simplemma)
# ---------------------------------------------------------------------------------------------


def table_bytes() -> bytes:
    """The table of the installed simplemma's English dictionary; the same simplemma gives the
    same bytes. The dictionary is loaded through a factory of its own, so that simplemma's
    process-wide cache does not keep its 18 MB once the table is built (where it is built in
    the process that reads it)."""
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    dictionary = DefaultDictionaryFactory().get_dictionary(_LANG)
    entries = sorted((word.encode(), dictionary[word].encode()) for word in dictionary)
    del dictionary
    for word, lemma in entries:  # the format has no escapes: a line is word, tab, lemma
        if not word or not lemma or any(c in word + lemma for c in b"\t\n"):
            raise ValueError(f"simplemma entry {word!r} -> {lemma!r} does not fit the table")
    body = b"".join(
        word + b"\t" + (b"" if lemma == word else lemma) + b"\n" for word, lemma in entries
    )
    return _header(simplemma_version(), len(entries)) + body


# the child process: this file run on its own (standard library only, not the pipeline package)
_CHILD = "import runpy, sys; sys.stdout.buffer.write(runpy.run_path(sys.argv[1])['table_bytes']())"


def build_table() -> bytes:
    """The table's bytes, built in a child process: building holds simplemma's dictionary and
    the sorted entries (+61 MB at the peak, and +18 MB the allocator keeps afterwards), which
    would otherwise stay in this worker for the whole run. Built here where no child can run."""
    try:
        done = subprocess.run(
            [sys.executable, "-c", _CHILD, __file__], capture_output=True, check=True
        )
        return done.stdout
    except (OSError, subprocess.CalledProcessError):
        return table_bytes()


def warm_cache() -> Path | None:
    """Build and cache the table now if it is not cached (`scripts/build_model.py` calls it);
    the cache file, or None where simplemma's steps are not replayed or the folder cannot be
    written."""
    if not replayed():
        return None
    lemma_table()
    path = cache_path()
    return path if path.is_file() else None
