"""English lemmas and dictionary words for subject keys: simplemma's, from its low-memory backend.

`subject_key` lemmatises words, and the subject component asks whether a word is an English
dictionary word. simplemma's default backend decodes its whole English dictionary (181,612
entries) into a Python dict in every process that asks once: 18-25 MB. simplemma 2.0's
`low_memory=True` reads the same data as a front-coded stream searched block by block (about
3 MB, 0.1 s of CPU on first use) and gives the same answers, so every process reads it that way
(issue 19, round k; tests/nlp/test_lemmas.py compares the two backends). simplemma is imported
on first use, not with this module.
"""

from __future__ import annotations

_LANG = "en"


def lemmatize(word: str) -> str:
    """`simplemma.lemmatize(word, lang="en")`: the lemma ("exports" -> "export", "russia" ->
    "Russia"), or the word itself when nothing gives one."""
    import simplemma

    return simplemma.lemmatize(word, lang=_LANG, low_memory=True)


def is_known(word: str) -> bool:
    """`simplemma.is_known(word, lang="en")`: the word, in its case or the other, or with
    another apostrophe, is in the dictionary."""
    import simplemma

    return simplemma.is_known(word, lang=_LANG, low_memory=True)
