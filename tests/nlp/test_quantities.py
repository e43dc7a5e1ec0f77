"""Money, percentage and country-count candidates with their fields."""

import pytest

import pipeline
from pipeline.nlp.quantities import scan
from pipeline.nlp.rules import installed_rules

RULES = installed_rules()  # the installed rule files, passed to the scanners


def facts(text, kind=None):
    return [
        (text[c.start : c.end], c.fields())
        for c in scan(RULES, text)
        if kind is None or c.type == kind
    ]


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit", "qualifier"),
    [
        ("Deliveries totalled over $15 billion.", "over $15 billion", 15e9, "USD", "more_than"),
        (
            "It comes to almost 5 billion Russian rubles.",
            "almost 5 billion Russian rubles",
            5e9,
            "RUB",
            "approx",
        ),
        ("a budget of 1.5 trillion roubles", "1.5 trillion roubles", 1.5e12, "RUB", "exact"),
        ("RUB 300 million was set aside", "RUB 300 million", 3e8, "RUB", "exact"),
        ("loans of 2.2 billion euros", "2.2 billion euros", 2.2e9, "EUR", "exact"),
        ("six billion dollars for the budget", "six billion dollars", 6e9, "USD", "exact"),
        ("the 112 billion dollar mark", "112 billion dollar", 112e9, "USD", "exact"),
        ("a wage of 100,000 rubles", "100,000 rubles", 1e5, "RUB", "exact"),
        ("exports exceeded $14 billion", "exceeded $14 billion", 14e9, "USD", "more_than"),
        ("some $200 million in debt", "some $200 million", 2e8, "USD", "approx"),
        ("up to six million roubles each", "up to six million roubles", 6e6, "RUB", "at_most"),
        ("at least 5 million yuan", "at least 5 million yuan", 5e6, "CNY", "at_least"),
        ("less than €3 million", "less than €3 million", 3e6, "EUR", "less_than"),
        ("10 billion rupees or more", "10 billion rupees or more", 1e10, "INR", "at_least"),
        ("a £2 billion deal", "£2 billion", 2e9, "GBP", "exact"),
        ("This year it will be $27 [billion], I believe.", "$27 [billion]", 27e9, "USD", "exact"),
        ("1 trillion 600 billion rubles", "1 trillion 600 billion rubles", 1.6e12, "RUB", "exact"),
    ],
)
def test_money(text, surface, value, unit, qualifier):
    (found,) = facts(text, "money")
    assert found[0] == surface
    assert found[1]["value"] == pytest.approx(value)
    assert found[1]["unit"] == unit
    assert found[1]["qualifier"] == qualifier


@pytest.mark.parametrize(
    ("text", "value", "high", "unit"),
    [
        ("a grant of 2.5 to 3 million rubles", 2.5e6, 3e6, "RUB"),
        ("it is $3–4 billion a year", 3e9, 4e9, "USD"),
        ("costs of $3 to $4 billion", 3e9, 4e9, "USD"),
        ("between 10 and 15 billion rubles", 10e9, 15e9, "RUB"),
    ],
)
def test_money_ranges(text, value, high, unit):
    (found,) = facts(text, "money")
    assert found[1]["value"] == pytest.approx(value)
    assert found[1]["high"] == pytest.approx(high)
    assert found[1]["unit"] == unit


