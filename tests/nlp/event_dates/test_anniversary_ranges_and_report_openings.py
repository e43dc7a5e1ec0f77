"""Event dates of issue 12 round ba (events.json's `anniversary_range_start_cues`,
`narrative_opening_doc_day`, `anniversary_opening_doc_day`): an anniversary of the beginning of
a span of years counts from the span's first year; a news report's sentence opening with the
event ("At a session of ...", "During the ... Forum, ...") or with an anniversary or day ("On
the 30th anniversary of ..., the President laid flowers") gives the page's day, not its month.
Each row is checked with the installed rules and without the round's keys; the sentences are
invented."""

import pytest
from conftest import event_date_of as date_of

from pipeline.nlp.rules import installed_rules

RULES = installed_rules()
# the installed rules without the round's keys: what the rows said before it
WITHOUT = RULES.edited(
    "events",
    drop=[
        "anniversary_range_start_cues",
        "narrative_opening_doc_day",
        "anniversary_opening_doc_day",
    ],
)

# (sentence, name, page's date, kind, news report, with the rules, without them)
CASES = [
    # an anniversary of the beginning of a span of years: from its first year
    (
        "On the 30th anniversary of the beginning of the Pine War of 2001–2004 the President "
        "placed a wreath by the old stone.",
        "30th anniversary of the beginning of the Pine War of 2001–2004",
        "2031-06-22",
        "anniversary",
        True,
        "2031-06-22",
        "2034",
    ),
    (
        "Veterans gathered for the 20th anniversary of the outbreak of the Lake War of 2010–2012.",
        "20th anniversary of the outbreak of the Lake War of 2010–2012",
        "2030-03-02",
        "anniversary",
        True,
        "2030",
        "2032",
    ),
    # ... but "of Victory in" a span still counts from its last year
    (
        "Veterans gathered for the 20th anniversary of Victory in the Lake War of 2010–2012.",
        "20th anniversary of Victory in the Lake War of 2010–2012",
        "2032-03-02",
        "anniversary",
        True,
        "2032",
        "2032",
    ),
    # a news report opening with the event: the page's day
    (
        "At a session of the Lake Council in Pinetown, the President spoke of rural roads.",
        "session of the Lake Council",
        "2031-05-14",
        "meeting",
        True,
        "2031-05-14",
        "2031-05",
    ),
    (
        "During the third Pine Trade Forum, the President briefly spoke with the Lakeland Speaker.",
        "Pine Trade Forum",
        "2031-05-14",
        "forum",
        True,
        "2031-05-14",
        "2031-05",
    ),
    # ... not where the sentence speaks of another time
    (
        "At the Pine Trade Forum, the President said that the road would be finished next year.",
        "Pine Trade Forum",
        "2031-05-14",
        "forum",
        True,
        "2031-05",
        "2031-05",
    ),
    # a news report opening with an anniversary or a day: the page's day
    (
        "On the 30th anniversary of the founding of the Lake Institute the President laid "
        "flowers by the statue of its first director.",
        "30th anniversary of the founding of the Lake Institute",
        "2031-06-22",
        "anniversary",
        True,
        "2031-06-22",
        "2031-06",
    ),
    (
        "On the Day of Lake Rangers, the President met with veterans of the service.",
        "Day of Lake Rangers",
        "2031-06-22",
        "anniversary",
        True,
        "2031-06-22",
        "2031-06",
    ),
    # ... not in a speaker's turn
    (
        "On the 30th anniversary of the founding of the Lake Institute we laid flowers at the "
        "monument.",
        "30th anniversary of the founding of the Lake Institute",
        "2031-06-22",
        "anniversary",
        False,
        None,
        None,
    ),
    # ... nor where the sentence speaks of a time to come
    (
        "On the 30th anniversary of the founding of the Lake Institute the President will lay "
        "flowers at the monument.",
        "30th anniversary of the founding of the Lake Institute",
        "2031-06-22",
        "anniversary",
        True,
        "2031-06",
        "2031-06",
    ),
]


@pytest.mark.parametrize(
    ("sentence", "name", "doc_date", "kind", "narrative", "expected", "without"), CASES
)
def test_issue_12ba_dates(sentence, name, doc_date, kind, narrative, expected, without):
    assert date_of(sentence, name, doc_date, kind, narrative) == expected
    assert date_of(sentence, name, doc_date, kind, narrative, rules=WITHOUT) == without
