"""The country_count component: stated numbers of countries, states or nations."""

from spacy.language import Language

from pipeline.nlp.base import FACT_ASSIGNS, RULES_CONFIG, NumericComponent


class CountryCountExtractor(NumericComponent):
    fact_type = "country_count"


@Language.factory(
    "speechfacts_country_count",
    default_config=RULES_CONFIG,
    assigns=FACT_ASSIGNS,
    requires=["token.is_sent_start"],
)
def make_country_count_extractor(
    nlp: Language, name: str, rules_dir: str | None, extension_names: dict[str, str]
) -> CountryCountExtractor:
    return CountryCountExtractor(nlp, name, rules_dir, extension_names)