def test_currency_is_carried_over_in_a_list():
    found = facts("5 billion rubles in 2018 and 7 billion in 2019.", "money")
    assert [(f[0], f[1]["unit"], f[1]["value"]) for f in found] == [
        ("5 billion rubles", "RUB", 5e9),
        ("7 billion", "RUB", 7e9),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare amount followed by a word that says where it goes takes the currency before it
        (
            "The fund gets 9 billion rubles, with 6 billion going to roads and 3 billion spent on"
            " bridges.",
            [("9 billion rubles", 9e9), ("6 billion", 6e9), ("3 billion", 3e9)],
        ),
        (
            "It holds $40 million, 5 million earmarked for schools.",
            [("$40 million", 4e7), ("5 million", 5e6)],
        ),
        # not a count of something else
        ("It holds $40 million, and 5 million pupils benefit.", [("$40 million", 4e7)]),
    ],
)
def test_currency_is_carried_to_an_amount_said_to_go_somewhere(text, expected):
    found = [(surface, fields["value"]) for surface, fields in facts(text, "money")]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare range after a money figure is one amount with its high end
        (
            "Output may reach 4.1–4.3 trillion rubles, with exports of 1.9–2 trillion.",
            [(4.1e12, 4.3e12), (1.9e12, 2e12)],
        ),
        ("It got 5 billion rubles, and 1.5 to 2 billion in 2019.", [(5e9, None), (1.5e9, 2e9)]),
        # a year before the amount is no low end
        ("It was 10 billion rubles in 2018, and in 2019 3 billion.", [(1e10, None), (3e9, None)]),
    ],
)
def test_a_carried_currency_keeps_a_bare_range(text, expected):
    assert [(f["value"], f["high"]) for _, f in facts(text, "money")] == expected


@pytest.mark.parametrize("word", RULES.get("currencies")["carry_after_words"])
def test_every_carry_word_carries_the_currency(word):
    found = facts(f"It costs 10 billion rubles, with 4 billion {word} to the north.", "money")
    assert [surface for surface, _ in found] == ["10 billion rubles", "4 billion"]
    without = RULES.edited("currencies", carry_after_words=[])
    found = [
        c
        for c in scan(without, f"It costs 10 billion rubles, with 4 billion {word} to the north.")
        if c.type == "money"
    ]
    assert len(found) == 1


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        # a decimal comma before a scale word
        ("Trade reached 2,1 billion dollars last year.", "2,1 billion dollars", 2.1e9),
        ("Sales came to 1,07 trillion rubles.", "1,07 trillion rubles", 1.07e12),
        ("It cost $3,6 billion.", "$3,6 billion", 3.6e9),
        # a thousands group or Indian grouping is no decimal comma
        ("It cost 2,100 dollars.", "2,100 dollars", 2100),
        ("It cost $1,600 billion.", "$1,600 billion", 1.6e12),
        ("It cost 12,34,567 rupees.", "12,34,567 rupees", 1234567),
    ],
)
def test_a_decimal_comma_before_a_scale_word(text, surface, value):
    assert [(s, f["value"]) for s, f in facts(text, "money")] == [(surface, value)]


def test_a_decimal_comma_needs_a_scale_word():
    assert facts("The score was 2,1 dollars, they said.", "money") == []


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Prices rose by 0,8 percent in May.", "0,8 percent", 0.8),
        ("Unemployment fell to 4,6%.", "4,6%", 4.6),
        ("The rate is 7,25 per cent.", "7,25 per cent", 7.25),
    ],
)
def test_a_decimal_comma_before_a_percent(text, surface, value):
    assert [(s, f["value"]) for s, f in facts(text, "percentage")] == [(surface, value)]


def test_a_decimal_comma_before_a_percent_is_rule_data():
    without = RULES.edited("numbers", decimal_comma_before=[])
    found = [
        c for c in scan(without, "Prices rose by 0,8 percent in May.") if c.type == "percentage"
    ]
    assert found == []


@pytest.mark.parametrize(
    ("text", "surface", "qualifier"),
    [
        # "plus" right after an amount raises it, unless it adds a number or a name
        ("Tickets cost $46 plus, they said.", "$46 plus", "at_least"),
        ("It drew 30 countries plus.", "30 countries plus", "at_least"),
        ("It costs 20 trillion rubles plus 3 trillion for roads.", "20 trillion rubles", "exact"),
        ("The bloc holds 12 member states plus Lakeland.", "12 member states", "exact"),
        ("They keep 25 percent plus one share.", "25 percent", "exact"),
    ],
)
def test_plus_after_an_amount(text, surface, qualifier):
    found = facts(text)
    assert (surface, qualifier) in [(s, f["qualifier"]) for s, f in found]


