"""Event dates of issue 12 round bp (judging convention C1: an event the President visits or
tours on the page's day is dated with that day): in a news report (outside speaker turns), an
event named after "visited", "visits" or "toured" (events.json's `present_day_cues`,
`narrative_cues`), or right after "visit to" or "address to" (`adjacent_narrative_cues`), is on
the page's day where the other rules gave its month; a clause opening "After that," (one of
`narrative_sequence_openers`) tells the report's next step of the same day and is no word of
another time. Each row is checked with the rule and without it; some rows must not fire. The
sentences are invented."""

import pytest
from conftest import event_date_of as date_of

from pipeline.nlp.rules import installed_rules

RULES = installed_rules()
NEW_NARRATIVE = ["visited", "visits", "toured"]


def _present_day_without(**changes):
    """The installed rules with events.json's `present_day_cues` changed by `changes` (a key
    set to None is dropped): what the rows said before this round."""
    rule = dict(RULES.get("events")["present_day_cues"])
    for key, value in changes.items():
        if value is None:
            rule.pop(key, None)
        else:
            rule[key] = value
    return RULES.edited("events", present_day_cues=rule)


WITHOUT_VISITED = _present_day_without(
    narrative_cues=[
        c
        for c in RULES.get("events")["present_day_cues"]["narrative_cues"]
        if c not in NEW_NARRATIVE
    ]
)
WITHOUT_ADJACENT = _present_day_without(adjacent_narrative_cues=None)
WITHOUT_OPENERS = _present_day_without(narrative_sequence_openers=None)

# (sentence, name, page's date, kind, rules without the new key, with it, without it)
CASES = [
    (
        "The Premier visited the Pine Valley Book Fair and talked to young writers.",
        "Pine Valley Book Fair",
        "2031-09-12",
        "fair",
        WITHOUT_VISITED,
        "2031-09-12",
        "2031-09",
    ),
    (
        "The two leaders toured the Lake Aviation Show, held in Pinetown.",
        "Lake Aviation Show",
        "2031-09-12",
        "show",
        WITHOUT_VISITED,
        "2031-09-12",
        "2031-09",
    ),
    (
        "During his visit to the Lake Regions Forum, the Premier spoke with volunteers.",
        "Lake Regions Forum",
        "2031-09-12",
        "forum",
        WITHOUT_ADJACENT,
        "2031-09-12",
        "2031-09",
    ),
    (
        "After that, the Premier visited a new school and the Pine Crafts Exhibition.",
        "Pine Crafts Exhibition",
        "2031-09-12",
        "exhibition",
        WITHOUT_OPENERS,
        "2031-09-12",
        "2031-09",
    ),
]


@pytest.mark.parametrize(
    ("sentence", "name", "doc_date", "kind", "without", "expected", "old"), CASES
)
def test_issue_12bp_visited_on_doc_day(sentence, name, doc_date, kind, without, expected, old):
    assert date_of(sentence, name, doc_date, kind, True) == expected
    assert date_of(sentence, name, doc_date, kind, True, rules=without) == old


# (sentence, name, page's date, kind, news report, expected): the rule must not fire
NOT_FIRING = [
    # a speaker recalling a visit: another day
    (
        "Last time I visited the Pine Valley Book Fair, it was smaller.",
        "Pine Valley Book Fair",
        "2031-09-12",
        "fair",
        False,
        None,
    ),
    (
        "I visited the Pine Valley Book Fair and was impressed.",
        "Pine Valley Book Fair",
        "2031-09-12",
        "fair",
        False,
        None,
    ),
    # a visit to come: not the page's day
    (
        "The Premier will visit the Lake Aviation Show tomorrow.",
        "Lake Aviation Show",
        "2031-09-12",
        "show",
        True,
        "2031-09-13",
    ),
    # a visit to a place, then the event far after it: no adjacent cue, the month as before
    (
        "He postponed his visit to Hillmark and cancelled his part in the Lake Summit.",
        "Lake Summit",
        "2031-09-12",
        "summit",
        True,
        "2031-09",
    ),
    # "After that" of another time stays another time
    (
        "After that, the Premier visited the Pine Crafts Exhibition last year.",
        "Pine Crafts Exhibition",
        "2031-09-12",
        "exhibition",
        True,
        "2030",
    ),
]


@pytest.mark.parametrize(
    ("sentence", "name", "doc_date", "kind", "narrative", "expected"), NOT_FIRING
)
def test_issue_12bp_not_the_doc_day(sentence, name, doc_date, kind, narrative, expected):
    assert date_of(sentence, name, doc_date, kind, narrative) == expected


WITHOUT_NATIONAL_DAY = RULES.edited("events", drop=["national_day_greeting_day"])

# (sentence, name, page's date, news report, with the rule, without it)
NATIONAL_DAY_CASES = [
    (
        "The President sent his warm greetings to the Lakeland leader on the 30th "
        "anniversary of Lakeland’s independence.",
        "30th anniversary of Lakeland’s independence",
        "2031-07-04",
        True,
        "2031-07-04",
        "2031-07",
    ),
    (
        "The Premier congratulated the people of Pineland on the 45th anniversary of the "
        "declaration of Pineland’s independence.",
        "45th anniversary of the declaration of Pineland’s independence",
        "2031-10-02",
        True,
        "2031-10-02",
        "2031-10",
    ),
    # another anniversary congratulated on: the month, as before
    (
        "The President sent his warm greetings to the Lake Works staff on the 30th "
        "anniversary of the plant.",
        "30th anniversary of the plant",
        "2031-07-04",
        True,
        "2031-07",
        "2031-07",
    ),
    # a greeting to come: not the day (the month, as before)
    (
        "The President will congratulate the Lakeland leader on the 30th anniversary of "
        "Lakeland’s independence.",
        "30th anniversary of Lakeland’s independence",
        "2031-07-04",
        True,
        "2031-07",
        "2031-07",
    ),
    # a speaker's turn: not a news report's greeting
    (
        "I congratulate you on the 30th anniversary of Lakeland’s independence.",
        "30th anniversary of Lakeland’s independence",
        "2031-07-04",
        False,
        "2031-07",
        "2031-07",
    ),
]


@pytest.mark.parametrize(
    ("sentence", "name", "doc_date", "narrative", "expected", "old"), NATIONAL_DAY_CASES
)
def test_issue_12bp_national_day_greeting(sentence, name, doc_date, narrative, expected, old):
    assert date_of(sentence, name, doc_date, "anniversary", narrative) == expected
    kwargs = {"rules": WITHOUT_NATIONAL_DAY}
    assert date_of(sentence, name, doc_date, "anniversary", narrative, **kwargs) == old
