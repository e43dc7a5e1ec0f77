"""The vocabulary of the runner's own pipelines: spaCy's English one, computing only the lexical
attributes that this project's pipeline reads.

spaCy computes every lexical attribute of a word form (23 for English: `like_num`, `is_stop`,
`shape`, `prefix`, `norm` ...) when its vocabulary first meets it; the runner renews its
pipeline's vocabulary every 1,000 documents (`pipeline.runner.REFRESH_DOCUMENTS`), and its
vocabularies meet 104,154 word forms over the archive (1 worker). Three attributes are read on
the way to the records: `lower` (the event component's PhraseMatcher, attr="LOWER";
`Token.lower_` in the subject's units), `is_space` (the sentence starts,
`pipeline.nlp.sentences`) and `is_punct` (spaCy's sentencizer); `lang` is kept so that the
vocabulary still says it is English. The tokenizer reads none (its special cases set their own
`norm`). Making only these saves about 0.65 s of tokenising a 1-worker archive run (2.4 million
getter calls become 0.4 million; issue 19, round ref72); the records are the same bytes.

Only the runner's pipelines (`pipeline.runner.Extractor`), whose Docs nobody but the records
ever sees, use this vocabulary: a pipeline a user builds (`build_pipeline`, `spacy.load`) keeps
spaCy's, whose tokens report every attribute. A component that comes to read another lexical
attribute must add it to LEXICAL_ATTRIBUTES (`tests/nlp/test_lexical.py` compares the records
of both vocabularies on invented texts).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.vocab import Vocab

# the names of spaCy's lexical attributes (spacy.attrs) the runner's pipeline computes
LEXICAL_ATTRIBUTES = ("LOWER", "IS_SPACE", "IS_PUNCT", "LANG")


def lean_vocab() -> Vocab:
    """A new English Vocab, as `spacy.blank("en")` makes it, that computes only the lexical
    attributes named in LEXICAL_ATTRIBUTES (the others read as 0, False or "")."""
    from spacy import attrs
    from spacy.lang.en import English
    from spacy.vocab import create_vocab

    vocab = create_vocab("en", English.Defaults)
    kept = {attrs.IDS[name] for name in LEXICAL_ATTRIBUTES}
    vocab.lex_attr_getters = {
        attr: getter for attr, getter in vocab.lex_attr_getters.items() if attr in kept
    }
    return vocab


def _keeps_no_vocabulary(factory: str) -> bool:
    """Whether a component of `factory` keeps nothing bound to its pipeline's vocabulary across
    documents: spaCy's sentencizer (its punctuation, as text), and ours (rules and text; the
    event component's PhraseMatcher is made again for the vocabulary of the Docs it reads)."""
    return factory == "sentencizer" or factory.startswith("speechfacts_")


def renew_vocabulary(nlp: Language) -> bool:
    """Give `nlp` a new lean vocabulary (`lean_vocab`) and a tokenizer on it with the settings of
    the one it had (special cases, affixes, matches): what the runner's refresh needs, for less
    than a new pipeline costs (spaCy's configuration and the components are not made again).
    The old vocabulary is let go first, not held while the new one is made. False, nothing
    changed, when a component of `nlp` is not one known to keep nothing bound to a vocabulary:
    then only a new pipeline will do. On an exception `nlp` may be left without a vocabulary:
    build a new pipeline."""
    from spacy.tokenizer import Tokenizer

    if not all(
        _keeps_no_vocabulary(nlp.get_pipe_meta(name).factory) for name in nlp.component_names
    ):
        return False
    old = nlp.tokenizer
    if type(old) is not Tokenizer:
        return False
    settings = {
        "rules": old.rules,
        "prefix_search": old.prefix_search,
        "suffix_search": old.suffix_search,
        "infix_finditer": old.infix_finditer,
        "token_match": old.token_match,
        "url_match": old.url_match,
        "faster_heuristics": old.faster_heuristics,
    }
    # what holds the old vocabulary (~3.5 MB of heap after 1,000 documents): the pipeline, its
    # tokenizer, and what a component made for it (the event component's matcher)
    for _, component in nlp.components:
        forget = getattr(component, "forget_vocabulary", None)
        if forget is not None:
            forget()
    del old
    nlp.tokenizer = nlp.vocab = None
    vocab = lean_vocab()
    nlp.tokenizer = Tokenizer(vocab, **settings)
    nlp.vocab = vocab
    return True
