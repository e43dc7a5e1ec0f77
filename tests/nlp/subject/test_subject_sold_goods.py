"""Issue 16aj: figures tied to a national measure by a clear link the finder missed (invented
sentences): goods valued after a verb of selling or exporting ("we sold $9 billion worth of
arms": the goods, keyed as their flow when that is a measure of `series_measures`), a relative
clause between a measure and its link ("our arms sales, which ..., amount to"), and "grown to a
total of"."""

import pytest
from conftest import figure_record, subjects


@pytest.mark.parametrize(
    ("text", "figure", "subject", "key"),
    [
        # goods sold or exported whose flow is a national measure: the goods, keyed as it
        ("Two years ago we sold $9 billion worth of arms.", "$9 billion", "arms", "arms exports"),
        (
            "In the spring we have also sold nearly $4 billion worth of weapons.",
            "nearly $4 billion",
            "weapons",
            "arms exports",
        ),
        ("We sold weapons worth $8.2 billion in 2019.", "$8.2 billion", "weapons", "arms exports"),
        (
            "Over $2 billion worth of military equipment was exported in the first half.",
            "Over $2 billion",
            "military equipment",
            "arms exports",
        ),
        ("We exported $6 billion worth of grain.", "$6 billion", "grain", "grain exports"),
        # other goods, another seller, a target, a restriction: none
        ("We sold $3 billion worth of cheese.", "$3 billion", None, None),
        ("We sold tractors worth $700 million.", "$700 million", None, None),
        ("Pine Arms sold $2 billion worth of arms.", "$2 billion", None, None),
        ("We must sell $20 billion worth of arms.", "$20 billion", None, None),
        ("$3 billion worth of arms were sold by the Lakeland firm.", "$3 billion", None, None),
        ("We sold $1 billion worth of arms for the navy.", "$1 billion", None, None),
        # a relative clause between a measure and its link
        (
            "Our arms sales, which were a strong point for decades, amount to $11 billion.",
            "$11 billion",
            "arms sales",
            "arms exports",
        ),
        # near-misses: a clause with a figure or a comma inside, a verb's object
        (
            "Our arms sales, which, as you know, have grown, amount to $11 billion.",
            "$11 billion",
            None,
            None,
        ),
        (
            "We support arms sales, which were a strong point for decades, amount to $11 billion.",
            "$11 billion",
            None,
            None,
        ),
        # "grown to a total of"
        (
            "Our exports of weapons and military equipment rose to a total of $12 billion.",
            "$12 billion",
            "exports of weapons and military equipment",
            "arms exports",
        ),
        ("Lakeland received a total of $12 billion.", "$12 billion", None, None),
    ],
)
def test_sold_goods_and_links(text, figure, subject, key):
    fact = figure_record(text, figure)
    assert (fact["subject"], fact["subject_key"]) == (subject, key)


def test_goods_sold_leave_other_figures_alone():
    found = subjects("The year before last was $7 billion, and we sold $6 billion worth of arms.")
    assert found == {"$7 billion": None, "$6 billion": "arms"}
