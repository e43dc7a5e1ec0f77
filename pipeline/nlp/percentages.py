"""Placeholder for the percentage component (being written)."""

from spacy.language import Language


class _Placeholder:
    def __call__(self, doc):
        return doc


@Language.factory("speechfacts_percentage")
def make_percentage_extractor(nlp, name):
    return _Placeholder()
