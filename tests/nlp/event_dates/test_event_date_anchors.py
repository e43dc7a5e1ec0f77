"""Event dates anchored by issue 12l's rules: a deadline date that a "when" clause gives the
event, an event pointed at as the one at hand ("this"), an arrival for an event in a news
report, a war's span after who waged it, a war's years written elsewhere on the page, and an
anniversary marked by an event whose day is known. Each rule has rows that fail without its
key and rows where it must not fire."""

import pytest
from conftest import event_date_of as date_of

from pipeline import extract_facts
from pipeline.nlp.rules import installed_rules
from pipeline.speech import Speech

RULES = installed_rules()


def _without_arrival():
    cues = [c for c in RULES.get("events")["narrative_doc_date_cues"] if c != "arrival"]
    return RULES.edited("events", narrative_doc_date_cues=cues)


# (sentence, name, kind, narrative, with the rule, the key(s) dropped, without the rule)
CASES = [
    # "by <date> when the <event>": the date the event is at, not a deadline
    (
        "The dispute must be settled by May 5 when the session of the Lake Council is scheduled.",
        "session of the Lake Council",
        "conference",
        True,
        "2021-05-05",
        "deadline_date_relatives",
        None,
    ),
    (
        "The plan is to be agreed by June 14, when the Lake Forum opens in Oslo.",
        "Lake Forum",
        "forum",
        False,
        "2021-06-14",
        "deadline_date_relatives",
        "2021-03",  # "opens": the document's month
    ),
    # not fired: the event does not follow "when" right away, or no "when" at all
    (
        "The dispute must be settled by May 5 when the minister returns from the Lake Forum.",
        "Lake Forum",
        "forum",
        True,
        None,
        "deadline_date_relatives",
        None,
    ),
    (
        "The dispute must be settled by May 5 before the session of the Lake Council.",
        "session of the Lake Council",
        "conference",
        True,
        None,
        "deadline_date_relatives",
        None,
    ),
    # "this <event>" in a clause of the present: the event at hand, the document's month
    (
        "I think it is important that your country is represented at this Lake summit.",
        "Lake summit",
        "summit",
        False,
        "2021-03",
        "demonstrative_event_cues",
        None,
    ),
    (
        "We thank the organisers of this Harbour Forum, the discussion club.",
        "Harbour Forum",
        "forum",
        False,
        "2021-03",
        "demonstrative_event_cues",
        None,
    ),
    (
        "Observing this anniversary of the Lake Treaty, we pay tribute to its authors.",
        "anniversary of the Lake Treaty",
        "anniversary",
        False,
        "2021-03",
        "demonstrative_event_cues",
        None,
    ),
    # not fired: a time to come or gone, a past verb, preparing or holding it, "this year's"
    (
        "This Lake summit will open new doors for our partnership.",
        "Lake summit",
        "summit",
        False,
        None,
        "demonstrative_event_cues",
        None,
    ),
    (
        "This Lake Cup, which was held in Oslo, drew many volunteers.",
        "Lake Cup",
        "sports",
        False,
        None,
        "demonstrative_event_cues",
        None,
    ),
    (
        "What has been done in the preparation for this Lake Cup is unique.",
        "Lake Cup",
        "sports",
        False,
        None,
        "demonstrative_event_cues",
        None,
    ),
    (
        "Holding this international conference on the Lake is on the agenda now.",
        "international conference on the Lake",
        "conference",
        False,
        None,
        "demonstrative_event_cues",
        None,
    ),
    (
        "The Lake summit is a success, and I hope this year's talks go as well.",
        "Lake summit",
        "summit",
        False,
        None,
        "demonstrative_event_cues",
        None,
    ),
    # a news report's arrival somewhere for an event: the document's month
    (
        "Upon arrival in Oslo for the two-day Lake summit, the President met the mayor.",
        "Lake summit",
        "summit",
        True,
        "2021-03",
        "arrival",
        None,
    ),
    (
        "He hoped that their arrival in Oslo for the 10th anniversary of the Lake Court "
        "showed its standing.",
        "10th anniversary of the Lake Court",
        "anniversary",
        True,
        "2021-03",
        "arrival",
        None,
    ),
    # not in a speech
    (
        "Upon arrival in Oslo for the Lake summit, I met the mayor.",
        "Lake summit",
        "summit",
        False,
        None,
        "arrival",
        None,
    ),
    # a war's span after who waged it and a verb of its start or end
    (
        "The siege of Tarsk by enemy troops lasted 300 days from March 1, 1941, until "
        "December 25, 1941.",
        "siege of Tarsk",
        "war",
        True,
        "1941-03-01",
        "multi_year_agent_max_words",
        None,
    ),
    # not fired: more words than the rule allows before the verb, or no verb of start or end
    (
        "The siege of Tarsk by the troops of the northern king and his allies lasted from "
        "March 1, 1941.",
        "siege of Tarsk",
        "war",
        True,
        None,
        "multi_year_agent_max_words",
        None,
    ),
    (
        "The siege of Tarsk by enemy troops is remembered by those who fought in 1943.",
        "siege of Tarsk",
        "war",
        True,
        None,
        "multi_year_agent_max_words",
        None,
    ),
]


