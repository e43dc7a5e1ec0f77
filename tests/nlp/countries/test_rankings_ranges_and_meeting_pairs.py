"""Issue 12, round an: country counts that are no count of countries. A place in a ranking
(countries.json's `ranking_before`, `ranking_between`), two alternatives joined as a range
(`range_separators`, `range_not_after`), the pair of a meeting written without "our"
(`bilateral_determiners`: "leaders of", "as", "between") and the year of a founding, which is no
period of a count in another clause (temporal.json's `founding_verbs`, `founding_separators`).
The sentences are invented (docs/accuracy.md, issue 12 round an)."""

import pytest

from pipeline.nlp.quantities import scan
from pipeline.nlp.rules import installed_rules
from pipeline.nlp.temporal import period_for

RULES = installed_rules()


def counts(text, rules=RULES):
    """(surface, value, high) of each country count of `text`."""
    return [
        (text[c.start : c.end], c.fields()["value"], c.fields()["high"])
        for c in scan(rules, text)
        if c.type == "country_count"
    ]


# --- a place in a ranking -------------------------------------------------------------------

# (text, the count the scanner found before the round)
RANKINGS = [
    ("Lakeland is among the top ten countries for clean rivers.", ("ten countries", 10, None)),
    (
        "The plan is to join the world's top 5 economies by the next decade.",
        ("5 economies", 5, None),
    ),
    ("Pineland ranks in the top-20 countries by literacy.", ("20 countries", 20, None)),
    (
        "Our goal is to become one of the top three nations in shipbuilding.",
        ("three nations", 3, None),
    ),
]

RANKINGS_BETWEEN = [
    (
        "Lakeland must stay among the four largest economies of its region.",
        ("four largest economies", 4, None),
    ),
    (
        "The world's two biggest economies traded less this spring.",
        ("two biggest economies", 2, None),
    ),
    (
        "It aims to join the ten most advanced states in robotics.",
        ("ten most advanced states", 10, None),
    ),
]


@pytest.mark.parametrize(("text", "before"), RANKINGS)
def test_a_number_after_top_is_a_place_in_a_ranking(text, before):
    assert counts(text) == []
    assert counts(text, RULES.edited("countries", drop=["ranking_before"])) == [before]


@pytest.mark.parametrize(("text", "before"), RANKINGS_BETWEEN)
def test_a_superlative_before_the_noun_is_a_ranking(text, before):
    assert counts(text) == []
    assert counts(text, RULES.edited("countries", drop=["ranking_between"])) == [before]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The five EAEU member states signed the pact.", [("five EAEU member states", 5, None)]),
        ("Pine tea is sold in over 100 countries.", [("over 100 countries", 100, None)]),
        ("Teams from 12 leading nations took part.", [("12 leading nations", 12, None)]),
        # "top" is not right before the number
        ("Top scientists from 30 countries met in Lakeland.", [("30 countries", 30, None)]),
        ("The top award went to athletes of 14 states.", [("14 states", 14, None)]),
    ],
)
def test_near_misses_stay_counts(text, expected):
    assert counts(text) == expected


# --- two alternatives: one count with its high end -------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "without"),
    [
        (
            "Soon the mill will sell its flour to 40 or 45 countries.",
            [("40 or 45 countries", 40, 45)],
            [("45 countries", 45, None)],
        ),
        (
            "Only two or three states answered the letter.",
            [("two or three states", 2, 3)],
            [("three states", 3, None)],
        ),
        (
            "Delegates of 10 to 15 countries are expected in Lakeland.",
            [("10 to 15 countries", 10, 15)],
            [("15 countries", 15, None)],
        ),
        (
            "The river fleet visits 6–8 nations a year.",
            [("6–8 nations", 6, 8)],
            [("8 nations", 8, None)],
        ),
    ],
)
def test_two_numbers_before_a_country_noun_are_one_range(text, expected, without):
    assert counts(text) == expected
    assert counts(text, RULES.edited("countries", drop=["range_separators"])) == without


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a level and the level it became
        ("Exports grew from 40 to 90 countries.", [("90 countries", 90, None)]),
        # the second not above the first
        ("We sold it to 45 or 40 countries.", [("40 countries", 40, None)]),
        # the first number counts something else
        ("Some 60 or 65 people came from 20 countries.", [("20 countries", 20, None)]),
    ],
)
def test_no_range_of_counts(text, expected):
    assert counts(text) == expected


