"""Issue 12, round ej: more wordings of an anniversary marked at an event the subject attended
or whose participants the President greets (rounds am and ai, events.json's
`anniversary_attended_event_day` and `anniversary_greeted_event_day`): the marking words "to
celebrate" and "to commemorate", the greeting word "congratulated", one possessive word before
the anniversary's name (`possessive_before_name`: "marking the union's tenth anniversary") and
"of the" with capitalised words naming whose the event is (`body_tail_max_words`: "a meeting of
the Lake Trade Council devoted to"). Each gives the page's day where the other rules gave its
month. The pages and sentences are invented (docs/accuracy.md, issue 12 round ej)."""

import json

import pytest
from conftest import page_event_dates as _dates

TITLE = "News of the day"
DATE = "2031-06-12"

# what this round added to each key; taken out again for the rows' "without" dates
_ADDED = {
    "marking": ["to celebrate", "to commemorate"],
    "greetings": ["congratulated"],
}
_ADDED_FLAGS = ("possessive_before_name", "body_tail_max_words")


def _without_round_ej(rules):
    data = json.loads(rules.texts["events"])
    changes = {}
    for key in ("anniversary_attended_event_day", "anniversary_greeted_event_day"):
        spec = dict(data[key])
        for field, added in _ADDED.items():
            if field in spec:
                spec[field] = [w for w in spec[field] if w not in added]
        for flag in _ADDED_FLAGS:
            spec.pop(flag, None)
        changes[key] = spec
    return rules.edited("events", **changes)


# (text, event, date with the round's additions, date without them)
CASES = [
    # a possessive word before the name, after a ceremony taken part in
    (
        "On Friday the Lakeland leaders took part in a solemn ceremony marking the union’s tenth "
        "anniversary, and then talked briefly.",
        "tenth anniversary",
        DATE,
        "2031-06",
    ),
    # "congratulated" participants in a meeting "to celebrate"
    (
        "The President congratulated participants in a meeting to celebrate 15 years since the "
        "founding of the Pinetown Shipyard.",
        "15 years since the founding of the Pinetown Shipyard",
        DATE,
        "2031-06",
    ),
    # a greeting, the event noun, then the marking words "held to commemorate"
    (
        "The President sent warm greetings to all participants in a festive meeting held to "
        "commemorate the 20th anniversary of the Lakeland Farmers Party.",
        "20th anniversary of the Lakeland Farmers Party",
        DATE,
        "2031-06",
    ),
    # an attended meeting "of the" a named body, then the marking words
    (
        "The President attended a meeting of the Lake-Pine Trade Council devoted to the 40th "
        "anniversary of oil supplies from Lakeland to Pineland.",
        "40th anniversary of oil supplies from Lakeland to Pineland",
        DATE,
        "2031-06",
    ),
]


@pytest.mark.parametrize("text, event, with_rule, without", CASES)
def test_more_wordings_of_a_marked_event_give_the_page_day(
    text, event, with_rule, without, monkeypatch, events_component
):
    assert _dates(text, TITLE, DATE)[event] == with_rule
    monkeypatch.setattr(events_component, "rules", _without_round_ej(events_component.rules))
    assert _dates(text, TITLE, DATE)[event] == without


@pytest.mark.parametrize(
    "text, event",
    [
        # a time to come
        (
            "The President will attend a big meeting of the Lake-Pine Trade Council devoted to the "
            "40th anniversary of oil supplies from Lakeland to Pineland.",
            "40th anniversary of oil supplies from Lakeland to Pineland",
        ),
        # a programme of events (plural) runs over days, possessive or not
        (
            "The Lakeland leaders took part in events marking the union’s tenth anniversary.",
            "tenth anniversary",
        ),
        # a congratulation to people who hold no event: round ac's anniversary greeting, month
        (
            "The President congratulated the staff on the shipyard’s 15th anniversary.",
            "15th anniversary",
        ),
        # "of the" and lowercase words: no named body
        (
            "The President attended a meeting of the trade council devoted to the 40th "
            "anniversary of oil supplies from Lakeland to Pineland.",
            "40th anniversary of oil supplies from Lakeland to Pineland",
        ),
        # an upcoming meeting greeted
        (
            "The President sent greetings to the participants in the upcoming meeting to "
            "celebrate the 20th anniversary of the Lakeland Farmers Party.",
            "20th anniversary of the Lakeland Farmers Party",
        ),
    ],
)
def test_near_misses_keep_the_month(text, event):
    assert _dates(text, TITLE, DATE)[event] == "2031-06"
