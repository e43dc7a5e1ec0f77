"""The money component: monetary amounts with ISO 4217 currency, qualifier, range and per-unit."""

from spacy.language import Language

from pipeline.nlp.base import NumericComponent


class MoneyExtractor(NumericComponent):
    fact_type = "money"


@Language.factory("speechfacts_money")
def make_money_extractor(nlp: Language, name: str) -> MoneyExtractor:
    return MoneyExtractor(nlp, name)
