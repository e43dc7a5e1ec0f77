"""Issue 12, round cm: qualifiers of amounts (qualifiers.json). The sentences are invented.

- "surpass" and its forms right before an amount are more_than (as "exceed"), a negated one
  at_most;
- "up to" as the particle of "bring", "take", "raise" with an object between ("bring the
  share up to 70 percent") is no bound: the amount is exact (`particle_up_to`);
- "a", "an", "another" between an approx qualifier and the amount keep it ("about a 15
  percent return"), unless "about" is a preposition after a verb such as "talked"
  (`before_fillers`).
"""

import pytest
from conftest import qualified_figures as facts


@pytest.mark.parametrize(
    ("text", "surface", "qualifier"),
    [
        # surpass
        ("Lakeland's fish exports surpassed $3 billion.", "surpassed $3 billion", "more_than"),
        (
            "The share of new buses should surpass 65 percent by spring.",
            "surpass 65 percent",
            "more_than",
        ),
        ("The Pine Forum deficit will not surpass 2 percent.", "not surpass 2 percent", "at_most"),
        # up to as a verb's particle: exact
        (
            "We want to bring the share of paved roads in Lakeland up to 80 percent.",
            "80 percent",
            "exact",
        ),
        (
            "We added 2 billion rubles, bringing the total up to 9 billion rubles.",
            "9 billion rubles",
            "exact",
        ),
        ("They plan to take the level up to 60 percent.", "60 percent", "exact"),
        # up to as a bound
        ("Each farm can take up to 30 percent of the quota.", "up to 30 percent", "at_most"),
        ("We will raise stipends by up to 10 percent.", "up to 10 percent", "at_most"),
        (
            "Taking part in the Lakeland drills are up to 500 sailors and up to 20 percent "
            "of the fleet.",
            "up to 20 percent",
            "at_most",
        ),
        ("Loans of up to 5 million rubles are on offer.", "up to 5 million rubles", "at_most"),
        # a filler between an approx qualifier and the amount
        (
            "This is about a 12 percent yearly return for Pine Valley.",
            "about a 12 percent",
            "approx",
        ),
        (
            "Since spring it has grown by almost another 9 percent.",
            "almost another 9 percent",
            "approx",
        ),
        ("We came close to an 80% rise in Lakeland.", "close to an 80%", "approx"),
        # no filler reading
        ("We talked about a 5 percent rise in Lakeland.", "5 percent", "exact"),
        ("It is well over a 4 percent threshold.", "4 percent", "exact"),
    ],
)
def test_qualifier(text, surface, qualifier):
    assert (surface, qualifier) in facts(text)