def test_plus_adding_a_name_is_rule_data():
    without = RULES.edited("qualifiers", after_additions=[])
    text = "The bloc holds 12 member states plus Lakeland."
    found = [(text[c.start : c.end], c.qualifier) for c in scan(without, text)]
    assert found == [("12 member states plus", "at_least")]


def test_change_from_to_gives_two_amounts():
    found = facts("The budget grew from 13 billion roubles to 40 billion, as planned.", "money")
    assert [f[1]["value"] for f in found] == [13e9, 40e9]


@pytest.mark.parametrize(
    "text",
    [
        "It will cost billions of dollars.",  # no number
        "Some 2 million people work there in 2019.",  # no currency in reach
        "In 2019 we signed it.",  # a year
        "Revenue was 5 billion rubles. Another 3 million people came.",  # other sentence, a count
    ],
)
def test_no_money_guessed(text):
    assert [f for f in facts(text, "money") if "rubles" not in f[0]] == []


def test_price_per_unit():
    (found,) = facts("oil at $60 per barrel", "money")
    assert found[1]["value"] == 60 and found[1]["per"] == "barrel"


@pytest.mark.parametrize(
    ("text", "value", "high", "unit", "qualifier"),
    [
        ("inflation was 4 percent", 4, None, "percent", "exact"),
        ("up 5.5% on the year", 5.5, None, "percent", "exact"),
        ("two percent of the total", 2, None, "percent", "exact"),
        ("rose by 3 per cent", 3, None, "percent", "exact"),
        ("by 0.5 percentage points", 0.5, None, "percentage_point", "exact"),
        ("3 to 4 percent", 3, 4, "percent", "exact"),
        ("from 60 to 95 percent", 60, 95, "percent", "exact"),
        ("just over 12%", 12, None, "percent", "more_than"),
        ("was estimated at 0.7%", 0.7, None, "percent", "approx"),
    ],
)
def test_percentages(text, value, high, unit, qualifier):
    (found,) = facts(text, "percentage")
    assert found[1]["value"] == pytest.approx(value)
    assert found[1]["high"] == (pytest.approx(high) if high is not None else None)
    assert found[1]["unit"] == unit
    assert found[1]["qualifier"] == qualifier


def test_years_are_not_percentages_or_money():
    assert facts("In 2019, 2020 and 2021 rubles...", "money") == []


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("Our partners include about one hundred countries.", 100, "approx"),
        ("which has 19 member states", 19, "exact"),
        ("delegations from 70 states", 70, "exact"),
        ("the five EAEU member states", 5, "exact"),
        ("partners from 30 nations", 30, "exact"),
        ("used in over 30 countries", 30, "more_than"),
        ("three Baltic states", 3, "exact"),
    ],
)
def test_country_counts(text, value, qualifier):
    (found,) = facts(text, "country_count")
    assert found[1]["value"] == value
    assert found[1]["qualifier"] == qualifier
    assert found[1]["unit"] == "country"


@pytest.mark.parametrize(
    "text",
    [
        "relations between our two countries",
        "the two states agreed",
        "both countries",
        "dozens of countries",
        "several states",
        "2 million people in the countries",
        "we are one country",
        "the 50 United States",
    ],
)
def test_not_country_counts(text):
    assert facts(text, "country_count") == []


# --- money as other official speeches write it ------------------------------------------------


