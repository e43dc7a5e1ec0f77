"""Event dates on the blind short pages (issue 12, round cf): a page whose title sends
greetings to an event and says, after its name, that it opened ("..., which opened in
Pinetown") dates that event on the document's day, as a "Greetings on the opening of" title
does (events.json's `greetings_titles` `opened_cues`). Rows that change without the cues and
rows where they must not fire; the sentences are invented (docs/accuracy.md, issue 12 round
cf)."""

import pytest
from conftest import page_event_dates

from pipeline.nlp.event_title_dates import date_from_title
from pipeline.nlp.rules import installed_rules

RULES = installed_rules()
_GREETINGS = RULES.get("events", required=("heads",))["greetings_titles"]
WITHOUT = RULES.edited(
    "events", greetings_titles={k: v for k, v in _GREETINGS.items() if k != "opened_cues"}
)

# (title, name, kind, the sentence's date, document's date, with the cues, without them)
CASES = [
    (
        "The President sent a message to the guests of the 5th Lake Trade Forum, which opened "
        "in Pinetown",
        "5th Lake Trade Forum",
        "forum",
        None,
        "2011-04-03",
        "2011-04-03",
        "2011-04",
    ),
    (
        "The President sent greetings to the participants in the 9th Pine Summit that opened "
        "in Lakeville",
        "Pine summit",
        "summit",
        "2011-11",
        "2011-11-14",
        "2011-11-14",
        "2011-11",
    ),
    # not fired: no opened cue, a time to come, an event the title does not name before the
    # cue, an anniversary, a date of its own
    (
        "The President sent greetings to the participants in the 9th Pine Summit in Lakeville",
        "Pine Summit",
        "summit",
        None,
        "2011-11-14",
        "2011-11",
        "2011-11",
    ),
    (
        "The President sent greetings to the 9th Pine Summit, which opens next week",
        "Pine Summit",
        "summit",
        None,
        "2011-11-14",
        None,
        None,
    ),
    (
        "The President sent greetings to the Pine Summit, which opened at the Lake Expo",
        "Lake Expo",
        "exhibition",
        None,
        "2011-11-14",
        "2011-11",
        "2011-11",
    ),
    (
        "The President sent greetings on the 50th anniversary of the Lake Fair, which opened",
        "50th anniversary",
        "anniversary",
        None,
        "2011-11-14",
        None,
        None,
    ),
    (
        "The President sent greetings to the 9th Pine Summit, which opened in Lakeville",
        "9th Pine Summit",
        "summit",
        "2010-05",
        "2011-11-14",
        "2010-05",
        "2010-05",
    ),
]


@pytest.mark.parametrize(("title", "name", "kind", "date", "doc_date", "with_", "without"), CASES)
def test_a_greeting_title_of_an_opened_event_gives_the_day(
    title, name, kind, date, doc_date, with_, without
):
    assert date_from_title(RULES, name, kind, date, title, doc_date) == with_
    assert date_from_title(WITHOUT, name, kind, date, title, doc_date) == without


def test_a_greetings_page_dates_the_opened_event_on_its_day():
    title = "The President sent greetings to the guests of the Lake Trade Forum, which opened"
    text = "We hope that the Lake Trade Forum will help our partnership."
    assert page_event_dates(text, title=title, date="2011-04-03") == {
        "Lake Trade Forum": "2011-04-03"
    }