def test_from_before_a_range_is_a_level_only_with_the_key():
    text = "Exports grew from 40 to 90 countries."
    edited = RULES.edited("countries", drop=["range_not_after"])
    assert counts(text, edited) == [("40 to 90 countries", 40, 90)]


# --- the pair of a meeting written without "our" ---------------------------------------------

PAIRS = [
    "The leaders of two countries talked about river transport.",
    "We can do a lot together as two countries.",
    "Trade between two countries was reviewed at the talks.",
    "A war between two nuclear states would harm everyone.",
]


@pytest.mark.parametrize("text", PAIRS)
def test_the_pair_of_a_meeting_is_no_count(text):
    assert counts(text) == []
    old = [
        d
        for d in RULES.get("countries")["bilateral_determiners"]
        if d not in ("leaders of", "as", "between")
    ]
    edited = RULES.edited("countries", bilateral_determiners=old)
    assert [c[1] for c in counts(text, edited)] == [2]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The leaders of three countries met in Lakeland.", [("three countries", 3, None)]),
        ("Such planes are built by two countries only.", [("two countries", 2, None)]),
        ("Talks between 12 states went on for a week.", [("12 states", 12, None)]),
    ],
)
def test_other_counts_after_these_words_stay(text, expected):
    assert counts(text) == expected


# --- the year of a founding ------------------------------------------------------------------


def periods(text, rules=RULES, year=2031):
    """(surface, period) of each money or country count of `text`, periods by period_for."""
    found = []
    for c in scan(rules, text):
        if c.type in ("country_count", "money"):
            found.append((text[c.start : c.end], period_for(rules, text, c.start, c.end, year)))
    return found


@pytest.mark.parametrize(
    ("text", "expected", "without"),
    [
        (
            "The league was founded in 1901 and now unites clubs from 120 countries.",
            [("120 countries", None)],
            [("120 countries", 1901)],
        ),
        (
            "The river commission, set up in May 1921, today includes 9 states.",
            [("9 states", None)],
            [("9 states", 1921)],
        ),
        (
            "The club, which has 40 member states, was established in 1950.",
            [("40 member states", None)],
            [("40 member states", 1950)],
        ),
    ],
)
def test_a_founding_year_is_no_period_of_a_count_in_another_clause(text, expected, without):
    assert periods(text) == expected
    edited = RULES.edited("temporal", drop=["founding_verbs"])
    assert periods(text, edited) == without


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # inside the founding phrase: the founding's year
        (
            "The bank was established in 2014 with a capital of $900 million.",
            [("$900 million", 2014)],
        ),
        ("Eleven states were formed in 1991.", [("Eleven states", 1991)]),
        # another year of the count's own clause
        (
            "The league was founded in 1901, and 120 countries had joined it by 2020.",
            [("120 countries", 2020)],
        ),
        # a year that dates no founding
        ("In 1999, 12 countries joined the league.", [("12 countries", 1999)]),
    ],
)
def test_other_years_stay_periods(text, expected):
    assert periods(text) == expected


# --- the number of a document or of its part ------------------------------------------------

REFERENCES = [
    ("As you know, Article 12 states that the Lake Council meets yearly.", ("12 states", 12, None)),
    ("Order No. 31 states that each region reports monthly.", ("31 states", 31, None)),
    ("Under Section 4 states that sign must report.", ("4 states", 4, None)),
]


@pytest.mark.parametrize(("text", "before"), REFERENCES)
def test_a_number_after_a_document_part_is_no_count(text, before):
    assert counts(text) == []
    assert counts(text, RULES.edited("countries", drop=["reference_before"])) == [before]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Experts from 12 states met in Lakeland.", [("12 states", 12, None)]),
        ("Part of the 30 countries joined later.", [("30 countries", 30, None)]),
        ("There are no 5 states alike.", [("5 states", 5, None)]),
    ],
)
def test_other_numbers_before_states_stay_counts(text, expected):
    assert counts(text) == expected