def money(text):
    return [(f[0], f[1]["value"], f[1]["unit"]) for f in facts(text, "money")]


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        # sub-units alone
        ("A litre of milk went up by 40 cents.", "40 cents", 0.4, "USD"),
        ("Stamps now cost 85 pence.", "85 pence", 0.85, "GBP"),
        ("The fare is one penny higher.", "one penny", 0.01, "GBP"),
        ("Bread rose by 60 kopecks a loaf.", "60 kopecks", 0.6, "RUB"),
        ("The board declared a 15-cent-a-share payout.", "15-cent", 0.15, "USD"),
        ("Each transfer costs 300 satoshis.", "300 satoshis", 3e-6, "XBT"),
        # a whole amount and its sub-unit amount
        ("The ticket cost 7 dollars 25 cents.", "7 dollars 25 cents", 7.25, "USD"),
        (
            "She paid twenty dollars and fifteen cents for lunch.",
            "twenty dollars and fifteen cents",
            20.15,
            "USD",
        ),
        ("The fee was 12 dollars and 40.", "12 dollars and 40", 12.4, "USD"),
        ("The fee was 12 dollars 40.", "12 dollars 40", 12.4, "USD"),
        ("A loaf was 2 roubles 16 kopecks then.", "2 roubles 16 kopecks", 2.16, "RUB"),
        ("A coffee is 3 euros 10 cents here.", "3 euros 10 cents", 3.1, "EUR"),
        ("The subscription is 9 USD 99.", "9 USD 99", 9.99, "USD"),
        ("It sold for 4 $ 20 cents.", "4 $ 20 cents", 4.2, "USD"),
        # dollars of other countries, prefixed codes and symbols
        ("Ottawa pledged C$ 2.5 billion.", "C$ 2.5 billion", 2.5e9, "CAD"),
        ("Ottawa pledged c $ 40 million.", "c $ 40 million", 4e7, "CAD"),
        ("The port cost HK$ 7.2 billion.", "HK$ 7.2 billion", 7.2e9, "HKD"),
        ("Canberra set aside A$500 million.", "A$500 million", 5e8, "AUD"),
        ("Wellington spent NZ$ 90 million.", "NZ$ 90 million", 9e7, "NZD"),
        ("The bank lent US$ 3 billion.", "US$ 3 billion", 3e9, "USD"),
        ("Pemex raised Mex$ 8 billion.", "Mex$ 8 billion", 8e9, "MXN"),
        ("The invoice says USD340 in total.", "USD340", 340, "USD"),
        ("The invoice says 340USD in total.", "340USD", 340, "USD"),
        ("Pay USD 12.75 at the gate.", "USD 12.75", 12.75, "USD"),
        ("We lost 40 USD million last year.", "40 USD million", 4e7, "USD"),
        ("Losses topped 25 MUSD in May.", "topped 25 MUSD", 2.5e7, "USD"),  # qualifier: 12cb
        ("The grant is 3.5 MEUR.", "3.5 MEUR", 3.5e6, "EUR"),
        ("The plant cost MGBP 60.", "MGBP 60", 6e7, "GBP"),
        # currencies by name
        ("The club paid 80 million pounds for him.", "80 million pounds", 8e7, "GBP"),
        ("Paris paid 900 million francs for it.", "900 million francs", 9e8, "FRF"),
        ("Geneva paid 4 million Swiss francs.", "4 million Swiss francs", 4e6, "CHF"),
        ("In 1990 the loan was 5 billion Deutschmarks.", "5 billion Deutschmarks", 5e9, "DEM"),
        ("Bonn lent 3 billion marks to the bank.", "3 billion marks", 3e9, "DEM"),
        ("The bond raised 300 million guilders.", "300 million guilders", 3e8, "NLG"),
        ("Madrid paid 12 billion pesetas.", "12 billion pesetas", 1.2e10, "ESP"),
        ("Rome spent 900 billion lire.", "900 billion lire", 9e11, "ITL"),
        (
            "Savings of 70 billion Soviet roubles vanished.",
            "70 billion Soviet roubles",
            7e10,
            "SUR",
        ),
        (
            "Sydney raised 40 million Australian dollars.",
            "40 million Australian dollars",
            4e7,
            "AUD",
        ),
        ("Ankara spent 6 billion Turkish lira.", "6 billion Turkish lira", 6e9, "TRY"),
        ("Exports brought 9 billion Mexican pesos.", "9 billion Mexican pesos", 9e9, "MXN"),
        ("The farm earned 4,56,789.50 rupees.", "4,56,789.50 rupees", 456789.5, "INR"),
        ("The loan is 80 lakh rupees.", "80 lakh rupees", 8e6, "INR"),
        ("The budget is 3 crore rupees.", "3 crore rupees", 3e7, "INR"),
        ("The fund holds 2 lakh crore rupees.", "2 lakh crore rupees", 2e12, "INR"),
        ("The deal is worth RMB 6 billion.", "RMB 6 billion", 6e9, "CNY"),
        ("A meal costs 45元 there.", "45元", 45, "CNY"),
        ("The park raised 2 billion renminbi.", "2 billion renminbi", 2e9, "CNY"),
        ("A room costs 25,000 ₡ a night.", "25,000 ₡", 25000, "CRC"),
        ("The fine is 500₾.", "500₾", 500, "GEL"),
        ("A bowl of soup is 15,000 ₭.", "15,000 ₭", 15000, "LAK"),
        ("The stipend is ₹12,000.", "₹12,000", 12000, "INR"),
        ("Tickets are ₺80.", "₺80", 80, "TRY"),
        ("The bonus is ₩5 million.", "₩5 million", 5e6, "KRW"),
        ("Pensions rose to ₴3,000.", "₴3,000", 3000, "UAH"),
        ("Wages reached ₸250,000.", "₸250,000", 250000, "KZT"),
        ("The toll is ₽150.", "₽150", 150, "RUB"),
        ("The fund bought 1,500 bitcoins.", "1,500 bitcoins", 1500, "XBT"),
        ("The fee is 0.002 BTC.", "0.002 BTC", 0.002, "XBT"),
        ("The cap is ₿21 million.", "₿21 million", 2.1e7, "XBT"),
        # fractional scales
        ("The museum got half a million dollars.", "half a million dollars", 5e5, "USD"),
        ("They spent half a billion dollars on roads.", "half a billion dollars", 5e8, "USD"),
        ("It took a quarter million euros.", "a quarter million euros", 2.5e5, "EUR"),
        (
            "It cost three quarters of a billion roubles.",
            "three quarters of a billion roubles",
            7.5e8,
            "RUB",
        ),
    ],
)
def test_money_forms(text, surface, value, unit):
    assert money(text) == [(surface, pytest.approx(value), unit)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a currency belongs to one amount: no carry-over from the figure before
        ("5 € is a lot here, and so is 5 $.", [("5 €", 5, "EUR"), ("5 $", 5, "USD")]),
        ("12 rmb 30 usd", [("12 rmb", 12, "CNY"), ("30 usd", 30, "USD")]),
        ("usd 12 rmb 30", [("usd 12", 12, "USD"), ("rmb 30", 30, "CNY")]),
        (
            "$ 1,200.00 $ 3,450.50 in costs",
            [("$ 1,200.00", 1200, "USD"), ("$ 3,450.50", 3450.5, "USD")],
        ),
        ("2 €, 5 €, 10 €", [("2 €", 2, "EUR"), ("5 €", 5, "EUR"), ("10 €", 10, "EUR")]),
        ("it was 8 $ then 9 $", [("8 $", 8, "USD"), ("9 $", 9, "USD")]),
        # a code glued to the next number is that number's
        ("They sold 4 USD20 vouchers.", [("USD20", 20, "USD")]),
        # sub-unit amounts need their word or the end of the phrase
        ("It cost 5 dollars and 30 people paid it.", [("5 dollars", 5, "USD")]),
        ("It cost 5 dollars and 3 percent more.", [("5 dollars", 5, "USD")]),
        ("It cost $2.50 and 40 was the count.", [("$2.50", 2.5, "USD")]),
        (
            "It cost 50 dollars 50 dollars again.",
            [("50 dollars", 50, "USD"), ("50 dollars", 50, "USD")],
        ),
        ("A plan of 3 billion dollars and 20.", [("3 billion dollars", 3e9, "USD")]),
    ],
)
def test_each_amount_keeps_its_own_currency(text, expected):
    assert money(text) == [(s, pytest.approx(v), u) for s, v, u in expected]


