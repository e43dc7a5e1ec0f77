"""Placeholder for the country_count component (being written)."""

from spacy.language import Language


class _Placeholder:
    def __call__(self, doc):
        return doc


@Language.factory("speechfacts_country_count")
def make_country_count_extractor(nlp, name):
    return _Placeholder()
