"""Bare amounts whose currency is written elsewhere (round money51; currencies.json
`bracketed_after`, `carry_unscaled`, `carry_repeated`, `carry_next_sentences`, numbers.json
`borrowed_scale_below`). The sentences are invented.

- an editor's bracket after the amount holds its currency, perhaps with its scale word
  ("40 billion [rubles]", "150 [billion rubles]"); a bracket holding anything else lends nothing;
- a bare unscaled amount of the size of the money figure before it in its sentence takes its
  currency ("11,500 rubles a month; another teacher, 14,000"); not a number of another size, a
  small one, or one followed by a noun;
- a bare amount repeating the value of a money figure said shortly before in its paragraph
  takes its currency ("12 million rubles. The 12 million will ..."); not in another paragraph;
- a bare scaled amount a sentence or two after the paragraph's last money figure takes its
  currency ("27 billion rubles were allocated. In 2031, 5 billion will be provided"); not when its
  sentence names things counted ("population", "people"), not in another paragraph, not the
  first part of "three trillion and 270 billion rubles";
- a number written out to 1,000 or more keeps its own size before a scaled one ("from 600,000 to
  1.3 million rubles").
"""

import re

import pytest

from pipeline.nlp.quantities import scan
from pipeline.nlp.rules import installed_rules

RULES = installed_rules()