def test_a_sub_unit_follows_the_currency_before_it():
    assert money("The fare went from 2 euros to 80 cents.") == [
        ("2 euros", 2, "EUR"),
        ("80 cents", pytest.approx(0.8), "EUR"),
    ]


def test_a_negative_amount():
    assert money("The balance was minus $3 billion.") == [("minus $3 billion", -3e9, "USD")]


@pytest.mark.parametrize(
    "text",
    [
        "The parcel weighs 12 pounds.",
        "He lost 20 pounds in a year.",
        "They shipped 5 million pounds of fish.",
        "The year 2020 marks a new start.",
        "This decision marks the end of 30 years of talks.",
        "She scored 18 marks out of 20.",
        "There are 3 real problems here.",
        "Our team won 4 medals, and 2 won silver.",
        "The 5 won games gave us the cup.",
        "Ayn Rand wrote 2 novels.",
        "Despite the high price, 7 won medals.",
        "We paid the fee, and 12 pounds heavier he left.",
        "The report by 3 Rand researchers was cited.",
        "We will try 3 times.",
        "ALL 4 proposals were rejected.",
        "Silica gel absorbs 40 percent of its weight.",
        "See https://example.org/report?id=2019&share=15%20off for 30 countries.",
        "The G20 and the 5th floor.",
        "In the 1990s we had 3 plants.",
    ],
)
def test_no_money_from_ordinary_words(text):
    assert money(text) == []


