"""pipeline.nlp.lemmas: simplemma's English lemmas and dictionary words, read through its
low-memory backend, equal to its default backend's."""

from __future__ import annotations

import random
import subprocess
import sys

import pytest
import simplemma
from simplemma.strategies.dictionaries import DEFAULT_DICTIONARY_FACTORY

from pipeline.nlp.lemmas import is_known, lemmatize


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


def test_subject_keys_never_load_simplemmas_default_dictionary():
    """A process that makes subject keys reads the low-memory backend only: simplemma's default
    factory never decodes its dictionary (18-25 MB)."""
    code = (
        "from pipeline.nlp.rules import installed_rules\n"
        "from pipeline.nlp.measures import subject_key\n"
        "from pipeline.nlp.lemmas import is_known\n"
        "from simplemma.strategies.dictionaries import DEFAULT_DICTIONARY_FACTORY as default\n"
        "assert subject_key(installed_rules(), 'the tourism revenues') == 'tourism revenue'\n"
        "assert is_known('tourism')\n"
        "assert default._get_dictionary.cache_info().currsize == 0\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


# ---------------------------------------------------------------------------------------------
# Equal to simplemma's default backend
# ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def dictionary():
    return DEFAULT_DICTIONARY_FACTORY.get_dictionary("en")


def _forms(word: str):
    """A dictionary word and forms around it that take simplemma's other paths."""
    yield from (word, word.upper(), word.capitalize(), word.lower(), word.swapcase())
    yield from (word + "s", word + "'s", word + "’s", word + "n't", word + "'ve'd")
    yield from (word + "ed", word + "ing", word + "ments", word + "cies", word + "erves")
    yield from ("x-" + word, word + "-" + word, word + "_", "-" + word, word.replace("'", "ʼ"))
    yield from (word[:-1] or "e", word + "\u0301", "E" + word)


def test_equal_to_simplemma_on_a_sample_of_the_dictionary(dictionary):
    words = sorted(dictionary)
    sample = random.Random(19).sample(words, 3000) + [w for w in words if not w.isascii()]
    for word in sample:
        for form in _forms(word):
            assert lemmatize(form) == simplemma.lemmatize(form, lang="en"), form
            assert is_known(form) == simplemma.is_known(form, lang="en"), form


_PIECES = list("abcdeiosty") + list("ABCSÉé") + ["'", "’", "ʼ", "-", "_", "1", "½", "٣", "İ"]
_PIECES += ["ß", "e\u0301", "ﬁ", " ", ".", "n't", "'s", "cies", "ments", "ized", "ing", "ed"]


@pytest.mark.parametrize("seed", range(4))
def test_equal_to_simplemma_on_generated_strings(seed):
    rng = random.Random(seed)
    for _ in range(5000):
        form = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 8)))
        assert lemmatize(form) == simplemma.lemmatize(form, lang="en"), form
        assert is_known(form) == simplemma.is_known(form, lang="en"), form


@pytest.mark.parametrize(
    "word",
    ["can't", "Won’t", "shan't've", "o'clock", "rock'n'roll", "naïve's", "café’s", "I'm", "'s"],
)
def test_equal_to_simplemma_on_contractions(word):
    assert lemmatize(word) == simplemma.lemmatize(word, lang="en")
    assert is_known(word) == simplemma.is_known(word, lang="en")