def money(text):
    starts = [0] + [m.end() for m in re.finditer(r"(?<=[.!?])\s+", text)]
    return [
        (text[c.start : c.end], c.value, c.high, c.unit, c.qualifier)
        for c in scan(RULES, text, starts)
        if c.type == "money"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an editor's bracket
        (
            "The Lake Council settled on 35 billion [rubles] for the ferries.",
            [("35 billion [rubles]", 3.5e10, None, "RUB", "exact")],
        ),
        (
            "Pine Valley spent 70 billion [roubles] on clinics, and now 120 [billion roubles].",
            [
                ("70 billion [roubles]", 7e10, None, "RUB", "exact"),
                ("120 [billion roubles]", 1.2e11, None, "RUB", "exact"),
            ],
        ),
        (
            "The Lakeland fund gave the harbour 4 million [euros] last spring.",
            [("4 million [euros]", 4e6, None, "EUR", "exact")],
        ),
        (
            "Turnover of, say, 410 to 425 thousand [rubles] pays the lower fee.",
            [("410 to 425 thousand [rubles]", 4.1e5, 4.25e5, "RUB", "exact")],
        ),
        # a bare unscaled amount of the figure's size in its sentence
        (
            "A nurse in Lakeland makes 11,500 rubles a month; a teacher in Pine Valley, 14,000;"
            " and a driver, about 19,000.",
            [
                ("11,500 rubles", 11500, None, "RUB", "exact"),
                ("14,000", 14000, None, "RUB", "exact"),
                ("about 19,000", 19000, None, "RUB", "approx"),
            ],
        ),
        (
            "Fares to Pine Bay rose from 41,000 rubles to 87,300.",
            [
                ("41,000 rubles", 41000, None, "RUB", "exact"),
                ("87,300", 87300, None, "RUB", "exact"),
            ],
        ),
        # a repeat of a value said shortly before in its paragraph
        (
            "The lake towns saved 12 million rubles on paving. The 12 million will go to bridges.",
            [
                ("12 million rubles", 1.2e7, None, "RUB", "exact"),
                ("12 million", 1.2e7, None, "RUB", "exact"),
            ],
        ),
        (
            "The floor in Lakeland stands at 8,240 rubles. So the pension is 8,240 while the"
            " price of a basket is higher.",
            [("8,240 rubles", 8240, None, "RUB", "exact"), ("8,240", 8240, None, "RUB", "exact")],
        ),
        # a bare scaled amount a sentence or two after the paragraph's money figure
        (
            "Here, 27 billion rubles have been set aside for Lakeland ferries. In 2031, 5 billion"
            " will be provided, and in 2032 another 5 billion.",
            [
                ("27 billion rubles", 2.7e10, None, "RUB", "exact"),
                ("5 billion", 5e9, None, "RUB", "exact"),
                ("5 billion", 5e9, None, "RUB", "exact"),
            ],
        ),
        (
            "Pine Valley's harbour earned $3 billion last season. Its fees now stand at 2.1–2.4"
            " billion.",
            [
                ("$3 billion", 3e9, None, "USD", "exact"),
                ("2.1–2.4 billion", 2.1e9, 2.4e9, "USD", "exact"),
            ],
        ),
        # a number written out keeps its own size before a scaled one
        (
            "Lakeland doubled the cover, from 650,000 to 1.3 million rubles.",
            [
                ("650,000", 650000, None, "RUB", "exact"),
                ("1.3 million rubles", 1.3e6, None, "RUB", "exact"),
            ],
        ),
        (
            "Pine Valley's debts grew from 300 to 900 billion rubles.",
            [
                ("300", 3e11, None, "RUB", "exact"),
                ("900 billion rubles", 9e11, None, "RUB", "exact"),
            ],
        ),
    ],
)
def test_bare_amount_takes_the_currency(text, expected):
    assert money(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bracket that holds a conversion or a gloss
        (
            "A ticket to Pine Bay cost 150 rubles [$2.40] then.",
            [("150 rubles", 150, None, "RUB", "exact"), ("$2.40", 2.4, None, "USD", "exact")],
        ),
        ("The Lakeland mill paid 40 [as a bonus] to each.", []),
        # unscaled: another size, a small number, a noun after it
        (
            "The Lake Council paid 5,000 rubles to 1,200 families and 310,000 in all.",
            [("5,000 rubles", 5000, None, "RUB", "exact")],
        ),
        (
            "A room in Pine Valley costs 2,000 rubles, and 150,000 came this year.",
            [("2,000 rubles", 2000, None, "RUB", "exact")],
        ),
        (
            "The toll is 300 rubles for cars and 500 for lorries.",
            [("300 rubles", 300, None, "RUB", "exact")],
        ),
        # a repeat: in another paragraph, of a small value, before a noun
        (
            "Lakeland saved 12 million rubles.\n\nThe 12 million went to bridges.",
            [("12 million rubles", 1.2e7, None, "RUB", "exact")],
        ),
        (
            "The fee was 20,000 rubles. Over 20,000 people came to Pine Bay.",
            [("20,000 rubles", 20000, None, "RUB", "exact")],
        ),
        # the next sentences: things counted, another paragraph, too far, part of one amount
        (
            "Lakeland's budget is 4 trillion rubles. Its population grows, reaching 7.5 million.",
            [("4 trillion rubles", 4e12, None, "RUB", "exact")],
        ),
        (
            "Pine Valley got 3 billion rubles.\n\nIn 2031, 5 billion will be provided.",
            [("3 billion rubles", 3e9, None, "RUB", "exact")],
        ),
        (
            "Lakeland got 3 billion rubles. The harbour was rebuilt. The mill reopened. The"
            " towns then added 5 billion.",
            [("3 billion rubles", 3e9, None, "RUB", "exact")],
        ),
        (
            "Lakeland shipped goods worth 90 billion rubles. Its output totalled three trillion"
            " and 270 billion rubles.",
            [
                ("90 billion rubles", 9e10, None, "RUB", "exact"),
                ("270 billion rubles", 2.7e11, None, "RUB", "exact"),
            ],
        ),
    ],
)
def test_bare_amount_keeps_no_currency(text, expected):
    assert money(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the low end of a bare range is no amount of its own (review52): the unscaled rule in
        # its sentence, or a repeat of the figure's value in the next
        (
            "A Lakeland permit costs 3,000 rubles and in Pinewood 2,500–40,000.",
            [("3,000 rubles", 3000, None, "RUB", "exact")],
        ),
        (
            "A Lakeland permit costs 3,000 rubles and in Pinewood from 2,500 to 4,000.",
            [
                ("3,000 rubles", 3000, None, "RUB", "exact"),
                ("2,500 to 4,000", 2500, 4000, "RUB", "exact"),
            ],
        ),
        (
            "A Lakeland permit costs 3,000 rubles and in Pinewood between 2,500 and 4,000.",
            [
                ("3,000 rubles", 3000, None, "RUB", "exact"),
                ("2,500 and 4,000", 2500, 4000, "RUB", "exact"),
            ],
        ),
        # "between" and "and" join a bare range as they join a figure's ("between 2 and 3
        # billion rubles")
        (
            "Lakeland got 5 billion rubles. Pinewood got between 2 and 3 billion.",
            [
                ("5 billion rubles", 5e9, None, "RUB", "exact"),
                ("2 and 3 billion", 2e9, 3e9, "RUB", "exact"),
            ],
        ),
        (
            "A Pine Bay permit costs 3,000 rubles and 2,500 to 4,000 people apply.",
            [("3,000 rubles", 3000, None, "RUB", "exact")],
        ),
        (
            "A Lakeland permit costs 3,000 rubles. In Pinewood permits cost 3,000–3,500.",
            [("3,000 rubles", 3000, None, "RUB", "exact")],
        ),
        # a range whose high end repeats the figure's value is no repeat: read as a range
        (
            "Lakeland set aside 3 billion rubles for ferries. The Pinewood share was 2.5–3"
            " billion.",
            [
                ("3 billion rubles", 3e9, None, "RUB", "exact"),
                ("2.5–3 billion", 2.5e9, 3e9, "RUB", "exact"),
            ],
        ),
    ],
)
def test_a_bare_range_is_carried_whole_or_not_at_all(text, expected):
    assert money(text) == expected
