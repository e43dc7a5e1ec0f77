"""Currency forms around an amount (models/rules/currencies.json) and their ISO 4217 codes."""

import re

import pytest

from pipeline.nlp.currencies import currency_after, currency_before
from pipeline.nlp.rules import installed_rules
from pipeline.schemas import load_schema

RULES = installed_rules()  # the installed rule files, passed to the scanners


def before(text):
    """The currency written before the end of `text` (where an amount would start)."""
    found = currency_before(RULES, text, len(text))
    return (found.code, found.factor, text[found.start : found.end]) if found else None


def after(text, **kwargs):
    """The currency written at the start of `text` (right after an amount)."""
    found = currency_after(RULES, text, 0, **kwargs)
    return (
        (found.code, found.factor * found.scale, text[found.start : found.end]) if found else None
    )


@pytest.mark.parametrize(
    ("text", "code", "factor", "written"),
    [
        ("a loan of $", "USD", 1, "$"),
        ("a loan of US$ ", "USD", 1, "US$"),
        ("a grant of C$", "CAD", 1, "C$"),
        ("a grant of c $ ", "CAD", 1, "c $"),
        ("bonds worth HK$ ", "HKD", 1, "HK$"),
        ("a deal of A$", "AUD", 1, "A$"),
        ("a deal of NZ$", "NZD", 1, "NZ$"),
        ("sold for Mex$ ", "MXN", 1, "Mex$"),
        ("priced at NZD$", "NZD", 1, "NZD$"),
        ("it costs USD ", "USD", 1, "USD"),
        ("it costs USD", "USD", 1, "USD"),
        ("revenue of MEUR ", "EUR", 1e6, "MEUR"),
        ("a fee of ₹", "INR", 1, "₹"),
        ("a fee of Rs ", "INR", 1, "Rs"),
        ("a prize of ₩", "KRW", 1, "₩"),
        ("savings of ₴", "UAH", 1, "₴"),
        ("a cap of ₿", "XBT", 1, "₿"),
        ("a salary of R$ ", "BRL", 1, "R$"),
        ("a contract of DM ", "DEM", 1, "DM"),
    ],
)
def test_before_the_amount(text, code, factor, written):
    assert before(text) == (code, factor, written)


@pytest.mark.parametrize(
    ("text", "code", "factor", "written"),
    [
        (" dollars were paid", "USD", 1, "dollars"),
        (" $ is not much", "USD", 1, "$"),
        ("€ each", "EUR", 1, "€"),
        ("USD in cash", "USD", 1, "USD"),
        (" usd in cash", "USD", 1, "usd"),
        (" rmb a month", "CNY", 1, "rmb"),
        ("元 a month", "CNY", 1, "元"),
        (" MUSD in grants", "USD", 1e6, "MUSD"),
        (" kGBP per year", "GBP", 1e3, "kGBP"),
        (" USD million in losses", "USD", 1e6, "USD million"),
        (" cents a litre", "USD", 0.01, "cents"),
        (" pence a share", "GBP", 0.01, "pence"),
        (" kopecks per kilowatt-hour", "RUB", 0.01, "kopecks"),
        (" satoshis in fees", "XBT", 1e-8, "satoshis"),
        (" Swiss francs in damages", "CHF", 1, "Swiss francs"),
        (" francs in damages", "FRF", 1, "francs"),
        (" Deutschmarks of credit", "DEM", 1, "Deutschmarks"),
        (" Dutch guilders in bonds", "NLG", 1, "Dutch guilders"),
        (" pesetas in bonds", "ESP", 1, "pesetas"),
        (" lire in bonds", "ITL", 1, "lire"),
        (" Soviet roubles in savings", "SUR", 1, "Soviet roubles"),
        (" Australian dollars in bonds", "AUD", 1, "Australian dollars"),
        (" Turkish lira in bonds", "TRY", 1, "Turkish lira"),
        (" Mexican pesos in bonds", "MXN", 1, "Mexican pesos"),
        (" renminbi in bonds", "CNY", 1, "renminbi"),
        (" bitcoins in a wallet", "XBT", 1, "bitcoins"),
        (" BTC in a wallet", "XBT", 1, "BTC"),
        (" ₸ in savings", "KZT", 1, "₸"),
        ("₾ for a bicycle", "GEL", 1, "₾"),
        # punctuation right after the form ends it
        (" rubles(about 90 euros) a month", "RUB", 1, "rubles"),
        (" rubles… and then nothing", "RUB", 1, "rubles"),
        (" roubles/month in rent", "RUB", 1, "roubles"),
        (" dollars[sic] were paid", "USD", 1, "dollars"),
        ("€(net) each", "EUR", 1, "€"),
    ],
)
def test_after_the_amount(text, code, factor, written):
    assert after(text) == (code, factor, written)


