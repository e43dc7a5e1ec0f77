"""Placeholder for the money component (being written)."""

from spacy.language import Language


class _Placeholder:
    def __call__(self, doc):
        return doc


@Language.factory("speechfacts_money")
def make_money_extractor(nlp, name):
    return _Placeholder()
