"""The money component: monetary amounts with ISO 4217 currency, qualifier, range and per-unit."""

from spacy.language import Language

from pipeline.nlp.base import FACT_ASSIGNS, RULES_CONFIG, NumericComponent


class MoneyExtractor(NumericComponent):
    fact_type = "money"


@Language.factory(
    "speechfacts_money",
    default_config=RULES_CONFIG,
    assigns=FACT_ASSIGNS,
    requires=["token.is_sent_start"],
)
def make_money_extractor(
    nlp: Language, name: str, rules_dir: str | None, extension_names: dict[str, str]
) -> MoneyExtractor:
    return MoneyExtractor(nlp, name, rules_dir, extension_names)