@pytest.mark.parametrize(
    ("sentence", "name", "kind", "narrative", "expected", "key", "without"), CASES
)
def test_a_date_or_cue_of_the_clause_anchors_the_event(
    sentence, name, kind, narrative, expected, key, without
):
    assert date_of(sentence, name, "2021-03-10", kind, narrative) == expected
    rules = _without_arrival() if key == "arrival" else RULES.edited("events", drop=[key])
    assert date_of(sentence, name, "2021-03-10", kind, narrative, rules) == without


def _events(text: str, date: str = "2021-06-07") -> dict[str, str | None]:
    speech = Speech(
        doc_id="t", source="<test>", paragraphs=text.split("\n\n"), title="News", date=date
    )
    return {f["name"]: f["date"] for f in extract_facts(speech, types="event")}


# (text, the event read, with the rule, the key dropped, without it)
DOCUMENT_CASES = [
    # an anniversary marked by an event whose day is known takes that day
    (
        "The Lake Conference was held yesterday.\n\n"
        "The Lake Conference was held to mark the 45th anniversary of the Harbour Commission.",
        "45th anniversary of the Harbour Commission",
        "2021-06-06",
        "anniversary_date_from_marking_event",
        "2021-06",
    ),
    (
        "On June 3, the President attended the Harbour Festival.\n\n"
        "The Harbour Festival, dedicated to the 30th anniversary of the Lake Charter, drew "
        "many guests.",
        "30th anniversary of the Lake Charter",
        "2021-06-03",
        "anniversary_date_from_marking_event",
        "2021-06",
    ),
    # not a date that does not refine the anniversary's own
    (
        "The Lake Conference was held on May 3, 2019.\n\n"
        "The Lake Conference was held to mark the 45th anniversary of the Harbour Commission.",
        "45th anniversary of the Harbour Commission",
        "2021-06",
        "anniversary_date_from_marking_event",
        "2021-06",
    ),
    # not an event that does not mark it
    (
        "The Lake Conference was held yesterday.\n\n"
        "The Lake Conference recalled the 45th anniversary of the Harbour Commission.",
        "45th anniversary of the Harbour Commission",
        None,
        "anniversary_date_from_marking_event",
        None,
    ),
    # a war's years written after its name elsewhere on the page date its other mentions
    (
        "The parade marked the 75th anniversary of Victory in the Northern War of 1941–1945.\n\n"
        "The veterans of the Northern War laid flowers.",
        "Northern War",
        "1941",
        "multi_year_range_links",
        None,
    ),
    (
        "The museum tells the story of the Northern War (1700–1721) and its heroes.\n\n"
        "The Northern War changed the country.",
        "Northern War",
        "1700",
        "multi_year_range_links",
        None,
    ),
    # not a single year, which may be a date within the war or of something else
    (
        "The film about the Northern War was shot in 1943.\n\n"
        "The veterans of the Northern War laid flowers.",
        "Northern War",
        None,
        "multi_year_range_links",
        None,
    ),
]


@pytest.mark.parametrize(("text", "name", "expected", "key", "without"), DOCUMENT_CASES)
def test_a_date_said_elsewhere_on_the_page_anchors_the_event(
    text, name, expected, key, without, monkeypatch, events_component
):
    assert _events(text)[name] == expected
    component = events_component
    monkeypatch.setattr(component, "rules", component.rules.edited("events", drop=[key]))
    assert _events(text)[name] == without
