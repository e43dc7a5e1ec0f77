"""Placeholder for the context component (being written)."""

from spacy.language import Language


class _Placeholder:
    def __call__(self, doc):
        return doc


@Language.factory("speechfacts_context")
def make_context_annotator(nlp, name):
    return _Placeholder()
