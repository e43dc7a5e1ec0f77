"""Placeholder for the event component (being written)."""

from spacy.language import Language


class _Placeholder:
    def __call__(self, doc):
        return doc


@Language.factory("speechfacts_event")
def make_event_extractor(nlp, name):
    return _Placeholder()