def test_a_shared_sub_unit_takes_the_preferred_currency():
    assert after(" cents each")[0] == "USD"
    assert after(" cents each", prefer=("EUR",))[0] == "EUR"
    assert after(" cents each", prefer=("JPY",))[0] == "USD"  # the yen has no cents in the rules


@pytest.mark.parametrize(
    "text",
    [
        "We will try ",  # TRY only in capitals
        "Silica gel ",  # GEL only in capitals
        "All ",  # no Albanian lek
        "Section c",
    ],
)
def test_codes_match_only_as_written(text):
    assert before(text) is None


def test_a_symbol_glued_to_the_next_number_is_that_numbers():
    assert after(" $30 later") is None
    assert after(" USD50 later") is None
    assert after(" $ 30 later") == ("USD", 1, "$")


@pytest.mark.parametrize(
    ("text", "sentence_words"),
    [
        (" pounds in profit", "The bank made 40 million pounds in profit."),
        (" marks, up from 1.80", "The dollar closed at 1.85 marks, up from 1.80."),
        (" won in sales", "Sales reached 3 trillion won in sales."),
        (" rand a month", "The wage is 9,000 rand a month."),
        (" pounds.", "He paid 500 pounds."),
        (" marks for a used car", "They paid 900 marks for a used car."),
        (" won per share", "The dividend was 1,000 won per share."),
    ],
)
def test_context_words_in_a_money_sentence(text, sentence_words):
    pos = sentence_words.index(text)
    found = currency_after(RULES, sentence_words, pos, sentence=(0, len(sentence_words)))
    assert found is not None and found.kind == "context"


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The fish weighed 40 pounds.", " pounds"),
        ("Exports reached 5 million pounds of beef, at a good price.", " pounds"),
        ("The year 1999 marks the end of an era.", " marks"),
        ("The price index of 100 marks a record.", " marks"),
        ("Of the 12 matches, 7 won by a wide margin.", " won"),
        ("The cost of the study by 2 Rand analysts was high.", " Rand"),
        ("Sales rose by 40 Pounds.", " Pounds"),
        # a money sentence, but the word after says it is not a currency
        ("Prices were high, yet 5 won medals at the games.", " won"),
        ("The budget team of 12 won praise.", " won"),
        ("Despite the cost, 3 marks were awarded to each pupil.", " marks"),
        ("It costs a lot to carry 20 pounds on your back.", " pounds"),
        ("The price index gained 100 marks today.", " marks"),
    ],
)
def test_context_words_that_are_not_money(sentence, word):
    pos = sentence.index(word)
    assert currency_after(RULES, sentence, pos, sentence=(0, len(sentence))) is None


# --- the rule file and the schema --------------------------------------------------------------


def test_every_currency_has_an_iso_style_code_once():
    codes = [entry["code"] for entry in RULES.get("currencies")["currencies"]]
    assert len(codes) == len(set(codes))
    assert all(re.fullmatch(r"[A-Z]{3}", code) for code in codes)


@pytest.mark.parametrize(
    "code", ["USD", "RUB", "EUR", "FRF", "DEM", "NLG", "ESP", "ITL", "SUR", "CHF", "XBT", "XDR"]
)
def test_historical_and_named_currencies_are_listed(code):
    assert code in {entry["code"] for entry in RULES.get("currencies")["currencies"]}


def test_schema_enum_is_the_rule_files_codes():
    """The fact schema lists exactly the codes the money rules can write."""
    codes = {entry["code"] for entry in RULES.get("currencies")["currencies"]}
    money = [
        rule["then"]["properties"]["unit"]
        for rule in load_schema("fact")["allOf"]
        if rule["if"]["properties"].get("type") == {"const": "money"}
    ]
    assert len(money) == 1
    assert set(money[0]["enum"]) == codes
    assert money[0]["enum"] == sorted(money[0]["enum"])


def test_rule_file_forms_are_unambiguous_codes():
    """A code written in two entries would make its currency depend on the order of the file."""
    seen: dict[str, str] = {}
    for entry in RULES.get("currencies")["currencies"]:
        for written in entry.get("codes", []) + entry.get("symbols", []):
            key = " ".join(written.split())
            assert seen.setdefault(key, entry["code"]) == entry["code"], written
