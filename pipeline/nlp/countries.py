"""The country_count component: stated numbers of countries, states or nations."""

from spacy.language import Language

from pipeline.nlp.base import NumericComponent


class CountryCountExtractor(NumericComponent):
    fact_type = "country_count"


@Language.factory("speechfacts_country_count")
def make_country_count_extractor(nlp: Language, name: str) -> CountryCountExtractor:
    return CountryCountExtractor(nlp, name)
