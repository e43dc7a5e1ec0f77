"""Money, percentage and country-count candidates with their fields."""

import pytest

from pipeline.nlp.quantities import scan


def facts(text, kind=None):
    return [
        (text[c.start : c.end], c.fields()) for c in scan(text) if kind is None or c.type == kind
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
        ("This year it will be $24 [billion], I think.", "$24 [billion]", 24e9, "USD", "exact"),
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
        ("a grant of 1.5 to 2 million rubles", 1.5e6, 2e6, "RUB"),
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