def test_url_numbers_are_not_percentages():
    text = "Read www.example.org/a%2015%20b and http://x.org/?q=30%25 now."
    assert facts(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Two dozen countries signed.", 24),
        ("Delegations came from three dozen nations.", 36),
        ("A dozen states objected.", 12),
    ],
)
def test_dozens_of_countries_multiply(text, value):
    (found,) = facts(text, "country_count")
    assert found[1]["value"] == value


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        (
            "Trade stood at nearly 60 billion dollars and will reach 80 billion by 2030.",
            [None, 2030],
        ),
        ("Sales were 5 billion euros but will grow to 7 billion in 2025.", [None, 2025]),
        # a year before the later predicate still reaches into it
        ("If by 2030 costs keep rising and will reach 9 billion dollars, we stop.", [2030]),
        ("In 2019 it was 3 billion roubles, and in 2020 it was 4 billion.", [2019, 2020]),
    ],
)
def test_a_year_of_a_later_clause_is_not_the_earlier_figures(text, periods):
    found = [f for f in pipeline.extract_facts(text, date="2012-03-01") if f["type"] == "money"]
    assert [f["period"] for f in found] == periods


@pytest.mark.parametrize(
    ("text", "surface", "qualifier"),
    [
        # a negation across one word (and "by") turns a comparison into a bound
        ("Losses cannot reach more than 2 percent.", "cannot reach more than 2 percent", "at_most"),
        (
            "Fares won't grow by more than 4 percent.",
            "won't grow by more than 4 percent",
            "at_most",
        ),
        ("The levy shall not be over 3 percent.", "not be over 3 percent", "at_most"),
        ("Pay has never exceeded 900 euros.", "never exceeded 900 euros", "at_most"),
        ("Turnout will not be less than 60 percent.", "not be less than 60 percent", "at_least"),
        ("It will NOT be more than 4 percent.", "NOT be more than 4 percent", "at_most"),
        # no bound: the negation is farther away, or a word says the comparison stands
        ("We did not expect that over 40 countries would come.", "over 40 countries", "more_than"),
        ("It is not just over 5 percent.", "just over 5 percent", "more_than"),
        ("They are not only more than 40 countries.", "more than 40 countries", "more_than"),
        ("That is not so: more than 5 percent left.", "more than 5 percent", "more_than"),
        ("Exports grew by more than 5 percent.", "more than 5 percent", "more_than"),
    ],
)
def test_negated_comparisons_are_bounds(text, surface, qualifier):
    found = [c for c in scan(RULES, text) if c.type in ("money", "percentage", "country_count")]
    assert [(text[c.start : c.end], c.qualifier) for c in found] == [(surface, qualifier)]
