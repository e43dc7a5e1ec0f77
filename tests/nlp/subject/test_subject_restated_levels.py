"""Round fix58c: a measure's level said after its change or restated in the same sentence
keeps the measure's subject (invented sentences): "rose by 6% to constitute / to total / to a
record $9 billion", a participle after a clause that opens with the measure ("..., reaching
$9 billion"), "(in 2010 the figure was ...)" pointing back, "the rate of inflation fell: it
was", a rounded figure restated after a dash; a time possessive ("last year's") is no part of
the subject; an organisation's name as the part of a share is refused."""

import pytest
from conftest import figure_record, subject_of


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        # a level after a change, joined by "to constitute", "to total", "to a record"
        (
            "In 2019 timber trade grew by 6.4% to constitute $8.2 billion.",
            "$8.2 billion",
            "timber trade",
        ),
        ("Timber trade grew by 6.4 percent to total $8.2 billion.", "$8.2 billion", "timber trade"),
        (
            "Last year, timber trade grew by 6.4 percent to a record $8.2 billion.",
            "$8.2 billion",
            "timber trade",
        ),
        # no figure before: no subject carried over
        ("Our partners are expected to total $8.2 billion.", "$8.2 billion", None),
        # "the figure" in an aside points back to the figure before, as "this figure" does
        (
            "Timber trade grew by 6.4% to constitute $8.2 billion (in 2009 the figure was "
            "$3.1 billion).",
            "$3.1 billion",
            "timber trade",
        ),
        (
            "Road funding came to 40 billion rubles in 2019; in 2020, the figure was "
            "52 billion rubles.",
            "52 billion rubles",
            "road funding",
        ),
        # a plural antecedent, as for "this figure": none
        (
            "Grain exports rose to $4 billion (in 2009 the figure was $2 billion).",
            "$2 billion",
            None,
        ),
    ],
)
def test_a_level_after_its_change_or_pointed_back_to(text, figure, subject):
    assert subject_of(text, figure) == subject


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        # a participle after a comma: the measure that opens the clause before it
        (
            "Timber trade increased to a new high in 2019, reaching $8.2 billion.",
            "$8.2 billion",
            "timber trade",
        ),
        (
            "Grain reserves have been rising steadily, reaching 41.6 billion dollars.",
            "41.6 billion dollars",
            "grain reserves",
        ),
        (
            "Our timber trade has been growing fast, increasing by 21 percent in the spring.",
            "21 percent",
            "timber trade",
        ),
        # the clause opens with something else, or says too much after its verb
        (
            "We were pleased that timber trade grew in the spring, reaching $8.2 billion.",
            "$8.2 billion",
            None,
        ),
        (
            "Timber trade grew in the spring thanks to the new northern port and the two "
            "bridges, reaching $8.2 billion.",
            "$8.2 billion",
            None,
        ),
        # a vague head alone opens the clause: none
        ("The rate rose sharply, reaching 9 percent.", "9 percent", None),
    ],
)
def test_a_participle_takes_the_measure_opening_its_clause(text, figure, subject):
    assert subject_of(text, figure) == subject


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        # "the rate of inflation": a vague head named by the measure after "of"
        (
            "The rate of unemployment fell fourfold: in 1997 it was 16.2 percent.",
            "16.2 percent",
            "rate of unemployment",
        ),
        # a vague head with another preposition, or alone: none
        ("The rate in the north fell: in 1997 it was 16.2 percent.", "16.2 percent", None),
        ("The rate fell fourfold: in 1997 it was 16.2 percent.", "16.2 percent", None),
        # a rounded figure restated exactly after a dash
        (
            "In 2016, unemployment was almost 8 percent – 7.8 percent to be exact.",
            "7.8 percent",
            "unemployment",
        ),
        (
            "Grain reserves came to nearly $300 billion — 296.4 billion, I am told.",
            "296.4 billion",
            "grain reserves",
        ),
        # the first figure is not rounded: two figures, none carried
        (
            "In 2016, unemployment was 8 percent – 7.8 percent to be exact.",
            "7.8 percent",
            None,
        ),
    ],
)
def test_a_named_rate_and_a_restated_rounded_figure(text, figure, subject):
    assert subject_of(text, figure) == subject


@pytest.mark.parametrize(
    ("text", "figure", "subject", "key"),
    [
        (
            "Pensions went up by 5.1 percent, with last year's unemployment at 4.4 percent.",
            "4.4 percent",
            "unemployment",
            "unemployment",
        ),
        (
            "This month’s unemployment is 4.4 percent.",
            "4.4 percent",
            "unemployment",
            "unemployment",
        ),
        # a possessive that is no time word stays
        (
            "The region's unemployment is 4.4 percent.",
            "4.4 percent",
            "region's unemployment",
            "region unemployment",
        ),
    ],
)
def test_a_time_possessive_is_no_part_of_the_subject(text, figure, subject, key):
    record = figure_record(text, figure)
    assert (record["subject"], record["subject_key"]) == (subject, key)


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        # an organisation's name as the part: one firm's own share, refused
        (
            "Northern Rail Lines makes up 3 percent of the national freight haulage market.",
            "3 percent",
            None,
        ),
        (
            "Chilean Copper Mines account for 12 percent of national mineral exports.",
            "12 percent",
            None,
        ),
        # a common noun after a place's adjective, and a country, are no organisation
        (
            "Peruvian cheese accounts for 30 percent of the northern dairy market.",
            "30 percent",
            "share of Peruvian cheese in the northern dairy market",
        ),
        (
            "Pine gas accounts for about 30 percent of the northern heating market.",
            "about 30 percent",
            "share of pine gas in the northern heating market",
        ),
    ],
)
def test_an_organisation_as_the_part_of_a_share_is_refused(text, figure, subject):
    assert subject_of(text, figure) == subject
