"""Event dates of round war60: a war is dated never by another year of its clause. A date right
after a war's name that only narrows the clause's time ("during the Lake War in 1702") or follows
a verb whose subject is the noun the war modifies ("the story of the Lake War ended on ...") is
not the war's (`multi_year_clause_dates`); a war written as an abbreviation ("WWII") lasts years
as its full name does (`abbreviated_wars` read with `multi_year_heads`). Each row that a rule
leaves undated has the date the sentence gave before; the kept rows are where it must not fire.
The sentences and pages are invented."""

import pytest
from conftest import drop_event_rules, event_date_of, page_event_dates

from pipeline.nlp.rules import installed_rules

RULES = installed_rules()
WITHOUT_KEY = RULES.edited("events", drop=["multi_year_clause_dates"])
WITHOUT_ABBREVIATIONS = RULES.edited("events", abbreviated_wars={"names": {}, "kind": "war"})

# (sentence, war, page date, date with the rules, date without `multi_year_clause_dates`)
CLAUSE_CASES = [
    # the war is the clause's time frame: "in" narrows it to what happened inside the war
    ("A mill burned down during the Lake War in 1915.", "Lake War", "2031-05-04", None, "1915"),
    (
        "Their harvests fell during the Second Pine War in 1943 and 1944.",
        "Second Pine War",
        "2031-05-04",
        None,
        "1943",
    ),
    (
        "Trade shrank, the archive shows, during the Hill War in 1916.",
        "Hill War",
        "2031-05-04",
        None,
        "1916",
    ),
    # the war modifies another noun: a bare verb after it is that noun's
    (
        "The darkest chapter of the Lake War ended on March 3, 1944, with a truce.",
        "Lake War",
        "2031-05-04",
        None,
        "1944-03-03",
    ),
    (
        "One of the sieges of the Pine War began in 1942 near the river.",
        "Pine War",
        "2031-05-04",
        None,
        "1942",
    ),
    # the war's own dates are kept
    ("The regiment fought in the Lake War in 1914.", "Lake War", "2031-05-04", "1914", "1914"),
    ("His grandfather fought in the Lake War of 1914.", "Lake War", "2031-05-04", "1914", "1914"),
    (
        "We studied the course of the Lake War, which began in 1914 at the border.",
        "Lake War",
        "2031-05-04",
        "1914",
        "1914",
    ),
    ("The Pine War ended in 1905 with a treaty.", "Pine War", "2031-05-04", "1905", "1905"),
    (
        "The siege of Hilltown lasted from May 5, 1909, until the autumn.",
        "siege of Hilltown",
        "2031-05-04",
        "1909-05-05",
        "1909-05-05",
    ),
]


@pytest.mark.parametrize(("sentence", "war", "date", "expected", "without"), CLAUSE_CASES)
def test_a_clause_date_right_after_a_war_is_not_the_wars(sentence, war, date, expected, without):
    assert event_date_of(sentence, war, date, "war") == expected
    assert event_date_of(sentence, war, date, "war", rules=WITHOUT_KEY) == without


# (sentence, abbreviated war, page date, date before the abbreviations were read as wars)
ABBREVIATION_CASES = [
    (
        "We will give free rail passes to WWII veterans in June 2032.",
        "WWII",
        "2031-05-04",
        "2032-06",
    ),
    ("Her WWI letters will be shown at the town fair in 2033.", "WWI", "2031-05-04", "2033"),
    (
        "The hardest winter in the history of WW2 ended on March 1, 1943, for the town.",
        "WW2",
        "2031-05-04",
        "1943-03-01",
    ),
]


@pytest.mark.parametrize(("sentence", "war", "date", "before"), ABBREVIATION_CASES)
def test_an_abbreviated_war_is_dated_as_wars_are(sentence, war, date, before):
    assert event_date_of(sentence, war, date, "war") is None
    assert event_date_of(sentence, war, date, "war", rules=WITHOUT_ABBREVIATIONS) == before


# a span of years right after a war's name elsewhere on the page (`multi_year_range_links`)
# dates it unless it narrows a clause framed by the war
SPAN_CASES = [
    (
        "Farm output fell sharply during the Lake War in 1942-1944.\n\n"
        "We honour all who served in the Lake War.",
        "Lake War",
        None,
        "1942",
    ),
    (
        "We honour all who served in the Lake War of 1939-1945.\n\n"
        "Our town was rebuilt after the Lake War.",
        "Lake War",
        "1939",
        "1939",
    ),
]


@pytest.mark.parametrize(("text", "war", "expected", "without"), SPAN_CASES)
def test_a_span_narrowing_a_clause_does_not_date_the_war(
    text, war, expected, without, monkeypatch, events_component
):
    assert page_event_dates(text, "Meeting with veterans", "2031-05-04")[war] == expected
    drop_event_rules(monkeypatch, events_component, "multi_year_clause_dates")
    assert page_event_dates(text, "Meeting with veterans", "2031-05-04")[war] == without


@pytest.mark.parametrize(
    "value",
    [
        ["during"],  # a list, not an object: AttributeError before review61
        {"frame_leads": "during", "narrowing_links": ["in"]},  # a string: read letter by letter
        {"frame_leads": ["during"], "narrowing_links": [3]},
    ],
)
def test_clause_dates_must_be_an_object_of_lists_of_words(value):
    """review61: `multi_year_clause_dates` is checked (`rules.check_shapes`); since round
    shape70 when the rules load (`rule_shapes.NESTED_SHAPES`), naming the key path."""
    from pipeline.nlp.rules import RuleError

    with pytest.raises(RuleError, match=r"events\.json \(given\): 'multi_year_clause_dates"):
        RULES.edited("events", multi_year_clause_dates=value)


def test_blank_clause_date_words_are_left_out():
    from pipeline.nlp.event_war_dates import clause_date_after_war

    spec = {"frame_leads": ["during", ""], "narrowing_links": [" ", "in"], "modifier_links": [""]}
    rules = RULES.edited("events", multi_year_clause_dates=spec)
    sentence = "A mill burned down during the Lake War in 1915."
    start = sentence.index("Lake War")
    assert clause_date_after_war(rules, sentence, start, start + 8, start + 9)
    other = "The Lake War ended in 1915."
    assert not clause_date_after_war(rules, other, 4, 12, 13)
